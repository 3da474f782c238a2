"""Defaults in one file (``data/settings.cfg``) that a user's file overrides."""
from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path
from typing import Optional, Union

DATA_DIR = Path(__file__).with_name("data")
"""The package's data files: word lists, gazetteers, patterns and these defaults."""
DEFAULTS = DATA_DIR / "settings.cfg"
USER_FILE = "newsfacts.cfg"


def load(path: Optional[Union[str, Path]] = None) -> configparser.ConfigParser:
    """The defaults, overridden by ``path`` or, without one, ``./newsfacts.cfg`` if present."""
    config = configparser.ConfigParser(inline_comment_prefixes=("#",))
    config.read(DEFAULTS, encoding="utf-8")
    user = Path(path) if path else Path(USER_FILE)
    if path and not user.is_file():
        raise FileNotFoundError(f"settings file not found: {user}")
    if user.is_file():
        config.read(user, encoding="utf-8")
    return config


@lru_cache(maxsize=1)
def defaults() -> configparser.ConfigParser:
    """The settings in force when no file is named (cached)."""
    return load()

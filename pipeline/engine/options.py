"""How ``extract`` runs, in a module of its own: the process that reads and writes (the command,
a Dask worker) takes the options without importing the stages, and so without spaCy."""
from __future__ import annotations

import configparser
from dataclasses import dataclass
from typing import Optional

from pipeline import settings


@dataclass
class ExtractOptions:
    """How ``extract`` runs: what to keep and which overrides to apply."""

    with_text: bool = False
    relevant_only: bool = False
    published: Optional[str] = None
    url: Optional[str] = None
    threshold: float = 0.5
    max_chars: int = 2_000_000
    config: Optional[configparser.ConfigParser] = None  # the settings in force ([checks] tolerances too)

    @classmethod
    def from_settings(cls, config=None, **overrides) -> "ExtractOptions":
        """Defaults from the ``[extract]`` settings, then the given overrides (None ignored)."""
        config = config or settings.defaults()
        section = config["extract"]
        options = cls(threshold=section.getfloat("relevance_threshold"), max_chars=section.getint("max_chars"),
                      config=config)
        for key, value in overrides.items():
            if value is not None:
                setattr(options, key, value)
        return options

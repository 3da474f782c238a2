"""How far, how fast and as whom to crawl: :class:`CrawlOptions`, read from the ``[crawl]`` section of
settings.cfg and overridden by the command line's arguments."""

from __future__ import annotations

import configparser
from dataclasses import dataclass, fields
from typing import Any, Optional

from pipeline import settings
from pipeline.collect.download import FetchPolicy


@dataclass
class CrawlOptions(FetchPolicy):
    """How far, how fast and as whom to crawl (defaults: ``[crawl]`` of settings.cfg).

    The fetching fields (who we are, how patient, how greedy) are those of
    :class:`~pipeline.collect.download.FetchPolicy`; these add how far to go.
    """

    user_agent: str = "newsfacts/0.1 (research crawler)"
    max_pages: int = 200
    warc_max_bytes: int = 100_000_000
    revisit: bool = False
    progress: Optional[bool] = None  # None: a bar only when stderr is a terminal
    max_depth: int = 2
    max_crawl_delay: float = 30.0
    max_sitemaps: int = 20

    @classmethod
    def from_settings(
        cls, config: Optional[configparser.ConfigParser] = None, **overrides: Any
    ) -> "CrawlOptions":
        """Options from the ``[crawl]`` section of ``config``, then ``overrides`` not None."""
        config = config if config is not None else settings.defaults()
        section = config["crawl"] if config.has_section("crawl") else {}
        values: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name not in section:
                continue
            raw = section[spec.name].strip()
            if spec.name == "progress":
                values[spec.name] = None if raw.lower() in ("", "auto") else _boolean(raw)
            elif isinstance(spec.default, bool):
                values[spec.name] = _boolean(raw)
            else:
                values[spec.name] = type(spec.default)(raw)
        names = {spec.name for spec in fields(cls)}
        unknown = set(overrides) - names
        if unknown:
            raise TypeError(f"unknown crawl options: {', '.join(sorted(unknown))}")
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def policy(self) -> FetchPolicy:
        """The fetching part of these options, for the downloader."""
        return FetchPolicy(**{spec.name: getattr(self, spec.name) for spec in fields(FetchPolicy)})


def _boolean(raw: str) -> bool:
    return configparser.ConfigParser.BOOLEAN_STATES[raw.strip().lower()]

"""What one crawl did: :class:`CrawlSummary`, counted as the crawl goes and rendered for the terminal."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CrawlSummary:
    """What one run did."""

    fetched: int = 0
    skipped_known: int = 0
    disallowed: int = 0
    filtered: int = 0
    failed: int = 0
    redirects: int = 0
    bytes: int = 0
    warc_files: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    not_modified: int = 0
    queued: int = 0
    changed: int = 0  # known pages queued again: their sitemap or feed date is newer
    unchanged: int = 0  # pages a revisit left alone: their date is not newer than our copy

    def render(self) -> str:
        """A few lines for the terminal."""
        lines = [
            f"fetched {self.fetched} pages ({self.not_modified} not modified), "
            f"{self.redirects} redirects, {self.bytes / 1000:.1f} kB",
            f"skipped {self.skipped_known} known, {self.disallowed} disallowed by robots.txt, "
            f"{self.filtered} filtered out, {self.failed} failed, {self.queued} left queued",
        ]
        if self.changed or self.unchanged:
            lines.append(
                f"by sitemap and feed dates: {self.changed} changed pages queued again, "
                f"{self.unchanged} unchanged pages not revisited"
            )
        lines += [f"WARC: {name}" for name in self.warc_files]
        if self.errors:
            lines.append(f"errors ({len(self.errors)}):")
            lines += [f"  {error}" for error in self.errors[:50]]
            if len(self.errors) > 50:
                lines.append(f"  ... and {len(self.errors) - 50} more")
        return "\n".join(lines)

"""robots.txt: which paths a user agent may fetch, how slowly, and the sitemaps.

:func:`parse_robots` is pure (RFC 9309: the group naming the user agent's
product token, else ``*``; the longest matching rule wins, ``Allow`` on a tie;
``*`` and ``$`` in patterns), and also reads ``Crawl-delay`` and ``Sitemap``
lines.  :func:`rules_for_status` turns a fetch's outcome into rules (a missing
robots.txt allows everything, an unreachable one disallows everything), and
:func:`get_rules` fetches with a ``requests`` session.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional
from urllib.parse import unquote, urljoin, urlsplit

log = logging.getLogger(__name__)

MAX_ROBOTS_BYTES = 500_000  # RFC 9309 asks crawlers to read at least 500 KiB


@dataclass
class Rules:
    """The rules of one robots.txt for one user agent."""

    allow: list[str] = field(default_factory=list)
    disallow: list[str] = field(default_factory=list)
    crawl_delay: Optional[float] = None
    sitemaps: list[str] = field(default_factory=list)
    disallow_all: bool = False

    def allowed(self, url: str) -> bool:
        """Whether the path (and query) of ``url`` may be fetched."""
        if self.disallow_all:
            return False
        parts = urlsplit(url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        if path == "/robots.txt":
            return True
        path = _unescape(path)
        best_len, verdict = -1, True
        rules = [(p, True) for p in self.allow] + [(p, False) for p in self.disallow]
        for pattern, allow in rules:
            if not _compile(pattern).match(path):
                continue
            if len(pattern) > best_len or (len(pattern) == best_len and allow):
                best_len, verdict = len(pattern), allow
        return verdict


def _unescape(path: str) -> str:
    """Decode percent-escapes except an escaped slash, so both spellings compare equal."""
    return unquote(re.sub("%2[fF]", "%252F", path))


@lru_cache(maxsize=4096)
def _compile(pattern: str) -> re.Pattern[str]:
    anchored = pattern.endswith("$")
    body = _unescape(pattern[:-1] if anchored else pattern)
    # "*" matches any run; the earliest place of each piece after the one before is always the
    # best choice, so each is found atomically (a rule of many "*" cannot backtrack exponentially);
    # only a piece anchored at the end is found from the end
    first, *rest = [re.escape(piece) for piece in body.split("*")]
    if anchored and rest:
        *rest, last = rest
        return re.compile(first + "".join(f"(?>.*?{p})" for p in rest) + f".*{last}$", re.DOTALL)
    return re.compile(first + "".join(f"(?>.*?{p})" for p in rest) + ("$" if anchored else ""), re.DOTALL)


def _product_token(user_agent: str) -> str:
    """``newsfacts`` of ``newsfacts/0.1 (+https://...)``, lower-cased."""
    match = re.match(r"[A-Za-z_-]+", user_agent.strip())
    return match.group(0).lower() if match else ""


def parse_robots(text: str, user_agent: str) -> Rules:
    """The rules of robots.txt ``text`` that apply to ``user_agent``.

    Groups are runs of ``User-agent`` lines followed by rules; the groups naming
    the user agent's product token are merged, and only when there is none the
    ``*`` groups.  ``Sitemap`` lines apply to everyone.  Unknown lines and
    malformed values are ignored.
    """
    token = _product_token(user_agent)
    groups: list[tuple[list[str], list[tuple[str, str]]]] = []
    sitemaps: list[str] = []
    agents: list[str] = []
    lines: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower().replace("_", "-")
        if key == "sitemap":
            if value:
                sitemaps.append(value)
            continue
        if key in ("user-agent", "useragent"):
            if lines:  # a new group starts
                groups.append((agents, lines))
                agents, lines = [], []
            agents.append(value.lower())
        elif key in ("allow", "disallow", "crawl-delay") and agents:
            lines.append((key, value))
    if agents:
        groups.append((agents, lines))

    def applies(agent: str) -> bool:
        return bool(token) and agent == token

    chosen = [g for g in groups if any(applies(a) for a in g[0])]
    if not chosen:
        chosen = [g for g in groups if "*" in g[0]]
    rules = Rules(sitemaps=sitemaps)
    for _, group_lines in chosen:
        for key, value in group_lines:
            if key == "allow" and value:
                rules.allow.append(value)
            elif key == "disallow" and value:
                rules.disallow.append(value)
            elif key == "crawl-delay":
                try:
                    delay = float(value)
                except ValueError:
                    log.info("robots.txt: ignoring Crawl-delay %r", value)
                    continue
                if delay >= 0:
                    rules.crawl_delay = max(rules.crawl_delay or 0.0, delay)
    return rules


def robots_url(url: str) -> str:
    """The robots.txt URL of ``url``'s origin."""
    return urljoin(url, "/robots.txt")


def rules_for_status(status: Optional[int], text: str, user_agent: str) -> Rules:
    """Rules from a robots.txt fetch: ``status`` None means it could not be reached.

    2xx: parse the text; 4xx (missing, forbidden): everything allowed; 5xx or
    unreachable: everything disallowed (RFC 9309, section 2.3.1).
    """
    if status is not None and 200 <= status < 300:
        return parse_robots(text, user_agent)
    if status is not None and 400 <= status < 500:
        return Rules()
    return Rules(disallow_all=True)


def get_rules(session: Any, url: str, *, user_agent: str = "", timeout: float = 10.0) -> Rules:
    """Fetch the robots.txt of ``url``'s host with ``session`` and parse it.

    ``session`` is a ``requests.Session`` (anything with the same ``get``).  A
    network error gives rules that disallow everything, never an exception.
    """
    agent = user_agent or session.headers.get("User-Agent", "")
    try:
        response = session.get(robots_url(url), timeout=timeout, headers={"User-Agent": agent})
        text = response.content[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        return rules_for_status(response.status_code, text, agent)
    except Exception as exc:  # noqa: BLE001 - any failure means "unreachable"
        log.warning("robots.txt of %s unreachable: %s", url, exc)
        return Rules(disallow_all=True)

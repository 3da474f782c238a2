"""Canonical URLs: one spelling per page, so the crawler fetches it once.

:func:`canonicalize` lower-cases the scheme and host, drops the fragment, the
default port, an empty query and the tracking parameters listed in
``data/tracking_params.txt`` (``utm_*``, ``fbclid``, ``gclid``, ``mc_cid``...),
and sorts what is left of the query.  The path is kept as written (paths are
case-sensitive), with percent-escapes normalised.  ``rel=canonical`` is the
crawler's business: this module only sees strings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import (
    parse_qsl,
    quote,
    unquote,
    urlencode,
    urljoin,
    urlsplit,
    urlunsplit,
)

from pipeline.settings import DATA_DIR

DATA = DATA_DIR / "tracking_params.txt"
SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left unescaped in a path and a query value.
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_NON_HTML = re.compile(
    r"\.(?:pdf|jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp[34]|m4a|wav|ogg|avi|mov|wmv|zip|gz|tgz|rar|7z"
    r"|docx?|xlsx?|pptx?|odt|ods|csv|exe|dmg|iso|css|js|woff2?|ttf|eot)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def tracking_params() -> tuple[frozenset[str], tuple[str, ...]]:
    """Exact names and prefixes of the tracking parameters (lower-cased)."""
    exact, prefixes = set(), []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        name = line.strip().lower()
        if not name or name.startswith("#"):
            continue
        if name.endswith("*"):
            prefixes.append(name[:-1])
        else:
            exact.add(name)
    return frozenset(exact), tuple(prefixes)


def is_tracking(name: str) -> bool:
    """Whether the query parameter ``name`` only tracks a click."""
    exact, prefixes = tracking_params()
    lowered = name.lower()
    return lowered in exact or lowered.startswith(prefixes)


def is_http(url: str) -> bool:
    """Whether ``url`` is an absolute http or https URL with a host."""
    try:
        parts = urlsplit(url.strip())
        return parts.scheme.lower() in SCHEMES and bool(parts.hostname)
    except ValueError:
        return False


def looks_like_html(url: str) -> bool:
    """False for URLs whose path ends in a document, image or media extension."""
    try:
        return not _NON_HTML.search(urlsplit(url).path)
    except ValueError:
        return False


def _norm_escapes(text: str, safe: str) -> str:
    return quote(unquote(text), safe=safe)


def canonicalize(url: str, base: str | None = None) -> str:
    """The canonical spelling of ``url`` (resolved against ``base`` if given).

    Raises ``ValueError`` for anything but an http(s) URL with a host.
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = parts.hostname.lower().rstrip(".")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port  # raises ValueError on a bad port
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _norm_escapes(parts.path or "/", _PATH_SAFE)
    pairs = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)
    ]
    query = urlencode(sorted(pairs), quote_via=quote, safe="/:@!$'()*,;-._~")
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    """The lower-cased host of ``url`` without a leading ``www.`` ('' when none)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def origin(url: str) -> str:
    """``scheme://host[:port]`` of ``url``, the key of per-host politeness and robots."""
    parts = urlsplit(canonicalize(url))
    return f"{parts.scheme}://{parts.netloc}"

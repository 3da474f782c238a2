#!/usr/bin/env python3
"""The collect stage's hand-written pieces against the libraries that do the same job.

Usage:
    python benchmarks/collect_libraries.py [--repeat 2000]

Three tables of cases with the answer a careful crawler should give (the same
cases as tests/collect/):

- robots.txt: our parser, Protego (Scrapy's parser) given our whole User-Agent
  or only its product token, and the standard library's ``urllib.robotparser``;
- URL canonicalisation: our ``urls.canonicalize`` and courlan's
  ``normalize_url`` (the two must give one spelling per page);
- link filtering: our ``urls.looks_like_html`` and courlan's ``check_url``
  (which links are pages worth fetching);

and the damaged feeds and sitemaps of the test site, read by a strict XML
parser (as the crawler did before, with defusedxml) and by ``hubs.read_hub``.
Prints agreement with the expected answers and microseconds per call; asserts
nothing.  Timings are noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable
from urllib.robotparser import RobotFileParser
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import courlan  # noqa: E402

try:
    from protego import Protego  # not a dependency: pip install protego to compare
except ImportError:
    Protego = None

from pipeline.collect.hubs import read_hub  # noqa: E402
from pipeline.collect.robots import parse_robots  # noqa: E402
from pipeline.collect.urls import canonicalize, looks_like_html  # noqa: E402

UA = "newsfacts/0.1 (+https://example.invalid; research crawler)"
ROBOTS = """\
User-agent: *
Disallow: /private/
Disallow: /search
Allow: /private/press-releases/
Disallow: /*.pdf$
Disallow: /tmp*/cache

User-agent: newsfacts
User-agent: otherbot
Disallow: /members/
Allow: /members/free$

User-agent: GreedyBot
Disallow: /
"""
ROBOT_CASES = [  # (robots.txt, agent, url, allowed)
    (ROBOTS, UA, "https://e.com/private/x.html", True),
    (ROBOTS, UA, "https://e.com/members/story", False),
    (ROBOTS, UA, "https://e.com/members/free", True),
    (ROBOTS, UA, "https://e.com/members/free/more", False),
    (ROBOTS, "SomeBot/2.0", "https://e.com/private/x.html", False),
    (ROBOTS, "SomeBot/2.0", "https://e.com/private/press-releases/a.html", True),
    (ROBOTS, "SomeBot/2.0", "https://e.com/search?q=helpline", False),
    (ROBOTS, "SomeBot/2.0", "https://e.com/searching", False),
    (ROBOTS, "SomeBot/2.0", "https://e.com/report.pdf", False),
    (ROBOTS, "SomeBot/2.0", "https://e.com/report.pdf?x=1", True),
    (ROBOTS, "SomeBot/2.0", "https://e.com/tmp1/cache/a", False),
    (ROBOTS, "SomeBot/2.0", "https://e.com/news/a.html", True),
    (ROBOTS, "GreedyBot/1.0", "https://e.com/news/a.html", False),
    ("", UA, "https://e.com/a", True),
    ("garbage\n\x00\x01 no colon here", UA, "https://e.com/a", True),
    ("Disallow: /\n", UA, "https://e.com/a", True),
    ("User-agent: *\nDisallow:\n", UA, "https://e.com/a", True),
    ("User-agent: *\nDisallow: /a%2Fb\n", UA, "https://e.com/a/b", True),
    ("User-agent: *\nDisallow: /caf%C3%A9\n", UA, "https://e.com/café", False),
    ("User-agent: *\nDisallow: /a\nAllow: /a\n", UA, "https://e.com/a", True),
    ("User-agent: *\nCrawl-delay: soon\nDisallow: /x\n", UA, "https://e.com/x", False),
    # a group applies to the product token it names, exactly (RFC 9309 section 2.2.1)
    ("User-agent: news\nDisallow: /\n", UA, "https://e.com/a", True),
    ("User-agent: crawler\nDisallow: /\n", UA, "https://e.com/a", True),
    ("User-agent: example\nDisallow: /\n", UA, "https://e.com/a", True),
    ("User-agent: NewsFacts\nDisallow: /a\n", UA, "https://e.com/a", False),
]
URL_CASES = [  # (url, its one canonical spelling)
    ("HTTP://Example.COM/News/a.html", "http://example.com/News/a.html"),
    ("https://example.com:443/a", "https://example.com/a"),
    ("http://example.com:8080/a", "http://example.com:8080/a"),
    ("https://example.com/a#comments", "https://example.com/a"),
    ("https://example.com/a?", "https://example.com/a"),
    ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
    ("https://example.com/a?utm_source=x&utm_medium=y&id=7", "https://example.com/a?id=7"),
    ("https://example.com/a?UTM_Campaign=x", "https://example.com/a"),
    ("https://example.com/a?fbclid=abc&gclid=def&mc_cid=1", "https://example.com/a"),
    ("https://example.com/a?page=2&fbclid=abc#top", "https://example.com/a?page=2"),
    (
        "https://example.com/story?id=41&section=news",
        "https://example.com/story?id=41&section=news",
    ),
    ("https://example.com/%7Euser/a%20b", "https://example.com/~user/a%20b"),
    ("https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),
    ("https://EXAMPLE.com./x", "https://example.com/x"),
    ("  https://example.com/x  ", "https://example.com/x"),
]
FILTER_CASES = [  # (url, a page worth fetching)
    ("https://example.com/news/a.html", True),
    ("https://example.com/news/a", True),
    ("https://example.com/news/2024/05/03/story-1837.html", True),
    ("https://example.com/tag/helpline/", True),  # a listing of helpline stories
    ("https://example.com/news/story.php?id=41", True),
    ("https://example.com/report.PDF", False),
    ("https://example.com/report.pdf", False),
    ("https://example.com/photo.jpg?w=300", False),
    ("https://example.com/video.mp4", False),
    ("https://example.com/data.csv", False),
]
DAMAGED = [
    "feeds/community.xml",
    "feeds/latest.atom",
    "feeds/briefing.xml",
    "feeds/truncated.xml",
    "sitemap-untitled.xml",
]


def protego_robots(text: str, agent: str, url: str) -> bool:
    return Protego.parse(text).can_fetch(url, agent)


def protego_token(text: str, agent: str, url: str) -> bool:
    return Protego.parse(text).can_fetch(url, agent.split("/", 1)[0])


def stdlib_robots(text: str, agent: str, url: str) -> bool:
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return parser.can_fetch(agent, url)


def courlan_keeps(url: str) -> bool:
    return courlan.check_url(url) is not None


def score(name: str, cases: list, call: Callable, repeat: int) -> None:
    right = 0
    misses = []
    for *args, expected in cases:
        try:
            got = call(*args)
        except Exception as exc:  # noqa: BLE001 - a library's failure is a miss
            got = f"{type(exc).__name__}"
        if got == expected:
            right += 1
        else:
            misses.append(" | ".join(repr(a)[:40] for a in args) + f": {got!r}")
    start = time.perf_counter()
    for _ in range(repeat):
        for *args, _expected in cases:
            try:
                call(*args)
            except Exception:  # noqa: BLE001
                pass
    micro = (time.perf_counter() - start) / (repeat * len(cases)) * 1e6
    print(f"  {name:<34} {right:>2}/{len(cases)} right   {micro:7.1f} µs/call")
    for miss in misses[:6]:
        print(f"      miss {miss}")


def strict_links(data: bytes) -> int:
    try:
        root = ElementTree.fromstring(data.lstrip())
    except Exception:  # noqa: BLE001 - rejected whole
        return 0
    return sum(1 for node in root.iter() if str(node.tag).rsplit("}", 1)[-1] in ("loc", "link"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=2000)
    args = ap.parse_args()
    print("robots.txt (allowed or not):")
    score(
        "ours (robots.parse_robots)",
        ROBOT_CASES,
        lambda t, a, u: parse_robots(t, a).allowed(u),
        args.repeat,
    )
    if Protego is not None:
        score("Protego, whole User-Agent", ROBOT_CASES, protego_robots, args.repeat)
        score("Protego, product token", ROBOT_CASES, protego_token, args.repeat)
    else:
        print("  Protego not installed (pip install protego)")
    score("urllib.robotparser", ROBOT_CASES, stdlib_robots, args.repeat)
    print("URL canonicalisation (one spelling per page):")
    score("ours (urls.canonicalize)", URL_CASES, canonicalize, args.repeat)
    score("courlan.normalize_url", URL_CASES, courlan.normalize_url, args.repeat)
    score(
        "courlan.normalize_url strict",
        URL_CASES,
        lambda u: courlan.normalize_url(u, strict=True),
        args.repeat,
    )
    print("link filtering (a page worth fetching):")
    score("ours (urls.looks_like_html)", FILTER_CASES, looks_like_html, args.repeat)
    score("courlan.check_url", FILTER_CASES, courlan_keeps, args.repeat)
    print("damaged feeds and sitemaps of the test site (links read):")
    site = ROOT / "tests" / "fixtures" / "site"
    for name in DAMAGED:
        data = (site / name).read_bytes().replace(b"{{BASE}}", b"http://127.0.0.1:8000")
        hub, _ = read_hub(data, "http://127.0.0.1:8000/" + name, "application/xml")
        print(
            f"  {name:<24} strict XML {strict_links(data):>2}   "
            f"lenient {len(hub.links):>2} ({hub.kind})"
        )


if __name__ == "__main__":
    main()

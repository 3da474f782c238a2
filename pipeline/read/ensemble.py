"""The ensemble: an article's main text as the extractors agree on it.

:func:`extract_main_text` runs the extractors of :mod:`~pipeline.read.extractors` and keeps the
text that agrees most with the others (:func:`choose`: shingle F1), trafilatura's unless another is
clearly closer to the consensus; this scores F1 0.97 on the ScrapingHub benchmark
(``benchmarks/article_extraction.py``).  A page nested past the parsers' depth is read again
flattened (:mod:`nesting`); a page no extractor reads gives its visible text.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Optional

from pipeline.read import boilerplate, nesting
from pipeline.read.extractors import EXTRACTORS, by_soup

logger = logging.getLogger(__name__)

#: How much more a candidate must agree with the others to replace trafilatura's text.
MARGIN = 0.2
#: readability replaces a trafilatura text it contains when it is this many times longer.
LONGER = 2.0

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    """The multiset of ``n``-word shingles of ``text`` (lower-cased \\w+ words)."""
    words = [w.lower() for w in _WORD.findall(text or "")]
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def agreement(a: Counter, b: Counter) -> float:
    """Shingle F1 of two texts (0 when either is empty)."""
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(b.values()), common / sum(a.values())
    return 2 * precision * recall / (precision + recall)


def choose(candidates: dict[str, str], primary: str = "trafilatura") -> str:
    """The candidate that agrees most with the rest, ``primary``'s unless beaten by MARGIN.

    When ``primary`` keeps its place but readability's text is over LONGER times
    as long and contains it, readability's is taken (trafilatura then missed part
    of the article).
    """
    grams = {name: shingles(text) for name, text in candidates.items()}
    score = {name: sum(agreement(grams[name], grams[other]) for other in grams if other != name)
             for name in grams}
    best = max(score, key=lambda name: score[name])
    if score[best] > score.get(primary, 0.0) + MARGIN:
        return candidates[best]
    text = candidates.get(primary, "")
    longer = candidates.get("readability", "")
    mine, theirs = grams.get(primary, Counter()), grams.get("readability", Counter())
    if sum(theirs.values()) >= LONGER * max(sum(mine.values()), 1):
        covered = sum((mine & theirs).values()) / sum(mine.values()) if mine else 1.0
        if covered >= 0.8:
            return longer
    return text


def extract_main_text(html: str, url: Optional[str] = None, *,
                      errors: Optional[list[str]] = None) -> str:
    """The article's main text: the ensemble's choice, then line-level boilerplate removal."""
    chosen = _ensemble(html, url, errors)
    if not chosen.strip():
        deepest = nesting.nesting_depth(html)
        if deepest > nesting.PARSER_DEPTH:
            # the parsers stop at 256 levels and the last resort's cost grows with the depth: the
            # page again without the nesting past KEPT_DEPTH (100,000 nested tags: 90 s before)
            html = nesting.flattened(html)
            if errors is not None:
                errors.append(f"the page nests its tags {deepest:,} deep; read without the nesting past "
                              f"{nesting.KEPT_DEPTH} levels")
            chosen = _ensemble(html, url, None)
    if not chosen.strip():
        chosen = by_soup(html)
        if chosen and errors is not None:
            errors.append("no extractor found an article body; the page's visible text was kept")
    return boilerplate.strip_boilerplate(chosen)


def _ensemble(html: str, url: Optional[str], errors: Optional[list[str]]) -> str:
    """The ensemble's choice among the extractors' texts; trafilatura's failure goes to ``errors``."""
    candidates: dict[str, str] = {}
    for name, extractor in EXTRACTORS.items():
        try:
            candidates[name] = extractor(html, url)
        except Exception as exc:  # noqa: BLE001 - one extractor failing must not stop the rest
            logger.debug("%s failed on %s: %s", name, url, exc)
            candidates[name] = ""
            if errors is not None and name == "trafilatura":
                errors.append(f"{name} failed: {type(exc).__name__}: {exc}"[:200])
    return choose(candidates)

"""Deciding whether an article is about a prevention helpline.

Cheap by design: it runs on raw text (and on link URLs for the crawler) before any
statistical parsing, so that ``--relevant-only`` spends no parsing on the rest.
Helplines live in ``data/helplines.jsonl`` and topic words in ``data/topics.json``;
adding a helpline needs no code.

The rule: an article is relevant when it names a prevention helpline or charity,
or when it talks about a helpline together with prevention words (people seeking
help to stop).  Helplines for *reporting* abuse, and arrest figures alone, are
not prevention and score low.  And, as ANNOTATION.md (decision 1) has it, only an
article that gives figures of a helpline's use (people, contacts, calls or visits:
:func:`usage_figures`) is relevant: one that names a helpline without them scores
at most :data:`NO_USAGE_CAP`.

Modules in data-flow order: :mod:`~pipeline.read.topic_words` (the helplines and topic words),
:mod:`~pipeline.read.usage` (figures of a helpline's use), then this one (the score); the cheap
tests that run before it, upper bounds of its score, are :mod:`~pipeline.read.prefilter` (on a
decoded page) and :mod:`~pipeline.read.prefilter_bytes` (on raw bytes).
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.read.prefilter import might_be_relevant  # noqa: F401 - imported from here
from pipeline.read.prefilter_bytes import might_be_relevant_bytes  # noqa: F401 - imported from here
from pipeline.read.topic_words import fold, helplines_named, topic_regex, topics
from pipeline.read.topic_words import helplines  # noqa: F401 - imported from here
from pipeline.read.usage import NO_USAGE_CAP, usage_figures
from pipeline.records import Relevance


def _hits(key: str, text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in topic_regex(key).finditer(text)))


#: "1,200 people ... contacted": a figure (a whole run of digits and commas, tried once from its
#: start, so a long run costs one pass) before people who made contact.
CONTACT_COUNT = re.compile(r"(?<![\d,]),*+\d[\d,]*+ (?:people|callers|men|individuals)\b[^.]{0,60}(?:contacted|sought help|called)")


def assess(text: str, *, title: Optional[str] = None, threshold: float = 0.5) -> Relevance:
    """Score a text's relevance from 0 to 1 and say why."""
    folded = fold(f"{title or ''}\n{text}")
    reasons: list[str] = []
    score = 0.0
    named = helplines_named(f"{title or ''}\n{text}")
    if named:
        score += 0.6
        reasons.extend(f"names {name}" for name in named[:3])
    helpline = _hits("helpline", folded)
    prevention = _hits("prevention", folded)
    if helpline:
        score += 0.15 + 0.05 * min(len(helpline), 3)
        reasons.append("helpline words: " + ", ".join(helpline[:3]))
    if prevention:
        score += 0.1 + 0.05 * min(len(prevention), 3)
        reasons.append("prevention words: " + ", ".join(prevention[:3]))
    if helpline and prevention:
        score += 0.1  # a helpline and what it helps people stop, together
        reasons.append("helpline for prevention")
    reporting = _hits("reporting", folded)
    if reporting and not named and not _hits("perpetrator_line", folded):
        score -= 0.2
        reasons.append(REPORTING_REASON + ", ".join(reporting[:2]))
    usage = usage_figures(folded) if score > 0 else []
    if usage or CONTACT_COUNT.search(folded):
        score += 0.1
        reasons.append("contact counts")
    if not usage and score > NO_USAGE_CAP:
        score = NO_USAGE_CAP  # about a helpline, but no figure of its use
        reasons.append("no usage figures")
    score = max(0.0, min(1.0, round(score, 2)))
    return Relevance(relevant=score >= threshold, score=score, reasons=reasons, helplines=named)


#: The reason :func:`assess` gives for a helpline for reporting abuse named with no prevention line or perpetrator line.
REPORTING_REASON = "reporting helpline: "


def outside_scope(relevance: Relevance) -> bool:
    """Whether an article was judged not relevant by a positive sign that it is about another kind of line: a helpline
    for reporting abuse or for its victims, with no prevention helpline and no perpetrator line named (ANNOTATION.md
    decision 1: statistics for a non-prevention helpline are not relevant).  An article judged not relevant for want
    of a sign (no helpline named, no figure of use) is not: a short text of figures may still be a helpline's."""
    return not relevance.relevant and any(r.startswith(REPORTING_REASON) for r in relevance.reasons)


def link_score(url: str, anchor_text: str = "") -> float:
    """How worth fetching a link looks from its URL and text alone (0 = skip).

    The crawler's pre-filter: a helpline's name or a topic word in the URL path
    or the link text scores above zero.
    """
    folded = fold(f"{anchor_text} ")
    path = fold(url).replace("_", "-")
    score = 0.0
    if helplines_named(folded) or any(w in path for w in ("stopitnow", "stop-it-now", "lucy-faithfull")):
        score += 1.0
    score += 0.3 * len([w for w in topics()["url"] if w in path])
    score += 0.2 * len(_hits("prevention", folded)) + 0.2 * len(_hits("helpline", folded))
    return round(score, 2)

"""The period of a share its own sentence does not date: the dated count before it in its paragraph.

Papers give a year once and let the figures after it share it: "In 2021 the line took 3,100
calls. Some 40 per cent of callers were men." A share with no time of its own (nor in its
sentence), stated after a dated count (or a dated share or change) in the same paragraph, at most
:data:`~pipeline.extract.inheritance.INHERIT_WINDOW` sentences on, is of that fact's period
when it tells what happened (the first verb after it is in the past tense; with none after it,
the sentence has one, or none in the present). It stays
undated when it describes how things stand ("70% of callers are anonymous"), reports a survey,
a study or a population ("research suggests one in six adults ..."), or sits inside quotation
marks (a speaker's words are not the paper's dated figure). In a new paragraph (papers write a
sentence to a paragraph) a share is dated so only when the first verb after it is in the past tense
("Men made up 78% of callers."; :func:`told_in_past`), or when it names the count it is of by its
figure ("Of the 3,200, some 72 per cent were men": :func:`whole_period`).
Words are data: ``data/share_periods.json``.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pipeline.extract import periods
from pipeline.extract.inheritance import INHERIT_WINDOW, Context, Resolved
from pipeline.extract.sentence_context import Draft
from pipeline.wordlists import alternation

DATA = Path(__file__).resolve().parent.parent / "data" / "share_periods.json"

#: Quotation marks: a share inside them is a speaker's, not the paper's dated figure.
_QUOTED = re.compile("[\"\u201c\u201d]")


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return {key: re.compile(rf"\b(?:{alternation(data[key], loose_spaces=True)})\b", re.I)
            for key in ("past_words", "present_words", "source_words", "survey_words")}


@lru_cache(maxsize=1)
def _compared_clause() -> re.Pattern[str]:
    """A clause after a comma that sets the share beside another figure (``compared_clause_openers`` after at most
    two ``compared_clause_adverbs``), to its next comma, semicolon or full stop: ", broadly in line with its share
    of the population". Each part is a fixed word list or one possessive run, so the match is linear."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    adverbs = alternation(data["compared_clause_adverbs"], loose_spaces=True)
    openers = alternation(data["compared_clause_openers"], loose_spaces=True)
    return re.compile(rf",\s++(?:(?:{adverbs})\s++){{0,2}}(?:{openers})\b[^,;.]*+", re.I)


def _without_compared(sentence: str, after: int) -> str:
    """The sentence without the clauses that compare the share at ``after`` with another figure
    (:func:`_compared_clause`); a clause holding the share is its own, and stays ("compared with 4% of the
    population": that 4% is the population's)."""
    return _compared_clause().sub(lambda m: m.group() if m.start() <= after < m.end() else "", sentence)


def tells_what_happened(sentence: str, after: int = 0) -> bool:
    """Whether a share's sentence reports what happened, not how things stand, nor a survey's or a
    population's figure, nor a speaker's quoted words. The first verb of either tense after the share
    (at ``after``) decides ("... was Tuesday, when a third of calls are answered": are; "(34%) being the
    reasons people have sought help": have); failing one, a past tense, or no present, in the sentence. A source
    word in a clause that compares the share with another figure does not count (:func:`_without_compared`)."""
    words = _words()
    if _QUOTED.search(sentence) or words["source_words"].search(_without_compared(sentence, after)):
        return False  # ", broadly in line with its share of the population": the figure compared, not the source
    own = sentence[after:]
    past, present = words["past_words"].search(own), words["present_words"].search(own)
    if past or present:
        return past is not None and (present is None or past.start() < present.start())
    return bool(words["past_words"].search(sentence)) or not words["present_words"].search(sentence)


def standing_share(d: Draft) -> bool:
    """Whether a share is told in a relative clause set off by commas, in the present tense ("men, who account for
    around three-quarters of suicides, said ...": "who"/"which"/"that" opening the words between the commas, a
    ``present_words`` verb before the share), while the time of its sentence stands outside those commas
    ("... had grown since the pandemic"): a standing description, of no period."""
    mention, s = d.time or d.sentence_time, d.sentence.start
    text, at = d.sentence.text, d.start - s
    start = max(text.rfind(",", 0, at), text.rfind(";", 0, at)) + 1
    ends = [i for i in (text.find(",", at), text.find(";", at)) if i >= 0]
    segment = text[start:min(ends) if ends else len(text)]
    if mention is None or not _RELATIVE_OPENER.match(segment) \
            or not _words()["present_words"].search(text[start:at]):
        return False
    return (getattr(mention, "text", None) or "") not in segment


#: A relative clause's first word: "who account for", "which make up".
_RELATIVE_OPENER = re.compile(r"\s*+(?:who|which|that)\b", re.I)


def survey_share(d: Draft) -> bool:
    """Whether a share's sentence reports a survey, a poll or a study ("A survey of 2,000 adults found 58%
    ...", "Respondents said ... (53%)"): its figure is the survey's, not the line's of the period before,
    even "of" a counted sample or with a pronoun that points back ("smiling at them")."""
    return bool(_words()["survey_words"].search(d.sentence.text))


def paragraph_period(d: Draft, ctx: Context) -> Optional[periods.Period]:
    """The period of the last fact before the share ``d`` in its paragraph (a count, or a share or
    change that has one: "Of these, 69% were women. Some 44% were under 30."), when the share names
    no time and tells what happened; ``None`` otherwise."""
    if d.time is not None or d.sentence_time is not None or d.base is not None \
            or not tells_what_happened(d.sentence.text, d.start - d.sentence.start):
        return None
    before = [f for f in (_last_before(ctx.counts, d, ctx.restated_before), _last_before(ctx.percentages, d))
              if f is not None]
    if not before:
        return None
    last = max(before, key=lambda f: f.draft.start)
    if last.draft.sentence.paragraph != d.sentence.paragraph and (not told_in_past(d) or _named_figure(d)):
        return None  # "Of the 2,000 members of its forum, 40 per cent ...": of that figure, not of the count before
    return last.period


def told_in_past(d: Draft) -> bool:
    """Whether the first verb after a share is in the past tense ("Men made up 78% of callers.", "Nearly a third
    of callers were under 30"): a share in a paragraph of its own after the dated count is of that count's period.
    One sentence to a paragraph is how papers write; blind annotators dated such shares (heldout13, 7 of 7)."""
    words = _words()
    own = d.sentence.text[d.start - d.sentence.start:]
    past, present = words["past_words"].search(own), words["present_words"].search(own)
    if past is None and present is None:  # no verb after it: the sentence's, with no present tense in it
        return bool(words["past_words"].search(d.sentence.text)) and not words["present_words"].search(d.sentence.text)
    return past is not None and (present is None or past.start() < present.start())


def _last_before(facts: list[Resolved], d: Draft, earlier: frozenset[int] | set[int] = frozenset()) -> Optional[Resolved]:
    """The last fact of ``facts`` (resolved in text order) before the share that is no earlier figure of a
    comparison (marked so, or one of ``earlier``, the ids of figures restating the one before for the year before
    it: "That's 28% more than in 2023. In 2023 the figure was 2,512.") and no rate, within
    :data:`~pipeline.extract.inheritance.INHERIT_WINDOW` sentences of it; read from the end, so that a page of
    shares costs no more than its facts."""
    for f in reversed(facts):
        if d.index - f.draft.index > INHERIT_WINDOW:
            return None
        if f.draft.start < d.start and not f.draft.comparison and f.draft.rate is None and id(f) not in earlier:
            return f
    return None


#: The whole a share is of, named by its figure before the share: "Of the 3,200 (people) ...", "out of 1,474 callers".
_OF_FIGURE = re.compile(r"\b(?:of|out\s++of)\s++(?:the|these|those|its|our|their)?\s*+"
                        r"(?:(?:more\s++than|over|almost|nearly|some|about|around)\s++)?(?P<n>\d{1,3}(?:,\d{3})++|\d{3,})\b", re.I)


def _named_figure(d: Draft) -> bool:
    """Whether a share names the whole it is of by a figure before it ("Of the 2,000 members ...")."""
    return _OF_FIGURE.search(d.sentence.text, 0, d.start - d.sentence.start) is not None


def whole_period(d: Draft, ctx: Context) -> Optional[periods.Period]:
    """The period of the dated count a share is "of" by its figure ("In 2021 the charity supported 3,200
    people. ... Of the 3,200, some 72 per cent were men."), in any paragraph before; ``None`` otherwise."""
    found = list(_OF_FIGURE.finditer(d.sentence.text, 0, d.start - d.sentence.start))
    if not found:
        return None
    value = int(found[-1].group("n").replace(",", ""))
    named = [c for c in ctx.counts if c.draft.value == value and c.period is not None and not c.draft.comparison
             and c.draft.start < d.start]
    return named[-1].period if named else None

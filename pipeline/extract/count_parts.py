"""Parts, openers and lists: a count as a part of another, or one of a list.

For :func:`pipeline.extract.facts.extract_counts`: table rows ("Kent: 1,204"),
parts listed after a total ("including 2,270 from South Yorkshire"), lists that
go on from a part, a part before its whole ("1,400 of the 7,000 callers"), a
figure alone in brackets after a count, and where a count's own words end.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract.gazetteer import canonical
from pipeline.extract.inline_rows import inline_row
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.partitions import closes_list
from pipeline.extract.place_lists import places_before
from pipeline.extract.sentence_context import Draft, SentenceFacts, next_figure
from pipeline.extract.fact_measures import unit_of
from pipeline.extract.fact_places import owned_places, regions_between
from pipeline.extract.measures import lexicon
from pipeline.wordlists import alternation


#: A table row: a label (a place), a colon or dash, then the figure ("Kent: 1,204", "Essex - 2,140 people").
ROW = re.compile(r"^[\W_]*(?P<label>[A-Z][^:\d\n]{1,40}?)\s*(?::|\s[-\u2013\u2014]|\u2013|\u2014)\s*")


#: A row whose label is the rest of the places above it ("Rest of the region: 690", "Elsewhere: 410").
_REST_LABEL = re.compile(r"(?:the\s{1,3})?(?:rest\s{1,3}of|elsewhere\b|other\s{1,3}(?:areas|parts|places|counties|regions)\b)",
                         re.I)


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
#: A row whose label is a period ("January 2025: 1,150", "April to September 2024: 1,050", "2023/24: 880", "Q3 2024 -
#: 410"): under a heading, it counts what the count above counts.
_PERIOD_ROW = re.compile(rf"^[\W_]*(?:(?:{_MONTH}(?:\s{{1,3}}(?:19|20)\d\d)?\s{{1,3}}(?:to|-|\u2013|until)\s{{1,3}})?{_MONTH}"
                         r"\s{1,3}(?:19|20)\d\d|(?:19|20)\d\d(?:/\d{2,4})?|Q[1-4]\s{1,3}(?:19|20)\d\d)"
                         r"\s{0,3}(?::|\s[-\u2013\u2014]|\u2013|\u2014)\s*", re.I)


def _is_row(ctx: SentenceFacts, number: NumberMention) -> bool:
    """Whether a figure is a row of a table: its line's label a place, the rest of the places, or a period."""
    period = _PERIOD_ROW.match(ctx.sentence.text)
    if period is not None and ctx.sentence.start + period.end() == number.start:
        return True
    s = ctx.sentence.start
    if inline_row(ctx.sentence.text[:number.start - s], ctx.sentence.text[number.end - s:]):
        return True  # "...: Bristol 1,112; Somerset 1,022; Devon 906; Cornwall 774.": a table set out in a sentence
    match = ROW.match(ctx.sentence.text)
    if not match or ctx.sentence.start + match.end() != number.start:
        return False
    label = (ctx.sentence.start, ctx.sentence.start + match.end("label"))
    if regions_between(ctx, label) or _REST_LABEL.match(match.group("label")):
        return True
    # a place whose name is also a person's or a word ("Angus: 22", "Bradford: 361"), which prose must show to be a
    # place, is one as the whole label of a line that holds nothing but its figure: a table row, no speaker's turn
    rest = ctx.sentence.text[number.end - ctx.sentence.start:]
    return _LINE_ENDS.match(rest) is not None and canonical(match.group("label").strip()) is not None


#: Nothing after a row's figure but the end of its line.
_LINE_ENDS = re.compile(r"[ \t.;,]{0,3}(?:\n|$)")


#: The words that list a part after its total; "including" and its kin make the list partial.
_SOME = re.compile(r"\b(?:including|among them|of which|of whom)$")
#: The first part may also follow a colon, a dash or an opening bracket: "5,200 calls in 2019: 3,100 in Kent and ...".
_AND = re.compile(r"(?:,|\band|\bwith|[:(\u2013\u2014]|\s-)$")


@lru_cache(maxsize=None)
def _further() -> re.Pattern[str]:
    """'a further', 'another' ending the words before a listed figure (``further_parts`` of data/measures.json)."""
    return re.compile(rf"\s(?:{alternation(lexicon()['further_parts'], loose_spaces=True)})$", re.I)


def _part(ctx: SentenceFacts, number: NumberMention, before: str) -> Optional[str]:
    """How a figure with its own place is listed after a count: "including" ("..., including 2,270
    from South Yorkshire"), "and" (", 1,950 from West Yorkshire"), else ``None``."""
    if number.num_start not in owned_places(ctx):
        return None
    first = places_before(ctx).get(number.num_start)
    if first is not None:  # "..., Edinburgh for 510": what stands before its place lists it
        before = ctx.sentence.text[:first[1] - ctx.sentence.start]
    tail = _further().sub("", before[-40:].rstrip())  # "..., with a further 201 from Fife": one more part
    return "including" if _SOME.search(tail) else "and" if _AND.search(tail) else None


def _continues_parts(found: list[Draft], before: str) -> bool:
    """Whether a bare figure after "and" or a comma goes on from a part that restates the count before it
    ("Of those, 157,565 are directed to X, and 17,912 to Y") or a part of the whole an opener names ("Of those
    calls, 6,100 reached the adult line, 1,300 the youth line and 90 the text service")."""
    return bool(found) and (found[-1].inherit in ("previous", "part") or getattr(found[-1], "opener_part", False)) \
        and bool(re.search(r"(?:,|\band)\s*$", _further().sub("", before[-40:].rstrip())))


#: "The rest - 640 - came from ...", "The rest: 640": the rest set off by a dash or a colon.
_REST_SET_OFF = re.compile(r"\bthe\s{1,3}rest\s{0,3}[-\u2013\u2014:]\s{0,3}$", re.I)


def _closes_parts(before: str) -> bool:
    """Whether a bare figure is the rest of the whole a list breaks down ("900 from Leeds, 640 from Bradford and the
    remaining 860", "with the remaining 920 coming from ...", "The rest - 640 -"): it counts what the list counts
    (``partition_closers`` of ``data/measures.json``, the words that close a list of shares)."""
    return closes_list(before) or bool(_REST_SET_OFF.search(before[-20:]))


def _continues(before: str, own_time: Any) -> bool:
    """Whether a bare figure continues a list of counts: it follows ", " or " and " (then "a further", "another"
    maybe: "700 calls in January and a further 650 in February") and has its own period."""
    return own_time is not None and bool(re.search(r"(?:,|\band)\s*$", _further().sub("", before[-40:].rstrip())))


#: A figure alone in brackets right after a count: "one in five of the 7,000 callers (about 1,400)".
_BRACKETED_ALONE = re.compile(r"\s{0,2}\)")
#: A part before its whole: "1,400 of the 7,000 callers", "300 of all 2,000 contacts".
_PART_OF_WHOLE = re.compile(r"\s{1,3}of\s{1,3}(?:(?:all\s{1,3})?the|all|its|their)\s{1,3}$", re.I)


def _bracket_closes(ctx: SentenceFacts, number: NumberMention) -> bool:
    """Whether a closing bracket follows a figure right away: "(89)"."""
    return ctx.sentence.text.startswith(")", number.end - ctx.sentence.start)


def _own_tail_end(ctx: SentenceFacts, number: NumberMention, clause_end: int) -> int:
    """Where the words after a count stop being its own: the clause's end, or the next figure in it
    ("over 26,000 calls last year - an average of 71 every day": "every day" is 71's rate)."""
    later = next_figure(ctx, number.end)
    return (clause_end if later is None else min(clause_end, later.start)) - ctx.sentence.start


def _bracketed_after(ctx: SentenceFacts, count: Draft, number: NumberMention) -> bool:
    """Whether ``number`` stands alone in brackets right after ``count``: "7,000 callers (about 1,400)"."""
    s = ctx.sentence.start
    between = ctx.sentence.text[count.end - s:number.start - s]
    return between.strip() == "(" and bool(_BRACKETED_ALONE.match(ctx.sentence.text, number.end - s)) \
        and not count.comparison


def _whole_after(ctx: SentenceFacts, number: NumberMention) -> Optional[str]:
    """The noun of the whole a unit-less figure is part of: "1,400 of the 7,000 callers" -> "callers"."""
    s = ctx.sentence.start
    later = next_figure(ctx, number.end, counts=True)
    if later is None or not _PART_OF_WHOLE.fullmatch(ctx.sentence.text[number.end - s:later.start - s]):
        return None
    unit, _ = unit_of(ctx, later)
    return unit


#: The measures of a helpline's or a website's use, between which a part takes its whole's.
_USE_MEASURES = frozenset({"helpline_calls", "helpline_contacts", "website_users"})


def parts_take_whole(ctx: SentenceFacts, found: list[Draft]) -> None:
    """A part before its whole ("412 of the 1,005 people who called or used its live chat") counts what its whole
    counts: the words after the whole (its relative clause) tell both, so a cue read there for the part ("called")
    gives way to the whole's measure; not when the part names its own channel ("412 of the 1,005 contacts were
    calls"), nor across kinds of figure (a use and no use)."""
    s, text = ctx.sentence.start, ctx.sentence.text
    for part, whole in zip(found, found[1:]):
        if part.measure == whole.measure or getattr(part, "own_channel", False) or part.unit_word != whole.unit_word \
                or part.measure not in _USE_MEASURES or whole.measure not in _USE_MEASURES:
            continue
        if _PART_OF_WHOLE.fullmatch(text[part.end - s:whole.start - s]):
            part.measure = whole.measure

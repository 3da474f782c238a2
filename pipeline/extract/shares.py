"""The part and the whole of a share stated around it: "78 calls came from Kent, 5 per cent of the 1,504
calls received", "one in five of the 7,000 callers (about 1,400)", "1,400 of the 7,000 callers, or one in five".
Used by :mod:`pipeline.extract.linking` and the checks.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.inheritance import Context, Resolved, akin


#: Between a share and the whole it is a share of: "5 per cent of the 1,504 calls", "one in ten of all 900 callers".
_SHARE_OF = re.compile(r"\s{1,3}of\s{1,3}(?:(?:all\s{1,3})?the\s{1,3}|all\s{1,3}|its\s{1,3}|their\s{1,3})?")
#: What stands right before a share that describes the count before it: "78 calls were made from Kent, 5 per cent
#: of ...", "The 16 calls make up one per cent of ...", "(5% of ...".
_SHARE_OF_PART = re.compile(r"(?:[,(]|\b(?:make|makes|made|making)\s{1,3}up|\brepresent(?:s|ed|ing)?"
                            r"|\baccount(?:s|ed|ing)?\s{1,3}for|\bor|\bwhich\s{1,3}(?:is|was))\s{0,3}$", re.I)


def share_inputs(item: Resolved, ctx: Context) -> Optional[tuple[Resolved, Resolved]]:
    """The part and the whole of a share stated between them: "78 calls came from Kent, 5 per cent of the
    1,504 calls received".

    The whole is the count right after "of (the)"; the part the one count before the share in its
    sentence, which the share describes (after a comma, a bracket, "make up", "represent", "account
    for"); both count the same kind of thing, neither is the earlier figure of a comparison.
    """
    d = item.draft
    if d.pct_kind != "share":
        return None
    s, text = d.sentence.start, d.sentence.text
    counts = ctx.by_sentence.get(s, [])
    after = [c for c in counts if c.draft.start >= d.end]
    before = [c for c in counts if c.draft.end <= d.start]
    around = _bracketed_part(item, ctx, before, after) or _part_of_whole_before(item, before)
    if around is not None:
        return around
    if not after or len(before) != 1 or not _SHARE_OF.fullmatch(text, d.end - s, after[0].draft.start - s):
        return None
    part, whole = before[0], after[0]
    if any(p.draft.sentence == d.sentence and part.draft.end <= p.draft.start < d.start for p in ctx.percentages):
        return None  # another figure describes the part
    if part.draft.comparison or whole.draft.comparison or not _SHARE_OF_PART.search(text, 0, d.start - s):
        return None
    if not (akin(part.draft.measure, whole.draft.measure) or (part.draft.unit and part.draft.unit == whole.draft.unit)):
        return None
    return part, whole


#: Words by which a part points back to its whole: "Of these users, 28,000 (about one in four)", "Of the 900
#: callers, 200 (22%)".
_OF_THESE = re.compile(r"\bof\s{1,3}(?:these|those|them|whom|which|this\s{1,3}number|that\s{1,3}number|the\s{1,3}(?=\d))\b", re.I)
#: Between a whole and the share after it that its part makes: "1,400 of the 7,000 callers, or one in five".
_THEN_SHARE = re.compile(r"\s{0,2}[,(\u2013\u2014-]\s{0,2}(?:or\s{1,3}|that\s{1,3}is\s{1,3})?")


def _fits(part: Resolved, whole: Resolved) -> bool:
    """A part and a whole: the same kind of thing, the part smaller, neither the earlier figure of a comparison."""
    same = akin(part.draft.measure, whole.draft.measure) or (part.draft.unit and part.draft.unit == whole.draft.unit)
    return bool(same) and part.draft.value < whole.draft.value \
        and not part.draft.comparison and not whole.draft.comparison


def _bracketed_part(item: Resolved, ctx: Context, before: list[Resolved], after: list[Resolved]
                    ) -> Optional[tuple[Resolved, Resolved]]:
    """A share whose part stands in brackets beside it.

    "one in five of the 7,000 callers (about 1,400)": the whole after "of the", the part
    in brackets right after the whole.  "Of these users, 28,000 (about one in four)": the
    part right before the bracket, the whole the count "these" points back to (before it
    in its sentence, else in the two sentences before).
    """
    d = item.draft
    s, text = d.sentence.start, d.sentence.text
    if len(after) >= 2 and _SHARE_OF.fullmatch(text, d.end - s, after[0].draft.start - s) \
            and text[after[0].draft.end - s:after[1].draft.start - s].strip() == "(":
        whole, part = after[0], after[1]
        return (part, whole) if _fits(part, whole) else None
    if not before or text[before[-1].draft.end - s:d.start - s].strip() != "(":
        return None
    part = before[-1]
    if not _OF_THESE.search(text, 0, part.draft.start - s):
        return None
    # a count with a share of its own in brackets is a part too, no whole: "Of them, 2,300 (55%) were men
    # and 480 (11%) were under 25" takes both parts of the one whole "them" points back to
    earlier = [c for c in before[:-1] if not _with_own_share(c, ctx)] \
        or [c for c in ctx.counts if 0 < d.index - c.draft.index <= 2 and not _with_own_share(c, ctx)]
    wholes = [c for c in earlier if _fits(part, c)]
    return (part, wholes[-1]) if wholes else None


def _with_own_share(count: Resolved, ctx: Context) -> bool:
    """Whether a share stands in brackets right after ``count``: "2,300 (55%)"."""
    c = count.draft
    s, text = c.sentence.start, c.sentence.text
    return any(p.draft.sentence == c.sentence and p.draft.start > c.end
               and text[c.end - s:p.draft.start - s].strip() == "(" for p in ctx.percentages)


def _part_of_whole_before(item: Resolved, before: list[Resolved]) -> Optional[tuple[Resolved, Resolved]]:
    """"1,400 of the 7,000 callers, or one in five": the part, "of the" whole, then the share."""
    d = item.draft
    s, text = d.sentence.start, d.sentence.text
    if len(before) < 2:
        return None
    part, whole = before[-2], before[-1]
    if not _SHARE_OF.fullmatch(text, part.draft.end - s, whole.draft.start - s) \
            or not _THEN_SHARE.fullmatch(text, whole.draft.end - s, d.start - s):
        return None
    return (part, whole) if _fits(part, whole) else None

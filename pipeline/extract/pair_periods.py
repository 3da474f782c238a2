"""The two ends of "from M to N" take the periods of the change they are stated with.

"Across South Yorkshire, contacts climbed from 1,500 to 2,100, a 40 per cent increase": the sentence names no time,
and the change takes its period and its base period from the paragraph (the half year the lead named, on the same
half a year before; :mod:`pipeline.extract.change_links`). The pair's figures are what the change compares, so the
later figure is of the change's period and the earlier of its base period (ANNOTATION.md decision 6; issue 10: a
change is of the later period and its base of the earlier). :func:`date_pair_by_change` gives them those periods
when neither has one of its own and the sentence names no time; a figure the words date ("from 400 in 2021 to
650"), a rate and a vague figure keep theirs, and so does a figure of no known measure (its change's periods may be
a guess: "over the same two periods"). Called by :func:`pipeline.extract.assembly.assemble` right after each
change is resolved, so the sentences after it inherit the later figure's period ("Of the 2,100 contacts, 820 came
from Sheffield ...").
"""
from __future__ import annotations

from pipeline.extract.inheritance import Context, Resolved
from pipeline.extract.pair_ends import is_earlier_end, is_later_end


def date_pair_by_change(item: Resolved, ctx: Context) -> None:
    """Date the undated ends of the "from M to N" pair before the change ``item`` in its sentence."""
    d = item.draft
    now, base = item.period, item.base_period
    if d.pct_kind != "change" or now is None or base is None or now.start is None or base.start is None \
            or base.start >= now.start or d.time is not None or d.sentence_time is not None:
        return  # a sentence that names a time ("over the same two periods") dates its figures by its own words
    text, offset = d.sentence.text, d.sentence.start
    for count in ctx.by_sentence.get(d.sentence.start, ()):
        c = count.draft
        if count.period is not None or c.time is not None or c.rate is not None or c.qualifier == "vague" \
                or c.end > d.start or c.measure == "other":
            continue  # a figure of no known measure ("visits ... went from 1,100 to 1,650") is left as it was
        if is_earlier_end(text, c.start - offset, c.end - offset):
            count.period = base
        elif is_later_end(text, c.start - offset):
            count.period = now
            c.later_of_pair = True  # the figure reached, which the sentences after may go on about

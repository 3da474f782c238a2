"""A figure set off right after a share's own words (twenty-third round, shares23b; ``set_off_parts.set_off_share``,
``set_off_parts.share_comma_noun``; joined with attrs23's readings in the merge).

"Roughly one in five (124) were from the city": a figure in brackets or dashes right after a share that names no
whole is the share's part, counting what the count before counts; "women made up 40% of callers, 1,200 in all": a
figure set off by commas right after a share of a noun counts what the noun counts.  The table varies the share as
written (one in N, a fraction word, %, per cent), the mark (bracket, dash, comma), a hedge inside the bracket, and the
apposition's end; the last rows are figures that are no such part.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

TOOK = "The line took 622 calls in 2023. "


def _counts(text: str) -> dict[float, str]:
    record = extract_article("Helpline figures\n\n" + text, source="setoff.txt", published="2024-06-01")
    return {c.value: c.measure for c in record.counts if c.qualifier != "vague"}


@pytest.mark.parametrize("text, value, measure", [
    (TOOK + "Roughly one in five (124) were from the city itself.", 124, "helpline_calls"),
    (TOOK + "Some 20% - 124 - came from the city.", 124, "helpline_calls"),
    (TOOK + "About 20 per cent (about 124) came from the city.", 124, "helpline_calls"),
    (TOOK + "Nearly a fifth (120) came from the city.", 120, "helpline_calls"),
    ("The helpline took 3,000 contacts in 2024. Some were young, while women made up 40% of callers, 1,200 in all.",
     1200, "helpline_calls"),
    ("The helpline took 3,000 contacts in 2024. Some were young, while women made up 40% of contacts, 1,200 in "
     "total, the charity said.", 1200, "helpline_contacts"),
])
def test_a_figure_set_off_after_a_share_is_its_part(text, value, measure):
    assert _counts(text).get(value) == measure


@pytest.mark.parametrize("text, value", [
    # a range after a share, no figure set off
    (TOOK + "Roughly one in five were aged 18 to 24.", 24),
])
def test_no_part_where_none_is_set_off(text, value):
    assert value not in _counts(text)


def test_no_apposition_no_noun_of_the_share():
    # a comma after a share of a noun, the figure no apposition (words of its own after it): not the noun's count
    text = "The helpline took 3,000 contacts in 2024. Women made up 40% of callers, 1,200 said."
    assert _counts(text).get(1200) != "helpline_calls"

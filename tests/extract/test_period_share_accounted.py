"""A share a place (or a group) "accounted for", with no period of its own, after a dated count: of that count's period.

"accounted for" tells what happened, as "made up" and "were" do (``data/share_periods.json`` ``past_words``): the
share is of the period of the count before it (``share_periods.tells_what_happened``, ``told_in_past``). The five
dev sets' golds date such shares 34 times and leave them undated 20 times (one annotator of the two later sets
leaves every share with no period of its own undated); our fixtures and the seeds do not leave them undated, so the
rule stays. "accounts for" (a present) stays undated. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

FY25, Y24 = ("2025-04-01", "2026-03-31"), ("2024-01-01", "2024-12-31")


def _shares(text: str, published: str = "2026-05-14") -> dict[float, tuple]:
    record = extract_article("Helpline figures\n\n" + text, source="shares.txt", published=published)
    return {p.value: (p.period_start, p.period_end) for p in record.percentages if p.kind == "share"}


@pytest.mark.parametrize("text, shares", [
    ("Across Scotland, the charity worked with 2,960 people in 2025/26, up from 2,310 the year before.\n\n"
     "Fife accounted for 14 per cent of all Scottish contacts.", {14.0: FY25}),
    ("Stop It Now heard from 2,010 people from Merseyside in 2024.\n\n"
     "Liverpool accounted for almost half of all contacts from the region.", {50.0: Y24}),
    ("The helpline heard from 640 people in Fife in 2024.\n\nMen accounted for 81% of them.", {81.0: Y24}),
    # neighbours: a present tense, a survey
    ("The helpline heard from 640 people in Fife in 2024.\n\nMen account for around 70 per cent of its callers.",
     {70.0: (None, None)}),
    ("The helpline heard from 640 people in Fife in 2024.\n\nIn a survey, callers under 25 accounted for 30%.",
     {30.0: (None, None)}),
])
def test_a_share_accounted_for(text, shares):
    got = _shares(text)
    assert {k: got.get(k) for k in shares} == shares

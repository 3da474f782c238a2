"""Shares of one whole each restated by a count in brackets: each share against its count over the counts added up.

"58% of callers (870 callers) ... The other 42% of callers (630 callers) ...": the whole is derived
(ANNOTATION.md decision 10), so only agreement is a verdict.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _share_checks(text: str) -> list[tuple[float, str]]:
    record = extract_article(text, source="partition.txt", published="2019-01-01")
    return sorted((c.stated, c.verdict) for c in record.checks if c.kind == "share")


@pytest.mark.parametrize("text, expected", [
    # the shares in two sentences that follow one another
    ("In 2018, 58% of callers (870 callers) rang about their own thoughts. The other 42% of callers "
     "(630 callers) rang about someone else.", [(42.0, "consistent"), (58.0, "consistent")]),
    # in one sentence
    ("Of the callers, 60% (300 callers) were men and the remaining 40% (200 callers) were women.",
     [(40.0, "consistent"), (60.0, "consistent")]),
    ("Last year 45 per cent of contacts (900 contacts) came by phone, 35 per cent (700 contacts) by chat and "
     "20 per cent (400 contacts) by email.", [(20.0, "consistent"), (35.0, "consistent"), (45.0, "consistent")]),
    # each count with its share in brackets after it
    ("Last year 900 contacts (45%) came by phone, 700 contacts (35%) by chat and 400 contacts (20%) by email.",
     [(20.0, "consistent"), (35.0, "consistent"), (45.0, "consistent")]),
])
def test_shares_against_their_counts_added_up(text, expected):
    assert _share_checks(text) == expected


@pytest.mark.parametrize("text", [
    # a count that does not fit: the derived whole proves nothing against the paper
    "In 2018, 58% of callers (870 callers) rang about their own thoughts. The other 42% of callers "
    "(930 callers) rang about someone else.",
    # the shares do not add up to 100: not one whole
    "In 2018, 58% of callers (870 callers) were men. Some 20% of callers (300 callers) were under 25.",
    # a sentence without a figure between them
    "In 2018, 58% of callers (870 callers) were men.\n\nThe charity thanked its volunteers.\n\n"
    "The other 42% of callers (630 callers) were women.",
])
def test_no_share_check_without_one_whole(text):
    assert _share_checks(text) == []

"""A share whose own words name its whole by its noun (shares21, ``pipeline/check/named_wholes.py``).

"Calls from men: 8,060 (65% of phone calls)" after "Phone calls: 12,400"; "Just over a quarter of the Welsh calls -
640 - came from Cardiff" after Wales's 2,400 calls; "Nearly half of last year's calls - 3,500 - came at weekends"
after 2024's 8,000 (the 2023 base beside it is not the whole); "Website users made up 62 per cent of the total" after
"Of the 5,000 people ..., 3,100 used the website and the remaining 1,900 ...".  A whole named by a place, a period or
a word of its own, and the one count that fits, is a verdict; a bare noun, or a noun followed by more words, is not.
Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from check_factories import checks_stated
from pipeline import extract_article

MIDDLE = "\n\nThe charity thanked the volunteers who staff the line overnight.\n\n"
LIST = ("The Harbour Trust's helpline handled 17,500 calls and webchats in 2024.\n\nKey figures for 2024:\n\n"
        "Phone calls: 12,400\n\nWebchats: 5,100\n\n")
WALES = "Calls to the line from people in Wales reached 2,400 in 2024, up from 2,050 in 2023."
BRANCH = "Volunteers at the branch answered 8,000 calls in 2024, up from 7,200 in 2023."


def _shares(text: str, stated: float) -> list:
    return checks_stated(text, stated, ("share",), published="2025-02-01")


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    (LIST + "Calls from men: 8,060 (65% of phone calls)", 65.0, "consistent", [8060, 12400]),
    (LIST + "Calls from men: 8,060 (64% of phone calls)", 64.0, "inconsistent", [8060, 12400]),
    (WALES + MIDDLE + "Just over a quarter of the Welsh calls \u2013 640 \u2013 came from Cardiff.", 25.0,
     "consistent", [640, 2400]),
    (WALES + MIDDLE + "Nearly a third of the Welsh calls \u2013 640 \u2013 came from Cardiff.", 33.3,
     "inconsistent", [640, 2400]),
    # the 2023 base would give "nearly half" (48.6%); the words name 2024's calls (43.75%): a misprint
    (BRANCH + MIDDLE + "Nearly half of last year's calls \u2013 3,500 \u2013 came at weekends.", 50.0,
     "inconsistent", [3500, 8000]),
    (BRANCH + MIDDLE + "More than two-fifths of last year's calls \u2013 3,500 \u2013 came at weekends.", 40.0,
     "consistent", [3500, 8000]),
])
def test_a_whole_the_words_name(text, stated, verdict, inputs):
    assert decided(text, stated) == [(verdict, inputs)]


def decided(text: str, stated: float) -> list[tuple[str, list[float]]]:
    """The verdict and the input values of each share check of ``stated``."""
    record = extract_article(text, source="check.txt", published="2025-02-01")
    values = {c.id: c.value for c in record.counts}
    return [(c.verdict, [values[i] for i in c.inputs]) for c in record.checks if c.kind == "share" and c.stated == stated]


@pytest.mark.parametrize("text, stated", [
    # a bare noun may be a subset's: agreement only
    (BRANCH + MIDDLE + "Nearly half of calls \u2013 3,500 \u2013 came at weekends.", 50.0),
    # a noun followed by more words names a whole this rule does not read
    (BRANCH + MIDDLE + "Nearly half of calls to the night team \u2013 3,500 \u2013 came at weekends.", 50.0),
    # a word the one count's own words do not hold: no whole fits
    (LIST + "Calls from men: 8,060 (64% of answered calls)", 64.0),
    # a place no count names
    (WALES + MIDDLE + "Nearly a third of the Scottish calls \u2013 640 \u2013 came from Glasgow.", 33.3),
])
def test_no_inconsistent_when_the_words_can_mean_another_whole(text, stated):
    assert all(c.verdict != "inconsistent" for c in _shares(text, stated)), \
        [(c.verdict, c.explanation) for c in _shares(text, stated)]

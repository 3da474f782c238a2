"""A "doubled" whose own sentence states a change re-anchored on a later count (``corroborated_bases.sentence_changes``),
a claim of no place against a figure of one place (``multiplier_bases.latest_figure``), a multiplier over two counts
of two measures (``multiplier_links.one_measure``, ``period_pairs._periods_pair``, ``phrase_bases.two_measures``).  Sentences of our own writing
that vary the word order, the nouns, the places, the qualifiers and the distance; the false "inconsistent" rows of
the twenty-fifth review must end with no "inconsistent", the control rows keep theirs.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _verdicts(text: str, kind: str, stated: float) -> list[str]:
    record = extract_article(text, source="changes_beside_multipliers.txt", published="2025-03-01")
    return [c.verdict for c in record.checks if c.kind == kind and abs((c.stated or 0) - stated) < 0.06]


@pytest.mark.parametrize("text, factor", [
    # the change of the multiplier's sentence re-anchored on the next sentence's figure; a later figure beyond it
    ("Referrals have doubled from the 600 made in 2020, an increase of 100 per cent. The service had 1,200 "
     "referrals in 2022 and 1,450 in 2023.", 2.0),
    ("Calls to the line nearly tripled from the 400 received in 2019, a rise of 180 per cent. It received 1,120 "
     "calls in 2022 and 1,500 in 2024.", 3.0),
    ("Calls from Fife have doubled from the 300 taken in 2021, a rise of 100 per cent. Fife callers made 600 calls "
     "in 2023 and 650 in 2024.", 2.0),
    ("Webchats have almost doubled from the 250 held in 2020, up 92 per cent.\n\nThe service held 480 webchats in "
     "2022.\n\nIt held 700 in 2024.", 2.0),
    # the figures before the claim
    ("The line took 1,100 texts in 2023 and 1,400 in 2024. Texts have more than doubled from the 500 sent in 2021, "
     "a jump of 120 per cent.", 2.0),
    # no place in the claim or its base, the later figure of one place
    ("Calls have doubled from the 1,000 taken in 2022. In Kent the line took 1,500 calls in 2024.", 2.0),
    ("Webchats have trebled from 200 in 2021. In Cardiff the service held 500 webchats in 2024.", 3.0),
    ("Texts have almost doubled compared with the 450 sent in 2020.\n\nAcross Powys the line received 700 texts "
     "in 2024.", 2.0),
    ("Welsh helpline busier than ever\n\nCalls have doubled from the 1,000 taken in 2022. In Kent the line took "
     "1,500 calls in 2024.", 2.0),  # the headline names another place
    # two counts of two measures of one helpline
    ("The service answered 900 texts in 2023, while calls saw a twofold rise on the 500 logged in 2022.", 2.0),
    ("Including emails, the charity handled 2,500 contacts in 2024, a threefold rise on the 600 calls of 2020.", 3.0),
    ("Texts double in 2024\n\nThe line held 1,000 texts in 2024, while calls rose on the 700 taken in 2023.", 2.0),
    # a multiplier with no pair of its own: a headline or opening line over figures of two measures
    ("Emails doubled in 2024. The charity answered 1,000 emails in 2024, and calls showed a twofold rise on the 650 "
     "logged in 2023, reaching 1,300.", 2.0),
    ("Webchats to the line have trebled.\n\nIt held 2,100 webchats last year. Calls were up too, from 800 in 2023 "
     "to 950.", 3.0),
])
def test_no_inconsistent_on_another_pair(text: str, factor: float) -> None:
    assert "inconsistent" not in _verdicts(text, "multiplier", factor)


@pytest.mark.parametrize("text, factor, verdict", [
    # the stated change of its sentence gives the multiplier
    ("Referrals have doubled from the 600 made in 2020, an increase of 100 per cent. The service had 1,200 "
     "referrals in 2022 and 1,450 in 2023.", 2.0, "consistent"),
    ("Calls to the line nearly tripled from the 400 received in 2019, a rise of 180 per cent. It received 1,120 "
     "calls in 2022 and 1,500 in 2024.", 3.0, "consistent"),
    # a figure of one place agrees: agreement stands
    ("Calls have doubled from the 1,000 taken in 2022. In Kent the line took 2,000 calls in 2024.", 2.0,
     "consistent"),
    # controls: the claim names the figure's place, or no place is named at all: both verdicts
    ("Calls from Kent have doubled from the 1,000 taken in 2022. In Kent the line took 1,500 calls in 2024.", 2.0,
     "inconsistent"),
    ("Calls have doubled from the 1,000 taken in 2022. The line took 1,500 calls in 2024.", 2.0, "inconsistent"),
    # the headline names the figure's place: the article's place, both verdicts
    ("Kent helpline busier than ever\n\nCalls have doubled from the 1,000 taken in 2022. In Kent the line took 1,500 "
     "calls in 2024.", 2.0, "inconsistent"),
    # controls: one measure on both sides
    ("The service answered 900 calls in 2023, a twofold rise on the 500 calls logged in 2022.", 2.0,
     "inconsistent"),
    ("The charity handled 1,800 contacts in 2024, a threefold rise on the 600 contacts of 2020.", 3.0,
     "consistent"),
])
def test_verdicts_kept(text: str, factor: float, verdict: str) -> None:
    assert _verdicts(text, "multiplier", factor)[:1] == [verdict]

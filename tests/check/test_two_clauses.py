"""A claim and figures of one sentence that stand in two clauses about two things, and a dated change set
against an undated pair of another sentence.

"Calls about anxiety rose 40 per cent and chats about sleep doubled": the "doubled" is of another subject
than the change, so the change is no evidence against it.  "While the total fell to 900 in 2023 from 950 in
2022, calls about betting nearly doubled": the counts are the first clause's.  "A 30% increase since January
2023. Monthly calls rose from 40 in June to 50 in October.": the pair is a stretch of a series, not the
change's comparison.  Such figures may agree by chance; a disagreement is no verdict.  Sentences of our own
writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.clauses import new_subject_after_and, opens_with_contrast, two_clauses


def _verdicts(text: str, kind: str, stated: float, published: str | None = "2024-03-01") -> list[str]:
    record = extract_article(text, source="clauses.txt", published=published)
    return [c.verdict for c in record.checks if c.kind == kind and c.stated == stated]


@pytest.mark.parametrize("text, stated", [
    ("Calls to the helpline about anxiety rose 40 per cent last year and chats about sleep doubled, the charity "
     "said.", 2.0),
    ("The campaign brought a six-fold increase in visits to the website and a 30 per cent rise in calls to the "
     "helpline.", 6.0),
    ("Visits to the self-help website tripled and calls to the line rose 15% over the summer, figures show.", 3.0),
    ("Referrals from schools went up by a quarter, and messages from parents more than doubled, the service "
     "said.", 2.0),
    ("Chats with advisers rose 60 per cent while calls doubled, the charity said.", 2.0),
    ("Texts went up by 30% but calls to the line trebled over the same months.", 3.0),
])
def test_a_change_of_another_subject_is_no_verdict_on_a_doubled(text, stated):
    assert "inconsistent" not in _verdicts(text, "multiplier", stated)


@pytest.mark.parametrize("text, stated, verdict", [
    ("Calls to the helpline rose 100 per cent in 2023, doubling in a single year.", 2.0, "consistent"),
    ("The number of callers rose by 110 per cent and more than doubled, the charity said.", 2.0, "consistent"),
    ("The number of callers rose by 110 per cent and has more than doubled, the charity said.", 2.0, "consistent"),
    ("Contacts rose 40 per cent and doubled, the charity said.", 2.0, "inconsistent"),
])
def test_one_subject_keeps_its_change(text, stated, verdict):
    assert _verdicts(text, "multiplier", stated) == [verdict]


@pytest.mark.parametrize("text, stated", [
    ("While the total number of calls fell to 900 in 2023 from 950 in 2022, calls about online betting nearly "
     "doubled.", 2.0),
    ("Although overall contacts dropped from 2,000 in 2021 to 1,800 in 2022, contacts from young people "
     "doubled.", 2.0),
    ("The line answered 1,200 calls in 2022, down from 1,300 in 2021, but calls from women tripled.", 3.0),
    ("Whilst visits to the website slipped from 5,000 in 2020 to 4,800 in 2021, chats with advisers doubled.",
     2.0),
])
def test_counts_of_another_clause_are_no_verdict(text, stated):
    assert "inconsistent" not in _verdicts(text, "multiplier", stated)


@pytest.mark.parametrize("text, stated, verdict", [
    ("Calls to the line doubled from 400 in 2021 to 800 in 2022, while texts fell.", 2.0, "consistent"),
    ("Calls to the line rose from 400 in 2021 to 1,000 in 2022, while texts fell, but calls have not doubled.",
     2.0, None),
])
def test_counts_of_the_claims_own_clause(text, stated, verdict):
    got = _verdicts(text, "multiplier", stated)
    assert (got[0] if got else None) in ((verdict,) if verdict else (None, "unverifiable"))


@pytest.mark.parametrize("text, stated, published", [
    ("The helpline has seen a 30% increase in calls since January 2023. Monthly calls rose from 40 in June to "
     "50 in October.", 30.0, None),
    ("Calls went up 20 per cent in 2022 compared with 2021. The weekly figure rose from 100 in spring to 125 in "
     "autumn.", 20.0, "2024-03-01"),
    ("Contacts grew by 12% in 2023. In the first week the service heard from 50 people, and in the last week "
     "from 60.", 12.0, "2024-03-01"),
])
def test_a_dated_change_against_an_undated_pair_elsewhere(text, stated, published):
    assert _verdicts(text, "percentage", stated, published) in ([], ["unverifiable"])


@pytest.mark.parametrize("text, stated, verdict", [
    ("Calls went up 25 per cent in 2022. The line took 800 calls in 2021 and 1,000 in 2022.", 25.0, "consistent"),
    ("Calls rose 30% from 400 in 2021 to 500 in 2022.", 30.0, "inconsistent"),
])
def test_dated_pairs_keep_their_verdicts(text, stated, verdict):
    assert _verdicts(text, "percentage", stated) == [verdict]


@pytest.mark.parametrize("gap, expected", [
    (" and chats about sleep ", True),
    (" increase in visits and a ", True),
    (" and ", False),
    (" and has ", False),
    (" and has now ", False),
    (", and so ", False),
    (" in Kent and Essex, ", False),
    (" last year, ", False),
])
def test_new_subject_after_and(gap, expected):
    assert new_subject_after_and(gap) is expected


@pytest.mark.parametrize("before, expected", [
    ("While the total fell to ", True),
    ("Although contacts dropped from ", True),
    ("Even though calls fell to ", True),
    ("Calls fell to ", False),
    ("Meanwhile calls fell to ", False),
])
def test_opens_with_contrast(before, expected):
    assert opens_with_contrast(before) is expected


@pytest.mark.parametrize("sentence, first, second, expected", [
    ("While calls fell to 900, texts doubled.", "900", "doubled", True),
    ("Calls fell to 900, and texts doubled.", "900", "doubled", True),
    ("Calls rose to 900, doubling.", "900", "doubling", False),
    ("While calls rose to 900 and doubled, texts fell.", "900", "doubled", False),
])
def test_two_clauses(sentence, first, second, expected):
    a, b = sentence.index(first), sentence.index(second)
    assert two_clauses(sentence, (a, a + len(first)), (b, b + len(second))) is expected


@pytest.mark.parametrize("text, stated, verdict", [
    # the lede's "tripled", the body's stated change, and a pair of staff counts in another paragraph
    ("Gambling helpline busier\n\nCalls to the gambling helpline have more than tripled since online betting "
     "began.\n\nThe number of calls rose 210% over the period, the council said.\n\nThe council raised its phone "
     "staff from four to six.\n", 3.0, "consistent"),
    ("Helpline busier\n\nCalls to the helpline have doubled since the advert ran.\n\nThe charity said the number "
     "of calls was up 104 per cent.\n\nIt now has five advisers, up from three.\n", 2.0, "consistent"),
])
def test_a_doubled_takes_the_stated_change_over_disagreeing_counts_elsewhere(text, stated, verdict):
    assert _verdicts(text, "multiplier", stated) == [verdict]

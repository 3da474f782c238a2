"""A "doubled" or a change whose sentence holds only its base, judged on the latest figure of that base's
measure and place; a multiplier's own pair before a change stated elsewhere; "N times as many" across two
sentences; a claim of no place set against one of several places' figures; a headline's plain "doubles" that
shortens the body's "more than doubled" (``pipeline/check/multiplier_bases.py``, ``multiplier_checks.py``,
``found_changes.py``).  Sentences of our own writing; the neighbours must keep no "inconsistent".
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from tests.check_factories import CountingList


def _verdicts(text: str, kind: str, stated: float, published: str = "2025-03-01") -> list[str]:
    record = extract_article(text, source="own_base.txt", published=published)
    return [c.verdict for c in record.checks if c.kind == kind and abs((c.stated or 0) - stated) < 0.06]


@pytest.mark.parametrize("text, kind, stated, verdict", [
    # the base after "since YEAR, when", the later figure in the sentence before
    ("The charity heard from 1,240 people in Cumbria in 2024. The number has more than doubled since 2021, when "
     "480 people got in touch.", "multiplier", 2.0, "consistent"),
    ("The line took 1,000 calls from Powys in 2024. Calls have trebled since 2019, when it took 410 calls from the "
     "county.", "multiplier", 3.0, "inconsistent"),
    ("Contacts from Moray reached 530 in 2023/24. They have nearly doubled since 2020/21, when 290 contacts were "
     "logged.", "multiplier", 2.0, "consistent"),
    ("Calls from Essex to the line have halved since 2020, when it took 1,300. In 2024 it took 640 calls from "
     "the county.", "multiplier", 0.5, "consistent"),
    # the base after "from", the later figure first in a breakdown, the place named by a compass area
    ("In 2024 the line heard from 800 people in the North West and 500 in the South East. In the north-west the "
     "number more than doubled from 350 in 2023.", "multiplier", 2.0, "consistent"),
    # a change: the base after "since YEAR, when", the latest figure in the next sentence
    ("Calls from Dorset to the line have risen by 50 per cent since 2022, when 420 were taken. In 2024 the line "
     "took 630 calls from Dorset.", "percentage", 50.0, "consistent"),
    ("Calls from Dorset to the line have risen by 60 per cent since 2022, when 420 were taken. In 2024 the line "
     "took 630 calls from Dorset.", "percentage", 60.0, "inconsistent"),
])
def test_the_base_its_sentence_gives_and_the_latest_figure(text, kind, stated, verdict):
    assert _verdicts(text, kind, stated)[:1] == [verdict]


@pytest.mark.parametrize("text, kind, stated", [
    # the latest figure is of a wider place
    ("Calls from Newport have doubled since 2022, when 300 were recorded. Across Wales the line took 2,900 calls "
     "in 2024.", "multiplier", 2.0),
    # several places' figures and a claim of no place: which one doubled is not said
    ("In 2024, 1,900 people in Kent, 800 in Sussex and 700 in Surrey contacted the line. The number more than "
     "doubled from 600 in 2023, the charity said.", "multiplier", 2.0),
    # the latest figure counts another thing
    ("Visits to the website have trebled since 2021, when 20,000 people visited. In 2024 the line took 9,000 "
     "calls.", "multiplier", 3.0),
    # a gross miss: "down 4%" set against a figure far above its base is another figure
    ("The line took 29,000 calls across the region in 2024. The western area was the only one to see a fall, "
     "down 4% from 3,900 in 2023.", "percentage", 4.0),
])
def test_no_verdict_against_a_figure_that_may_be_another(text, kind, stated):
    assert "inconsistent" not in _verdicts(text, kind, stated)


@pytest.mark.parametrize("text, stated, verdict", [
    # the sentence's own pair, after a change stated elsewhere
    ("Calls to the branch rose by 10 per cent in 2024. Chats rose faster - from 150 to 390, more than doubling.",
     2.0, "consistent"),
    ("Emails went up by a fifth last year, while texts climbed from 200 to 400, doubling.", 2.0, "consistent"),
    # "N times as many" with one count in its sentence and one in the sentence before
    ("The helpline answered 4,100 calls in 2024. Over the same period 12,400 calls went unanswered, three "
     "times as many as it took.", 3.0, "consistent"),
    ("The branch answered 1,500 calls in 2024. In the same year 3,100 calls went unanswered, four times as "
     "many as were answered.", 4.0, "inconsistent"),
])
def test_the_multipliers_own_figures(text, stated, verdict):
    assert _verdicts(text, "multiplier", stated)[:1] == [verdict]


@pytest.mark.parametrize("text, verdicts", [
    # a headline's plain "double" over the body's "more than doubled": only agreement is a verdict
    ("Calls to Fife line double\n\nCalls from Fife to the line more than doubled to 1,300 in 2024. In 2022 the "
     "line took 560 calls from Fife.", {"unverifiable", "consistent"}),
    # a headline's "double" that the body does not qualify keeps its verdict
    ("Calls to Fife line double\n\nCalls from Fife to the line reached 1,300 in 2024. In 2022 the line took 560 "
     "calls from Fife.", {"inconsistent"}),
])
def test_a_headline_that_shortens_the_body(text, verdicts):
    assert set(_verdicts(text, "multiplier", 2.0)) <= verdicts | {"consistent"}
    assert set(_verdicts(text, "multiplier", 2.0)) & verdicts


@pytest.mark.parametrize("text, stated", [
    ("Emails went up by a fifth last year, while texts climbed from 200 to 400.", 20.0),
    ("In Hull calls rose from 600 in 2023 to 690 in 2024, up 15 per cent, while in York they rose from 300 to "
     "390, up 30 per cent.", 15.0),
    ("In Hull calls rose from 600 in 2023 to 690 in 2024, up 15 per cent, while in York they rose from 300 to "
     "390, up 30 per cent.", 30.0),
    ("Chats grew by 40 per cent but calls fell from 1,000 in 2023 to 900 in 2024.", 40.0),
])
def test_a_pair_after_a_contrast_is_not_the_changes(text, stated):
    assert "inconsistent" not in _verdicts(text, "percentage", stated)



def test_the_latest_figure_reads_the_page_once():
    """A page of 3,000 dated counts of one measure, every tenth the base of a "doubled": the claims read the
    record's counts once (an index by measure and rate, latest first), not once per claim."""
    from pipeline.check.evidence import Evidence
    from pipeline.check.multiplier_bases import latest_figure
    from tests.check_factories import count, mult, record

    n = 3000
    counts = [count(f"c{i}", 100 + i, year=2000 + i % 20, at=60 * i, sentence=(60 * i, 60 * i + 50),
                    measure="helpline_calls") for i in range(n)]
    mults = [mult(f"m{i}", 2.0, "doubled", at=60 * i, sentence=(60 * i, 60 * i + 50), measure="helpline_calls")
             for i in range(0, n, 10)]
    rec = record(counts=counts, multipliers=mults)
    rec.counts = CountingList(rec.counts)
    ev = Evidence(rec, " " * (60 * n))
    CountingList.reads = 0
    for i, m in enumerate(mults):
        latest_figure(m, counts[10 * i], ev)
    assert CountingList.reads <= 3 * n

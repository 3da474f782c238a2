"""Changes and multipliers that the eighteenth round (branch checks18c) makes checkable, each beside neighbours that
must stay as they were:

- a change set off by dashes right after its noun ("The rise - 25 per cent - came ...") and a fraction of change
  restated in brackets ("up by more than a quarter (27%)") are changes, not shares
  (:mod:`pipeline.extract.percentage_kinds`);
- a base figure whose words name no thing ("The figure for Rutland in 2023 was 400, so the rise was 30 per cent")
  is of what the change compares (:func:`pipeline.check.change_pairs.alike`);
- a claim of a nation is never judged on a city's figures whose sentence names the nation too ("Of the Welsh calls,
  300 came from Newport"): the place that holds the other only says where it is (``body_links``, ``Evidence``);
- a change whose sentence holds no figure and names no time is about the two latest periods of its measure, whatever
  period the figure beside it lent it (:func:`pipeline.check.period_pairs._as_its_words_date`).

Sentences of our own writing, published 2025-05-01 ("last year" is 2024).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

FILLER = ("\n\nThe line is free and open every evening.\n\nAdvisers never ask a caller to give a name.\n\n")


def _record(text: str):
    return extract_article(text, source="set-off.txt", published="2025-05-01")


def _checks(text: str, kind: str, stated: float) -> list[tuple[str, tuple]]:
    record = _record(text)
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(by_id[i].value for i in c.inputs if i in by_id)) for c in record.checks
            if c.kind == kind and c.stated == stated]


@pytest.mark.parametrize("text, value, kind", [
    ("Rutland callers rose to 660 in 2024. The increase - 10 per cent - was the first in years.", 10.0, "change"),
    ("The jump \u2013 more than 40% \u2013 came after the campaign.", 40.0, "change"),
    ("The fall \u2014 almost 12 per cent \u2014 was put down to the new webchat.", 12.0, "change"),
    ("Calls rose to 500, up by more than a quarter (28%) on 2023.", 28.0, "change"),
    ("Texts fell by almost a third (31%) to 690 in 2024.", 31.0, "change"),
    ("Visits went up by nearly a fifth (19%) last year.", 19.0, "change"),
    # neighbours: a share set off by dashes or restating a fraction of a whole stays a share
    ("Men - 70% of callers - rang about their own behaviour.", 70.0, "share"),
    ("More than half (54%) of the callers were men.", 54.0, "share"),
    ("About a third (34%) of calls came at night.", 34.0, "share"),
    ("The line - which 15% of callers found online - is free.", 15.0, "share"),
])
def test_a_set_off_change_is_a_change(text, value, kind):
    found = [p.kind for p in _record(text).percentages if p.value == value]
    assert found == [kind]


@pytest.mark.parametrize("later, base_sentence, stated, verdict", [
    ("In the first half of 2024, 520 people from Rutland contacted the helpline.",
     "The figure for Rutland in the second half of 2023 was 400, meaning the rise was 30 per cent.", 30.0,
     "consistent"),
    ("Stop It Now! heard from 880 people in Rutland in 2024.",
     "The total for Rutland in 2023 was 800, which means contacts rose by 10 per cent.", 10.0, "consistent"),
    ("The helpline took 700 calls from Rutland in 2024.",
     "The number for Rutland in 2023 was 1,000, so calls fell by 30 per cent.", 30.0, "consistent"),
])
def test_a_base_figure_of_no_noun_is_the_changes(later, base_sentence, stated, verdict):
    checks = _checks(later + FILLER + base_sentence, "percentage", stated)
    assert checks and checks[0][0] == verdict


@pytest.mark.parametrize("text, stated", [
    # a figure of another place: never Rutland's base
    ("Stop It Now! heard from 520 people in Rutland in 2024." + FILLER
     + "The figure for Leicestershire in 2023 was 400, and the charity put Rutland's rise at 30 per cent.", 30.0),
    # a figure of another thing the words name
    ("The helpline took 520 calls from Rutland in 2024." + FILLER
     + "The figure for volunteers in 2023 was 40, and the line wants 30 per cent more this year.", 30.0),
])
def test_no_verdict_on_a_bare_figure_of_another_place_or_thing(text, stated):
    assert all(verdict == "unverifiable" for verdict, _ in _checks(text, "percentage", stated))


NATION = ("Calls to the gambling line from people in Wales {claim} last year, figures show.\n\n"
          "The line took {later:,} calls from Wales in 2024.\n\nIn 2023 it took {earlier:,} calls from Wales.\n\n"
          "Of the Welsh calls, 330 came from Newport, three times the 2023 figure of 110.")


@pytest.mark.parametrize("claim, later, earlier, verdict", [
    ("more than doubled", 2140, 1090, "inconsistent"),  # 1.96: the nation's figures, not Newport's trebling
    ("more than doubled", 2300, 1100, "consistent"),
    ("nearly doubled", 2100, 1000, "inconsistent"),
])
def test_a_nations_claim_is_not_judged_on_a_citys_figures(claim, later, earlier, verdict):
    text = NATION.format(claim=claim, later=later, earlier=earlier)
    factor = 2.0
    assert (verdict, (earlier, later)) in _checks(text, "multiplier", factor)
    assert ("consistent", (110, 330)) in _checks(text, "multiplier", 3.0)


def test_a_citys_claim_keeps_the_citys_figures():
    text = ("Calls from Newport to the gambling line trebled last year.\n\n"
            "Of the Welsh calls, 330 came from Newport in 2024, against 110 in 2023.")
    assert ("consistent", (110, 330)) in _checks(text, "multiplier", 3.0)


@pytest.mark.parametrize("text, stated, verdict", [
    ("The Rutland line took 1,200 calls in 2024 and 1,000 in 2023.\n\nThe increase - 18% - was smaller than "
     "hoped.", 18.0, "inconsistent"),
    ("The Rutland line took 1,200 calls in 2024 and 1,000 in 2023.\n\nThe increase - 20% - was smaller than "
     "hoped.", 20.0, "consistent"),
    # no measure of its own: the one of the figure the extractor linked it to
    ("The Rutland line took 900 calls in 2024.\n\nIt took 1,000 in 2023.\n\nThe fall - 12 per cent - surprised "
     "the charity.", 12.0, "inconsistent"),
])
def test_a_change_naming_no_time_is_of_the_two_latest_periods(text, stated, verdict):
    assert verdict in [v for v, _ in _checks(text, "percentage", stated)]


@pytest.mark.parametrize("text, stated", [
    # a run of three years holds two comparisons: no telling which
    ("The Rutland line took 1,200 calls in 2024, 1,000 in 2023 and 800 in 2022.\n\nThe increase - 18% - was "
     "smaller than hoped.", 18.0),
    # the claim's sentence names its own time: its period is its words', not the two latest
    ("The Rutland line took 1,200 calls in 2024 and 1,000 in 2023.\n\nIn 2022 the increase - 18% - was "
     "smaller than hoped.", 18.0),
])
def test_no_verdict_when_the_words_or_the_run_say_otherwise(text, stated):
    assert "inconsistent" not in [v for v, _ in _checks(text, "percentage", stated)]


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    # a reporting clause before the words that point back; the from-to pair's words say which figure is earlier
    ("Calls to the helpline from Rutland went up from 40 to 58 in the six months to September 2024.\n\n"
     "The charity says that's a rise of 40%.", 40.0, "inconsistent", (40, 58)),
    ("Calls to the helpline from Rutland went up from 50 to 60 in the six months to September 2024.\n\n"
     "The charity said this was a rise of 20 per cent.", 20.0, "consistent", (50, 60)),
    ("Texts to the line from Rutland fell from 80 to 60 over the same months.\n\n"
     "Stop It Now! says that is a fall of 25 per cent.", 25.0, "consistent", (80, 60)),
])
def test_a_reported_change_points_back_at_the_pair_before(text, stated, verdict, inputs):
    assert (verdict, inputs) in _checks(text, "percentage", stated)


@pytest.mark.parametrize("text, stated", [
    # two groups' pairs in the sentence before: no one pair is the change's
    ("Calls from men in Rutland went from 30 to 45 in 2024, and calls from women from 20 to 25.\n\n"
     "The charity says that's a rise of 40%.", 40.0),
])
def test_no_verdict_when_the_pair_before_is_not_the_changes(text, stated):
    assert "inconsistent" not in [v for v, _ in _checks(text, "percentage", stated)]


WHOLE = ("Calls to a national suicide prevention line have {claim} in five years.\n\nThe line took 150,000 calls in "
         "2019.\n\nLast year it answered {later}.\n\nIn Cumbria, calls rose from 6,000 in 2023 to 14,000 in 2024.")


@pytest.mark.parametrize("claim, later, verdict", [
    ("nearly doubled", "290,000", "consistent"),   # 1.93 over the whole's figures, not Cumbria's 2.33
    ("more than doubled", "320,000", "consistent"),
])
def test_a_claim_of_no_place_compares_the_wholes_figures(claim, later, verdict):
    text = WHOLE.format(claim=claim, later=later)
    value = int(later.replace(",", ""))
    assert (verdict, (150000, value)) in _checks(text, "multiplier", 2.0)
    assert "inconsistent" not in [v for v, _ in _checks(text, "multiplier", 2.0)]


def test_a_claim_of_no_place_over_one_places_figures_keeps_them():
    # no figure of the whole: the claim is about the one place the figures name, as before
    text = ("Calls to the helpline have more than doubled in a year.\n\nThe line took 14,000 calls from Cumbria in "
            "2024.\n\nIn 2023 it took 6,000.")
    assert ("consistent", (6000, 14000)) in _checks(text, "multiplier", 2.0)

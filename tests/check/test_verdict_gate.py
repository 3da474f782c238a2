"""The gate before "inconsistent" (:mod:`pipeline.check.verdict_gate`) and the one comparison a change points back
at (:mod:`pipeline.check.pointed_pairs`): a mismatch is a verdict only on figures surely the claim's own, and then
it is one.

Sentences of our own writing, published 2025-03-01 ("last year" is 2024).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.check.summary import kind_of
from pipeline.check.evidence import Evidence
from pipeline.check.verdict_gate import doubt
from pipeline.records import Check


def _checks(text: str, kind: str, stated: float) -> list[tuple[str, tuple]]:
    record = extract_article(text, source="gate.txt", published="2025-03-01")
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(by_id[i].value for i in c.inputs if i in by_id)) for c in record.checks
            if kind_of(c) == kind and c.stated is not None and abs(c.stated - stated) < 0.06]


def _verdicts(text: str, kind: str, stated: float) -> set[str]:
    return {v for v, _ in _checks(text, kind, stated)}


# --- a change that points back at the one comparison before it: both verdicts ------------------------------------

@pytest.mark.parametrize("text, stated, verdict, inputs", [
    # a from-to pair in the sentence right before
    ("Calls to the helpline from Moray went up from 40 in 2023 to 65 in 2024.\n\nThe charity says that is a rise "
     "of 60 per cent.", 60.0, "inconsistent", (40, 65)),
    ("Calls to the helpline from Angus went up from 40 to 65 over the same period.\n\nThat is a rise of 63 per "
     "cent.", 63.0, "consistent", (40, 65)),
    # one figure in each of the two sentences before
    ("Between April 2023 and March 2024 the line received 512 calls from Suffolk. In the previous year it received "
     "240. That is an increase of 112%.", 112.0, "inconsistent", (240, 512)),
    ("The line took 1,250 calls from Norfolk in 2024. The year before it took 1,000. That is a rise of 25 per "
     "cent.", 25.0, "consistent", (1000, 1250)),
    # a fall, and "this represents"
    ("Calls from Rutland fell from 800 in 2023 to 640 in 2024.\n\nThis represents a fall of 25 per cent.", 25.0,
     "inconsistent", (800, 640)),
    # another measure's pair stands before it: the pointer's pair is the one right before
    ("Its website had 3,000 visits from Fife in 2024, up from 1,000. Calls from Fife went up from 80 in 2023 to 100 "
     "in 2024. That is a rise of 30 per cent.", 30.0, "inconsistent", (80, 100)),
])
def test_a_change_pointing_back_is_judged_on_the_pair_before_it(text, stated, verdict, inputs):
    assert (verdict, inputs) in _checks(text, "percentage", stated)


@pytest.mark.parametrize("text, stated", [
    # an earlier figure of the measure: a run of years holds several comparisons
    ("In 2022 the line took 500 calls from Dorset. In 2023 it took 640. In 2024 it took 800. That is a rise of 60 "
     "per cent.", 60.0),
    # a gross miss on figures no year dates: the pointer may mean something else
    ("Calls from Moray went up from 40 to 65 over the same period.\n\nThe charity says that is a rise of 20 per "
     "cent.", 20.0),
    # the change names a time of its own: its own comparison, not the one before
    ("Calls from Moray went up from 40 in 2023 to 65 in 2024.\n\nThat is a rise of 60 per cent on 2022.", 60.0),
    # the sentence before states its own change
    ("Calls from Moray went up from 40 in 2023 to 65 in 2024, a rise of 63 per cent.\n\nThat is a rise of 60 per "
     "cent in texts.", 60.0),
])
def test_no_verdict_when_the_pointer_may_mean_another_pair(text, stated):
    assert "inconsistent" not in _verdicts(text, "percentage", stated)


# --- the gate: figures that may be another thing's give no "inconsistent" ------------------------------------------

@pytest.mark.parametrize("text, stated", [
    # a total that restates a figure stated before, of another place
    ("Between January and June 2024, 2,450 people from Yorkshire contacted the line.\n\nLeeds accounted for 980 of "
     "the 2,450 contacts, followed by Sheffield with 610 and Bradford with 455.", 2450.0),
    ("In 2024, 3,100 people from Lancashire contacted the line.\n\nPreston accounted for 1,200 of the 3,100 "
     "contacts, followed by Blackpool with 700 and Burnley with 400.", 3100.0),
    # a total below one of its parts counts something else
    ("Calls from three of Scotland's biggest cities rose last year.\n\nThe line took 1,150 calls from Glasgow, "
     "Edinburgh and Aberdeen in 2024. The breakdown was:\n\nGlasgow: 600\n\nEdinburgh: 350\n\nAberdeen: 200", 3.0),
    ("Calls from four of England's biggest cities rose last year.\n\nThe line took 1,500 calls from Leeds, Bristol, "
     "Sheffield and Liverpool in 2024. The breakdown was:\n\nLeeds: 500\n\nBristol: 400\n\nSheffield: 350\n\n"
     "Liverpool: 250", 4.0),
])
def test_no_inconsistent_sum_on_a_total_that_is_not_the_parts(text, stated):
    assert "inconsistent" not in _verdicts(text, "sum", stated)


@pytest.mark.parametrize("text", [
    # a national claim over a region's pair, the national figures stated too
    "Calls to a national suicide prevention line have nearly doubled.\n\nThe line took 52,000 calls in 2023. Last "
    "year it answered 101,000.\n\nIn Yorkshire, calls rose from 3,100 in 2023 to 7,000 in 2024.",
    "Calls to the national helpline have nearly doubled.\n\nIt took 30,000 calls in 2023 and 58,000 in 2024.\n\n"
    "In Kent, calls went from 1,000 in 2023 to 2,400 in 2024.",
])
def test_no_inconsistent_multiplier_on_another_places_pair(text):
    assert "inconsistent" not in _verdicts(text, "multiplier", 2.0)


@pytest.mark.parametrize("text, kind, stated", [
    # the gate keeps what is surely the claim's: a listed total of exactly the parts' places, a county's own pair
    ("The line took 1,210 calls from Dundee, Perth and Stirling in 2024: 520 from Dundee, 380 from Perth and 250 "
     "from Stirling.", "sum", 1210.0),
    ("Calls from Essex doubled last year, from 300 in 2023 to 621 in 2024.", "multiplier", 2.0),
    ("Calls from Rutland fell from 800 in 2023 to 600 in 2024, a fall of 20 per cent.", "percentage", 20.0),
])
def test_the_gate_keeps_a_misstatement_on_the_claims_own_figures(text, kind, stated):
    found = _verdicts(text, kind, stated)
    assert "inconsistent" in found or not found, found  # never softened by the gate (the finders may miss it)
    record = extract_article(text, source="gate.txt", published="2025-03-01")
    ev = Evidence(record, text)
    for check in record.checks:
        if check.kind == kind and check.verdict == "inconsistent":
            assert doubt(check, ev) is None


def test_a_doubt_is_written_into_the_explanation():
    text = ("Between January and June 2024, 2,450 people from Yorkshire contacted the line.\n\nLeeds accounted for "
            "980 of the 2,450 contacts, followed by Sheffield with 610 and Bradford with 455.")
    record = extract_article(text, source="gate.txt", published="2025-03-01")
    notes = [c.explanation for c in record.checks if c.kind == "sum" and "restates" in c.explanation]
    assert all("so no verdict" in n for n in notes)


def test_doubt_leaves_other_kinds_alone():
    record = extract_article("The line took 400 calls.", source="gate.txt", published="2025-03-01")
    check = Check(id="k1", kind="sum", claim_ref="c1", inputs=[], stated=1.0, computed=2.0,
                  verdict="inconsistent", tolerance="", explanation="", relation="difference")
    assert doubt(check, Evidence(record, "The line took 400 calls.")) is None


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    # a county's claim linked to a town's pair is judged on the county's own figures, both ways
    ("Calls from Wales more than doubled last year.\n\nThe line took 2,140 calls from Wales in 2024.\n\nIn 2023 it "
     "took 1,090.\n\nOf the Welsh calls, 318 came from Swansea, almost three times the 2023 figure of 110.", 2.0,
     "inconsistent", (1090, 2140)),
    ("Calls from Wales more than doubled last year.\n\nThe line took 2,340 calls from Wales in 2024.\n\nIn 2023 it "
     "took 1,090.\n\nOf the Welsh calls, 318 came from Swansea, almost three times the 2023 figure of 110.", 2.0,
     "consistent", (1090, 2340)),
])
def test_a_claim_over_another_places_pair_is_judged_on_its_own(text, stated, verdict, inputs):
    assert (verdict, inputs) in _checks(text, "multiplier", stated)

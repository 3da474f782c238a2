"""Nineteenth round's verdict rules (branch checks19a): a worded ratio's qualifier gives its tolerance, parts that
are the rest of a place do not exhaust it, a claim naming another thing or the nation gets no "inconsistent" on a
place's or another measure's pair, and figures surely the claim's own give both verdicts: the article's one
comparison under a lede's "doubled" (:mod:`pipeline.check.sole_pairs`), "N times as many ... as N years ago" on the
only pair of its measure and place.

Sentences of our own writing, published 2025-03-01 ("last year" is 2024).
"""
from __future__ import annotations

from fractions import Fraction

import pytest

from pipeline import extract_article
from pipeline.check.share_verdicts import accept_share
from pipeline.check.tolerances import Tolerances


def _verdicts(text: str, kind: str, stated: float) -> list[tuple[str, tuple]]:
    record = extract_article(text, source="quality.txt", published="2025-03-01")
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(sorted(by_id[i].value for i in c.inputs if i in by_id))) for c in record.checks
            if c.kind == kind and c.stated is not None and abs(c.stated - stated) < 0.06]


# --- "nearly one in N": decision 10's [0.9X, X), or the band's edge when lower -----------------------------------

@pytest.mark.parametrize("words, value, lo", [
    ("nearly one in ten", 10, Fraction(9)),          # the band alone gave [9.55, 10)
    ("almost one in eight", 12.5, Fraction(45, 4)),  # [11.25, 12.5), the band's [11.81, 12.5)
    ("nearly one in five", 20, Fraction(18)),        # [18, 20), the band's [18.33, 20)
    ("nearly one in four", 25, Fraction(45, 2)),     # both give 22.5
    ("nearly one in twenty", 5, Fraction(9, 2)),     # [4.5, 5), the band's [4.88, 5)
])
def test_nearly_one_in_n_takes_the_wider_of_decision_10_and_the_band(words, value, lo):
    accept, _ = accept_share(float(value), "nearly", Tolerances(), words)
    assert accept.lo == lo and accept.hi == Fraction(value)


@pytest.mark.parametrize("text, stated, verdict", [
    ("The helpline took 9,800 calls in 2024. Callers from Wiltshire made 905 of those calls, nearly one in ten of the "
     "total.", 10.0, "consistent"),
    ("The helpline took 12,400 calls in 2024. Callers from Dorset made 1,020 of those calls, nearly one in ten of "
     "the total.", 10.0, "inconsistent"),
    ("Stop It Now! heard from 6,000 people across the South West in 2024. People from Somerset made 690 of those "
     "contacts, nearly one in eight of the total.", 12.5, "consistent"),
    ("The helpline took 4,000 calls in 2024. Callers from Hampshire made 640 of those calls, almost one in five of "
     "the total.", 20.0, "inconsistent"),
])
def test_a_nearly_ratio_is_judged_in_its_tolerance(text, stated, verdict):
    assert verdict in {v for v, _ in _verdicts(text, "share", stated)}


# --- parts that are the rest of a place ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, total", [
    ("Stop It Now! heard from 2,040 people across Kent and Sussex in 2024. Medway accounted for 310 of them. The rest "
     "of Kent accounted for 1,150 and Sussex for 580.", 2040.0),
    ("The gambling helpline took 1,500 calls from Devon and Cornwall in 2024. Exeter made 220 of them. Calls from the "
     "remainder of Devon came to 760, and Cornwall made 520.", 1500.0),
    ("The helpline took 900 calls from Gwent and Dyfed-Powys in 2024. Newport made 200 of them. Elsewhere in Gwent "
     "there were 400 calls, and Dyfed-Powys made 300.", 900.0),
])
def test_parts_that_are_the_rest_of_a_place_are_no_shortfall(text, total):
    assert "inconsistent" not in {v for v, _ in _verdicts(text, "sum", total)}


@pytest.mark.parametrize("text, total", [
    # the place's other figure is among the parts: the list exhausts the total, a misprint is a verdict
    ("The helpline took 3,010 calls from Lancashire and Cumbria in 2024, 420 from Preston, 1,700 from the rest of "
     "Lancashire and 800 from Cumbria.", 3010.0),
])
def test_a_rest_beside_its_place_s_other_part_keeps_the_verdict(text, total):
    assert "unverifiable" not in {v for v, _ in _verdicts(text, "sum", total)} or not _verdicts(text, "sum", total)


# --- a claim naming another thing, or the nation --------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, stated", [
    ("Stop It Now! heard from 5,200 people in 2024, up from 4,000 in 2023, a rise of 30 per cent. The number of "
     "warning pages shown to people searching for abuse images has trebled over the same period.", "multiplier", 3.0),
    ("The Samaritans branch in Bath took 800 calls in 2024, up from 640 in 2023. The number of printed self-help "
     "guides handed out rose by 40 per cent over the same period.", "percentage", 40.0),
    ("Calls to a national helpline for gamblers have doubled, the charity that runs it says. In Kent, the line took "
     "300 calls in 2024, up from 200 in 2023, a rise of 50 per cent.", "multiplier", 2.0),
    ("Calls to the helpline have doubled nationally. In Surrey, it took 450 calls in 2024, up from 300 in 2023.",
     "multiplier", 2.0),
])
def test_another_thing_s_or_a_place_s_pair_gives_no_inconsistent(text, kind, stated):
    assert "inconsistent" not in {v for v, _ in _verdicts(text, kind, stated)}


@pytest.mark.parametrize("text, kind, stated, verdict", [
    # a claim that names nothing points back at the pair: still a verdict
    ("Calls to the helpline from Angus went up from 40 to 65 over the same period.\n\nThe charity says that's a rise "
     "of 60 per cent.", "percentage", 60.0, "inconsistent"),
    # "the number of calls" names our measure
    ("The line took 1,300 calls from Bristol in 2024, up from 1,000 in 2023. The number of calls rose by 25 per cent "
     "over the same period.", "percentage", 25.0, "inconsistent"),
])
def test_a_claim_of_our_measure_keeps_its_verdict(text, kind, stated, verdict):
    assert verdict in {v for v, _ in _verdicts(text, kind, stated)}


# --- figures surely the claim's own ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, stated, verdict, inputs", [
    ("Demand at the Samaritans branch in Norwich has doubled in a year. The branch answered 3,120 calls in 2024. In "
     "2023 it answered 1,850 calls, which the branch says is a rise of 69 per cent.", 2.0, "inconsistent", (1850, 3120)),
    ("Calls to a York gambling support line have nearly doubled. The line took 630 calls in 2024. In 2023 it took 300 "
     "calls, and the charity puts the rise at 110 per cent.", 2.0, "inconsistent", (300, 630)),
    ("Calls to the gambling helpline from Gloucester have halved. The line took 260 calls from the city in 2024. In "
     "2023 it took 420 calls, a fall of 38 per cent.", 0.5, "inconsistent", (260, 420)),
    ("Calls to a national suicide prevention line have more than doubled. The line took 19,000 calls in 2024. In 2023 "
     "it took 10,000 calls, a rise of 90 per cent.", 2.0, "inconsistent", (10000, 19000)),
    ("Contacts to Stop It Now! from Leeds have trebled. The charity heard from 930 people in the city in 2024. In 2023 "
     "it heard from 310 people, a rise of 200 per cent.", 3.0, "consistent", (310, 930)),
    # "as N years ago": the only pair of its measure and place
    ("Four times as many people in Suffolk are now calling the Respect Phoneline as six years ago. In 2024, 880 "
     "callers from Suffolk rang the line. In 2018 the figure was 250.", 4.0, "inconsistent", (250, 880)),
    ("Twice as many people in Cheshire contacted Stop It Now! last year as five years ago. In 2024, 610 people from "
     "Cheshire got in touch. In 2019 the figure was 300.", 2.0, "consistent", (300, 610)),
])
def test_figures_surely_the_claim_s_give_both_verdicts(text, stated, verdict, inputs):
    assert (verdict, inputs) in _verdicts(text, "multiplier", stated)


@pytest.mark.parametrize("text, stated", [
    # two comparisons in the article: which one the lede's "doubled" states is not certain
    ("Demand at the Samaritans branch in Norwich has doubled in a year. The branch answered 3,120 calls in 2024. In "
     "2023 it answered 1,850 calls, which the branch says is a rise of 69 per cent. Its volunteers replied to 520 "
     "emails in 2024, up from 400 in 2023, a rise of 30 per cent.", 2.0),
    # another pair of the same periods stands beside the one stated change: not the article's one comparison
    ("In 2023, 500 people from Angus contacted the helpline. Last year that figure doubled, the charity said. It "
     "heard from 1,020 people in Angus in 2024. Calls from Angus were up 10 per cent: 330 in 2024, against 300 in "
     "2023.", 2.0),
    # a run of years: "as five years ago" over three dated figures is agreement only
    ("Twice as many people in Derbyshire contacted Stop It Now! last year as five years ago. In 2024, 610 people from "
     "Derbyshire got in touch. In 2019 the figure was 250, and in 2022 it was 450.", 2.0),
])
def test_figures_not_surely_the_claim_s_give_no_inconsistent(text, stated):
    assert "inconsistent" not in {v for v, _ in _verdicts(text, "multiplier", stated)}


# --- a table's last row lends its label to no prose after it ----------------------------------------------------

@pytest.mark.parametrize("base, verdict", [("1,000", "inconsistent"), ("1,050", "consistent")])
def test_prose_after_a_table_is_not_of_the_last_row_s_place(base, verdict):
    text = ("From January to June 2024, 1,260 people from Tayside contacted the Stop It Now! helpline.\n\nThat is a rise "
            "of 20 per cent, the charity says.\n\nBy council area:\n\nDundee - 700\n\nPerth and Kinross - 360\n\nAngus - "
            f"200\n\nThe figure for July to December 2023 was {base}.\n")
    record = extract_article(text, source="rows.txt", published="2024-08-01")
    by_id = {c.id: c.value for c in record.counts}
    found = {(c.verdict, tuple(sorted(by_id[i] for i in c.inputs))) for c in record.checks if c.kind == "percentage"}
    assert (verdict, (int(base.replace(",", "")), 1260)) in found


@pytest.mark.parametrize("line, row", [
    ("Calderdale - 160", True), ("Moray: 610", True), ("Rest of Wales: 399", True), ("Perth and Kinross \u2013 360", True),
    ("The figure for the previous six months was 1,610.", False), ("In 2024 - 300 calls", False),
])
def test_a_row_line_is_a_label_and_one_figure(line, row):
    from pipeline.check.within import _ROW_LINE
    assert bool(_ROW_LINE.fullmatch(line)) is row

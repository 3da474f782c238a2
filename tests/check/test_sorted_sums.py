"""A list sorted by place under the total before it ("By nation, 5,200 were in England, ...":
``pipeline/check/sorted_sums.py``).  Sentences of our own writing that vary the opener ("By nation,", "By region,",
"Broken down by county:"), what stands between the total and the list, and the verdict; and neighbours that must
get no verdict from the rule: a list that may leave places out, a sum far off, parts of another year, no opener.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

UK = "Stop It Now! heard from {total} people across the UK in 2024, the charity said."
NATIONS = "By nation, {england} were in England, 800 in Scotland, 450 in Wales and 250 in Northern Ireland."


def _sums(text: str, rule: bool = False) -> list[tuple[float, str, int]]:
    """The sum checks of a text (only the rule's own, by its words, when ``rule``)."""
    record = extract_article(text, source="sorted_sums.txt", published="2025-03-01")
    return [(c.stated, c.verdict, len(c.inputs)) for c in record.checks
            if c.kind == "sum" and (not rule or "sort by place" in c.explanation)]


@pytest.mark.parametrize("text, stated, verdict, parts", [
    # the four nations right after the UK's total
    (UK.format(total="8,000") + " " + NATIONS.format(england="6,500"), 8000, "consistent", 4),
    (UK.format(total="8,000") + " " + NATIONS.format(england="6,600"), 8000, "inconsistent", 4),
    # a sentence of channels between the total and the list
    (UK.format(total="8,000") + " Of those, 1,900 phoned the helpline and 6,100 used the website. "
     + NATIONS.format(england="6,500"), 8000, "consistent", 4),
    (UK.format(total="8,100") + " Of those, 1,900 phoned the helpline and 6,200 used the website. "
     + NATIONS.format(england="6,500"), 8100, "inconsistent", 4),
    # parts written as people in a place, after a sentence of channels (the extractor gives them no measure)
    ("Stop It Now! helped 9,300 people across the UK in the year to March 2025. Of them, 2,100 called the helpline "
     "and 7,200 used the website. By nation, 7,640 people were in England, 850 in Scotland, 520 in Wales and 190 "
     "in Northern Ireland.", 9300, "inconsistent", 4),
    ("Stop It Now! helped 9,200 people across the UK in the year to March 2025. Of them, 2,100 called the helpline "
     "and 7,100 used the website. By home nation, 7,640 people were in England, 850 in Scotland, 520 in Wales and "
     "190 in Northern Ireland.", 9200, "consistent", 4),
    # "By region," under a country's total, the list agreeing
    ("The helpline took 2,600 calls from Wales in 2024. By region, North Wales accounted for 700, South Wales for "
     "1,500 and Mid Wales for 400.", 2600, "consistent", 3),
    # "Broken down by county:" with a colon
    ("The charity was contacted 1,900 times from the South West last year. Broken down by county: 700 came from "
     "Devon, 500 from Cornwall and 700 from Somerset.", 1900, "consistent", 3),
])
def test_a_list_sorted_by_place_is_summed(text: str, stated: float, verdict: str, parts: int) -> None:
    assert (stated, verdict, parts) in _sums(text)


@pytest.mark.parametrize("text, stated", [
    # places that may leave others out: a shortfall proves nothing
    (UK.format(total="8,000") + " By nation, 6,500 were in England and 800 in Scotland.", 8000),
    # a sum far off the total (more than a tenth): likely another total's list
    (UK.format(total="8,000") + " " + NATIONS.format(england="4,500"), 8000),
    # parts of another year than the total's
    (UK.format(total="8,000") + " By nation in 2022, 5,500 were in England, 800 in Scotland, 450 in Wales and 250 "
     "in Northern Ireland.", 8000),
    # no opener sorting the list by place
    (UK.format(total="8,000") + " Of the total, 6,600 were in England, 800 in Scotland, 450 in Wales and 250 in "
     "Northern Ireland.", 8000),
])
def test_no_verdict_of_the_rule_on_a_list_that_may_leave_places_out(text: str, stated: float) -> None:
    assert not any(s == stated for s, _, _ in _sums(text, rule=True))


def test_the_opener_rule_finds_no_total_of_another_place() -> None:
    text = ("The line took 3,000 calls from Scotland in 2024. By council area, 900 came from Leeds, 700 from "
            "Bradford and 1,400 from Wakefield.")
    assert not _sums(text, rule=True)

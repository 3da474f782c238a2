"""The place of a change and of a "doubled", in sentences of our own (ANNOTATION.md decision 12).

Decision 12 says a count's region is null when its sentence names no place. The annotators of the four blind
probe sets (heldout12-15) read it so for percentages too: of the percentages whose sentence names no place and to
which the extractor gave the place of the count before, they left 30 null and gave 7 a place. So a percentage or a
multiplier is published with the places its own sentence names, else none ("That is up 30% on 2022.", "The number
has doubled.", "Contacts from the county rose 35%"); the places it takes from before go to ``context_regions``,
which the checks pair it by, as a count's do. One exception keeps the seeds' gold: a change stated right after a
count whose sentence opens with a frame of place ("In the North West, 18,036 people ... This is a 106% increase")
takes the frame's place (``inherited_places.framed_places``); no blind set has such a change either way.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.check.within import placed_by_context

KENT = "Stop It Now! heard from 1,300 people in Kent in 2023, up from 1,000 in 2022."


def _fact(text: str, value: float, kind: str = "percentages"):
    record = extract_article(text, source="changes.txt", published="2024-03-01")
    key = "factor" if kind == "multipliers" else "value"
    return next(f for f in getattr(record, kind) if round(getattr(f, key), 1) == round(value, 1))


@pytest.mark.parametrize("text, value, own, context", [
    # no place in the change's own sentence: none published, the count's kept for the checks
    (KENT + " That is up 30 per cent.", 30, [], ["Kent"]),
    (KENT + " This represents a rise of 30%.", 30, [], ["Kent"]),
    (KENT + " That's 30% more than a year earlier.", 30, [], ["Kent"]),
    (KENT + " It is a 30 per cent increase.", 30, [], ["Kent"]),
    ("Stop It Now! heard from 1,300 people in Kent in 2023. The figure was 1,000 in 2022, a rise of 30%.", 30, [],
     ["Kent"]),
    ("In 2023, 3,900 people in the North East sought help. That compares with 3,000 in 2022, an increase of 30%.",
     30, [], ["North East"]),
    (KENT + " Contacts from the county were up 30 per cent.", 30, [], ["Kent"]),
    (KENT + " Across the region, calls rose by 30%.", 30, [], ["Kent"]),
    # a change stated next about a count whose sentence opens with a frame of place ("In the North West, ...") is
    # stated inside that frame: the frame's place is its own (the seeds' gold); not a place inside the clause
    ("In the East Midlands, 3,100 people sought help in 2023. This is a 40% increase on 2022.", 40,
     ["East Midlands"], []),
    ("Across Wales, 2,400 people sought help in 2023. That is up 30 per cent on 2022.", 30, ["Wales"], []),
    ("In 2023, 3,100 people in the East Midlands sought help. This is a 40% increase on 2022.", 40, [],
     ["East Midlands"]),
    # the change's own sentence names its place
    (KENT + " In Medway, contacts rose by 12 per cent.", 12, ["Medway"], []),
    ("Stop It Now! heard from 1,300 people in Kent in 2023, up 30% on 2022.", 30, ["Kent"], []),
    ("Calls from Wales to the line rose by 18% in 2023.", 18, ["Wales"], []),
    ("Welsh callers made 18% more calls in 2023 than in 2022.", 18, ["Wales"], []),
])
def test_the_place_of_a_change(text, value, own, context):
    fact = _fact(text, value)
    assert (fact.regions, fact.context_regions) == (own, context)


@pytest.mark.parametrize("text, own, context", [
    # a "doubled" takes no place from the count before it, only one it points back to ("the county")
    ("In 2023, 1,680 people in Lancashire contacted Stop It Now!, up from 840 in 2022. The number has doubled.",
     [], []),
    ("In 2023, 1,680 people in Lancashire contacted Stop It Now!. Contacts from the county have doubled since 2021.",
     [], ["Lancashire"]),
    ("Contacts from Lancashire have doubled since 2021.", ["Lancashire"], []),
    ("In 2023, 1,680 people contacted Stop It Now!. In Lancashire the number has doubled.", ["Lancashire"], []),
])
def test_the_place_of_a_doubling(text, own, context):
    fact = _fact(text, 2.0, "multipliers")
    assert (fact.regions, fact.context_regions) == (own, context)


def test_the_checks_read_a_change_by_the_places_it_took():
    fact = _fact(KENT + " That is up 30 per cent.", 30)
    assert placed_by_context(fact).regions == ["Kent"]
    assert placed_by_context(_fact("Calls from Wales to the line rose by 18% in 2023.", 18)).regions == ["Wales"]

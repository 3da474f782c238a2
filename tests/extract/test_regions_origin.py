"""A count's place when its own words give its origin, and places whose names are also words or names, in sentences
of our own (ANNOTATION.md decision 12: a count's places are those its sentence names).

- **A figure's own origin over the place of the body that states it**: "Stop It Now! Scotland said 412 people from
  the Kingdom got in touch" is Fife's figure, "... from the region" no place's: the body only states it
  (``place_roles.own_origin_after``); "from across the country" is the body's own place. A body that states a
  figure naming no origin of its own still gives its place ("Stop It Now! Northern Ireland recorded 610 contacts").
- **Nicknames** (``place_nicknames``, ``nicknames`` of ``data/regions_rules.json``): "the Kingdom", "the Duchy", read
  as their place only in a text that names it otherwise too.
- **One sense per text for names that are also words or names** ("Derby", "Lincoln", "Bradford", "Highland"): shown
  once to be the place ("in Derby"), the name is the place where nothing else shows it: opening a sentence, before
  "'s", opening a line's name ("the Highland Listening Line": ``place_line_names``); not before a capitalised name
  that ends otherwise ("Lincoln Smith"), nor beside a speech verb.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.regions import find_regions


def _places(text: str, value: int) -> list[str]:
    record = extract_article(text, source="origin.txt", published="2025-03-01")
    return next(c for c in record.counts if c.value == value).regions


FIFE = "More people in Fife are asking for help. "
CORNWALL = "Calls from Cornwall are rising. "


@pytest.mark.parametrize("text, value, places", [
    # the figure's own origin: the body's place is not the figure's
    (FIFE + "Stop It Now! Scotland said 412 people from the Kingdom got in touch in 2024.", 412, ["Fife"]),
    (FIFE + "Stop It Now! Scotland recorded 131 contacts from the Kingdom in 2024.", 131, ["Fife"]),
    (CORNWALL + "GamCare said 388 calls to its helpline came from the Duchy in 2024.", 388, ["Cornwall"]),
    # "the country" is the body's own place (the blind sets' annotators: Scotland in three of four such facts)
    ("Stop It Now! Wales said 1,460 people from across the country contacted it in 2024.", 1460, ["Wales"]),
    ("Stop It Now! Wales said 1,460 people from all over the country contacted it in 2024.", 1460, ["Wales"]),
    ("Stop It Now! Scotland said 173 people from the region contacted it in 2024.", 173, []),
    ("Stop It Now! Scotland said 173 people in the council area contacted it in 2024.", 173, []),
    ("Stop It Now! Wales said 95 people from Wrexham got in touch in 2024.", 95, ["Wrexham"]),
    ("Stop It Now! Scotland said 410 people in Aberdeenshire contacted its helpline in 2024.", 410, ["Aberdeenshire"]),
    ("Figures published by Stop It Now! Scotland show 88 people from Tayside got in touch in 2024.", 88, ["Tayside"]),
    # no origin of the figure's own: the source's place
    ("Stop It Now! Northern Ireland recorded 610 contacts in 2024.", 610, ["Northern Ireland"]),
    ("Stop It Now! Scotland said 2,950 people contacted its helpline in 2024.", 2950, ["Scotland"]),
    ("Stop It Now! Wales said 1,734 people got in touch in 2024, up from 1,500 in 2023.", 1734, ["Wales"]),
    # a body that is not the source: never the figure's place, as before
    ("In 2024, 560 people used the website run by Stop It Now! Scotland.", 560, []),
])
def test_a_figures_own_origin(text, value, places):
    assert _places(text, value) == places


@pytest.mark.parametrize("text, found", [
    (FIFE + "It said 412 people from the Kingdom called.", ["Fife", "Fife"]),
    (CORNWALL + "It said 388 calls came from the Duchy.", ["Cornwall", "Cornwall"]),
    ("The Granite City has a new line. Aberdeen is busy.", ["Aberdeen", "Aberdeen"]),
    # the place not named otherwise: the nickname names none
    ("The helpline takes calls from all over the Kingdom.", []),
    ("Stop It Now! works across the United Kingdom.", ["United Kingdom"]),
    ("The Duchy owns land and farms.", []),
])
def test_nicknames_only_beside_their_place(text, found):
    assert [m.name for m in find_regions(text)] == found


@pytest.mark.parametrize("text, value, places", [
    ("An MP in Derby raised the figures. Derby callers made up 186 of the 1,300 calls in 2024.", 186, ["Derby"]),
    ("A helpline for gamblers in Derby opened in 2023. Derby's gambling helpline answered 455 calls in 2024.", 455,
     ["Derby"]),
    ("Demand in Lincoln is growing. Lincoln accounted for 210 of the calls in 2024.", 210, ["Lincoln"]),
    ("A line was set up by the council in Bradford. The Bradford District Gambling Line took 640 calls in 2024.", 640,
     ["Bradford"]),
    ("The council in Bradford has a new line. Bradford District's own support line took 912 calls in 2024.", 912, ["Bradford"]),
    ("A listening line in Highland is busy. The Highland Listening Line answered 2,310 calls in 2024.", 2310,
     ["Highland"]),
    # never shown to be the place: no place, as before
    ("Derby callers made up 186 of the 1,300 calls to the line in 2024.", 186, []),
    ("The Highland Listening Line answered 2,310 calls in 2024.", 2310, []),
])
def test_one_sense_for_names_that_are_also_words(text, value, places):
    assert _places(text, value) == places


@pytest.mark.parametrize("text, found", [
    # a person of the place's name: a capitalised name after it that is no line's, or a speech verb
    ("Calls in Lincoln rose. Lincoln Smith, who runs the line, is pleased.", ["Lincoln"]),
    ("Calls in Derby rose, Derby said.", ["Derby"]),
    ("The branch in Preston is busy. Preston Jones leads it.", ["Preston"]),
])
def test_one_sense_spares_people(text, found):
    assert [m.name for m in find_regions(text)] == found

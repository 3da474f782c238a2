"""Places: the Humber beside the counties of Yorkshire and the Humber, a town the text names elsewhere opening a
headline, and the national line that implies the United Kingdom in an article of a devolved nation.

Sentences of our own writing, varied along: the Humber with and without "the", a list of parts or a single mention;
the town's headline word after it (a branch word, a lower-case noun, a verb), with and without the body's evidence;
the nation (Wales, Scotland, Northern Ireland), the line's words (the National Gambling Helpline, a national suicide
prevention helpline) against "across the country".
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("sentence, value, region", [
    ("West Yorkshire accounted for 9,870 conversations, South Yorkshire 6,104, the Humber 3,560 and North Yorkshire "
     "3,380.", 3560, ["Humber"]),
    ("Calls from the Humber rose to 3,560 in 2022.", 3560, ["Humber"]),
    ("Calls from Yorkshire and the Humber rose to 22,914 in 2022.", 22914, ["Yorkshire and The Humber"]),
])
def test_the_humber_is_a_place(sentence, value, region):
    record = extract_article("Text line busy\n\n15 August 2023\n\n" + sentence + "\n", source="t.txt")
    [fact] = [c for c in record.counts if c.value == value]
    assert fact.regions == region


_BODY = ("\n\nThe Cork branch of Samaritans answered 11,870 calls in the first three months of this year, compared "
         "with 9,410 in the same period of 2022.\n\nPublished 19 April 2023\n")


@pytest.mark.parametrize("headline, body, regions", [
    ("Cork Samaritans branch busier than ever as calls rise by more than a quarter", _BODY, ["Cork"]),
    ("Cork helpline calls up 26%", _BODY, ["Cork"]),
    ("Cork volunteers took 26% more calls", _BODY, ["Cork"]),
    # no evidence in the body that the word is the town: not the place
    ("Cork helpline calls up 26%", "\n\nThe branch answered 11,870 calls in the first three months of this year, "
     "compared with 9,410 in the same period of 2022.\n\nPublished 19 April 2023\n", []),
])
def test_a_town_named_elsewhere_is_the_place_opening_a_headline(headline, body, regions):
    record = extract_article(headline + body, source="t.txt")
    assert [p.regions for p in record.percentages][:1] == [regions]


@pytest.mark.parametrize("nation, line, uk", [
    ("Wales", "The National Gambling Helpline took 3,612 calls from people in Wales in 2022/23.", True),
    ("Northern Ireland", "Calls to the National Gambling Helpline from Northern Ireland rose to 1,274 in 2022.", True),
    ("Wales", "Contacts to a national suicide prevention helpline from young people in Wales rose to 840 in 2022.",
     True),
    ("Scotland", "The national gambling helpline took 2,100 calls from Scotland in 2022.", True),
    # "across the country" in an article of a nation is that nation
    ("Wales", "The charity took 3,612 calls from people across the country in 2022, all of them in Wales.", False),
])
def test_a_national_line_implies_the_united_kingdom_in_a_nations_article(nation, line, uk):
    record = extract_article("Calls rise\n\n11 July 2023\n\n" + line + "\n", source="t.txt")
    names = [r.name if hasattr(r, "name") else r for r in record.regions]
    assert (nation in names, "United Kingdom" in names) == (True, uk)

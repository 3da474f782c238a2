"""Sums and shares whose figures the article states apart from the claim (branch checks18b): a whole a sentence
restates by its figure ("Of the 3,600 contacts, ...", "131 of the 420"), a list set out in a sentence ("made up as
follows: Bristol 910; Devon 780; ..."), list lines labelled by a name that is also a word or a person's ("Moray:
310"), a total that adds up the lines before it, a place's share whose part and whole stand before or after it.
Sentences of our own writing that vary each shape, with neighbours that must stay unchecked or undecided: parts of
another year, a monthly rate, a figure that restates nothing, a later total of the same place and year.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, kind: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="restated_parts.txt", published="2025-02-01")
    by_id = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, sorted(by_id.get(i, -1) for i in c.inputs)) for c in record.checks if c.kind == kind]


@pytest.mark.parametrize("text, total, verdict, parts", [
    # "Of the <figure> <noun>," restates the whole stated before
    ("People in Norfolk contacted the helpline 2,600 times in 2024. Of the 2,600 contacts, 1,700 were phone calls "
     "and 900 were web chats.", 2600, "consistent", [900, 1700]),
    ("The line took 1,450 calls from Dorset in 2024. Of the 1,450 calls, 1,000 were from men, while 400 were from "
     "women.", 1450, "inconsistent", [400, 1000]),
    ("The line took 3,300 calls from Kent in 2024, about 275 a month. Of the 3,300 calls, 1,300 came from Medway and "
     "2,000 from the rest of the county.", 3300, "consistent", [1300, 2000]),
    # a list set out in its sentence after a colon, items parted by semicolons
    ("The line handled 2,100 contacts from the South West in 2024, made up as follows: Bristol 800; Devon 600; "
     "Cornwall 400; Somerset 300.", 2100, "consistent", [300, 400, 600, 800]),
    ("The line handled 2,150 contacts from the South West in 2024, made up as follows: Bristol 800; Devon 600; "
     "Cornwall 400; Somerset 300.", 2150, "inconsistent", [300, 400, 600, 800]),
    ("The helpline took 1,800 calls from Wales in 2024, broken down as follows: Cardiff 700; Swansea 400; "
     "Rest of Wales 700.", 1800, "consistent", [400, 700, 700]),
    # lines labelled by a name that is also a word or a person's
    ("The Breathing Space line took 900 calls from Tayside in 2024.\n\nBy council area:\n\nDundee: 450\nAngus: 250\n"
     "Perth and Kinross: 200\n", 900, "consistent", [200, 250, 450]),
    ("The helpline handled 2,480 contacts from Grampian in 2024.\n\nBy council area:\n\nAberdeen City: 1,200\n"
     "Aberdeenshire: 1,000\nMoray: 250\n", 2480, "inconsistent", [250, 1000, 1200]),
    # a total after the lines it adds up, its words counting them
    ("The helpline took 4,000 calls from Greater Manchester in 2024.\n\nManchester: 900\nStockport: 500\nBolton: 300\n"
     "Wigan: 200\nOldham: 100\n\nTogether those five boroughs made up 2,000 of the calls.", 2000, "consistent",
     [100, 200, 300, 500, 900]),
    # a heading's list under a total whose place is only the sentence before's
    ("In 2024, 1,500 people in West Mercia contacted the helpline.\n\nIn 2025 that number rose to 1,800.\n\nThe 2025 "
     "figures by area are:\n\nWorcestershire: 700\nShropshire: 600\nHerefordshire: 500\n", 1800, "consistent",
     [500, 600, 700]),
])
def test_parts_of_a_restated_or_listed_whole(text, total, verdict, parts):
    assert (total, verdict, parts) in _checks(text, "sum")


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    # "N of the M" in the share's sentence, M the figure stated before
    ("Stop It Now! Scotland recorded 500 contacts from Fife in 2024. Almost a third of the Fife contacts, 160 of the "
     "500, came from family members.", 33.3, "consistent", [160, 500]),
    # a place's share in the lead, its part and whole later, the whole after the part
    ("Glasgow made up more than a fifth of Scotland's calls to a gambling helpline in 2024. Glasgow accounted for 900 "
     "calls. Across Scotland the line took 4,000 calls in 2024.", 20.0, "consistent", [900, 4000]),
    ("Cardiff accounted for almost a third of the contacts people in Wales made with the helpline in 2024. The "
     "helpline had 5,000 contacts from Wales in 2024. Of those, 1,200 were from Cardiff.", 33.3, "inconsistent",
     [1200, 5000]),
    # a whole of no place of its own, the share naming the place that holds its own
    ("Northern Ireland's Lifeline took more calls than ever in 2024, with more than a third coming from the Belfast "
     "Trust area. The crisis line took 30,000 calls in 2024. The Belfast Trust area accounted for 11,000 of them.",
     33.3, "consistent", [11000, 30000]),
])
def test_share_against_its_part_and_whole_elsewhere(text, stated, verdict, inputs):
    assert (stated, verdict, inputs) in _checks(text, "share")


@pytest.mark.parametrize("text", [
    # the list is of 2024; the 2023 total is no whole of it
    "The helpline took 2,000 calls from Surrey in 2024, made up as follows: Guildford 800; Woking 700; rest of "
    "Surrey 500. In 2023 the line took 1,700 calls from the county.",
    # a later total of the same place and year (another period's, its own lost): no "inconsistent" against it
    "The line took 2,500 calls from Grampian in 2024. Figures for the previous year show 2,100 calls from the area."
    "\n\nBy council area:\n\nAberdeen City: 1,200\nAberdeenshire: 1,000\nMoray: 300\n",
    # the total stated again as the whole of its first part, the places of the parts beside it in its sentence
    "Between April and September 2024, 1,600 people from the West Midlands contacted Stop It Now. Birmingham "
    "accounted for 700 of the 1,600 contacts, followed by Coventry with 250 and Wolverhampton with 150.",
    # a small number word read as a count, the places' figures far above it: no breakdown of it
    "Calls to the helpline from four of Wales's largest towns rose in 2024. The line took 700 calls from people in "
    "Cardiff, Swansea, Newport and Wrexham in 2024. The breakdown was:\n\nCardiff: 300\nSwansea: 200\nNewport: 120\n"
    "Wrexham: 80\n",
    # the place names the share's whole, not its part: men among Leeds's callers, no share of the UK's calls
    "The charity said 2,000 people in Leeds contacted its helpline in 2024. Across the UK, its phone line answered "
    "almost 12,000 calls in 2024. Around 90% of the people contacting the service from Leeds were men.",
    # a share of the place's own figure, named by it; the nation's figure after it is no whole of the place's
    "The charity said it heard from 300 people in Fife in 2024. In Fife, 40% of the 300 were worried about someone "
    "else in 2024. Across Scotland the charity heard from 2,900 people in 2024.",
    # a share whose part's place has two counts and whose whole is another year's: agreement only
    "Plymouth made up more than a quarter of Devon's contacts in 2024. Devon had 1,000 contacts in 2023. Plymouth "
    "had 150 in 2024.",
])
def test_no_inconsistent_where_the_whole_is_another(text):
    assert not [c for c in _checks(text, "sum") + _checks(text, "share") if c[1] == "inconsistent"]


@pytest.mark.parametrize("text, label, place", [
    ("The line took 900 calls from Tayside in 2024.\n\nAngus: 250\nDundee: 450\n", 250, "Angus"),
    ("The line took 900 calls from Grampian in 2024.\n\nMoray: 250\nAberdeenshire: 450\n", 250, "Moray"),
    ("The line took 1,000 calls from West Yorkshire in 2024.\n\nBradford: 400\nLeeds: 600\n", 400, "Bradford"),
    ("The line handled 2,100 contacts in 2024, made up as follows: Bristol 800; Devon 600; Cornwall 700.", 700,
     "Cornwall"),
    ("The line handled 2,100 contacts in 2024, made up as follows: Bristol 800; Devon 600; Cornwall 700.", 800,
     "Bristol"),
])
def test_a_list_item_is_its_label_s_place(text, label, place):
    record = extract_article(text, source="restated_parts.txt", published="2025-02-01")
    assert [c.regions for c in record.counts if c.value == label] == [[place]]


@pytest.mark.parametrize("text", [
    "Angus: I rang them in the spring and they listened.",  # a speaker's turn, no row
    "She told Channel 9.",
])
def test_no_row_without_a_lone_figure(text):
    record = extract_article(text, source="restated_parts.txt", published="2025-02-01")
    assert not record.counts

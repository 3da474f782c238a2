"""Totals and their parts by place, shares of a place (``pipeline/check/contained_sums.py``, ``place_shares.py``,
the sixteenth round's edits of ``sum_checks``, ``remainder_sums`` and ``worded_sums``).  Sentences of our own writing
that vary how a total's parts are written, with neighbours that must stay unchecked or undecided: a place named with
a place inside it, a part written "N of the calls" before places beside it, the rest of one place inside a list, a
miss where the gazetteer cannot say the list is whole, parts of another period.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, kind: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="contained_sums.txt", published="2025-02-01")
    by_id = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, sorted(by_id[i] for i in c.inputs if i in by_id))
            for c in record.checks if c.kind == kind]


@pytest.mark.parametrize("text, total, parts", [
    # a two-place total, the parts the places inside each (the verb given once, the places then the figures)
    ("The charity supported 186 people from Tayside and Fife in 2024. Dundee accounted for 74, Perth and Kinross 39, "
     "Angus 22 and Fife 51.", 186, [22, 39, 51, 74]),
    ("The charity supported 186 people from Tayside and Fife in 2024. There were 74 from Dundee, 39 from Perth and "
     "Kinross, 22 from Angus and 51 from Fife.", 186, [22, 39, 51, 74]),
    # three places, each with its own count in the next sentence
    ("People in Aberdeen, Aberdeenshire and Moray made 1,004 calls to the helpline in 2024. Aberdeen accounted for "
     "512 calls in 2024, Aberdeenshire 338 and Moray 154.", 1004, [154, 338, 512]),
    # a nation by its force areas, the verb once
    ("Stop It Now Wales said 6,930 people contacted its helpline in 2025. The South Wales Police area accounted for "
     "2,890 of them, North Wales 1,720, Gwent 1,215 and Dyfed-Powys 1,105.", 6930, [1105, 1215, 1720, 2890]),
])
def test_parts_by_the_places_within_add_up(text, total, parts):
    assert (total, "consistent", parts) in _checks(text, "sum")


@pytest.mark.parametrize("text, total", [
    # the places inside miss the total: the gazetteer cannot say the list is whole, so no verdict
    ("The charity supported 190 people from Tayside and Fife in 2024. Dundee accounted for 74, Perth and Kinross 39, "
     "Angus 22 and Fife 51.", 190),
    # a region and a city inside it are one place, not a list of two
    ("The phoneline took 2,316 calls from Bristol and the South West in 2024. Some 604 of the calls came from "
     "Bristol. About 410 calls from the South West went unanswered.", 2316),
    # a part written "N of the calls" is no total of the places listed beside it
    ("The Sussex line took 5,870 calls in 2024. Brighton and Hove accounted for 2,140 of the calls, with 1,980 from "
     "West Sussex and 1,750 from East Sussex.", 2140),
    ("The line took 4,000 calls in 2024. Leeds accounted for 1,500 of the calls, with 1,400 from Bradford and "
     "900 from Wakefield.", 1500),
])
def test_no_inconsistent_on_a_sum_the_text_never_claims(text, total):
    assert not [c for c in _checks(text, "sum") if c[0] == total and c[1] == "inconsistent"]


@pytest.mark.parametrize("text, total, verdict, parts", [
    # "the rest of <place>" inside a list is one item, not the list's end
    ("The charity said 1,874 people from Devon and Cornwall contacted it in 2024. Of last year's total, 612 came from "
     "Plymouth, 735 from the rest of Devon and 527 from Cornwall.", 1874, "consistent", [527, 612, 735]),
    # the rest of the whole after "and" belongs to the figure after it, not to the one before
    ("The line took 6,000 calls from Scotland in 2024. Of those, 1,500 came from Glasgow, 1,200 from Edinburgh and "
     "the remaining 3,300 from elsewhere.", 6000, "consistent", [1200, 1500, 3300]),
    # a running total whose words name its noun
    ("The Derby listening line answered 1,840 calls in 2024. It also handled 460 text conversations, bringing the "
     "total number of contacts to 2,300.", 2300, "consistent", [460, 1840]),
    ("The Luton line answered 920 calls in 2024. It also handled 310 webchats, bringing the total number of contacts "
     "to 1,310.", 1310, "inconsistent", [310, 920]),
    ("The line answered 700 calls in 2024. A further 300 people used its chat, bringing the total to 1,000.", 1000,
     "consistent", [300, 700]),
])
def test_lists_and_running_totals(text, total, verdict, parts):
    found = _checks(text, "sum")
    assert (total, verdict, parts) in found
    assert not [c for c in found if c[0] == total and c[1] == "inconsistent" and c[2] != parts]


@pytest.mark.parametrize("text, verdict", [
    # a listed breakdown that names every place within its one-place total: a small miss is a misprint
    ("Calls from Tayside to the helpline reached 300 in 2024: 130 from Dundee, 90 from Perth and Kinross and 60 "
     "from Angus.", "inconsistent"),
    ("Calls from Tayside to the helpline reached 280 in 2024: 130 from Dundee, 90 from Perth and Kinross and 60 "
     "from Angus.", "consistent"),
    # places left out (or a place the gazetteer does not hold): a large shortfall proves nothing
    ("Calls from Tayside to the helpline reached 300 in 2024: 90 from Perth and Kinross and 60 from Angus.",
     "unverifiable"),
    ("Calls from Tayside to the helpline reached 300 in 2024: 130 from Dundee and 90 from Perth and Kinross.",
     "unverifiable"),
])
def test_a_listed_breakdown_of_every_place(text, verdict):
    assert [v for _, v, _ in _checks(text, "sum")] == [verdict]


@pytest.mark.parametrize("text, stated, verdict", [
    # a share of a place whose count and whose holding place's total stand in other sentences
    ("The charity heard from 12,600 people across the UK in 2024. England accounted for 10,200 of them, Scotland for "
     "1,300, Wales for 700 and Northern Ireland for 500.\n\nScotland made up 12 per cent of the total.", 12.0,
     "inconsistent"),
    ("The charity heard from 12,700 people across the UK in 2024. England accounted for 10,200 of them, Scotland for "
     "1,300, Wales for 700 and Northern Ireland for 500.\n\nScotland made up 10 per cent of the total.", 10.0,
     "consistent"),
    ("The line answered 12,000 calls from Northern Ireland in 2024. The Belfast Trust area accounted for 3,600 of "
     "the calls. Belfast's share was 30 per cent.", 30.0, "consistent"),
    # the share before its part, "accounts for" its only pointer
    ("Leeds accounts for more than one in four calls. The helpline took 4,800 calls from Yorkshire and the Humber "
     "in 2024. Leeds accounted for 1,310 calls, Sheffield for 1,020 and Bradford for 870.", 25.0, "consistent"),
])
def test_a_share_of_a_place(text, stated, verdict):
    assert [(s, v) for s, v, _ in _checks(text, "share")] == [(stated, verdict)]


@pytest.mark.parametrize("text", [
    # two counts of the place: which one the share is of is not known, so a miss is no verdict
    "The charity heard from 12,600 people across the UK in 2024. Scotland accounted for 1,300 of them. In 2024 "
    "Scotland's website had 900 users who also called.\n\nScotland made up 12 per cent of the total.",
    # no whole whose place holds the share's
    "Scotland accounted for 1,300 contacts in 2024. Scotland made up 12 per cent of the total.",
])
def test_a_share_of_a_place_left_undecided(text):
    assert not [c for c in _checks(text, "share") if c[1] == "inconsistent"]


@pytest.mark.parametrize("text, values", [
    # a place alone before a figure is its place only as an item of a list, after a comma or "and"
    ("The helpline took 1,004 calls from Aberdeen, Aberdeenshire and Moray in 2024. Aberdeen accounted for 512 "
     "calls, Aberdeenshire 338 and Moray 154.", [154, 338, 512, 1004]),
    ("The helpline took 900 calls in 2024. Turkey drew Iceland 0-0 in Istanbul that night.", [900]),
])
def test_a_place_alone_before_its_figure(text, values):
    record = extract_article(text, source="contained_sums.txt", published="2025-02-01")
    assert sorted(c.value for c in record.counts) == values

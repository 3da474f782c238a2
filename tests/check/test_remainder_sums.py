"""A list of parts closed by the rest of its whole ("... and the remaining 860", "Rest of Wales: 600", "while 2,160
came from elsewhere in Scotland"), summed against the whole before the list (``pipeline/check/remainder_sums.py``);
the remainder is no total of the items before it.  Sentences of our own writing that vary the shape (the whole in
the list's sentence or before it, the rest before or after its figure, bullets, a dash, channels, groups), and
neighbours that must get no sum or no "inconsistent": a remainder of another measure, a whole of the year before, a
list with a larger figure than the whole.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _record(text: str):
    return extract_article(text, source="remainder_sums.txt", published="2025-03-01")


def _sums(text: str) -> list[tuple[float, str]]:
    return [(c.stated, c.verdict) for c in _record(text).checks if c.kind == "sum"]


@pytest.mark.parametrize("text, stated, verdict", [
    # the whole in the sentence before, the rest after "with the remaining" / "and the remaining"
    ("The helpline took 5,120 calls from the South East in 2024. Of those calls, 2,300 came from Kent and 1,900 from "
     "Hampshire, with the remaining 920 coming from other counties.", 5120, "consistent"),
    ("The helpline took 5,200 calls from the South East in 2024. Of those calls, 2,300 came from Kent and 1,900 from "
     "Hampshire, with the remaining 920 coming from other counties.", 5200, "inconsistent"),
    ("A helpline heard from 4,300 people in Scotland in 2024. Of the total, 1,500 came from Glasgow, 900 from "
     "Edinburgh and 700 from Dundee, with the remaining 1,200 spread across the rest of the country.", 4300,
     "consistent"),
    # the rest written after its figure
    ("Stop It Now! Scotland was contacted by 3,860 people in 2024. Glasgow accounted for 1,010 of them and Edinburgh "
     "for 690, while 2,160 came from elsewhere in Scotland.", 3860, "consistent"),
    ("Stop It Now! Scotland was contacted by 3,960 people in 2024. Glasgow accounted for 1,010 of them and Edinburgh "
     "for 690, while 2,160 came from elsewhere in Scotland.", 3960, "inconsistent"),
    # parts of no place: channels, groups
    ("Stop It Now! heard from 3,050 people in Sussex in 2024. Of these, 1,400 phoned the helpline, 900 used its "
     "webchat and the remaining 800 worked through the self-help website.", 3050, "inconsistent"),
    ("Stop It Now! heard from 3,100 people in Sussex in 2024. Of these, 1,400 phoned the helpline, 900 used its "
     "webchat and the remaining 800 worked through the self-help website.", 3100, "consistent"),
    ("The phone line had 6,400 website visits and 1,260 calls in 2024. Of the calls, 830 were from men and the "
     "remaining 430 from women.", 1260, "consistent"),
    # the whole beside an earlier year's figure: the later one is the total
    ("In 2023 the helpline took 1,800 calls from Lancashire; in 2024 it took 2,150. Of last year's calls, 1,000 came "
     "from Preston and 700 from Blackpool, with the remaining 450 from elsewhere in the county.", 2150, "consistent"),
    ("The line received 3,412 contacts in 2024, up from 2,690 in 2023. Of the total, 1,120 came from Glasgow, 864 from "
     "Edinburgh and 403 from Dundee, with the remaining 1,025 from elsewhere.", 3412, "consistent"),
    # bullets closed by a "Rest of" row, after another year's figure
    ("The helpline took 1,460 calls from Wales in 2024.\n\nIn 2023 it took 1,240 calls from Wales.\n\nBroken down by "
     "area, last year's calls came from:\n\nCardiff: 410\nSwansea: 260\nNewport: 190\nRest of Wales: 600\n", 1460,
     "consistent"),
    # the rest set off by dashes, alone in its sentence
    ("HOPELINE247 received 1,740 contacts from the North West in 2024. Manchester accounted for 620 and Liverpool "
     "for 480. The rest - 640 - came from across the region.", 1740, "consistent"),
    # the whole first in the list's own sentence
    ("Of the 2,400 contacts in 2024, 900 came from Leeds, 640 from Bradford and the remaining 860 from elsewhere in "
     "West Yorkshire.", 2400, "consistent"),
    ("Of the 2,500 contacts in 2024, 900 came from Leeds, 640 from Bradford and the remaining 860 from elsewhere in "
     "West Yorkshire.", 2500, "inconsistent"),
])
def test_a_remainder_closes_its_list(text: str, stated: float, verdict: str) -> None:
    assert (stated, verdict) in _sums(text)


@pytest.mark.parametrize("text, stated", [
    # the remainder is no total of the items before it
    ("The line took 3,412 contacts in 2024. Of the total, 1,120 came from Glasgow, 864 from Edinburgh and 403 from "
     "the Highlands, with the remaining 1,025 spread across the rest of the country.", 1025),
    # a remainder of another measure: volunteers' places are no part of the calls
    ("Stop It Now! took 1,900 calls from Cumbria in 2024. The charity trained 120 volunteers last year and hopes to "
     "fill the remaining 80 places on its course this spring.", 1900),
    # a whole smaller than a part of the list is no whole of it
    ("Calls to the line rose to 900 in 2024. Of the contacts, 1,200 came by phone and the remaining 400 by text.",
     900),
])
def test_no_inconsistent_sum_on_a_remainder_that_is_no_part(text: str, stated: float) -> None:
    assert (stated, "inconsistent") not in _sums(text)


@pytest.mark.parametrize("text, stated, verdict", [
    # a large first item written as a part ("of last year's total") in the sentence before a lone remainder
    ("In 2024, 3,100 people from Merseyside contacted the charity. Liverpool accounted for 1,640 of last year's "
     "total, Wirral for 520 and Sefton for 310. The remaining 630 came from elsewhere in the county.", 3100,
     "consistent"),
    ("In 2024, 3,200 people from Merseyside contacted the charity. Liverpool accounted for 1,640 of last year's "
     "total, Wirral for 520 and Sefton for 310. The remaining 630 came from elsewhere in the county.", 3200,
     "inconsistent"),
    # items a line each, the first "N of last year's calls" (published 2025), the next after "accounted for"
    ("The line took 2,480 calls from Lancashire between January and June 2024. Preston made up 1,150 of last "
     "year's calls. Blackpool accounted for 790. The remaining 540 came from Burnley and Lancaster.", 2480,
     "consistent"),
    ("The line took 2,480 calls from Lancashire between January and June 2024. Preston made up 1,150 of last "
     "year's calls. Blackpool accounted for 790. The remaining 640 came from Burnley and Lancaster.", 2480,
     "inconsistent"),
    # "of" after the figure outside its text ("1,200 of them")
    ("The service heard from 2,000 people in Kent in 2024. Maidstone accounted for 1,200 of them and Dover for "
     "300. The rest, 500, came from across the county.", 2000, "consistent"),
])
def test_an_item_written_as_a_part_is_no_whole(text: str, stated: float, verdict: str) -> None:
    """A figure its own words make a part ("accounted for 1,640 of last year's total", "made up 1,150 of this
    year's calls", "Blackpool accounted for 790") is an item of the list a remainder closes, not the whole of the
    items beside it, however large."""
    assert (stated, verdict) in _sums(text)


@pytest.mark.parametrize("text, stated", [
    # a large figure with no part's words before a lone remainder stays a whole: no sum over the year's total
    ("The helpline took 4,000 calls from Essex in 2024. In the first half it took 1,900. The remaining 2,100 "
     "came in the second half.", 4000),
])
def test_a_large_line_with_no_part_words_stays_a_whole(text: str, stated: float) -> None:
    assert (stated, "inconsistent") not in _sums(text)

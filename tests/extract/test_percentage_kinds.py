"""A percentage's kind (change or share) from its shape (pipeline/extract/percentage_kinds.py): a change against a
baseline told after the figure, a change whose "by" a hedge or an adjective keeps from the figure, a change in
brackets, the later level of a pair, a share that is the agent of a passive or the subject of a verb, and the later
percentage of a list whose verb is told once.  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article


def kinds(text: str) -> list[tuple[float, str, object]]:
    record = extract_article(text, source="kinds.txt", published="2023-05-01")
    return [(p.value, p.kind, p.direction) for p in record.percentages]


@pytest.mark.parametrize("text, expected", [
    # a baseline after the figure
    ("Calls to the line were 45 per cent above normal in the week after the storm.", [(45.0, "change", "increase")]),
    ("Web chats ran 120% over usual levels during the holidays.", [(120.0, "change", "increase")]),
    ("Texts were running 15% below normal by the spring.", [(15.0, "change", "decrease")]),
    ("Contacts were up 12 per cent on last year and 30 per cent compared with 2019.",
     [(12.0, "change", "increase"), (30.0, "change", "increase")]),
    ("Chats grew by roughly 35 per cent year on year, the team said.", [(35.0, "change", "increase")]),
    # a hedge or an adjective between "by" or "up"/"down" and the figure
    ("Calls to the helpline have risen by a remarkable 25% since the campaign began.", [(25.0, "change", "increase")]),
    ("Texts to the service dropped by a worrying 18 percent last year.", [(18.0, "change", "decrease")]),
    ("There were 2,100 calls, down by roughly almost 8 percent from the year before.", [(8.0, "change", "decrease")]),
    # a change in brackets
    ("Calls from young people also saw an increase (31%).", [(31.0, "change", "increase")]),
    ("Most of the growth came from parents (+22%).", [(22.0, "change", "increase")]),
    # the later level of a pair of levels with one percent sign
    ("The share of young callers grew from 8.4 to 12%.", [(8.4, "share", None), (12.0, "share", None)]),
    # a share as the agent of a passive, or as the subject of a verb
    ("The problem was raised by 58 per cent of callers.", [(58.0, "share", None)]),
    ("Of those who replied to the survey, 72% said their gambling had decreased since the first call.",
     [(72.0, "share", None)]),
    ("Almost one in three chats happened at weekends, and 61% were started after dark.",
     [(33.3, "share", None), (61.0, "share", None)]),
    ("While 40% calls were about debt, the rest concerned loneliness.", [(40.0, "share", None)]),
    # a comparative right after the figure ("27% busier"): a change; the same word elsewhere in the clause is not
    ("In 2023 the line took 2,310 calls, so it is now 27% busier.", [(27.0, "change", "increase")]),
    ("Weekend shifts were 15 per cent quieter than in the spring.", [(15.0, "change", "decrease")]),
    ("The chat service is 40% bigger than it was in 2021.", [(40.0, "change", "increase")]),
    ("Evenings were busier, with 40% of calls made after 9pm.", [(40.0, "share", None)]),
    # a list whose verb is told once
    ("Calls about debt were up 48% and texts 210%.", [(48.0, "change", "increase"), (210.0, "change", "increase")]),
    ("Since the launch chats are up 35%, emails 480% and texts 90%.",
     [(35.0, "change", "increase"), (480.0, "change", "increase"), (90.0, "change", "increase")]),
])
def test_the_shape_gives_the_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Calls rose 20%, and 30% of them came from women.", [(20.0, "change", "increase"), (30.0, "share", None)]),
    ("Around 45% of callers were men and 30% were women.", [(45.0, "share", None), (30.0, "share", None)]),
    ("Calls rose by 12% over the year, the charity said.", [(12.0, "change", "increase")]),
    ("An increase of 20% was recorded in the spring.", [(20.0, "change", "increase")]),
])
def test_other_shapes_keep_their_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracketed percentage with no from-to pair after it is the change its word names (the real gold's reading)
    ("There was a decrease (20%) in calls last year, the charity said of its 1,000 callers.",
     [(20.0, "change", "decrease")]),
    # with a pair after it, pipeline.extract.pairs decides: a pair against the word's way leaves a share
    ("There was a decrease (20%) in calls, from 1,000 in 2020 to 1,200 in 2021.", [(20.0, "share", None)]),
])
def test_a_bracketed_percentage(text, expected):
    assert kinds(text) == expected

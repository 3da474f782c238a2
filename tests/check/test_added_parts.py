"""Sums and shares whose parts and wholes the article states where the claim's sentence does not (branch checks19b):
a total added up after parts whose sentences also give another year's base, a total whose words count its parts
("across the two branches"), a list item that restates an earlier count ("Leeds's 600 were followed by ..."), the rest
of a place beside the places inside it, a share whose words point back at its whole ("of the national figure", "of
all calls", "meaning they accounted for"). Sentences of our own writing that vary each shape, with neighbours that
must stay unchecked or undecided: a count "of whom", a rate, a share of its own base, a whole stated again.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _checks(text: str, kind: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="added_parts.txt", published="2025-02-01")
    by_id = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, sorted(by_id.get(i, -1) for i in c.inputs)) for c in record.checks if c.kind == kind]


@pytest.mark.parametrize("text, total, verdict, parts", [
    # a total word after parts whose sentences hold another year's figure (a comparison's base)
    ("The Exeter branch answered 6,100 calls in 2024, up 4% on the 5,870 it answered in 2023. It also replied to 900 "
     "emails in 2024, down from 950. In total the branch handled 7,000 contacts in 2024.", 7000, "consistent",
     [900, 6100]),
    ("The Derby line took 4,200 calls in 2024, against 3,900 in 2023. Its webchat handled 800 chats in 2024, up from "
     "640. Altogether the line had 5,100 contacts in 2024.", 5100, "inconsistent", [800, 4200]),
    # a hedged figure in the headline is the exact one rounded, no part of its own
    ("Exeter branch answered more than 6,000 calls in 2024\n\nThe Exeter branch answered 6,100 calls in 2024, up from "
     "5,870 in 2023. It also replied to 900 emails in 2024. In total the branch handled 7,000 contacts in 2024.",
     7000, "consistent", [900, 6100]),
    # words that count the parts, no total word before the figure
    ("The Ripon branch answered 4,300 calls in 2024. The Harrogate branch took 5,200. That's 9,500 calls across the "
     "two branches.", 9500, "consistent", [4300, 5200]),
    ("The Ely branch answered 2,100 calls in 2024. The March branch answered 1,300 calls in 2024 and the Wisbech "
     "branch 1,100. Between them the three branches answered 4,800 calls.", 4800, "inconsistent", [1100, 1300, 2100]),
    # a list item that restates a count stated before, under a total of the place holding it
    ("The helpline took 600 calls from Leeds in 2024. Across West Yorkshire the helpline took 1,500 calls in 2024. "
     "Leeds's 600 were followed by Bradford with 400, Wakefield with 300 and Kirklees with 200.", 1500, "consistent",
     [200, 300, 400, 600]),
    # "of whom": a part of the part before it, not a third part
    ("The line took 2,000 calls from Leeds in 2024, of whom 1,100 were men. It also took 800 calls from Bradford in "
     "2024. In total, 2,800 calls came from the two cities.", 2800, "consistent", [800, 2000]),
    # the rest of a place beside a place inside it
    ("Carlisle had 300 contacts in 2024. Across Cumbria and Lancashire, 2,800 people sought help in 2024. The rest of "
     "Cumbria accounted for 600 of them and Lancashire for 1,900.", 2800, "consistent", [300, 600, 1900]),
])
def test_parts_a_total_adds_up(text, total, verdict, parts):
    assert (total, verdict, parts) in _checks(text, "sum")


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    ("The line was contacted 3,000 times from Scotland in 2024. Glasgow accounted for 1,100 of the contacts, more "
     "than a third of the national figure.", 33.3, "consistent", [1100, 3000]),
    ("The line had 2,400 contacts from Wales in 2024. Cardiff accounted for 700 of the contacts, nearly half of the "
     "national figure.", 50.0, "inconsistent", [700, 2400]),
    ("The line answered 4,000 calls from Norfolk in 2024. Norwich made 1,020 of those calls, about a quarter of the "
     "overall number.", 25.0, "consistent", [1020, 4000]),
    ("The helpline took 3,000 calls from Kent in 2024. Maidstone and Canterbury made 1,300 of the total, meaning they "
     "accounted for more than half of all calls.", 50.0, "inconsistent", [1300, 3000]),
    ("The line had 2,000 contacts from Fife in 2024.\n\nKirkcaldy: 500\nDunfermline: 400\nGlenrothes: 300\n\n"
     "Together those towns made up 1,200 of the total, meaning they accounted for more than half of all contacts.",
     50.0, "consistent", [1200, 2000]),
])
def test_share_whose_words_point_back_at_its_whole(text, stated, verdict, inputs):
    assert (stated, verdict, inputs) in _checks(text, "share")


@pytest.mark.parametrize("text", [
    # a share of a base its own words name
    "The line took 3,000 calls from Surrey in 2024. Guildford made 700 of them, a third of calls to the regional team.",
    # the whole stated again as a place's first count ("Of the 2,000 calls, 410 ... came from Bristol")
    "The line took 2,000 calls from the South West in 2024. Of the 2,000 calls, 410 - about one in five - came from "
    "Bristol. Plymouth made 350 of them.",
    # the rest of a place whose other parts the text does not state
    "Across Devon and Cornwall, 3,000 people sought help in 2024. The rest of Devon accounted for 1,800 of them and "
    "Cornwall for 900.",
    # words that count two parts over one part and another year's figure
    "The Derby branch answered 7,300 calls in 2024, up from 6,900 in 2023. That's 12,000 calls across the two "
    "branches in the county.",
])
def test_no_inconsistent_on_what_is_no_sum_of_these(text):
    assert not [c for c in _checks(text, "sum") + _checks(text, "share") if c[1] == "inconsistent"]

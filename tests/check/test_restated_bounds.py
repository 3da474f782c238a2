"""A headline's or standfirst's bound over a body total with a breakdown ("more than 6,000 calls" above "6,420
calls ... made up of 4,105 calls and 2,351 webchats"): the bound's sum over the same parts
(``pipeline/check/restated_bounds.py``).  Agreement only.  The table varies the qualifier (more than, almost,
about, over, at least), where the bound stands (headline, standfirst, a first sentence), the noun (calls,
contacts, conversations, people), the link between the total and its parts (made up of, of which, a list by place)
and the number of parts; and neighbours that must get no bound check: parts that miss the bound, a bound of another
year, a bound after the total, two totals it may restate.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _sums(text: str, bound: float) -> list[str]:
    record = extract_article(text, source="restated_bounds.txt", published="2024-09-01")
    return [c.verdict for c in record.checks if c.kind == "sum" and c.stated == bound]


@pytest.mark.parametrize("text, bound", [
    # a standfirst's bound of no period, a byline between it and the body (no other rule reaches it)
    ("Helpline busier than ever\n\nThe charity answered more than 5,000 calls and chats in six months\n\nBy Jane "
     "Smith, Health Reporter\nMonday, 2 September 2024\n\nThe charity answered 5,310 calls and webchats in the first "
     "half of 2024.\n\nThat total was made up of 3,900 phone calls and 1,420 webchats, it said.", 5000),
    ("Gambling line hears from more young people\n\nAbout 1,500 people called from the county in a year\n\nBy Ali "
     "Khan\n3 May 2024\n\nThe line heard from 1,486 people in Devon in 2023. Of those, 902 phoned and 584 used its "
     "live chat.", 1500),
    ("Text line in demand\n\nShout held almost 9,000 conversations over the winter\n\nBy Sam Jones\nTuesday, 9 April "
     "2024\n\nShout held 8,705 conversations with people in the North East between December and March. Tyne and "
     "Wear accounted for 4,210 conversations, County Durham 2,640 and Northumberland 1,855.", 9000),
    # the same with no byline
    ("Helpline busier than ever\n\nThe charity answered more than 5,000 calls and chats in six months\n\nThe charity "
     "answered 5,310 calls and webchats in the first half of 2024.\n\nThat total was made up of 3,900 phone calls "
     "and 1,420 webchats, it said.", 5000),
    ("Almost 12,000 conversations with Shout in the North East\n\nShout held 11,760 conversations with people in the "
     "North East in 2023. Tyne and Wear accounted for 6,210 conversations, County Durham 3,140 and Northumberland "
     "2,410.", 12000),
    ("Line heard from about 900 people last year\n\nThe service heard from 912 people in 2023. Of those, 530 phoned "
     "the helpline and 382 used its webchat.", 900),
])
def test_a_bound_over_the_parts_of_the_total_it_restates(text, bound):
    assert _sums(text, bound) == ["consistent"]


@pytest.mark.parametrize("text, bound", [
    # the parts miss the bound: it may restate the total, not its parts
    ("Almost 12,000 conversations with Shout in the North East\n\nShout held 11,760 conversations with people in the "
     "North East in 2023. Tyne and Wear accounted for 6,210 conversations, County Durham 3,140 and Northumberland "
     "2,710.", 12000),
    # the bound is of another year than the total
    ("The line took more than 5,000 calls in 2022.\n\nIn 2023 it took 5,310 calls, made up of 3,900 phone calls and "
     "1,420 webchats.", 5000),
    # the parts fall short of the standfirst's bound (the total within it): no verdict on the bound
    ("Helpline busier than ever\n\nThe charity answered more than 5,000 calls and chats in six months\n\nBy Jane "
     "Smith\nMonday, 2 September 2024\n\nThe charity answered 5,010 calls and webchats in the first half of 2024."
     "\n\nThat total was made up of 3,500 phone calls and 1,420 webchats, it said.", 5000),
    # the bound after the total: a comparison, not a restatement
    ("The charity answered 5,310 calls and webchats in 2024: 3,900 phone calls and 1,410 webchats. Its target had "
     "been more than 5,000.", 5000),
])
def test_no_bound_check(text, bound):
    assert "consistent" not in _sums(text, bound)  # an existing place rule may judge a headline bound on its own

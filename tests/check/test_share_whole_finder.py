"""The whole a share is of, found one way (``pipeline/check/share_whole_finder.py``, branch shares20): the count the
words name ("of last year's total", "of those who ...", "of the calls") or the latest count before the part that may
hold it (a larger figure of the part's measure family, period and place).  Sentences of our own writing that vary
where the part sits (set off before the share, joined to it by a verb, set off by commas after it), how the fraction
is hedged ("almost", "just under", "more than one in 10"), where the whole sits (the sentence before, two back,
beside the year before's figure, beside a sibling part), and neighbours that must make no "inconsistent": a whole
of another year or place, a whole the text never states, a share of its own base, a guessed whole that disagrees.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _shares(text: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="share_whole_finder.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, [values.get(i) for i in c.inputs]) for c in record.checks if c.kind == "share"]


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    # the part's own words name the whole, the share set off after it
    ("Samaritans in Lincoln answered 6,480 calls in 2024. Gainsborough callers accounted for 1,530 of last year's "
     "total, almost a quarter.", 25.0, "consistent", [1530, 6480]),
    ("Samaritans in Lincoln answered 6,480 calls in 2024. Gainsborough callers accounted for 1,120 of last year's "
     "total, almost a quarter.", 25.0, "inconsistent", [1120, 6480]),
    ("The Respect Phoneline took calls from 1,240 people in Cheshire in 2024, up from 990 in 2023. Chester callers "
     "made up 700 of the total, more than half.", 50.0, "consistent", [700, 1240]),
    ("The National Gambling Helpline took 2,210 calls from Kent last year. In 2021 there were 1,500. Canterbury "
     "callers accounted for 705 of last year's calls \u2013 almost a third.", 33.3, "consistent", [705, 2210]),
    ("Stop It Now! took 4,100 calls from Wales in 2024. Calls from Gwent made up 1,280 of the Welsh total, just under "
     "a third.", 33.3, "consistent", [1280, 4100]),
    # the sentence before counts another channel: the whole counts what the part counts, further back
    ("The Harbour Line took 2,600 calls from Dorset in 2024. Over the same period its webchats doubled, from 410 to "
     "820. Calls from Poole made up 790 of the Dorset total, just under a third.", 33.3, "consistent", [790, 2600]),
    ("The Harbour Line took 2,600 calls from Dorset in 2024. Over the same period its webchats doubled, from 410 to "
     "820. Calls from Poole made up 590 of the Dorset total, just under a third.", 33.3, "inconsistent", [590, 2600]),
    # a verb joins the part to a share whose words name the whole
    ("Samaritans took 3,600 calls from Merseyside in 2024. Wirral's 450 calls represented 12.5% of the Merseyside "
     "total.", 12.5, "consistent", [450, 3600]),
    ("Samaritans took 3,600 calls from Merseyside in 2024. Wirral's 450 calls represented 20% of the Merseyside "
     "total.", 20.0, "inconsistent", [450, 3600]),
    # the share first, its words pointing back, its part set off by commas after it
    ("In 2024 the Stop It Now! line heard from 9,300 people: 2,400 spoke to an adviser and 6,900 used the website. "
     "Nearly a third of those who spoke to an adviser, 760 people, were under 30.", 33.3, "consistent", [760, 2400]),
    ("The Papyrus line took 2,800 calls in 2024. Just under a third of those calls, 910 calls, came from parents.",
     33.3, "consistent", [910, 2800]),
    # no words point at a whole; the share names what it counts: agreement with the latest of that thing
    ("Samaritans in Perth handled 8,200 contacts in 2024. Calls made up most of them, at 7,150, while 1,050 people "
     "wrote in, meaning more than one in 10 contacts now arrive in writing.", 10.0, "consistent", [1050, 8200]),
])
def test_a_share_gets_the_whole_its_words_name(text: str, stated: float, verdict: str, inputs: list[float]) -> None:
    assert (stated, verdict, inputs) in _shares(text)


@pytest.mark.parametrize("text", [
    # the whole it names is not in the text
    "Stop It Now! took 1,300 calls from Surrey in 2024, 9 per cent of the national total.",
    # the only figure before is of another year
    "Samaritans took 5,200 calls from Suffolk in 2022. In 2024, Ipswich callers accounted for 1,900 of the calls, "
    "more than a third.",
    # the only figure before is of another place
    "The gambling helpline took 2,400 calls from Leeds in 2024. Bradford callers accounted for 610 of them, about a "
    "quarter.",
    # only another channel's figure before: agreement only, never "inconsistent"
    "Over 2024 the Harbour Line's webchats doubled, from 410 to 820. Calls from Poole made up 500 of the Dorset "
    "total, more than half.",
    # a share of its own base
    "Samaritans answered 7,500 calls from Berkshire in 2024. Reading callers made 900 calls, a third of calls to the "
    "town team.",
])
def test_no_share_check_without_its_whole(text: str) -> None:
    assert all(verdict != "inconsistent" for _, verdict, _ in _shares(text)), _shares(text)


@pytest.mark.parametrize("text", [
    # no words name a whole: the latest figure before is a guess, its disagreement no misstatement
    "Samaritans took 6,000 calls from Rutland in 2024. It also answered 1,900 texts, meaning about a fifth of "
    "contacts now come in writing.",
    "Samaritans took 6,000 calls from Rutland in 2024. It also answered 1,900 texts, or about a fifth.",
])
def test_a_guessed_whole_is_never_inconsistent(text: str) -> None:
    assert all(verdict != "inconsistent" for _, verdict, _ in _shares(text)), _shares(text)

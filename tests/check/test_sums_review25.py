"""The review of this round's sums and "N times" verbs, as a table: every shape that gave a false "inconsistent",
varied along its dimensions (the words that close the list, where the rest is named, how the parts are labelled,
the period of the list, the size of the miss, the verb before "N times" and its object), beside neighbours whose
right verdict must stay.  Sentences of our own writing.

- a list a remainder closes is judged against a whole only within the misprint band (a gross miss is another list's
  whole) and of the list's period (``remainder_sums``, ``sum_splits.holds``);
- "Of those, A, while B" decides a miss only when A and B split the whole one way (two channels, two places, two
  sexes), when no word names a rest after B or opens the next sentence with it, and when no further count (exact or
  hedged) may make up the difference (``pointed_sums``, ``sum_splits.one_way``/``rest_named``/``goes_on``);
- "N times" after "texted", "messaged" or "emailed" is a helpline's count only when the object names the helpline;
  "turned" counts only as "turned to" (``count_times``).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

_HEAD = "Helpline figures\n\n"


def _record(text: str):
    return extract_article(_HEAD + text + "\n", source="review25.txt", published="2024-03-01")


def _verdicts(text: str, kind: str) -> list[tuple[float, str]]:
    return [(c.stated, c.verdict) for c in _record(text).checks if c.kind == kind]


# --- a list closed by the rest: no verdict against a whole it misses grossly or of another year ---------------------
@pytest.mark.parametrize("text", [
    # the list of another year than the whole (the year before the list; the rest before or after its figure)
    "The line answered 3,100 calls in 2023. In 2022, 1,200 came from Hull, 700 from York and the remainder, 900, "
    "from other towns.",
    "The line answered 3,100 calls in 2023. In 2022, 1,200 came from Hull, 700 from York and the remaining 900 from "
    "other towns.",
    "During 2023 the service took 5,500 contacts. In 2021, 2,000 were from Kent, 1,500 from Surrey and the rest, "
    "1,700, from elsewhere.",
    # a gross miss: the list breaks down a part of the whole ("Of the 1,100 from Derby"), or a sibling whole
    "The line answered 3,100 calls in 2023. Of the 1,100 from Derby, 700 came from men and the remainder, 400, "
    "from women.",
    "The line answered 3,100 calls in 2023. Of the 1,100 from Derby, 700 came from men and the remaining 400 from "
    "women.",
    "The line answered 3,100 calls in 2023, 300 of them silent. Of the other 2,800, 1,200 came from Hull, 700 from "
    "York and the remainder, 900, from other towns.",
    "The line answered 3,100 calls in 2023, 300 of them silent. Of the other 2,800, 1,200 came from Hull, 700 from "
    "York and the remaining 900 from other towns.",
])
def test_a_remainder_list_gives_no_inconsistent_against_a_whole_it_is_not_of(text):
    assert "inconsistent" not in {v for _, v in _verdicts(text, "sum")}


@pytest.mark.parametrize("text, stated, verdict", [
    # the whole of the list's year, the rest in either place: agreement, and a misprint stays a verdict
    ("The line answered 2,800 calls in 2023. Of those, 1,200 came from Hull, 700 from York and the remainder, 900, "
     "from other towns.", 2800, "consistent"),
    ("The line answered 2,900 calls in 2023. Of those, 1,200 came from Hull, 700 from York and the remainder, 900, "
     "from other towns.", 2900, "inconsistent"),
    ("The line answered 2,900 calls in 2023. Of those, 1,200 came from Hull, 700 from York and the remaining 900 "
     "from other towns.", 2900, "inconsistent"),
])
def test_a_remainder_list_of_the_wholes_own_year_is_still_judged(text, stated, verdict):
    assert (stated, verdict) in _verdicts(text, "sum")


# --- "Of those, A, while B": decided only when A and B are the whole split one way --------------------------------
_WHOLE = "The service had 2,000 contacts in 2023. "


@pytest.mark.parametrize("rest", [
    # a further count, hedged, in the next sentence (its qualifier: around, nearly, about, some)
    "Of those, 900 were calls, while 1,000 were web chats. Around 100 were emails.",
    "Of those, 900 were calls, while 1,000 were web chats. Nearly 100 were emails.",
    "Of those, 900 were calls, while 1,000 were web chats. About 90 came by email.",
    # the rest named without a figure: after the second part, or opening the next sentence
    "Of those, 900 were calls, while 1,000 were web chats - most of the rest were emails.",
    "Of those, 900 were calls, while 1,000 were web chats, with the rest by email.",
    "Of those, 900 were calls, while 1,000 were web chats. The remainder were emails.",
    "Of those, 900 were calls, while 1,000 were web chats. The rest came by text.",
    "Of those, 900 were calls, while 1,000 were web chats. Others wrote in.",
    # parts labelled across partitions, or by topics a contact may hold several of
    "Of those, 900 were calls, while 1,000 were from women.",
    "Of those, 900 were from men, while 1,000 were from people under 25.",
    "Of those, 900 were about a partner, while 1,000 were about a child.",
    "Of those, 900 were from Leeds, while 1,000 were web chats.",
    "Of those, 900 were first contacts, while 1,000 were in the evening.",
])
def test_of_those_while_gives_no_inconsistent_when_the_parts_may_not_be_all(rest):
    assert "inconsistent" not in {v for _, v in _verdicts(_WHOLE + rest, "sum")}


@pytest.mark.parametrize("rest, verdict", [
    # two channels, two places, two sexes: a near miss stays a misprint, a match agrees
    ("Of those, 900 were calls, while 1,000 were web chats.", "inconsistent"),
    ("Of those, 900 were from Leeds, while 1,000 were from Bradford.", "inconsistent"),
    ("Of those, 900 were from men, while 1,000 were from women.", "inconsistent"),
    ("Of those, 900 were calls, while 1,100 were web chats.", "consistent"),
    ("Of those, 900 were from men, while 1,100 were from women.", "consistent"),
    # an exact further part that makes the sum: agreement with the longer list, no miss
    ("Of those, 900 were calls, while 1,000 were web chats. A further 100 were emails.", "consistent"),
])
def test_of_those_while_split_one_way_is_still_judged(rest, verdict):
    assert (2000, verdict) in _verdicts(_WHOLE + rest, "sum")


# --- "N times" after a verb: a helpline's count only when the verb's object is the helpline --------------------------
@pytest.mark.parametrize("text, value", [
    ("The charity emailed the council 400 times in 2022 about its funding.", 400),
    ("One caller said she had texted friends 400 times in 2022 before she rang.", 400),
    ("Staff messaged the housing office 120 times in 2022.", 120),
    ("Callers were turned away 40 times in 2022.", 40),
    ("Its bid for funding was turned down 3 times in 2022.", 3),
    ("The charity emailed 250 times in 2022 about its lease.", 250),
])
def test_n_times_after_a_verb_with_another_object_is_no_helpline_count(text, value):
    counts = {int(c.value): c.measure for c in _record(text).counts if c.value is not None}
    assert counts.get(value) in (None, "other")


@pytest.mark.parametrize("text, value", [
    ("Gamblers turned to the National Gambling Helpline 3,870 times in 2023.", 3870),
    ("People reached out to the helpline 5,000 times in 2023.", 5000),
    ("Young people texted the line 900 times in 2023.", 900),
    ("Parents emailed the helpline 640 times in 2023.", 640),
    ("Young people texted the line 900 times in 2023, three times as often as in 2022, when they texted 300 times.",
     300),
])
def test_n_times_after_a_verb_to_the_helpline_is_a_count(text, value):
    counts = {int(c.value): c.measure for c in _record(text).counts if c.value is not None}
    assert counts.get(value) == "helpline_contacts"


@pytest.mark.parametrize("text", [
    "Calls to the helpline rose 40% to 550 in 2023. The charity emailed the council 400 times in 2022 about funding.",
    "Calls to the helpline rose 40% to 550 in 2023. One caller had texted friends 400 times in 2022 before she rang.",
    "The helpline took 44 calls in 2023, up 15% on 2022, when callers were turned away 40 times.",
    "The helpline took 44 calls in 2023, up 15% from 2022. Callers were turned away 40 times in 2022.",
])
def test_a_change_is_not_refuted_by_n_times_of_another_thing(text):
    assert "inconsistent" not in {v for _, v in _verdicts(text, "percentage")}


def test_a_change_of_n_times_to_the_helpline_is_still_checked():
    text = "Gamblers turned to the National Gambling Helpline 3,870 times in 2023, up 20% from 3,225 times in 2022."
    assert (20, "consistent") in _verdicts(text, "percentage")


# --- "of the" in a later sentence is a sibling, not a part of the parts -------------------------------------------
def test_n_of_the_calls_in_a_later_sentence_may_close_a_run():
    text = "The helpline took 1,000 calls in 2023. 600 came from Leeds. 400 of the calls came from Bradford."
    assert (1000, "consistent") in _verdicts(text, "sum")

"""What makes parts a total's own before a miss is a misprint: the whole counts what the parts count, no other count
before them is their exact sum, a splitting word opens the second part's clause, the list does not go on past the
words that seem to end it, a remainder ("the remainder, 78") closes its list, and a run the enumeration adds up
stops at a remainder and at a part that points back at the parts before it (``pipeline/check/pointed_sums.py``,
``remainder_sums.py``, ``sum_splits.py``, ``candidate_sums.py``).

Sentences of our own writing.  They vary the total's place (before or after its parts, in their sentence or not),
the parts' layout (one sentence, two, a list), their number (2 to 6), the link between them (a pointer, a
remainder, "including", a dash), the whole's measure and period, and hold the sentences where the check must stay
silent: a list that may be partial, a whole of another measure or period, a total that is a subset.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _sums(text: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="sum_evidence.txt", published="2025-03-01")
    value = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, sorted(value[i] for i in c.inputs if i in value))
            for c in record.checks if c.kind == "sum"]


def _verdicts(text: str) -> list[tuple[float, str]]:
    return [(stated, verdict) for stated, verdict, _ in _sums(text)]


# Misprints the words and the arithmetic refute, and agreements beside them.
DECIDED = [
    # a split by "while" right before the second part, the whole in the sentence before
    ("The helpline took 2,480 calls in 2024. Of those, 1,930 came from men, while 500 came from women.", 2480,
     "inconsistent"),
    ("The helpline took 2,480 calls in 2024. Of those, 1,930 came from men, while 550 came from women.", 2480,
     "consistent"),
    # "the remainder" closes its list: the whole restated in the list's sentence, 2 parts
    ("Of the 520 callers in 2024, 391 were worried about themselves and the remainder, 120, were relatives.", 520,
     "inconsistent"),
    ("Of the 520 callers in 2024, 391 were worried about themselves and the remainder, 129, were relatives.", 520,
     "consistent"),
    # the whole in the sentence before, a later sentence that points back at a part of the parts
    ("The helpline took 700 calls in 2024. Of those, 400 came from men and the remainder, 280, from women. Twenty of "
     "those calls led to a referral.", 700, "inconsistent"),
    ("The helpline took 700 calls in 2024. Of those, 400 came from men and the remainder, 300, from women. Twenty of "
     "those calls led to a referral.", 700, "consistent"),
    # 6 parts closed by the remainder
    ("The line took 1,000 calls in 2024. Of these, 300 were from men, 200 from women, 100 from young people, 150 "
     "from parents, 50 from professionals and the remainder, 190, from others.", 1000, "consistent"),
    ("The line took 1,010 calls in 2024. Of these, 300 were from men, 200 from women, 100 from young people, 150 "
     "from parents, 50 from professionals and the remainder, 190, from others.", 1010, "inconsistent"),
    # a list that began a sentence before the remainder's adds up
    ("The helpline took 950 calls in 2024. Of those, 400 came from Kent. A further 300 came from Surrey, and the "
     "remainder, 250, from Sussex.", 950, "consistent"),
    # places that partition the total, the total before or after them
    ("In 2024, 1,274 people in West Yorkshire contacted the line. Leeds accounted for 498, Bradford 341, Kirklees 236, "
     "Wakefield 162 and Calderdale 57.", 1274, "inconsistent"),
    ("In 2024, 1,294 people in West Yorkshire contacted the line. Leeds accounted for 498, Bradford 341, Kirklees 236, "
     "Wakefield 162 and Calderdale 57.", 1294, "consistent"),
    ("Leeds accounted for 500, Bradford 300, Kirklees 200 and Wakefield 100. In total, 1,110 people in West Yorkshire "
     "contacted the line in 2024.", 1110, "inconsistent"),
]


@pytest.mark.parametrize("text, stated, verdict", DECIDED)
def test_a_whole_and_its_own_parts(text: str, stated: float, verdict: str) -> None:
    assert (stated, verdict) in _verdicts(text)


# Where the parts may be another whole's, the list may go on, or the split word splits nothing: no "inconsistent".
SILENT = [
    # the nearest whole counts another thing (homes, addresses) than the parts (arrests); the arrests' own total
    # before it adds up, or is not there at all
    "Officers arrested 58 people in 2024. Searches were carried out at 64 homes during the year. Of those arrested, "
    "40 were bailed while inquiries go on and 18 were charged.",
    "Searches were carried out at 64 homes in 2024. Of those arrested, 40 were bailed while inquiries go on and 18 "
    "were charged.",
    "The line took 1,200 calls in 2024. Officers visited 300 homes. Of those homes, 180 were in Leeds, while 100 "
    "were in Bradford.",
    # "while" opens a clause of its own, not the second part
    "The helpline took 2,480 calls in 2024. Of those, 1,930 came from men while the line was open and 500 came from "
    "women.",
    # another count of the parts' measure family before them is their exact sum
    "The charity answered 900 calls in 2024. It also handled 1,000 contacts that year. Of those, 600 were from men, "
    "while 300 were from women.",
    # the list goes on in the next sentence ("A further 100"), or began in the sentence before the remainder's
    "Stop It Now heard from 1,500 people in 2024. Of those, 600 called the helpline, while 800 used the website. A "
    "further 100 sent emails.",
    "The helpline took 950 calls in 2024. Of those, 400 came from Kent. A further 300 came from Surrey, and the "
    "remaining 250 from Sussex.",
    # a partial list ("including"), parts of another year, a subset of the total split
    "The helpline took 3,000 calls in 2024, including 1,200 from Leeds and 900 from Bradford. The remainder of its "
    "work was training.",
    "The line took 2,000 calls in 2024. In 2023, 1,100 came from men and the remainder, 800, from women.",
    "The service had 4,000 contacts in 2024. Of them, 2,500 were calls. Among the callers, 1,400 were men, while "
    "1,000 were women.",
    "Calls rose to 2,600 in 2024 from 2,000 in 2023. Of last year's calls, 1,300 were from men, while 1,200 were "
    "from women.",
    "The charity supported 640 families last year. Of those families, 400 were in Kent and 200 in Sussex, the rest "
    "elsewhere.",
]


# Ten sentences of our own where the list may be partial or the whole of another measure or time.
TRICKY = [
    "The line took 3,000 calls in 2024. In the first half it took 1,700; for the remainder of the year the office "
    "moved, and 90 volunteers joined.",
    "Stop It Now heard from 2,000 people in 2024. Of those, 1,200 rang the helpline, while 700 used the live chat, "
    "and others emailed.",
    "The helpline took 4,000 calls and 2,500 chats in 2024. Of those, 2,300 came from men, while 1,600 came from "
    "women.",
    "Police recorded 520 offences in 2024. Of those arrested, 300 were charged while 190 were released.",
    "The service helped 1,100 people in 2024. Among them were 600 men, while 470 were parents of teenagers.",
    "The charity took 1,800 calls in 2024, up from 1,500 the year before. Of those, 900 were from Leeds and 850 "
    "from Bradford.",
    "Calls rose to 2,400 in 2024. The year before, 1,300 came from men and the remainder, 1,050, from women.",
    "The line answered 5,000 calls in 2024, about 1,000 more than in 2023. Of them, 3,000 were from England, while "
    "950 were from Wales.",
    "Of the 760 callers in 2024, 400 were worried about their own thoughts; the remainder, some 340, included "
    "relatives and professionals.",
    "The helpline took 1,200 calls in 2024. Of the callers, 700 were men, while 470 were aged under 25.",
]


@pytest.mark.parametrize("text", SILENT + TRICKY)
def test_no_misprint_on_parts_that_may_not_be_the_whole(text: str) -> None:
    assert "inconsistent" not in [verdict for _, verdict in _verdicts(text)]


# A run the enumeration adds up does not reach past a remainder or into a part that points back at the parts before.
NO_RUN = [
    ("The helpline took 700 calls in 2024. Of the calls, 420 came from men and 260 from women. Twenty of the calls "
     "led to a referral.", 700, [20, 260, 420]),
    ("The helpline took 700 calls in 2024. Of the calls, 400 came from men and 280 from women. Twenty of those calls "
     "led to a referral.", 700, [20, 280, 400]),
    ("Of the 384 callers in 2023, 297 were worried about themselves and the remainder, 78, were relatives. Nine of "
     "those calls led to a referral.", 384, [9, 78, 297]),
]


@pytest.mark.parametrize("text, stated, inputs", NO_RUN)
def test_a_run_stops_where_the_list_does(text: str, stated: float, inputs: list[float]) -> None:
    assert (stated, "consistent", inputs) not in _sums(text)

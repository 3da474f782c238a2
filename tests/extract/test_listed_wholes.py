"""A comparison whose subject is the whole compares the total of a breakdown, never one of its parts
(``pipeline/extract/listed_wholes.py``, read by ``base_links.antecedent`` and ``body_links``): "It handled 3,100
contacts - 2,000 calls and 1,100 emails. In the same quarter of 2023 the figure was 1,400" compares 1,400 with
3,100.  The table varies the link (a dash, a colon, brackets, "including", a sentence of its own), the parts'
number and nouns (channels, groups), the earlier figure's words ("the figure was", "the total was", "That compares
with"), the multiplier's word, and a breakdown that is itself a misprint of its total.  Sentences of our own
writing; the neighbours: a part is the later figure when the earlier figure's sentence names the part's noun (or
place: heldout12's Oxfordshire figure), parts by place leave "the figure" the total's, and no breakdown leaves the
figure before as it was.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _multiplier_checks(text: str) -> list[tuple[str, list[float]]]:
    record = extract_article(text, source="listed_wholes.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    return [(c.verdict, sorted(values[i] for i in c.inputs if i in values)) for c in record.checks
            if c.kind == "multiplier"]


@pytest.mark.parametrize("text, inputs", [
    # a dash, two parts by channel, "more than doubled" in the lede
    ("The number of people in Kent contacting the Samaritans has more than doubled in a year, the charity says.\n\n"
     "Between January and March it handled 3,100 contacts from the county - 2,000 calls and 1,100 emails.\n\n"
     "In the same quarter of 2023 the figure was 1,400.", [1400, 3100]),
    # a colon, two parts by group, "the total was"
    ("The number of callers in Kent ringing the Samaritans has doubled in a year.\n\nIn 2023 it took 2,800 calls "
     "from the county: 1,900 from men and 900 from women.\n\nA year earlier the total was 1,400.", [1400, 2800]),
    # brackets, three parts, "trebled", "That compares with"
    ("Contacts from Essex to Shout have trebled in a year.\n\nShout handled 3,000 contacts in 2023 (2,000 texts, "
     "700 calls and 300 webchats).\n\nThat compares with 1,000 the year before.", [1000, 3000]),
    # "including", the parts a misprint of their total (3,900 of 4,000)
    ("Contacts from Fife to the helpline have more than doubled in a year.\n\nIt handled 4,000 contacts in 2023, "
     "including 2,500 calls and 1,400 webchats.\n\nIn 2022 the figure was 1,800.", [1800, 4000]),
    # the parts in a sentence of their own after the total
    ("Contacts from Devon to the helpline have more than doubled.\n\nIt handled 5,000 contacts in 2023.\n\nOf these, "
     "3,000 were calls and 2,000 were webchats.\n\nIn 2022 the figure was 2,200.", [2200, 5000]),
    # neighbour: the earlier figure's sentence names the part's noun, so the part is the later figure
    ("Webchats from Devon to the helpline have more than doubled in a year.\n\nIt handled 5,000 contacts in 2023 - "
     "3,000 calls and 2,000 webchats.\n\nIn 2022 the webchats figure was 900.", [900, 2000]),
    # neighbour: parts by place, "the figure" with no place of its own is the total's
    ("Calls from the three counties to the helpline have doubled in a year.\n\nIt took 1,900 calls in 2023: 700 "
     "from Berkshire, 600 from Buckinghamshire and 600 from Oxfordshire.\n\nIn 2022 the figure was 950.",
     [950, 1900]),
    # neighbour: no breakdown, the figure before is the total itself
    ("Contacts from Devon to the helpline have more than doubled.\n\nIt handled 5,000 contacts in 2023.\n\nIn 2022 "
     "the figure was 2,200.", [2200, 5000]),
])
def test_the_whole_is_compared_not_a_part(text: str, inputs: list[float]) -> None:
    assert _multiplier_checks(text) == [("consistent", inputs)]

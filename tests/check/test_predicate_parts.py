"""A share with no figure whose words name its whole and whose predicate names its part, told later under words that
point back at that whole (``pipeline/check/predicate_parts.py``, twenty-second round).  Sentences of our own writing
that vary the share (a fraction word, a figure, a hedge), the whole's noun and the words the part repeats; neighbours
that must get no "inconsistent": the part's sentence repeats the words in its rest, not in the part's clause; no
pointer back; a whole of another place or year; the share's sentence names neither place nor period; two parts.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _shares(text: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="predicate_parts.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, [values.get(i) for i in c.inputs]) for c in record.checks if c.kind == "share"]


LEDE = "Almost a third of the calls made from Kent to the helpline last year were about gambling debts, figures show."
WHOLE = "The helpline received 3,000 calls from Kent in 2024."


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    (f"{LEDE}\n\n{WHOLE} Of these, 960 were about gambling debts, with the rest about other worries.",
     33.3, "consistent", [960, 3000]),
    (f"{LEDE}\n\n{WHOLE} Of these, 760 were about gambling debts, with the rest about other worries.",
     33.3, "inconsistent", [760, 3000]),
    ("Nearly half of the contacts from Dorset in 2024 came from parents worried about a child online.\n\n"
     "The charity logged 2,200 contacts from Dorset in 2024. Of those, 1,040 came from parents worried about a "
     "child, it said.", 50.0, "consistent", [1040, 2200]),
    ("Nearly half of the contacts from Dorset in 2024 came from parents worried about a child online.\n\n"
     "The charity logged 2,200 contacts from Dorset in 2024. Of those, 860 came from parents worried about a "
     "child, it said.", 50.0, "inconsistent", [860, 2200]),
    ("Some 40% of the callers from Fife last year were calling for a partner or a friend.\n\n"
     "The line answered 1,500 calls from Fife in 2024. Of them, 600 were calling for a partner or a friend.",
     40.0, "consistent", [600, 1500]),
])
def test_a_share_whose_predicate_names_a_later_part(text: str, stated: float, verdict: str,
                                                     inputs: list[float]) -> None:
    assert (stated, verdict, inputs) in _shares(text)


@pytest.mark.parametrize("text, stated", [
    # the words come again in the rest, not in the part's clause: the part is the other group
    (f"{LEDE}\n\n{WHOLE} Of these, 760 were about housing, with the rest about gambling debts.", 33.3),
    # no words pointing back at the whole before the part
    (f"{LEDE}\n\n{WHOLE} Some 760 were about gambling debts, the charity said.", 33.3),
    # a whole of another place, or of another year
    (f"{LEDE}\n\nThe helpline received 3,000 calls from Surrey in 2024. Of these, 760 were about gambling debts.",
     33.3),
    (f"{LEDE}\n\nThe helpline received 3,000 calls from Kent in 2022. Of these, 760 were about gambling debts.",
     33.3),
    # the share's sentence names neither place nor period
    ("Almost a third of the calls were about gambling debts.\n\nThe helpline received 3,000 calls from Kent in "
     "2024. Of these, 760 were about gambling debts.", 33.3),
    # two parts repeat the words: no one part
    (f"{LEDE}\n\n{WHOLE} Of these, 760 were about gambling debts. The helpline also took 2,000 calls from Kent in "
     "2024 on its night line. Of these, 500 were about gambling debts.", 33.3),
])
def test_no_inconsistent_share_on_a_part_its_predicate_may_not_name(text: str, stated: float) -> None:
    assert (stated, "inconsistent") not in [s[:2] for s in _shares(text)]

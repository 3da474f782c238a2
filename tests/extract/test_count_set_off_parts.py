"""A share's part told without a noun of its own, and one more part told after it: counts and measures.

- pipeline/extract/set_off_parts.py ``set_off_part``, ``set_off_noun``, ``set_off_share``: a figure set off by a
  dash or a bracket after a share ("Nearly half of those texting - 1,050 -", "two-thirds of the Welsh callers - 517
  people -", "one in five (124)") is the share's part: what the count before counts, or the share's noun.
  ``further_opens``, ``continued_part``: "A further 211 were partners", "391 callers were gamblers and 214 were
  family members": one more part, what the part or count before counts ("Of the 622, 391 callers" read as two
  figures is in tests/extract/test_numbers.py).

The rows vary the share's form (fraction word, "one in N", a percentage), how it names its whole ("of them", "of
those" with a participle or "who", "of the" with an adjective and a noun, nothing), the mark that sets the figure
off (hyphen, en dash, em dash, bracket), the figure's form (bare, with "people"), the noun of the count before
(calls, contacts, conversations), where the whole stands (the sentence before, two before) and the near misses
(a change's percentage, money, staff, no count before). Each row is a text of our own and, for each figure, the
measure it must have (``None``: no count).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.extract.set_off_parts import set_off_share

C, CA, O = "helpline_contacts", "helpline_calls", "other"

SET_OFF = [
    # the whole pointed back at, with a participle or "who" after "those"
    ("The service held 2,400 conversations in 2023. Nearly half of those texting \u2013 1,050 \u2013 were under 25.",
     {2400: C, 1050: C}),
    ("The line took 3,000 calls in 2023. A quarter of those who rang (750) were women.", {3000: CA, 750: CA}),
    ("The service had 1,900 contacts last year. About a third of those getting in touch - 640 - were men.",
     {1900: C, 640: C}),
    ("The line took 3,000 calls in 2023. Two-thirds of them \u2014 2,000 \u2014 came at night.", {3000: CA, 2000: CA}),
    # a share of a noun with an adjective or a possessive before it, the figure bare or with "people"
    ("The line took 812 calls in 2023. Nearly two-thirds of the Welsh callers - 517 people - were men.",
     {812: CA, 517: C}),
    ("The charity had 2,200 contacts in 2023. Half of its contacts (1,100) came by webchat.", {2200: C, 1100: C}),
    ("The charity had 2,200 contacts in 2023. Half of all the first-time contacts \u2013 900 \u2013 came by text.",
     {2200: C, 900: C}),
    # a share with no "of": "one in N", a fraction, a percentage; the figure right after it or at its clause's end
    ("The line took 622 calls in 2023. Roughly one in five (124) were from Inverness.", {622: CA, 124: CA}),
    ("The line took 3,000 calls in 2023. Around 40% - 1,200 - came at night.", {3000: CA, 1200: CA}),
    ("The line took 3,000 calls in 2023. Of these, half (1,500) came at night.", {3000: CA, 1500: CA}),
    ("The service held 4,620 conversations in 2023. One in three texters was a student - 1,540 people.",
     {4620: C, 1540: C}),
    # the whole two sentences back
    ("The line took 3,000 calls in 2023. Most came from Leeds. About one in four (750) came at night.",
     {3000: CA, 750: CA}),
    # near misses: a change's percentage, money, no count before
    ("The line took 3,000 calls in 2023. That was up 20% - 500 - on 2022.", {3000: CA, 500: None}),
    ("The line took 2,880 calls in 2023. Most of the money (800) came from the council.", {2880: CA, 800: None}),
    ("Roughly one in five (124) were from Inverness.", {124: O}),
]

FURTHER = [
    # a sentence opening with one more part; the noun of the count before: calls, contacts
    ("The line took 812 calls in 2023. Of them, 500 were men. A further 211 were partners.", {500: CA, 211: CA}),
    ("The line took 812 calls in 2023. Of them, 500 were men. Another 211 were women.", {500: CA, 211: CA}),
    ("The service had 900 contacts. Of those, 500 came by text. Another 300 came by webchat.", {500: C, 300: C}),
    ("The line took 812 calls in 2023. Of them, 500 were men. A further 90 were professionals, and 84 were "
     "relatives.", {90: CA, 84: CA}),
    # a clause that goes on to the next part after "and"
    ("Of the 622 calls, 391 callers were gamblers and 214 were family members.", {391: CA, 214: CA}),
    ("The line took 900 calls. Of those, 500 callers were men, and 400 were women.", {500: CA, 400: CA}),
    # near misses: staff or volunteers, no count before, a noun of its own
    ("The line took 2,880 calls in 2023. Another 40 were volunteers who joined.", {40: None}),
    ("The line took 2,880 calls in 2023. A further 300 people used its website.", {300: "website_users"}),
]


@pytest.mark.parametrize("text,measures", SET_OFF + FURTHER)
def test_a_part_without_its_own_noun_counts_what_its_whole_counts(text: str, measures: dict[int, str]) -> None:
    record = extract_article(text, source="set-off-parts.txt", published="2024-11-01")
    found = {c.value: c.measure for c in record.counts}
    assert {v: found.get(v) for v in measures} == measures


@pytest.mark.parametrize("before, alone, expected", [
    # the share's form right before the mark: "one in N", "N in M" in digits or words, a fraction, a percentage
    ("Roughly one in five (", False, True),
    ("Some three in ten - ", False, True),
    ("About 3 in 10 \u2013 ", False, True),
    ("Nearly two-thirds (", False, True),
    ("Some 20% - ", False, True),
    ("About 20 per cent (", False, True),
    # a hedge opening the bracket
    ("Roughly one in five (about ", False, True),
    ("A third \u2014 more than ", False, True),
    # words between the share and the mark: only in a sentence of no other count
    ("One in three texters in Wales was aged 18 to ", True, False),  # a digit between: no
    ("One in three texters was a student - ", True, True),
    ("One in three texters was a student - ", False, False),
    # near misses: no share ("N in" a word that is no number), a change's percentage
    ("The side was top-20 in both run defence (", True, False),
    ("It was ranked 12 in total (", True, False),
    ("That was up 20% (", True, False),
    ("Calls rose by a third - ", True, False),
])
def test_a_share_before_a_set_off_figure(before: str, alone: bool, expected: bool) -> None:
    assert set_off_share(before, alone=alone) is expected

"""A share's part set off after a pointer that carries words of its own (shares23a,
``pipeline/extract/nounless_counts.py`` ``set_off_part``).

"Nearly half of those texting - 1,050 - were under 25" after "2,560 conversations": the figure set off after "of
those" and a participle or a relative clause ("texting", "who called the line", "who got in touch") is the share's
part and counts what the count before counts, as after a bare "of them -" it did.  The table varies the pointer
(them, those, these), its words (none, a participle, a relative clause of up to six words), the set-off (hyphen, en
dash, em dash, bracket) and the noun of the count before (conversations, calls, contacts); and, checked, the share
against the whole before, both verdicts.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

C, CA = "helpline_contacts", "helpline_calls"

ROWS = [
    ("Volunteers held 2,560 conversations with texters in 2024. Nearly half of those texting \u2013 1,050 \u2013 were "
     "under 25.", {2560: C, 1050: C}),
    ("The line took 4,200 calls in 2024. Almost a third of those who called the line (1,300) were men.",
     {4200: CA, 1300: CA}),
    ("The service had 3,100 contacts in 2024. Around a quarter of these getting in touch - 790 - were worried about "
     "a partner.", {3100: C, 790: C}),
    ("The line took 4,200 calls in 2024. More than half of those who rang for the first time \u2014 2,300 \u2014 "
     "were women.", {4200: CA, 2300: CA}),
    ("The service had 3,100 contacts in 2024. About two in five of them - 1,240 - came at night.",
     {3100: C, 1240: C}),
]


@pytest.mark.parametrize("text, measures", ROWS)
def test_a_part_set_off_after_a_pointer_with_words(text, measures):
    record = extract_article("Helpline figures\n\n" + text, source="pointer.txt", published="2025-02-01")
    assert {int(c.value): c.measure for c in record.counts} == measures


@pytest.mark.parametrize("text, stated, verdict", [
    ("Volunteers held 2,560 conversations with texters in 2024. Nearly half of those texting \u2013 1,050 \u2013 were "
     "under 25.", 50.0, "inconsistent"),
    ("Volunteers held 2,560 conversations with texters in 2024. Over two-fifths of those texting \u2013 1,050 \u2013 "
     "were under 25.", 40.0, "consistent"),
    ("The line took 4,200 calls in 2024. Almost a third of those who called the line (1,300) were men.", 33.3,
     "consistent"),
    ("The line took 4,200 calls in 2024. Nearly half of those who called the line (1,300) were men.", 50.0,
     "inconsistent"),
])
def test_the_share_of_such_a_part(text, stated, verdict):
    record = extract_article("Helpline figures\n\n" + text, source="pointer.txt", published="2025-02-01")
    got = [c.verdict for c in record.checks if c.kind == "share" and c.stated == stated]
    assert got == [verdict]

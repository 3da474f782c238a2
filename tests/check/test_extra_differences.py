"""A difference written "an extra N" ("an extra 580 calls") is the size of a change, checked against its two
counts like "an increase of N" (ANNOTATION.md decisions 2 and 10).  Sentences of our own writing."""
from __future__ import annotations

import pytest

from check_factories import differences_of


@pytest.mark.parametrize("text, difference, verdict", [
    ("Calls to the line rose from 3,200 in 2022 to 3,650 in 2023, an extra 450 calls.", 450.0, "consistent"),
    ("Contacts went from 1,140 in 2021 to 1,500 in 2022, an extra 400 contacts.", 400.0, "inconsistent"),
])
def test_an_extra_n_is_a_difference(text, difference, verdict):
    checks = differences_of(text, difference, published="2024-01-01")
    assert [c.verdict for c in checks] == [verdict], [(c.kind, c.stated, c.explanation) for c in checks]

"""A change's base written as a labelled figure in brackets: "rose by 36% in May 2021 to 1,360 (April: 1,000)".

Every sentence is our own writing.  The bracketed figure is of the period its label names
and is the change's base count; a label that dates no earlier period links nothing.
"""
from __future__ import annotations

import pytest

from check_factories import assert_decided
from pipeline import extract_article

LABELLED = [
    # text, (earlier, later) inputs or None (no decided check), verdict, base period start
    ("Calls to the line jumped by 36% in May 2021 to 1,360 (April: 1,000).", (1000, 1360), "consistent", "2021-04-01"),
    ("Calls to the line jumped by 20% in May 2021 to 1,360 (April: 1,000).", (1000, 1360), "inconsistent", "2021-04-01"),
    ("Calls to the line fell by 10% in 2022 to 4,500 (2021: 5,000).", (5000, 4500), "consistent", "2021-01-01"),
    # the label is no earlier period, or the bracket holds another figure
    ("Calls to the line jumped by 36% in May 2021 to 1,360 (Kent: 1,000).", None, None, None),
    ("Calls to the line jumped by 36% in May 2021 to 1,360 (1,000 of them at night).", None, None, None),
]


@pytest.mark.parametrize("text,inputs,verdict,base_start", LABELLED)
def test_labelled_base(text, inputs, verdict, base_start):
    record = extract_article(text, source="labelled.txt", published="2023-01-10")
    assert_decided(record, inputs, verdict)
    if inputs is not None:
        assert record.percentages[0].base_period_start == base_start

"""A figure set off by commas right after a share of a pointer or of "those <noun>" (twenty-fourth round, shares24;
``pipeline/extract/set_off_parts.py``: ``_SET_OFF_COMMA``, the one reading of a pointer set off by commas, and
``share_comma_noun``).

"More than a third of those calls, 132,800, came from people who said they felt lonely" after "412,300 calls in
2022": the figure is the share's part, counting what the count before counts, and the share points back at that
count, so a disagreement is a verdict as for the same part set off by dashes.  The table varies the pointer ("of
them", "of those", "of these", "of those calls", "of its calls", "of last year's calls"), the hedge (more than,
nearly, about, exact), the share's form (a fraction word, a percentage), the mark after the figure (a comma, a dash)
and both verdicts.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from test_named_wholes import decided

TOOK = "The charity's volunteers answered 9,000 calls in 2024, its annual report says. "


@pytest.mark.parametrize("text, stated, expected", [
    (TOOK + "More than a third of those calls, 3,200, came from people living alone.", 33.3,
     [("consistent", [3200, 9000])]),
    (TOOK + "More than a third of those calls, 2,900, came from people living alone.", 33.3,
     [("inconsistent", [2900, 9000])]),
    (TOOK + "Nearly half of them, 4,300, came at night.", 50.0, [("consistent", [4300, 9000])]),
    (TOOK + "Nearly half of them, 3,600, came at night.", 50.0, [("inconsistent", [3600, 9000])]),
    (TOOK + "About a quarter of these, 2,250, were from men.", 25.0, [("consistent", [2250, 9000])]),
    (TOOK + "Some 20% of its calls, 1,800 \u2013 came from students.", 20.0, [("consistent", [1800, 9000])]),
    (TOOK + "In all, 45% of last year's calls, 4,050, came at night.", 45.0, [("consistent", [4050, 9000])]),
    (TOOK + "In all, 40% of those calls, 3,700, came at night.", 40.0, [("inconsistent", [3700, 9000])]),
])
def test_a_part_set_off_by_commas(text, stated, expected):
    assert [d for d in decided(text, stated) if d[0] != "unverifiable"] == expected


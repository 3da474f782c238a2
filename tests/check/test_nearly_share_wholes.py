"""A share set off after its part with "nearly" or "almost", judged on the nearest whole before (twenty-fourth round,
shares24; ``pipeline/check/share_wholes.py``, ``BOUNDED``).

"with 3,620 calls - almost a third - coming between midnight and 6am" after "11,870 calls in the first three months":
"nearly a third" accepts [29.97, 33.3), as narrow a band as "about a third", so the part beside the share and the
nearest whole before it are read as for "about".  Agreement only (the whole is chosen by the text's order).  The
table varies the hedge (almost, nearly, just under), the share's form (a fraction word, one in N, a percentage), the
mark that sets it off (dashes, brackets, commas), the whole's distance (the sentence before, a paragraph between) and
the noun; a one-sided hedge ("more than", "over") stays out.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from test_named_wholes import MIDDLE, decided

TOOK = "The branch answered 12,000 calls in the first three months of this year. "


@pytest.mark.parametrize("text, stated, expected", [
    (TOOK + "Night calls rose, with 3,700 calls \u2013 almost a third \u2013 coming after midnight.", 33.3,
     [("consistent", [3700, 12000])]),
    (TOOK + MIDDLE + "Night calls rose, with 3,700 calls (nearly a third) coming after midnight.", 33.3,
     [("consistent", [3700, 12000])]),
    (TOOK + "It said 5,700 of them \u2013 nearly half \u2013 came from men.", 50.0, [("consistent", [5700, 12000])]),
    (TOOK + "In all, 2,300 calls, almost one in five, came at weekends.", 20.0, [("consistent", [2300, 12000])]),
    (TOOK + "In all, 2,300 calls, nearly 20%, came at weekends.", 20.0, [("consistent", [2300, 12000])]),
    # outside the band: no verdict on a whole chosen by order
    (TOOK + "Night calls rose, with 3,000 calls \u2013 almost a third \u2013 coming after midnight.", 33.3, []),
    # an open hedge agrees with too much: no check
    (TOOK + "Night calls rose, with 3,000 calls \u2013 more than a fifth \u2013 coming after midnight.", 20.0, []),
])
def test_a_nearly_share_beside_its_part(text, stated, expected):
    assert [d for d in decided(text, stated) if d[0] != "unverifiable"] == expected

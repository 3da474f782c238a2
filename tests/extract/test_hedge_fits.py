"""One window for a hedged figure computed from two counts (``earlier_in_sentence.hedge_fits``), shared by the
change re-anchoring and the share figures: "more than" above by at most a fifth, "nearly" up to a tenth below,
"about" within a twentieth or one point.  Values of our own choosing, at and across each edge.
"""
from __future__ import annotations

import pytest

from pipeline.extract.earlier_in_sentence import hedge_fits
from pipeline.extract.share_figures import share_fits


@pytest.mark.parametrize("computed, stated, qualifier, expected", [
    (55.0, 50.0, "more_than", True), (60.0, 50.0, "more_than", True), (60.5, 50.0, "more_than", False),
    (50.0, 50.0, "more_than", False),
    (46.0, 50.0, "nearly", True), (45.0, 50.0, "nearly", True), (44.0, 50.0, "nearly", False),
    (50.0, 50.0, "nearly", False),
    (52.0, 50.0, "about", True), (47.4, 50.0, "about", False), (4.0, 3.0, "about", True), (4.5, 3.0, "about", False),
    (50.0, 50.0, "exact", False), (50.0, 50.0, "at_least", False),
])
def test_hedge_fits(computed: float, stated: float, qualifier: str, expected: bool) -> None:
    assert hedge_fits(computed, stated, qualifier) is expected


@pytest.mark.parametrize("value, qualifier, part, whole, expected", [
    (25.0, "exact", 250.0, 1000.0, True), (25.0, "more_than", 280.0, 1000.0, True),
    (25.0, "nearly", 240.0, 1000.0, True), (25.0, "nearly", 260.0, 1000.0, False),
    (25.0, "about", 262.0, 1000.0, True), (25.0, "exact", 262.0, 1000.0, False),
])
def test_share_fits_through_the_shared_window(value: float, qualifier: str, part: float, whole: float,
                                              expected: bool) -> None:
    assert share_fits(value, qualifier, part, whole) is expected

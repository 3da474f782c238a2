"""The figure a claim's phrase names as its base, read as written (``phrase_bases._phrase_number``): a financial
year before it ("since 2022/23, when 410 ...") is read whole and passed over as a calendar year is, so that its tail
("23") never stops the scan.  Sentences of our own writing; rows vary the year's form (calendar, "2022/23",
"2022/2023"), the link words, the noun and the hedge, and include phrases that name no base.
"""
from __future__ import annotations

from typing import Optional

import pytest

from pipeline import extract_article
from pipeline.check.evidence import Evidence
from pipeline.check.phrase_bases import _phrase_number


def _base(text: str) -> Optional[float]:
    record = extract_article(text, source="phrase_number_years.txt", published="2025-03-01")
    claim = next((f for f in [*record.multipliers, *record.percentages] if getattr(f, "kind", "change") == "change"),
                 None)
    found = _phrase_number(claim, Evidence(record, text)) if claim is not None else None
    return found[0] if found else None


@pytest.mark.parametrize("text, base", [
    ("Calls to the line have doubled since 2022/23, when 410 were taken.", 410.0),
    ("Texts have risen by 40 per cent on 2021/22, when the line received 1,250.", 1250.0),
    ("Referrals have almost trebled since 2019/2020, when 300 were made.", 300.0),
    ("Calls to the line have doubled since 2022, when 410 were taken.", 410.0),
    ("Webchats more than doubled from the 620 held in 2023/24.", 620.0),
    # no base named: a figure of another link, or none at all
    ("Calls to the line have doubled since 2022/23.", None),
    ("Calls have doubled since 2022/23 and 40 staff were hired.", None),
])
def test_phrase_number(text: str, base: Optional[float]) -> None:
    assert _base(text) == base

"""A share beside its part, judged against the nearest whole stated before the part, paragraphs away.

The whole is the nearest exact count before the part of a measure it may hold; only agreement is a
verdict.  A part against its whole is a share check however the share is written.  Sentences of our
own writing.
"""
from __future__ import annotations

import pytest

from check_factories import checks_stated
from pipeline import extract_article

MIDDLE = "\n\nThe charity said it was grateful to the volunteers who answer the phones.\n\n"


def share_checks(text: str, stated: float) -> list:
    return checks_stated(text, stated, ("share", "percentage"), published="2023-05-01")


@pytest.mark.parametrize("text, stated", [
    ("The helpline took 5,000 calls in 2022." + MIDDLE + "In 2022, 1,500 of the calls, or 30 per cent, came "
     "from women.", 30.0),
    ("The helpline answered 8,000 calls last year." + MIDDLE + "Last year 2,000 of the calls (25%) came from people "
     "worried about a relative.", 25.0),
    ("The line took 2,400 calls in 2021." + MIDDLE + "In 2021, 40 per cent, or 960 calls, came from men "
     "worried about their own thoughts.", 40.0),
])
def test_a_share_of_the_whole_stated_before(text, stated):
    checks = share_checks(text, stated)
    assert checks and checks[0].kind == "share" and checks[0].verdict == "consistent", \
        [(c.kind, c.explanation) for c in checks]


@pytest.mark.parametrize("text, stated", [
    # the part and the nearest whole do not give it: no proof against it
    ("The helpline took 5,000 calls in 2022." + MIDDLE + "In 2022, 1,500 of the calls, or 40 per cent, came "
     "from women.", 40.0),
    # an open whole agrees with too much
    ("The helpline took more than 5,000 calls in 2022." + MIDDLE + "In 2022, 1,500 of the calls, or 30 per "
     "cent, came from women.", 30.0),
])
def test_no_verdict_without_a_whole_that_gives_it(text, stated):
    record = extract_article(text, source="whole.txt", published="2023-05-01")
    assert [p for p in record.percentages if p.kind == "share" and p.value == stated], "the share was not extracted"
    assert [c for c in record.counts if c.value == 1500], "the part was not extracted"
    checks = share_checks(text, stated)
    assert [c.verdict for c in checks] == ["unverifiable"] * len(checks), [c.explanation for c in checks]

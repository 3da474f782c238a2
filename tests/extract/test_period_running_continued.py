"""A count that goes on from a running total ("A further 2,418 ...") has no period either.

"Since the start of the campaign, more than 5,000 people have called. A further 2,418 called
about someone else.": the second count adds to a total of no one period, so it takes none, not
the period of an older sentence. Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


@pytest.mark.parametrize("text, published, periods", [
    ("The line helped 3,000 people between 2016 and 2018.\n\nSince the start of the campaign, more than 5,000 people "
     "have called the helpline. A further 2,418 people called the helpline about someone else.", "2019-03-01",
     {3000: "2016-01-01", 5000: None, 2418: None}),
    ("In 2019 the line took 4,000 calls. In the past six weeks 340 people have called it. Another 120 people called "
     "the helpline about a friend.", "2019-03-01", {4000: "2019-01-01", 340: None, 120: None}),
    # after a dated count of its measure the next one takes its period, as before
    ("In 2018 the helpline took 4,000 calls from men. A further 900 people called the helpline about a partner.",
     "2019-03-01", {4000: "2018-01-01", 900: "2018-01-01"}),
])
def test_a_count_after_a_running_total(text, published, periods):
    record = extract_article(text, source="running.txt", published=published)
    assert {c.value: c.period_start for c in record.counts if c.value in periods} == periods

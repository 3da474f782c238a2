"""Changes and multipliers that the nineteenth round (branch checks19c) makes checkable, each beside neighbours that
must stay as they were:

- the earlier figure of "was contacted 1,200 times in 2024, compared with 900 times in 2023" counts what the first
  "N times" counts (:mod:`pipeline.extract.compared_times`), so the change beside it has its base; "three times as
  many", "N times the" and a rate stay what they were;
- a change whose own sentence gives its base ("The total is up 20% on 2023, when 2,500 people got in touch") is
  judged with the base's measure when the later count linked to it is of another thing (the website users before
  it), and "The total" is the largest of the latest figures of that measure
  (:func:`pipeline.check.base_pairs.base_over_link`, :func:`pipeline.check.multiplier_bases.latest_figure`).

Sentences of our own writing, published 2025-05-01 ("last year" is 2024).
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _record(text: str):
    return extract_article(text, source="compared.txt", published="2025-05-01")


def _checks(text: str, kind: str, stated: float) -> list[tuple[str, tuple]]:
    record = _record(text)
    by_id = {c.id: c for c in record.counts}
    return [(c.verdict, tuple(sorted(by_id[i].value for i in c.inputs if i in by_id))) for c in record.checks
            if c.kind == kind and c.stated == stated]


@pytest.mark.parametrize("text, values", [
    ("The line was contacted 1,200 times from Bute in 2024, compared with 900 times in 2023.", [1200, 900]),
    ("The line was contacted 1,200 times in 2024, compared to 900 times in 2023.", [1200, 900]),
    ("Its website was accessed 5,000 times last year, against 4,100 times in 2023.", [5000, 4100]),
    ("The phones rang 640 times in 2024, versus about 700 times in 2023.", [640, 700]),
    ("The helpline was called 310 times in 2024, up from 250 times in 2023.", [310, 250]),
    ("The line was contacted 1,200 times last year, compared with 900 times the year before.", [1200, 900]),
    ("The line was contacted 1,200 times in 2024, compared with 900 times over the same period of 2023.", [1200, 900]),
    # neighbours: no verb of use before the first, a multiplier, a rate's own words
    ("The campaign ran 12 times in 2024, compared with 9 times in 2023.", []),
    ("The line was contacted 450 times by men, compared with three times as many contacts from women.", [450]),
    ("The line was contacted 300 times in 2024, against four times the number in 2019.", [300]),
])
def test_a_compared_times_figure_counts_what_the_first_counts(text, values):
    counts = _record(text).counts
    assert [c.value for c in counts if c.measure != "other"] == values
    assert len({c.measure for c in counts if c.measure != "other"}) <= 1


@pytest.mark.parametrize("text, kind, stated, verdict, inputs", [
    ("The line was contacted 1,230 times from Bute in 2024, compared with 950 times in 2023 - a 29 per cent "
     "increase.", "percentage", 29.0, "consistent", (950, 1230)),
    ("The line was contacted 2,400 times from Bute in 2024, compared with 2,000 times in 2023, a rise of 25 per "
     "cent.", "percentage", 25.0, "inconsistent", (2000, 2400)),
    ("The phones rang 880 times in Bute in 2024, versus 1,100 times in 2023, a drop of 20 per cent.",
     "percentage", 20.0, "consistent", (880, 1100)),
    ("Contacts to the line from Bute have doubled in two years. The line was contacted 1,640 times from Bute in "
     "2024, against 810 times in 2022.", "multiplier", 2.0, "consistent", (810, 1640)),
    ("Calls to the line from Bute more than doubled last year. It was called 410 times from Bute in 2024, "
     "compared with 210 times in 2023.", "multiplier", 2.0, "inconsistent", (210, 410)),
])
def test_a_change_beside_compared_times_has_its_pair(text, kind, stated, verdict, inputs):
    assert _checks(text, kind, stated) == [(verdict, inputs)]


BREAKDOWN = ("A record {total} people from Bute sought help from Stop It Now! in 2024. Of these, {phone} phoned the "
             "helpline, while {web} used its self-help website. ")


@pytest.mark.parametrize("sentence, numbers, stated, verdict, inputs", [
    ("The total is up 20% on 2023, when 2,500 people got in touch.", ("3,000", "700", "2,300"), 20.0,
     "consistent", (2500, 3000)),
    ("The total is down 10% on 2023, when 1,500 people got in touch.", ("1,350", "400", "950"), 10.0,
     "consistent", (1350, 1500)),
    ("The total is up 25 per cent on the year before, when 1,600 people got in touch.", ("2,000", "600", "1,400"),
     25.0, "consistent", (1600, 2000)),
    ("The total is up 30% on 2023, when 2,200 people got in touch.", ("2,750", "1,000", "1,750"), 30.0,
     "inconsistent", (2200, 2750)),
    # neighbours: a base of the website's own measure keeps its link; no later figure of the base's measure
    ("Website use was up 45% on 2023, when 1,200 people used it.", ("2,500", "760", "1,740"), 45.0,
     "consistent", (1200, 1740)),
])
def test_a_change_takes_the_measure_of_the_base_its_sentence_gives(sentence, numbers, stated, verdict, inputs):
    total, phone, web = numbers
    text = BREAKDOWN.format(total=total, phone=phone, web=web) + sentence
    assert _checks(text, "percentage", stated) == [(verdict, inputs)]


@pytest.mark.parametrize("text, stated", [
    # the base's measure has no later figure: the website's count is no pair of calls
    ("The Stop It Now! website had 6,100 visitors from Bute in 2024. Calls to the helpline from the island are up "
     "12% on 2023, when 1,000 people called.", 12.0),
    # another place's base: Arran's 2024 figure is not given
    ("A total of 2,600 people from Bute contacted the helpline in 2024, while 1,900 used the website. In Arran, "
     "contacts are up 15% on 2023, when 800 people from Arran got in touch.", 15.0),
])
def test_no_later_figure_of_the_base_stays_unverifiable(text, stated):
    assert [v for v, _ in _checks(text, "percentage", stated)] == ["unverifiable"]

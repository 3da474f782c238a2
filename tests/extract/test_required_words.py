"""The words a pattern needs: sound (no text that matches lacks them), and the period scan finds the
same mentions with the prefilter as without it."""
import datetime
import re

import pytest

from pipeline.extract import period_patterns, period_scan, required_words as rw
from pipeline.extract.required_words import lowered_for, may_match, required_words


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\bsince then\b", re.I, {"since then"}),
    (r"(?:(?:in|during) )?last year", re.I, {"last year"}),
    (r"the (?:previous|prior) week|the week before", re.I, {" week", "week before"}),  # "the " is taken out of both
    (r"(?:fiscal|financial) year", 0, {" year"}),
    (r"(?:Fiscal|Financial)", 0, {"scal", "nancial"}),  # longer than the "fi" both begin with
    (r"\d+ calls?", 0, {" call"}),
    (r"(?:a|b)?c", 0, {"c"}),
    (r"(?:ab)+", 0, {"ab"}),
    (r"(?:ab)*", 0, set()),  # may match nothing: no word needed
    (r"[a-z]+", 0, set()),
    (r"caf\u00e9", 0, set()),  # not ASCII: no filter
    (r"a(?=b)c", 0, {"a"}),  # a lookahead's letters are not the match's
])
def test_required_words(pattern, flags, expected):
    assert required_words(pattern, flags) == expected


@pytest.mark.parametrize("pattern, text", [
    (r"\bsince then\b", "Since Then, calls rose."),
    (r"\bsince then\b", "SINCE THEN calls rose."),
    (r"(?:fiscal|financial) year", "the financial year"),
    (r"last year", "\u0131n LAST YEAR"),  # a dotless i elsewhere: not filtered at all
    (r"\bsince\b", "\u017fince 2019"),  # long s: re.IGNORECASE reads it as "s"; not filtered
    (r"(?:Fiscal|Financial)", "FINANCIAL"),
])
def test_a_match_is_never_filtered_out(pattern, text):
    rx = re.compile(pattern, re.I)
    assert rx.search(text)
    assert may_match(required_words(pattern, re.I), lowered_for(text))


SENTENCES = [
    "In the last financial year the line took 4,200 calls, up from 3,100 the previous year.",
    "Since then, more than 900 people have called, 40% of them in the past six months.",
    "Calls in the same period last year were 1,200; in the year to March 2023 they were 1,800.",
    "The helpline has taken 10,000 calls since the start of the first lockdown in March 2020.",
    "This year so far, 320 men have called; last month alone 45 did, twice the usual number.",
    "Between April 1 2021 and March 31 2022 the service answered 2,345 calls.",
    "In 2019 it took 500 calls, the year before 300, and a year later 800.",
    "Over the next 12 months the charity expects demand to double compared with the average week.",
    "No date here: the line took 250 calls.",
    "\u0130n the last fiscal year, 700 people called.",  # a dotted capital I: the prefilter stands aside
    "LAST YEAR 1,000 PEOPLE CALLED THE LINE DURING THE SAME PERIOD.",
    "The 2022 annual report shows 1,500 calls in Q3 and 1,700 in the week after Christmas.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("published", [None, datetime.date(2023, 6, 1)])
def test_scan_same_with_and_without_the_prefilter(monkeypatch, text, published):
    filtered = period_scan.scan(text, published, None)
    monkeypatch.setattr(period_scan, "may_match_present", lambda needs, present: True)
    assert repr(filtered) == repr(period_scan.scan(text, published, None))


def test_every_period_pattern_has_sound_words():
    """Each period pattern's words hold in every one of its matches over the sentences above."""
    pats = period_patterns.patterns()
    named = [(rx, pats.words[name]) for name, rx in pats.absolute]
    named += [(rx, words) for (rx, _, _), words in zip(pats.relative, pats.relative_words)]
    named += [(rx, words) for (rx, _), words in zip(pats.events, pats.event_words)]
    for rx, words in named:
        for text in SENTENCES:
            for match in rx.finditer(text):
                assert rw.may_match(words, lowered_for(match.group(0)) if match.group(0) else None), (rx.pattern, text)

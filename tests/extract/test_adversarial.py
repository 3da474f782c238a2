"""Liveness of every extractor on long adversarial texts (no catastrophic backtracking).

Each extractor gets texts built to make a careless regular expression backtrack
(``tests/adversarial.py``): 5,000 capitalised words in a row, thousands of spaces,
runs of digits and commas, of quote marks, of brackets, one 200 kB line, mixtures,
and hypothesis-made strings of long runs.  The tests assert that each call completes
with sane output; ``pytest-timeout`` is only a generous guard so that a hang fails
instead of blocking the run.  No timing is asserted.
"""
from __future__ import annotations

import datetime
import json

import pytest
from hypothesis import HealthCheck, given, settings

from adversarial import TEXTS, adversarial_texts
from pipeline.engine.stages import extract_article
from pipeline.extract.anniversary_year import anniversary_date
from pipeline.extract.article import extract_facts, quotes_of
from pipeline.extract.numbers import find_numbers
from pipeline.extract.periods import find_periods
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.regions import find_regions
from pipeline.extract.segments import MAX_SENTENCE, clauses, split_sentences
from pipeline.extract.speakers import find_name, parse_speaker, split_segments
from pipeline.publish.jsonl import dumps

PUBLISHED = datetime.date(2022, 3, 18)
# a hang fails instead of holding the run; generous, since the slowest case (the whole fact extraction on 100 kB of
# two-digit groups) took about 40 s of CPU alone (19 s since speed14) and shares two cores with another test process
GUARD = pytest.mark.timeout(300)
FEW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module", params=sorted(TEXTS))
def text(request) -> str:
    return TEXTS[request.param]()


def _within(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end <= len(text)


def check_numbers(text: str) -> None:
    for n in find_numbers(text):
        assert _within(text, n.start, n.end) and n.start <= n.num_start < n.num_end <= n.end
        assert n.value >= 0


def check_periods(text: str) -> None:
    for m in find_periods(text, published=PUBLISHED):
        assert _within(text, m.start, m.end) and text[m.start:m.end] == m.text


def check_regions(text: str) -> None:
    for m in find_regions(text):
        assert _within(text, m.start, m.end) and m.name


def check_segments(text: str) -> None:
    sentences = split_sentences(text)
    for s in sentences:
        assert _within(text, s.start, s.end) and len(s.text) <= MAX_SENTENCE
        assert all(0 <= a < b <= len(s.text) for a, b in clauses(s.text))


def check_quotes(text: str) -> None:
    for q in extract_quotes(text):
        assert _within(text, q.start, q.end)
        assert q.speaker is None or len(q.speaker.split()) <= 6


def check_speakers(text: str) -> None:
    speaker = parse_speaker(text[:20_000])
    assert speaker is None or speaker.name is None or len(speaker.name.split()) <= 6
    for segment in split_segments(text[:20_000])[:50]:
        found = find_name(segment)
        assert found is None or _within(segment, found[2], found[3])


def check_anniversary(text: str) -> None:
    found = anniversary_date(text)
    assert found is None or 1800 <= found.year <= 2300


CHECKS = {"numbers": check_numbers, "periods": check_periods, "regions": check_regions,
          "segments": check_segments, "quotes": check_quotes, "speakers": check_speakers,
          "anniversary": check_anniversary}


@GUARD
@pytest.mark.parametrize("extractor", sorted(CHECKS))
def test_extractor_completes_on_adversarial_text(extractor, text):
    CHECKS[extractor](text)


@GUARD
def test_facts_complete_on_adversarial_text(text, nlp):
    regions, counts, percentages, multipliers = extract_facts(text, published=PUBLISHED, nlp=nlp)
    assert all(c.value >= 0 for c in counts)
    assert all(isinstance(p.value, (int, float)) for p in percentages)


@GUARD
def test_quotes_with_the_model_complete_on_adversarial_text(text, nlp):
    for q in quotes_of(text, nlp):
        assert 0 <= q.start <= q.end <= len(text)


@GUARD
def test_whole_engine_gives_a_record(text, nlp):
    record = extract_article(text, nlp=nlp, published="2022-03-18")
    line = json.loads(dumps(record))
    assert line["article"]["text_chars"] > 0
    assert not any("extraction failed" in e for e in record.errors)


@GUARD
@FEW
@given(adversarial_texts())
def test_pattern_extractors_complete_on_generated_runs(generated):
    for check in CHECKS.values():
        check(generated)


@GUARD
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                               HealthCheck.function_scoped_fixture])
@given(adversarial_texts(max_runs=6))
def test_whole_engine_completes_on_generated_runs(nlp, generated):
    record = extract_article(generated, nlp=nlp)
    assert not any("extraction failed" in e for e in record.errors)


@pytest.mark.parametrize("text", [
    "0" * 4302,  # longer than Python's limit for turning digits into an int: the run is never read as a day
    "1" * 5000 + " calls",
    "from May " + "3" * 4400 + " to 9",
])
def test_numbers_complete_on_runs_of_digits_beyond_the_int_limit(text):
    list(find_numbers(text))

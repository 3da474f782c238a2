"""Work that grows with the page, counted: no input may hold a batch (issue 9).

Each row is a page of our own writing built at two sizes; the test counts the calls of the
function that did the quadratic walk (each change of the opening paragraphs read every count
after it; each paragraph of bodies every paragraph after it) and asserts they grow no faster
than the page.  No time is measured; the figures at growing sizes are in
``benchmarks/linear_work.py``.
"""
from __future__ import annotations

import datetime

import pytest

from pipeline.extract import base_links, body_links
from pipeline.extract.article import extract_facts

PUBLISHED = datetime.date(2024, 3, 1)


def _changes_then_counts(n: int) -> str:
    """One paragraph of n changes with no count in their sentence, each followed by two counts."""
    return " ".join(f"Calls rose {i % 50 + 10} per cent. In 2022 it took {1000 + i} calls and in 2023 {2000 + 3 * i} calls."
                    for i in range(n))


def _changes_then_comparisons(n: int) -> str:
    """n changes in the opening line, then n comparisons of another measure none of them can link to."""
    opening = " ".join(f"Arrests rose {i % 50 + 10} per cent." for i in range(n))
    body = " ".join(f"The line took {1000 + i} calls, up from {900 + i}." for i in range(n))
    return f"Helpline figures\n\n{opening}\n\n{body}"


def _counted(monkeypatch, name: str) -> list[int]:
    """Count the calls of ``base_links.<name>``, from that module and from every linking module that imports it."""
    calls = [0]
    real = getattr(base_links, name)

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    for module in (base_links, body_links):
        if getattr(module, name, None) is real:
            monkeypatch.setattr(module, name, counting)
    return calls


@pytest.mark.parametrize("make, watched", [
    (_changes_then_counts, "antecedent"),
    (_changes_then_comparisons, "antecedent"),
])
def test_linking_reads_each_count_a_bounded_number_of_times(nlp, monkeypatch, make, watched):
    calls = _counted(monkeypatch, watched)
    extract_facts(make(60), published=PUBLISHED, nlp=nlp)
    small = calls[0]
    calls[0] = 0
    extract_facts(make(240), published=PUBLISHED, nlp=nlp)
    assert calls[0] <= 6 * max(small, 60), (small, calls[0])  # four times the page: at most about four times the work


class _CountingPattern:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)


def _paragraphs_of_bodies(n: int) -> str:
    return "Kent Police and the Harbour Line met.\n\n" * n + 'Jo Roe, of the charity, said: "Yes."'


def _bodies_in_quotes(n: int) -> str:
    return '"Ring the Harbour Line," said Jo Roe of Kent Police.\n\n' * n


@pytest.mark.parametrize("make", [_paragraphs_of_bodies, _bodies_in_quotes])
def test_quotes_read_each_body_name_a_bounded_number_of_times(monkeypatch, make):
    from pipeline.extract import article_bodies, quotes
    counting = _CountingPattern(article_bodies._LINE_NAME)
    monkeypatch.setattr(article_bodies, "_LINE_NAME", counting)
    quotes.extract_quotes(make(50))
    small, counting.calls = counting.calls, 0
    quotes.extract_quotes(make(200))
    assert counting.calls <= 6 * max(small, 50), (small, counting.calls)


@pytest.mark.parametrize("text, org", [
    ('The Harbour Line opened in May.\n\n"Ring the Harbour Line," said Jo Roe of Kent Police.', "Kent Police"),
    ('Kent Police and the Harbour Line met.\n\n"We listen," said Jo Roe, the line\'s manager.', None),
])
def test_bodies_before_and_after_a_paragraph_still_read(text, org):
    from pipeline.extract.quotes import extract_quotes
    found = extract_quotes(text)
    assert found and found[-1].speaker == "Jo Roe"
    if org is not None:
        assert found[-1].org == org


def _pairs_of_one_year(n: int) -> str:
    """n sentences of a change on a pair of one year each: every change's base period holds n counts."""
    return "In 2023 the line took 5,000 calls. " + " ".join(
        f"In town {i} calls fell from {900 + i} to {700 + i}, a fall of 20%." for i in range(n))


def _dated_pairs_of_one_year(n: int) -> str:
    return " ".join(f"In town {i} calls fell from {900 + i} in 2022 to {700 + i} in 2023, a fall of 20%."
                    for i in range(n))


@pytest.mark.parametrize("make", [_pairs_of_one_year, _dated_pairs_of_one_year])
def test_a_change_reads_a_bounded_number_of_its_base_period_s_counts(nlp, monkeypatch, make):
    """A change's search for its base period's count reads the ``BASES_READ`` nearest on each side, not
    every count of that period (a page of thousands of pairs of one year was quadratic)."""
    monkeypatch.setattr(base_links, "BASES_READ", 10)
    calls = _counted(monkeypatch, "_same_span")
    extract_facts(make(60), published=PUBLISHED, nlp=nlp)
    small = calls[0]
    calls[0] = 0
    extract_facts(make(240), published=PUBLISHED, nlp=nlp)
    assert calls[0] <= 6 * max(small, 60), (small, calls[0])


def _indefinites(n: int) -> str:
    return "Harbour Trust now runs a crisis centre in York, which also opened a helpline. " * n + (
        '"Yes," said Jo Roe, manager of the centre.')


def test_indefinite_kinds_read_a_bounded_window_each(monkeypatch):
    """Each indefinite "a crisis centre" reads the words before it for the body that runs it once, in a
    window of fixed size: the searches and the characters they may read grow with the page."""
    from pipeline.extract import kind_references
    indefinite, before, after = kind_references._indefinite_patterns()
    counting = _CountingPattern(before)
    monkeypatch.setattr(kind_references, "_indefinite_patterns", lambda: (indefinite, counting, after))
    sizes = []
    for n in (50, 200):
        counting.calls = 0
        text = _indefinites(n)
        told = kind_references.indefinite_kinds(text, [], [])
        sizes.append(counting.calls)
        assert len(told) == n  # "which also opened a helpline" names no body that runs it
    assert sizes[1] <= 6 * max(sizes[0], 50), sizes


class _ReadingPattern:
    """A compiled pattern that adds up the characters it is asked to search."""

    def __init__(self, pattern) -> None:
        self.pattern, self.chars = pattern, 0

    def search(self, text, *args):
        self.chars += len(text)
        return self.pattern.search(text, *args)


def _places_side_by_side(n: int) -> str:
    places = ["Kent", "Essex", "Surrey", "Devon", "Cornwall", "Norfolk", "Suffolk", "Dorset"]
    return "In 2023 the line took " + ", ".join(f"{100 + i} calls from {places[i % len(places)]}"
                                                 for i in range(n)) + "."


def test_a_list_of_places_reads_a_bounded_gap_for_each_part(nlp, monkeypatch):
    """Whether a listed figure is a part of the total before it reads at most ``GAP_READ`` characters after the
    total, not the whole list before the part (a sentence of thousands of places would be quadratic)."""
    from pipeline.extract import part_places
    counting = _ReadingPattern(part_places._BREAK)
    monkeypatch.setattr(part_places, "_BREAK", counting)
    extract_facts(_places_side_by_side(40), published=PUBLISHED, nlp=nlp)
    small, counting.chars = counting.chars, 0
    extract_facts(_places_side_by_side(160), published=PUBLISHED, nlp=nlp)
    assert small > 0  # the rule ran
    assert counting.chars <= 6 * max(small, 40 * part_places.GAP_READ), (small, counting.chars)


class _Watched:
    """A resolved count whose draft is read through a counter (what :func:`listed_totals.listed_totals` reads)."""

    def __init__(self, draft, reads: list[int]) -> None:
        self._draft, self._reads = draft, reads

    @property
    def draft(self):
        self._reads[0] += 1
        return self._draft


def _listed_without_totals(n: int, reads: list[int]) -> list[_Watched]:
    """n sentences, each of one listed figure and no total before it: the walk back for a total that read every
    count before each part (``next(... reversed(counts[:n]))``) was quadratic."""
    from types import SimpleNamespace
    from pipeline.extract.segments import Sentence
    out = []
    for i in range(n):
        sentence = Sentence(start=100 * i, end=100 * i + 90, text="x" * 90, paragraph=i)
        draft = SimpleNamespace(sentence=sentence, listed="and", comparison=False, measure="helpline_calls",
                                rate=None, place_first=False)
        out.append(_Watched(draft, reads))
    return out


def test_listed_totals_read_each_count_a_bounded_number_of_times():
    from pipeline.extract import listed_totals
    reads = [0]
    listed_totals.listed_totals(_listed_without_totals(200, reads))
    small, reads[0] = reads[0], 0
    listed_totals.listed_totals(_listed_without_totals(800, reads))
    assert small > 0
    assert reads[0] <= 6 * small, (small, reads[0])  # four times the counts: at most about four times the work


def _towns_without_evidence(n: int) -> str:
    """n sentences naming a town of two capitalised words with no preposition: each mention asks
    whether the name is written again."""
    return " ".join(f"Mount Isa gamblers lost {100 + i} dollars." for i in range(n))


def test_a_town_named_again_is_not_searched_for_in_the_whole_text_per_mention():
    """Whether a two-word town is written again is counted once over the matches, not by a search of the
    whole text per mention (``doc.text.count`` per mention: a page of n mentions read n times)."""
    from pipeline.extract.regions import find_regions

    from tests.work_meter import metered
    work = []
    for n in (50, 200):
        with metered("regions_matcher.py") as meter:
            found = find_regions(_towns_without_evidence(n))
        assert [m.name for m in found] == ["Mount Isa"] * n  # named again: the place, every time
        work.append(meter.chars)
    assert work[1] <= 6 * max(work[0], 50 * 40), work


@pytest.mark.parametrize("text, expected", [
    # named again, in several shapes: the place each time
    ("Mount Isa gamblers lost more. Mount Isa clubs took less.", ["Mount Isa", "Mount Isa"]),
    ("Mount Isa gamblers lost more. The Mount Isa club took less.", ["Mount Isa", "Mount Isa"]),
    ("Mount Isa gamblers lost more, and Mount Isa's clubs took less.", ["Mount Isa", "Mount Isa"]),
    # written once, or its words apart: no evidence
    ("Mount Isa gamblers lost more this year.", []),
    ("Mount Isa gamblers lost more. Mount and Isa clubs took less.", []),
])
def test_a_town_named_again_in_several_shapes(text, expected):
    from pipeline.extract.regions import find_regions
    assert [m.name for m in find_regions(text)] == expected


def test_lines_without_a_letter_or_digit_are_not_searched_for_numbers(monkeypatch):
    """A page of thousands of lines of quote marks or bullets: the number patterns are tried on the
    lines that hold a word, not on every line (each try is a dozen pattern guards)."""
    from pipeline.extract import article
    from pipeline.extract.segments import split_sentences
    calls = [0]
    real = article.find_numbers

    def counting(text):
        calls[0] += 1
        return real(text)

    monkeypatch.setattr(article, "find_numbers", counting)
    text = "\u201c\n\n'\n\n\u2022 \u2022\n\n" * 100 + "The line took 1,200 calls in 2023, twice as many.\n\n\u00bd\n\n\u00ab"
    found = article.candidates(split_sentences(text))
    assert calls[0] == 2  # the sentence, and "\u00bd" (a digit to \\w)
    assert found and found[0][0].text.startswith("The line took") and found[0][1]

"""Work that grows with the page in the read stage, counted (issue 9: no input may hold a batch).

Each test builds a page of our own writing at two sizes, counts the work of the pass that read the
whole page (or list) once per thing on it, and asserts that four times the page costs at most about
four times the work.  No time is measured; the figures at growing sizes are printed by
``benchmarks/linear_work.py``.
"""
from __future__ import annotations

import json

import pytest

from pipeline.read.html_tree import jsonld_objects, parse_html
from pipeline.read.topic_words import helplines_named, topic_regex
from pipeline.read import usage
from pipeline.read.usage import COUNTED_LONGEST, _COUNTED, _SentenceUses, _is_use, usage_figures
from tests.work_meter import CountingPattern, CountingText, metered


def _graph_page(n: int) -> str:
    objects = [{"@type": "Person", "name": f"Jo Roe {i}"} for i in range(n)]
    objects.append({"@type": "NewsArticle", "headline": "Calls to the line rose"})
    return ('<html><head><script type="application/ld+json">' + json.dumps({"@graph": objects})
            + "</script></head><body><p>Body.</p></body></html>")


def test_a_json_ld_graph_is_walked_without_shifting_the_list():
    """A ``@graph`` of n objects is walked breadth first from a deque: ``list.pop(0)`` shifted every
    object left behind it for each object taken (n squared over two)."""
    shifts = []
    for n in (500, 2000):
        with metered("metadata.py") as meter:
            found = list(jsonld_objects(parse_html(_graph_page(n))))
        assert len(found) == n + 2 and found[-1]["headline"] == "Calls to the line rose"
        shifts.append(meter.shifts)
    assert shifts[1] <= 6 * max(shifts[0], 500), shifts


@pytest.mark.parametrize("data, types", [
    # breadth first: the page's object, then its graph's and its main entity's, in order
    ({"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}, "@graph": [{"@type": "Person"}]},
     ["WebPage", "NewsArticle", "Person"]),
    ([{"@type": "A", "@graph": [{"@type": "C"}]}, {"@type": "B"}], ["A", "B", "C"]),
    ([[{"@type": "A"}], {"@type": "B"}], ["B", "A"]),
])
def test_json_ld_order_is_breadth_first(data, types):
    html = f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head><body></body></html>'
    assert [o["@type"] for o in jsonld_objects(parse_html(html))] == types


def test_a_name_written_as_a_word_too_is_looked_for_once_a_name():
    """On a text whose lower-casing changes its length (a dotted capital I), a name that counts only as
    written ("Lifeline") is looked for in the whole text once, not once per mention."""
    reads = []
    for n in (50, 200):
        text = CountingText("\u0130stanbul. " + "Lifeline took more calls this year. " * n)
        assert helplines_named(text) == ["Lifeline"]
        reads.append(text.reads)
    assert reads[1] <= 6 * max(reads[0], 1), reads


@pytest.mark.parametrize("text, names", [
    ("\u0130stanbul. Lifeline took more calls.", ["Lifeline"]),
    ("\u0130stanbul. It was a lifeline for families.", []),
    ("\u0130stanbul. A lifeline, said LifeLine staff.", ["Lifeline"]),
])
def test_names_as_written_on_a_text_that_lower_casing_lengthens(text, names):
    assert helplines_named(text) == names


def _changes_of_other_things(n: int) -> str:
    """One run-on sentence whose only word of use is a call on someone, with n changed shares of other things."""
    return "Members called on the council as " + ", ".join(f"fees rose {i % 90 + 5}%" for i in range(n)) + "."


def test_changed_shares_of_a_run_on_sentence_read_its_words_of_use_once(monkeypatch):
    """A changed share's window is its whole sentence; the sentence's words of use are found once, not
    once per share (a table with no full stops of k shares cost k times its length)."""
    counting = CountingPattern(topic_regex("usage"))
    monkeypatch.setattr(usage, "topic_regex", lambda key: counting if key == "usage" else topic_regex(key))
    work = []
    for n in (50, 200):
        counting.chars = 0
        assert usage_figures(_changes_of_other_things(n)) == []
        work.append(counting.chars)
    assert work[1] <= 6 * max(work[0], 50 * 20), work


@pytest.mark.parametrize("sentence", [
    "Calls to the line, which opened in 2019 in the north of the county, rose by 30%.",
    "Members called on the council as fees rose 30%.",
    "Fees rose 30% and 1,200 calls on its line were answered.",
    "Fees rose 30% to 1,200 phone calls on the line.",
    "Fees rose 30% to 1,200 of the old calls on the line.",
    "Fees rose 30% to 1,200 of the very oldest calls on the line.",
    "Demand rose 30%, and those who called on the mayor were heard.",
    "Fees rose 30% as members called on the mayor and calling on him helped.",
    "Numbers rose 40% as contacts on the line and calls on the web grew.",
])
def test_words_of_use_found_once_tell_what_each_word_told(sentence):
    """:class:`usage._SentenceUses` answers, for every place a figure may end, what reading each word of
    use of the sentence with :func:`usage._is_use` answered."""
    use = topic_regex("usage")
    uses = _SentenceUses(sentence, use)
    for end in range(len(sentence) + 1):
        assert uses.told(end) == any(_is_use(sentence, m, end) for m in use.finditer(sentence)), end


def test_the_longest_gap_between_a_figure_and_its_noun():
    """``COUNTED_LONGEST`` bounds what ``_COUNTED`` matches: no noun further after a figure is read."""
    longest = "   " + ("a" * 20 + "   ") * 2
    assert len(longest) == COUNTED_LONGEST and _COUNTED.fullmatch(longest)
    assert not _COUNTED.fullmatch(longest + " ") and not _COUNTED.fullmatch("   " + ("a" * 21 + "   ") * 2)

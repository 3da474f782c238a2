"""Known bodies found in a text: a text searched again gets the same answer from the recent ones."""
from __future__ import annotations

import re
import time

import pytest

from pipeline.extract.organisations import _automaton_key, _plain_letter, lexicon


@pytest.mark.parametrize("text, expected", [
    ("Jo Roe of the Lucy Faithfull Foundation said the Stop It Now helpline was busy.",
     ["Lucy Faithfull Foundation", "Stop It Now!"]),
    ("No body is named here.", []),
])
def test_a_text_searched_again_gives_the_same_matches(text, expected):
    first = lexicon().org_spans(text)
    assert [name for _, _, name in first] == expected
    first.append((0, 0, "changed by the caller"))  # the caller's list is its own
    assert lexicon().org_spans(text) == first[:-1]
    assert [name for _, name in lexicon().find_orgs(text)] == expected


def _by_patterns(flat: str) -> list[tuple[int, int, str]]:
    """The matches of the longest-first alternations the automaton stands in for."""
    found = []
    for pattern, names, sensitive in lexicon()._org_patterns:
        found += [(m.start(), m.end(), next(name for key, name in names.items()
                                            if re.fullmatch(re.escape(key), m.group(0), 0 if sensitive else re.I)))
                  for m in pattern.finditer(flat)]
    return sorted(found, key=lambda f: (f[0], -f[1]))


@pytest.mark.parametrize("text", [
    "the stop it now helpline and STOP IT NOW! SCOTLAND",     # caseless, longest alias wins
    "Stop It Nowhere and xStop It Now and Stop It Now_",       # no alias inside a longer word
    "Lucy Faithfull Foundation's Stop It Now, Stop It Now",    # one after another, overlapping aliases
    "the \u212aelvin sign and the long \u017f in \u017ftop It Now", # letters that match ASCII ones caselessly
    "\u0130stanbul and the Lucy Faithfull Foundation",         # a capital whose lower case is two characters
    "caf\u00e9 Samaritans, na\u00efve NSPCC",                   # accents elsewhere in the text
    "a lone surrogate \ud800 before the NSPCC",              # a text the automaton cannot read
    "",
    # aliases with a letter that is not ASCII, with case and without
    "Garda\u00ed and Garda\u00ed said, as did GARDA\u00cd and garda\u00ed",
    "An Garda S\u00edoch\u00e1na, AN GARDA S\u00cdOCH\u00c1NA and an garda s\u00edoch\u00e1na",
    "Garda S\u00edoch\u00e1nas and xGarda S\u00edoch\u00e1na are other words",
    "Garda Si\u0301ocha\u0301na, its accents written as marks of their own",
    "Garda S\u0131och\u00e1na with a dotless \u0131 and Gardaı",   # a letter that matches an ASCII one caselessly
    "\u03a3\u0399\u03a3 Garda S\u00edoch\u00e1na \u03c3\u03c2 Samaritans",  # the Greek sigmas beside it
    "Garda S\u00edoch\u00e1na\u00ed and Gardaí_",            # no alias inside a longer word
])
def test_the_automaton_finds_what_the_patterns_find(text):
    lexicon()._recent_matches.clear()
    assert lexicon().org_spans(text) == _by_patterns(text)


def test_the_automaton_reads_the_aliases_with_accents():
    """"Garda\u00ed" and "Garda S\u00edoch\u00e1na" kept every article on the patterns, about 18 ms a search of a long text."""
    assert lexicon()._org_automata is not None


@pytest.mark.parametrize("letter, plain", [
    ("\u00ed", True), ("\u00e1", True), ("\u00e9", True), ("\u0175", True),   # one letter in each case
    ("\u0131", False), ("\u017f", False), ("\u03c3", False), ("\u03c2", False),  # re matches them to other letters
    ("\u00b5", False),                                              # the micro sign is the Greek mu to re
    ("\u00df", False), ("\u0149", False),                           # two letters in upper case
    ("\u00cd", False),                                              # not lower case: keys are
])
def test_a_plain_letter_matches_caselessly_only_its_own_cases(letter, plain):
    assert _plain_letter(letter) is plain


@pytest.mark.parametrize("key, sensitive, readable", [
    ("stop it now", False, True), ("garda s\u00edoch\u00e1na", False, True), ("Garda\u00ed", True, True),
    ("\u017fome body", False, False), ("\u017fome body", True, True), ("a \ud800 body", True, False),
])
def test_which_aliases_the_automaton_reads(key, sensitive, readable):
    assert _automaton_key(key, sensitive) is readable


def test_a_letter_that_only_matches_caselessly_names_its_body():
    """"ſtop It Now" (a long s) matched the caseless pattern but was no key of its names: a crash before."""
    text = "the ſtop It Now helpline"
    assert [name for _, _, name in lexicon().org_spans(text)] == ["Stop It Now!"]


@pytest.mark.parametrize("text", [
    "ABC-" * 10_000,
    "Harbour-" * 5_000 + " Lifeline",
    "Jo-Ab " * 3_000 + "Trust",
])
def test_named_bodies_are_found_in_linear_time_on_runs_of_hyphenated_capitals(text):
    lexicon().find_named_orgs("warm up")
    start = time.perf_counter()
    lexicon().find_named_orgs(text)
    assert time.perf_counter() - start < 0.5  # quadratic: about 3 s at 40 kB


@pytest.mark.parametrize("text, expected", [
    ("Calls to the Valleys Lifeline doubled.", ["Valleys Lifeline"]),
    ("The North East Gambling Support Line opened.", ["North East Gambling Support Line"]),
    ("A Harbour-Side Lifeline volunteer said so.", ["Harbour-Side Lifeline"]),
])
def test_named_bodies_keep_their_words(text, expected):
    assert [name for _, name in lexicon().find_named_orgs(text)] == expected


def test_a_place_remit_is_read_in_linear_time_on_a_run_of_spaces():
    from pipeline.extract.organisations import _PLACE_REMIT

    start = time.perf_counter()
    assert _PLACE_REMIT.search("Regional Director" + " " * 20_000 + "x") is None
    assert time.perf_counter() - start < 0.2  # quadratic: about 0.6 s at 20,000 spaces


@pytest.mark.parametrize("before, after, expected", [
    (["Harbour Trust", "Bay Fund", "Bay Fund"], [], "Bay Fund"),
    (["Harbour Trust", "Bay Fund"], ["Cove Aid"], "Harbour Trust"),  # a tie: the first named
    ([], ["Cove Aid", "Bay Fund"], "Cove Aid"),
    ([], [], None),
])
def test_the_body_named_most_often_before_else_first_after(before, after, expected):
    from pipeline.extract.organisations import named_most_before

    assert named_most_before(before, after) == expected


def test_the_body_named_most_often_is_found_in_linear_time():
    from pipeline.extract.organisations import named_most_before

    names = [f"Body {i}" for i in range(8_000)]
    start = time.perf_counter()
    assert named_most_before(names, []) == "Body 0"
    assert time.perf_counter() - start < 0.1


@pytest.mark.parametrize("key, word, name", [
    ("force_heads", "Gendarmerie", "Harbour Gendarmerie"),
    ("government_heads", "Executive", "Harbour Executive"),
])
def test_the_last_words_of_public_bodies_are_data(monkeypatch, key, word, name):
    from pipeline.extract.organisations import public_body

    assert not public_body(name)
    monkeypatch.setitem(lexicon().cues, key, [*lexicon().cues[key], word])
    assert public_body(name)


@pytest.mark.parametrize("key", ["force_heads", "government_heads", "service_kinds", "lead_in_prepositions",
                                 "body_work_verbs", "gendered_people"])
def test_the_speaker_word_lists_live_in_speaker_cues(key):
    assert lexicon().cues[key]

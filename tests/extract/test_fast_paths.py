"""Speed-only shortcuts give what the plain code gave: the abbreviation stop's look-ahead, the multiplier
pattern's word filter, the period scan's words found once a text, the places abroad read by columns, the
sentences read from the whole text's tokens.
Each table is of our own sentences."""
from __future__ import annotations

import re

import pytest

from pipeline.extract import period_patterns, period_scan
from pipeline.extract.name_phrases import _sentence_stop
from pipeline.extract.pronoun_referents import _patterns as pronoun_patterns
from pipeline.extract.multipliers import may_hold_multiplier, multiplier_regex
from pipeline.extract.required_words import lowered_for, may_match, may_match_present, words_present
from pipeline.extract.speech import abbreviation_dot, speech_patterns

PARAGRAPHS = [
    "Dr. Ann Vale, who runs the line, said calls rose. Ms. Kay Orr agreed! \"It was busy,\" she said.",
    "The line's head Dr. Jo C. Roe said: demand is up. Prof. Lee told us? Yes. Mr. Tam Obi said so.",
    "Calls rose in St. Albans. Rev. Ian Pike said: \u201cWe saw it.\u201d Cllr. Amy Wu added: more came.",
    "A volunteer said it. J. R. Hart, its chair, wrote to us. Then he left... 'Nobody knew,' he said.",
    "No stop here at all, said Sam Reed",
    "Its director Fr.",
    "...?! Dr.  Gil Lamb. Capt. Ros Finn said it was 'a record year'. St. Ives, Cornwall.",
]


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    guarded = abbreviation_dot()
    assert guarded.startswith(r"(?=\.)") and guarded in pattern.pattern
    return re.compile(pattern.pattern.replace(guarded, guarded[len(r"(?=\.)"):]), pattern.flags)


def _matches(rx: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern", [
    pronoun_patterns()["stop"], speech_patterns()["verb_first"], speech_patterns()["who_first"], _sentence_stop(),
    re.compile(rf"{abbreviation_dot()}$"),
], ids=["stop", "verb_first", "who_first", "sentence_stop", "ends_in_abbreviation"])
@pytest.mark.parametrize("text", PARAGRAPHS)
def test_the_abbreviation_stop_matches_as_without_its_look_ahead(pattern: re.Pattern[str], text: str) -> None:
    pieces = [text, *(p for p in re.split("[\"\u201c\u201d']", text) if p)]
    for piece in pieces:
        assert _matches(pattern, piece) == _matches(_unguarded(pattern), piece)
        assert pattern.split(piece) == _unguarded(pattern).split(piece)


MULTIPLIER_SENTENCES = [
    "Calls to the line doubled last year and trebled the year before.",
    "Demand is now THREE TIMES higher than in 2019, and twice as many women rang.",
    "Reports rose 2.5 times over the decade; online contacts went up tenfold.",
    "Use of the chat rose by a factor of four, while waiting times halved.",
    "Referrals have more than quadrupled since the launch.",
    "Thrice the number of men called in May.",
    "The aim is twofold: to help callers and to train staff.",
    "Calls fell by half a point.",
    "The line took 1,200 calls in March.",  # none
    "No number, no change here at all.",  # none
    "\u0130n May demand DOUBLED.",  # a dotted capital I: the filter stands aside
]


@pytest.mark.parametrize("text", MULTIPLIER_SENTENCES)
def test_the_multiplier_filter_never_hides_a_match(text: str) -> None:
    if multiplier_regex().search(text):
        assert may_hold_multiplier(text)


def test_the_multiplier_filter_skips_sentences_without_its_words() -> None:
    assert not may_hold_multiplier("The line took 1,200 calls in March.")
    assert sum(map(may_hold_multiplier, MULTIPLIER_SENTENCES)) == len(MULTIPLIER_SENTENCES) - 2


PERIOD_SENTENCES = [
    "In the last financial year the line took 4,200 calls, up from 3,100 the previous year.",
    "Since then, more than 900 people have called; over the past six months 400 did.",
    "This year so far, 320 men have called; last month alone 45 did, in the week after Easter.",
    "Between April 1 2021 and March 31 2022 the service answered 2,345 calls.",
    "No date here: the line took 250 calls.",
    "\u0130n the last fiscal year, 700 people called.",
    "",
]


def _scan_words() -> list[frozenset[str]]:
    pats = period_patterns.patterns()
    return [*pats.words.values(), *pats.relative_words, *pats.event_words]


@pytest.mark.parametrize("text", PERIOD_SENTENCES)
def test_words_present_answers_as_may_match(text: str) -> None:
    lowered = lowered_for(text)
    present = words_present(period_scan._all_words(), lowered)
    for needs in [*_scan_words(), frozenset(), frozenset({"zzz"})]:
        assert may_match_present(needs, present) == may_match(needs, lowered)


@pytest.mark.parametrize("paragraph", [
    "It rose. Then it fell.",
    "The U.S. line took 312 calls.  Then 400 more came ... and then?! \u201cRing us,\u201d she said. Done",
    "Why?! Because. (It did.) \"Yes.\" 'No!' -- fine... ok",
    "Calls fell. ",
    "   ",
    "",
    "Stop It Now! is a charity. It took 312 calls.\u2026 More came",
    "a.b.c. d! e? f\u3002g \u0964 h",
])
def test_the_sentencizer_read_from_arrays_is_the_sentencizer(paragraph: str) -> None:
    from pipeline.extract.segments import _splitter, sentencizer_spans

    expected = [(s.start_char, s.end_char) for s in _splitter()(paragraph).sents]
    assert sentencizer_spans(_splitter().make_doc(paragraph)) == expected


_RUN = "x" * 1200  # longer than nlp.LONGEST_TOKEN: blanked by safe_text


@pytest.mark.parametrize("text", [
    "It rose. Then it fell.\nA second line. With two sentences.",
    "  Leading spaces. On a line.  \n\n\n  Trailing spaces after a stop.   \nno stop at all",
    "Stop It Now! is a charity. It took 312 calls.\nStop It Now! Wales said so. \u201cRing us,\u201d she said.",
    "Tabs\tin a line. And\u00a0no-break spaces.\u00a0\nA line\u2028with a line separator. Done.",
    f"{_RUN} starts a line. Then more.\nA line that ends in a run. {_RUN}\n{_RUN}\nMid {_RUN} line. Ok.",
    "Why?! Because. (It did.) \"Yes.\" 'No!' -- fine... ok\n\n\u2026 More came. e.g. this. U.S. line.",
    "\n\n",
    "",
])
def test_sentences_read_from_the_whole_text_are_those_of_each_paragraph(text: str) -> None:
    from pipeline.extract.segments import split_sentences, text_doc

    assert split_sentences(text, text_doc(text)) == split_sentences(text)


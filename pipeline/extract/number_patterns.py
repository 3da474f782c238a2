"""The patterns that find numbers in text, and what a found number is (:class:`NumberMention`).

Word lists (qualifiers, number words, vague amounts, fractions) live in ``data/numbers.json``; each pattern is
built from them once. A pattern built from them runs only over a text holding one of the words it cannot match
without (:func:`needs`, from ``required_words``), so that most sentences see only the digit patterns.

What this module does not do: run the patterns (:mod:`pipeline.extract.numbers`), read a figure's value
(:mod:`pipeline.extract.number_values`) or decide which runs of digits are no number
(:mod:`pipeline.extract.not_numbers`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.wordlists import alternation, data_file
from pipeline.extract.required_words import fewest, required_words


#: Three or four groups of digits apart by single spaces, the way phone numbers are printed ("13 11 14",
#: "1300 22 4636", "971 46 11 12"), not a year first ("2019 12 000 people"), not a thousands group after it.
#: A grouping of thousands ("12 340 500") is left to the figure patterns (:func:`pipeline.extract.not_numbers.thousands_grouped`).
DIGIT_GROUPS = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\x20)\d{2,4}(?:\x20\d{2,4}){2,3}(?!\d|[,.]\d)")


@dataclass(frozen=True)
class NumberMention:
    """A number in a text, with its qualifier and character offsets.

    ``start``/``end`` cover the whole expression ("more than 24,000", "99 per
    cent"); ``num_start``/``num_end`` the figure itself.  ``percent`` is true for
    "99%", "99 per cent" and fractions such as "a quarter of"; ``vague`` for
    "tens of thousands" (``value`` is then the lower bound).
    """

    value: float
    start: int
    end: int
    num_start: int
    num_end: int
    qualifier: str = "exact"
    percent: bool = False
    vague: bool = False
    spelled: bool = False
    decimals: int = 0
    text: str = ""


def words() -> dict:
    """The word lists of ``data/numbers.json``."""
    return data_file("numbers.json")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    w = words()
    number_word = alternation([*w["units"], *w["tens"], *w["scales"]])
    # "and" joins number words only after "hundred" or a scale word ("two hundred and six"); "between four and
    # six per cent" is two numbers, not ten
    after_scale = "|".join(f"(?<={re.escape(word)})" for word in ("hundred", *w["scales"]))
    # the letters a number word starts with, and "a" ("a million"): a lookahead of them turns most words away at once
    spelled_first = "".join(sorted({word[0].lower() for word in [*w["units"], *w["tens"], *w["scales"]]} | {"a"}))
    spelled = rf"(?:a\s+(?=(?:{alternation(w['scales'])})\b))?(?:{number_word})(?:(?:[\s-]+|(?:{after_scale})\s+and\s+)(?:{number_word}))*"
    percent = r"(?:\s?%|[\s-]?per[\s-]?cent\b|[\s-]?percent\b|\s?pc\b)"
    fraction_of = rf"(?:(?:{alternation(w['fraction_of'])})\b|\w+(?:ers|ors|ents|ants|ists)\b|(?-i:[A-Z]))"
    fractions = alternation(fraction_values())  # "one third", "one-third", "two thirds", "two-thirds"
    # what a count counts ("contacts", "calls", "callers": the units of ``data/measures.json``), after "of" and at
    # most two words that say which ("of helpline contacts", "of last year's callers"): a share (ANNOTATION.md
    # decision 7), not "half of the year" nor "a third of the way"
    counted = alternation(counted_nouns())
    not_plural = alternation(w["fraction_of_not_plural"])  # "half of its", "a third of hours": no plural noun
    adverb = rf"(?:(?:{alternation(w['fraction_verb_adverbs'])})\s+)?"
    # a verb after a fraction word; a word in -ed not after "a third", "a fifth", "a tenth", ordinals too ("a third
    # armed man")
    fraction_verbs = rf"(?=\s+{adverb}(?:{alternation(w['fraction_verbs'])})\b)" \
        rf"|(?<!\ba\sthird)(?<!\ba\sfifth)(?<!\ba\stenth)(?=\s+{adverb}[a-z]{{2,20}}ed\b)"
    suffix = rf"(?:\s?(?:{alternation(w['scales'])})\b|(?:{alternation(w['suffix_scales'])})\b)"
    year_count = alternation(w["year_count_nouns"])  # "2019 people": a count
    return {
        "digits": re.compile(
            rf"(?=\d)(?P<num>(?<![\d,])\d{{1,2}}(?:,\d{{2}}){{1,4}},\d{{3}}(?![\d,])|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            rf"(?P<scale>{suffix})?(?P<pct>{percent})?",
            re.I,
        ),
        "spelled": re.compile(rf"\b(?=[{re.escape(spelled_first)}])(?P<num>{spelled})\b(?P<pct>{percent})?", re.I),
        "vague": re.compile(rf"\b(?P<num>{alternation(w['vague'])})\b(?=\s+(?:of|more|upon|had|have|are|were|who)\b)", re.I),
        # "a third of callers", "a quarter of Britons", "a quarter were from families"
        # "two thirds of potential offenders"; "almost half (48%) of those": both, a fraction word and the figure it
        # rounds, are shares (ANNOTATION.md decision 3: mentions that differ in qualifier are kept apart)
        # (not "the first half of the year", "two thirds of the way through")
        "fraction": re.compile(rf"\b(?<!first\s)(?<!second\s)(?<!last\s)(?P<num>{fractions})"
                               rf"(?!\s+of\s+the\s+way\b)(?!\s+of\s+the\s+(?:{alternation(w['durations'])})s?\b)(?:\s+of\b(?=\s+{fraction_of})"
                               rf"|(?=\s+of\s+[a-z]{{2,20}}\s+{fraction_of})"
                               rf"|(?=\s+of\s+(?:[a-z]{{2,20}}(?:['\u2019]s)?\s+){{0,2}}(?:{counted})\b)"
                               # a plural noun after "of": "around three-quarters of suicides", "a third of incidents"
                               rf"|(?=\s+of\s+(?!(?:{not_plural})\b)[a-z]{{1,20}}s\b)"
                               # a change against a base: "a third more than in 2023", "a quarter fewer than"
                               rf"|(?=\s+(?:more|fewer|less|higher|lower)\s+than\b)"
                               rf"|(?=\s+(?:were|are|was|is|said|say|had|have)\b)"
                               # restated by its figure: "nearly half (47%) felt", "more than half, or 54 per cent,"
                               rf"|(?=\s{{0,2}}(?:\(\s{{0,2}}|,?\s{{1,3}}or\s{{1,3}})\d{{1,3}}(?:\.\d{{1,2}})?\s{{0,2}}(?:%|per\s?cent|percent))"
                               # the subject of a verb: "three-quarters named slot games", "half go unanswered"
                               rf"|{fraction_verbs}"
                               # "half" takes a determiner without "of": "about half the callers", "half its income"
                               rf"|(?<=half)(?=\s+(?:{alternation(w['half_determiners'])})\s+(?!(?:{alternation(w['durations'])})s?\b)[a-z])"
                               rf"|(?=\s{{0,2}}\(\d{{1,3}}(?:\.\d{{1,2}})?\s{{0,2}}(?:%|per\s?cent)\)\s{{1,3}}of\s{{1,3}}{fraction_of}))",
                               re.I),
        # "one in four", "one caller in 80", "seven out of ten", "1 out of every 10"
        # "with a third coming from parents", "with almost half saying ...": the subject of a clause of "with"
        "fraction_with": re.compile(rf"\bwith\s{{1,3}}(?:(?:{alternation(w['qualifiers'])})\s{{1,3}})?(?P<num>{fractions})"
                                    rf"(?=\s{{1,3}}[a-z]{{2,20}}ing\b)", re.I),
        # (not "12.5 suicides in every 100,000": a figure's last digit, a denominator's first group)
        # (nor "2 million out of 7 million": two counts, a scale word no noun of the first)
        "one_in": re.compile(rf"\b(?=[otfsen\d])(?<![\d.,])(?P<num>one|two|three|four|five|six|seven|eight|nine|\d)\s+"
                             rf"(?:(?!(?:{alternation(w['scales'])})\b)[a-z]{{3,12}}\s+)?"
                             r"(?:in|out\s+of)\s+(?:every\s+)?"
                             rf"(?P<den>two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\b(?![.,]\d)(?!\s*(?:19|20)\d\d)"
                             rf"(?!\s{{1,3}}(?:{alternation(w['scales'])})\b)", re.I),
        "fraction_change": re.compile(rf"\b(?:rise|rises|rising|rose|risen|increase|increased|jump|jumped|leapt|soared|"
                                      rf"rocketed|surged|climbed|fall|fell|fallen|drop|dropped|decrease|decreased|cut|up|"
                                      rf"down|grew|grown|climb|climbs|climbing|grow|grows|growing|surge|surges|surging|"
                                      rf"soar|soars|soaring|jumps|jumping|increases|increasing|falls|falling|drops|"
                                      rf"dropping|decreases|decreasing|declined|declines|declining)"
                                      rf"\s+(?:by\s+|of\s+)?(?:(?:{alternation(w['qualifiers'])})\s+)?"
                                      rf"(?P<num>{fractions})\b", re.I),
        # a fraction word that says how much more or fewer than before of what a count counts: "almost a fifth more
        # calls", "more than a quarter more people", "a third fewer texts", "a fifth more often" (a change; not "a
        # third more likely", which compares groups, nor "a fifth more on staff")
        "fraction_more": re.compile(rf"\b(?P<num>{fractions})(?=\s{{1,3}}(?:more|fewer)\s{{1,3}}"
                                    rf"(?:often\b|(?:[a-z][a-z-]{{1,20}}\s{{1,3}})?(?:{counted})\b))", re.I),
        # a fraction word set off as an aside that restates a figure: "465 came from women - almost a third.",
        # "1,400 - or about a quarter - ...", "700 (nearly half)"
        "fraction_aside": re.compile(rf"(?:[,(\u2013\u2014]|\s-)\s{{0,2}}(?:or\s{{1,3}})?(?:(?:{alternation(w['qualifiers'])})"
                                     rf"\s{{1,3}})?(?P<num>{fractions})(?=\s{{0,2}}(?:[,;)\u2013\u2014]|-\s|\.(?:\s|$)|$))",
                                     re.I),
        "qualifier": re.compile(rf"(?:^|(?<=\W))(?P<q>{alternation(w['qualifiers'])})\s+$", re.I),
        # (every branch starts with a digit, "+" or "(": the lookahead first turns most positions away at once)
        "phone": re.compile(r"(?=[\d+(])(?:(?<![\d,.])(?:\+44\s?(?:\(0\)\s?)?\d{2,4}|0\d{2,4}|116)(?:[ -]?\d{3,4}){1,2}(?:[ -]\d{2}){0,2}(?!\d|,\d)"
                            # North American ("(800) 327-5050", "1-800-522-4700") and Australian ("13 11 14", "1300 659 467")
                            r"|(?<![\d,.])(?:1[ .-])?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d|,\d)"
                            r"|(?<![\d,.])(?:13 \d{2} \d{2}|1[38]00 \d{3} \d{3})(?!\d|,\d)"
                            # toll-free numbers spelled as words ("1-800-GAMBLER", "1-888-ADMIT-IT")
                            r"|(?<![\d,.])(?:1-)?8\d\d-[A-Z][A-Z0-9]{2,11}(?:-[A-Z0-9]{1,8})?\b"
                            # a vanity number after an area code: "(855) 9-LISTEN", "(800) 42-HELP", "1-866-2-LISTEN"
                            r"|(?<![\d,.])(?:1[ .-])?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{1,4}-[A-Z][A-Z0-9]{2,11}\b"
                            # the toll-free prefix alone: "a 1-800 helpline", "the 1-800 number"
                            r"|(?<![\d,.])1-8\d\d(?![\d,-])"
                            # three or four groups of digits apart by single spaces, not all thousands groups:
                            # "13 11 14", "1300 22 4636", "971 46 11 12" (a count never reads so)
                            rf"|{DIGIT_GROUPS.pattern})"),
        "scale_fraction": re.compile(rf"\b(?P<num>(?:{alternation(w['scale_fractions'])})\s+(?P<scale>{alternation(w['scales'])}))\b", re.I),
        "not_a_number_after": re.compile(rf"^(?:-?\s?fold\b|-strong\b|\s?(?:{alternation(w['money_after'])})\b)", re.I),
        "duration": re.compile(rf"^[\s-]?(?:{alternation(w['durations'])})s?\b", re.I),
        "month": re.compile(rf"\b(?:{alternation(w['months'])})\.?\s*$", re.I),
        "month_after": re.compile(rf"^\s(?:{alternation(w['months'])})\b", re.I),
        # the end of a range of days after a month: "from May 3 to 9", "March 3-9", "June 1 until 14"
        "day_range_end": re.compile(rf"\b(?:{alternation(w['months'])})\.?\s{{1,2}}\d{{1,2}}(?:st|nd|rd|th)?"
                                    r"\s{0,2}(?:to|until|till|through|and|-|\u2013)\s{0,2}$", re.I),
        "year_count": re.compile(rf"^\s+(?:{year_count})\b", re.I),
        "counted_one_by_one": re.compile(rf"\s++(?:{alternation([*w['year_count_nouns'], *w['counted_one_by_one']])})\b",
                                         re.I),
        # a thousands group printed with a stray space after its comma ("276, 414 people"), before a count noun;
        # thousands grouped by a space alone ("almost 4 000 Cumbrians", "1 204 650 calls"), before a word
        "stray_space": re.compile(rf"(?=\d)(?:(?P<num>\d{{1,3}},\x20\d{{3}})(?P<scale>)(?P<pct>)(?![\d,.])"
                                  rf"(?=\s+(?:{year_count})\b)"
                                  rf"|(?P<spaced>\d{{1,3}}(?:\x20\d{{3}}){{1,2}})(?![\d,.]|\x20\d)(?=\s+[A-Za-z]))", re.I),
    }


@lru_cache(maxsize=1)
def needs() -> dict[str, frozenset[str]]:
    """Strings one of which every match of each pattern of :func:`_patterns` holds, lower-cased (empty: no
    filter): a pattern is run only over a text holding one, so its matches are those of running it everywhere."""
    return {key: fewest(required_words(p.pattern, p.flags)) for key, p in patterns().items()}


@lru_cache(maxsize=1)
def counted_nouns() -> list[str]:
    """The plural nouns a count counts ("people", "contacts", "calls", "texts"): the units of ``data/measures.json``."""
    m = data_file("measures.json")
    return sorted({*m["units"], *m["unit_word_measures"]} - set(m["not_units"]))


@lru_cache(maxsize=1)
def fraction_values() -> dict[str, float]:
    """The fraction words of ``data/numbers.json`` (lower case), each written with a space or a hyphen between its
    words: "one third" and "one-third", "two thirds" and "two-thirds" -> 33.3, 66.7."""
    out: dict[str, float] = {}
    for phrase, value in words()["fractions"].items():
        for variant in (phrase, phrase.replace(" ", "-"), phrase.replace("-", " ")):
            out.setdefault(variant.lower(), value)
    return out

"""Finding numbers in text: figures, percentages, spelled-out and vague numbers.

Pure and cheap (regular expressions over the raw text), so that it can decide
which sentences are worth parsing.  Word lists (qualifiers, number words, vague
amounts, fractions) live in ``data/numbers.json``.  A pattern built from them runs only
over a text holding one of the words it cannot match without (``required_words``), so
that most sentences see only the digit patterns.

What is *not* a number here: phone numbers ("0808 1000 900"), years ("2019"),
dates and times ("18th Mar", "10:30"), ordinals ("20th"), ages ("aged 45",
"under 18s", "45-year-old"), durations ("12 months", "two-week"), money
("£5m"), and digits inside words, URLs and e-mail addresses ("Covid-19").
Whether a number *counts* something is decided later, by the fact extractor.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from pipeline.wordlists import fold
from pipeline.extract import not_counts, phone_numbers
from pipeline.extract.required_words import lowered_for, may_match, may_match_present, words_present
from pipeline.extract.number_patterns import DIGIT_GROUPS, NumberMention, fraction_values, needs, patterns, words
from pipeline.extract.number_values import digits_value, make_mention, qualifier_before, spelled_value
from pipeline.extract.not_numbers import (
    COMPOUND_MODIFIER,
    LABEL_REACH,
    excluded_digits,
    in_a_list,
    label_before,
    thousands_grouped,
    whole_opener_before,
)
from pipeline.extract.number_ranges import join_ranges


#: A figure right before a spelled number, which is then that figure's scale word ("$5.5 million", "2.5 million").
_FIGURE_JUST_BEFORE = re.compile(r"\d\s?$")


#: Any digit, as ``\d`` reads one: every match of the phone, stray-space and digit patterns (and of
#: ``phone_numbers.phone_spans``) holds one, so a text without one is not searched with them.
_ANY_DIGIT = re.compile(r"\d")


#: Two shares that make up a whole, written as a ratio before "split": "a 68:32 split", "a 23.5:76.5 split".
_SPLIT = re.compile(r"(?<![\d:.,])(?P<a>\d{1,2}(?:\.\d)?):(?P<b>\d{1,2}(?:\.\d)?)(?![\d:.,]\d)(?=\s{1,3}split\b)", re.I)
#: The same ratio after the verb: "Contacts split 91:9 between men and women", "calls were split 60:40".
_SPLIT_AFTER = re.compile(r"\bsplit\s{1,3}(?P<a>\d{1,2}(?:\.\d)?):(?P<b>\d{1,2}(?:\.\d)?)(?![\d:.,]\d)", re.I)

#: The words before a multiplier's factor: "by a factor of three" (a multiplier, pipeline/extract/multipliers.py).
_FACTOR_OF = re.compile(r"\bfactor\s{1,3}of\s{1,3}$", re.I)

#: "by" and at most a hedge right before a fraction word: "dropped by half", "up by almost a third".
_BY_BEFORE = re.compile(r"\bby\s{1,3}(?:[a-z]{3,12}\s{1,3})?$", re.I)

#: A fall "by half": the multiplier 0.5 (``data/multiplier_words.json``), not a percentage.
_HALVED = re.compile(r"(?:fall|fell|fallen|drop|dropped|decrease|decreased|cut|down)\s{1,3}by\s{1,3}half$", re.I)


#: The patterns of :func:`find_numbers` that find a number without a digit and not vague ("twelve",
#: "a third of", "one in four", "half a million"); every other number it finds holds a digit.
WORD_NUMBER_KEYS = ("spelled", "scale_fraction", "one_in", "fraction", "fraction_change", "fraction_more",
                    "fraction_aside", "fraction_with")


#: The patterns :func:`find_numbers` runs only over a text holding a word they need.
_SCANNED_KEYS = ("scale_fraction", "vague", "one_in", "fraction", "fraction_change", "fraction_more", "fraction_aside",
                 "fraction_with", "spelled")


@lru_cache(maxsize=1)
def _scanned_words() -> frozenset[str]:
    """Every word one of :data:`_SCANNED_KEYS` needs: a text is searched for them once, not once a pattern (the
    four fraction patterns need the same 27 words)."""
    wanted = needs()
    return frozenset().union(*(wanted[key] for key in _SCANNED_KEYS))


def may_hold_number(text: str) -> bool:
    """False only when :func:`find_numbers` finds no number that is not vague in any sentence of
    ``text`` (a run of it between whitespace): it holds no digit, and no pattern of a number in words
    matches anywhere in it (each searched once, only where it holds a word the pattern needs; the
    checks that drop a match afterwards are not made, so this says yes more often than they would)."""
    if _ANY_DIGIT.search(text) is not None:
        return True
    pats, lowered, wanted = patterns(), lowered_for(text), needs()
    return any(may_match(wanted[key], lowered) and pats[key].search(text) is not None for key in WORD_NUMBER_KEYS)


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text`` that may be a fact, in order of position."""
    pats = patterns()
    digit = _ANY_DIGIT.search(text) is not None  # phone numbers, "1,200" and "4 000" need one: skipped without
    taken = bytearray(len(text))  # 1 where a phone number or a number already found stands
    for m in pats["phone"].finditer(text) if digit else ():
        if not (DIGIT_GROUPS.fullmatch(m.group()) and thousands_grouped(m.group())):
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for a, b in phone_numbers.phone_spans(text) if digit else ():  # "call or text 1737", "ring 131 114"
        taken[a:b] = b"\x01" * (b - a)
    found: list[NumberMention] = []
    lowered, wanted = lowered_for(text), needs()
    present = words_present(_scanned_words(), lowered)  # the text searched once for the words of every pattern below

    def scan(key: str) -> Iterator[re.Match[str]]:
        """The matches of pattern ``key``; none without running it when the text lacks every word it needs."""
        holds = may_match_present(wanted[key], present) if key in _SCANNED_KEYS else may_match(wanted[key], lowered)
        return pats[key].finditer(text) if holds else iter(())

    def free(span: tuple[int, int]) -> bool:
        return not any(taken[span[0]:span[1]])

    def add(mention: NumberMention) -> None:
        found.append(mention)
        taken[mention.num_start:mention.end] = b"\x01" * (mention.end - mention.num_start)

    for m in scan("scale_fraction"):  # "a quarter of a million" -> 250000
        fraction = words()["scale_fractions"][re.sub(r"\s+", " ", fold(m.group("num")[:m.start("scale") - m.start()].strip()))]
        add(make_mention(text, m, round(fraction * words()["scales"][fold(m.group("scale"))]), spelled=True))
    for m in scan("vague"):
        if free(m.span()):
            add(make_mention(text, m, words()["vague"][fold(m.group("num"))], vague=True, spelled=True))
    for m in scan("one_in"):
        num, den = (int(x) if x.isdigit() else words()["units"][fold(x)] for x in (m.group("num"), m.group("den")))
        if m.group("den")[0].isupper():  # "One in Four", "One In Four": a capitalised number word names an
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())  # organisation; no figure of it is a count
            continue
        if free(m.span()) and den and num < den:
            add(make_mention(text, m, round(100 * num / den, 1), percent=True, spelled=True))
    for key in ("fraction", "fraction_change", "fraction_more", "fraction_aside", "fraction_with"):
        for m in scan(key):
            if key == "fraction_change" and _HALVED.match(m.group(0)):
                continue  # "fell by half" is a halving, a multiplier (ANNOTATION.md decision 8), no percentage
            if key == "fraction" and _BY_BEFORE.search(text, max(0, m.start("num") - 40), m.start("num")) \
                    and not re.match(r"\s+of\b", text[m.end("num"):]):
                continue  # "dropped by half compared to", "up by a third": a change, "fraction_change" reads it
            if free(m.span("num")):
                add(make_mention(text, m, fraction_values()[fold(m.group("num"))], percent=True, spelled=True,
                          start_at=m.start("num")))
    for m in pats["stray_space"].finditer(text) if digit else ():
        if m.group("spaced"):
            last = text[m.start() - 1:m.start()] if m.start() else ""
            if free(m.span()) and not in_a_list(text, m.start()) and not (last and (last.isalpha() or last in "£$€#/:-")) \
                    and not label_before().search(text, max(0, m.start() - LABEL_REACH), m.start()):
                spaced = pats["digits"].fullmatch(m.group("spaced").replace(" ", ","))
                value = digits_value(spaced)
                found.append(NumberMention(value=value, start=qualifier_before(text, m.start())[1], end=m.end(),
                                           num_start=m.start(), num_end=m.end(),
                                           qualifier=qualifier_before(text, m.start())[0],
                                           text=text[qualifier_before(text, m.start())[1]:m.end()]))
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            continue
        if free(m.span("num")) and not in_a_list(text, m.start("num")) and not whole_opener_before(text, m.start("num")) \
                and not excluded_digits(text, m):
            add(make_mention(text, m, digits_value(m)))  # "Of the 540, 212 callers": a whole, then its part
    splits = [*_SPLIT.finditer(text), *_SPLIT_AFTER.finditer(text)] if digit else ()
    for m in splits:  # "a 68:32 split", "split 91:9 between": two shares (ANNOTATION.md decision 7)
        if free((m.start("a"), m.end("b"))) and float(m.group("a")) + float(m.group("b")) == 100:
            for part in ("a", "b"):
                value = float(m.group(part))
                found.append(NumberMention(value=int(value) if value.is_integer() else value, start=m.start(part),
                                           end=m.end(part), num_start=m.start(part), num_end=m.end(part),
                                           qualifier="exact", percent=True, text=m.group(part),
                                           decimals=len(m.group(part).partition(".")[2])))
            taken[m.start("a"):m.end("b")] = b"\x01" * (m.end("b") - m.start("a"))
    for m in pats["digits"].finditer(text) if digit else ():
        if free(m.span("num")) and not excluded_digits(text, m):
            add(make_mention(text, m, digits_value(m), percent=bool(m.group("pct"))))
    for m in scan("spelled"):
        phrase = m.group("num")
        value = spelled_value(phrase)
        if value is None or not free(m.span()):
            continue
        if _FIGURE_JUST_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "$5.5 million": the scale word of a figure (money here), no number of its own
        if _FACTOR_OF.search(text, max(0, m.start() - 16), m.start()):
            continue  # "rose by a factor of three": a multiplier's factor, no count
        following = text[m.end("num"):m.end("num") + 16]
        if (phrase.lower() == "one" and not m.group("pct")) or pats["duration"].match(following) \
                or pats["not_a_number_after"].match(following) or COMPOUND_MODIFIER.match(following):  # "one" alone is a pronoun; "one per cent" a figure
            continue
        if not m.group("pct") and not_counts.is_numbered_label(text[max(0, m.start() - 32):m.start()], following):
            continue  # "Year Nine pupils", "in chapter three": the number of a labelled thing
        add(make_mention(text, m, value, percent=bool(m.group("pct")), spelled=True))
    return join_ranges(text, sorted(found, key=lambda n: n.start))

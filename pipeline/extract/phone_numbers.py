"""Figures that are numbers to ring, not counts (ANNOTATION.md decision 2).

Plain predicates over the words around a figure, for :mod:`pipeline.extract.numbers` and
:mod:`pipeline.extract.not_numbers` to ask, as those of :mod:`pipeline.extract.not_counts` are:

- a helpline's number written as digits joined to letters or other digits
  ("1-800-GAMBLER", "1850-609090", "a 1-800 number") is a phone number;
- a number given to call or text ("call or text 1737", "ring 131 114") is one;
- a short-code or service number ("text SHOUT to 85258", "the 988 Lifeline") is a
  phone number unless a count noun follows it ("988 calls"), and an article that names a line
  by its number ("the 988 crisis line") reads it so elsewhere.

The word lists are in ``data/not_counts.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.not_counts import patterns, words
from pipeline.wordlists import alternation


#: A phone number written with hyphens: a US toll-free prefix ("1-800", "1-888-..."), a vanity
#: number ("800-GAMBLER", "1-800-273-TALK", "1800-Respect"), a long local number after a prefix ("1850-609090").
_HYPHENED_LINE = re.compile(r"[(\"'\u201c]?(?:1-8\d\d(?:-[\dA-Z]{2,12}){0,3}|\d{3,4}(?:-\d{3})?-[A-Z](?:[A-Z]{2,11}|[a-z]{2,11})"
                            r"(?:-[A-Z]{2,12})?"
                            r"|\d{3,4}-\d{5,7})[)\"'\u201d.,;:!?]{0,3}")


#: Digits with no thousands separator long enough to be a short code or a phone number, not a count.
_UNSEPARATED = re.compile(r"\d{5,}")


#: A number given to call or text: "free call or text 1737", "ring 131 114", "call 000", "call 1800 55 1800",
#: "Call Lifeline on 1300 22 4636", "call 08457 90 90 90"; an option to press: "then press 1".
_TO_CALL = re.compile(r"\b(?:call|text|dial|ring|phone|sms|txt|freephone|freecall|free\s{1,2}call|press)"
                      r"(?:\s{1,2}(?:or|and)\s{1,2}(?:call|text|ring))?\s{1,2}"
                      r"(?:(?:[A-Z][A-Za-z!']{1,20}\s{1,2}){0,3}on\s{1,2}|on\s{1,2})?"
                      r"(?P<num>\+?\(?\d[\d \-()]{0,16}\d|\d)(?![\d,.]\d)", re.I)


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where a text gives a number to call or text ("call or text 1737", "ring 131 114", "call 000"), unless
    a count noun follows it ("text 300 people")."""
    out = []
    for m in _TO_CALL.finditer(text):
        num = m.group("num").rstrip(" -(")
        end = m.start("num") + len(num)
        if not patterns()["count_after"].match(text, end, end + 48):
            out.append((m.start("num"), end))
    return out


def is_phone_token(token: str) -> bool:
    """Whether a run of non-space characters is a phone number written with hyphens ("1-800-GAMBLER")."""
    return bool(_HYPHENED_LINE.fullmatch(token))


#: A change in something: a service number after it names the line ("a rise in 988 calls"), no count can follow.
_CHANGE_IN = re.compile(r"\b(?:rise|rises|increase|increases|surge|jump|spike|drop|fall|decrease|growth)\s{1,3}in\s{1,3}$", re.I)


@lru_cache(maxsize=1)
def _hedge_before() -> re.Pattern[str]:
    """A hedge right before a figure ("about ", "more than "): ``hedges`` of ``data/not_counts.json``."""
    return re.compile(rf"(?<![\w-])(?:{alternation(words()['hedges'])})\s{{1,3}}$", re.I)


def is_code(raw: str, after: str, before: str = "") -> bool:
    """Whether figure ``raw`` is a short code or a service number ("85258", "988") rather than a count.

    A count noun right after it ("988 calls", "17000 volunteers") keeps it a count, unless a change
    is "in" it: "a rise in 988 calls" counts calls to 988; so does a hedge before a service number
    ("or about 111 each day").
    """
    if not (_UNSEPARATED.fullmatch(raw) or raw in words()["service_numbers"]):
        return False
    if raw in words()["service_numbers"] and _hedge_before().search(before[-24:]):
        return False  # "or about 111 each day": nobody hedges a number to dial
    if raw in words()["service_numbers"] and _CHANGE_IN.search(before[-24:]):
        return True
    if patterns()["count_after"].match(after):
        return False
    if raw in words()["service_numbers"]:
        # a short service number is a number to ring where its own words make it one ("the 988 Lifeline", "dial
        # 111", "police on 101"); elsewhere it is a figure like any other ("Plymouth accounted for 211 of them",
        # ANNOTATION.md decision 2), unless the article names a line by it elsewhere (``service_numbers_named``)
        return bool(_LINE_AFTER.match(after) or _DIAL_BEFORE.search(before[-12:]) or _RING_ON.search(before[-8:]))
    return True


#: A service number after "on", "to", "via" or "the": "police on 101", "calls to 988", "the 111 online".
_RING_ON = re.compile(r"\b(?:on|to|via|the|or|and)\s{1,3}$", re.I)


#: A line named by its number: "988 crisis line", "988 Suicide and Crisis Lifeline", "the 211 number".
_LINE_AFTER = re.compile(r"\s{1,3}(?:(?:(?-i:[A-Z])[\w'-]{0,20}|and|&|crisis|suicide|mental|health|emergency|non-emergency"
                         r"|national|free|phone|text|help)\s{1,3}){0,4}?(?:line|lifeline|hotline|helpline|number|service)\b",
                         re.I)


#: A number to dial: "call 988", "dial 111", "text 988".
_DIAL_BEFORE = re.compile(r"\b(?:call|calling|called|dial|dialing|dialling|dialled|text|texting|ring|phone)\s{1,3}$", re.I)


def service_numbers_named(text: str) -> frozenset[str]:
    """The service numbers an article names a line by ("the 988 crisis line", "dial 988"): there, "988 calls" in
    a headline counts calls to 988, not 988 calls."""
    named = set()
    for raw in words()["service_numbers"]:
        if raw not in text:
            continue  # the pattern holds the number's digits as they are: no match without them (one scan in C)
        for match in re.finditer(rf"(?<![\d,.]){raw}(?![\d,.%])", text):
            if _LINE_AFTER.match(text, match.end(), match.end() + 80) \
                    or _DIAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                named.add(raw)
                break
    return frozenset(named)

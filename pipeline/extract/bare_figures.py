"""Figures that count without a noun of their own: the unit they take from their sentence.

ANNOTATION.md decision 2 counts every number that counts something, and a paper leaves a figure's noun out when
its sentence gives it:

- **coordinated** with a counted figure, the verb and noun written once ("Leeds accounted for 402 calls, Bradford
  310 and Wakefield 95"; "the busiest month, with 4,610 calls, while March was the quietest with 3,420"; "Kent
  followed with 610, ahead of Surrey on 540"): the figure takes the unit of the figure before it;
- the **first of such a list**, its place the subject, after a sentence that gave the noun ("Hull had 702, and
  York 415"; "South Yorkshire callers made up 377 of the regional figure"; "with the Wakefield council area making
  up 985"): what the count before counts, its place its own (an inherited "part");
- **named by its predicate** ("2,188 were phone calls and 1,224 were webchats"): the noun after "were";
- **named by the noun right before "at"** ("followed by calls at 1,204 and emails at 458");
- **named by its clause's subject, the largest or smallest part** ("Webchats made up the biggest share at 900",
  "Calls were the largest group, with 2,100").

A bare figure in such a shape is still no count when it is a year, a rank or a score: :func:`excluded` (ages,
money, durations and phone numbers are left out before, by their own rules, or carry a noun of another kind).
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.measures import lexicon

#: The figure ends its conjunct: punctuation, the end, or a word that opens the next conjunct.
_ENDS_CONJUNCT = re.compile(r"\s{0,3}(?:[,;.:)!?\u2013\u2014]|$|(?:and|or|while|whereas|but|ahead|followed|then)\b)",
                            re.I)

#: A name right before a figure: the subject of a gapped conjunct, its verb left out ("Bradford 310", "North Wales
#: 1,720"), or with the words that tie a figure to its place ("Kent for 155", "the Southern Trust on 4,650", "Hull
#: had 702", "the Western Trust area with 4,120", "Leeds was the busiest, with 318").
_GAPPED = re.compile(
    r"(?:^\W{0,3}|(?:[,;:(]|\b(?:and|while|whereas|but|then|ahead\s{1,3}of|followed\s{1,3}by|before))\s{1,3})"
    r"(?:with\s{1,3})?(?:the\s{1,3})?(?P<name>(?-i:[A-Z])[\w'\u2019.-]{1,30}(?:\s{1,3}(?:and\s{1,3})?(?-i:[A-Z])[\w'\u2019.-]{1,30}){0,4})"
    r"(?P<area>\s{1,3}(?:(?:police|council|trust)\s{1,3})?(?:force\s{1,3})?(?:area|region|county|council|borough|trust|district))?"
    r"(?:\s{1,3}(?:itself|alone))?"  # "Manchester itself saw the most, with 1,018": the place stressed, still the subject
    r"(?:\s{1,3}(?:callers|people|residents|users|contacts|calls))?"
    r"(?:\s{1,3}(?:followed\s{1,3})?(?:with|on|at|for|had|saw|recorded|made"
    r"|(?P<part>(?:accounted|accounting|accounts|account)\s{1,3}for|(?:made|making|makes|make)\s{1,3}up))"
    r"|\s{1,3}(?:was|had|saw|recorded)\s{1,3}the\s{1,3}(?:most|fewest|least|busiest|quietest|biggest|largest|smallest|highest|lowest|greatest)(?:\s{1,3}[a-z]{2,12})?,?"
    r"\s{1,3}(?:with|at|on))?\s{1,3}$", re.I)

#: Words that make the figure after them a rank, a score, a label or a date, no count.
_NOT_A_COUNT_BEFORE = re.compile(
    r"\b(?:no|nos|number|page|pages|ranked|rank|ranking|position|place|placed|top|tier|level|step|option|line|"
    r"channel|room|route|junction|chapter|section|article|clause|rule|key|stage|phase|year|years|age|aged|score|"
    r"scored|scores|points|floor|platform|gate|bus|flight|ward|unit|bed|bay|plot|lot|highway|road|street|avenue)"
    r"\.?\s{1,3}$", re.I)

#: A year written alone: no count of anything.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def excluded(figure: str, value: float, before: str) -> bool:
    """Whether a bare figure is a year, a rank, a score, a label or a date by its own words (decision 2's
    exclusions): "in 2024", "No 10", "ranked 3", "Leeds 3, York 1" (a score: a small figure after a name alone)."""
    return bool(_YEAR.fullmatch(figure)) or bool(_NOT_A_COUNT_BEFORE.search(before[-20:])) or value != int(value)


#: A figure's whole named after it: "South Yorkshire made up 377 of the regional figure", "Hull accounted for 211 of them".
_OF_WHOLE = re.compile(r"\s{1,3}of\s{1,3}(?:the|its|their|this|that|these|those|them|all)\b", re.I)


def gapped_name(before: str, after: str) -> Optional[re.Match[str]]:
    """The name a bare figure follows as the subject of a gapped conjunct, when the figure ends its conjunct
    ("..., Aberdeenshire 338 and Moray 154": "Aberdeenshire", "Moray"), else ``None``."""
    if not (_ENDS_CONJUNCT.match(after) or _OF_WHOLE.match(after)):
        return None
    return _GAPPED.search(before, max(0, len(before) - 120))  # "^" is the sentence's start only


#: Between a counted figure and a bare figure coordinated with it: a comma, a conjunction or a word of order.
_COORDINATED = re.compile(r"(?:,|;|\b(?:and|while|whereas|but|then|ahead\s{1,3}of|followed\s{1,3}by|before))", re.I)


def coordinated(between: str) -> bool:
    """Whether the words between a counted figure and a bare figure join two conjuncts ("calls, Bradford",
    "calls, while March was the quietest with"), with no sentence break between."""
    return bool(_COORDINATED.search(between)) and not re.search(r"[.!?]\s", between)


#: "2,188 were phone calls", "1,224 were webchats", "640 were first-time callers": the first three words of a
#: figure's predicate, one of which is its noun.
_PREDICATE = re.compile(r"\s{1,3}(?:were|are)\s{1,3}(?P<words>[a-z][a-z-]{0,20}(?:\s{1,3}[a-z][a-z-]{0,20}){0,2})")


def predicate_unit(after: str) -> Optional[str]:
    """The count noun a bare figure's predicate names within its first three words ("2,188 were phone calls" ->
    "calls"), else ``None``."""
    match = _PREDICATE.match(after)
    if match is None:
        return None
    for word in match.group("words").split():
        if word in _PREPOSITIONS:
            return None  # "1,004 were from people who ...": where they came from, no predicate noun
        if _count_noun(word):
            return word
    return None


_PREPOSITIONS = frozenset(("from", "in", "to", "by", "on", "at", "of", "for", "with", "about", "made", "taken",
                           "answered", "received"))


#: "calls at 1,204", "emails at 458": a count noun right before "at", the figure after it.
_NOUN_AT = re.compile(r"\b(?P<noun>[a-z]{3,20}),?\s{1,3}at\s{1,3}$")


def noun_at_unit(before: str) -> Optional[str]:
    """The count noun right before "at" and the figure ("followed by calls at 1,204" -> "calls"), else ``None``."""
    match = _NOUN_AT.search(before[-40:])
    return _count_noun(match.group("noun")) if match else None


#: "Webchats made up the biggest share at 900", "Calls were the largest group, with 2,100": the clause's subject, a
#: count noun, its verb, "the" and a superlative part word, then "at", "with" or "on" and the figure.
_SUBJECT_PART = re.compile(
    r"(?:^|[,;:(]\s{0,3}|\b(?:and|while|whereas|but)\s{1,3})(?P<noun>[A-Za-z]{3,20})\s{1,3}"
    r"(?:made\s{1,3}up|make\s{1,3}up|formed|form|were|are|accounted\s{1,3}for|account\s{1,3}for|represented|took)"
    r"\s{1,3}(?:by\s{1,3}far\s{1,3})?the\s{1,3}(?:largest|biggest|greatest|smallest|next\s{1,3}largest|second\s{1,3}largest)"
    r"\s{1,3}(?:share|part|proportion|portion|group|number|slice|chunk|category)"
    r"(?:\s{1,3}of\s{1,3}(?:contacts|them|the\s{1,3}total))?,?\s{1,3}(?:at|with|on)\s{1,3}(?:some\s{1,3})?$", re.I)


def subject_part_unit(before: str) -> Optional[str]:
    """The count noun that is the subject of a bare figure's clause when the clause calls it the largest or
    smallest part ("Webchats made up the biggest share at 900" -> "webchats"), else ``None``."""
    match = _SUBJECT_PART.search(before, max(0, len(before) - 120))
    return _count_noun(match.group("noun").lower()) if match else None


#: "the 2024 figure of 110", "its total of 3,400": a figure word of the clause, the figure after "of".
_FIGURE_OF = re.compile(r"\b(?:the|its|their|this|that|last\s{1,3}year's)\s{1,3}(?:(?:[A-Za-z-]{2,20}|(?:19|20)\d\d(?:[/-]\d{2,4})?)"
                        r"(?:'s|\u2019s)?\s{1,3}){0,2}(?:figure|total|tally)\s{1,3}of\s{1,3}$", re.I)


def figure_of(before: str) -> bool:
    """Whether a bare figure is the value of a figure word before it ("almost three times the 2024 figure of 110"):
    it counts what the figure it is compared with counts, else what the count before counts."""
    return bool(_FIGURE_OF.search(before[-60:]))


def noun_measure(unit: str) -> Optional[str]:
    """The measure a figure's named noun decides alone: calls are a helpline's calls ("followed by calls at 1,204",
    whatever other channels the sentence names); ``None`` for the others, which the sentence's words decide."""
    return "helpline_calls" if lexicon()["units"].get(unit) == "calls" else None


def _count_noun(word: str) -> Optional[str]:
    """``word`` when it names a channel's or a website's use ("calls", "texts", "webchats", "visits"), else ``None``:
    a kind of people ("6,980 were men") tells who a part of a count is, not what it counts."""
    lex = lexicon()
    if word.endswith("s") and word in lex["unit_word_measures"]:
        return word
    return word if lex["units"].get(word) in ("calls", "contacts", "visits") else None

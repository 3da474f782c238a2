"""What the words of two clauses say about whether their figures are surely one claim's (fix24, issue 10).

A verdict of "inconsistent" needs figures that are surely the claim's own.  The helpers here read the words that
decide it, each from a bounded slice of one clause:

- :func:`whole_noun`: the noun a share is "of" ("Nearly half of people in Devon ..." -> ``people``), past a
  determiner and a possessive; a share of women is no share of the 1,000 people.
- :func:`same_noun`: two nouns name one measure only when they are one word (calls and callers are not).
- :func:`same_sense`: two clauses that end alike say one thing only when neither denies what the other says
  ("were not from Carlisle") and a comparison before their figure runs the same way ("under 30" / "below 30",
  never "over 30").
- :func:`bare_whole`: the words right after a share name its whole and nothing more ("of the total", "of the
  contacts in 2023"), no qualifier that makes the whole a part ("of contacts from women").
- :func:`qualified_base`: the words after a count (its noun and verb) open a qualifier that makes it a part of the
  period's total ("calls were answered by volunteers", "calls during the day", "came from adults").

Word lists are data (``data/check_words.json``, ``claim_*`` and ``base_*``).  Linear: each helper reads one bounded
slice once.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.check.multiplier_pairs import check_words
from pipeline.extract.measures import lexicon
from pipeline.records import Count, Percentage

#: A clause of page text: up to a comma, a semicolon, a dash, a bracket or a stop (a bounded slice).
CLAUSE = re.compile(r"[^,;:.()\u2013\u2014]{0,200}")
#: A word (an apostrophe's "'s" kept with it) or a figure of a clause.
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]{1,2})?|\d+")
#: A year, which names a period, not what is counted.
YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    return frozenset(check_words()[key])


def clause_words(text: str, start: int, end: int) -> list[str]:
    """The words and figures of the clause that opens at ``start`` (up to a comma, a semicolon, a dash, a bracket or
    ``end``), lower-cased."""
    return [w.lower() for w in _WORD.findall(CLAUSE.match(text, start, end).group())]


def singular(noun: Optional[str]) -> Optional[str]:
    """A noun lower-cased without its plural "s" (``None`` stays ``None``)."""
    return noun.lower().rstrip("s") if noun else None


def same_noun(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two nouns are one word (singular or plural): "calls" and "callers", "people" and "callers" are two
    measures for a verdict; a missing noun matches nothing."""
    return a is not None and b is not None and singular(a) == singular(b)


#: Two kinds of unit that count one kind of thing, contact events: a call is a contact ("3,612 calls and online
#: chats" beside "3,492 contacts").
_EVENT_KINDS = frozenset({"calls", "contacts"})


def count_noun(count: Count) -> Optional[str]:
    """The noun a count's own words give it ("1,000 callers" -> ``callers``), else its unit."""
    words = (count.text or "").split()
    last = words[-1].lower() if words else ""
    return last if len(words) > 1 and last.isalpha() else count.unit


def names_count(noun: Optional[str], count: Count) -> bool:
    """Whether a noun is the one a count's words or its unit give it ("of callers" for "1,000 callers", "of people"
    for "1,000 people who called")."""
    return same_noun(noun, count_noun(count)) or same_noun(noun, count.unit)


def one_kind(a: Count, b: Count) -> bool:
    """Whether two counts' nouns count one kind of thing for a verdict: one noun, or two units of one kind in the
    lexicon, calls and contacts taken as one kind ("4,160 callers" or "4,160 people" is no base for "4,310 calls";
    "3,492 contacts" is for "3,612 calls and online chats").  A count with no noun of its own matches any."""
    if not a.unit or not b.unit or same_noun(count_noun(a), count_noun(b)):
        return True
    units = lexicon()["units"]
    kinds = {units.get(a.unit.lower()), units.get(b.unit.lower())}
    return None not in kinds and (len(kinds) == 1 or kinds <= _EVENT_KINDS)


def whole_noun(words: list[str]) -> Optional[str]:
    """The noun a share's words are "of", given the words that follow the share: "of people in Devon ..." ->
    ``people``, "of all the callers" -> ``callers``, "of Cumbria's callers" -> ``callers``; ``None`` when the words
    do not open with "of"."""
    if not words or words[0] != "of":
        return None
    rest = [w for w in words[1:4] if w not in _words("claim_whole_determiners")]
    if rest and rest[0].endswith(("'s", "\u2019s")):
        rest = rest[1:]
    return rest[0] if rest and not rest[0].isdigit() else None


def _direction(words: list[str]) -> Optional[str]:
    """The way a comparison before a clause's last figure runs: "below", "above" or ``None``."""
    if not words or not words[-1].isdigit():
        return None
    for w in reversed(words[-4:-1]):
        if w in _words("claim_below"):
            return "below"
        if w in _words("claim_above"):
            return "above"
    return None


def _denies(words: list[str]) -> bool:
    return any(w in _words("claim_negations") or w.endswith(("n't", "n\u2019t")) for w in words)


def same_sense(said: list[str], told: list[str]) -> bool:
    """Whether two clauses that end on one word say the same of it: neither denies it unless both do, and a figure
    they end on is compared the same way ("under 30" / "below 30"; "over 30" is the opposite)."""
    return _denies(said) == _denies(told) and _direction(said) == _direction(told)


def bare_whole(words: list[str], noun: Optional[str]) -> bool:
    """Whether the words right after a share name a whole and no part of it: "of the total", "of the Scottish total",
    "of all contacts", "of the county's contacts in 2023", "of the contacts people in Wales made", "of them", or no
    words at all; the noun, when one is named, is ``noun`` or a word of any whole ("total", "number"), a word before
    it only before a word of any whole.  "of contacts from women" (a qualifier right after the noun: :func:`opens_part`)
    and "of all calls" (of contacts) are not."""
    if not words:
        return True
    if words[0] != "of":
        return False
    rest = [w for w in words[1:] if w not in _words("claim_whole_determiners")]
    if rest and rest[0].endswith(("'s", "\u2019s")):
        rest = rest[1:]
    if rest and rest[0] in ("them", "those", "these"):
        return not opens_part(rest[1:])
    if len(rest) > 1 and rest[1] in _words("claim_whole_nouns") and not rest[0].isdigit():
        rest = rest[1:]  # "the Scottish total"
    if not rest or not (same_noun(rest[0], noun) or rest[0] in _words("claim_whole_nouns")):
        return False
    return not opens_part(rest[1:])


def opens_part(words: list[str]) -> bool:
    """Whether the words after a whole's noun open with a qualifier that makes it a part ("from women", "by text",
    "during the night"), not a period ("in 2023", "last year") or a clause that describes it ("people in Wales made")."""
    return bool(words) and qualified_base(words[:3]) and words[0] in _words("base_qualifiers")


def qualified_base(words: list[str]) -> bool:
    """Whether the words after a count (the clause's words from its figure on) open a qualifier that makes the count
    a part of its period's total: "calls were answered by volunteers", "calls during the day", "came from adults",
    "in the first half alone".  A period ("in 2021", "in the year") or "got in touch" is no qualifier."""
    for i, w in enumerate(words):
        if w not in _words("base_qualifiers"):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w == "in" and (nxt is None or YEAR.fullmatch(nxt) or nxt in _words("base_qualifier_exempt")
                          or (nxt in ("the", "that") and words[i + 2:i + 3] == ["year"])):
            continue
        if w in ("under", "over") and nxt is None:
            continue
        return True
    return False


#: A share's own text that ends on its "of" ("Nearly half of").
_ENDS_OF = re.compile(r"\bof\s{0,3}$", re.I)


def share_tail(share: Percentage, text: str) -> list[str]:
    """The words of the clause right after a share, opening with "of" when the share's own text ends on it ("Nearly
    half of" + "people in Devon ...")."""
    words = clause_words(text, share.end, share.sentence[1])
    return ["of", *words] if _ENDS_OF.search(text, max(share.start, share.end - 6), share.end) else words


def bare_after(share: Percentage, text: str, whole: Count) -> bool:
    """:func:`bare_whole` of the clause right after a share for its whole (the noun its words give it, or its unit)."""
    words = share_tail(share, text)
    return bare_whole(words, count_noun(whole)) or bare_whole(words, whole.unit)

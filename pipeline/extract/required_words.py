"""The words a pattern cannot match without: a sound prefilter for patterns run over many sentences.

The period scan runs some sixty patterns over every sentence that may hold a fact, most of which
hold none of the words a pattern needs ("last year", "fiscal year", "the same period").
:func:`required_words` reads a pattern's parse tree and gives strings one of which every match holds,
lower-cased (:func:`group_needs`, from the same walk, the named groups every match holds);
:func:`may_match` says whether a text holds one.  A pattern is run only where it may match, so its
matches are those of running it everywhere.  Case: the strings are ASCII, compared with the lower-cased text; a text holding one of
the three letters that ``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not
lower to one (dotted and dotless i, long s) is never filtered.
"""
from __future__ import annotations

import re
from re import _constants as c, _parser
from typing import Any, Iterator, Optional

#: Letters that ``re.IGNORECASE`` matches to ASCII letters but that ``str.lower`` does not lower to them.
FOLD_TRAPS = re.compile("[\u0130\u0131\u017f]")

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


def required_parts(items) -> Iterator[tuple[str, Any]]:  # noqa: ANN001 - a parsed sequence
    """The parts of the parsed sequence ``items`` that every match of it passes through, in order, as
    ``(kind, part)``: ``("literal", character)``; ``("group", (group id or None, items))`` for a group, an atomic
    group or a repeat of at least once (its body); ``("branch", [items, ...])`` for ``|``, every match passing
    through one of them; ``("gap", None)`` for anything else, which breaks a run of literals. Zero-width
    assertions (``\\b``, ``^``, ``$``) give nothing: the letters either side stand together.

    The one walk of a parse tree that :func:`required_words` (strings) and :func:`group_needs` (named groups)
    both read."""
    for op, av in items:
        if op is c.LITERAL:
            yield "literal", chr(av)
        elif op is c.AT:
            continue
        elif op is c.SUBPATTERN:
            yield "group", (av[0], av[3])
        elif op is c.ATOMIC_GROUP:
            yield "group", (None, av)
        elif op is c.BRANCH:
            yield "branch", av[1]
        elif op in _REPEATS and av[0] >= 1:
            yield "group", (None, av[2])
        else:
            yield "gap", None


def required_words(source: str, flags: int = 0) -> frozenset[str]:
    """Lower-cased strings one of which every match of ``source`` holds (the longest such choice the
    parse tree shows), or an empty set when there is none to be sure of."""
    return _needs(_parser.parse(source, flags)) or frozenset()


def _needs(items) -> Optional[frozenset[str]]:  # noqa: ANN001 - a parsed sequence
    """Strings one of which every match of the sequence ``items`` holds, or None."""
    best: Optional[frozenset[str]] = None
    run: list[str] = []

    def consider(found: Optional[frozenset[str]]) -> None:
        nonlocal best
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    def end_run() -> None:
        text = "".join(run).lower()
        consider(frozenset([text]) if text.isascii() else None)
        run.clear()

    for kind, part in required_parts(items):
        if kind == "literal":
            run.append(part)
            continue
        end_run()
        if kind == "group":
            consider(_needs(part[1]))
        elif kind == "branch":
            options = [_needs(branch) for branch in part]
            consider(frozenset().union(*options) if all(options) else None)
    end_run()
    return best


def group_needs(source: str, flags: int, bodies: dict[str, str]) -> frozenset[str]:
    """The kinds of ``bodies`` (kind -> pattern) that every match of ``source`` holds: a named group
    written exactly ``(?P<name>`` + body + ``)`` counts as its kind, and the parse tree says which
    such groups every path through the pattern passes (both sides of each ``|``, a repeat only
    when it is at least once).  So a prefilter built on it is sound: a text in which ``bodies["month"]``
    matches nowhere cannot match a pattern that needs "month"."""
    parsed = _parser.parse(source, flags)
    kinds = {gid: kind for name, gid in parsed.state.groupdict.items() for kind, body in bodies.items()
             if source.count(f"(?P<{name}>") == 1 and f"(?P<{name}>{body})" in source}

    def through(items) -> set[str]:  # noqa: ANN001 - the kinds every path through ``items`` passes
        found: set[str] = set()
        for kind, part in required_parts(items):
            if kind == "group":
                if part[0] in kinds:
                    found.add(kinds[part[0]])
                found |= through(part[1])
            elif kind == "branch":
                found |= set.intersection(*(through(b) for b in part))
        return found

    return frozenset(through(parsed))


def fewest(needs: frozenset[str]) -> frozenset[str]:
    """``needs`` without the strings that hold another of them ("a half" holds "half"): a text holds one of
    ``needs`` exactly when it holds one of these, and fewer strings are fewer searches."""
    return frozenset(word for word in needs if not any(other != word and other in word for other in needs))


def may_match(needs: frozenset[str], lowered: Optional[str]) -> bool:
    """Whether a text may match a pattern that needs one of ``needs``: ``lowered`` is the text
    lower-cased, or None when it holds one of :data:`FOLD_TRAPS` (then any text may)."""
    return not needs or lowered is None or any(word in lowered for word in needs)


def words_present(words: frozenset[str], lowered: Optional[str]) -> Optional[frozenset[str]]:
    """Those of ``words`` that ``lowered`` (as for :func:`may_match`) holds, or None when it is None (any may
    be there): one pass over the words of many patterns, for :func:`may_match_present` to answer each pattern
    of one text with a set operation instead of searching the text for its words again."""
    return None if lowered is None else frozenset(word for word in words if word in lowered)


def may_match_present(needs: frozenset[str], present: Optional[frozenset[str]]) -> bool:
    """:func:`may_match` of a text, from :func:`words_present` of a set of words that holds ``needs``: the same
    answer, since a text holds one of ``needs`` exactly when one of them is among the words present."""
    return not needs or present is None or not needs.isdisjoint(present)


def lowered_for(text: str) -> Optional[str]:
    """``text`` lower-cased for :func:`may_match`, or None when :data:`FOLD_TRAPS` make that unsound."""
    return None if FOLD_TRAPS.search(text) else text.lower()

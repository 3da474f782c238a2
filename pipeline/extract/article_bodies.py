"""The bodies an article names, as the quotes stage reads them, and the bodies its finished turns are given.

:func:`named_bodies` lists every body the text names, in text order: the known ones of the lexicon (the
headline's too), the lines named with a lower-case line word, the bodies described by a kind word, the
subject of a sentence, a name with its initials in brackets and a bare name met before with its kind word.
:func:`finished_quotes` runs the passes that settle a finished turn's body (a description met later, the body a
continued turn names, the body speaking in the first person plural, a council, a line's runner, a commissioner's
office, a health board) and writes the records. Used by :func:`pipeline.extract.quotes.extract_quotes`.
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Callable

from pipeline.extract.bare_bodies import bare_bodies
from pipeline.extract.bracketed_bodies import bracketed_bodies
from pipeline.extract.commissioners import offices_of_commissioners
from pipeline.extract.councils import councils_of_office_holders
from pipeline.extract.described_bodies import described_bodies
from pipeline.extract.health_boards import boards_of_references
from pipeline.extract.line_names import lower_case_lines
from pipeline.extract.line_runners import runners_of_line_staff
from pipeline.extract.members import bodies_of_members
from pipeline.extract.quote_turns import Turn
from pipeline.extract.quotemarks import QuoteSpan
from pipeline.extract.run_lines import lines_of_front_line, runners_of_officers
from pipeline.extract.speakers import NameBook, lexicon
from pipeline.extract.speakers_voice import main_body
from pipeline.extract.subject_before import bodies_of_bare_officials
from pipeline.extract.subject_bodies import subject_bodies
from pipeline.extract.turn_bodies import (
    bodies_of_continued,
    body_spellings,
    described_later,
    initials_spelled_out,
    own_body,
    quote_record,
    voice_of_the_body,
)
from pipeline.records import Quote

__all__ = ["finished_quotes", "named_bodies", "quoted_lines"]


#: A body named as a line: the name a speaker gives callers in their own words is not their body.
_LINE_NAME = re.compile(r"\b(?:help\s?line|hotline|line|lifeline)$", re.I)


def _inside(known: list[tuple[int, str]]) -> Callable[[int], bool]:
    """A test of whether an offset falls inside (or right after) one of the ``known`` bodies, by a
    bisection over their starts and the furthest end reached so far (``known`` is sorted)."""
    starts = [k for k, _ in known]
    reach = list(itertools.accumulate((k + len(name) + 1 for k, name in known), max))
    return lambda o: (i := bisect.bisect_right(starts, o)) > 0 and reach[i - 1] > o


def quoted_lines(offsets: list[int], line_names: list[int], speech: list[QuoteSpan], split: int) -> set[int]:
    """The positions in ``offsets`` (``split`` on) of the lines (``line_names``: their sorted positions)
    named inside a paragraph's own quotes, found by bisection."""
    out: set[int] = set()
    for q in speech:
        lo, hi = bisect.bisect_left(offsets, q.open), bisect.bisect_left(offsets, q.close)
        out.update(line_names[bisect.bisect_left(line_names, max(lo, split)):bisect.bisect_left(line_names, hi)])
    return out


def named_bodies(text: str) -> tuple[list[int], list[str], dict[str, list[int]], list[int]]:
    """The bodies the text names in text order: their offsets, their names, each name's positions in that
    list (for a lookup that copies no list of bodies), and the positions of those named as a line."""
    known = sorted(set(lexicon().find_headline_orgs(text) + lexicon().find_orgs(text)))
    known, lines = _with_lower_case_lines(text, known)
    inside_known = _inside(known)
    mentioned = sorted(known + [(o, n) for o, n in lexicon().find_named_orgs(text) + lines if not inside_known(o)])
    offsets, names = [o for o, _ in mentioned], [n for _, n in mentioned]
    positions: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        positions.setdefault(name, []).append(i)  # each name's positions, for a lookup that copies no list of bodies
    line_names = [i for i, name in enumerate(names) if _LINE_NAME.search(name)]
    return offsets, names, positions, line_names


def finished_quotes(text: str, turns: list[Turn], offsets: list[int], names: list[str], book: NameBook) -> list[Quote]:
    """The records of an article's finished turns, in text order, once every pass that settles a turn's body ran."""
    described_later(turns, book)
    bodies_of_continued(turns, offsets, names, book)
    voice_of_the_body(text, turns, main_body(names))
    own_body(text, turns)
    councils_of_office_holders(text, turns)
    bodies_of_bare_officials(text, turns)
    lines_of_front_line(text, turns)
    runners_of_officers(text, turns)
    runners_of_line_staff(text, turns)
    offices_of_commissioners(text, turns)
    boards_of_references(text, turns)
    bodies_of_members(turns)
    spellings = body_spellings(text)
    spellings.update(initials_spelled_out(text, turns))
    return [quote_record(n, text, turn, spellings) for n, turn in enumerate(turns, 1)]


def _with_lower_case_lines(text: str, known: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The known bodies, and the lines named with a lower-case line word ("the Oakdale line") and the
    bodies described by a kind word beside their name (:mod:`described_bodies`). A
    known name matched in lower case inside such a line's name describes it ("the Harbourline
    gambling helpline" is no mention of the Gambling Helpline) and is dropped."""
    lines = lower_case_lines(text)
    inside = {o for o, _ in known if text[o:o + 1].islower() and any(s < o < s + len(n) for s, n in lines)}
    shaped = {o for o, _ in lexicon().find_named_orgs(text)}
    lines += [(o, n) for o, n in described_bodies(text) if o not in shaped]  # "Parents Protect, a prevention charity"
    taken = {o for o, _ in lines} | {o for o, _ in known}
    lines += [(o, n) for o, n in subject_bodies(text) if o not in shaped and o not in taken]  # "One in Four supported 800 people"
    taken |= {o for o, _ in lines}
    lines += [(o, n) for o, n in bracketed_bodies(text) if o not in shaped and o not in taken]  # "The SA Depression ... Group (Sadag)"
    taken |= {o for o, _ in lines}
    lines += [(o, n) for o, n in bare_bodies(text) if o not in shaped and o not in taken]  # "the Harbour charity ... Harbour"
    return [k for k in known if k[0] not in inside], sorted(lines)

"""The health board a spokesperson "for the health board" speaks for: the board the article named before the quote.

Papers name a health board once ("NHS Highland said it would ...", "Betsi Cadwaladr University Health Board funds
the line") and then call it "the health board" or "the NHS board" (``board_references`` of ``data/offices.json``; not "the board", which is as often a charity's trustees). A
speaker with no body whose title holds such a reference speaks for the board named last before the quote: a name
"NHS" opens with a capitalised place after it ("NHS Highland", "NHS Greater Glasgow and Clyde"), or one ending in
"Health Board" or "Integrated Care Board". Each run of capitalised words is bounded and matched possessively.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.quote_turns import Turn
from pipeline.wordlists import alternation, data_file

_CAP = r"[A-Z][\w'\u2019-]*+"
#: A health board by its shape: "NHS Highland", "NHS Greater Glasgow and Clyde", "Cwm Taf Morgannwg University
#: Health Board", "Bath and North East Somerset Integrated Care Board".
_BOARD = re.compile(rf"(?<![\w-])(?:NHS(?:[^\S\n]++(?:and[^\S\n]++)?(?!NHS){_CAP}){{1,4}}"
                    rf"|{_CAP}(?:[^\S\n]++(?:and[^\S\n]++)?{_CAP}){{0,5}}?[^\S\n]++(?:University[^\S\n]++)?(?:Health|Integrated[^\S\n]++Care)[^\S\n]++Board)(?![\w-])")


@lru_cache(maxsize=1)
def _reference() -> re.Pattern[str]:
    """"the health board", "the NHS board" in a speaker's title."""
    return re.compile(rf"(?<![\w-])the[^\S\n]++(?:{alternation(data_file('offices.json')['board_references'], loose_spaces=True)})(?![\w-])",
                      re.IGNORECASE)


def boards_of_references(text: str, turns: list[Turn]) -> None:
    """Give each speaker with no body whose title says "the health board" the board the article named last before
    the quote."""
    for turn in turns:
        who = turn.speaker
        if who is None or who.org or not _reference().search(" ".join(filter(None, (who.title, who.role)))):
            continue
        found = None
        for found in _BOARD.finditer(text, 0, turn.parts[0][0].open):
            pass
        if found is not None:
            turn.speaker = replace(who, org=found.group().strip(), official=True)

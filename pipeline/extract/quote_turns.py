"""Speaker turns: the quoted spans of a paragraph grouped into turns, and where a turn ends.

A :class:`Turn` collects the spans of one speaker across paragraphs. :func:`speech_groups` cuts a paragraph's
spans where narrative intervenes ('"..." It's also why she volunteers. "..."', or a new sentence ending in a
colon after an attributed quote: ANNOTATION.md decision 9), and :func:`later_turns` makes a turn of each
group after the first. :func:`narrative_after` tells whether a turn's last paragraph goes on in narrative
after its quote, :func:`left_open` whether a turn left its quote open at a paragraph's end; a crosshead or
a signpost line ("Hide Ad", "Those interested should visit ...": :func:`crosshead`, :func:`signpost`) set
inside a turn does not end it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from pipeline.extract.attribution import SENTENCE_BREAK, find_attribution, post_attribution
from pipeline.extract.quotemarks import QUOTE_MARKS, QuoteSpan
from pipeline.extract.speakers import Speaker


@dataclass
class Turn:
    """One speaker turn being built: the quoted spans of each paragraph."""

    speaker: Optional[Speaker]
    attribution: str
    parts: list[list[QuoteSpan]] = field(default_factory=list)
    last_paragraph: int = -1
    #: Whether an attribution in the turn's own words named its speaker (else it was taken from the narrative).
    told: bool = True

    def add(self, index: int, spans: list[QuoteSpan]) -> None:
        self.parts.append(spans)
        self.last_paragraph = index


def crosshead(paragraph: str) -> bool:
    """A line that is no narrative: a crosshead ("Help for families") or page furniture
    ("Hide Ad"): at most eight words, capitalised, with no stop, comma or quote mark."""
    line = paragraph.strip()
    if len(line) > 2 and line[0] in QUOTE_MARKS and line[-1] in QUOTE_MARKS:
        line = line[1:-1].strip()  # a crosshead in quote marks: "'Boundaries are broken'"
    return (0 < len(line.split()) <= 8 and line[:1].isupper() and not re.search(r"[.,;:!?]$", line)
            and not any(ch in QUOTE_MARKS or ch == "," for ch in line))


#: A web address: "samaritans.org/volunteer", "www.example.org.uk", "https://...".
_WEB_ADDRESS = re.compile(r"(?<![\w@.])(?:https?://|www\.|[a-z0-9-]++\.(?:org|com|net|co\.uk|org\.uk|ie|gov\.uk)(?![\w]))")


def signpost(paragraph: str) -> bool:
    """A line that sends readers elsewhere, set into a turn like a crosshead: at most 40
    words, a web address, no quote mark ("Those interested should visit samaritans.org/volunteer")."""
    line = paragraph.strip()
    return (len(line.split()) <= 40 and _WEB_ADDRESS.search(line) is not None
            and not any(ch in QUOTE_MARKS for ch in line))


#: A quote mark that is no apostrophe inside a word ("hasn't"): one not between two letters.
_LOOSE_MARK = re.compile(rf"(?<![A-Za-z])[{re.escape(QUOTE_MARKS)}]|[{re.escape(QUOTE_MARKS)}](?![A-Za-z])")


def narrative_after(text: str, para: tuple[int, int], turn: Turn) -> bool:
    """Whether the paragraph ``para``, the turn's last, goes on in narrative after the turn's last
    quote (ANNOTATION.md decision 9: a turn ends when narrative intervenes): at least a sentence
    of three words that is not the quote's attribution ('"...." At the centre, Jo says, calls rose.')."""
    last = turn.parts[-1][-1]
    if not last.closed or not para[0] <= last.end <= para[1]:
        return False
    tail = text[last.end:para[1]].strip()
    sentences = [p for p in SENTENCE_BREAK.split(tail) if p.strip()]
    if len(tail.split()) < 3 or _LOOSE_MARK.search(tail):
        return False  # a quote mark left unpaired in the tail: speech may run on
    if post_attribution(" " + sentences[0]) is not None:  # '"...," said Jo. She runs the line.': more after the attribution
        return len(sentences) > 1 and len(" ".join(sentences[1:]).split()) >= 3
    return True


def left_open(turn: Optional[Turn], index: int) -> bool:
    """Whether ``turn`` ran to the paragraph before ``index`` and left its quote open there."""
    return turn is not None and turn.last_paragraph == index - 1 and not turn.parts[-1][-1].closed


def same_person(a: Optional[Speaker], b: Optional[Speaker]) -> bool:
    """Whether two resolved speakers are one named person."""
    return a is not None and b is not None and bool(a.name) and a.name == b.name and a.kind != "org"


def speech_groups(text: str, spans: list[QuoteSpan]) -> list[list[QuoteSpan]]:
    """A paragraph's speech spans cut where narrative intervenes between two of them.

    '"..." It's also why she volunteers. "..."' and '"..." Or: "..."' are two turns
    (ANNOTATION.md decision 9); '"...," he said. "..."' and '"...," says Jo Roe, who
    runs the branch. "..."' stay one, since what stands between is the attribution.
    """
    groups = [[spans[0]]]
    for before, span in zip(spans, spans[1:]):
        gap = text[before.end:span.open].strip()
        narrative = before.closed and bool(gap) and post_attribution(" " + gap) is None and (
            gap.endswith(":") or len(gap.split()) >= 3)
        if narrative or _new_introduction(text, spans[0], before, gap):
            groups.append([span])
        else:
            groups[-1].append(span)
    return groups


def _new_introduction(text: str, first: QuoteSpan, before: QuoteSpan, gap: str) -> bool:
    """Whether the words between two quotes of a paragraph are a new sentence that introduces the
    next one ('Jo Roe said: "It was hard." She added: "We kept going."'): they open with a capital
    after a quote closed on a sentence stop, end in a colon, and the paragraph's first quote has an
    attribution of its own before it. ANNOTATION.md decision 9: "She added:" ends a turn."""
    if not (before.closed and gap.endswith(":") and gap[:1].isupper()):
        return False
    inner = text[before.inner[0]:before.inner[1]].rstrip()
    lead = text[text.rfind("\n", 0, first.open) + 1:first.open].strip()
    return inner.endswith((".", "!", "?")) and lead.endswith((":", ","))


def later_turns(text: str, para: tuple[int, int], index: int, groups: list[list[QuoteSpan]], turn: Turn,
                 resolve: Callable[[Optional[str]], Optional[Speaker]]) -> list[Turn]:
    """A turn for each group of a paragraph's spans after the first: the speaker its own
    attribution names ('Or: "..."' names none), else the speaker of the turn before."""
    out: list[Turn] = []
    for k, (before, group) in enumerate(zip(groups, groups[1:]), 2):
        stop = groups[k][0].open if k < len(groups) else para[1]  # its own stretch: linear in the paragraph
        who = find_attribution(text, (before[-1].end, stop), group)
        speaker = resolve(who) if who else None
        kind = "pronoun" if speaker and speaker.kind == "pronoun" else "explicit"
        if speaker is None:
            speaker, kind = turn.speaker, "continuation"
        turn = Turn(speaker, kind)
        turn.add(index, group)
        out.append(turn)
    return out

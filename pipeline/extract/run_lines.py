"""The helpline a front-line speaker speaks for when the article says a charity runs it.

"Stop It Now! is run by the child protection charity the Lucy Faithfull Foundation. / Jo Roe, a senior
practitioner on the helpline, said", "The National Gambling Helpline, which is run by the charity GamCare": the
people who answer a known line (a practitioner, an adviser, a counsellor, a volunteer, the helpline's manager;
``front_line_roles`` of ``body_cues.json``), or whose title says they work on the line, speak for the line, as
readers and annotators name it; the runner's own officers ("the foundation's chief executive", "director of
policy") keep the runner, and are given it when their body came out as the line or as none
(:func:`runners_of_officers`). Only a line the data file knows as a charity of its own (Stop It Now!), told in the
article as run by another known charity; a line that is a service of its runner ("the National Gambling Helpline,
which is run by the charity GamCare") leaves its advisers the runner's, as the blind probe sets' annotators did:

- **"run by"**: "<line> ... (is|which is|,) run by (the charity) <runner>", or a sentence opening on "The
  service", "The helpline" or "The line" (the line the article named most before) and run by a runner;
- **"runs"**: "<runner>, which runs the <line>", "<runner> runs the <line>".

A title that names the runner (its name, or its kind word: "the foundation's senior practitioner") keeps it.
Each pattern is a fixed alternation; the bodies around it are read in windows of fixed size, found by bisection, and
the bodies named before are counted once as the text is read: linear in the page.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.body_in_title import body_cues
from pipeline.extract.organisations import APOSTROPHES, lexicon
from pipeline.extract.quote_turns import Turn
from pipeline.wordlists import alternation

_RUN_BY = re.compile(r"(?<![\w-])(?:run|operated|managed|delivered)[^\S\n]++by(?![\w-])")
_RUNS = re.compile(r"(?<![\w-])(?:runs|operates|manages|delivers)(?![\w-])")
#: A sentence that opens on the line by its kind: "The service, run by ...", "The helpline is run by ...".
_LINE_SUBJECT = re.compile(r"(?:^|[.?]\s++|\n)(?:The|the)[^\S\n]++(?:service|helpline|line)\b[^.?\n]*+$")
#: How far before and after the verb the line and its runner may be named, in characters.
_BEFORE, _AFTER = 120, 70


@lru_cache(maxsize=1)
def _officer() -> re.Pattern[str]:
    roles = alternation(tuple(body_cues()["runner_officer_roles"]), loose_spaces=True)
    return re.compile(rf"(?<![\w-])(?:{roles})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _front_line() -> re.Pattern[str]:
    cues = body_cues()
    roles = alternation(tuple(cues["front_line_roles"]) + tuple(cues["line_kinds"]), loose_spaces=True)
    return re.compile(rf"(?<![\w-])(?:{roles})(?![\w-])", re.IGNORECASE)


def _charity(name: str) -> bool:
    return lexicon().org_kinds.get(name) == "charity"


def lines_run(text: str) -> dict[str, str]:
    """Each known charity the article tells runs a known line, and that line: {runner: line}."""
    flat = text.translate(APOSTROPHES)
    spans = sorted(lexicon().org_spans(flat))
    starts = [s for s, _, _ in spans]

    def within(lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The spans that start in [lo, hi): found by bisection, so each verb reads only its window."""
        return spans[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    out: dict[str, str] = {}
    named: Counter[str] = Counter()  # the bodies named so far, counted as the verbs are met in text order
    counted = 0
    for m in _RUN_BY.finditer(flat):
        after = [(s, n) for s, e, n in within(m.end(), m.end() + _AFTER)]
        before = [(s, e, n) for s, e, n in within(m.start() - _BEFORE, m.start()) if e <= m.start()]
        if not after or not _charity(after[0][1]):
            continue
        runner = after[0][1]
        between = flat[before[-1][1]:m.start()] if before else ""
        if before and before[-1][2] != runner and not re.search(r"[.?\n]", between):
            out.setdefault(runner, before[-1][2])
        elif _LINE_SUBJECT.search(flat[max(0, m.start() - _BEFORE):m.start()]):
            while counted < len(spans) and spans[counted][1] <= m.start():
                named[spans[counted][2]] += 1
                counted += 1
            line = next((n for n, _ in named.most_common() if n != runner), None)
            if line is not None:
                out.setdefault(runner, line)
    for m in _RUNS.finditer(flat):
        before = [(s, e, n) for s, e, n in within(m.start() - _AFTER, m.start()) if e <= m.start()]
        after = [(s, n) for s, e, n in within(m.end(), m.end() + 40)]
        if before and after and _charity(before[-1][2]) and after[0][1] != before[-1][2] \
                and not re.search(r"[.?\n]", flat[before[-1][1]:m.start()]):
            out.setdefault(before[-1][2], after[0][1])
    return {runner: line for runner, line in out.items() if line not in out and _charity(line)}


def _names_runner(title: str, runner: str) -> bool:
    words = [w.lower() for w in runner.split() if w[:1].isupper()]
    low = title.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low) for w in words)


def lines_of_front_line(text: str, turns: list[Turn]) -> None:
    """Give each speaker whose body is a charity the article tells runs a known line, and whose title is a
    front-line role or says they work on the line, that line instead (:func:`lines_run`)."""
    candidates = [t for t in turns if t.speaker is not None and t.speaker.org and _charity(t.speaker.org)]
    if not candidates:
        return
    runs = lines_run(text)
    for turn in candidates:
        who = turn.speaker
        line = runs.get(who.org)
        title = " ".join(filter(None, (who.title, who.role)))
        if line is None or not _front_line().search(title) or _names_runner(title, who.org):
            continue
        turn.speaker = replace(who, org=line)


def runners_of_officers(text: str, turns: list[Turn]) -> None:
    """Give each executive officer of a charity (``runner_officer_roles`` of ``body_cues.json``: "Chief executive
    Jo Roe", "the charity's chief executive", "Director of policy Tim Ross") whose body came out as a line the
    article tells a charity runs, or as none in an article that tells of one runner, that runner: a line has
    advisers and managers, its runner has the chief executive (:func:`lines_run`). A title that names the line
    ("director of Stop It Now!") keeps the line."""
    candidates = [t for t in turns if t.speaker is not None and t.speaker.kind in ("named", "pronoun", "anonymous")
                  and _officer().search(" ".join(filter(None, (t.speaker.title, t.speaker.role))))]
    if not candidates:
        return
    runners = {line: runner for runner, line in lines_run(text).items()}
    if not runners:
        return
    sole = next(iter(runners.values())) if len(set(runners.values())) == 1 else None
    for turn in candidates:
        who = turn.speaker
        title = " ".join(filter(None, (who.title, who.role)))
        runner = runners.get(who.org) if who.org else sole
        if runner is None or (who.org and _names_runner(title, who.org)):
            continue
        turn.speaker = replace(who, org=runner, official=True)

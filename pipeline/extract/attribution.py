"""Who a quote is attributed to, read from the words around it: the phrase before or after the quote
(``Name, role, said:``, ``"...," said Name.``, ``According to Name,``, a colon sentence's subject),
the name in a fragment of narrative (:func:`mention`: the first person
:mod:`pipeline.extract.narrative_names` finds, with the title and role :mod:`pipeline.extract.name_phrases`
reads around the name), an unnamed person brought in just before ("a man called the line"), and
whether quoted words speak as a body. Used by :mod:`pipeline.extract.quotes`, which builds the speaker
turns.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract.name_phrases import name_phrase
from pipeline.extract.narrative_names import first_named
from pipeline.extract.quotemarks import QUOTE_MARKS, QuoteSpan
from pipeline.extract.speakers import APOSTROPHES, NAME_RUN, Speaker, find_name, lexicon, parse_speaker
from pipeline.extract.speaker_kinds import OTHER_PREDICATE, help_seeker
from pipeline.extract.speakers_voice import speaks_for
from pipeline.extract.speech import (
    THAT_END as _THAT_END,
    abbreviation_dot,
    speech_patterns as _regexes,
    verb_alternation as _verbs,
)
from pipeline.entities import Entities
from pipeline.wordlists import alternation

#: A telling verb, "the" and a capitalised word: the paper or station told ("told the Herald").
_TOLD_THE_PAPER = re.compile(r"\b(?:told|tells|telling|tell)[^\S\n]++the[^\S\n]++[A-Z]")


def told_the_paper(words: str) -> bool:
    """Whether words tell a paper or station something ("He told the Herald:"): its name is no person."""
    return _TOLD_THE_PAPER.search(words) is not None


SENTENCE_BREAK = re.compile(r"(?<=[.?])\s+(?=[A-Z" + QUOTE_MARKS + r"])|(?<=!)\s+(?=[A-Z][a-z]+\s+[a-z])")


def _last_sentence(fragment: str) -> str:
    parts = SENTENCE_BREAK.split(fragment.strip())
    while len(parts) > 1 and (_ends_in_brand(parts[-2]) or _ends_in_abbreviation(parts[-2])):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]  # "Director of Stop It Now! Scotland says:": no sentence ends at the brand's "!"
    return parts[-1] if parts else ""


def _ends_in_abbreviation(piece: str) -> bool:
    """Whether ``piece`` ends with the stop of an honorific or an initial ("Its director Fr.", "Dr.",
    "Jo C."), which ends no sentence: "The line's head Dr. Jo Roe said:" is one phrase."""
    return re.search(rf"{abbreviation_dot()}$", piece) is not None


def _ends_in_brand(piece: str) -> bool:
    """Whether ``piece`` ends with the "!" of a known body's name ("... of Stop It Now!")."""
    flat = piece.translate(APOSTROPHES)
    return flat.endswith("!") and any(end == len(flat) for _s, end, _n in lexicon().org_spans(flat))


#: A pronoun as the subject of a narrative sentence: "Sadly, she speaks from experience."
PRONOUN_SUBJECT = re.compile(r"(?:^|[.!?]\s|,)\s*+(?:[Ss]he|[Hh]e)\s++[a-z]")

#: The reporter set off by commas before a speech verb, inside another's clause: "Callers(, Jo Roe) says, open with:".
_ASIDE_BEFORE = re.compile(rf",\s*+(?:{NAME_RUN}|she|he)\s*+$")

#: A definite description after a quote that points back to the person named before it: "says the former teacher".
EPITHET = re.compile(r"the\s++(?:[\w'\u2019-]++\s++){0,2}?(?P<head>[\w-]++)(?:,|$)")

#: The first person plural of a body speaking: "we expanded our services".
FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def names_body(paragraph: str, name: str) -> bool:
    """Whether a narrative paragraph names the body ``name`` (its data-file name or a fuller spelling)."""
    return name.lower() in paragraph.lower() or any(n == name for _o, _e, n in lexicon().org_spans(paragraph))


@lru_cache(maxsize=1)
def _issued_statement() -> re.Pattern[str]:
    """A verb of issuing, at most three words, then a statement noun: "has issued the following statement", "released
    a short statement" (``statement_issuing_verbs`` of ``speaker_cues.json``)."""
    verbs = alternation(lexicon().cues["statement_issuing_verbs"], loose_spaces=True)
    return re.compile(rf"(?<![\w-])(?:{verbs})[^\S\n]++(?:[\w-]++[^\S\n]++){{0,3}}?(?:statement|press[^\S\n]++release)(?![\w-])")


def issued_statement(paragraph: str) -> bool:
    """Whether a narrative paragraph tells that a statement was issued ("X has issued the following statement as
    part of ..."): the quote paragraphs after it print the statement, the words of the body named (ANNOTATION.md
    decision 9: the body speaks, no person is named)."""
    return _issued_statement().search(paragraph) is not None


def pre_attribution(pre: str) -> Optional[str]:
    """The speaker phrase before the first quote: ``Name, role, said:``."""
    rx = _regexes()
    sentence = _last_sentence(pre)
    if not sentence:
        return None
    m = rx["according_pre"].search(sentence)
    if m:
        return m.group("who")
    best = None
    for m in re.finditer(rf"\b(?:{_verbs()})\b", sentence):
        rest = sentence[m.end():].strip()
        aside = _ASIDE_BEFORE.search(sentence, max(0, m.start() - 120), m.start()) if rest.startswith(",") and rest.endswith(":") else None
        if aside and len(rest.split()) <= 10:
            best = f"{sentence[:aside.start()]} {rest[1:]}".strip(" :")  # "Callers, Jo says, open with:" -> "Callers open with"
            continue
        if len(rest.split()) <= 8 and (not rest or rest.endswith((":", ",")) or _THAT_END.search(rest)):
            best = sentence[:m.start()]
    if best is not None and best.strip(" ,"):
        subject = re.match(r"(?:He|She|They)(?=\s++[a-z])", best.strip(" ,"))
        if subject and find_name(best) is None:
            return subject.group()  # "He went on by explaining his plan saying "...": he
        return best.strip(" ,")
    return _colon_subject(sentence) or _closing_attribution(pre)


@lru_cache(maxsize=1)
def _closing_pattern() -> re.Pattern[str]:
    marks = re.escape(QUOTE_MARKS)
    return re.compile(rf"[{marks}][,.]?\s*+(?:(?P<who>{NAME_RUN}|[Hh]e|[Ss]he)\s++(?:{_verbs()})|(?:{_verbs()})\s++(?P<after>{NAME_RUN}))\s*+\.\s*+$")


def _closing_attribution(pre: str) -> Optional[str]:
    """The speaker of a quoted fragment that ends the narrative before a quote: 'The numbers
    show "people struggle," Jo Roe said. "..."': the next quote is hers too."""
    m = _closing_pattern().search(pre[-200:])
    return (m.group("who") or m.group("after")) if m else None


#: The short subject of a sentence that reports speech and ends in a colon: 'Jo Roe told the Post that calls rose in two ways:'.
_COLON_SUBJECT = re.compile(r"(?P<who>[A-Z][\w'\u2019.-]*+(?:\s++[A-Z][\w'\u2019.-]*+){0,3})\s++(?P<verb>\w++)")


def _colon_subject(sentence: str) -> Optional[str]:
    """The name opening a sentence that ends in a colon, when a speech verb follows it at once."""
    if not sentence.rstrip().endswith(":"):
        return None
    m = _COLON_SUBJECT.match(sentence.strip())
    if m is None or not re.fullmatch(rf"(?:{_verbs()})", m.group("verb")):
        return None
    return m.group("who")


def post_attribution(post: str) -> Optional[str]:
    """The speaker phrase after a quote: ``said Name.``, ``Name said.``, ``he added``."""
    rx = _regexes()
    for name in ("according_post", "verb_first", "who_first"):
        m = rx[name].match(post)
        if m and m.group("who").strip(" ,"):
            who = m.group("who").strip(" ,")
            if name == "verb_first" and re.match(r"(?:that|it|this|the\s+[a-z]+\s+(?:was|is|had|has))\b", who):
                continue
            return who
    return None


def find_attribution(text: str, para: tuple[int, int], spans: list[QuoteSpan]) -> Optional[str]:
    """The speaker phrase of a paragraph's quotes, or None when it names none."""
    pre = text[para[0]:spans[0].open]
    before = pre_attribution(pre) if pre.strip() else None
    if before and parse_speaker(before) is not None:
        return before
    for k, span in enumerate(spans):
        if not span.closed:
            break
        stop = spans[k + 1].open if k + 1 < len(spans) else para[1]
        who = post_attribution(text[span.end:stop])
        if who:
            return who if before is None or parse_speaker(who) is not None else before  # 'What they are saying: "...," Jo Roe told the Post.'
    return before


#: A sentence that gives the role of the person the one before named: "She is the director of the line."
PRONOUN_COPULA = re.compile(r"(?<=[.!?])\s++(?:She|He|They)\s++(?:is|was|are|were|has\s++been|have\s++been)\s++((?:the|a|an)\s[^,.;:!?\"\u201c\u201d]{2,120})")


def pronoun_lead(phrase: str) -> bool:
    """Whether a speaker phrase is a pronoun, after any clause before it: "she", "Asked why, she"."""
    return phrase.rsplit(",", 1)[-1].strip() in lexicon().cues["pronouns"]


def mention(fragment: str, nlp: Any = None) -> Optional[str]:
    """A speaker phrase for the first person a narrative paragraph names.

    With the article's :class:`~pipeline.entities.Entities` as ``nlp``, a fragment asked again is answered from its memo:
    the phrase depends only on the fragment and its entities (3,419 of 8,366 calls on general news repeat one)."""
    memo = nlp.memo("mention") if isinstance(nlp, Entities) else None
    if memo is None:
        return _mention(fragment, nlp)
    if fragment not in memo:
        memo[fragment] = _mention(fragment, nlp)
    return memo[fragment]


def _mention(fragment: str, nlp: Any = None) -> Optional[str]:
    lead = pre_attribution(fragment.rstrip()) if fragment.rstrip().endswith((":", ",")) else None
    if lead and (not pronoun_lead(lead) or not fragment[:fragment.rfind(lead)].strip()):
        return lead  # after a sentence that names someone, "She said:" is that person (the names below)
    found = first_named(fragment, nlp)
    if found is None:
        return None
    phrase = name_phrase(fragment, *found)
    described = _described_before_request(fragment, found[0])
    phrase = f"{phrase}, {described}" if described and described not in phrase else phrase
    sought = _help_sought_after(fragment, fragment.find(phrase) + len(phrase)) if phrase in fragment else None
    return f"{phrase}, who {sought}" if sought else phrase  # "listener Maureen said she had rung the line": a caller


@lru_cache(maxsize=1)
def _reported_pronoun() -> re.Pattern[str]:
    """The start of reported speech about the person just named: "from the Waterside said she ", "told the show that
    he "."""
    return re.compile(rf"[^.!?\n]{{0,80}}?(?<![\w-])(?:{_verbs()})(?:[^\S\n]++[\w'\u2019-]++){{0,4}}?"
                      rf"(?:[^\S\n]++that)?[^\S\n]++(?:she|he|they)[^\S\n]++")


def _help_sought_after(fragment: str, end: int) -> Optional[str]:
    """The words of reported speech after a person's name that say they sought help ("had rung the line" of "listener
    Maureen from the Waterside said she had rung the line after ..."), or None: such a person is a caller, a member of
    the public (ANNOTATION.md decision 9) whatever word the paper calls them by, as the same words in a relative clause
    make them (:func:`pipeline.extract.speaker_kinds.help_seeker`)."""
    said = _reported_pronoun().match(fragment, end)
    if said is None or help_seeker().match(fragment, said.end()) is None:
        return None
    return re.split(r"[,.;:!?\n]", fragment[said.end():], maxsplit=1)[0].strip()


@lru_cache(maxsize=1)
def _request_before_name() -> re.Pattern[str]:
    """Who a person is, before the name they asked to be given: "One volunteer listener" of "One volunteer
    listener, who asked to be identified only as Pat" (``pseudonym_requests`` of ``speaker_cues.json``)."""
    asked = "|".join(re.escape(r).replace(r"\ ", r"[^\S\n]++") for r in lexicon().cues["pseudonym_requests"])
    return re.compile(rf"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Aa]nother)[^\S\n]++(?P<who>[a-z][^,.;:!?\n]{{0,60}}?),?[^\S\n]++"
                      rf"who[^\S\n]++{OTHER_PREDICATE}(?:{asked})[^\S\n]++(?:only[^\S\n]++)?$")


def opens_with_request(paragraph: str, name_start: int) -> bool:
    """Whether a paragraph opens on a person whose name is the one they asked to be given ("A volunteer, who asked
    to be called only Chris, has answered calls ..."): the paragraph is about that person."""
    found = _request_before_name().search(paragraph, max(0, name_start - 160), name_start)
    return found is not None and not paragraph[:found.start()].strip()


def _described_before_request(fragment: str, name_start: int) -> Optional[str]:
    """The words describing a person before "who asked to be called" and the name they gave ("volunteer listener",
    "caller"), so that their role, official flag and body are read as for any named speaker; None otherwise."""
    found = _request_before_name().search(fragment, max(0, name_start - 160), name_start)
    return found.group("who").strip() if found else None


@lru_cache(maxsize=1)
def _indefinite_person() -> re.Pattern[str]:
    """A member of the public brought in unnamed: "a man", "one caller", "a young father"."""
    private = "|".join(re.escape(w) for w in sorted(lexicon().private, key=len, reverse=True))
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s++(?:[a-z-]++\s++){{0,2}}?(?P<who>{private})s?\b")


def someone_before(pre: str, pronoun: Optional[str] = None) -> Optional[Speaker]:
    """The unnamed member of the public the narrative before a quote in its own paragraph brings
    in, whom a pronoun attribution after it points to ('A year ago a man called the line. "...,"
    he told the adviser.'), or None when the narrative names no such person or the pronoun's
    gender is not the person's ('A man called the line. "...," she said': ``gendered_people`` of
    ``speaker_cues.json``; "they", or a person of no gender such as "a caller", agrees with any)."""
    found = None
    for found in _indefinite_person().finditer(pre):
        pass
    if found is None:
        return None
    who = found.group("who").lower()
    gendered = lexicon().cues.get("gendered_people", {})
    if pronoun in gendered and any(who in words for other, words in gendered.items() if other != pronoun):
        return None
    return Speaker(name=found.group("who"), kind="anonymous", title=found.group().strip(), official=False)


def pronoun_of(who: Optional[str]) -> Optional[str]:
    """The pronoun an attribution opens with, as ``pronouns`` of ``speaker_cues.json`` reads it ("She added" -> "she")."""
    words = (who or "").split()
    return lexicon().cues["pronouns"].get(words[0]) if words else None


def as_the_body(words: str, speaker: Optional[Speaker]) -> bool:
    """Whether quoted words speak as the body the resolved speaker holds a post in: its official
    saying "we" or "our" ('Helpline manager Jo Roe ... "We stayed on the line," she said'), or
    words doing the work of their body (:func:`speaks_for`)."""
    if speaker is None or not (speaker.official or speaker.org or speaker.title or speaker.role):
        return False
    return FIRST_PLURAL.search(words) is not None or bool(speaker.org and speaks_for(words, speaker.org))

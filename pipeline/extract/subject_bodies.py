"""Bodies a story names only as the subject of a sentence that reports their work: "One in Four
supported 800 people last year.", "Kindred has answered 10,000 calls since 2015.".

A small charity or line with no organisation word in its name and no kind word beside it is
often introduced by what it did: its capitalised name opens a sentence, a verb of helping or
answering follows (``subject_body_verbs`` of ``speaker_cues.json``, maybe after "has", "have"
or "had"), then a figure and what it counts (``subject_body_objects``: calls, people,
referrals ...). That name is the body a later "its director" or a bare "Chief executive Jo Roe"
speaks for. A person does the same ("Sue Hart answered 3,000 calls in her ten years"), so a
name of two or more words whose last word stands alone elsewhere in the text (a surname, "Hart
said") or that a "He" or "She" sentence follows is a person, as is a name after an honorific;
a place of the gazetteer, a lead-in word and a common noun that opens the sentence ("Volunteers
answered 3,000 calls", ``subject_body_not``) are no body either.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.organisations import lexicon, place, single_roles
from pipeline.wordlists import alternation

_WORD = r"[A-Z][\w'\u2019&!-]*+"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """A sentence's opening capitalised words (maybe joined by in, of, for, and), a helping verb,
    a figure and its object; each capitalised word is one possessive iteration."""
    cues = lexicon().cues
    verbs = alternation(cues.get("subject_body_verbs", [])) or "(?!)"
    objects = alternation(cues.get("subject_body_objects", [])) or "(?!)"
    return re.compile(
        rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?:The[^\S\n]++)?(?P<name>{_WORD}(?:[^\S\n]++(?:(?:of|in|for|and|&)[^\S\n]++)?{_WORD}){{0,4}})"
        rf"[^\S\n]++(?:(?:has|have|had)[^\S\n]++)?(?:{verbs})[^\S\n]++(?:(?:more|fewer|over|almost|nearly|about|around|some)"
        rf"[^\S\n]++(?:than[^\S\n]++)?)?\d[\d,.]*+(?:[^\S\n]++(?:million|thousand))?[^\S\n]++(?:[a-z]++[^\S\n]++)?(?:{objects})\b",
        re.MULTILINE)


def _person(text: str, name: str, end: int) -> bool:
    """Whether the words name a person: an honorific first, a surname standing alone elsewhere,
    or a "He"/"She" sentence right after."""
    lex = lexicon()
    words = name.split()
    if words[0].rstrip(".") in set(lex.honorifics) | set(lex.ranks):
        return True
    if len(words) >= 2 and not any(w in ("of", "in", "for", "and", "&") for w in words):
        alone = re.compile(rf"(?<!{re.escape(words[-2])}\s)(?<![\w'\u2019-]){re.escape(words[-1])}(?![\w'\u2019-])")
        if len(alone.findall(text)) > 0:
            return True
    stop = text.find(".", end)
    return stop >= 0 and re.match(r"\s+(?:He|She)\b", text[stop + 1:stop + 8]) is not None


def _common_word(name: str, text: str) -> bool:
    """Whether a one-word name is a common noun that opens the sentence: a role or kind word, maybe
    plural ("Volunteers", "Counsellors", "Staff"), a generic line word, or a word the text also
    writes in lower case."""
    if " " in name:
        return False
    lower = name.lower()
    cues = lexicon().cues
    common = single_roles() | set(cues["anaphors"]) | {w.lower() for w in cues.get("line_name_generic", [])} \
        | set(cues.get("subject_body_objects", [])) | set(cues.get("subject_body_not", []))
    return lower in common or lower.rstrip("s") in common or lower[:-1] in common \
        or re.search(rf"(?<![\w'\u2019-]){re.escape(lower)}(?![\w'\u2019-])", text) is not None


def subject_bodies(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each body named as the subject of a sentence reporting its work."""
    leads = {w.lower() for w in lexicon().cues.get("lead_ins", [])}
    out = []
    for m in _pattern().finditer(text):
        name = " ".join(m.group("name").split())
        if name.split()[0].lower() in leads or name.split()[0] in ("Calls", "It", "This", "That") \
                or place(name) is not None \
                or _common_word(name, text) or _person(text, name, m.end()):
            continue
        out.append((m.start("name"), name))
    return out

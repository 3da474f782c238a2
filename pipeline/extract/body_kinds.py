"""What kind a body is, and which body a kind word means.

A bare kind word names no body (:func:`generic_org`: "Helpline"); a police force or a
government is known by the data file or by the last word of its name
(:func:`public_body`: "Dunmore Police"). A kind word pointing back ("the charity's
director", "Project manager", "A police spokesman") means the body the text itself called
so (:func:`told_kinds`: "Samaritans, the suicide prevention charity"), else the one of that
kind named last before (:func:`anaphor_org`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.lexicon import APOSTROPHES, lexicon, single_roles


def generic_org(org: str) -> bool:
    """A kind word, maybe with lower-case or role words after it, and no name: "Helpline", "Helpline Director"."""
    words = org.split()
    return words[0].lower() in lexicon().cues["anaphors"] and not any(
        w[:1].isupper() and w.lower() not in single_roles() for w in words[1:])


def public_body(name: str) -> bool:
    """Whether a body is a police force or a government, by the data file or by its shape."""
    return lexicon().org_kinds.get(name) in ("police_force", "government") or _shaped_as(name, _force_words() + _government_words())


def _shaped_as(name: str, words: tuple[str, ...]) -> bool:
    """Whether a body not in the data file is of a kind by the last word of its name ("Dunmore Police")."""
    return name not in lexicon().org_kinds and name.split()[-1] in words and len(name.split()) > 1


def _force_words() -> tuple[str, ...]:
    """The last words of a police force's name the data file does not know (``force_heads``): "Police"."""
    return tuple(lexicon().cues.get("force_heads", []))


def _government_words() -> tuple[str, ...]:
    """The last words of a government's name the data file does not know (``government_heads``): "Government"."""
    return tuple(lexicon().cues.get("government_heads", []))


def _anaphor_word(description: str) -> Optional[str]:
    """The kind word of "the charity's director", "the local branch", "its service": ``charity``...; after "a" or "one
    of", only a part of a body (``indefinite_anaphors``: "who volunteers at a Dublin branch": one of its branches)."""
    cues = lexicon().cues
    anaphors, parts = cues["anaphors"], cues.get("indefinite_anaphors", ())
    words = re.findall(r"[\w-]+(?:['\u2019]s)?", description)
    for i, word in enumerate(words):
        if word.lower() in ("the", "its", "our", "a", "an", "one"):
            for nxt in words[i + 1:i + 4]:
                key = re.sub(r"['\u2019]s$", "", nxt).lower()
                if key in parts and word.lower() in ("a", "an", "one"):
                    return "branch"
                if key in anaphors and word.lower() in ("the", "its", "our"):
                    return key
    return None


@lru_cache(maxsize=1)
def _told_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds = "|".join(re.escape(k) for k in sorted(lexicon().cues["anaphors"], key=len, reverse=True))
    before = re.compile(rf"\b(?P<kind>{kinds})\s*+,?\s*+(?:the\s+)?$", re.IGNORECASE)
    after = re.compile(rf"(?:\s*+,\s*+|\s++(?:is|was)\s++|\s++)(?:a|an|the)\s++(?:[^.;:()\n]{{0,60}}?\s)?(?P<kind>{kinds})\b",
                       re.IGNORECASE)
    return before, after


def told_kinds(text: str) -> list[tuple[int, str, str]]:
    """Each body the text itself calls by a kind word: (offset, kind word, canonical name), in order.

    "prevention project Stop it Now!", "charity, The Lucy Faithfull Foundation",
    "Stop it Now! is a prevention project run by..." and "Samaritans, the suicide
    prevention charity" tell which body a later "Project manager" or "the
    charity's director" means.
    """
    before, after = _told_patterns()
    flat = text.translate(APOSTROPHES)
    out = []
    spans = lexicon().org_spans(flat)
    for start, end, name in spans:
        for m in (before.search(flat, max(0, start - 40), start), after.match(flat, end, min(len(flat), end + 100))):
            if m:
                out.append((start, m.group("kind").lower(), name))
    out += _owners(flat, spans)
    return sorted(set(out))


#: Between a body and the service it runs: "The Lucy Faithfull Foundation said its Stop it Now line".
_OWNED = re.compile(r"\s++(?:[a-z]++\s++){0,2}?(?:its|their)\s++$")


def _owners(flat: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, str, str]]:
    """A body that runs the service named right after it ("X said its Y line") is what
    a later "the charity" means, not the service: (offset, kind word, body) for each
    kind word the body's kind answers to, but the kind words that name a service
    (``service_kinds`` of ``speaker_cues.json``)."""
    lex = lexicon()
    out = []
    for (_s, end, owner), (start, _e, service) in zip(spans, spans[1:]):
        if owner != service and start - end <= 30 and _OWNED.match(flat, end, start):
            out += [(start, word, owner) for word, kinds in lex.cues["anaphors"].items()
                    if word not in lex.cues.get("service_kinds", []) and lex.org_kinds.get(owner) in kinds]
    return out


def _org_by_kind(word: str, context_orgs: list[str], told: Optional[dict[str, str]] = None) -> Optional[str]:
    """The organisation named last before that a kind word points to.

    An organisation whose head is the word itself ("the line" -> "Tyneside
    Gambling Support Line", "the foundation" -> "Lucy Faithfull Foundation") comes first, then the one the
    text last called by that word (``told``, from :func:`told_kinds`), then one
    of the data file of that kind, then one found by its shape (taken for a charity).
    """
    lex = lexicon()
    kinds = lex.cues["anaphors"].get(word, [])
    later = list(reversed(context_orgs))
    own = next((n for n in later if n.split()[-1].lower() == word), None)  # "the foundation's" -> "Lucy Faithfull Foundation"
    known = next((n for n in later if lex.org_kinds.get(n) in kinds), None)
    shaped = next((n for n in later if n not in lex.org_kinds and "charity" in kinds), None)
    # "the force's head of public protection" -> "Dunmore Police": a force or government the file does not know, by its shape
    public = next((n for n in later if ("police_force" in kinds and _shaped_as(n, _force_words()))
                   or ("government" in kinds and _shaped_as(n, _government_words()))), None)
    # "the nonprofit council" -> "Council on Compulsive Gambling of Pennsylvania": a body whose name holds the word
    named = next((n for n in later if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", n, re.IGNORECASE)), None)
    return own or (told or {}).get(word) or known or public or named or shaped


#: A lower-case kind word before a spokesperson: "A police spokesman", "a council spokeswoman", "the force's press office".
_KIND_SPOKESPERSON = re.compile(r"(?:(?i:an?|the)[^\S\n]++)?(?P<kind>[a-z]++)(?:['\u2019]s)?[^\S\n]++"
                                r"(?:spokes(?:man|woman|person|people)|press[^\S\n]++(?:office|officer|team))\b")


def anaphor_org(description: str, context_orgs: list[str], told: Optional[dict[str, str]] = None) -> Optional[str]:
    """``the charity's director`` -> the charity named last before, by its kind."""
    word = _anaphor_word(description)
    spoken = _KIND_SPOKESPERSON.match(description) if word is None else None
    if spoken and spoken.group("kind") in lexicon().cues["anaphors"]:
        word = spoken.group("kind")  # "A police spokesman": the force the story names
    if word is None and re.match(r"(?:its|their)\s", description, re.I) and context_orgs:
        return context_orgs[-1]  # "Its chief executive, Jo Roe": the body named last
    if word is None:
        # "Lifeline co-ordinator Bethan Rees": an organisation named before by its last word
        words = set(re.findall(r"\b[A-Z][\w-]+\b", description))
        found = next((name for name in reversed(context_orgs) if len(name.split()) > 1 and name.split()[-1] in words), None)
        if found:
            return found
        # "Helpline director Jane Roe": a bare kind word stands for the body named before
        first = description.split()[0] if description.split() else ""
        second = description.split()[1].lower() if len(description.split()) > 1 else ""
        lead = first[:1].isupper() or second in single_roles()  # "said hotline director Jo Roe": lower case before a role
        word = first.lower() if lead and first.lower() in lexicon().cues["anaphors"] else None
        if word is None:
            return None
    return _org_by_kind(word, context_orgs, told)

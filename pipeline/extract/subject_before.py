"""The body an official with a bare title speaks for: the body the sentence before makes its subject.

"Cornwall Council says it has put gambling harm in its plan. A spokesperson said: ...", "GamCare, the charity that
runs the helpline, said most callers gambled online. / One adviser, who takes calls from across Wales, said: ...":
a paper brings in an official whose own words name no body ("A spokesperson", "One adviser", "Adviser Jo Roe")
right after a sentence whose subject is the body they speak for; the reader takes that body, and so did the blind
probe sets' annotators (heldout14 and heldout18: four of four such quotes). Only a speaker whose title and role
hold no capitalised word but their own name and role words, and no kind word pointing elsewhere ("the charity's"):
any body their own words name is theirs; "Its" or "Their" opening the title points back at that subject too. Only a sentence that opens on the body ("Cornwall Council says", "The
Scottish Government provides", "GamCare, which runs ...") gives it; a sentence about a person gives none.

Each turn reads a window of fixed size before its first quote once: linear in the page.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from pipeline.extract.body_in_title import body_cues
from pipeline.extract.organisations import lexicon, single_roles
from pipeline.extract.quote_turns import Turn
from pipeline.extract.speakers import Speaker
from pipeline.wordlists import alternation

#: How far before a quote its attribution and the sentence before it are read, and after it its attribution, in characters.
_WINDOW, _AFTER = 400, 160
#: A kind word or possessive that points the title at a body of its own: "the charity's adviser", "its director".
_POINTER = re.compile(r"(?i:(?<![\w-])(?:its|their|our)(?![\w-])|['\u2019]s(?![\w-]))")
#: "Its" or "Their" opening a title: it points back at the body the sentence before opens on, as a bare title does
#: ("Stop It Now! Scotland, which is part of the Lucy Faithfull Foundation, works with ... Its national manager said:").
_OPENING_POSSESSIVE = re.compile(r"^[^\S\n]*+(?:Its|Their)[^\S\n]++")
#: A quote mark: a sentence holding one is another speaker's, no narrative subject.
_MARKS = re.compile("[\"\u201c\u201d]")
#: A body opening a sentence as its subject: optional "The", then the body, then a comma or a lower-case word.
_AFTER_SUBJECT = re.compile(r"[^\S\n]*+(?:,|[a-z])")
#: Where sentences break: a line break, or a stop (maybe inside a closing quote mark) before a capital.
_BREAK = re.compile(r"\n|(?<=[.?!])[\"'\u2019\u201d]?[^\S\n]++(?=[A-Z\"\u201c])")
#: Words of a title that name no body though capitalised: determiners and counts ("A spokesperson", "One adviser").
_NO_BODY = frozenset(("a", "an", "the", "one", "another", "our", "its", "their"))


@lru_cache(maxsize=1)
def _shaped_subject() -> re.Pattern[str]:
    """Capitalised words ending in an organisation word: "Cornwall Council", "The Scottish Government"."""
    words = alternation(tuple(lexicon().cues["org_words"]))
    return re.compile(rf"(?:The[^\S\n]++)?(?P<body>(?:[A-Z][\w'\u2019-]*+[^\S\n]++){{1,4}}(?:{words}))(?![\w-])")


@lru_cache(maxsize=1)
def _kind_reference() -> re.Pattern[str]:
    """"the centre", "the charity": a kind word after "the" (``reference_kinds`` of ``body_cues.json``)."""
    kinds = alternation(tuple(body_cues()["reference_kinds"]), loose_spaces=True)
    return re.compile(rf"(?i:(?<![\w-])the[^\S\n]++(?:{kinds})(?![\w-]))")


def _bare(parts: list[str], name: Optional[str]) -> bool:
    """Whether a speaker's title and role name no body: no capitalised word in them but the name's, role words and
    determiners, and no kind word or possessive pointing at one."""
    for part in parts:
        words = part.replace(name, " ") if name else part
        words = _OPENING_POSSESSIVE.sub("", words)  # "Its national manager": the body the sentence before is about
        if _POINTER.search(words) or _kind_reference().search(words):
            return False  # "the charity's adviser", "manager of the centre": their own words point at a body
        roles = single_roles()
        if any(w[:1].isupper() and w.lower() not in roles and w.lower() not in _NO_BODY
               for w in re.findall(r"[\w'\u2019-]+", words)):
            return False
    return True


def _member(who: Speaker) -> bool:
    """Whether the speaker is an elected member ("MP", "Labour MP", "the Foyle MLA"), who speaks for a party or a
    seat of their own, never for the body the sentence before names; or speaks for a party already."""
    offices = lexicon().cues["post_nominal_offices"]
    words = " ".join(filter(None, (who.title, who.role))).split()
    return lexicon().org_kinds.get(who.org or "") == "party" or any(w.strip(",.") in offices for w in words)


def _named_in(org: str, parts: list[str]) -> bool:
    """Whether the speaker's title or role holds a proper word of their body's name ("Director of Public Health for
    Wakefield" of Wakefield Council): their own words named it."""
    words = set(" ".join(parts).replace(",", " ").split())
    kinds = set(lexicon().cues["org_words"])
    return any(w in words for w in org.split() if w[:1].isupper() and w not in kinds)


def _subject_body(sentence: str) -> Optional[str]:
    """The body a sentence opens on as its subject ("Cornwall Council says ...", "The Scottish Government provides
    ..."), known or by its shape, or None."""
    sentence = sentence.strip()
    lead = re.match(r"(?:The[^\S\n]++)?", sentence).end()
    found = lexicon().find_org(sentence[:lead + 80])
    if found is not None and found[1] == lead and _AFTER_SUBJECT.match(sentence, found[2]):
        return found[0]
    shaped = _shaped_subject().match(sentence)
    if shaped is not None and _AFTER_SUBJECT.match(sentence, shaped.end()):
        return shaped.group("body")
    return None


def _sentences(window: str) -> list[str]:
    """The window cut at its sentence breaks, but not at a "!" inside a known body's name ("Stop It Now! Scotland")."""
    names = [(start, end) for start, end, _ in lexicon().org_spans(window)]
    out, last = [], 0
    for m in _BREAK.finditer(window):
        if not any(start < m.start() < end for start, end in names):
            out.append(window[last:m.start()])
            last = m.end()
    return out + [window[last:]]


def _sentence_before(text: str, at: int, name: Optional[str] = None) -> tuple[str, str]:
    """The last whole sentence before the attribution sentence that ends at ``at`` (a quote's opening), and the
    attribution's own words before the quote ("A spokesperson said: "; empty when the quote opens its sentence). A
    whole sentence right before the quote that names the speaker (``name``) is the attribution too: "Adviser Jo Roe
    says many callers are young. / "..."": reported speech brings the speaker in, the sentence before it is about the
    body."""
    window = text[max(0, at - _WINDOW):at]
    parts = [p for p in _sentences(window) if p.strip()]
    lead = ""
    if parts and (not re.search(r"[.!?]['\u2019\u201d\"]?\s*$", parts[-1]) or name and name in parts[-1]):
        lead, parts = parts[-1], parts[:-1]  # "A spokesperson said: ": the attribution's own words before the quote
    return (parts[-1] if len(parts) >= 2 else ""), lead


def bodies_of_bare_officials(text: str, turns: list[Turn]) -> None:
    """Give each official whose own words name no body (:func:`_bare`) the body the sentence before their quote's
    attribution opens on (:func:`_subject_body`), when there is one."""
    for turn in turns:
        who = turn.speaker
        if who is None or not who.official or who.kind not in ("named", "anonymous") or not turn.parts:
            continue
        parts = [p for p in (who.title, who.role) if p]
        if not parts or not _bare(parts, who.name if who.kind == "named" else None) or _member(who):
            continue
        first = turn.parts[0][0]
        before, lead = _sentence_before(text, first.open, who.name if who.kind == "named" else None)
        after = text[first.end:first.end + _AFTER].split("\n", 1)[0]
        if who.org and (who.org in lead or who.org in after or _named_in(who.org, parts + [lead])):
            continue  # "Detective Inspector Jo Roe, of South Yorkshire Police, said:": the body of their own words
        body = None if _MARKS.search(before) else _subject_body(before)
        if body is not None and body != who.org:
            turn.speaker = replace(who, org=body)

"""The finished turns' speakers and bodies, and the records made of them.

After every turn is built: a speaker quoted with no description takes the one the story gives later
(:func:`described_later`), a continued turn's person the body a role gets (:func:`bodies_of_continued`),
a person speaking for the article's main body in the first person plural that body
(:func:`voice_of_the_body`), a person who names their own body in their words that body
(:func:`own_body`); bodies are written as the article spells them (:func:`body_spellings`,
:func:`initials_spelled_out`), and :func:`quote_record` makes each turn a :class:`~pipeline.records.Quote`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Optional

from pipeline.extract.acronyms import INITIALS, spelled_out
from pipeline.extract.body_in_quote import body_in_own_words
from pipeline.extract.organisations import single_roles
from pipeline.extract.speakers import (
    APOSTROPHES,
    NameBook,
    body_for_role,
    charity_for_role,
    force_for_rank,
    government_for_office,
    lexicon,
)
from pipeline.extract.speakers_voice import speaks_for
from pipeline.records import Quote
from pipeline.extract.quote_turns import Turn
from pipeline.extract.narrative_people import UNNAMED, same_name


def _fold(name: str) -> str:
    return re.sub(r"\W+", "", name.translate(APOSTROPHES)).lower()


def body_spellings(text: str) -> dict[str, str]:
    """Each known body's name as the article spells it, when that is a fuller spelling of the
    same name ("Stop it Now! Scotland" for "Stop It Now Scotland", the brand's "!" kept), or the
    one other name it uses throughout (:func:`own_spelling`: "Lancashire Police", the initials
    "PSNI"); a different name beside the canonical one or a plainer spelling keeps the canonical one."""
    out: dict[str, str] = {}
    flat = text.translate(APOSTROPHES)
    spelled: dict[str, set[str]] = {}
    for start, end, name in lexicon().org_spans(flat):
        if name not in out and _fold(flat[start:end]) == _fold(name) and end - start > len(name):
            out[name] = flat[start:end]
        spelled.setdefault(name, set()).add(flat[start:end])
    for name, forms in spelled.items():
        if name not in out:
            own = own_spelling(name, forms)
            if own:
                out[name] = own
    return out


def own_spelling(name: str, forms: set[str]) -> Optional[str]:
    """The one other name of the same body an article uses throughout ("Lancashire Police" for
    Lancashire Constabulary, "Lifeline Aotearoa" for LifeLine New Zealand): several words, the
    canonical name's first word, no role ("Home Secretary"), not the canonical name cut short
    ("Stop It Now"), or the canonical name's initials ("PSNI"; annotators write the body as the
    article names it); None when the article also writes the canonical name."""
    folded = {_fold(f) for f in forms}
    if _fold(name) in folded or len(folded) != 1:
        return None
    form = max(forms, key=lambda f: (len(f), sum(c.isupper() for c in f), f))  # a set: never its order
    words = form.split()
    if len(words) == 1 and form.isupper() and form == "".join(w[0] for w in name.split() if w[:1].isupper()):
        return form  # "PSNI" throughout, never "Police Service of Northern Ireland": the body as the article names it
    if len(words) < 2 or words[0].lower() != name.split()[0].lower() or _fold(name).startswith(_fold(form)) \
            or _fold(form).startswith(_fold(name)):  # "Stop it Now helpline": the name and a kind word
        return None
    if any(w.lower() in single_roles() for w in words) or form.isupper():
        return None
    return form


def quote_record(n: int, text: str, turn: Turn, spellings: dict[str, str]) -> Quote:
    lines = []
    for spans in turn.parts:
        pieces = [text[s.inner[0]:s.inner[1]].strip() for s in spans]
        lines.append(" ".join(p for p in pieces if p).rstrip(","))
    sp = turn.speaker
    return Quote(
        id=f"q{n}", speaker=sp.name if sp and sp.kind not in UNNAMED else None, text="\n".join(lines),
        start=turn.parts[0][0].inner[0], end=turn.parts[-1][-1].inner[1],
        title=sp.title if sp and sp.name else None,
        role=sp.role if sp else None, org=spellings.get(sp.org, sp.org) if sp and sp.org else None,
        official=bool(sp and sp.official), attribution=turn.attribution, paragraphs=len(turn.parts),
    )


def described_later(turns: list[Turn], book: NameBook) -> None:
    """Give a named speaker quoted with no role or body the description the story gives them later
    ('"...," said Jo Roe.' ... 'Roe is the director of the Harbour Trust.'): the first person of that
    name in the book with a body, or with a title that makes them an official. A rank or honorific
    alone ("Dr") is no description and stays the title."""
    for turn in turns:
        who = turn.speaker
        if who is None or who.kind not in ("named", "pronoun") or not who.name or who.role or who.org \
                or (who.official and not who.title):
            continue
        known = next((p for p in book.people if same_name(p.name, who.name) and (p.org or p.official) and (p.org or p.role)), None)
        if known is not None:
            turn.speaker = replace(who, name=known.name, title=who.title or known.title, role=known.role, org=known.org,
                                   official=known.official or who.official)


def bodies_of_continued(turns: list[Turn], offsets: list[int], names: list[str], book: NameBook) -> None:
    """Give a person whose turn no attribution of its own names (a quote paragraph after reported
    speech: 'Chief executive Jo Roe said demand grew. / "..."') the body a role with none gets in an
    attributed turn (:func:`resolve_speaker`): a ranked officer's force, a minister's government, a
    charity's own role's charity, the body of colleagues with such a role."""
    for turn in turns:
        who = turn.speaker
        if turn.attribution != "continuation" or who is None or who.kind not in ("named", "pronoun") or not who.name \
                or who.org:
            continue
        split = bisect.bisect_left(offsets, turn.parts[0][0].open)
        before, after = names[:split], names[split:]
        person = replace(who, kind="named")
        body = force_for_rank(person, before, after) or government_for_office(person, before, after) \
            or charity_for_role(person, before, after) or body_for_role(person, before, after, book.people)
        if body:
            turn.speaker = replace(who, org=body, official=True)


def voice_of_the_body(text: str, turns: list[Turn], body: Optional[str]) -> None:
    """Give every turn of a person named with no title, role or body the article's main body when
    one of their turns speaks for it ("Jo Roe said: 'Our volunteers answer every call'")."""
    if body is None:
        return
    bare = [t for t in turns if t.speaker is not None and t.speaker.kind in ("named", "pronoun") and t.speaker.name
            and not (t.speaker.title or t.speaker.role or t.speaker.org or t.speaker.official)]
    voices = {t.speaker.name for t in bare
              if speaks_for(" ".join(text[s.inner[0]:s.inner[1]] for spans in t.parts for s in spans), body)}
    for turn in bare:
        if turn.speaker.name in voices:
            turn.speaker = replace(turn.speaker, org=body, official=True)


def own_body(text: str, turns: list[Turn]) -> None:
    """Give a named speaker with no body the body their own words name as theirs ("At Safe Haven
    we see 40 families a year": :mod:`body_in_quote`), every turn of theirs."""
    bare = [t for t in turns if t.speaker is not None and t.speaker.kind in ("named", "pronoun") and t.speaker.name
            and not t.speaker.org]
    bodies: dict[str, str] = {}
    for turn in bare:
        if turn.speaker.name not in bodies:
            body = body_in_own_words(" ".join(text[s.inner[0]:s.inner[1]] for spans in turn.parts for s in spans))
            if body is not None:
                bodies[turn.speaker.name] = body
    for turn in bare:
        if turn.speaker.name in bodies:
            turn.speaker = replace(turn.speaker, org=bodies[turn.speaker.name], official=True)


def initials_spelled_out(text: str, turns: list[Turn]) -> dict[str, str]:
    """Each body the speakers name by initials the data file does not know, spelled out as the
    article names it ("SOS" -> "Samaritans of Singapore")."""
    out: dict[str, str] = {}
    for turn in turns:
        org = turn.speaker.org if turn.speaker else None
        if org and org not in out and org not in lexicon().org_kinds and INITIALS.fullmatch(org):
            full = spelled_out(org, text)
            if full:
                out[org] = full
    return out

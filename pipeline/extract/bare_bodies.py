"""Bodies named by a word of their own with no shape word: "Open Door", "Harbour", "Brightside".

A small body's name often holds no organisation word ("Trust", "Foundation") and is in no list, and a
story shows once that it is a body and then names it bare: "the Harbour charity ... Mike Dunn, who
founded Harbour, ...", "Open Door, which runs a helpline for men, ... Open Door hopes to ...". Two
shapes show a name to be a body:

- a kind word after it, in lower case, after "the": "the Harbour charity", "the Brightside trust"
  (``bare_body_kinds`` of ``body_cues.json``; lines and services are :mod:`line_names`' own);
- a relative clause of running or offering after it: "Open Door, which runs a helpline",
  "Brightside, which offers ..." (``running_verbs`` and ``offering_verbs`` of ``body_cues.json``);
- a kind word right before it, with no article: "Men's charity Open Door marks ...", not before a
  title, an honorific or a verb of founding or joining ("the charity Jo Roe founded").

A place of the gazetteer ("the Leeds charity") and a body the data file knows are left to their own
rules. Every later
mention of the name, whole and capitalised ("Harbour", "Harbour's"), is a mention of the body, which
"its director", "the charity's founder" and "who founded Harbour" then find.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.body_in_title import body_cues
from pipeline.extract.organisations import lexicon, place, single_roles
from pipeline.wordlists import alternation

_WORD = r"[A-Z][\w'\u2019&!-]*+"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    cues = body_cues()
    kinds = alternation(tuple(cues["bare_body_kinds"]))
    verbs = alternation(tuple(cues["running_verbs"]) + tuple(cues["offering_verbs"]), loose_spaces=True)
    joined = alternation(tuple(lexicon().cues["kind_first_person_verbs"]))
    name = rf"(?P<name>{_WORD}(?:[^\S\n]++{_WORD}){{0,2}})"
    return (re.compile(rf"\b(?:[Tt]he)[^\S\n]++{name}[^\S\n]++(?:{kinds})(?![\w-])"),
            re.compile(rf"(?<![\w'\u2019&!.-]){name},[^\S\n]++which[^\S\n]++(?:now[^\S\n]++)?(?:{verbs})(?![\w-])"),
            # "Men's charity Open Door marks ...", "prevention charity Open Door said": the name right after
            re.compile(rf"(?<![\w-])(?:{kinds})[^\S\n]++(?>{name})(?![^\S\n]++[A-Z\d])(?![\w'\u2019&-])"
                       rf"(?![^\S\n]++(?:{joined})\b)"))


#: A last word that describes a kind word rather than naming a body: "Seaton-based", "volunteer-led".
_DESCRIBING = re.compile(r"-(?:based|led|run|funded|wide|owned|backed)$", re.I)


def _no_body(name: str) -> bool:
    """Whether capitalised words shown as a body are none of a bare body's: a place, a body the data
    file knows (found as such), words opening on an article, a title or a person's honorific ("the
    charity Director Jo Roe", "the trust Dr Jo Roe ..."), a word describing the kind ("Seaton-based")."""
    first = name.split()[0]
    lex = lexicon()
    return place(name) is not None or lex.find_org(name) is not None or first in ("The", "A", "An", "Its") \
        or first.lower() in single_roles() or first.rstrip(".") in lex.honorifics or first.rstrip(".") in lex.ranks \
        or _DESCRIBING.search(name) is not None  # "the Seaton-based organization" describes, it names nothing


def bare_bodies(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each mention of a body the text shows to be one by a kind word or a running
    clause beside its bare name, and of every later whole mention of that name."""
    names: dict[str, int] = {}
    for pattern in _patterns():
        for m in pattern.finditer(text):
            name = " ".join(m.group("name").split())
            if not _no_body(name):
                names.setdefault(name, m.start("name"))
    if not names:
        return []
    out = set()
    for m in _RUN.finditer(text):  # each run of capitalised words, its last one to three words looked up
        words = [w for w in _WORDS.finditer(m.group())][-3:]
        for w in words:
            name = _POSSESSIVE.sub("", " ".join(m.group()[w.start():].split()))
            at = m.start() + w.start()
            if names.get(name, len(text)) <= at:
                out.add((at, name))
                break
    return sorted(out)


#: A whole run of capitalised words ("Harbour", "Harbour's", "Harbour Trust", "Open Door"), read once.
_RUN = re.compile(r"(?<![\w'\u2019&-])[A-Z][\w'\u2019&!-]*+(?:[^\S\n]++[A-Z][\w'\u2019&!-]*+)*+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_WORDS = re.compile(r"\S++")

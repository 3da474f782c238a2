"""Lines a story names by capitalised words and a lower-case line word: "the Millbrook helpline".

Papers often name a small helpline by its own word and common nouns ("the Oakdale line",
"the Heron hotline", "The Sunshine Gambling Help line") rather than a title-case name the
data file or :meth:`Lexicon.find_named_orgs` knows. Such a line is the body a later "its
director", "the line's coordinator" or "a counsellor at the Oakdale line" speaks for. The
words before the line word must follow "the", "a" or "its" and must not all be generic
(``line_name_generic`` of ``speaker_cues.json``: "the National helpline", "the Welsh
line") or a country, nation or region of the gazetteer ("the Wales helpline"); a town's
name may be a line's own ("the Millbrook helpline"). An owner's possessive ("the Harbour
Trust's helpline") names the owner, which is the body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.organisations import _place_only, lexicon
from pipeline.wordlists import alternation


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """An article, one to four capitalised words, up to two lower-case words ("the Harbourline
    gambling helpline") and a lower-case line word, on one line; every word is matched
    possessively, so a long run of capitals is read once."""
    heads = alternation(lexicon().cues.get("line_heads_lower", [])) or "(?!)"
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts)[^\S\n]++((?:[A-Z][\w'\u2019&!-]*+[^\S\n]++){{1,4}}(?:[a-z]++[^\S\n]++){{0,2}}?(?:{heads}))(?![\w-])")


#: A last capitalised word that describes the kind rather than naming a line: "Edinburgh-based", "Volunteer-led".
_DESCRIBING = re.compile(r"-(?:based|led|run|funded|wide|owned|backed)$", re.I)


def _generic(words: str) -> bool:
    """Whether the capitalised words name no line of their own: all generic, or a country, nation or region."""
    generic = set(lexicon().cues.get("line_name_generic", []))
    toks = words.split()
    return all(t in generic for t in toks) or _place_only(words)


def lower_case_lines(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each line named by capitalised words and a lower-case line word."""
    out = []
    for m in _pattern().finditer(text):
        name = m.group(1)
        head = re.search(r"(?:[A-Z][\w'\u2019&!-]*+[^\S\n]++)+", name)
        if head is None or _generic(head.group().strip()) or re.search(r"['\u2019]s?\s", head.group()):
            continue  # "the Harbour Trust's helpline": the owner is the body, found by its own name
        if _DESCRIBING.search(head.group().split()[-1]):
            continue  # "The Edinburgh-based project": a word describing the kind, no name (as bare_bodies reads it)
        out.append((m.start(1), " ".join(name.split())))
    return out

"""Statements a paper prints without quote marks, signed by the line after them.

"Protecting people is our first duty. We ...\n\nJon Drake, All Wales Lead for Child Exploitation": a
paragraph of at least two sentences in the first person, then a line that is only a full name and a
title (:func:`signed_by`). :func:`signed_statement` is the cheap test of whether an article with no quote
mark may hold one.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.attribution import SENTENCE_BREAK
from pipeline.extract.quotemarks import QUOTE_MARKS
from pipeline.extract.speakers import NAME_RUN, find_name, is_title
from pipeline.extract.speech import verb_alternation as _verbs


#: The first person of a statement: "we", "our", "I".
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b")
#: A signature line: a name of two to four words, a comma, a title; no speech verb, no closing stop.
_SIGNATURE = re.compile(rf"(?P<name>{NAME_RUN}),\s*+(?P<title>[^.!?\n\"\u201c\u201d]{{3,100}})")


def signed_by(text: str, para: tuple[int, int], following: tuple[int, int]) -> Optional[str]:
    """The speaker phrase of a statement a paper prints without quote marks, signed by the line after
    it ("Protecting people is our first duty. We ...\n\nJon Drake, All Wales Lead for Child
    Exploitation"): a paragraph of at least two sentences and 15 words in the first person, then a
    line that is only a full name and a title holding a role or rank. None otherwise."""
    body = text[para[0]:para[1]].strip()
    line = text[following[0]:following[1]].strip()
    if len(body.split()) < 15 or len(SENTENCE_BREAK.split(body)) < 2 or not _FIRST_PERSON.search(body):
        return None
    m = _SIGNATURE.fullmatch(line)
    if m is None or len(line.split()) > 16 or " " not in m.group("name") or not is_title(m.group("title")):
        return None
    if re.search(rf"\b(?:{_verbs()})\b", line) or any(ch in QUOTE_MARKS for ch in body):
        return None
    found = find_name(m.group("name"))
    return line if found is not None and found[0] == m.group("name") else None


def signed_statement(text: str) -> bool:
    """Whether an article may hold a statement printed without quote marks: a line that is a
    signature (see :func:`signed_by`). A cheap test, for articles with no quote mark at all."""
    for line in text.splitlines():
        line = line.strip()
        if ", " in line and len(line.split()) <= 16 and _SIGNATURE.fullmatch(line):
            return True
    return False

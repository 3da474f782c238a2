"""A role held back in the sentence before a speaker's name: "A volunteer at the Lantern line
has won a county award. / Sue Hart said: ...".

Papers often bring in an unnamed official as a sentence's subject ("A volunteer at the line",
"The manager of the Kestrel helpline", "One counsellor with the Harbour Trust") and give the
name only in the next paragraph, where the person is quoted with no description of their
own. The subject's role (``house_roles`` of ``speaker_cues.json``) and the body after "at",
"with", "for" or "of" are that person's, when the narrative paragraph names no person itself
and the speaker is met for the first time.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.organisations import lexicon
from pipeline.wordlists import alternation


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """A sentence's subject: an article, up to two lower-case words, a house role, a preposition
    and the body, then a verb; the body is a lazy run of at most 80 characters with no stop."""
    roles = alternation(lexicon().cues.get("house_roles", [])) or "(?!)"
    return re.compile(
        rf"(?:^|(?<=[.!?]\s))(?P<subject>(?:A|An|One|The)\s(?:[a-z'\u2019-]+\s){{0,2}}?(?:{roles})\s(?:at|with|for|of)\s"
        rf"(?P<body>[^,.;:!?\n]{{2,80}}?))(?:,[^,.;:!?\n]{{1,80}},)?\s(?:has|have|had|is|was|will|says|said|who|took|answered|won)\b")


def role_before(paragraph: str) -> Optional[str]:
    """The unnamed official the paragraph's last such sentence is about ("a volunteer at the Lantern
    line"), lower-cased at its article, or None."""
    found = None
    for found in _pattern().finditer(paragraph):
        pass
    if found is None:
        return None
    subject = found.group("subject")
    return subject[:1].lower() + subject[1:]

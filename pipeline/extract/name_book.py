"""The people an article has met: :class:`Speaker`, a parsed speaker phrase, and :class:`NameBook`.

The book remembers the people named so far, so that a later surname, pronoun, misspelt or particle
surname ("Mr Findlater", "she", "De Fontenay"), a bare title ("The Lord Mayor said") or a definite
unnamed speaker ("The spokesperson said") resolves to the person introduced earlier, with the title,
role and body they were given then; it also holds a role named before its holder ("The manager of the
X says ... / Jo Roe ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from pipeline.extract.organisations import lexicon
from pipeline.extract.person_names import speaker_patterns
from pipeline.extract.speaker_kinds import member_office


@dataclass
class Speaker:
    """A parsed speaker phrase; ``kind`` is named, pronoun, anonymous or org."""

    name: Optional[str]
    kind: str = "named"
    title: Optional[str] = None
    role: Optional[str] = None
    org: Optional[str] = None
    official: bool = False


def _misspelt(tokens: list[str], known: list[str]) -> bool:
    """A lone surname one letter off a known person's ("Malin said" after "Michelle Malkin"): the
    same person misspelt, when both are long enough for a slip to be no other name."""
    if len(tokens) != 1 or len(known) < 2:
        return False
    a, b = tokens[0], known[-1]
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a[0] != b[0] or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _family_name_before_given(tokens: list[str], known: list[str]) -> bool:
    """Whether a one-word name is the family name of a full name written family name first and a
    hyphenated given name last ("Wong" of "Robert Wong Yao-wing", as Hong Kong papers write them)."""
    return len(tokens) == 1 and len(known) >= 3 and "-" in known[-1] and tokens[0] == known[-2]


def rank_named_back(title: Optional[str]) -> Optional[str]:
    """The rank a short form names a person back by ("DCI" -> "Detective Chief Inspector", ``rank_short_forms`` of
    ``speaker_cues.json``), the rank itself when written in full, or None for any other title."""
    if not title:
        return None
    forms = {k: v for k, v in lexicon().cues.get("rank_short_forms", {}).items() if not k.startswith("_")}
    title = " ".join(title.split())
    return forms.get(title) or (title if title in forms.values() else None)


def _same_surname(tokens: list[str], known: list[str]) -> bool:
    """Whether a surname with a particle is a known person's, the particle capitalised at the
    start of a sentence: "De Fontenay said" after "Helena de Fontenay", "Van der Berg" after
    "Jo van der Berg"."""
    return 1 < len(tokens) < len(known) and [t.lower() for t in known[-len(tokens):]] == [t.lower() for t in tokens] \
        and known[-len(tokens)][:1].islower()


def _head(name: Optional[str]) -> str:
    """An unnamed speaker's head noun, a spokesperson's whatever the word ("spokeswoman" and "the spokesperson" are
    one)."""
    return re.sub(r"^spokes(?:man|woman|person|people)$", "spokes", (name or "").lower())


#: "The Lord Mayor", "the chief executive": a title alone, pointing back to the person who holds it.
_DEFINITE_TITLE = re.compile(r"(?:the|The)\s++(?P<title>[^,;:]{2,60})")


class NameBook:
    """The people met so far in one article, to resolve surnames and pronouns."""

    def __init__(self) -> None:
        self.people: list[Speaker] = []
        self.unnamed: list[Speaker] = []
        self.last: Optional[Speaker] = None
        self.pending: Optional[Speaker] = None

    def learn_unnamed(self, speaker: Speaker) -> None:
        """Remember an unnamed speaker with a body ("a spokesperson for the Victorian Government"),
        for a later "The spokesperson said"."""
        if speaker.kind == "anonymous" and speaker.org:
            self.unnamed.append(speaker)

    def _same_unnamed(self, speaker: Speaker) -> Optional[Speaker]:
        """The unnamed speaker met last whom a definite description with no body points back to:
        "The spokesperson" after "a spokesperson for the Victorian Government"."""
        if speaker.org or not re.match(r"(?:the|The)\s", speaker.title or ""):
            return None
        return next((u for u in reversed(self.unnamed) if _head(u.name) == _head(speaker.name)), None)

    def hold(self, speaker: Speaker) -> None:
        """Keep the unnamed holder of a role the story names before the person ("The manager of the
        Harbour Gambling Program says ..."), for the next person it names with no title of their own."""
        if speaker.kind == "anonymous" and speaker.org and speaker.official and re.match(r"The\s", speaker.title or ""):
            self.pending = speaker

    def learn(self, speaker: Speaker) -> Speaker:
        """Remember a named speaker (full names only grow the book); the speaker as remembered.

        The first person named after a role held back (:meth:`hold`) with no title, role or
        body of their own holds it: "The manager of the Harbour Gambling Program says only a
        few get help. / Jo Roe gave a report to the board." makes Jo Roe that manager.
        """
        if speaker.kind != "named" or not speaker.name:
            return speaker
        held, self.pending = self.pending, None
        if held is not None and not (speaker.title or speaker.role or speaker.org) \
                and not any(p.name == speaker.name for p in self.people):
            speaker = replace(speaker, title=held.title, role=held.role, org=held.org, official=held.official)
        self.people.append(speaker)
        return speaker

    def _by_title(self, speaker: Speaker) -> Optional[Speaker]:
        """The person met last whose title or role holds the words of a bare definite title:
        "The Lord Mayor said" after "The Lord Mayor of Belfast, Councillor Jo Roe, ..."."""
        office = member_office(speaker.title or "")
        if office is not None:  # "the Foyle MLA" after "SDLP MLA Jo Roe": the member met last who holds the office
            held = re.compile(rf"(?<![\w-]){office}(?![\w-])")
            return next((k for k in reversed(self.people) if held.search(" ".join(filter(None, (k.title, k.role))))), None)
        m = _DEFINITE_TITLE.fullmatch((speaker.title or "").strip())
        if m is None or not speaker_patterns()["role"].search(m.group("title")):
            return None
        words = re.compile(rf"(?<![\w]){re.escape(' '.join(m.group('title').split()))}(?![\w])", re.IGNORECASE)
        for known in reversed(self.people):
            if words.search(" ".join(filter(None, (known.title, known.role)))):
                return known
        return None

    def resolve(self, speaker: Speaker) -> Speaker:
        """The speaker with its full name and, when missing, title and org from earlier."""
        if speaker.kind == "pronoun":
            if self.last is not None and self.last.kind in ("anonymous", "org"):
                return self.last  # "A spokeswoman said that...": "she said" is still unnamed
            return replace(self.last, kind="pronoun") if self.last else speaker
        if speaker.kind == "anonymous":
            return self._by_title(speaker) or self._same_unnamed(speaker) or speaker
        if speaker.kind != "named" or not speaker.name:
            return speaker
        tokens = speaker.name.split()
        matches = []
        for known in reversed(self.people):
            ktoks = known.name.split() if known.name else []
            if not ktoks:
                continue
            same = ktoks == tokens
            partial = len(tokens) == 1 and len(ktoks) > 1 and tokens[0] in (ktoks[0], ktoks[-1]) or (
                1 < len(tokens) < len(ktoks) and ktoks[-len(tokens):] == tokens) or _same_surname(tokens, ktoks) \
                or _family_name_before_given(tokens, ktoks)  # "Ms De Boeck": Minne De Boeck; "Wong": Robert Wong Yao-wing
            if same or partial:
                matches.append(known)
        if matches:
            rank = rank_named_back(speaker.title)
            # "DI Jones added" after "Detective Inspector Sian Jones" and "Gareth Jones MS": the one of that rank
            ranked = next((k for k in matches if rank and rank.lower() in (k.title or "").lower()), None)
            known = ranked or matches[0]
            # "DCI Roe": as introduced; a rank that matches no one we know keeps the words the paper wrote ("DI Jones"
            # after only "Gareth Jones MS" is no MS)
            title = ranked.title if ranked is not None and ranked.title else speaker.title or known.title
            return Speaker(
                name=known.name, kind="named", title=title,
                role=speaker.role or known.role, org=speaker.org or known.org,
                official=speaker.official or known.official,
            )
        slip = next((k for k in reversed(self.people) if k.name and _misspelt(tokens, k.name.split())), None)
        if slip is not None:  # "Malin said" after "Michelle Malkin": no one else of that name
            return replace(slip, title=speaker.title or slip.title, role=speaker.role or slip.role,
                           org=speaker.org or slip.org, official=speaker.official or slip.official)
        return speaker

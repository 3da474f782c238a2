"""Who is speaking: a speaker phrase parsed into name, title, role and organisation.

An attribution such as ``Chief Constable Simon Bailey, the National Police
Chiefs' Council's lead on child protection`` is split at its commas; the segment
holding a name (after a rank from ``data/titles.txt``, an honorific, or a run of
capitalised words) gives the speaker, the other segments the description.
Organisations are canonicalised through ``data/orgs.jsonl``.  A
:class:`NameBook` remembers the people met so far in an article, so that
"Mr Findlater" or "he" later resolve to the full name introduced earlier.
"""
from __future__ import annotations

import json
import re
from functools import cached_property
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Optional
from pipeline.settings import DATA_DIR

DATA = DATA_DIR
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
#: One capitalised name word ("Roe", "McDonald", "Smith-Jones"). Atomic, with the inner-capital
#: form tried first: a word is matched one way only, so a run of them cannot backtrack into its words.
NAME_TOKEN = r"(?>[A-Z](?:[a-z]*[A-Z][a-z'\u2019]+|[a-z'\u2019]+)|[A-Z]')(?>-[A-Z][a-z'\u2019]+)?"
RELATIVE = re.compile(r"^(?:who|whose|which|that|of|from|in|aged)\b", re.I)
AGE = re.compile(r"^(?:aged\s+)?\d{1,3}$")
#: A name: at most six words, so that a Title Case headline costs a bounded search at each word.
NAME_RUN = rf"{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|[A-Z]\.?(?=\s))){{0,5}}"


@dataclass
class Speaker:
    """A parsed speaker phrase; ``kind`` is named, pronoun, anonymous or org."""

    name: Optional[str]
    kind: str = "named"
    title: Optional[str] = None
    role: Optional[str] = None
    org: Optional[str] = None
    official: bool = False


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``pipeline/data`` used to parse speaker phrases."""

    verbs: tuple[str, ...]
    ranks: tuple[str, ...]
    honorifics: tuple[str, ...]
    roles: tuple[str, ...]
    private: tuple[str, ...]
    orgs: tuple[tuple[str, str, bool], ...]  # (alias, canonical name, case-sensitive)
    cues: Any
    org_kinds: dict[str, str]

    @cached_property
    def _org_patterns(self) -> list[tuple[re.Pattern[str], dict[str, str], bool]]:
        """One alternation per case rule, longest alias first (leftmost, then longest, wins)."""
        out = []
        for sensitive in (True, False):
            names = {}
            for alias, name, case in self.orgs:
                if case is sensitive:
                    key = alias.translate(APOSTROPHES)
                    names.setdefault(key if sensitive else key.lower(), name)
            if names:
                alts = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
                flags = 0 if sensitive else re.IGNORECASE
                out.append((re.compile(rf"(?<![\w])(?:{alts})(?![\w])", flags), names, sensitive))
        return out

    def _org_matches(self, flat: str) -> list[tuple[int, int, str]]:
        found = []
        for pattern, names, sensitive in self._org_patterns:
            for m in pattern.finditer(flat):
                found.append((m.start(), m.end(), names[m.group(0) if sensitive else m.group(0).lower()]))
        return sorted(found, key=lambda f: (f[0], -f[1]))

    def find_orgs(self, text: str) -> list[tuple[int, str]]:
        """Every known organisation named in ``text``: (offset, canonical name), in order."""
        out: list[tuple[int, str]] = []
        last_end = -1
        for start, end, name in self._org_matches(text.translate(APOSTROPHES)):
            if start >= last_end:
                out.append((start, name))
                last_end = end
        return out

    def find_named_orgs(self, text: str) -> list[tuple[int, str]]:
        """Organisations not in the data file, by their shape: capitalised words ending in a
        head word such as Lifeline or Foundation ("Valleys Lifeline", "North East Gambling Support Line")."""
        heads = "|".join(re.escape(h) for h in self.cues.get("org_heads", []))
        if not heads:
            return []
        found = re.finditer(rf"\b(?:(?:The|A|An|Its)\s+)?((?:[A-Z][\w'\u2019&-]+\s+){{1,5}}(?:{heads}))\b", text)
        return [(m.start(1), m.group(1)) for m in found]

    def find_org(self, phrase: str) -> Optional[tuple[str, int, int]]:
        """The leftmost, longest known organisation in ``phrase``: (name, start, end)."""
        matches = self._org_matches(phrase.translate(APOSTROPHES))
        if not matches:
            return None
        start, end, name = matches[0]
        return name, start, end


def _read_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists, read once per process."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in _read_lines("titles.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)
    orgs = []
    kinds = {}
    for line in _read_lines("orgs.jsonl"):
        item = json.loads(line)
        kinds[item["name"]] = item.get("kind", "")
        for alias in [item["name"], *item.get("aliases", [])]:
            orgs.append((alias, item["name"], " " not in alias.strip()))
    by_length = lambda xs: tuple(sorted(set(xs), key=len, reverse=True))  # noqa: E731
    return Lexicon(
        verbs=by_length(_read_lines("speech_verbs.txt")),
        ranks=by_length(sections.get("rank", [])),
        honorifics=by_length(sections.get("honorific", [])),
        roles=by_length(sections.get("role", [])),
        private=by_length(sections.get("private", [])),
        orgs=tuple(sorted(orgs, key=lambda o: len(o[0]), reverse=True)),
        cues=json.loads((DATA / "speaker_cues.json").read_text(encoding="utf-8")),
        org_kinds=kinds,
    )


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    prefix = _alternation(lex.ranks + lex.honorifics)
    return {
        "titled": re.compile(rf"(?<![\w])(?P<title>(?:(?:{prefix})\.?\s++){{1,6}})(?P<name>{NAME_RUN})"),
        "tail": re.compile(rf"(?<=[a-z])\s+(?P<name>{NAME_RUN})$"),
        "bare": re.compile(rf"^(?P<name>{NAME_RUN})(?=$|\s+(?:from|of|at|for|with|in)\s|\s*\()"),
        "role": re.compile(rf"(?<![\w])(?:{_alternation(lex.roles)})(?![\w])", re.IGNORECASE),
        "private": re.compile(rf"(?<![\w])(?:{_alternation(lex.private)})s?(?![\w])", re.IGNORECASE),
        "rank": re.compile(rf"^(?:{_alternation(lex.ranks)})\.?$"),
    }


def split_segments(phrase: str) -> list[str]:
    """``phrase`` cut at commas and parentheses, each piece stripped."""
    parts = re.split(r"(?:(?<!\s)\s++)?[,()]\s*+|(?<!\s)\s++[\u2013\u2014-]\s++", phrase)
    return [p.strip(" .:;") for p in parts if p and p.strip(" .:;")]


def clean_name(name: str) -> Optional[str]:
    cues = lexicon().cues
    tokens = name.split()
    while tokens and tokens[0] in cues["not_names"]:
        tokens.pop(0)
    while tokens and (tokens[-1] in cues["not_names"] or tokens[-1] in cues["org_words"]):
        tokens.pop()
    if not tokens or len(tokens) > 4 or any(t in cues["org_words"] for t in tokens):
        return None
    return " ".join(tokens)


def find_name(segment: str) -> Optional[tuple[str, Optional[str], int, int]]:
    """The person named in one segment: (name, rank or None, start, end), or None."""
    pats = _patterns()
    lex = lexicon()
    for m in pats["titled"].finditer(segment):
        name = clean_name(m.group("name"))
        if not name:
            continue
        title = re.sub(r"\s+", " ", m.group("title")).strip()
        honorific = title.rstrip(".") in lex.honorifics
        return name, (None if honorific else title), m.start(), m.end()
    m = pats["tail"].search(segment)
    if m and lex.find_org(m.group("name")) is None:
        name = clean_name(m.group("name"))
        if name and " " in name:
            return name, None, m.start("name"), m.end()
    m = pats["bare"].match(segment)
    if m and lex.find_org(m.group("name")) is None:
        name = clean_name(m.group("name"))
        if name and not pats["rank"].match(name):
            return name, None, m.start(), m.end()
    return None


def _cut(description: str) -> str:
    words = description.split()
    for i, w in enumerate(words):
        if i > 0 and w.lower().strip(",.") in lexicon().cues["cut_before"]:
            words = words[:i]
            break
    return " ".join(words).strip(" ,.;:")


def _without_org(description: str, span: Optional[tuple[str, int, int]]) -> Optional[str]:
    if span is None:
        return description or None
    _, s, e = span
    before, after = description[:s], description[e:]
    after = re.sub(r"^['\u2019]s?\b", "", after)
    before = re.sub(r"(?<!\s)(?:\s++(?:of|for|at|from|with|in))?(?:\s++the)?\s*+$", "", " " + before.rstrip(), flags=re.I)
    if not before.strip():
        before = ""
    role = (before.strip() + " " + after.strip()).strip(" ,.;:'\u2019")
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
    return role or None


def _unknown_org(text: str, nlp: Any = None) -> Optional[str]:
    """An organisation not in the data file, from its capitalised name."""
    if nlp is not None:
        orgs = [e.text for e in nlp(text).ents if e.label_ == "ORG"]
        if orgs:
            return re.sub(r"^the\s+", "", orgs[0], flags=re.I)
    words = lexicon().cues["org_words"]
    for m in re.finditer(r"(?:\b(?:of|for|at|from|with)\s+(?:the\s+)?|^(?:the\s+)?)((?:[A-Z][\w'\u2019!&.-]*)(?:\s+(?:of|and|for|the|on|[A-Z][\w'\u2019!&.-]*))*)", text):
        cand = re.sub(r"(?<!\s)(?:\s++(?:of|and|for|the|on))++$", "", m.group(1))
        cand = re.sub(r"['\u2019]s$", "", cand)
        toks = cand.split()
        if any(t.strip("'\u2019s") in words for t in toks) or (len(toks) == 1 and toks[0].isupper() and len(toks[0]) > 1):
            return cand
    return None


def _anaphor_org(description: str, context_orgs: list[str]) -> Optional[str]:
    """``the charity's director`` -> the charity named last before, by its kind."""
    lex = lexicon()
    m = re.search(r"\b(?:the|its|our)\s+(\w+)(?:'s|\u2019s)?\b", description, re.I)
    kinds = lex.cues["anaphors"].get(m.group(1).lower()) if m else None
    if not kinds:
        # "Lifeline co-ordinator Bethan Rees": an organisation named before by its last word
        words = set(re.findall(r"\b[A-Z][\w-]+\b", description))
        return next((name for name in reversed(context_orgs) if len(name.split()) > 1 and name.split()[-1] in words), None)
    for name in reversed(context_orgs):
        if lex.org_kinds.get(name, "charity") in kinds:  # an organisation found by its shape is a charity
            return name
    return None


def parse_speaker(phrase: str, *, nlp: Any = None, context_orgs: Optional[list[str]] = None) -> Optional[Speaker]:
    """Parse a speaker phrase (the words around a speech verb) into a :class:`Speaker`.

    ``context_orgs`` are the organisations the article named before, oldest
    first, so that "the charity's director" finds its charity.  Returns None
    when the phrase names nobody (no name, pronoun, organisation or
    descriptive noun phrase).
    """
    context_orgs = context_orgs or []
    lex = lexicon()
    cues = lex.cues
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,:;.\u2013\u2014-")
    phrase = re.sub(r"^(?:and|but|however|also|meanwhile|so|now)\b,?\s*", "", phrase, flags=re.I)
    if not phrase:
        return None
    if phrase in cues["pronouns"]:
        return Speaker(name=None, kind="pronoun", title=cues["pronouns"][phrase])
    segments = split_segments(phrase)
    while len(segments) > 1 and segments[0].split()[0].lower() in cues["lead_ins"] and not find_name(segments[0]):
        segments.pop(0)
    if len(segments) == 1 and segments[0] in cues["pronouns"]:
        return Speaker(name=None, kind="pronoun", title=cues["pronouns"][segments[0]])
    named = None
    for i, seg in enumerate(segments):
        found = find_name(seg)
        inside = lex.find_org(seg)
        if found and inside and found[2] < inside[2] and inside[1] < found[3]:
            continue  # "A Devon and Cornwall Police spokesperson": a place in an organisation's name is no person
        if found:
            named = (i, *found)
            break
    if named is None and nlp is not None:
        joined = ", ".join(segments)
        inside = lex.find_org(joined)
        people = [e for e in nlp(joined).ents if e.label_ == "PERSON"
                  and not re.search(r"\b(?:from|in|of|at|near)\s*$", joined[:e.start_char], re.I)
                  and not (inside and e.start_char < inside[2] and inside[1] < e.end_char)]
        for i, seg in enumerate(segments):
            if people and people[0].text in seg:
                named = (i, people[0].text, None, seg.index(people[0].text), seg.index(people[0].text) + len(people[0].text))
                break
    descriptions = []
    rank = None
    name = None
    if named is not None:
        i, name, rank, s, e = named
        rest = segments[i][e:].strip()
        before = segments[i][:s].strip()
        descriptions = [d for d in [before, rest] + segments[:i] + segments[i + 1:] if d and not AGE.match(d)]
    else:
        descriptions = segments
    titled = [d for d in descriptions if not RELATIVE.match(d)]
    description = _cut(titled[0]) if titled else ""
    org_span = lex.find_org(", ".join(descriptions)) if descriptions else None
    org = org_span[0] if org_span else None
    if org is None and descriptions:
        org = _unknown_org(", ".join(descriptions), nlp)
    first_span = lex.find_org(description) if description else None
    if first_span is None and org and org in description:
        first_span = (org, description.index(org), description.index(org) + len(org))
    if org is None and description:
        org = _anaphor_org(description, context_orgs)
    role = _without_org(description, first_span) if description else None
    private = bool(description) and bool(_patterns()["private"].search(" ".join(description.split()[:4])))
    official_role = bool(description) and bool(_patterns()["role"].search(description))
    if named is None:
        if not description:
            return None
        first = description.split()[0].lower()
        if org is None and (first not in cues["anonymous_starts"] or not (private or official_role)):
            return None
        bare_anaphor = re.fullmatch(r"(?:the|its)\s+\w+", description, re.I) is not None
        kind = "org" if org and not private and not official_role and (bare_anaphor or first_span and first_span[1] <= 4) else "anonymous"
        return Speaker(name=org if kind == "org" else _head_noun(description), kind=kind,
                       title=description if kind != "org" else None,
                       role=None if kind == "org" else role, org=org, official=(not private) and bool(org or official_role))
    title = rank or description or None
    official = (not private) and bool(rank or org or official_role)
    return Speaker(name=name, kind="named", title=title, role=role, org=org, official=official)


def _head_noun(description: str) -> str:
    """The person an unnamed speaker is: "A spokesperson for the charity" -> "spokesperson", "One caller" -> "caller"."""
    core = re.split(r"(?<!\s)\s++(?:for|from|of|at|with|who|in|on|to)\s++|,", description, maxsplit=1)[0]
    words = core.split()
    return words[-1].strip(".,;:'\u2019") if words else description


class NameBook:
    """The people met so far in one article, to resolve surnames and pronouns."""

    def __init__(self) -> None:
        self.people: list[Speaker] = []
        self.last: Optional[Speaker] = None

    def learn(self, speaker: Speaker) -> None:
        """Remember a named speaker (full names only grow the book)."""
        if speaker.kind != "named" or not speaker.name:
            return
        self.people.append(speaker)

    def resolve(self, speaker: Speaker) -> Speaker:
        """The speaker with its full name and, when missing, title and org from earlier."""
        if speaker.kind == "pronoun":
            return replace(self.last, kind="pronoun") if self.last else speaker
        if speaker.kind != "named" or not speaker.name:
            return speaker
        tokens = speaker.name.split()
        for known in reversed(self.people):
            ktoks = known.name.split() if known.name else []
            if not ktoks:
                continue
            same = ktoks == tokens
            partial = len(tokens) == 1 and len(ktoks) > 1 and tokens[0] in (ktoks[0], ktoks[-1])
            if same or partial:
                return Speaker(
                    name=known.name, kind="named", title=speaker.title or known.title,
                    role=speaker.role or known.role, org=speaker.org or known.org,
                    official=speaker.official or known.official,
                )
        return speaker

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
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Any, Optional

from pipeline.settings import DATA_DIR

DATA = DATA_DIR
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
#: One capitalised name word ("Roe", "McDonald", "Smith-Jones", "O'Shea"). Atomic, with the inner-capital
#: form tried first: a word is matched one way only, so a run of them cannot backtrack into its words.
NAME_TOKEN = r"(?>[A-Z]['\u2019][A-Z][a-z]+|[A-Z](?:[a-z]*[A-Z][a-z'\u2019]+|[a-z'\u2019]+)|[A-Z]')(?>-[A-Z][a-z'\u2019]+)?"
RELATIVE = re.compile(r"^(?:who|whose|which|that|of|from|in|aged)\b", re.I)
AGE = re.compile(r"^(?:aged\s+)?\d{1,3}$")
_PREPOSITION_END = re.compile(r"\b(?:of|from|at|for|with|in|to|by|on)$", re.I)
#: A body's name cut by its commas: "Department for Work" + "Skills and Pensions spokesperson".
_NAME_LIST_END = re.compile(r"(?:\b(?:for|of|and|&)\s+|,\s)[A-Z][\w'\u2019-]*$")
_NAME_LIST_ITEM = re.compile(r"[A-Z][\w'\u2019-]*")
_NAME_LIST_TAIL = re.compile(r", [A-Z][\w'\u2019-]*(?:, [A-Z][\w'\u2019-]*){0,3} (?:and|&) [A-Z][\w'\u2019-]*")
_NAME_LIST_NEXT = re.compile(r"[A-Z][\w'\u2019-]*\s+(?:and|&)\s+[A-Z]")
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

    def org_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Every match of a known organisation's name or alias: (start, end, canonical name)."""
        return self._org_matches(text)

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
        "tail": re.compile(rf"(?<=[A-Za-z!])\s+(?P<name>{NAME_RUN})$"),
        "bare": re.compile(rf"^(?P<name>{NAME_RUN})(?=$|\s+(?:from|of|at|for|with|in)\s|\s*\()"),
        "role": re.compile(rf"(?<![\w])(?:{_alternation(lex.roles)})(?![\w])", re.IGNORECASE),
        "private": re.compile(rf"(?<![\w])(?:{_alternation(lex.private)})s?(?![\w])", re.IGNORECASE),
        "rank": re.compile(rf"^(?:{_alternation(lex.ranks)})\.?$"),
        "rank_end": re.compile(rf"(?<![\w])(?:{prefix})\.?$"),
    }


def is_title(words: str) -> bool:
    """Whether words written before a name are its title: they hold a role or end in a rank.

    "Director of the Stop it Now! Helpline", "The force's lead for safeguarding",
    "Chief Constable" and "Helpline director" are; "Speaking to the Post" is not.
    """
    words = words.strip(" ,")
    return bool(_patterns()["role"].search(words) or _patterns()["rank_end"].search(words))


def split_segments(phrase: str) -> list[str]:
    """``phrase`` cut at commas and parentheses, each piece stripped.

    The commas of a body's name are kept: "A Department for Work, Skills and
    Pensions spokesperson" is one segment, since the piece after the comma
    continues a list of capitalised words that ends in "and Pensions".
    """
    parts = [p.strip(" .:;") for p in re.split(r"(?:(?<!\s)\s++)?[,()]\s*+|(?<!\s)\s++[\u2013\u2014-]\s++", phrase)]
    parts = [p for p in parts if p]
    out: list[str] = []
    for i, part in enumerate(parts):
        # "Culture" in "Department for Digital, Culture, Media and Sport": one more item of the list
        item = _NAME_LIST_ITEM.fullmatch(part) is not None and i + 1 < len(parts) and (
            _NAME_LIST_NEXT.match(parts[i + 1]) is not None or _NAME_LIST_ITEM.fullmatch(parts[i + 1]) is not None)
        if out and _NAME_LIST_END.search(out[-1][-60:]) and (_NAME_LIST_NEXT.match(part) or item):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def is_lead_in(segment: str) -> bool:
    """A clause that opens a sentence before the speaker: "Speaking to the Post", "Announcing the funding"."""
    first = segment.split()[0]
    return first.lower() in lexicon().cues["lead_ins"] or (first[:1].isupper() and first.endswith("ing") and len(first) > 5)


def _relative_role(segment: str) -> str:
    """A relative clause as a role: "who directs the helpline" -> "director of the helpline"."""
    m = re.match(r"who\s+(\w+)\s+(.+)$", segment, re.I)
    if not m:
        return segment
    verbs = lexicon().cues.get("relative_roles", {})
    if m.group(1).lower() in verbs:
        return f"{verbs[m.group(1).lower()]} {m.group(2)}".strip()
    return segment


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


def _role_words(name: str, before: str = "") -> bool:
    """Whether capitalised words are a title, not a person: "Director", "the Home Secretary", "Chief Executive".

    A surname that is also a role word ("Tom Head") stays a name: a title has
    one word, or only role words, or follows an article ("the Home Secretary").
    """
    roles = _single_roles()
    words = [w.lower() for w in name.split()]
    if _patterns()["rank"].match(name) or _patterns()["role"].fullmatch(name):
        return True
    if words[-1] not in roles:
        return False
    return len(words) == 1 or all(w in roles for w in words) or bool(re.search(r"\b(?:the|its|our|their|a|an)\s*$", before, re.I))


def _without_role_words(run: str) -> str:
    """A capitalised run without the role words before the name: "Director Jane Roe" -> "Jane Roe"."""
    words = run.split()
    while len(words) > 2 and words[0].lower() in _single_roles():
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1)
def _single_roles() -> frozenset[str]:
    lex = lexicon()
    return frozenset(r.lower() for r in lex.roles + lex.ranks if " " not in r)


def find_name(segment: str) -> Optional[tuple[str, Optional[str], int, int]]:
    """The person named in one segment: (name, rank or None, start, end), or None.

    Capitalised words ending in a role ("Director of the helpline", "the Home
    Secretary") are a title, not a name; capitalised words after a preposition
    that follows a name ("Norma Patterson of Contact Youth") are a body, not
    the person ("a friend of Amy Nurse" is Amy Nurse).
    """
    pats = _patterns()
    lex = lexicon()
    for m in pats["titled"].finditer(segment):
        name = clean_name(m.group("name"))
        if not name:
            continue
        title = re.sub(r"\s+", " ", m.group("title")).strip()
        honorific = title.rstrip(".") in lex.honorifics
        if not honorific and _role_words(name):
            continue  # "Lord Mayor": a title after a rank is no name ("Ms Head" is one)
        return name, (None if honorific else title), m.start(), m.end()
    m = pats["tail"].search(segment)
    after_preposition = m is not None and bool(_PREPOSITION_END.search(segment[:m.start()])) and bool(pats["bare"].match(segment))
    if m and lex.find_org(m.group("name")) is None and not after_preposition:
        name = clean_name(_without_role_words(m.group("name")))
        if name and " " in name and not _role_words(name, segment[:m.start("name")]):
            return name, None, m.end() - len(name), m.end()
    m = pats["bare"].match(segment)
    if m and lex.find_org(m.group("name")) is None:
        name = clean_name(m.group("name"))
        if name and not pats["rank"].match(name) and not _role_words(name):
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


def _generic_org(org: str) -> bool:
    """A kind word, maybe with lower-case or role words after it, and no name: "Helpline", "Helpline Director"."""
    words = org.split()
    return words[0].lower() in lexicon().cues["anaphors"] and not any(
        w[:1].isupper() and w.lower() not in _single_roles() for w in words[1:])


def _unknown_org(text: str, nlp: Any = None) -> Optional[str]:
    """An organisation not in the data file, from its capitalised name.

    A name with commas ("Department for Work, Skills and Pensions") is read
    whole; the model's entity is taken unless it is a piece of that name or
    a word of a title ("Home" of "Home Secretary").
    """
    shaped = _shaped_org(text)
    if nlp is not None:
        roles = _single_roles()
        for ent in nlp(text).ents:
            following = text[ent.end_char:].split()
            if ent.label_ != "ORG" or (following and following[0].lower().strip(",.") in roles and " " not in ent.text):
                continue
            found = re.sub(r"^the\s+", "", ent.text, flags=re.I)
            return shaped if shaped and found in shaped else found
    return shaped


def _shaped_org(text: str) -> Optional[str]:
    """Capitalised words holding an organisation word ("Harbour Trust"), or an acronym."""
    words = lexicon().cues["org_words"]
    for m in re.finditer(r"(?:\b(?:of|for|at|from|with)\s+(?:the\s+)?|^(?:[Tt]he\s+|[Aa]n?\s+)?)((?:[A-Z][\w'\u2019!&.-]*)(?:\s+(?:of|and|for|the|on|[A-Z][\w'\u2019!&.-]*))*)", text):
        cand = re.sub(r"(?<!\s)(?:\s++(?:of|and|for|the|on))++$", "", m.group(1))
        cand = re.sub(r"['\u2019]s$", "", cand)
        tail = _NAME_LIST_TAIL.match(text, m.start(1) + len(cand))
        if tail:
            cand += tail.group()
        toks = cand.split()
        if any(t.strip("'\u2019s,") in words for t in toks) or (len(toks) == 1 and toks[0].isupper() and len(toks[0]) > 1):
            return cand
    return None


def _anaphor_word(description: str) -> Optional[str]:
    """The kind word of "the charity's director", "the local branch", "its service": ``charity``..."""
    anaphors = lexicon().cues["anaphors"]
    words = re.findall(r"[\w-]+(?:['\u2019]s)?", description)
    for i, word in enumerate(words):
        if word.lower() in ("the", "its", "our"):
            for nxt in words[i + 1:i + 4]:
                key = re.sub(r"['\u2019]s$", "", nxt).lower()
                if key in anaphors:
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
    for start, end, name in lexicon().org_spans(flat):
        for m in (before.search(flat, max(0, start - 40), start), after.match(flat, end, min(len(flat), end + 100))):
            if m:
                out.append((start, m.group("kind").lower(), name))
    return sorted(set(out))


def _org_by_kind(word: str, context_orgs: list[str], told: Optional[dict[str, str]] = None) -> Optional[str]:
    """The organisation named last before that a kind word points to.

    An organisation found by its shape whose head is the word itself ("the
    line" -> "Tyneside Gambling Support Line") comes first, then the one the
    text last called by that word (``told``, from :func:`told_kinds`), then one
    of the data file of that kind, then one found by its shape (taken for a charity).
    """
    lex = lexicon()
    kinds = lex.cues["anaphors"].get(word, [])
    later = list(reversed(context_orgs))
    own = next((n for n in later if n not in lex.org_kinds and n.split()[-1].lower() == word), None)
    known = next((n for n in later if lex.org_kinds.get(n) in kinds), None)
    shaped = next((n for n in later if n not in lex.org_kinds and "charity" in kinds), None)
    return own or (told or {}).get(word) or known or shaped


def _anaphor_org(description: str, context_orgs: list[str], told: Optional[dict[str, str]] = None) -> Optional[str]:
    """``the charity's director`` -> the charity named last before, by its kind."""
    word = _anaphor_word(description)
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
        word = first.lower() if first[:1].isupper() and first.lower() in lexicon().cues["anaphors"] else None
        if word is None:
            return None
    return _org_by_kind(word, context_orgs, told)


def parse_speaker(phrase: str, *, nlp: Any = None, context_orgs: Optional[list[str]] = None,
                  told: Optional[dict[str, str]] = None) -> Optional[Speaker]:
    """Parse a speaker phrase (the words around a speech verb) into a :class:`Speaker`.

    ``context_orgs`` are the organisations the article named before, oldest
    first, so that "the charity's director" finds its charity; ``told`` maps a kind
    word to the body the text last called by it ("project" -> "Stop It Now!").  Returns None
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
    segments = [_relative_role(seg) for seg in split_segments(phrase)]
    while len(segments) > 1 and is_lead_in(segments[0]) and (
            not find_name(segments[0]) or any(find_name(seg) or seg in cues["pronouns"] for seg in segments[1:])):
        segments.pop(0)
    if len(segments) == 1 and segments[0] in cues["pronouns"]:
        return Speaker(name=None, kind="pronoun", title=cues["pronouns"][segments[0]])
    named = None
    for i, seg in enumerate(segments):
        found = find_name(seg)
        inside = lex.find_org(seg)
        if found and inside and found[0] in seg[inside[1]:inside[2]]:
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
        if org is not None and _generic_org(org):
            org = None  # "Helpline director", "Project manager": the body is the one named before
    first_span = lex.find_org(description) if description else None
    if first_span is None and org and org in description:
        first_span = (org, description.index(org), description.index(org) + len(org))
    if org is None and rank and lex.find_org(rank):
        org = lex.find_org(rank)[0]  # "Home Secretary Priya Shah" speaks for the Home Office
    if org is None and descriptions:
        org = _anaphor_org(description or ", ".join(descriptions), context_orgs, told)
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
    person = _patterns()["role"].search(description) or _patterns()["private"].search(description)
    if person:
        return person.group() if person.group().isupper() else person.group().lower()
    core = re.split(r"(?<!\s)\s++(?:for|from|of|at|with|who|in|on|to)\s++|,", description, maxsplit=1)[0]
    words = core.split()
    return words[-1].strip(".,;:'\u2019") if words else description


def force_for_rank(speaker: Speaker, before: list[str], after: list[str]) -> Optional[str]:
    """The police force a ranked officer named with no body and no other role speaks for.

    "John Hawkins, Assistant Chief Constable for Scotland" in a story that
    names Police Scotland: the force named last before the quote, else the
    first named from the quote on. None for other titles, for an officer with
    a role of their own ("regional lead for organised crime"), or no force.
    """
    ranks = set(lexicon().cues.get("police_rank_words", []))
    if not set(re.findall(r"[A-Za-z]+", speaker.title or "")) & ranks:
        return None
    if speaker.role and not set(re.findall(r"[A-Za-z]+", speaker.role)) & ranks:
        return None
    kinds = lexicon().org_kinds
    forces = [n for n in reversed(before) if kinds.get(n) == "police_force"] + [n for n in after if kinds.get(n) == "police_force"]
    return forces[0] if forces else None


#: "The Lord Mayor", "the chief executive": a title alone, pointing back to the person who holds it.
_DEFINITE_TITLE = re.compile(r"(?:the|The)\s++(?P<title>[^,;:]{3,60})")


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

    def _by_title(self, speaker: Speaker) -> Optional[Speaker]:
        """The person met last whose title or role holds the words of a bare definite title:
        "The Lord Mayor said" after "The Lord Mayor of Belfast, Councillor Jo Roe, ..."."""
        m = _DEFINITE_TITLE.fullmatch((speaker.title or "").strip())
        if m is None or not _patterns()["role"].search(m.group("title")):
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
            return self._by_title(speaker) or speaker
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

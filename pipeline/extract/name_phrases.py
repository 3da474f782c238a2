"""The speaker phrase around a name in narrative: the name with the title written before it and the
role given after it.

:func:`name_phrase` completes a name the model cut short ("Ms Tan Siew Lan", "Borders MSP Iain Roe"),
keeps the title before it ("Helpline director Jane Roe", "SDLP MLA Jo Roe") but no clause or speech
verb, and adds the role after it: an appositive ("Jo Roe, 54, a counsellor at X,"; not an aside such as
"no relation"), a body after the name or the appositive ("of Devon and Cornwall Police"), a copula
("is the director of X"), a verb of running a body ("has managed the Cedar Line"), or the body whose
possessive stands before the name ("GamCare's Jo Roe"). Used by
:func:`pipeline.extract.attribution.mention` with the name :mod:`pipeline.extract.narrative_names` finds.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.organisations import generic_org, single_roles, unknown_org
from pipeline.extract.regions import place
from pipeline.extract.speakers import APOSTROPHES, closing_title, copula_title, is_title, lexicon
from pipeline.extract.speech import abbreviation_dot, speech_patterns as _regexes, verb_alternation as _verbs
from pipeline.wordlists import alternation, fold


#: A capitalised word (an office or a title) and the capitalised word after it, right before a name.
_OFFICE_THEN_GIVEN = re.compile(r"(?<![\w'\u2019-])(?P<office>[A-Z][\w'\u2019-]*+)[^\S\n]++(?P<given>[A-Z][a-z]++)[^\S\n]++$")


def _given_name_before(fragment: str, start: int) -> int:
    """Where a name begins when the model left its given name off after an office ("Iain" of "Borders MSP Iain
    Roe" read as "Roe"): the capitalised word before the name, when an office or a title is right before it
    and the word is no title, body or place."""
    window = max(0, start - 60)
    m = _OFFICE_THEN_GIVEN.search(fragment[window:start])
    if m is None or is_title(m.group("given")) or lexicon().find_org(m.group("given")) or place(m.group("given")):
        return start
    if m.group("office") in lexicon().cues["post_nominal_offices"] or is_title(m.group("office")):
        return window + m.start("given")
    return start


#: A body's capitalised name as an appositive of its own, then a comma: " Safe Start Ireland,".
_BODY_SEGMENT = re.compile(r"[^\S\n]++(?P<body>[A-Z][\w'\u2019&!-]*+(?:[^\S\n]++(?:(?:of|for|and|&|the)[^\S\n]++)?[A-Z][\w'\u2019&!-]*+){0,6}),")


def _body_appositive(fragment: str, end: int, title: str) -> int:
    """The length of a body named as an appositive after a title that is one ("Jo Roe, north west
    coordinator, Safe Start Ireland, said"): capitalised words and a comma, not a place; 0 else."""
    m = _BODY_SEGMENT.match(fragment, end)
    if m is None or not is_title(title.strip(" ,")) or place(m.group("body")) is not None or len(m.group("body").split()) < 2:
        return 0
    return m.end()


@lru_cache(maxsize=1)
def _verb_role_pattern() -> re.Pattern[str]:
    """A verb of running a body right after a name, maybe after "has" or "had", and the body's
    capitalised name ("has managed the Cedar Line"), maybe with a lower-case line word ("volunteers
    with the Tynedale helpline")."""
    verbs = alternation(lexicon().cues.get("narrative_role_verbs", {})) or "(?!)"
    heads = alternation(lexicon().cues.get("line_heads_lower", [])) or "(?!)"  # "the Tynedale helpline"
    kinds = alternation(lexicon().cues["anaphors"])  # "founded the group Parents Against Harm"
    return re.compile(rf"\s++(?:(?:has|had|have)\s++)?(?P<verb>{verbs})\s++(?:the\s++(?:{kinds})\s++(?=[A-Z]))?(?P<body>(?:the\s++)?[A-Z][\w'\u2019&!-]*+"
                      rf"(?:\s++(?:(?:of|for|and|on)\s++)?[A-Z][\w'\u2019&!-]*+){{0,5}}(?:\s(?:{heads})(?![\w-]))?"
                      rf"|the\s++(?:{kinds})(?![\w'\u2019-])(?!\s++[A-Z]))")  # "has volunteered on the line": the body named before


def _aside(appositive: str) -> bool:
    """Whether the words between a name's commas are an aside that says nothing of the person's role ("no
    relation": ``appositive_asides`` of ``speaker_cues.json``)."""
    return fold(appositive.strip(" ,")) in lexicon().cues.get("appositive_asides", [])


def _verb_role(rest: str) -> Optional[str]:
    """The role a verb of running a body gives the person named just before: "runs the Harbour
    Trust" -> "head of the Harbour Trust", "has managed the Cedar Line" -> "manager of the Cedar
    Line" (``narrative_role_verbs`` of ``speaker_cues.json``); None when no such verb follows."""
    m = _verb_role_pattern().match(rest)
    if m is None:
        return None
    return f"{lexicon().cues['narrative_role_verbs'][m.group('verb')]} {m.group('body')}"


#: One or two more capitalised words right after a name the model cut short, ending there.
_NAME_TAIL = re.compile(r"(?:[^\S\n]++[A-Z][a-z]++(?:-[a-z]++)?){1,2}(?![\w'\u2019-])(?![^\S\n]++[A-Z])")  # "Kim Do-eup"

#: Capitalised words after a name that are no part of it: a day or a month ("Jo Roe Tuesday").
_CALENDAR = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
                       r"|September|October|November|December")


def _name_tail(fragment: str, end: int) -> int:
    """How many characters of the name the model left off after ``end``: "Ms Tan Siew Lan", "Lim Mei
    Ling" are names of three words the model often ends after the first. Not words of a body, a role,
    an honour or a place ("Jo Roe Foundation", "Jo Roe MP")."""
    m = _NAME_TAIL.match(fragment, end)
    if m is None:
        return 0
    lex = lexicon()
    stop = set(lex.cues["org_words"]) | set(lex.cues.get("org_heads", [])) | set(lex.cues.get("post_nominal_offices", [])) \
        | set(lex.cues.get("post_nominal_honours", []))
    words = m.group().split()
    if any(w in stop or w.lower() in single_roles() or place(w) is not None or _CALENDAR.fullmatch(w) for w in words):
        return 0
    return m.end() - end


#: A body's possessive right before a name: "Dardi Munwurro's ", "GamCare’s ".
_POSSESSIVE_END = re.compile(r"['\u2019]s?\s++$")


def _owner_before(before: str) -> Optional[str]:
    """The known body whose possessive stands right before a name ("the charity GamCare's Jo Roe"), or None."""
    m = _POSSESSIVE_END.search(before)
    if m is None:
        return None
    flat = before[:m.start()].translate(APOSTROPHES)
    found = [name for start, end, name in lexicon().org_spans(flat[-80:]) if end == len(flat[-80:])]
    return found[-1] if found else None


def _body_after(rest: str) -> int:
    """The length of a body named right after a name: " of Devon and Cornwall Police" (a known
    body), " at Rutgers University Behavioral Health Care" (one by its shape, capitalised words
    holding an organisation word)."""
    m = re.match(r"\s+(?:of|from|at|with)\s+", rest)
    if not m:
        return 0
    org = lexicon().find_org(rest[m.end():m.end() + 120])
    if org and org[1] <= 4:
        return m.end() + org[2]
    head = re.match(r"(?:the\s+)?", rest[m.end():])
    shaped = unknown_org(rest[m.end() + head.end():m.end() + 120])
    if shaped and rest.startswith(shaped, m.end() + head.end()) and not generic_org(shaped):
        return m.end() + head.end() + len(shaped)
    return 0


@lru_cache(maxsize=1)
def _sentence_stop() -> re.Pattern[str]:
    """A full stop that ends a sentence, not "Dr." or an initial, and the space after it."""
    return re.compile(rf"(?!{abbreviation_dot()})\.\s")


#: One or two capitalised words right before a title: "SDLP " of "SDLP MLA", "Plaid Cymru " of "Plaid Cymru MS".
_BODY_BEFORE_TITLE = re.compile(r"(?<![\w'\u2019-])(?P<body>[A-Z][\w'\u2019-]*+(?:[^\S\n]++[A-Z][\w'\u2019-]*+)?)[^\S\n]++$")


@lru_cache(maxsize=1)
def _member_before() -> re.Pattern[str]:
    """An elected member's office right before a name, with the party before it and the seat after "for", as papers
    write it: "Alliance MLA for East Belfast ", "SDLP MLA for Foyle ", "Labour MP for Leeds East ". Each word is
    atomic and the runs are bounded."""
    offices = alternation(lexicon().cues["post_nominal_offices"])
    return re.compile(rf"(?<![\w'\u2019-])(?:[A-Z][\w'\u2019-]*+[^\S\n]++){{0,3}}(?:{offices})[^\S\n]++for[^\S\n]++"
                      rf"[A-Z][\w'\u2019-]*+(?:[^\S\n]++(?:and[^\S\n]++)?[A-Z][\w'\u2019-]*+){{0,3}}[^\S\n]++$")


#: A given name and a lower-case particle right before a name: "Rhys ap " of "Rhys ap Dafydd", "Jan van ".
_GIVEN_AND_PARTICLE = re.compile(r"(?<![\w'\u2019-])(?P<given>[A-Z][a-z\u00e0-\u00ff]++)[^\S\n]++(?:ap|ab|van|von|de|da|di|du|bin)[^\S\n]++$")


def _particle_before(fragment: str, start: int) -> int:
    """Where a name begins when the model read only the part after its particle ("Dafydd" of "Rhys ap Dafydd")."""
    m = _GIVEN_AND_PARTICLE.search(fragment, max(0, start - 40), start)
    if m is None or is_title(m.group("given")) or lexicon().find_org(m.group("given")) or place(m.group("given")):
        return start
    return m.start("given")


def _given_name_opening(fragment: str, start: int, end: int) -> int:
    """Where a name begins when the model left off the given name that opens the paragraph ("Iain" of "Iain Rennie,
    Member of ...", "Carys" of "Carys Bevan MS, who ..."): the one capitalised word before a one-word name, when it
    is all that stands before it and is no title, body, place or word of the lists."""
    m = re.fullmatch(r"[^\S\n]*+(?P<given>[A-Z][a-z\u00e0-\u00ff]++) ", fragment[:start])  # one space: no words left out between
    offices = set(lexicon().cues["post_nominal_offices"]) | set(lexicon().cues["post_nominal_honours"])
    if m is None or len([w for w in fragment[start:end].split() if w not in offices]) != 1:
        return start  # "Bevan MS" is one word of a name and a member's letters
    word = m.group("given")
    lex = lexicon()
    if is_title(word) or lex.find_org(word) or place(word) or word in lex.cues["not_names"] or word in lex.cues["pronouns"] \
            or _CALENDAR.fullmatch(word):
        return start
    return m.start("given")


def _title_start(fragment: str, name_start: int) -> int:
    """Where a speaker phrase begins: the name, or the title written before it.

    "Director of the line, Jane Roe" and "Helpline director Jane Roe" keep
    their titles; a clause before the name ("Speaking to the Post,", "Each
    year 300 people call, but", "Some calls saved lives, said") is left out, and so is a
    speech verb before the title ("Calls rose, said its director Jo Roe.").
    """
    stops = [m.end() for m in _sentence_stop().finditer(fragment, 0, name_start)]
    sentence = stops[-1] if stops else 0  # "according to director Dr. Jo Roe": no sentence ends at "Dr."
    start = name_start
    for piece in reversed(list(re.finditer(r"[^,;:]+,?\s*", fragment[sentence:name_start]))):
        words = piece.group().strip(" ,")
        if not words or _regexes()["clause_end"].search(words) or not is_title(words):
            break
        start = sentence + piece.start()
    member = _member_before().search(fragment, max(sentence, start - 120), start) if start == name_start else None
    if member is not None:
        start = member.start()  # "obtained by Alliance MLA for East Belfast Jo Roe": the party, office and seat are her title
    body = _BODY_BEFORE_TITLE.search(fragment, sentence, start)
    if body is not None and is_title((fragment[start:].split() or ["-"])[0]) and lexicon().find_org(body.group("body")) is not None:
        start = body.start("body")  # "a question from SDLP MLA Jo Roe": the party before the title is the title's
    verb = re.match(rf"(?:{_verbs()})\s++", fragment[start:name_start])
    return start + verb.end() if verb else start  # "Calls rose, said its director Jo Roe.": the verb is no title


def _past_title_words(fragment: str, start: int, end: int) -> int:
    """Where the phrase of a name the model read with a rank's last word begins: at the whole rank ("Assistant Chief
    Constable Amy Tate" for the model's "Constable Amy Tate"), only when the words before make a longer rank with that
    word (``ranks``); a given name and a surname stay ("Dean Smith" keeps "Dean"), and so does a member's office the
    model read with the name ("SDLP MLA Jo Roe")."""
    words = list(re.finditer(r"\S+", fragment[start:end]))
    if len(words) < 3 or not is_title(words[0].group()):
        return start
    before = list(re.finditer(r"\S+", fragment[max(0, start - 40):start]))[-3:]
    ranks = set(lexicon().ranks)
    for k in range(len(before)):  # the longest rank first: "Temporary Assistant Chief Constable"
        if " ".join([w.group() for w in before[k:]] + [words[0].group()]) in ranks:
            return max(0, start - 40) + before[k].start()
    return start


def name_phrase(fragment: str, start: int, end: int) -> str:
    """The speaker phrase of the name at ``start``-``end`` of a narrative fragment: the name, its title
    before it and its role after it ("Jo Roe, the director of X", "Jo Roe, of GamCare")."""
    end += _name_tail(fragment, end)
    start = _past_title_words(fragment, start, end)  # the model's "Constable Amy Tate" of "Assistant Chief Constable ..."
    start = _particle_before(fragment, start)  # "Rhys ap Dafydd" read as "Dafydd"
    start = _given_name_before(fragment, start)  # "Borders MSP Iain Roe" read as "Roe"
    start = _given_name_opening(fragment, start, end)  # "Iain Rennie, Member of ..." read as "Rennie"
    start = _title_start(fragment, start)
    # an age may come first: "Maria Lopez, 54, a counsellor at the Sunrise Centre, has ..."; initials' stops
    # are no sentence's end: "Ellen Newby, executive director for H.I. Crisis, said ..."
    appositive = re.match(r"(?:,\s(?:aged\s)?\d{1,3}(?=,))?,(?:[^,.]|(?<=\b[A-Z])\.){2,120},", fragment[end:]) \
        or _regexes()["appositive_verb"].match(fragment[end:])
    if appositive and _aside(appositive.group()):  # "Callum Roe, no relation, has volunteered ...": no title
        fragment = f"{fragment[:end]} {fragment[end + appositive.end():].lstrip()}"
        appositive = None
    if appositive:
        end += appositive.end()
        end += _body_appositive(fragment, end, appositive.group())  # "Jo Roe, coordinator, Safe Start Ireland, said"
    else:
        end += _body_after(fragment[end:]) or closing_title(fragment[end:])  # "..., the director of X."
    copula = re.match(r"\s+(?:is|was|has been)\s+((?:the|a|an)\s+[^,.;]{2,120})", fragment[end:])
    if copula and not appositive:
        return f"{fragment[start:end]}, {copula.group(1)}"
    titled = copula_title(fragment[end:]) if not appositive else None  # "Jo Roe is Outreach Director at X"
    if titled:
        return f"{fragment[start:end]}, {titled}"
    verb_role = _verb_role(fragment[end:]) if not appositive else None
    if verb_role:
        return f"{fragment[start:end]}, {verb_role}"  # "Jo Roe has managed the Cedar Line since 2019"
    owner = _owner_before(fragment[:start])
    if owner and lexicon().find_org(fragment[start:end]) is None:
        return f"{fragment[start:end]}, of {owner}"  # "For Dardi Munwurro's Alan Thorpe, ..."
    return fragment[start:end]

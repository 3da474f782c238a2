"""Who a quote is attributed to, read from the words around it: the phrase before or after the quote
(``Name, role, said:``, ``"...," said Name.``, ``According to Name,``, a colon sentence's subject),
the name in a fragment of narrative (:func:`mention`, which keeps the title written before the name
and drops a lead-in clause), an unnamed person brought in just before ("a man called the line"), a
body's possessive before a name, and whether quoted words speak as a body. Used by
:mod:`pipeline.extract.quotes`, which builds the speaker turns.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract.organisations import generic_org, single_roles, unknown_org
from pipeline.extract.quotemarks import QUOTE_MARKS, QuoteSpan
from pipeline.extract.regions import place
from pipeline.extract.speakers import (
    APOSTROPHES,
    NAME_RUN,
    Speaker,
    before_title_role,
    clean_name,
    closing_title,
    copula_title,
    find_name,
    is_lead_in,
    is_title,
    lexicon,
    parse_speaker,
    without_country_first,
)
from pipeline.extract.speakers_voice import speaks_for
from pipeline.extract.speech import (
    THAT_END as _THAT_END,
    abbreviation_dot,
    speech_patterns as _regexes,
    verb_alternation as _verbs,
)
from pipeline.wordlists import alternation, fold

#: A preposition of place right before a name: "a man from Reading" names a town.
#: A possessive, a lower-case role and a capitalised appositive: "Harbour Line's founder, Nia Holt," (the model's
#: person "Harbour Line's" owns the role; the name is the appositive's).
_OWNER_OF_ROLE = re.compile(r"['\u2019]s[^\S\n]++(?:[a-z][\w-]*+[^\S\n]++){0,3}[a-z][\w-]*+,[^\S\n]*+[A-Z]")
_PLACE_BEFORE = re.compile(r"\b(?:from|in|of|at|near)\s*$", re.I)
#: Where someone is from, right before capitalised words: "A caller in ", "a man from ".
_FROM_BEFORE = re.compile(r"\b(?:from|in|near)\s*+$", re.I)
#: A telling verb and "the" right before capitalised words: the paper told ("told the Chronicle"), no person.
_TOLD_THE = re.compile(r"\b(?:told|tells|telling|tell)[^\S\n]++the[^\S\n]*+$", re.I)
_TOLD_THE_PAPER = re.compile(r"\b(?:told|tells|telling|tell)[^\S\n]++the[^\S\n]++[A-Z]")


def told_the_paper(words: str) -> bool:
    """Whether words tell a paper or station something ("He told the Herald:"): its name is no person."""
    return _TOLD_THE_PAPER.search(words) is not None
#: A preposition of place, then one or more capitalised words and "and"/"or" right before a word: "in Cork and ".
_PLACE_LIST_BEFORE = re.compile(r"\b(?:from|in|of|at|near|across|between)\s++(?:[A-Z][\w'\u2019-]*+,?\s++){1,4}(?:and|or|&)\s++$")


def _place_beside_a_name(ent: Any, people: list[Any]) -> bool:
    """Whether the model's person is one word that is a place of the gazetteer while it also finds a
    person of two or more words that is no place in the same fragment ("Former Armagh GAA star Jo
    Roe", "centres in Sligo and Kerry, Ms Jo Doyle said"): the place is where, the other is who."""
    return " " not in ent.text and place(ent.text) is not None and any(
        p is not ent and " " in p.text and place(p.text) is None for p in people)


@lru_cache(maxsize=1)
def _seat_then_office() -> re.Pattern[str]:
    """The rest of a seat's name and a member's office after its first word, up to the member's name: " and
    Lochaber MSP " of "Skye and Lochaber MSP Jo Roe"."""
    offices = alternation(lexicon().cues["post_nominal_offices"])
    return re.compile(rf"(?:[^\S\n]++(?:and|&)[^\S\n]++[A-Z][\w'\u2019-]*+){{0,2}}[^\S\n]++(?:{offices})[^\S\n]++(?=[A-Z])")


def _seat_before_a_name(ent: Any, people: list[Any], fragment: str) -> bool:
    """Whether the model's person is one word that opens the seat of a member named right after the office
    ("Skye" of "Skye and Lochaber MSP Jo Roe"): the seat is where, the member is who."""
    if " " in ent.text:
        return False
    m = _seat_then_office().match(fragment, ent.end_char)
    return m is not None and any(p.start_char == m.end() for p in people)


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


@lru_cache(maxsize=1)
def _private_after() -> re.Pattern[str]:
    """A lower-case word of a private person right after a word: " woman" of "One Glasgow woman"."""
    return re.compile(rf"[^\S\n]++(?:{alternation(tuple(w for w in lexicon().private if w.islower()), loose_spaces=True)})s?(?![\w-])")


def _describes_someone(fragment: str, ent: Any) -> bool:
    """Whether the model's one-word person only describes a private person after it: "One Glasgow woman",
    "A Swansea father" (a place or a people, not who)."""
    return " " not in ent.text and _private_after().match(fragment, ent.end_char) is not None


#: The verb of a relative clause right before a word: "who represents " (its object is a place or a thing, not who).
_RELATIVE_OBJECT = re.compile(r"(?<![\w-])who[^\S\n]++[a-z]++[^\S\n]++(?:the[^\S\n]++)?$")


#: A one-word name opening a paragraph, set off by an age, a relative clause, "one of" or where they are from: "Ellie, 19, from
#: Bradford,", "Hugh, who has volunteered ...", "Raj, one of the charity's advisers,", "Megan, from Ely,".
_ONE_NAME_OPENING = re.compile(r"[^\S\n]*+(?P<name>[A-Z][a-z]++)(?=,[^\S\n]++(?:(?:aged[^\S\n]++)?\d{1,3},|who[^\S\n]|whose[^\S\n]"
                               r"|one[^\S\n]++of[^\S\n]|from[^\S\n]++[A-Z]))")  # "Megan, from Ely, first rang ..."


def _one_name_opening(fragment: str) -> Optional[tuple[int, int]]:
    """Where a one-word name opening the fragment is (:data:`_ONE_NAME_OPENING`); not a place, a body, or a
    word of the lists ("Leeds, whose ...", "Samaritans, who ...")."""
    m = _ONE_NAME_OPENING.match(fragment)
    if m is None:
        return None
    word = m.group("name")
    if place(word) is not None or lexicon().find_org(word) is not None or is_title(word) \
            or word in lexicon().cues["not_names"] or word in lexicon().cues["pronouns"]:
        return None
    return m.span("name")


def _unit_name(words: str) -> bool:
    """Whether the model's person ends in an organisation word: "Protection Branch", "Crisis Unit"."""
    return words.split()[-1] in lexicon().cues["org_words"] if words.split() else False


def _places_listed(fragment: str, ent: Any) -> bool:
    """Whether the model's person is a place of the gazetteer in a list after a preposition of
    place ("opened in Sligo and Kerry", "from Derry, Tyrone and Fermanagh")."""
    return place(ent.text) is not None and _PLACE_LIST_BEFORE.search(fragment[max(0, ent.start_char - 120):ent.start_char]) is not None


#: "King's Lynn", "Bishop's Stortford": one capitalised word after another's possessive is a place's last word.
_PLACE_POSSESSIVE = re.compile(r"(?<![\w'\u2019])[A-Z][a-z]++['\u2019]s\s++$")

SENTENCE_BREAK = re.compile(r"(?<=[.?])\s+(?=[A-Z" + QUOTE_MARKS + r"])|(?<=!)\s+(?=[A-Z][a-z]+\s+[a-z])")



def _last_sentence(fragment: str) -> str:
    parts = SENTENCE_BREAK.split(fragment.strip())
    while len(parts) > 1 and (_ends_in_brand(parts[-2]) or _ends_in_abbreviation(parts[-2])):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]  # "Director of Stop It Now! Scotland says:": no sentence ends at the brand's "!"
    return parts[-1] if parts else ""


def _ends_in_abbreviation(piece: str) -> bool:
    """Whether ``piece`` ends with the stop of an honorific or an initial ("Its director Fr.", "Dr.",
    "Jo C."), which ends no sentence: "The line's head Dr. Jo Roe said:" is one phrase."""
    return re.search(rf"{abbreviation_dot()}$", piece) is not None


def _ends_in_brand(piece: str) -> bool:
    """Whether ``piece`` ends with the "!" of a known body's name ("... of Stop It Now!")."""
    flat = piece.translate(APOSTROPHES)
    return flat.endswith("!") and any(end == len(flat) for _s, end, _n in lexicon().org_spans(flat))


#: A pronoun as the subject of a narrative sentence: "Sadly, she speaks from experience."
PRONOUN_SUBJECT = re.compile(r"(?:^|[.!?]\s|,)\s*+(?:[Ss]he|[Hh]e)\s++[a-z]")

#: The reporter set off by commas before a speech verb, inside another's clause: "Callers(, Jo Roe) says, open with:".
_ASIDE_BEFORE = re.compile(rf",\s*+(?:{NAME_RUN}|she|he)\s*+$")

#: A definite description after a quote that points back to the person named before it: "says the former teacher".
EPITHET = re.compile(r"the\s++(?:[\w'\u2019-]++\s++){0,2}?(?P<head>[\w-]++)(?:,|$)")

#: The first person plural of a body speaking: "we expanded our services".
FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def names_body(paragraph: str, name: str) -> bool:
    """Whether a narrative paragraph names the body ``name`` (its data-file name or a fuller spelling)."""
    return name.lower() in paragraph.lower() or any(n == name for _o, _e, n in lexicon().org_spans(paragraph))


def pre_attribution(pre: str) -> Optional[str]:
    """The speaker phrase before the first quote: ``Name, role, said:``."""
    rx = _regexes()
    sentence = _last_sentence(pre)
    if not sentence:
        return None
    m = rx["according_pre"].search(sentence)
    if m:
        return m.group("who")
    best = None
    for m in re.finditer(rf"\b(?:{_verbs()})\b", sentence):
        rest = sentence[m.end():].strip()
        aside = _ASIDE_BEFORE.search(sentence, max(0, m.start() - 120), m.start()) if rest.startswith(",") and rest.endswith(":") else None
        if aside and len(rest.split()) <= 10:
            best = f"{sentence[:aside.start()]} {rest[1:]}".strip(" :")  # "Callers, Jo says, open with:" -> "Callers open with"
            continue
        if len(rest.split()) <= 8 and (not rest or rest.endswith((":", ",")) or _THAT_END.search(rest)):
            best = sentence[:m.start()]
    if best is not None and best.strip(" ,"):
        subject = re.match(r"(?:He|She|They)(?=\s++[a-z])", best.strip(" ,"))
        if subject and find_name(best) is None:
            return subject.group()  # "He went on by explaining his plan saying "...": he
        return best.strip(" ,")
    return _colon_subject(sentence) or _closing_attribution(pre)


@lru_cache(maxsize=1)
def _closing_pattern() -> re.Pattern[str]:
    marks = re.escape(QUOTE_MARKS)
    return re.compile(rf"[{marks}][,.]?\s*+(?:(?P<who>{NAME_RUN}|[Hh]e|[Ss]he)\s++(?:{_verbs()})|(?:{_verbs()})\s++(?P<after>{NAME_RUN}))\s*+\.\s*+$")


def _closing_attribution(pre: str) -> Optional[str]:
    """The speaker of a quoted fragment that ends the narrative before a quote: 'The numbers
    show "people struggle," Jo Roe said. "..."': the next quote is hers too."""
    m = _closing_pattern().search(pre[-200:])
    return (m.group("who") or m.group("after")) if m else None


#: The short subject of a sentence that reports speech and ends in a colon: 'Jo Roe told the Post that calls rose in two ways:'.
_COLON_SUBJECT = re.compile(r"(?P<who>[A-Z][\w'\u2019.-]*+(?:\s++[A-Z][\w'\u2019.-]*+){0,3})\s++(?P<verb>\w++)")


def _colon_subject(sentence: str) -> Optional[str]:
    """The name opening a sentence that ends in a colon, when a speech verb follows it at once."""
    if not sentence.rstrip().endswith(":"):
        return None
    m = _COLON_SUBJECT.match(sentence.strip())
    if m is None or not re.fullmatch(rf"(?:{_verbs()})", m.group("verb")):
        return None
    return m.group("who")


def post_attribution(post: str) -> Optional[str]:
    """The speaker phrase after a quote: ``said Name.``, ``Name said.``, ``he added``."""
    rx = _regexes()
    for name in ("according_post", "verb_first", "who_first"):
        m = rx[name].match(post)
        if m and m.group("who").strip(" ,"):
            who = m.group("who").strip(" ,")
            if name == "verb_first" and re.match(r"(?:that|it|this|the\s+[a-z]+\s+(?:was|is|had|has))\b", who):
                continue
            return who
    return None


def find_attribution(text: str, para: tuple[int, int], spans: list[QuoteSpan]) -> Optional[str]:
    """The speaker phrase of a paragraph's quotes, or None when it names none."""
    pre = text[para[0]:spans[0].open]
    before = pre_attribution(pre) if pre.strip() else None
    if before and parse_speaker(before) is not None:
        return before
    for k, span in enumerate(spans):
        if not span.closed:
            break
        stop = spans[k + 1].open if k + 1 < len(spans) else para[1]
        who = post_attribution(text[span.end:stop])
        if who:
            return who if before is None or parse_speaker(who) is not None else before  # 'What they are saying: "...," Jo Roe told the Post.'
    return before


#: A sentence that gives the role of the person the one before named: "She is the director of the line."
PRONOUN_COPULA = re.compile(r"(?<=[.!?])\s++(?:She|He|They)\s++(?:is|was|are|were|has\s++been|have\s++been)\s++((?:the|a|an)\s[^,.;:!?\"\u201c\u201d]{2,120})")

def pronoun_lead(phrase: str) -> bool:
    """Whether a speaker phrase is a pronoun, after any clause before it: "she", "Asked why, she"."""
    return phrase.rsplit(",", 1)[-1].strip() in lexicon().cues["pronouns"]


def mention(fragment: str, nlp: Any = None) -> Optional[str]:
    """A speaker phrase for the first person a narrative paragraph names."""
    lead = pre_attribution(fragment.rstrip()) if fragment.rstrip().endswith((":", ",")) else None
    if lead and (not pronoun_lead(lead) or not fragment[:fragment.rfind(lead)].strip()):
        return lead  # after a sentence that names someone, "She said:" is that person (the names below)
    names: list[tuple[int, int]] = []
    if nlp is not None:  # "UK and Ireland Jo Roe": the country ends the body before the name
        people = [e for e in nlp(fragment).ents if e.label_ == "PERSON"]
        names = [(e.end_char - len(without_country_first(e.text, fragment[:e.start_char])), e.end_char) for e in people
                 if not _place_beside_a_name(e, people)  # "Former Armagh GAA star Jo Roe": the county is no person
                 and not _seat_before_a_name(e, people, fragment)  # "Skye and Lochaber MSP Jo Roe": the seat is no person
                 and not _unit_name(e.text)  # "Public Protection Branch": a unit, no person
                 and not _PLACE_BEFORE.search(fragment[:e.start_char])  # "a man from Reading" names a town
                 and not _TOLD_THE.search(fragment[:e.start_char])  # "told the Chronicle": the paper, no person
                 and not before_title_role(fragment, e.end_char)  # "Volunteer Branch Director, Jo Roe": a title
                 and not _places_listed(fragment, e)  # "centres in Cork and Kerry": a place of a list
                 and not (" " not in e.text and _PLACE_POSSESSIVE.search(fragment[:e.start_char]))
                 and not _whole_body(e.text)  # the model reads "Refuge" as a person
                 and not _describes_someone(fragment, e)  # "One Glasgow woman, who asked to be called Louise,"
                 and not (" " not in e.text and is_title(e.text))  # "Volunteer numbers fell": a role word is no name
                 and not (" " not in e.text and _RELATIVE_OBJECT.search(fragment, 0, e.start_char))  # "who represents Foyle"
                 and not _in_lead_in(fragment, e.start_char)
                 and not _OWNER_OF_ROLE.match(fragment, e.end_char - 2)  # "Harbour Line's founder, Nia Holt,": the owner
                 and not _OWNER_OF_ROLE.match(fragment, e.end_char)  # "Harbour's operations manager, Neil Grant,": the model's "Harbour"
                 and e.text[:1].isupper()]  # the model reads "rang twice" as a person: names are capitalised
    if not names:
        found = _one_name_opening(fragment)  # "Ellie, 19, from Bradford, contacted ...": the model saw no person
        if found is not None:
            names.append(found)
    if not names:
        m = _regexes()["pseudonym"].search(fragment) or _regexes()["pseudonym_note"].search(fragment) \
            or _regexes()["pseudonym_asked"].search(fragment)
        if m:  # "a man from Reading, who we are calling Tom,": the name the paper gives him
            names.append(m.span("name"))
    if not names:
        for seg in re.finditer(r"[^,.;:!?]+", fragment):
            found = find_name(seg.group().strip())
            if found and is_lead_in(seg.group().strip()) and _lead_in_object().search(seg.group().strip()[:found[2]]):
                continue  # "Speaking to Radio Tay, Jo Roe said": the outlet is no person
            if found and _inside_body(seg.group().strip(), found[0]):
                continue  # "The Harbour Men's Network, which ...": words of a body's name are no person
            if found and (found[1] or " " in found[0]):
                off = seg.start() + (len(seg.group()) - len(seg.group().lstrip()))
                names.append((off + found[2], off + found[3]))
                break
        if not names:
            m = re.match(rf"({NAME_RUN})(?=\s+[a-z]|,)", fragment.lstrip())
            if m and " " in m.group(1) and lexicon().find_org(m.group(1)) is None and clean_name(m.group(1)) == m.group(1):
                lead = len(fragment) - len(fragment.lstrip())
                # "Harbour Community Health chief executive Greg Lyle said": a body before its role, the name after
                names.append((m.start(1) + lead, (_role_then_name(fragment.lstrip(), m.end(1)) or m.end(1)) + lead))
        if not names:
            m = re.search(rf"(?<![\w])({NAME_RUN})(?=\s+(?:{_verbs()})\b)", fragment)
            if m and " " in m.group(1) and not _FROM_BEFORE.search(fragment[:m.start(1)]):  # "A caller in Market Harborough told"
                names.append((m.end(1) - len(without_country_first(m.group(1), fragment[:m.start(1)])), m.end(1)))
        if not names:
            found = _name_after_role(fragment)  # "York's new director Sandra Harper is determined to ..."
            if found is not None:
                names.append(found)
    if not names:
        return None
    start, end = names[0]
    end += _name_tail(fragment, end)
    start = _given_name_before(fragment, start)  # "Borders MSP Iain Roe" read as "Roe"
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


#: Lower-case words holding a role, then a name: " chief executive Greg Lyle".
_ROLE_THEN_NAME = re.compile(rf"[^\S\n]++(?P<words>(?:[a-z][\w-]*+[^\S\n]++){{1,3}}?)(?P<name>{NAME_RUN})")


def _role_then_name(text: str, end: int) -> Optional[int]:
    """Where the name ends that follows a role in lower case right after the capitalised run ending
    at ``end`` (the run is then the body: "Harbour Community Health chief executive Greg Lyle"); None
    when no role and name of two words follow."""
    m = _ROLE_THEN_NAME.match(text, end)
    if m is None or " " not in m.group("name") or not is_title(m.group("words")):
        return None
    return m.end("name")


#: A lower-case word, then a run of capitalised words: "director Sandra Harper".
_ROLE_THEN_RUN = re.compile(rf"(?<![\w'\u2019-])(?P<role>[a-z][a-z-]*+)[^\S\n]++(?P<name>{NAME_RUN})")


def _name_after_role(fragment: str) -> Optional[tuple[int, int]]:
    """Where the first person named right after a role in lower case stands ("the charity's new
    director Sandra Harper is ..."), for narrative the model does not read: two to four capitalised
    words that are no body, no place and no more titles; None when there is none."""
    roles = single_roles()
    for m in _ROLE_THEN_RUN.finditer(fragment):
        name = m.group("name")
        if " " not in name or len(name.split()) > 4:
            continue
        words = " ".join(fragment[max(0, m.start("role") - 40):m.end("role")].split()[-3:])  # "chief executive", "branch director"
        if not (m.group("role") in roles or is_title(words)) or clean_name(name) != name:
            continue
        if lexicon().find_org(name) is not None or place(name) is not None or unknown_org(name) is not None:
            continue
        return m.span("name")
    return None


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


@lru_cache(maxsize=1)
def _lead_in_object() -> re.Pattern[str]:
    """The end of a lead-in clause before a name it holds: "Speaking on Harbour FM's ", "Writing in the "
    (its prepositions are ``lead_in_prepositions`` of ``speaker_cues.json``)."""
    words = alternation(lexicon().cues.get("lead_in_prepositions", [])) or "(?!)"
    return re.compile(rf"\b(?:{words})\s++(?:the\s++)?(?:(?:[\w.-]++\s++){{0,2}}[\w.-]++['\u2019]s\s++)?$")


def _in_lead_in(fragment: str, start: int) -> bool:
    """Whether the name at ``start`` is the object of a clause that opens the sentence before the
    speaker ("Speaking on Harbour FM's Morning Show, she said"): a programme or paper, not a person."""
    cut = max(fragment.rfind(ch, 0, start) for ch in ",.;:!?") + 1
    words = fragment[cut:start].strip()
    if re.fullmatch(r"(?i:according)\s+to", words):
        return False  # "According to Jo Roe, director of the line, most callers are young": Jo Roe speaks
    return bool(words) and is_lead_in(words) and _lead_in_object().search(fragment[cut:start]) is not None


def _inside_body(segment: str, name: str) -> bool:
    """Whether a name found in a segment is part of a body's name the segment holds, known or
    found by its shape ("Men's Development" of "The Men's Development Network")."""
    body = lexicon().find_org(segment)
    shaped = body[0] if body else unknown_org(segment)
    return bool(shaped) and name in shaped and name != shaped


@lru_cache(maxsize=1)
def _indefinite_person() -> re.Pattern[str]:
    """A member of the public brought in unnamed: "a man", "one caller", "a young father"."""
    private = "|".join(re.escape(w) for w in sorted(lexicon().private, key=len, reverse=True))
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s++(?:[a-z-]++\s++){{0,2}}?(?P<who>{private})s?\b")


def someone_before(pre: str, pronoun: Optional[str] = None) -> Optional[Speaker]:
    """The unnamed member of the public the narrative before a quote in its own paragraph brings
    in, whom a pronoun attribution after it points to ('A year ago a man called the line. "...,"
    he told the adviser.'), or None when the narrative names no such person or the pronoun's
    gender is not the person's ('A man called the line. "...," she said': ``gendered_people`` of
    ``speaker_cues.json``; "they", or a person of no gender such as "a caller", agrees with any)."""
    found = None
    for found in _indefinite_person().finditer(pre):
        pass
    if found is None:
        return None
    who = found.group("who").lower()
    gendered = lexicon().cues.get("gendered_people", {})
    if pronoun in gendered and any(who in words for other, words in gendered.items() if other != pronoun):
        return None
    return Speaker(name=found.group("who"), kind="anonymous", title=found.group().strip(), official=False)


def pronoun_of(who: Optional[str]) -> Optional[str]:
    """The pronoun an attribution opens with, as ``pronouns`` of ``speaker_cues.json`` reads it ("She added" -> "she")."""
    words = (who or "").split()
    return lexicon().cues["pronouns"].get(words[0]) if words else None


def as_the_body(words: str, speaker: Optional[Speaker]) -> bool:
    """Whether quoted words speak as the body the resolved speaker holds a post in: its official
    saying "we" or "our" ('Helpline manager Jo Roe ... "We stayed on the line," she said'), or
    words doing the work of their body (:func:`speaks_for`)."""
    if speaker is None or not (speaker.official or speaker.org or speaker.title or speaker.role):
        return False
    return FIRST_PLURAL.search(words) is not None or bool(speaker.org and speaks_for(words, speaker.org))



def _whole_body(words: str) -> bool:
    """Whether ``words`` are all a known body's name ("Refuge", "Samaritans'")."""
    flat = re.sub(r"['\u2019]s?$", "", words.translate(APOSTROPHES))
    found = lexicon().find_org(flat)
    return found is not None and found[1] == 0 and found[2] == len(flat)


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
    body = _BODY_BEFORE_TITLE.search(fragment, sentence, start)
    if body is not None and is_title((fragment[start:].split() or ["-"])[0]) and lexicon().find_org(body.group("body")) is not None:
        start = body.start("body")  # "a question from SDLP MLA Jo Roe": the party before the title is the title's
    verb = re.match(rf"(?:{_verbs()})\s++", fragment[start:name_start])
    return start + verb.end() if verb else start  # "Calls rose, said its director Jo Roe.": the verb is no title

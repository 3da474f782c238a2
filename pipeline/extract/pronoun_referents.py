"""Who a "she said" or "he added" means when the narrative before it names more than one person.

A pronoun attribution belongs to the person the story is about: the subject who last spoke or was last
reported as saying, not merely the last person named. :func:`reporter` finds that subject in a narrative
paragraph ("Mark Day presented the figures, and Jane Roe said demand had grown": Jane Roe, the subject of
the speech verb, not Mark Day, the first name), a member of the public reported unnamed too ("One caller,
a mother of two, said she ..."). :func:`co_subjects` finds two people a paragraph
names as one subject ("Dr Ian Cole and Dr Rob Lane visited ..."), whom a pronoun cannot tell apart, and
:func:`known_genders` the gender the text itself gives a person (an honorific: "Mr Cole", "Ms Lane"), the one
clue that can: a pronoun never means a person the text has shown to be of the other gender. When nothing
tells who is meant, :func:`pronoun_fallback` says so and the quote gets no speaker rather than a guess.

Every pattern here is anchored or bounded, and each is run once per narrative paragraph or once per text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from pipeline.extract.attribution import mention, opens_with_request
from pipeline.extract.name_book import NameBook, Speaker
from pipeline.extract.person_names import NAME_TOKEN
from pipeline.extract.organisations import single_roles
from pipeline.extract.speakers import is_lead_in, is_title, lexicon, parse_speaker
from pipeline.extract.speech import abbreviation_dot, verb_alternation
from pipeline.wordlists import alternation

#: A clause that opens inside a sentence, before a subject of its own: ", and Jane Roe said", "; Roe said".
_CLAUSE_OPEN = re.compile(r"(?:,[^\S\n]++(?:and|but|while|whereas|as)|;)[^\S\n]++(?=[A-Z])")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    cues = lexicon().cues
    verbs = verb_alternation()
    private = alternation(tuple(lexicon().private), loose_spaces=True)
    he, she = (alternation(tuple(cues["honorific_genders"][g]), loose_spaces=False) for g in ("he", "she"))
    # a member of the public brought in unnamed: "One caller", "A Swansea father", "A 41-year-old man"
    someone = rf"(?:[Aa]n?|[Oo]ne|[Aa]nother)[^\S\n]++(?:[\w-]++[^\S\n]++){{0,2}}?(?:{private})s?(?![\w-])"
    # more words describing them, up to an aside's comma or the speech verb: " in his fifties from the west of the
    # county" of "A man in his fifties from the west of the county, who asked not to be named, told the paper"
    described = rf"(?:[^\S\n]++(?:in|from|of|aged|near)[^\S\n]++[^,.;:!?\n]{{1,60}}?(?=,|[^\S\n]++(?:{verbs})(?![\w-])))?"
    return {
        # a speech verb, not "went on to win", "is said to be"
        "verb": re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])(?![^\S\n]++to[^\S\n])"),
        # a sentence's end: not the stop of "Dr." or of an initial ("Sonya A. Zoghlin")
        "stop": re.compile(rf"(?:(?!{abbreviation_dot()})[.?]|!)[^\S\n]++(?=[A-Z\"\u201c\u2018'])"),
        # words in double quote marks: a title or a scare quote of narrative, whose names report nothing
        "quoted": re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{0,300}[\"\u201d]"),
        # "One caller, a mother of two, said": a member of the public brought in unnamed, reporting speech
        "unnamed": re.compile(rf"[^\S\n]*+(?P<who>{someone}{_PLACE_AFTER}{described})(?:,(?P<aside>[^,.;:!?\n]{{2,80}}),"
                              rf"|[^\S\n]++who[^,.;:!?\n]{{2,60}}?)?[^\S\n]++(?:{verbs})(?![\w-])"),
        # "A 41-year-old man from Gateshead, who did not want to be named, rang the line": the paragraph's subject
        "someone": re.compile(rf"[^\S\n]*+(?P<who>{someone}{_PLACE_AFTER})(?=,|[^\S\n]++[a-z])"),
        # "A 38-year-old lorry driver, who did not want to be named, ...": any person a relative clause describes, or
        # an age alone ("A 29-year-old from Stockport, who asked us not to use his name, ...")
        "someone_who": re.compile(rf"[^\S\n]*+(?P<who>(?:[Aa]n?|[Oo]ne|[Aa]nother)[^\S\n]++(?:[\w-]++[^\S\n]++){{0,3}}?"
                                  rf"(?P<noun>[a-z][\w-]*+|\d{{1,3}}-year-old){_PLACE_AFTER})(?=,?[^\S\n]++who[^\S\n])"),
        # a second person joined to the first as one subject: " and Dr Rob Lane", ", and Volunteer Kim Bryce"
        "private_noun": re.compile(rf"(?<![\w-])(?:{private})(?=s?(?![\w-]))"),
        "and_person": re.compile(r",?[^\S\n]++and[^\S\n]++(?=[A-Z])"),
        "honorific": re.compile(rf"(?<![\w'\u2019-])(?:(?P<he>{he})|(?P<she>{she}))\.?[^\S\n]++(?P<name>{NAME_TOKEN}(?:[^\S\n]++{NAME_TOKEN}){{0,2}})"),
    }


#: Where an unnamed person is from, after the words that bring them in: " from Gateshead", " in North Devon".
_PLACE_AFTER = r"(?:[^\S\n]++(?:from|in|near)[^\S\n]++[A-Z][\w'\u2019-]*+(?:[^\S\n]++[A-Z][\w'\u2019-]*+)?)?"


#: A participle clause opening a sentence before its subject: "Speaking to Radio Wessex, ", "Talking to the Gazette, ".
_LEAD_IN = re.compile(r"[^\S\n]*+[A-Z][a-z]*+(?<=ing)[^\S\n]++[^,.;:!?\n]{1,60}?,[^\S\n]++")


#: Words opening a relative clause, which describes a person but is no title: ", whose partner called the line,".
_RELATIVES = frozenset(("who", "whose", "whom", "which", "that"))


#: An auxiliary right before a speech verb makes it passive: "is told by its children", "was said to be".
_PASSIVE = re.compile(r"(?<![\w-])(?:is|was|are|were|be|been|being)[^\S\n]++$")


def _clause_start(sentence: str, verb_at: int) -> int:
    """Where the clause holding the speech verb at ``verb_at`` starts in its sentence."""
    start = 0
    for m in _CLAUSE_OPEN.finditer(sentence, 0, verb_at):
        start = m.end()
    return start


def reporter(paragraph: str, nlp: Any = None) -> Optional[str | Speaker]:
    """Who a narrative paragraph last reports as saying: the subject of the first speech verb of the
    last sentence that has one with a person before it, as a speaker phrase ("Tom Reid said ..., since
    Anna Kerr told him": "Tom Reid"; "Mark Day presented the figures, and Jane Roe said ...": "Jane Roe"),
    or, for a member of the public brought in unnamed ("One caller, a mother of two, said she ..."),
    an unnamed :class:`Speaker`. None when no speech verb has such a subject ("She said ...")."""
    found: Optional[str | Speaker] = None
    plain = _patterns()["quoted"].sub(lambda m: " " * len(m.group()), paragraph)
    for sentence in _patterns()["stop"].split(plain):
        verb = next((v for v in _patterns()["verb"].finditer(sentence)
                     if not _PASSIVE.search(sentence[max(0, v.start() - 8):v.start()])), None)
        if verb is None:
            continue
        start = _clause_start(sentence, verb.start())
        lead = _LEAD_IN.match(sentence) if start == 0 else None
        start = lead.end() if lead is not None and lead.end() < verb.start() else start  # "Speaking to Radio X, one man ..."
        clause = sentence[start:]
        phrase = mention(clause, nlp)
        unnamed = _patterns()["unnamed"].match(sentence, start)
        if phrase and 0 <= clause.find(phrase.split(",")[0]) < verb.start() - start:  # "Rob, caller": the name stands in the clause
            found = phrase
        elif unnamed is not None:
            aside = (unnamed.group("aside") or "").strip()
            title = aside if aside and aside.split()[0] not in _RELATIVES else unnamed.group("who").strip()
            noun = _patterns()["private_noun"].findall(unnamed.group("who"))[-1]
            found = Speaker(name=noun, kind="anonymous", title=title, official=False)
    return found


def opening_someone(paragraph: str, pronoun: Optional[str]) -> Optional[Speaker]:
    """The member of the public a narrative paragraph opens on, unnamed, as its subject ("A 41-year-old man
    from Gateshead, who did not want to be named, rang the line ...", "One Leeds mother found messages ..."),
    as an unnamed :class:`Speaker` whom a later "he said" means; None when the paragraph opens otherwise or the
    pronoun's gender is not the person's ("A man ... / '...,' she said": ``gendered_people``)."""
    m = _patterns()["someone"].match(paragraph)
    if m is not None:
        noun = _patterns()["private_noun"].findall(m.group("who"))[-1].lower()
    else:
        m = _patterns()["someone_who"].match(paragraph)
        if m is None or m.group("noun").lower() in single_roles():
            return None  # "A volunteer, who ...": an official, not a member of the public
        noun = m.group("noun").lower()
    who = m.group("who").strip()
    gendered = lexicon().cues.get("gendered_people", {})
    if pronoun in gendered and any(noun in words for other, words in gendered.items() if other != pronoun):
        return None
    return Speaker(name=noun, kind="anonymous", title=who, official=False)


def opening_official(paragraph: str) -> Optional[str]:
    """The words of an unnamed official a narrative paragraph opens on as its subject, set off by a relative clause
    ("A volunteer of nine years, who cannot be named, described ..."), as a speaker phrase for the quote paragraph
    after it; None otherwise. A member of the public opening it is :func:`opening_someone`'s (and the reporter's)."""
    m = _patterns()["someone_who"].match(paragraph)
    if m is None:
        return None
    who = m.group("who").strip()
    words = {w.lower() for w in re.findall(r"[A-Za-z-]+", who)}
    private = {w for w in lexicon().private if " " not in w}
    return who if words & single_roles() and not words & private else None


def co_subjects(paragraph: str, nlp: Any = None) -> Optional[tuple[str, str]]:
    """The two people a paragraph opens on as one subject ("Dr Ian Cole and Dr Rob Lane visited the
    centre", "Volunteers Jo Finch and Kim Bryce were given awards"), each as a speaker phrase; None
    when its first person stands alone."""
    first = mention(paragraph, nlp)
    person = parse_speaker(first, nlp=nlp) if first else None
    at = paragraph.find(person.name) if person is not None and person.kind == "named" and person.name else -1
    if at < 0 or not _opening(paragraph[:at]):
        return None  # the first person must open the paragraph, after a title at most ("The minister met Jo Roe")
    joined = _patterns()["and_person"].match(paragraph, paragraph.find(first) + len(first))
    if joined is None:
        return None
    second = mention(paragraph[joined.end():], nlp)
    if second is None or not paragraph[joined.end():].startswith(second.split(",")[0]):
        return None
    return first, second


def _opening(words: str) -> bool:
    """Whether the words before a name are only its title: capitalised words ("Dr", "Volunteers",
    "Chief Constable") or a title of the word lists ("Council leader")."""
    words = words.strip()
    return not words or all(w[:1].isupper() for w in words.split()) or (
        is_title(words) and words.split()[-1].lower() in single_roles())  # "The minister met Jo Roe": no title


#: Lower-case words that never describe the person a paragraph opens on: they start a clause or take an object
#: ("The council thanked Jo Roe", "After meeting Jo Roe", "Speaking to Jo Roe"), so the name is not the subject.
_NOT_DESCRIBING = frozenset(("of", "for", "at", "with", "to", "from", "in", "on", "by", "and", "or", "but", "as", "after",
                             "before", "when", "while", "if", "says", "said", "told", "tells", "met", "asked", "than", "like"))


def opens_on(paragraph: str, phrase: Optional[str]) -> bool:
    """Whether a narrative paragraph opens on the person of a speaker phrase, its subject: the name first, maybe in
    the quote marks papers print a pseudonym in ('"Mark", a 41-year-old ...'), or after at most four words that only
    describe them, with no clause ("Sunderland dad Chris, who ...", "Warehouse worker Gary", "Det Sgt Ann Cole");
    not "The council thanked Jo Roe" or "After the meeting, Jo Roe ...". A "he said" after it means that person."""
    name = (phrase or "").split(",")[0].strip()
    at = paragraph.find(name) if name else -1
    if at < 0:
        return False
    before = paragraph[:at].rstrip()
    if opens_with_request(paragraph, at):
        return True  # "A volunteer, who asked to be called only Chris, ...": Chris
    if before.endswith(",") and _title_appositive(before[:-1]):
        return True  # "Fife Council's convener of education, Councillor Jo Roe, welcomed ..."
    words = before.replace('"', " ").replace("\u201c", " ").replace("'", " ").replace("\u2018", " ").split()
    if len(words) > 4 or any(ch in before for ch in ",.;:!?()"):
        return False
    return not any(w[:1].islower() and (w in _NOT_DESCRIBING or w.endswith(("ed", "ing"))) for w in words)


#: Lower-case words that make the words before a name's comma a clause, not its title: "After meeting the director,".
_CLAUSE_WORDS = frozenset(("says", "said", "told", "tells", "met", "asked", "after", "before", "when", "while", "if", "as",
                           "although", "though", "but", "because", "since", "is", "was", "are", "were", "has", "had"))


def _title_appositive(words: str) -> bool:
    """Whether the words opening a paragraph before a name's comma are only that person's title: a role word of the
    lists with no clause ("Fife Council's convener of education and children's services", "The force's lead for
    child protection"), not "Speaking at the launch" or "After the figures were published"."""
    tokens = words.split()
    if not tokens or len(tokens) > 12 or any(ch in words for ch in ",.;:!?()\"\u201c\u201d") or is_lead_in(words):
        return False
    lowered = [t.lower().strip("'\u2019") for t in tokens]
    if any(t in _CLAUSE_WORDS or (t.endswith("ed") and tok[:1].islower()) for t, tok in zip(lowered, tokens)):
        return False
    roles = single_roles()
    first = next((i for i, t in enumerate(lowered) if t in roles), None)
    # before the role only its owner and modifiers: capitalised words, possessives, "the", "new" ("Calls rose and the director": no title)
    return first is not None and all(tok[:1].isupper() or tok.endswith(("'s", "\u2019s")) or t in _TITLE_OPENERS
                                     for t, tok in zip(lowered[:first], tokens[:first]))


#: Lower-case words a title may hold before its role word: "the charity's new head", "its acting director".
_TITLE_OPENERS = frozenset(("the", "a", "an", "its", "their", "our", "new", "former", "acting", "interim", "deputy", "senior",
                            "assistant", "joint", "local", "regional", "national"))


def known_genders(text: str) -> dict[str, str]:
    """The gender the text itself gives each person, by the honorific before their surname ("Mr Cole":
    he, "Ms Lane", "Mrs Lane": she; ``honorific_genders`` of ``speaker_cues.json``), keyed by surname;
    a surname given both is left out (two people of one family)."""
    out: dict[str, str] = {}
    for m in _patterns()["honorific"].finditer(text):
        gender = "he" if m.group("he") else "she"
        name = m.group("name").split()[-1]  # "Dame Ruth Pike": Pike
        out[name] = gender if out.get(name, gender) == gender else ""
    return {k: v for k, v in out.items() if v}


def fits(pronoun: Optional[str], name: Optional[str], genders: dict[str, str]) -> bool:
    """Whether a pronoun may mean the person of ``name``: not when the text gives them the other gender."""
    if pronoun not in ("he", "she") or not name:
        return True
    words = re.findall(NAME_TOKEN, name)
    known = genders.get(words[-1]) if words else None
    return known is None or known == pronoun


def learn_gender(pronoun: Optional[str], speaker: Optional[Speaker], genders: dict[str, str]) -> None:
    """Remember the gender a pronoun attribution shows its person to be ('"...," she said' of Jo Roe)."""
    if pronoun in ("he", "she") and speaker is not None and speaker.name and speaker.kind in ("named", "pronoun"):
        words = re.findall(NAME_TOKEN, speaker.name)
        if words and words[-1] not in genders:
            genders[words[-1]] = pronoun


#: What :func:`pronoun_fallback` returns when nothing tells who a pronoun means.
UNCLEAR = "\x00unclear"


def pronoun_fallback(pronoun: Optional[str], continuing: bool, near: Optional[str], narrative: Optional[str], book: NameBook,
                     genders: dict[str, str], nlp: Any = None) -> Optional[str]:
    """The phrase a pronoun attribution with nothing before it in its paragraph falls back on: ``near``,
    the person the narrative paragraph before it names (``None`` to take the subject who last spoke,
    ``book.last``), or :data:`UNCLEAR` when two people could be meant and nothing tells them apart.

    - the subject the narrative reports as saying comes before the first person it names;
    - a continuing verb ("he added", "she went on") means the subject who last spoke, when they fit;
    - two people opening the paragraph as one subject are told apart only by gender;
    - a person the text shows to be of the other gender is never meant."""
    if narrative is None:
        return near
    said = reporter(narrative, nlp)
    if isinstance(said, Speaker):
        return None  # "One caller said she ...": the unnamed caller, whom the narrative made book.last
    pair = co_subjects(narrative, nlp)
    if pair is not None and (said is None or said == pair[0]):  # "Jo Finch and Kim Bryce (said | were given) ..."
        left = [p for p in pair if fits(pronoun, p, genders)] if pronoun in ("he", "she") else []
        return left[0] if len(left) == 1 else UNCLEAR
    if said is not None:
        return said if fits(pronoun, said, genders) or not _fits_last(pronoun, book, genders) else None
    if continuing and _fits_last(pronoun, book, genders):
        return None  # "Jane Roe said demand grew. / Treasurer Mark Day presented the accounts. / '...,' she added."
    someone = opening_someone(narrative, pronoun) if not continuing else None
    named = near is not None and near.strip() not in lexicon().cues["pronouns"] \
        and not (someone is not None and near.strip() in (someone.title or ""))  # "One Leeds mother": no name
    if someone is not None and not named:  # "A man from Reading, who we are calling Sam,": Sam
        book.last = someone  # "A 41-year-old man from Gateshead rang the line in May. / He said:": the man, unnamed
        return None
    if near is not None and not fits(pronoun, near, genders) and _fits_last(pronoun, book, genders):
        return None
    return near


def _fits_last(pronoun: Optional[str], book: NameBook, genders: dict[str, str]) -> bool:
    """Whether the subject who last spoke is a named person the pronoun may mean."""
    last = book.last
    return last is not None and last.kind in ("named", "pronoun") and bool(last.name) and fits(pronoun, last.name, genders)


@lru_cache(maxsize=1)
def _continuing() -> re.Pattern[str]:
    verbs = alternation(tuple(lexicon().cues["continuing_verbs"]), loose_spaces=True)
    return re.compile(rf"(?<![\w-])(?:[Hh]e|[Ss]he|[Tt]hey)[^\S\n]++(?:{verbs})(?![\w-])|(?<![\w-])(?:{verbs})[^\S\n]++(?:he|she|they)(?![\w-])")


def continuing(words: str) -> bool:
    """Whether an attribution's words go on from what the person said before: "she added", "added he",
    "He went on:" (``continuing_verbs`` of ``speaker_cues.json``)."""
    return _continuing().search(words) is not None

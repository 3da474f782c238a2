"""Direct speech: one :class:`~pipeline.records.Quote` per speaker turn.

Quote marks are paired per paragraph by :mod:`pipeline.extract.quotemarks`, and
:mod:`pipeline.extract.speech` says which spans are speech: a span counts as speech
when it opens its paragraph, follows a colon, comma or speech verb, is followed by
an attribution, or is a long partial quote.  Scare quotes and titles ('only
pictures') are not speech.

A turn starts at a paragraph with an attribution (``Name, role, said: "..."``,
``"...," said Name.``, ``"...," he added.``, ``According to Name, "..."``) or,
without one, at a quote whose speaker is named in the paragraph before.  It
continues through following paragraphs that open with a quote mark and name no
new speaker: both the news convention (a quote left open at the paragraph end)
and the style where every paragraph is fully quoted after ``X said:``.
Surnames and pronouns resolve to the full name introduced earlier
(:class:`pipeline.extract.speakers.NameBook`); a person named in reported speech
("Jane Roe, the charity's director, said demand grew.") is who a later "she
said" or an unattributed quote paragraph belongs to.  A speaker phrase taken
from narrative keeps the title written before the name and drops the clause
before it ("Speaking to the Post,", "Each year 300 people call, but").
Fragments quoted inside reported speech and headlines in quote marks are not
speech.
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Callable, Optional

from pipeline.extract.acronyms import INITIALS, spelled_out
from pipeline.extract.organisations import generic_org, single_roles, unknown_org
from pipeline.extract.quotemarks import (
    QUOTE_MARKS,
    QuoteSpan,
    quotes_by_paragraph,
    unopened_close,
)
from pipeline.extract.speakers import (
    APOSTROPHES,
    NAME_RUN,
    NAME_TOKEN,
    NameBook,
    Speaker,
    body_for_role,
    charity_for_role,
    clean_name,
    closing_title,
    copula_title,
    find_name,
    force_for_rank,
    government_for_office,
    is_lead_in,
    is_title,
    lexicon,
    parse_speaker,
    told_kinds,
    without_country_first,
)
from pipeline.extract.speakers_voice import main_body, speaks_for
from pipeline.extract.speech import (
    THAT_END as _THAT_END,
    abbreviation_dot,
    speech_patterns as _regexes,
    speech_spans as _speech_spans,
    verb_alternation as _verbs,
)
from pipeline.records import Quote
from pipeline.wordlists import alternation

log = logging.getLogger(__name__)
_PLACE_BEFORE = re.compile(r"\b(?:from|in|of|at|near)\s*$", re.I)
#: "King's Lynn", "Bishop's Stortford": one capitalised word after another's possessive is a place's last word.
_PLACE_POSSESSIVE = re.compile(r"(?<![\w'\u2019])[A-Z][a-z]++['\u2019]s\s++$")

SENTENCE_BREAK = re.compile(r"(?<=[.?])\s+(?=[A-Z" + QUOTE_MARKS + r"])|(?<=!)\s+(?=[A-Z][a-z]+\s+[a-z])")


@dataclass
class Turn:
    """One speaker turn being built: the quoted spans of each paragraph."""

    speaker: Optional[Speaker]
    attribution: str
    parts: list[list[QuoteSpan]] = field(default_factory=list)
    last_paragraph: int = -1
    #: Whether an attribution in the turn's own words named its speaker (else it was taken from the narrative).
    told: bool = True

    def add(self, index: int, spans: list[QuoteSpan]) -> None:
        self.parts.append(spans)
        self.last_paragraph = index


def _crosshead(paragraph: str) -> bool:
    """A line that is no narrative: a crosshead ("Help for families") or page furniture
    ("Hide Ad"): at most eight words, capitalised, with no stop, comma or quote mark."""
    line = paragraph.strip()
    if len(line) > 2 and line[0] in QUOTE_MARKS and line[-1] in QUOTE_MARKS:
        line = line[1:-1].strip()  # a crosshead in quote marks: "'Boundaries are broken'"
    return (0 < len(line.split()) <= 8 and line[:1].isupper() and not re.search(r"[.,;:!?]$", line)
            and not any(ch in QUOTE_MARKS or ch == "," for ch in line))


#: A web address: "samaritans.org/volunteer", "www.example.org.uk", "https://...".
_WEB_ADDRESS = re.compile(r"(?<![\w@.])(?:https?://|www\.|[a-z0-9-]++\.(?:org|com|net|co\.uk|org\.uk|ie|gov\.uk)(?![\w]))")


def _signpost(paragraph: str) -> bool:
    """A line that sends readers elsewhere, set into a turn like a crosshead: at most 40
    words, a web address, no quote mark ("Those interested should visit samaritans.org/volunteer")."""
    line = paragraph.strip()
    return (len(line.split()) <= 40 and _WEB_ADDRESS.search(line) is not None
            and not any(ch in QUOTE_MARKS for ch in line))


#: A quote mark that is no apostrophe inside a word ("hasn't"): one not between two letters.
_LOOSE_MARK = re.compile(rf"(?<![A-Za-z])[{re.escape(QUOTE_MARKS)}]|[{re.escape(QUOTE_MARKS)}](?![A-Za-z])")


#: The first person of a statement: "we", "our", "I".
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b")
#: A signature line: a name of two to four words, a comma, a title; no speech verb, no closing stop.
_SIGNATURE = re.compile(rf"(?P<name>{NAME_RUN}),\s*+(?P<title>[^.!?\n\"\u201c\u201d]{{3,100}})")


def _signed_by(text: str, para: tuple[int, int], following: tuple[int, int]) -> Optional[str]:
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


@lru_cache(maxsize=1)
def _reporter_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = _verbs()
    kinds = alternation(tuple(lexicon().cues["anaphors"]), loose_spaces=True)
    return (re.compile(rf"(?:^|[.!?]\s++)(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s++)?{NAME_TOKEN})\s++(?:{v})\b"),
            re.compile(rf"(?:^|[.!?,]\s++)(?P<who>(?i:the|its)\s++(?:[a-z-]++\s++)?(?i:{kinds}))\s++(?:{v})\b"))


def _reported_by(pre: str, book: NameBook) -> Optional[str]:
    """The speaker of reported speech in the narrative before a quote in the same paragraph, who
    the quote after it belongs to: a surname of a person met before ("Roe says the rise is real."),
    or a body by its kind word ("the charity says that ..."). None otherwise."""
    surname, body = _reporter_patterns()
    for m in surname.finditer(pre):
        last = m.group("who").split()[-1]
        if any(p.name and p.name.split()[-1] == last for p in book.people):
            return m.group("who")
    m = body.search(pre)
    return m.group("who") if m else None


def signed_statement(text: str) -> bool:
    """Whether an article may hold a statement printed without quote marks: a line that is a
    signature (see :func:`_signed_by`). A cheap test, for articles with no quote mark at all."""
    for line in text.splitlines():
        line = line.strip()
        if ", " in line and len(line.split()) <= 16 and _SIGNATURE.fullmatch(line):
            return True
    return False


def _narrative_after(text: str, para: tuple[int, int], turn: Turn) -> bool:
    """Whether the paragraph ``para``, the turn's last, goes on in narrative after the turn's last
    quote (ANNOTATION.md decision 9: a turn ends when narrative intervenes): at least a sentence
    of three words that is not the quote's attribution ('"...." At the centre, Jo says, calls rose.')."""
    last = turn.parts[-1][-1]
    if not last.closed or not para[0] <= last.end <= para[1]:
        return False
    tail = text[last.end:para[1]].strip()
    sentences = [p for p in SENTENCE_BREAK.split(tail) if p.strip()]
    if len(tail.split()) < 3 or _LOOSE_MARK.search(tail):
        return False  # a quote mark left unpaired in the tail: speech may run on
    if _post_attribution(" " + sentences[0]) is not None:  # '"...," said Jo. She runs the line.': more after the attribution
        return len(sentences) > 1 and len(" ".join(sentences[1:]).split()) >= 3
    return True


def _left_open(turn: Optional[Turn], index: int) -> bool:
    """Whether ``turn`` ran to the paragraph before ``index`` and left its quote open there."""
    return turn is not None and turn.last_paragraph == index - 1 and not turn.parts[-1][-1].closed


def _same_person(a: Optional[Speaker], b: Optional[Speaker]) -> bool:
    """Whether two resolved speakers are one named person."""
    return a is not None and b is not None and bool(a.name) and a.name == b.name and a.kind != "org"


def _groups(text: str, spans: list[QuoteSpan]) -> list[list[QuoteSpan]]:
    """A paragraph's speech spans cut where narrative intervenes between two of them.

    '"..." It's also why she volunteers. "..."' and '"..." Or: "..."' are two turns
    (ANNOTATION.md decision 9); '"...," he said. "..."' and '"...," says Jo Roe, who
    runs the branch. "..."' stay one, since what stands between is the attribution.
    """
    groups = [[spans[0]]]
    for before, span in zip(spans, spans[1:]):
        gap = text[before.end:span.open].strip()
        narrative = before.closed and bool(gap) and _post_attribution(" " + gap) is None and (
            gap.endswith(":") or len(gap.split()) >= 3)
        if narrative:
            groups.append([span])
        else:
            groups[-1].append(span)
    return groups


def _last_sentence(fragment: str) -> str:
    parts = SENTENCE_BREAK.split(fragment.strip())
    while len(parts) > 1 and _ends_in_brand(parts[-2]):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]  # "Director of Stop It Now! Scotland says:": no sentence ends at the brand's "!"
    return parts[-1] if parts else ""


def _ends_in_brand(piece: str) -> bool:
    """Whether ``piece`` ends with the "!" of a known body's name ("... of Stop It Now!")."""
    flat = piece.translate(APOSTROPHES)
    return flat.endswith("!") and any(end == len(flat) for _s, end, _n in lexicon().org_spans(flat))


#: A pronoun as the subject of a narrative sentence: "Sadly, she speaks from experience."
_PRONOUN_SUBJECT = re.compile(r"(?:^|[.!?]\s|,)\s*+(?:[Ss]he|[Hh]e)\s++[a-z]")

#: The reporter set off by commas before a speech verb, inside another's clause: "Callers(, Jo Roe) says, open with:".
_ASIDE_BEFORE = re.compile(rf",\s*+(?:{NAME_RUN}|she|he)\s*+$")

#: A definite description after a quote that points back to the person named before it: "says the former teacher".
_EPITHET = re.compile(r"the\s++(?:[\w'\u2019-]++\s++){0,2}?(?P<head>[\w-]++)(?:,|$)")

#: The first person plural of a body speaking: "we expanded our services".
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def _names_body(paragraph: str, name: str) -> bool:
    """Whether a narrative paragraph names the body ``name`` (its data-file name or a fuller spelling)."""
    return name.lower() in paragraph.lower() or any(n == name for _o, _e, n in lexicon().org_spans(paragraph))


def _pre_attribution(pre: str) -> Optional[str]:
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


def _post_attribution(post: str) -> Optional[str]:
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


def _attribution(text: str, para: tuple[int, int], spans: list[QuoteSpan]) -> Optional[str]:
    """The speaker phrase of a paragraph's quotes, or None when it names none."""
    pre = text[para[0]:spans[0].open]
    who = _pre_attribution(pre) if pre.strip() else None
    if who:
        return who
    for k, span in enumerate(spans):
        if not span.closed:
            break
        stop = spans[k + 1].open if k + 1 < len(spans) else para[1]
        who = _post_attribution(text[span.end:stop])
        if who:
            return who
    return None


#: A sentence that gives the role of the person the one before named: "She is the director of the line."
_PRONOUN_COPULA = re.compile(r"(?<=[.!?])\s++(?:She|He|They)\s++(?:is|was|are|were|has\s++been|have\s++been)\s++((?:the|a|an)\s[^,.;:!?\"\u201c\u201d]{2,120})")

def _pronoun_lead(phrase: str) -> bool:
    """Whether a speaker phrase is a pronoun, after any clause before it: "she", "Asked why, she"."""
    return phrase.rsplit(",", 1)[-1].strip() in lexicon().cues["pronouns"]


def _mention(fragment: str, nlp: Any = None) -> Optional[str]:
    """A speaker phrase for the first person a narrative paragraph names."""
    lead = _pre_attribution(fragment.rstrip()) if fragment.rstrip().endswith((":", ",")) else None
    if lead and (not _pronoun_lead(lead) or not fragment[:fragment.rfind(lead)].strip()):
        return lead  # after a sentence that names someone, "She said:" is that person (the names below)
    names: list[tuple[int, int]] = []
    if nlp is not None:  # "UK and Ireland Jo Roe": the country ends the body before the name
        names = [(e.end_char - len(without_country_first(e.text, fragment[:e.start_char])), e.end_char) for e in nlp(fragment).ents if e.label_ == "PERSON"
                 and not _PLACE_BEFORE.search(fragment[:e.start_char])  # "a man from Reading" names a town
                 and not (" " not in e.text and _PLACE_POSSESSIVE.search(fragment[:e.start_char]))
                 and not _whole_body(e.text)  # the model reads "Refuge" as a person
                 and not _in_lead_in(fragment, e.start_char)
                 and e.text[:1].isupper()]  # the model reads "rang twice" as a person: names are capitalised
    if not names:
        m = _regexes()["pseudonym"].search(fragment) or _regexes()["pseudonym_note"].search(fragment)
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
                names.append((m.start(1) + lead, m.end(1) + lead))
        if not names:
            m = re.search(rf"(?<![\w])({NAME_RUN})(?=\s+(?:{_verbs()})\b)", fragment)
            if m and " " in m.group(1):
                names.append((m.end(1) - len(without_country_first(m.group(1), fragment[:m.start(1)])), m.end(1)))
    if not names:
        return None
    start, end = names[0]
    start = _title_start(fragment, start)
    appositive = re.match(r",[^,.]{2,120},", fragment[end:]) or _regexes()["appositive_verb"].match(fragment[end:])
    if appositive:
        end += appositive.end()
    else:
        end += _body_after(fragment[end:]) or closing_title(fragment[end:])  # "..., the director of X."
    copula = re.match(r"\s+(?:is|was|has been)\s+((?:the|a|an)\s+[^,.;]{2,120})", fragment[end:])
    if copula and not appositive:
        return f"{fragment[start:end]}, {copula.group(1)}"
    titled = copula_title(fragment[end:]) if not appositive else None  # "Jo Roe is Outreach Director at X"
    if titled:
        return f"{fragment[start:end]}, {titled}"
    owner = _owner_before(fragment[:start])
    if owner and lexicon().find_org(fragment[start:end]) is None:
        return f"{fragment[start:end]}, of {owner}"  # "For Dardi Munwurro's Alan Thorpe, ..."
    return fragment[start:end]


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


def _someone_before(pre: str, pronoun: Optional[str] = None) -> Optional[Speaker]:
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


def _pronoun_of(who: Optional[str]) -> Optional[str]:
    """The pronoun an attribution opens with, as ``pronouns`` of ``speaker_cues.json`` reads it ("She added" -> "she")."""
    words = (who or "").split()
    return lexicon().cues["pronouns"].get(words[0]) if words else None


def _as_the_body(words: str, speaker: Optional[Speaker]) -> bool:
    """Whether quoted words speak as the body the resolved speaker holds a post in: its official
    saying "we" or "our" ('Helpline manager Jo Roe ... "We stayed on the line," she said'), or
    words doing the work of their body (:func:`speaks_for`)."""
    if speaker is None or not (speaker.official or speaker.org or speaker.title or speaker.role):
        return False
    return _FIRST_PLURAL.search(words) is not None or bool(speaker.org and speaks_for(words, speaker.org))



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


def _title_start(fragment: str, name_start: int) -> int:
    """Where a speaker phrase begins: the name, or the title written before it.

    "Director of the line, Jane Roe" and "Helpline director Jane Roe" keep
    their titles; a clause before the name ("Speaking to the Post,", "Each
    year 300 people call, but", "Some calls saved lives, said") is left out.
    """
    stops = [m.end() for m in _sentence_stop().finditer(fragment, 0, name_start)]
    sentence = stops[-1] if stops else 0  # "according to director Dr. Jo Roe": no sentence ends at "Dr."
    start = name_start
    for piece in reversed(list(re.finditer(r"[^,;:]+,?\s*", fragment[sentence:name_start]))):
        words = piece.group().strip(" ,")
        if not words or _regexes()["clause_end"].search(words) or not is_title(words):
            break
        start = sentence + piece.start()
    return start


def _resolve(who: Optional[str], book: NameBook, nlp: Any, fallback: Optional[str], orgs: tuple[list[str], list[str]],
             told: dict[str, str]) -> Optional[Speaker]:
    """The speaker of an attribution; ``orgs`` are the bodies named before the quote and from it on,
    ``told`` the body the text last called by each kind word."""
    orgs, later = orgs
    epithet = _EPITHET.match(who) if who and fallback else None
    if epithet and not is_title(who.split(",")[0]) and epithet.group("head").lower() not in lexicon().cues["anaphors"] \
            and lexicon().find_org(who) is None and not _regexes()["new_person"].fullmatch(who.split(",")[0].strip()):
        near = parse_speaker(fallback, nlp=nlp, context_orgs=orgs, told=told)
        if near is not None and near.kind == "named":
            who = fallback  # '"...," says the former teacher': the person named just before
    speaker = parse_speaker(who, nlp=nlp, context_orgs=orgs, told=told) if who else None
    if speaker and speaker.kind == "pronoun" and fallback:
        near = parse_speaker(fallback, nlp=nlp, context_orgs=orgs, told=told)
        if near and near.kind == "named":
            book.learn(book.resolve(near))
            book.last = book.resolve(near)
    if speaker is None:
        return None
    speaker = book.resolve(speaker)
    person = speaker.kind == "named" or (speaker.kind == "pronoun" and bool(speaker.name))
    if person and not speaker.org:
        force = force_for_rank(speaker, orgs, later)
        if force:
            speaker = replace(speaker, org=force, official=True)
    if person and not speaker.org:
        government = government_for_office(speaker, orgs, later)
        if government:
            speaker = replace(speaker, org=government, official=True)
    if person and not speaker.org:
        charity = charity_for_role(replace(speaker, kind="named"), orgs, later)
        if charity:
            speaker = replace(speaker, org=charity, official=True)
    if person and not speaker.org:
        body = body_for_role(replace(speaker, kind="named"), orgs, later, book.people)
        if body:
            speaker = replace(speaker, org=body, official=True)
    if speaker.kind == "anonymous" and not speaker.org:
        charity = charity_for_role(replace(speaker, kind="named"), orgs, later)
        if charity:  # '"...," said a spokeswoman': the charity the story is about
            speaker = replace(speaker, org=charity, official=True)
    if speaker.kind == "named":
        speaker = book.learn(speaker)
    return speaker


def _later_turns(text: str, para: tuple[int, int], index: int, groups: list[list[QuoteSpan]], turn: Turn,
                 resolve: Callable[[Optional[str]], Optional[Speaker]]) -> list[Turn]:
    """A turn for each group of a paragraph's spans after the first: the speaker its own
    attribution names ('Or: "..."' names none), else the speaker of the turn before."""
    out: list[Turn] = []
    for k, (before, group) in enumerate(zip(groups, groups[1:]), 2):
        stop = groups[k][0].open if k < len(groups) else para[1]  # its own stretch: linear in the paragraph
        who = _attribution(text, (before[-1].end, stop), group)
        speaker = resolve(who) if who else None
        kind = "pronoun" if speaker and speaker.kind == "pronoun" else "explicit"
        if speaker is None:
            speaker, kind = turn.speaker, "continuation"
        turn = Turn(speaker, kind)
        turn.add(index, group)
        out.append(turn)
    return out


def _learn(paragraph: str, book: NameBook, nlp: Any, orgs: list[str], told: dict[str, str]) -> None:
    """Remember the person a narrative paragraph introduces, for later surnames."""
    phrase = _mention(paragraph, nlp)
    later = _PRONOUN_COPULA.search(paragraph, paragraph.find(phrase) + len(phrase)) if phrase else None
    if later is not None:
        phrase = f"{phrase.rstrip(' ,')}, {later.group(1)}"  # "Jo Roe ... . She is the director of the line."
    speaker = parse_speaker(phrase, nlp=nlp, context_orgs=orgs, told=told) if phrase else None
    if speaker is not None and speaker.kind == "named" and speaker.name and " " in speaker.name:
        known = book.learn(book.resolve(speaker))
        if re.search(rf"\b(?:{_verbs()})\b", paragraph[paragraph.find(phrase) + len(phrase):]):
            book.last = known  # reported speech ("Jane Roe said demand grew"): a later "she said" is hers
    body = _reporting_body(paragraph, nlp, orgs, told, book)
    if body is not None:
        book.last = body  # "The Department of Health said its strategy...": the quote after is the body's
        book.hold(body)  # "The manager of X says ...": the person the story names next may hold the role


def _reporting_body(paragraph: str, nlp: Any, orgs: list[str], told: dict[str, str],
                    book: Optional[NameBook] = None) -> Optional[Speaker]:
    """The unnamed speaker of reported speech that opens a paragraph: a body ("The Department
    said its...") or a role with a body ("A council spokeswoman said that..."), else None."""
    m = _regexes()["reported_subject"].match(paragraph)
    if m is None:
        return None
    speaker = parse_speaker(m.group("who"), nlp=nlp, context_orgs=orgs, told=told)
    if speaker is not None and speaker.kind == "anonymous" and book is not None:
        speaker = book.resolve(speaker)  # "The spokesperson said ...": the one met before
    return speaker if speaker is not None and speaker.kind in UNNAMED and speaker.org else None


def _fold(name: str) -> str:
    return re.sub(r"\W+", "", name.translate(APOSTROPHES)).lower()


def _spellings(text: str) -> dict[str, str]:
    """Each known body's name as the article spells it, when that is a fuller spelling of the
    same name ("Stop it Now! Scotland" for "Stop It Now Scotland", the brand's "!" kept); a
    different name ("NPCC", "Met Police") or a plainer spelling keeps the canonical one."""
    out: dict[str, str] = {}
    flat = text.translate(APOSTROPHES)
    spelled: dict[str, set[str]] = {}
    for start, end, name in lexicon().org_spans(flat):
        if name not in out and _fold(flat[start:end]) == _fold(name) and end - start > len(name):
            out[name] = flat[start:end]
        spelled.setdefault(name, set()).add(flat[start:end])
    for name, forms in spelled.items():
        if name not in out:
            own = _own_spelling(name, forms)
            if own:
                out[name] = own
    return out


def _own_spelling(name: str, forms: set[str]) -> Optional[str]:
    """The one other name of the same body an article uses throughout ("Lancashire Police" for
    Lancashire Constabulary, "Lifeline Aotearoa" for LifeLine New Zealand): several words, the
    canonical name's first word, no role ("Home Secretary"), not the canonical name cut short
    ("Stop It Now"); None when the article also writes the canonical name."""
    folded = {_fold(f) for f in forms}
    if _fold(name) in folded or len(folded) != 1:
        return None
    form = max(forms, key=lambda f: (len(f), sum(c.isupper() for c in f), f))  # a set: never its order
    words = form.split()
    if len(words) < 2 or words[0].lower() != name.split()[0].lower() or _fold(name).startswith(_fold(form)) \
            or _fold(form).startswith(_fold(name)):  # "Stop it Now helpline": the name and a kind word
        return None
    if any(w.lower() in single_roles() for w in words) or form.isupper():
        return None
    return form


#: Speakers given no name (ANNOTATION.md: ``speaker`` is null when unnamed): "a friend
#: replied:", "A Home Office spokesperson said:", "The charity said:". Title, role and org stay.
UNNAMED = ("anonymous", "org")


def _quote(n: int, text: str, turn: Turn, spellings: dict[str, str]) -> Quote:
    lines = []
    for spans in turn.parts:
        pieces = [text[s.inner[0]:s.inner[1]].strip() for s in spans]
        lines.append(" ".join(p for p in pieces if p).rstrip(","))
    sp = turn.speaker
    return Quote(
        id=f"q{n}", speaker=sp.name if sp and sp.kind not in UNNAMED else None, text="\n".join(lines),
        start=turn.parts[0][0].inner[0], end=turn.parts[-1][-1].inner[1],
        title=sp.title if sp and sp.name else None,
        role=sp.role if sp else None, org=spellings.get(sp.org, sp.org) if sp and sp.org else None,
        official=bool(sp and sp.official), attribution=turn.attribution, paragraphs=len(turn.parts),
    )


def extract_quotes(text: str, *, nlp: Optional[Callable[[str], Any]] = None) -> list[Quote]:
    """The quotes of an article, one per speaker turn, with ids ``q1``, ``q2``... in text order.

    ``nlp``, when given, is anything that turns a text into an object with
    ``.ents`` (a spaCy pipeline, or ``pipeline.nlp.Entities``, the batched
    NER-only view ``extract`` passes); it is run only on the phrases and
    paragraphs that attribute quotes, to find names the capitalised word rules miss.  A paragraph that cannot be read is skipped and logged.
    """
    if not text:
        return []
    book = NameBook()
    turns: list[Turn] = []
    current: Optional[Turn] = None
    previous_narrative: Optional[str] = None
    known = sorted(set(lexicon().find_headline_orgs(text) + lexicon().find_orgs(text)))
    mentioned = sorted(known + [(o, n) for o, n in lexicon().find_named_orgs(text)
                                if not any(k <= o < k + len(name) + 1 for k, name in known)])
    offsets, names = [o for o, _ in mentioned], [n for _, n in mentioned]
    kinds_told = told_kinds(text)
    paragraphs = quotes_by_paragraph(text)
    # the model reads a narrative paragraph only when a quote follows within two paragraphs
    near_quote = {i - k for i, (_, spans) in enumerate(paragraphs) if spans for k in (1, 2)}
    for index, (para, spans) in enumerate(paragraphs):
        try:
            split = bisect.bisect_left(offsets, para[0])
            orgs, later = names[:split], names[split:]
            told = {word: name for offset, word, name in kinds_told if offset < para[1]}
            speech = _speech_spans(text, para, spans)
            if not speech and _left_open(current, index):
                last = unopened_close(text, *para)
                if last is not None:  # the turn's last paragraph, its opening mark left out
                    current.add(index, [last])
                    continue
            furniture = _crosshead(text[para[0]:para[1]]) or (
                current is not None and current.last_paragraph == index - 1 and _signpost(text[para[0]:para[1]]))
            if not speech and furniture:
                if current is not None and current.last_paragraph == index - 1:
                    current.last_paragraph = index  # a crosshead or "Hide Ad" inside a turn does not end it
                continue
            signed = _signed_by(text, para, paragraphs[index + 1][0]) if not speech and index + 1 < len(paragraphs) else None
            if signed is not None:  # a statement printed without marks, its signature line after it
                speaker = _resolve(signed, book, nlp, None, (orgs, later), told)
                current = Turn(speaker, "explicit")
                current.add(index, [QuoteSpan(open=para[0] - 1, close=para[1], closed=False)])
                turns.append(current)
                current = None
                continue
            if not speech:
                previous_narrative = text[para[0]:para[1]]
                _learn(previous_narrative, book, nlp if index in near_quote else None, orgs, told)
                current = None
                continue
            groups = _groups(text, speech)
            speech = groups[0]

            def rest(turn: Turn) -> Turn:
                """The paragraph's later turns after ``turn``, its first; the last of them."""
                resolve = lambda who: _resolve(who, book, nlp, None, (orgs, later), told)  # noqa: E731
                more = _later_turns(text, para, index, groups, turn, resolve)
                turns.extend(more)
                return more[-1] if more else turn

            who = _attribution(text, para, speech)
            opens = speech[0].open == para[0]
            if who is None and opens and current is not None and current.last_paragraph == index - 1:
                if _narrative_after(text, paragraphs[index - 1][0], current):
                    current = Turn(current.speaker, "continuation")  # narrative closed the turn: a new one, same speaker
                    current.add(index, speech)
                    turns.append(current)
                    current = rest(current)
                    continue
                current.add(index, speech)
                current = rest(current)
                continue
            pre = text[para[0]:speech[0].open]
            if who is not None:
                named_before = names[:bisect.bisect_left(offsets, speech[0].open)]
                for sentence in SENTENCE_BREAK.split(pre.strip()):
                    _learn(sentence, book, None, named_before, told)  # "Jo Roe, who runs the line, said calls rose. 'Quote,' Ms Roe said."
                near = own = _mention(pre, nlp) if pre.strip() else None
                if (near is None or "," in near and _pronoun_lead(near)) and previous_narrative:
                    near = _mention(previous_narrative, nlp) or near  # "Asked why, she said:" after the paragraph naming her
                speaker = _resolve(who, book, nlp, near, (orgs, later), told)
                pronoun = speaker is not None and speaker.kind == "pronoun"
                if pronoun and own is None:
                    words = " ".join(text[s.inner[0]:s.inner[1]] for s in speech)
                    if not _as_the_body(words, speaker):
                        speaker = _someone_before(pre, _pronoun_of(who)) or speaker  # 'A man called the line. "...," he told the adviser.'
                if opens and _left_open(current, index) and _same_person(speaker, current.speaker):
                    current.add(index, speech)  # '"...," said Roe.' inside the turn Roe's quote left open
                    current = rest(current)
                    continue
                if opens and _left_open(current, index) and not current.told and len(current.parts) == 1 \
                        and speaker is not None and speaker.kind == "named":
                    current.speaker, current.told = speaker, True  # '"We answer every call. / "...," said Roe.': one turn, Roe's
                    current.add(index, speech)
                    book.last = speaker
                    current = rest(current)
                    continue
                kind = "pronoun" if pronoun else "explicit"
                if speaker is None and not opens:
                    previous_narrative = text[para[0]:para[1]]
                    continue
            else:
                context = _mention(pre, nlp) if pre.strip() else None
                if context is None and pre.strip():
                    context = _reported_by(pre, book)  # "Roe says the rise is real. "..."", "the charity says that ... "...""
                if context is None and previous_narrative:
                    context = _mention(previous_narrative, nlp)
                speaker = _resolve(context, book, nlp, None, (orgs, later), told) if context else None
                kind = "explicit"
                introduced = bool(previous_narrative) and previous_narrative.rstrip().endswith(":")
                if speaker is None and book.last is not None and opens and not introduced:
                    speaker, kind = book.last, "continuation"
                if speaker is None and book.last is not None and _PRONOUN_SUBJECT.search(pre):
                    speaker, kind = book.last, "pronoun"  # 'Sadly, she speaks from experience. "I tried..."'
                if speaker is None and opens and not introduced and orgs and previous_narrative \
                        and _FIRST_PLURAL.search(text[speech[0].inner[0]:speech[0].inner[1]]) \
                        and _names_body(previous_narrative, orgs[-1]):
                    speaker = Speaker(name=orgs[-1], kind="org", org=orgs[-1], official=True)  # the body speaks: "we", "our"
                if speaker is None and not opens:
                    previous_narrative = text[para[0]:para[1]]
                    continue
            current = Turn(speaker, kind, told=who is not None)
            current.add(index, speech)
            turns.append(current)
            if speaker is not None:
                book.learn_unnamed(speaker)
            current = rest(current)
            if speaker is not None and speaker.name and speaker.kind in ("named", "pronoun"):
                book.last = speaker
            previous_narrative = None
        except Exception as exc:  # one bad paragraph never loses the article
            log.warning("quotes: paragraph %d skipped: %s", index, exc)
            current = None
    _voice_of_the_body(text, turns, main_body(names))
    spellings = _spellings(text)
    spellings.update(_initials_spelled_out(text, turns))
    return [_quote(n, text, turn, spellings) for n, turn in enumerate(turns, 1)]


def _voice_of_the_body(text: str, turns: list[Turn], body: Optional[str]) -> None:
    """Give every turn of a person named with no title, role or body the article's main body when
    one of their turns speaks for it ("Jo Roe said: 'Our volunteers answer every call'")."""
    if body is None:
        return
    bare = [t for t in turns if t.speaker is not None and t.speaker.kind in ("named", "pronoun") and t.speaker.name
            and not (t.speaker.title or t.speaker.role or t.speaker.org or t.speaker.official)]
    voices = {t.speaker.name for t in bare
              if speaks_for(" ".join(text[s.inner[0]:s.inner[1]] for spans in t.parts for s in spans), body)}
    for turn in bare:
        if turn.speaker.name in voices:
            turn.speaker = replace(turn.speaker, org=body, official=True)


def _initials_spelled_out(text: str, turns: list[Turn]) -> dict[str, str]:
    """Each body the speakers name by initials the data file does not know, spelled out as the
    article names it ("SOS" -> "Samaritans of Singapore")."""
    out: dict[str, str] = {}
    for turn in turns:
        org = turn.speaker.org if turn.speaker else None
        if org and org not in out and org not in lexicon().org_kinds and INITIALS.fullmatch(org):
            full = spelled_out(org, text)
            if full:
                out[org] = full
    return out

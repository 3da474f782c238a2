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
speech. Who an attribution names, read from the words around a quote, is
:mod:`pipeline.extract.attribution`'s; this module pairs quotes into turns and
resolves each turn's speaker.
"""
from __future__ import annotations

import bisect
import itertools
import logging
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Callable, Optional

from pipeline.extract.acronyms import INITIALS, spelled_out
from pipeline.extract.attribution import (
    EPITHET,
    FIRST_PLURAL,
    PRONOUN_COPULA,
    PRONOUN_SUBJECT,
    SENTENCE_BREAK,
    as_the_body,
    find_attribution,
    mention,
    names_body,
    post_attribution,
    pronoun_lead,
    pronoun_of,
    someone_before,
)
from pipeline.extract.body_in_quote import body_in_own_words
from pipeline.extract.body_views import Bodies
from pipeline.extract.bracketed_bodies import bracketed_bodies
from pipeline.extract.described_bodies import described_bodies
from pipeline.extract.held_roles import held_role
from pipeline.extract.kind_references import Indefinite, ToldKinds, indefinite_kinds
from pipeline.extract.role_before import role_before
from pipeline.extract.subject_bodies import subject_bodies
from pipeline.extract.line_names import lower_case_lines
from pipeline.extract.whole_words import word_at
from pipeline.extract.organisations import single_roles
from pipeline.extract.quotemarks import (
    DOUBLE,
    QUOTE_MARKS,
    SINGLE,
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
    find_name,
    force_for_rank,
    government_for_office,
    is_title,
    lexicon,
    parse_speaker,
    told_kinds,
)
from pipeline.extract.speakers_voice import main_body, speaks_for
from pipeline.extract.speech import (
    speech_patterns as _regexes,
    speech_spans as _speech_spans,
    verb_alternation as _verbs,
)
from pipeline.records import Quote
from pipeline.wordlists import alternation

log = logging.getLogger(__name__)


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


#: A body named as a line: the name a speaker gives callers in their own words is not their body.
_LINE_NAME = re.compile(r"\b(?:help\s?line|hotline|line|lifeline)$", re.I)


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
    if post_attribution(" " + sentences[0]) is not None:  # '"...," said Jo. She runs the line.': more after the attribution
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
        narrative = before.closed and bool(gap) and post_attribution(" " + gap) is None and (
            gap.endswith(":") or len(gap.split()) >= 3)
        if narrative or _new_introduction(text, spans[0], before, gap):
            groups.append([span])
        else:
            groups[-1].append(span)
    return groups



def _new_introduction(text: str, first: QuoteSpan, before: QuoteSpan, gap: str) -> bool:
    """Whether the words between two quotes of a paragraph are a new sentence that introduces the
    next one ('Jo Roe said: "It was hard." She added: "We kept going."'): they open with a capital
    after a quote closed on a sentence stop, end in a colon, and the paragraph's first quote has an
    attribution of its own before it. ANNOTATION.md decision 9: "She added:" ends a turn."""
    if not (before.closed and gap.endswith(":") and gap[:1].isupper()):
        return False
    inner = text[before.inner[0]:before.inner[1]].rstrip()
    lead = text[text.rfind("\n", 0, first.open) + 1:first.open].strip()
    return inner.endswith((".", "!", "?")) and lead.endswith((":", ","))


def _resolve(who: Optional[str], book: NameBook, nlp: Any, fallback: Optional[str], orgs: tuple[list[str], list[str]],
             told: dict[str, str]) -> Optional[Speaker]:
    """The speaker of an attribution; ``orgs`` are the bodies named before the quote and from it on,
    ``told`` the body the text last called by each kind word."""
    orgs, later = orgs
    epithet = EPITHET.match(who) if who and fallback else None
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
        who = find_attribution(text, (before[-1].end, stop), group)
        speaker = resolve(who) if who else None
        kind = "pronoun" if speaker and speaker.kind == "pronoun" else "explicit"
        if speaker is None:
            speaker, kind = turn.speaker, "continuation"
        turn = Turn(speaker, kind)
        turn.add(index, group)
        out.append(turn)
    return out


#: A one-word name in single quote marks, as papers print a pseudonym: "spokesman 'Mick' said".
_QUOTED_NAME = re.compile(r"(?<![\w'\u2018\u2019])['\u2018](?P<name>[A-Z][a-z]++)['\u2019](?![\w'\u2019])")


def _unquoted_names(paragraph: str) -> str:
    """The paragraph with the quote marks around one-word names left out ("spokesman Mick said")."""
    return _QUOTED_NAME.sub(lambda m: m.group("name"), paragraph)


#: Reported speech opened by its source: "According to Jo Roe, director of the line, ...".
_ACCORDING = re.compile(r"(?i:according)\s++to\s")


def _learn(paragraph: str, book: NameBook, nlp: Any, orgs: list[str], told: dict[str, str], held: Optional[str] = None) -> None:
    """Remember the person a narrative paragraph introduces, for later surnames; ``held`` is a role
    the paragraph before ended on with no name (:mod:`held_roles`), theirs when they have none. A
    one-word name the paper sets in quote marks (a pseudonym: "spokesman 'Mick'") is learned with
    its role too, so a later "Mick said" has it."""
    paragraph_as_printed = paragraph
    paragraph = _unquoted_names(paragraph)  # "But spokesman 'Mick' said ...": the marks are the paper's, not a quote
    phrase = mention(paragraph, nlp)
    later = PRONOUN_COPULA.search(paragraph, paragraph.find(phrase) + len(phrase)) if phrase else None
    if later is not None:
        phrase = f"{phrase.rstrip(' ,')}, {later.group(1)}"  # "Jo Roe ... . She is the director of the line."
    speaker = parse_speaker(phrase, nlp=nlp, context_orgs=orgs, told=told) if phrase else None
    bare = speaker is not None and speaker.kind == "named" and bool(speaker.name) and paragraph.lstrip().startswith(speaker.name)
    if held and bare and not (speaker.title or speaker.role or speaker.org or speaker.official):  # "Caller Jo Roe" has a word of her own
        speaker = parse_speaker(f"{phrase.rstrip(' ,')}, {held}", nlp=nlp, context_orgs=orgs, told=told) or speaker
    described = speaker is not None and bool(speaker.title or speaker.role) and _QUOTED_NAME.search(paragraph_as_printed or "")
    if speaker is not None and speaker.kind == "named" and speaker.name and (" " in speaker.name or described):
        known = book.learn(book.resolve(speaker))
        if re.search(rf"\b(?:{_verbs()})\b", paragraph[paragraph.find(phrase) + len(phrase):]) or _ACCORDING.match(phrase):
            book.last = known  # reported speech ("Jane Roe said demand grew", "According to Jane Roe, ..."): a later "she said" is hers
        elif paragraph.lstrip().startswith(phrase) and book.last is None and speaker.official and speaker.title:
            book.last = known  # "Det Sgt Ben Ash of X welcomed the figures. / He said:": the paragraph's subject, no one before
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


def _inside(known: list[tuple[int, str]]) -> Callable[[int], bool]:
    """A test of whether an offset falls inside (or right after) one of the ``known`` bodies, by a
    bisection over their starts and the furthest end reached so far (``known`` is sorted)."""
    starts = [k for k, _ in known]
    reach = list(itertools.accumulate((k + len(name) + 1 for k, name in known), max))
    return lambda o: (i := bisect.bisect_right(starts, o)) > 0 and reach[i - 1] > o


def _quoted_lines(offsets: list[int], line_names: list[int], speech: list[QuoteSpan], split: int) -> set[int]:
    """The positions in ``offsets`` (``split`` on) of the lines (``line_names``: their sorted positions)
    named inside a paragraph's own quotes, found by bisection."""
    out: set[int] = set()
    for q in speech:
        lo, hi = bisect.bisect_left(offsets, q.open), bisect.bisect_left(offsets, q.close)
        out.update(line_names[bisect.bisect_left(line_names, max(lo, split)):bisect.bisect_left(line_names, hi)])
    return out


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
    held_back: Optional[tuple[int, str]] = None  # a role a narrative paragraph ended on, with no name, and where
    known = sorted(set(lexicon().find_headline_orgs(text) + lexicon().find_orgs(text)))
    known, lines = _with_lower_case_lines(text, known)
    inside_known = _inside(known)
    mentioned = sorted(known + [(o, n) for o, n in lexicon().find_named_orgs(text) + lines if not inside_known(o)])
    offsets, names = [o for o, _ in mentioned], [n for _, n in mentioned]
    line_names = [i for i, name in enumerate(names) if _LINE_NAME.search(name)]
    kinds_told = told_kinds(text)
    told_so_far: dict[str, str] = {}  # the kind words told before the paragraph's end (kinds_told is in text order)
    told_seen = 0
    fresh = indefinite_kinds(text, offsets, names)  # "Harbour Trust now runs a crisis centre": a body told since
    fresh_so_far: dict[str, Indefinite] = {}
    fresh_seen = 0
    paragraphs = quotes_by_paragraph(text)
    # the model reads a narrative paragraph only when a quote follows within two paragraphs
    near_quote = {i - k for i, (_, spans) in enumerate(paragraphs) if spans for k in (1, 2)}
    for index, (para, spans) in enumerate(paragraphs):
        try:
            split = bisect.bisect_left(offsets, para[0])
            orgs = Bodies(names, 0, split)
            while told_seen < len(kinds_told) and kinds_told[told_seen][0] < para[1]:
                told_so_far[kinds_told[told_seen][1]] = kinds_told[told_seen][2]
                told_seen += 1
            while fresh_seen < len(fresh) and fresh[fresh_seen].offset < para[1]:
                fresh_so_far[fresh[fresh_seen].kind] = fresh[fresh_seen]
                fresh_seen += 1
            told = ToldKinds(told_so_far, fresh_so_far)
            speech = _speech_spans(text, para, spans)
            # a line a speaker names inside their own words ('"Ring the Rowan line," she said') is one they
            # point callers to, not the body they speak for ('"Police Scotland is determined ..."' still is)
            later = Bodies(names, split, len(names), _quoted_lines(offsets, line_names, speech, split))
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
                # "Calls to the Harbour Line rose, its manager Jo Roe said.": the paragraph's own bodies count too
                within = Bodies(names, 0, bisect.bisect_left(offsets, para[1]))
                held = held_back[1] if held_back is not None and held_back[0] == index - 1 else None
                _learn(previous_narrative, book, nlp if index in near_quote else None, within, told, held)
                role = held_role(previous_narrative)  # "..., its director has said. / Jo Roe said ...": the next paragraph's person
                held_back = (index, role) if role and mention(previous_narrative) is None else None
                _learn_described(previous_narrative, book, nlp if index in near_quote else None, within, told)
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

            who = find_attribution(text, para, speech)
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
                named_before = Bodies(names, 0, bisect.bisect_left(offsets, speech[0].open))
                for sentence in SENTENCE_BREAK.split(pre.strip()):
                    _learn(sentence, book, None, named_before, told)  # "Jo Roe, who runs the line, said calls rose. 'Quote,' Ms Roe said."
                near = own = mention(pre, nlp) if pre.strip() else None
                if (near is None or "," in near and pronoun_lead(near)) and previous_narrative:
                    near = mention(previous_narrative, nlp) or near  # "Asked why, she said:" after the paragraph naming her
                speaker = _resolve(who, book, nlp, near, (named_before, later), told)  # bodies named before the quote in its paragraph too
                if speaker is not None and previous_narrative:
                    speaker = _role_held_back(speaker, previous_narrative, nlp, named_before, told)  # "A volunteer at X has won ... / Sue Hart said:"
                pronoun = speaker is not None and speaker.kind == "pronoun"
                if pronoun and own is None:
                    words = " ".join(text[s.inner[0]:s.inner[1]] for s in speech)
                    if not as_the_body(words, speaker):
                        speaker = someone_before(pre, pronoun_of(who)) or speaker  # 'A man called the line. "...," he told the adviser.'
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
                context = mention(pre, nlp) if pre.strip() else None
                if context is None and pre.strip():
                    context = _reported_by(pre, book)  # "Roe says the rise is real. "..."", "the charity says that ... "...""
                if context is None and previous_narrative:
                    context = mention(previous_narrative, nlp)
                speaker = _resolve(context, book, nlp, None, (orgs, later), told) if context else None
                kind = "explicit"
                introduced = bool(previous_narrative) and previous_narrative.rstrip().endswith(":")
                if speaker is None and book.last is not None and opens and not introduced:
                    speaker, kind = book.last, "continuation"
                if speaker is None and book.last is not None and PRONOUN_SUBJECT.search(pre):
                    speaker, kind = book.last, "pronoun"  # 'Sadly, she speaks from experience. "I tried..."'
                if speaker is None and opens and not introduced and orgs and previous_narrative \
                        and FIRST_PLURAL.search(text[speech[0].inner[0]:speech[0].inner[1]]) \
                        and names_body(previous_narrative, orgs[-1]):
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
            _learn_after(text, (speech[-1].close + 1, para[1]), book, nlp, names[:bisect.bisect_left(offsets, para[1])], told)
            previous_narrative = None
        except Exception as exc:  # one bad paragraph never loses the article
            log.warning("quotes: paragraph %d skipped: %s", index, exc)
            current = None
    _described_later(turns, book)
    _bodies_of_continued(turns, offsets, names, book)
    _voice_of_the_body(text, turns, main_body(names))
    _own_body(text, turns)
    spellings = _spellings(text)
    spellings.update(_initials_spelled_out(text, turns))
    return [_quote(n, text, turn, spellings) for n, turn in enumerate(turns, 1)]


def _learn_after(text: str, tail: tuple[int, int], book: NameBook, nlp: Any, orgs: list[str], told: dict[str, str]) -> None:
    """Remember who the sentences after a quote paragraph's attribution describe: '"...," said Jo
    Roe. Roe is the director of the Harbour Trust.' The sentence holding the attribution is left
    to it; a later sentence that names someone with a title is learned, and changes no one's turn."""
    for sentence in SENTENCE_BREAK.split(text[tail[0]:tail[1]].strip())[1:]:
        if not re.search(f"[{DOUBLE}]|(?<![\\w])[{SINGLE}]", sentence):  # a possessive's apostrophe is no quote mark
            _learn_described(sentence, book, nlp, orgs, told)


def _full_names(fragment: str, book: NameBook) -> str:
    """The fragment with the first surname of a person met before written in full ("Roe, who
    founded ..." -> "Jo Roe, who founded ..."), so that a surname alone is read as a name."""
    for known in reversed(book.people):
        toks = known.name.split() if known.name else []
        if len(toks) < 2:
            continue
        start = word_at(fragment, toks[-1])
        if start is not None and not fragment[:start].rstrip().endswith(toks[-2]):
            return fragment[:start] + known.name + fragment[start + len(toks[-1]):]
    return fragment


def _learn_described(fragment: str, book: NameBook, nlp: Any, orgs: list[str], told: dict[str, str]) -> None:
    """Remember the title and body a narrative fragment gives a person met before by a surname
    alone ("Roe, who founded the Harbour Trust in 2001, ..."); book.last stays as it is."""
    phrase = mention(_full_names(fragment, book), nlp)
    speaker = parse_speaker(phrase, nlp=nlp, context_orgs=orgs, told=told) if phrase else None
    if speaker is None or speaker.kind != "named" or not speaker.name or not (speaker.org or speaker.official):
        return
    known = book.resolve(speaker)
    if known.name and " " in known.name and any(_same_name(known.name, p.name) for p in book.people if p.name):
        book.people.append(known)


def _described_later(turns: list[Turn], book: NameBook) -> None:
    """Give a named speaker quoted with no role or body the description the story gives them later
    ('"...," said Jo Roe.' ... 'Roe is the director of the Harbour Trust.'): the first person of that
    name in the book with a body, or with a title that makes them an official. A rank or honorific
    alone ("Dr") is no description and stays the title."""
    for turn in turns:
        who = turn.speaker
        if who is None or who.kind not in ("named", "pronoun") or not who.name or who.role or who.org \
                or (who.official and not who.title):
            continue
        known = next((p for p in book.people if _same_name(p.name, who.name) and (p.org or p.official) and (p.org or p.role)), None)
        if known is not None:
            turn.speaker = replace(who, name=known.name, title=who.title or known.title, role=known.role, org=known.org,
                                   official=known.official or who.official)


def _bodies_of_continued(turns: list[Turn], offsets: list[int], names: list[str], book: NameBook) -> None:
    """Give a person whose turn no attribution of its own names (a quote paragraph after reported
    speech: 'Chief executive Jo Roe said demand grew. / "..."') the body a role with none gets in an
    attributed turn (:func:`_resolve`): a ranked officer's force, a minister's government, a
    charity's own role's charity, the body of colleagues with such a role."""
    for turn in turns:
        who = turn.speaker
        if turn.attribution != "continuation" or who is None or who.kind not in ("named", "pronoun") or not who.name \
                or who.org:
            continue
        split = bisect.bisect_left(offsets, turn.parts[0][0].open)
        before, after = names[:split], names[split:]
        person = replace(who, kind="named")
        body = force_for_rank(person, before, after) or government_for_office(person, before, after) \
            or charity_for_role(person, before, after) or body_for_role(person, before, after, book.people)
        if body:
            turn.speaker = replace(who, org=body, official=True)


def _role_held_back(speaker: Speaker, narrative: str, nlp: Any, orgs: list[str], told: dict[str, str]) -> Speaker:
    """A named speaker with no description of their own takes the role and body of the unnamed
    official the narrative paragraph just before is about (:mod:`role_before`), when that
    paragraph names no person."""
    if speaker.kind != "named" or not speaker.name or speaker.title or speaker.role or speaker.org or speaker.official:
        return speaker
    subject = role_before(narrative)
    if subject and mention(narrative, nlp) is not None:
        return speaker  # the paragraph names a person of its own: the role is theirs
    described = parse_speaker(f"{speaker.name}, {subject}", nlp=nlp, context_orgs=orgs, told=told) if subject else None
    if described is None or described.kind != "named" or not described.org:
        return speaker
    org = next((o for o in reversed(orgs) if o.startswith(described.org + " ")), described.org)  # "Lantern" of "the Lantern line"
    return replace(speaker, title=described.title, role=described.role, org=org, official=True)


def _same_name(full: Optional[str], said: str) -> bool:
    """Whether a name in the book is the speaker's: the same name, or the speaker's one word its
    surname ('"...," Roe told WXYZ. Amy Roe is the clinical director of ...')."""
    return bool(full) and (full == said or " " not in said and " " in full and full.split()[-1] == said)


def _with_lower_case_lines(text: str, known: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The known bodies, and the lines named with a lower-case line word ("the Oakdale line") and the
    bodies described by a kind word beside their name (:mod:`described_bodies`). A
    known name matched in lower case inside such a line's name describes it ("the Harbourline
    gambling helpline" is no mention of the Gambling Helpline) and is dropped."""
    lines = lower_case_lines(text)
    inside = {o for o, _ in known if text[o:o + 1].islower() and any(s < o < s + len(n) for s, n in lines)}
    shaped = {o for o, _ in lexicon().find_named_orgs(text)}
    lines += [(o, n) for o, n in described_bodies(text) if o not in shaped]  # "Parents Protect, a prevention charity"
    taken = {o for o, _ in lines} | {o for o, _ in known}
    lines += [(o, n) for o, n in subject_bodies(text) if o not in shaped and o not in taken]  # "One in Four supported 800 people"
    taken |= {o for o, _ in lines}
    lines += [(o, n) for o, n in bracketed_bodies(text) if o not in shaped and o not in taken]  # "The SA Depression ... Group (Sadag)"
    return [k for k in known if k[0] not in inside], sorted(lines)


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


def _own_body(text: str, turns: list[Turn]) -> None:
    """Give a named speaker with no body the body their own words name as theirs ("At Safe Haven
    we see 40 families a year": :mod:`body_in_quote`), every turn of theirs."""
    bare = [t for t in turns if t.speaker is not None and t.speaker.kind in ("named", "pronoun") and t.speaker.name
            and not t.speaker.org]
    bodies: dict[str, str] = {}
    for turn in bare:
        if turn.speaker.name not in bodies:
            body = body_in_own_words(" ".join(text[s.inner[0]:s.inner[1]] for spans in turn.parts for s in spans))
            if body is not None:
                bodies[turn.speaker.name] = body
    for turn in bare:
        if turn.speaker.name in bodies:
            turn.speaker = replace(turn.speaker, org=bodies[turn.speaker.name], official=True)


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

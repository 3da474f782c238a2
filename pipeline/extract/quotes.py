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
:mod:`pipeline.extract.attribution`'s; this module walks the paragraphs, pairs quotes
into turns and resolves each turn's speaker, with the modules named after each step:
:mod:`quote_turns` (turns and where they end), :mod:`signed_statements`,
:mod:`narrative_people` (who the narrative introduces), :mod:`turn_speakers` (an
attribution's speaker), :mod:`article_bodies` (the bodies the article names, and the passes that settle a finished
turn's body) and :mod:`turn_bodies` (the finished turns' bodies and records).
"""
from __future__ import annotations

import bisect
import logging
from typing import Any, Callable, Optional

from pipeline.extract.attribution import (
    FIRST_PLURAL,
    PRONOUN_SUBJECT,
    SENTENCE_BREAK,
    as_the_body,
    find_attribution,
    issued_statement,
    mention,
    names_body,
    pronoun_lead,
    pronoun_of,
    someone_before,
    told_the_paper,
)
from pipeline.extract.article_bodies import finished_quotes, named_bodies, quoted_lines
from pipeline.extract.body_views import Bodies
from pipeline.extract.described_bodies import described_kinds
from pipeline.extract.held_roles import held_role
from pipeline.extract.kind_references import Indefinite, ToldKinds, indefinite_kinds
from pipeline.extract.pronoun_referents import (UNCLEAR, continuing, known_genders, learn_gender, opening_official, opens_on,
                                                pronoun_fallback)
from pipeline.extract.quotemarks import QuoteSpan, quotes_by_paragraph, unopened_close
from pipeline.extract.speakers import NameBook, Speaker, lexicon, told_kinds
from pipeline.extract.speech import speech_spans as _speech_spans
from pipeline.records import Quote
from pipeline.extract.quote_turns import (
    Turn,
    crosshead,
    later_turns,
    left_open,
    narrative_after,
    same_person,
    signpost,
    speech_groups,
)
from pipeline.extract.signed_statements import signed_by, signed_statement
from pipeline.extract.narrative_people import UNNAMED, learn_after, learn_described, learn_introduced, reported_by
from pipeline.extract.turn_speakers import resolve_speaker, role_held_back

__all__ = ["UNNAMED", "extract_quotes", "signed_statement"]

log = logging.getLogger(__name__)


def opened_on(text: str, paragraphs: list[tuple[tuple[int, int], list[QuoteSpan]]], index: int, nlp: Any) -> Optional[str]:
    """The person a narrative paragraph opens on, named ("Kerry, from Hull, stopped gambling ..."), for a
    pronoun's "She told us:" set in a paragraph of its own between it and the quote; None when the paragraph
    holds a quote or opens on no one."""
    if index < 0 or paragraphs[index][1]:
        return None
    (start, end), _ = paragraphs[index]
    paragraph = text[start:end]
    opener = mention(paragraph, nlp)
    return opener if opener and not pronoun_lead(opener) and paragraph.lstrip().startswith(opener.split(",")[0]) else None


def extract_quotes(text: str, *, nlp: Optional[Callable[[str], Any]] = None) -> list[Quote]:
    """The quotes of an article, one per speaker turn, with ids ``q1``, ``q2``... in text order.

    ``nlp``, when given, is anything that turns a text into an object with
    ``.ents`` (a spaCy pipeline, or ``pipeline.entities.Entities``, the batched
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
    offsets, names, positions, line_names = named_bodies(text)
    kinds_told = sorted(set(told_kinds(text) + described_kinds(text)))  # "the charity North Devon Listening" too
    told_so_far: dict[str, str] = {}  # the kind words told before the paragraph's end (kinds_told is in text order)
    told_seen = 0
    fresh = indefinite_kinds(text, offsets, names)  # "Harbour Trust now runs a crisis centre": a body told since
    fresh_so_far: dict[str, Indefinite] = {}
    fresh_seen = 0
    paragraphs = quotes_by_paragraph(text)
    genders = known_genders(text)  # "Mr Cole", "Ms Lane": whom a "she" or "he" cannot mean
    # the model reads a narrative paragraph only when a quote follows within two paragraphs
    near_quote = {i - k for i, (_, spans) in enumerate(paragraphs) if spans for k in (1, 2)}
    for index, (para, spans) in enumerate(paragraphs):
        try:
            split = bisect.bisect_left(offsets, para[0])
            orgs = Bodies(names, 0, split, index=positions)
            while told_seen < len(kinds_told) and kinds_told[told_seen][0] < para[1]:
                told_so_far[kinds_told[told_seen][1]] = kinds_told[told_seen][2]
                told_seen += 1
            speech = _speech_spans(text, para, spans)
            # a body told after the paragraph's first speech ('"...," said Jo Roe, manager of the centre. A new crisis
            # centre opened in March.') is told after the quote: the title points back past it
            fresh_until = min(para[1], speech[0].open) if speech else para[1]
            while fresh_seen < len(fresh) and fresh[fresh_seen].offset < fresh_until:
                fresh_so_far[fresh[fresh_seen].kind] = fresh[fresh_seen]
                fresh_seen += 1
            told = ToldKinds(told_so_far, fresh_so_far)
            # a line a speaker names inside their own words ('"Ring the Rowan line," she said') is one they
            # point callers to, not the body they speak for ('"Police Scotland is determined ..."' still is)
            later = Bodies(names, split, len(names), quoted_lines(offsets, line_names, speech, split), positions)
            if not speech and left_open(current, index):
                last = unopened_close(text, *para)
                if last is not None:  # the turn's last paragraph, its opening mark left out
                    current.add(index, [last])
                    continue
            furniture = crosshead(text[para[0]:para[1]]) or (
                current is not None and current.last_paragraph == index - 1 and signpost(text[para[0]:para[1]]))
            if not speech and furniture:
                if current is not None and current.last_paragraph == index - 1:
                    current.last_paragraph = index  # a crosshead or "Hide Ad" inside a turn does not end it
                continue
            signed = signed_by(text, para, paragraphs[index + 1][0]) if not speech and index + 1 < len(paragraphs) else None
            if signed is not None:  # a statement printed without marks, its signature line after it
                speaker = resolve_speaker(signed, book, nlp, None, (orgs, later), told)
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
                learn_introduced(previous_narrative, book, nlp if index in near_quote else None, within, told, held)
                role = held_role(previous_narrative)  # "..., its director has said. / Jo Roe said ...": the next paragraph's person
                held_back = (index, role) if role and mention(previous_narrative) is None else None
                learn_described(previous_narrative, book, nlp if index in near_quote else None, within, told)
                current = None
                continue
            groups = speech_groups(text, speech)
            speech = groups[0]

            def rest(turn: Turn) -> Turn:
                """The paragraph's later turns after ``turn``, its first; the last of them."""
                resolve = lambda who: resolve_speaker(who, book, nlp, None, (orgs, later), told)  # noqa: E731
                more = later_turns(text, para, index, groups, turn, resolve)
                turns.extend(more)
                return more[-1] if more else turn

            who = find_attribution(text, para, speech)
            opens = speech[0].open == para[0]
            if who is None and opens and current is not None and current.last_paragraph == index - 1:
                if narrative_after(text, paragraphs[index - 1][0], current):
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
                named_before = Bodies(names, 0, bisect.bisect_left(offsets, speech[0].open), index=positions)
                for sentence in SENTENCE_BREAK.split(pre.strip()):
                    learn_introduced(sentence, book, None, named_before, told)  # "Jo Roe, who runs the line, said calls rose. 'Quote,' Ms Roe said."
                near = own = mention(pre, nlp) if pre.strip() else None
                if (own is not None or told_the_paper(pre)) and pronoun_of(who) is not None and pre.split(None, 1)[0] == who.split()[0]:
                    near = own = who.split()[0]  # "He told the Herald:": the pronoun speaks, the paper only hears
                if (near is None or "," in near and pronoun_lead(near)) and previous_narrative:
                    near = mention(previous_narrative, nlp) or near  # "Asked why, she said:" after the paragraph naming her
                elif near is not None and pronoun_lead(near) and previous_narrative:
                    opener = mention(previous_narrative, nlp)  # "Neil Brand, 51, started listening ... / He said:": its subject
                    # the paragraph opens on the person, whatever role the words after the name gave them
                    near = opener if opener and opens_on(previous_narrative, opener) else near
                said_by = pronoun_of(who)
                if said_by is not None and (not pre.strip() or own is not None and own.strip() in lexicon().cues["pronouns"]):
                    words = pre[-80:] + " " + text[speech[0].end:min(para[1], speech[0].end + 80)]
                    near = pronoun_fallback(said_by, continuing(words), near, previous_narrative, book, genders, nlp)
                unclear = near == UNCLEAR  # "Dr Ian Cole and Dr Rob Lane visited ... / '...,' he said": no one to tell
                speaker = None if unclear else resolve_speaker(who, book, nlp, near, (named_before, later), told)  # bodies named before the quote in its paragraph too
                learn_gender(said_by, speaker, genders)
                if speaker is not None and previous_narrative:
                    speaker = role_held_back(speaker, previous_narrative, nlp, named_before, told)  # "A volunteer at X has won ... / Sue Hart said:"
                pronoun = speaker is not None and speaker.kind == "pronoun"
                if pronoun and own is None:
                    words = " ".join(text[s.inner[0]:s.inner[1]] for s in speech)
                    if not as_the_body(words, speaker):
                        speaker = someone_before(pre, pronoun_of(who)) or speaker  # 'A man called the line. "...," he told the adviser.'
                if opens and left_open(current, index) and same_person(speaker, current.speaker):
                    current.add(index, speech)  # '"...," said Roe.' inside the turn Roe's quote left open
                    current = rest(current)
                    continue
                if opens and left_open(current, index) and not current.told and len(current.parts) == 1 \
                        and speaker is not None and speaker.kind == "named":
                    current.speaker, current.told = speaker, True  # '"We answer every call. / "...," said Roe.': one turn, Roe's
                    current.add(index, speech)
                    book.last = speaker
                    current = rest(current)
                    continue
                kind = "pronoun" if pronoun or unclear else "explicit"
                if unclear:
                    book.last = None  # a later "she said" is no clearer
                if speaker is None and not opens and not unclear:
                    previous_narrative = text[para[0]:para[1]]
                    continue
            else:
                context = mention(pre, nlp) if pre.strip() else None
                if context is None and pre.strip():
                    context = reported_by(pre, book)  # "Roe says the rise is real. "..."", "the charity says that ... "...""
                if context is None and previous_narrative:
                    context = mention(previous_narrative, nlp)
                    if context is not None and pronoun_lead(context) and previous_narrative.rstrip().endswith(":"):
                        context = opened_on(text, paragraphs, index - 2, nlp) or context  # "Kerry, from Hull, stopped ... / She told us:"
                    if context is None and opens:
                        context = opening_official(previous_narrative)  # "A volunteer of nine years, who cannot be named, ..."
                speaker = resolve_speaker(context, book, nlp, None, (orgs, later), told) if context else None
                kind = "explicit"
                introduced = bool(previous_narrative) and previous_narrative.rstrip().endswith(":")
                if speaker is None and book.last is not None and opens and not introduced:
                    speaker, kind = book.last, "continuation"
                if speaker is None and book.last is not None and PRONOUN_SUBJECT.search(pre):
                    speaker, kind = book.last, "pronoun"  # 'Sadly, she speaks from experience. "I tried..."'
                if speaker is None and opens and orgs and previous_narrative and names_body(previous_narrative, orgs[-1]) \
                        and (issued_statement(previous_narrative) or not introduced
                             and FIRST_PLURAL.search(text[speech[0].inner[0]:speech[0].inner[1]])):
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
            learn_after(text, (speech[-1].close + 1, para[1]), book, nlp, names[:bisect.bisect_left(offsets, para[1])], told)
            previous_narrative = None
        except Exception as exc:  # one bad paragraph never loses the article
            log.warning("quotes: paragraph %d skipped: %s", index, exc)
            current = None
    return finished_quotes(text, turns, offsets, names, book)

"""Which quoted spans are speech: the speech verbs' patterns and the tests of a span.

A span counts as speech when it opens its paragraph, follows a colon, comma or speech verb,
is followed by an attribution, or is a long partial quote; scare quotes, titles and slogans
('under the slogan, "..."'), fragments of reported speech and headlines in quote marks are
not. :mod:`pipeline.extract.quotes` groups the speech spans into turns and finds their speakers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.quotemarks import QUOTE_MARKS, QuoteSpan
from pipeline.extract.speakers import NAME_TOKEN, lexicon
from pipeline.wordlists import alternation

STARTS_WHO = r"(?:[A-Z]|(?:a|an|one|another|the)\s|\d++\s++[a-z])"  # "988 operator Jo Roe said"


@lru_cache(maxsize=1)
def verb_alternation() -> str:
    """The speech verbs of ``data/speech_verbs.txt`` as one alternation, spaces loose."""
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in lexicon().verbs)


@lru_cache(maxsize=1)
def abbreviation_dot() -> str:
    """A full stop that ends an abbreviation or an initial, not a sentence: "Dr.", "Ms.", the "C." of
    "Jo C. Roe" (``abbreviations`` of ``speaker_cues.json``). Each look-behind has a fixed width.

    It opens with a look-ahead for the stop, which the look-behinds need anyway: a search tries them only
    at a stop, not at every character (the same matches; ``(?!...)`` of it at every position of a paragraph
    was a tenth of the quote rules' own time)."""
    words = sorted(set(lexicon().cues.get("abbreviations", [])), key=len, reverse=True)
    behind = "|".join(rf"(?<=\b{re.escape(w)})" for w in words)
    return rf"(?=\.)(?:{behind}|(?<=\b[A-Z]))\."


@lru_cache(maxsize=1)
def speech_patterns() -> dict[str, re.Pattern[str]]:
    """The patterns of attribution around a quote, built from the speech verbs and roles."""
    v = verb_alternation()
    # a speaker phrase after a quote may open with a role in lower case: "co-founder Jo Roe said"
    # or run on in lower case to a name: "said principal investigator and director of X, professor Jo Roe"
    # a role may follow a lower-case word or two: "says project coordinator Jo Roe"
    who = rf"(?:{STARTS_WHO}|(?:[a-z]++\s++){{0,2}}?(?:{alternation(lexicon().roles, loose_spaces=True)})(?=\s++[A-Z]|[\s,][^.?!\n]{{0,120}}?[A-Z]))"
    dot = abbreviation_dot()  # "said Dr. Jo Roe.", "Ms. Roe said": no sentence ends at the honorific's stop
    asides = alternation(lexicon().cues["aside_participles"])  # "One adviser, speaking on condition of anonymity, said"
    return {
        "according_pre": re.compile(r"(?:^|\b)[Aa]ccording\s++to\s++(?P<who>[^.!?]+?)\s*+(?:[,:]\s*+)?$"),
        "verb_first": re.compile(rf"^[\s,.!?\u2013\u2014-]*+(?P<verb>{v})\s++(?P<who>{who}[^\n]*?)\s*+(?:(?!{dot})[.?](?:\s|$)|(?:[,;:]\s*+)?$)"),
        "who_first": re.compile(rf"^[\s,.!?\u2013\u2014-]*+(?P<who>{who}(?:[^.?!\n]|{dot}){{0,160}}?|he|she|they)\s++(?P<verb>{v})\b"),
        "according_post": re.compile(r"^[\s,.!?]*+according\s++to\s++(?P<who>[^.?\n]++)", re.I),
        # a speech verb and its object before "that": 'Ms Roe told the Post that "This..."'
        "verb_that": re.compile(rf"\b(?:{v})(?:\s++[\w'\u2019!-]++){{0,4}}?\s++that$"),
        # "said the man", "said the caller": a private person's word alone is someone new, not an epithet
        "new_person": re.compile(rf"the\s++(?:{alternation(lexicon().private, loose_spaces=True)})s?", re.I),
        "verb_end": re.compile(rf"(?:\b(?:{v})(?:\s++that)?|[:])\s*+$"),
        "pseudonym": re.compile(rf"\bwhom?\s+we\s+(?:{alternation(lexicon().cues['pseudonym_verbs'], loose_spaces=True)})\s+(?P<name>{NAME_TOKEN})(?![\w'\u2019])"),
        # "One Leeds mother, who asked to be called Fiona,": the name the person asked the paper for
        "pseudonym_asked": re.compile(rf"\bwho\s+(?:{alternation(lexicon().cues['pseudonym_requests'], loose_spaces=True)})"
                                      rf"\s+(?:only\s+)?(?P<name>{NAME_TOKEN})(?![\w'\u2019])"),
        # "David (not his real name)", "Sarah, whose name has been changed,": the name the paper gives
        "pseudonym_note": re.compile(rf"(?<![\w'\u2019])(?P<name>{NAME_TOKEN})\s*+[(,\u2013\u2014-]\s*+(?:whose\s+)?"
                                     rf"(?i:{alternation(lexicon().cues['pseudonym_notes'], loose_spaces=True)})\b"),
        # a clause that ends before a name: "Each year 300 people call, but", "Some calls saved lives, said"
        "clause_end": re.compile(rf"\b(?:but|and|as|while|when|after|{v})$"),
        # an appositive that runs up to the speech verb: "Jane Roe, the line's director said that..."
        "appositive_verb": re.compile(rf",[^,.]{{2,120}}?(?=\s(?:{v})\b)"),
        # the subject of reported speech at a paragraph's start: "The Department of Health said its..."
        # a brand's "!" inside it ("A Stop It Now! helpline adviser") and an aside set off by commas before the verb
        # (", who cannot be named,") are no end of it
        "reported_subject": re.compile(rf"\s*+(?P<who>{STARTS_WHO}(?:[^.,;:!?\n\"\u201c\u201d]|!(?=[^\S\n][a-z])){{1,80}}?)"
                                       rf"(?:,[^\S\n]++(?:who|whose|{asides})[^\S\n][^.,;:!?\n\"\u201c\u201d]{{1,100}}?,)?\s++(?:{v})\b(?!\s*+:)"),
        "verb_start": re.compile(rf"^[\s,.!?\u2013\u2014-]*+(?:(?:{v})\b|{who}[^.?!\n]{{0,80}}?\s(?:{v})\b|(?:he|she|they)\s++(?:{v})\b)"),
    }


@lru_cache(maxsize=1)
def _naming_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = lexicon().cues
    nouns = alternation(cues["title_nouns"], loose_spaces=True)
    verbs = alternation(cues["naming_verbs"], loose_spaces=True)
    return (re.compile(rf"(?i:\b(?:{nouns})s?|\b(?:{verbs}))\s*+[,:]?$"),
            re.compile(rf"^[\s,]*+(?i:is|was|are|were)\s++(?i:the|a|an|our|their|its|this|that)\s++(?:[\w'\u2019-]++\s++){{0,2}}?(?i:{nouns})s?\b"))


def _named_thing(before: str, after: str) -> bool:
    """Whether quote marks hold the words of a thing named, not speech: a slogan, theme or
    title named just before ('under the slogan, "..."', 'a film called "..."') or just after
    ('"..." is the message being sent')."""
    noun_before, noun_after = _naming_patterns()
    return noun_before.search(before[-60:]) is not None or noun_after.match(after[:80]) is not None


def _headline(text: str, para: tuple[int, int]) -> bool:
    """Whether a paragraph is the article's headline: its first line, at most 30 words, with no
    closing stop ('"Astonishing" rise in calls leads to more support')."""
    if para[1] - para[0] > HEADLINE_CHARS or _NON_SPACE.search(text, 0, para[0]):
        return False  # asked for every span of a paragraph: never copy a long one
    line = text[para[0]:para[1]].strip()
    return len(line.split()) <= 30 and not re.search(r"[.!?]['\"\u2019\u201d]?$", line)


#: No headline is longer (30 words of at most a dozen letters and a space).
HEADLINE_CHARS = 400


_NON_SPACE = re.compile(r"\S")


#: How far before and after a quoted span its paragraph is read for the words around it.
AROUND_CHARS = 400


def _around(text: str, para: tuple[int, int], span: QuoteSpan) -> tuple[str, str]:
    """The words of the paragraph before a span (stripped at the end) and after it, at most
    :data:`AROUND_CHARS` of each unless that much is blank, so a paragraph of thousands of quoted
    spans is not copied once per span."""
    lo, hi = max(para[0], span.open - AROUND_CHARS), min(para[1], span.end + AROUND_CHARS)
    before, after = text[lo:span.open].rstrip(), text[span.end:hi]
    if not before and lo > para[0]:
        before = text[para[0]:span.open].rstrip()
    if not after.strip() and hi < para[1]:
        after = text[span.end:para[1]]
    return before, after


def _speech_like(text: str, para: tuple[int, int], span: QuoteSpan) -> bool:
    """Whether a quoted span is speech rather than a scare quote or a title."""
    rx = speech_patterns()
    inner = text[span.inner[0]:span.inner[1]].strip()
    words = len(inner.split())
    before, after = _around(text, para, span)
    ends_sentence = inner.rstrip(QUOTE_MARKS + " ").endswith((".", ",", "!", "?", "\u2026", "-", "\u2013", "\u2014"))
    if _named_thing(before, after) or _headline(text, para):
        return False  # 'ran under the slogan, "Do you love ...?"', '"Life can be tough" is the message', a headline
    if inner[:1].islower() and span.closed and re.match(r"\s*+[a-z]", after) and not rx["verb_start"].match(after):
        return False  # a fragment the sentence runs on after: 'one caller said "it hit home" while another ...'
    if inner[:1].islower() and before[-1:].isalpha() and not rx["verb_end"].search(before):
        return False  # a fragment inside reported speech: 'help people "understand what triggers it", said'
    if inner[:1].islower() and words < 6 and THAT_END.search(before[-5:]):
        return False  # a fragment of reported speech: 'warned that "heavy use" is a pathway'
    if inner[:1].isupper() and words >= 5 and rx["verb_that"].search(before[-160:]):
        return True
    if rx["verb_start"].match(after) and (ends_sentence or words >= 2):
        return True
    if not before and not after.strip() and span.closed and not ends_sentence:
        return False  # a headline or crosshead in quote marks: 'Don't pretend it won't catch you'
    if not before:
        lowercase_next = re.match(r",?\s+[a-z]", after) is not None and span.closed  # '"Stop It Now", an anonymous line,'
        return not (lowercase_next and words < 5)
    if words < 2 and not ends_sentence:
        return False  # 'the chair exclaiming: "Wow".': one word with no stop of its own is no sentence (ANNOTATION.md 9)
    if before.endswith(":") or rx["verb_end"].search(before):
        return True
    if before.endswith(",") and (ends_sentence or words >= 6):
        return True
    return words >= 8 and ends_sentence


def speech_spans(text: str, para: tuple[int, int], spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """The spans of a paragraph that are speech; a sentence after a speech span is speech too."""
    out: list[QuoteSpan] = []
    for span in spans:
        inner = text[span.inner[0]:span.inner[1]].strip()
        follows = bool(out) and inner[:1].isupper() and len(inner.split()) >= 2
        if follows or _speech_like(text, para, span):
            out.append(span)
    return out


#: A speech verb's object before the quote: 'Jo Roe told the Post that "..."'.
THAT_END = re.compile(r"(?:^|\s)that$")

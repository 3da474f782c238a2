"""What a figure of a sentence counts: the noun after it (:func:`unit_of`) and its RECORDS.md measure, from that
noun or, failing one, from the cue words nearest it in its clause and sentence (:func:`measure_of`).

What this module does not do: the rules for figures with no noun of their own (:mod:`pipeline.extract.facts` and
the ``count_*`` modules) or the word lists' matching (:mod:`pipeline.extract.measures`).
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.extract.channels import channels_named, measure_of_channels
from pipeline.extract.measures import (
    USE,
    cue_patterns,
    cue_positions,
    lexicon,
    nearest_cue,
    unit_from_tags,
    unit_from_words,
    used_measure,
    word_regex,
)
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.sentence_context import SentenceFacts, clause_span


def cue_measure(ctx: SentenceFacts, offset: int, *, children: bool = False, own_noun: bool = False) -> str:
    """The measure the words nearest an article offset name, in its clause, then its sentence.

    ``children_safeguarded`` is a candidate only for counts of children. A count with a noun
    of its own (``own_noun``: "121 searches") takes no cue that is another figure's noun
    ("... and 79 arrests").
    """
    patterns = dict(cue_patterns())
    if not children:
        patterns.pop("children_safeguarded")
    s = ctx.sentence.start
    clause = clause_span(ctx, offset)
    clause_text = ctx.sentence.text[clause[0] - s:clause[1] - s]
    others = not own_noun
    found = nearest_cue(clause_text, offset - clause[0], patterns, others_nouns=others)
    read = clause_text
    if found is None or (found == USE and not _names_a_service(clause_text)):
        # "Website use has grown since 2021, when 40,300 people visited": what its sentence names
        found = found or nearest_cue(ctx.sentence.text, offset - s, patterns, others_nouns=others)
        read = ctx.sentence.text
    found = used_measure(read) if found == USE else (found or "other")
    if found in _CHANNELS and _CHANNELS <= {measure for _, _, measure in cue_positions(clause_text)}:
        return "helpline_contacts"  # "visited the website or called the helpline": both channels together
    if found in _CHANNELS and read is not clause_text and measure_of_channels(channels_named(read)) == "helpline_contacts":
        return "helpline_contacts"  # "contacts to its helpline and online self-help programme ..., when 3,652 were
        # recorded": a clause of no cue of its own counts what its sentence names, both channels together
    return found


def _names_a_service(text: str) -> bool:
    """Whether words name a helpline or a website (``helpline_words``, ``website_words``): what a verb of use used."""
    return bool(word_regex("helpline_words").search(text) or word_regex("website_words").search(text))


#: The measures of one channel each; a clause that names both counts contacts.
_CHANNELS = {"website_users", "helpline_calls"}


def measure_of(ctx: SentenceFacts, number: NumberMention, unit: Optional[str]) -> str:
    """The RECORDS.md measure of a count, from its unit and the words near it."""
    lex = lexicon()
    category = lex["units"].get(unit or "", None)
    s = ctx.sentence.start
    if (category == "calls" or unit == "callers") and re.match(
            r"\s*(?:and|or|,)\s+(?:[A-Za-z][\w-]*\s+)?(?:chats?|webchats?|emails|messages|texts|contacts|users|visitors)\b",
            ctx.sentence.text[number.end - s:].split(unit or "calls", 1)[-1]):
        return "helpline_contacts"  # "15,400 calls and chats", "2,804 callers and web users": more than one channel
        # (not "1,024 calls, 310 texts and 95 chats": a figure of its own for each channel)
    if category in lex["unit_measures"]:
        return lex["unit_measures"][category]
    if unit in lex["unit_word_measures"]:
        return lex["unit_word_measures"][unit]
    found = cue_measure(ctx, number.num_start, children=category == "children",
                        own_noun=unit is not None and category is None)
    if category == "images" and found != "children_safeguarded":
        return "other"
    return found


# --- units -----------------------------------------------------------------

def unit_of(ctx: SentenceFacts, number: NumberMention) -> tuple[Optional[str], Optional[int]]:
    """The noun a number counts ("people", "police forces") and where it ends (article offset).

    The plain-text rules first; the part-of-speech tags when the sentence was tagged.
    """
    s = ctx.sentence.start
    unit, end = unit_from_words(ctx.sentence.text, number.end - s)
    if unit is None and ctx.doc is not None:
        unit, end = unit_from_tags(ctx.doc, number.num_start - s, number.end - s)
    return unit, (s + end if end is not None else None)

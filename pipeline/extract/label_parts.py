"""A part of a total named by its label: "Calls made up 1,655 of the total", "Phone calls accounted for 688 of the
contacts and webchats for 316", "with texts accounting for the remaining 420".

The label is the subject of the part's clause, the words before a verb of a share ("accounted for", "made up",
"represented"); in a list that leaves the verb out after its first part ("and webchats for 316") the label stands
between the figure before and "for". The words after the figure ("of the contacts", "of the total") name the whole,
not the part, so the channel the label names decides the part's measure (ANNOTATION.md decision 4: a phone's calls
are ``helpline_calls``, chats, emails and texts ``helpline_contacts``). A label of no channel ("Men accounted for
687", "Sheffield accounted for 455") decides nothing. The verbs are ``label_share_verbs`` of
``data/count_channels.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.channels import channel_of, channels_named, measure_of_channels
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.sentence_context import SentenceFacts, numbers_by_start
from pipeline.wordlists import alternation, data_file

#: How far (characters) before a figure its label and verb are read.
_REACH = 80
#: The most words a label holds ("Calls to the helpline").
_LABEL_WORDS = 5
#: What ends the words before a label: a clause's joint or punctuation.
_JOINT = re.compile(r"(?:[,;:(\u2013\u2014]|\b(?:and|with|while|whereas|but|of\s{1,3}which)\b)", re.I)


@lru_cache(maxsize=1)
def _verb_at_end() -> re.Pattern[str]:
    """A verb of a share at the end of the words before a figure, with "the remaining"/"another" after it."""
    verbs = data_file("count_channels.json")["label_share_verbs"]
    return re.compile(rf"(?<![\w-])(?:{alternation(verbs)})\s{{1,3}}(?:(?:the\s{{1,3}})?(?:remaining|other|rest\s{{1,3}}of\s{{1,3}}the|another)\s{{1,3}})?$", re.I)


#: The verb a list leaves out after its first part: "and webchats for 316".
_GAPPED = re.compile(r"(?<![\w-])for\s{1,3}$", re.I)


def _label(words: str) -> Optional[str]:
    """The label at the end of ``words`` (those before the verb): back to a joint, at most ``_LABEL_WORDS`` words and
    no figure."""
    cut = 0
    for m in _JOINT.finditer(words):
        cut = m.end()
    label = words[cut:].strip()
    if not label or any(ch.isdigit() for ch in label) or len(label.split()) > _LABEL_WORDS:
        return None
    return label


def label_measure(ctx: SentenceFacts, number: NumberMention) -> Optional[str]:
    """The measure the label of a part gives it, ``None`` when no label before a verb of a share names a channel."""
    s, text = ctx.sentence.start, ctx.sentence.text
    numbers, _ = numbers_by_start(ctx)
    earlier = [n for n in numbers if n.end <= number.start]
    lo = max(s, number.start - _REACH, earlier[-1].end if earlier else s)
    before = text[lo - s:number.start - s]  # "accounted for more than 700": the qualifier is the figure's
    verb = _verb_at_end().search(before)
    if verb is not None:
        label = _label(before[:verb.start()])
    elif earlier and _GAPPED.search(before) and _verb_at_end().search(
            text[max(0, earlier[-1].start - s - _REACH):earlier[-1].start - s]):
        # "Phone calls accounted for 688 of the contacts and webchats for 316": the verb said once
        gap = before[:_GAPPED.search(before).start()]
        label = _label(gap) if re.search(r"\band\s{1,3}\S", gap, re.I) else None
    else:
        return None
    return measure_of_channels(channels_named(label)) if label else None


#: The words after a figure that name the whole it is a part of: "688 of the contacts".
_OF_WHOLE = re.compile(r"\s{0,3}(?:of|out\s{1,3}of)\b", re.I)


def own_noun_names_channel(ctx: SentenceFacts, number: NumberMention, unit_end: Optional[int]) -> bool:
    """Whether the figure's own noun, right after it, names a channel ("688 calls"): then the noun decides, not a
    label; "688 of the contacts" names the whole."""
    if unit_end is None:
        return False
    s = ctx.sentence.start
    words = ctx.sentence.text[number.end - s:unit_end - s]
    return not _OF_WHOLE.match(words) and channel_of(words) is not None

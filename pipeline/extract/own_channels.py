"""The channel a count's own words name, and so its measure: "Of those, 1,940 worked through its online self-help
pages, while 370 phoned the helpline"; "260 rang the helpline and 860 used the charity's website"; "610 through its
freephone number and 2,870 through the self-check tool on its website".

A count's own words are those of its clause between the figures beside it: a figure that inherits its noun and
measure from the count before it (a list, "Of those, N ...") still says by which channel it came. The channel
words are ``named_channels`` of ``data/count_channels.json``; the measure is a helpline's calls when only a phone is
named, a website's users when only a website is, and a helpline's contacts for chats, emails and texts, or a phone
and a website together (ANNOTATION.md decision 4).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from pipeline.extract.channels import channels_named, measure_of_channels
from pipeline.extract.measures import lexicon
from pipeline.extract.number_patterns import NumberMention
from pipeline.extract.sentence_context import SentenceFacts, clause_span, next_figure, numbers_by_start
from pipeline.wordlists import alternation

#: The measures a count's own channel may replace: a helpline's or a website's use.
_USE_MEASURES = ("helpline_contacts", "helpline_calls", "website_users")
#: What a count that names no measure of its own may inherit from the count before ("Of those, 1,940 ...").
_INHERITING = ("previous", "part", "measure")
#: How far (characters) before and after a figure its own words are read.
_REACH = 160
#: Words after a count that end what it says of itself: the rest of a list, an aside of why or what else
#: ("as more people chose to make first contact online", "rather than by phone", "and the remainder by phone").
_AFTER_OWN = ("the remainder", "rather than", "instead of", "as more", "as fewer", "because", "after")


def own_words(ctx: SentenceFacts, number: NumberMention) -> tuple[str, str]:
    """The words a count's channel is named in, before its figure and after it: those after it, up to the next
    figure, the rest of a list ("and the rest by phone"), an aside (``_AFTER_OWN``) or its clause's end, and those before it back to its
    clause's start (or a colon: "Most never picked up the phone: 6,681 used its website") when no other
    figure stands there ("but visitors to its website climbed to 9,300"; in "260 rang the helpline and 860 used the
    website" the words before 860 are 260's)."""
    s, text = ctx.sentence.start, ctx.sentence.text
    lo, hi = clause_span(ctx, number.num_start)
    lo, hi = max(lo, number.start - _REACH), min(hi, number.end + _REACH)  # a long clause is not read whole
    numbers, starts = numbers_by_start(ctx)  # found by bisection: a sentence of n figures is not read n times
    at = bisect_left(starts, number.start)
    if at and lo < numbers[at - 1].end <= number.start:
        lo = number.start  # a figure before it in its clause: the words before are that figure's
    after_it = next_figure(ctx, number.end)
    hi = min(hi, after_it.start) if after_it is not None else hi
    after = text[number.end - s:hi - s]
    rest = _rest_of_list().search(after)
    before = text[lo - s:number.start - s]
    return before[before.rfind(":") + 1:], after[:rest.start()] if rest else after


@lru_cache(maxsize=1)
def _rest_of_list() -> re.Pattern[str]:
    """The rest of a list after a part ("and the rest by phone or email", "the remaining 30% online"):
    ``partition_closers`` of ``data/measures.json``, and "the remainder"."""
    return re.compile(rf"\b(?:{alternation([*lexicon()['partition_closers'], *_AFTER_OWN])})\b", re.I)


def own_channel_measure(ctx: SentenceFacts, number: NumberMention, unit: Optional[str], measure: str,
                        inherit: Optional[str]) -> Optional[str]:
    """The measure the channel a count's own words name gives it, when the count has no noun of a channel
    ("people", "contacts" or none) and counts a helpline's or a website's use (or takes what the count before counts);
    ``None`` when its own words name no channel, and the measure found otherwise stands."""
    if not (measure in _USE_MEASURES or (measure == "other" and inherit in _INHERITING)):
        return None
    lex = lexicon()
    if unit is not None and unit != "contacts" and (lex["units"].get(unit) != "people" or unit in lex["unit_word_measures"]):
        return None  # "300 calls", "90 chats", "200 callers", "40 volunteers": the noun decides
    before, after = own_words(ctx, number)
    named = channels_named(after)
    if unit is None:  # a bare figure: its clause's words before it are its subject's ("visitors to its website rose to")
        named |= channels_named(before)
    if _ONLINE_AFTER.match(after):
        named.add("website")  # "1,500 by phone and 1,150 online", "900 people online"
    return measure_of_channels(named)


#: "online" in the words right after a figure, before a closing mark: "1,150 online.", "740 people online,".
_ONLINE_AFTER = re.compile(r"\s{1,3}(?:[a-z]{1,12}\s{1,3}){0,2}?online(?=\s{0,3}(?:[.,;:)]|and\b|$))", re.I)



#: People counted as where a channel's items came from, right before the figure: "took calls from 812 people",
#: "received texts from more than 300 young people" (the figure's qualifier is its own).
_CHANNEL_FROM = re.compile(r"(?<![\w-])(?P<noun>(?:phone|telephone|web|live)?\s?(?:calls|texts|chats|emails|messages"
                           r"|webchats))\s{1,3}from\s{1,3}$", re.I)


def source_channel_measure(before: str) -> Optional[str]:
    """The measure of people a channel's items came from ("took calls from 812 people": a helpline's calls; "answered
    webchats from 300 people": its contacts), ``None`` when the words before the figure name no such channel."""
    m = _CHANNEL_FROM.search(before[-40:])
    return measure_of_channels(channels_named(m.group("noun"))) if m else None

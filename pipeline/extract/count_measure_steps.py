"""The steps of :func:`pipeline.extract.facts.extract_counts` that read what a figure counts, over a
:class:`~pipeline.extract.count_steps.CountReading`: its measure (:func:`read_measure`), the uses that are not the
line's (:func:`read_other_use`), and what it takes from the count before it and the channel its own words name
(:func:`read_inherited`).  The steps before and after them (its noun, whether it stands alone, its draft) are in
:mod:`pipeline.extract.count_steps`.
"""
from __future__ import annotations

from pipeline.extract.measures import unit_category, word_set
from pipeline.extract.own_channels import own_channel_measure, source_channel_measure
from pipeline.extract.label_parts import label_measure, own_noun_names_channel
from pipeline.extract.measures_own import cared_for, heading_measure, sessions_measure
from pipeline.extract.other_uses import cared_for_by, met_in_person
from pipeline.extract.subject_verbs import subject_verb_measure
from pipeline.extract.sentence_context import Draft, SentenceFacts, clause_span
from pipeline.extract.fact_measures import measure_of
from pipeline.extract.count_uses import (
    _channel,
    _compares_back,
    _counts_other_things,
    _counts_people,
    _emergency_service_calls,
    _help_sought,
    _in_person,
    _other_things,
    _pair_measure,
    _restates,
    _service_used,
)
from pipeline.extract.count_parts import _is_row, _own_tail_end
from pipeline.extract.nounless_counts import PART_OF
from pipeline.extract.set_off_parts import set_off_noun, set_off_part, set_off_share
from pipeline.extract.other_kinds import _of_other_kind, _other_use
from pipeline.extract.restated_counts import did_so_after, rate_restated
from pipeline.extract.count_steps import CountReading

#: The measures of a helpline's or a website's use.
_HELPLINE_MEASURES = ("helpline_contacts", "helpline_calls", "website_users")


def read_measure(ctx: SentenceFacts, r: CountReading, found: list[Draft]) -> None:
    """What the figure counts: its noun's measure, else the service its people used or the help they sought, else
    what its subject's verb says ("40 callers went on to hand themselves in")."""
    number, s = r.number, ctx.sentence.start
    r.measure = r.measure or r.times_measure or measure_of(ctx, number, r.unit)
    if r.measure == "other" and unit_category(r.unit) == "people" and r.inherit is None and not r.difference:
        # "MORE than 400 people asked a charity to help them", "35,000 people access its website": people
        # whose clause names the service they used, and no other fate
        span = clause_span(ctx, number.num_start)
        if r.unit_end is None:  # "the number of people asking for help on a helpline, up from 343": its noun's clause
            span = (s, span[1])
        r.measure = _service_used(ctx.sentence.text, span, s) or _help_sought(ctx.sentence.text, span, s, r.before) \
            or _pair_measure(ctx, found, r.before) or r.measure
        if r.measure == "other" and (set_off_part(r.before) or set_off_share(r.before)):
            r.inherit = "part"  # "Nearly half of them - 805 people - were ...": the share's part, what the count before counts
        elif r.measure == "other" and (noun := set_off_noun(r.before)) is not None:
            r.measure = measure_of(ctx, number, noun)  # "two-thirds of the callers - 517 people -": the share's noun's
        after_noun = ctx.sentence.text[(r.noun_end or number.end) - s:]
        if r.measure == "other" and (_restates(ctx.sentence.text[:number.start - s]) or did_so_after(after_noun)
                                     or rate_restated(r.before, after_noun)):
            # "this figure is just over 23,000 people per month", "210 people from the county did so", "That is
            # almost 300 people every month": what the figure before counted
            r.inherit = "previous"
    if not r.difference and r.inherit is None and _counts_people(r.unit):
        said = subject_verb_measure(ctx.sentence.text[(r.noun_end or number.end) - s:], clause=ctx.sentence.text)
        if said in ("other", "arrests") and r.measure in _HELPLINE_MEASURES:
            r.measure = said  # "40 callers went on to hand themselves in", "310 callers were later arrested"
        elif r.measure in ("other", "helpline_contacts") and (
                said == "helpline_calls" or (said in _HELPLINE_MEASURES and r.measure == "other")):
            r.measure = said  # "About 400 people a week call the line", "6,577 men have made a call"
    if unit_category(r.unit) == "people" and not r.difference and r.measure in ("other", *_HELPLINE_MEASURES):
        # "The line took calls from 812 people": people counted as where its calls came from count its calls
        r.measure = source_channel_measure(r.before) or r.measure


def read_other_use(ctx: SentenceFacts, r: CountReading) -> None:
    """Uses that are not the line's: an emergency service's calls, other things, figures of another kind, a
    capacity or a waiting list, contacts met in person or care given, a website's sessions."""
    number, s = r.number, ctx.sentence.start
    if r.measure in ("helpline_calls", "helpline_contacts") and _emergency_service_calls(r.before):
        r.measure = "other"  # "Police responded to 566 mental-health calls": an emergency service's calls
    if r.measure != "other" and _counts_other_things(r.unit):
        r.measure = "other"  # "140 local call centers", "850 food packages", "670 households": not the line's use
    if _of_other_kind(r.before, r.after, r.unit):
        r.measure, r.inherit = "other", None  # "one of 12 such lines", "a target of 6,000", "12 per 10,000 residents"
    if r.measure != "other" and _other_use(ctx, number, r.unit, r.unit_end):
        r.measure, r.inherit = "other", None  # "would take 40 calls at most", "230 men on the waiting list"
    r.in_person = _in_person(ctx.sentence.text, number.num_start - s, (r.unit_end or number.end) - s) or met_in_person(
        ctx.sentence.text[number.num_start - s:_own_tail_end(ctx, number, clause_span(ctx, number.num_start)[1])])
    if r.in_person or (r.unit_end is not None and cared_for(ctx.sentence.text[number.end - s:r.unit_end - s])):
        r.measure = "other"  # "65 face-to-face contacts", "1,870 counselling sessions": met at a branch, care given
    elif r.measure == "helpline_contacts" and unit_category(r.unit) == "people" and r.inherit is None \
            and not r.difference and cared_for_by(ctx.sentence.text[clause_span(ctx, number.num_start)[0] - s:
                                                                      number.num_start - s], r.unit):
        r.measure, r.in_person = "other", True  # "Its face-to-face support groups worked with 212 people": care given
    elif r.unit == "sessions" and r.inherit is None:
        r.measure = sessions_measure(ctx.sentence.text)  # "the website recorded 196,400 sessions": a website's
    if r.unit is None and _other_things(r.before):
        # "the number of casinos grew from 12 to 17": counts of casinos, no restatement of an earlier count
        r.unit, r.measure, r.inherit = _other_things(r.before), "other", None


def read_inherited(ctx: SentenceFacts, r: CountReading, found: list[Draft]) -> None:
    """What the figure takes from the count before it (a part, a table row, a comparison back) and the channel its
    own words name."""
    number, s = r.number, ctx.sentence.start
    if found and PART_OF.match(r.after):
        r.measure = found[-1].measure  # "217,889 people ..., with 13,296 of these people from Devon"
    elif r.measure == "other" and r.inherit is None and not r.difference and PART_OF.match(r.after):
        r.inherit = "part"  # "702 of those people were from Berkshire": what the count before counts, its own place
    if r.measure == "other" and _is_row(ctx, number):
        r.inherit = "row"  # a list line: what its heading's words name, else what the count before counts
        r.measure = heading_measure(ctx.header_text) or r.measure
    elif r.measure == "other" and r.inherit is None and _compares_back(ctx.sentence.text) \
            and (r.unit is None or unit_category(r.unit) in word_set("helpline_unit_kinds")):
        r.inherit = "measure"  # "This compares to 173 people online and 21 over the phone in 2017": only what it counts
    if r.inherit == "measure":
        r.measure = _channel(ctx.sentence.text[(r.unit_end or number.end) - s:]) or r.measure
    if not r.difference and not r.in_person:
        # "Of those, 1,940 worked through its online self-help pages, while 370 phoned the helpline": the channel
        # its own words name, whatever it inherits from the count before
        named = own_channel_measure(ctx, number, None if r.noun_carried else r.unit, r.measure, r.inherit)
        r.own_channel, r.measure = named is not None, named or r.measure
        if r.measure in _HELPLINE_MEASURES and not (not r.noun_carried and own_noun_names_channel(ctx, number, r.unit_end)):
            # "Calls made up 1,655 of the total", "and webchats for 316": a part's label names its channel
            labelled = label_measure(ctx, number)
            r.own_channel, r.measure = r.own_channel or labelled is not None, labelled or r.measure

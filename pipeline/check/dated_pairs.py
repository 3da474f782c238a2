"""Whether a pair of counts found for a change is one a disagreement may be judged on.

A change ("up 40 per cent on 2019") or a "doubled" compares two periods.  When the
extractor did not link both its counts, the checks search the text for them; a pair found that
way whose counts name no period ("about 6,000 calls ... rose to 6,300 in week two", "some 1,420
calls") may be any two figures of the measure: weeks of a series, a month beside a year, a part
beside a total.  So may two counts of a series in one sentence ("9,000 in 2019, 12,000 in 2021 and
10,500 in 2022"), dated or not.  Such a pair may agree with the claim (agreement is evidence enough),
but a disagreement proves nothing: two readings are possible, so the verdict is ``unverifiable``.
"""
from __future__ import annotations

from typing import Optional, Sequence

from pipeline.extract.inheritance import akin
from pipeline.records import Count, Fact


def dated(count: Count) -> bool:
    """The count names a period (a start or an end)."""
    return bool(count.period_start or count.period_end)


def linked(claim: Fact, old: Count, new: Count) -> bool:
    """The words tie the claim to its counts: the extractor linked it to both, and one of them is in the
    claim's own sentence ("rose 20% from 1,000 to 1,200"; "40 per cent" in the lede linked to two figures of
    a list three paragraphs on is a search, not a reading)."""
    return getattr(claim, "base_count_ref", None) == old.id and getattr(claim, "count_ref", None) == new.id \
        and tuple(claim.sentence) in (tuple(old.sentence), tuple(new.sentence))


def one_pair(old: Count, new: Count, counts: Sequence[Count]) -> bool:
    """The two counts are the only two of their measure (or one a comparison may mix) in their one sentence:
    the sentence compares them ("rose over the year from 117 to 251"; "30 people called ..., rising to 55"),
    whatever periods they name.
    A third count of the measure there makes a series ("6,000 ..., 6,300 in week two, 6,900 in week three"),
    any two of which could be the pair."""
    if tuple(old.sentence) != tuple(new.sentence):
        return False
    return not any(c is not old and c is not new and tuple(c.sentence) == tuple(old.sentence)
                   and (akin(c.measure, old.measure) or akin(c.measure, new.measure)) and not c.difference
                   for c in counts)


def undated_search(claim: Fact, old: Optional[Count], new: Optional[Count], counts: Sequence[Count] = ()) -> bool:
    """A pair the checks (or the extractor's search of the body) found for a claim, not tied to it by its
    words and not one sentence's only pair, in which a count names no period, or which two of a series of
    three or more counts of one sentence make ("9,000 in 2019, 12,000 in 2021 and 10,500 in 2022"; "120 in
    2016/17 and 210 in 2017/18, 330 in the two years"): no pair an "inconsistent" may rest on."""
    if old is None or new is None or linked(claim, old, new) or one_pair(old, new, counts) \
            or named_periods(claim, old, new, counts):
        return False
    if tuple(old.sentence) == tuple(new.sentence):
        return True  # one sentence, not its only pair: a series
    return not (dated(old) and dated(new))


def dated_claim_undated_pair(claim: Fact, old: Optional[Count], new: Optional[Count]) -> bool:
    """A claim that names its time ("since January 2023", "in 2022 compared with 2021") set against a pair
    of another sentence whose counts name none ("Monthly calls rose from 40 in June to 50 in October", "from
    100 in spring to 125 in autumn"): the pair may be any two figures of the measure, a stretch of a series
    within the claim's time, so a disagreement is no verdict, even when the pair is its sentence's only one."""
    if old is None or new is None or dated(old) or dated(new):
        return False
    if tuple(claim.sentence) in (tuple(old.sentence), tuple(new.sentence)):
        return False
    return any(getattr(claim, name, None) for name in ("period_start", "period_end", "base_period_start",
                                                        "base_period_end"))


def named_periods(claim: Fact, old: Count, new: Count, counts: Sequence[Count]) -> bool:
    """The claim names both periods it compares, and the pair is the one count of each in its sentence ("rose
    by 20% between 2019 and 2020" on the counts of 2019 and 2020 of a series): the periods choose the pair.
    Two counts of one period there ("140 in 2017/18, bringing the total to 260") leave the choice open."""
    base = (getattr(claim, "base_period_start", None), getattr(claim, "base_period_end", None))
    own = (claim.period_start, claim.period_end)
    if not (all(base) and all(own) and base == (old.period_start, old.period_end)
            and own == (new.period_start, new.period_end)):
        return False
    rivals = [c for c in counts if c is not old and c is not new and not c.difference
              and tuple(c.sentence) in (tuple(old.sentence), tuple(new.sentence))
              and (akin(c.measure, old.measure) or akin(c.measure, new.measure))
              and (c.period_start, c.period_end) in (base, own)]
    return not rivals


def why_undated(old: Count, new: Count) -> str:
    """The words that end an explanation whose "inconsistent" :func:`undated_search` turned to "unverifiable"."""
    if tuple(old.sentence) == tuple(new.sentence):
        return ("; the counts found are two of a series in one sentence, so they may be another pair than the one "
                "the claim compares: no verdict")
    return ("; the counts found name no period, so they may be another pair than the one the claim compares: "
            "no verdict")


def against_direction(direction: Optional[str], old: Count, new: Count) -> bool:
    """The pair runs against the claim's direction (a rise from the larger count to the smaller) and their
    periods do not fix which came first: the text may give the later figure before the earlier ("250 cases
    ... In 2012/13 the figure was 125, an increase of 100%"), so the pair read the other way round is the
    claim's."""
    if direction not in ("increase", "decrease") or old.value == new.value:
        return False
    wrong = new.value < old.value if direction == "increase" else new.value > old.value
    return wrong and not (old.period_end and new.period_start and old.period_end < new.period_start)

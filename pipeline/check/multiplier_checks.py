"""Multipliers within one article: a "doubled"-like claim against its counts or a stated change.

:func:`multiplier_check` judges a multiplier on the counts the extractor
linked, the levels its words give ("doubled from 10% to 20%"), the pair of its
sentence or of the article, or a stated change; "N times as many" that compares
two groups (:func:`compares_groups`) is judged only where its words read as a
change over time.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from decimal import Decimal
from fractions import Fraction
from typing import Optional

from pipeline.check.article_pairs import multiplier_article_pair
from pipeline.check.corroborated_bases import corroborated_base_check, sentence_changes
from pipeline.check.current_figures import current_figure_check
from pipeline.check.dated_pairs import dated, undated_search, why_undated
from pipeline.check.evidence import SHARED, UNKNOWN, Evidence, as_level, before, place
from pipeline.check.multiplier_bases import other_places_alike, own_sentence_check
from pipeline.check.multiplier_levels import multiplier_levels, same_thing
from pipeline.check.multiplier_pairs import of_likelihood, sentence_pair_check
from pipeline.check.multiplier_restated import restatement
from pipeline.check.multiplier_spans import span_apart_check
from pipeline.check.period_pairs import resolved_check
from pipeline.check.since_pairs import since_check
from pipeline.check.sole_pairs import sole_pair
from pipeline.check.tolerances import Tolerances
from pipeline.check.verdicts import (
    Verdict,
    check_multiplier,
    check_multiplier_pct,
    fmt,
)
from pipeline.extract.measures import lexicon
from pipeline.extract.multipliers import multiplier_words
from pipeline.check.clause_pairs import no_verdict_across_clauses
from pipeline.check.group_pairs import groups_apart, why_groups
from pipeline.check.check_builders import _check, _claimed, _num, _unlinked, _unverifiable, stated_decimal
from pipeline.records import Check, Count, Multiplier, Percentage


def multiplier_check(mult: Multiplier, ev: Evidence, tol: Tolerances, *, over_time: bool = False) -> Check:
    """A "doubled"-like claim against its counts, or against a stated change.  ``over_time``: an "N times as
    many" read as a change over time (:func:`_over_time`).  Left ``unverifiable``, it is judged on the one pair of its
    measure, place and periods (:mod:`pipeline.check.period_pairs`).  A headline's plain "doubles" that shortens the
    body's "more than doubled" or "nearly doubled" (:func:`_shortened_in_headline`) keeps only agreement."""
    linked = check = _multiplier_check(mult, ev, tol, over_time=over_time)
    if not compares_groups(mult.word or mult.text):  # "three times as many men as women" is no change over time
        check = resolved_check(check, mult, ev, tol)  # the one pair of its measure, place and periods
        check = span_apart_check(linked, check, mult, ev, tol)  # "almost doubled in three years": that span's pair
        check = since_check(check, mult, ev, tol)  # "trebled since 2022, reaching 2,940": from that period's figure
        check = current_figure_check(check, mult, ev, tol)  # "up 76% on 2021/22, when 1,205, and fourfold since ..."
    elif _over_time(mult, ev):  # "four times as many as in 2019, when 400 did": over time, agreement only
        current = current_figure_check(check, mult, ev, tol)
        check = check if current is check else _agreement_only(current)
    body = _shortened_in_headline(mult, ev) if check.verdict == "inconsistent" else None
    if body is None:
        return check
    return dataclasses.replace(check, verdict="unverifiable", explanation=check.explanation
                               + f"; the headline's '{mult.word or mult.text}' shortens the body's '{body.word}', "
                                 "so its disagreement is no verdict")


def _shortened_in_headline(mult: Multiplier, ev: Evidence) -> Optional[Multiplier]:
    """The body's multiplier of the same factor, with a qualifier, that a plain one in the article's first
    sentence (its headline) shortens ("Calls double" over "calls more than doubled"); ``None`` otherwise."""
    if mult.qualifier != "exact" or mult.sentence[0] != 0:
        return None
    return next((m for m in ev.record.multipliers if m is not mult and m.factor == mult.factor
                 and m.qualifier in ("more_than", "nearly", "at_least") and m.sentence[0] > mult.sentence[1]), None)


def _multiplier_check(mult: Multiplier, ev: Evidence, tol: Tolerances, *, over_time: bool = False) -> Check:
    """:func:`multiplier_check` before the headline's rule."""
    word = mult.word or mult.text
    factor = _num(mult.factor)
    if compares_groups(word) and not over_time:
        found = sentence_pair_check(mult, ev, tol, factor, word, groups=True)
        if found is not None and not (found.verdict == "inconsistent" and _over_time(mult, ev)):
            return found  # a pair of two groups disagreeing with words of a change over time is no verdict on it
        if _over_time(mult, ev):
            over = _multiplier_check(mult, ev, tol, over_time=True)
            return over if sole_pair(over, mult, ev) else _agreement_only(over)  # the one pair: both verdicts
        return _unverifiable("multiplier", mult, float(mult.factor),
                             f"'{word}' compares two groups, not a figure over time: no count or change "
                             "in the text recomputes it")
    levels = _levels_multiplier_check(mult, ev, tol, factor, word)  # "doubled from 10% to 20%": its words' levels
    if levels is not None:
        return levels
    pct = ev.get(mult.percentage_ref, Percentage)
    if pct is None:
        new, old = as_level(ev.get(mult.count_ref, Count)), as_level(ev.get(mult.base_count_ref, Count))
        if new is not None and old is not None and before(new, old) and not _in_its_sentence(mult, old, new):
            new, old = old, new  # figures of other sentences than the claim's: the later period is the later figure
        if new is None or old is None:
            same = sentence_changes(mult, ev)  # whatever period each took (a change re-anchored on a later count)
            corroborated = corroborated_base_check(mult, ev, tol, factor, word, same) if same else None
            if corroborated is not None:
                return corroborated  # "doubled from the 5,680 ..., a rise of 70%": the change confirms the pair
            if same:
                pct = same[0]
            else:
                own = own_sentence_check(mult, ev, tol, factor, word) \
                    if over_time or not compares_groups(word) else None
                if own is not None:
                    return own
                new = ev.later_count(mult)
                old = ev.earlier_count(new, None, base=mult) if new else None
        if pct is None and new is not None and old is not None and groups_apart(old, new):
            return _unverifiable("multiplier", mult, float(mult.factor), why_groups(old, new), [old, new])
        if pct is None and new is not None and old is not None:
            v = check_multiplier(factor, mult.qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                                 tolerances=tol, word=word, inputs=(old.qualifier, new.qualifier))
            if v.verdict == "inconsistent" and not (tuple(old.sentence) == tuple(new.sentence) == tuple(mult.sentence)):
                v = _claimed(v, mult.id, old, new, ev, tol, factor=factor)
                agreeing = _agreeing_change(mult, ev, tol, factor, word) \
                    if v.verdict == "inconsistent" and not (dated(old) and dated(new)) else None
                if agreeing is not None:
                    return agreeing
            if v.verdict == "inconsistent" and not mult.regions and mult.count_ref is None \
                    and tuple(new.sentence) != tuple(mult.sentence) and other_places_alike(new, ev):
                v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation + WHICH_PLACE)
            undated = v.verdict == "inconsistent" and undated_search(mult, old, new, ev.record.counts)
            if undated and ev.changes(mult, least=SHARED if mult.regions else UNKNOWN):
                new = old = None  # undated counts that disagree: the stated change is the better evidence
            elif undated:
                v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation + why_undated(old, new))
            if new is not None:
                return no_verdict_across_clauses(_check("multiplier", mult, [old, new], float(mult.factor), v,
                                                        prefix=f"{place(old)} to {place(new)}"),
                                                 mult, old, new, ev.text)
    if pct is not None:
        return _unlinked(_against_change(mult, pct, factor, tol, word), linked=pct.id == mult.percentage_ref)
    least = SHARED if mult.regions else UNKNOWN
    candidates = ev.changes(mult, least=least)
    if not candidates:
        found = sentence_pair_check(mult, ev, tol, factor, word) or _article_pair_multiplier(mult, ev, tol, factor,
                                                                                              word)
        if found is not None:
            return found
        return _unverifiable("multiplier", mult, float(mult.factor),
                             f"neither the counts nor a stated change behind '{word}' in {place(mult)} are in the text")
    if mult.regions:
        return _unlinked(_against_change(mult, candidates[0], factor, tol, word), linked=False)
    checks = [_against_change(mult, p, factor, tol, word) for p in candidates]
    if len({c.verdict for c in checks}) == 1:
        return _unlinked(checks[0], linked=False)
    shown = "; ".join(f"{p.text} ({place(p)}): {c.verdict}" for p, c in zip(candidates, checks))
    return _unverifiable("multiplier", mult, float(mult.factor),
                         f"'{word}' names no region, and the changes it could refer to disagree: {shown}")


def _in_its_sentence(mult: Multiplier, old: Count, new: Count) -> bool:
    """Both counts stand in the multiplier's sentence, whose words order them ("640, nearly double the 331")."""
    return tuple(old.sentence) == tuple(new.sentence) == tuple(mult.sentence)


#: Why a pair found for a claim of no place that disagrees is no verdict.
WHICH_PLACE = ("; the claim names no place and the text gives this figure's measure and period for other places "
               "too, so the pair may not be the one it compares")


def _agreeing_change(mult: Multiplier, ev: Evidence, tol: Tolerances, factor: Decimal, word: str) -> Optional[Check]:
    """A "doubled" whose counts, from another sentence than its own and one of them of no period, disagree, judged
    instead on a change the article states that gives it ("Calls have more than tripled" in the lede, "a 203%
    increase" in the body, the counts a pair of staff "from three to five"): the paper's own change is the better
    evidence than an undated pair.  Agreement only; ``None`` when no stated change agrees."""
    for pct in ev.changes(mult, least=UNKNOWN):
        found = _against_change(mult, pct, factor, tol, word)
        if found.verdict == "consistent":
            return dataclasses.replace(found, explanation=found.explanation
                                       + "; the counts found in another sentence disagree, but the article's "
                                         "own stated change gives the claim")
    return None


def _levels_multiplier_check(mult: Multiplier, ev: Evidence, tol: Tolerances, factor: Decimal,
                             word: str) -> Optional[Check]:
    """A multiplier of a share judged on the two levels right after it (:mod:`pipeline.check.multiplier_levels`):
    "doubled from 10% to 20%"; ``None`` when its sentence gives no such levels."""
    levels = multiplier_levels(mult, ev)
    if levels is None:
        return None
    first, second = levels
    v = check_multiplier(factor, mult.qualifier, Decimal(repr(first.value)), Decimal(repr(second.value)),
                         tolerances=tol, word=word)
    if v.verdict == "inconsistent" and not same_thing(first, second, ev.text or ""):
        v = dataclasses.replace(v, verdict="unverifiable", explanation=v.explanation
                                + "; the first level names a whole, place or group of its own: two levels of two "
                                  "things, so no verdict")
    return _check("multiplier", mult, [first, second], float(mult.factor), v,
                  prefix=f"the two levels after it, {fmt(Fraction(repr(first.value)))}% to "
                         f"{fmt(Fraction(repr(second.value)))}%")


def _article_pair_multiplier(mult: Multiplier, ev: Evidence, tol: Tolerances, factor: Decimal,
                             word: str) -> Optional[Check]:
    """A multiplier over time judged on the nearest of the article's comparisons that gives it
    (:func:`pipeline.check.article_pairs.multiplier_article_pair`): agreement only; ``None`` otherwise."""
    def verdict(old: Count, new: Count) -> Verdict:
        return check_multiplier(factor, mult.qualifier, Decimal(repr(old.value)), Decimal(repr(new.value)),
                                tolerances=tol, word=word, inputs=(old.qualifier, new.qualifier))

    pair = multiplier_article_pair(mult, ev, lambda old, new: verdict(old, new).verdict == "consistent")
    if pair is None:
        return None
    old, new = pair
    return _check("multiplier", mult, [old, new], float(mult.factor), verdict(old, new),
                  prefix=f"a comparison of the article that gives it, {place(old)} to {place(new)}")


@lru_cache(maxsize=1)
def _over_time_words() -> re.Pattern[str]:
    words = sorted(multiplier_words()["over_time_after"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s{1,3}".join(map(re.escape, w.split())) for w in words) + r")\b", re.I)


def _over_time(mult: Multiplier, ev: Evidence) -> bool:
    """Whether "N times as many" compares a figure with its own past: the words after it in its sentence, or in the
    body's statement of a headline's claim (:mod:`pipeline.check.multiplier_restated`), name the earlier time
    ("twice as many people in 2023 as in 2021", "as it did the year before")."""
    text = ev.text
    if not text or of_likelihood(mult.word or mult.text):
        return False
    spans = [(mult.end, mult.sentence[1])]
    restated = restatement(mult, ev)  # a headline's "Twice as many": the body's statement of it, merged into it
    if restated is not None:
        spans.append(restated)
    return any(_over_time_words().search(text, start, end) or _YEAR_RIGHT_AFTER.match(text, start, end)
               for start, end in spans)


#: A year right after "N times as many": the time it compares with ("four times as many in 2018 (400)").
_YEAR_RIGHT_AFTER = re.compile(r"\s{1,3}(?:as\s{1,3}many\s{1,3}|as\s{1,3}much\s{1,3}|more\s{1,3})?(?:in|during)\s{1,3}"
                               r"(?:19|20)\d\d\b", re.I)


def _agreement_only(check: Check) -> Check:
    """An "N times as many" read as a change over time is judged on figures found by its time, not tied to it
    by its words: agreement stands, a disagreement is no verdict."""
    if check.verdict != "inconsistent":
        return check
    return dataclasses.replace(check, verdict="unverifiable", explanation=check.explanation
                               + "; 'as many' read as a change over time, so only agreement is a verdict")


def compares_groups(word: str) -> bool:
    """Whether a multiplier compares two groups ("nine times more likely") rather than a figure over time."""
    folded = word.lower()
    return any(f" {comparative}" in folded for comparative in lexicon()["times_comparatives"])


def _against_change(mult: Multiplier, pct: Percentage, factor: Decimal, tol: Tolerances, word: str) -> Check:
    v = check_multiplier_pct(factor, mult.qualifier, stated_decimal(pct.text, pct.value), pct.qualifier,
                             pct.direction, tolerances=tol, word=word)
    return _check("multiplier", mult, [pct], float(mult.factor), v, prefix=place(pct))

"""One claim per figure (``claims.dedupe``): a statement is compared with a claim's gathered
attributes (``_Claim.admits``) instead of with each statement, with the same answer as
``_compatible`` against every statement, and in time linear in the statements."""
from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.extract.claims import _Claim, _compatible, dedupe
from pipeline.extract.period_spans import Period

HEADLINE = SimpleNamespace(paragraph=1, text="Helpline calls double")
BODY = SimpleNamespace(paragraph=5, text="The helpline took 1,200 calls.")
PERIODS = [None, Period(datetime.date(2021, 1, 1), datetime.date(2021, 12, 31)),
           Period(datetime.date(2021, 1, 1), datetime.date(2021, 12, 31)),  # equal, another object
           Period(datetime.date(2022, 1, 1), datetime.date(2022, 12, 31))]


def statement(regions, period, qualifier, measure, headline, kind="count", inherited=False):  # noqa: ANN001, ANN201
    draft = SimpleNamespace(kind=kind, qualifier=qualifier, measure=measure, sentence=HEADLINE if headline else BODY)
    return SimpleNamespace(regions=regions, period=period, draft=draft, base_period=None, count_ref=None,
                           base_count_ref=None, regions_inherited=bool(regions) and inherited)


statements = st.builds(
    statement,
    regions=st.sampled_from([None, [], ["Kent"], ["Kent", "Sussex"], ["Sussex", "Kent"], ["Wales"]]),
    period=st.sampled_from(PERIODS),
    qualifier=st.sampled_from(["exact", "about", "more_than"]),
    measure=st.sampled_from(["calls", "contacts", "people"]),
    headline=st.booleans(),
    kind=st.sampled_from(["count", "percentage"]),
    inherited=st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(statements, min_size=1, max_size=6), statements)
def test_admits_is_compatible_with_every_statement(claimed, item):
    claim = _Claim()
    for other in claimed:
        claim.add(other)
    assert claim.admits(item) == all(_compatible(item, other) for other in claimed)


@pytest.mark.parametrize("items, claims", [
    # the same figure in the headline and the body, one leaving the place open: one claim
    ([statement(None, None, "exact", "calls", True), statement(["Kent"], PERIODS[1], "about", "calls", False)], 1),
    # two places: two claims
    ([statement(["Kent"], None, "exact", "calls", False), statement(["Wales"], None, "exact", "calls", False)], 2),
    # equal periods (other objects) merge; other years do not
    ([statement(None, PERIODS[1], "exact", "calls", False), statement(None, PERIODS[2], "exact", "calls", False),
      statement(None, PERIODS[3], "exact", "calls", False)], 2),
    # a headline's place and a body statement's place taken only from the paragraph before: one claim (changes21)
    ([statement(["Kent"], None, "exact", "calls", True), statement(["Wales"], None, "exact", "calls", False,
                                                                   inherited=True)], 1),
    # two body statements, one placed only by the paragraph before: two claims
    ([statement(["Kent"], None, "exact", "calls", False), statement(["Wales"], None, "exact", "calls", False,
                                                                    inherited=True)], 2),
    # a body's "about" and "more than" of one figure are two claims
    ([statement(None, None, "about", "calls", False), statement(None, None, "more_than", "calls", False)], 2),
])
def test_dedupe_claims(items, claims):
    kept: dict[int, object] = {}
    for item in items:  # the merge key reads the draft's value
        item.draft.value, item.draft.pct_kind, item.draft.direction = 1200, None, None
    assert len(dedupe(items, kept)) == claims
    assert set(kept) == {id(item) for item in items}

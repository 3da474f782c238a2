"""An article judged to be about a line outside prevention (a victims' or reporting line, no prevention line named:
``read.relevance.outside_scope``) gets no "inconsistent" (``check.verdict_gate.out_of_scope``); an article judged not
relevant for want of a sign (no helpline named) keeps its verdicts.  Texts of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.read.relevance import assess, outside_scope

MISSED = ("The line took 2,330 calls in 2024, up by nearly a fifth on 2023, when it took 2,000 calls.")


@pytest.mark.parametrize("opening, scoped", [
    ("Victim Support said its line reported a busy year.", True),
    ("Scotland's domestic abuse helpline had its busiest year.", True),
    # a prevention line named beside the victims' line: in scope
    ("A domestic abuse helpline and the Respect Phoneline for perpetrators had a busy year.", False),
    # no line named at all: not relevant, but no sign of another kind of line
    ("A local service had a busy year.", False),
])
def test_outside_scope_needs_a_sign_of_another_line(opening: str, scoped: bool) -> None:
    assert outside_scope(assess(f"{opening}\n\n{MISSED}")) is scoped


@pytest.mark.parametrize("opening, verdict", [
    ("The Rape Crisis line reported a busy year.", "unverifiable"),
    ("A local service had a busy year.", "inconsistent"),
])
def test_no_misprint_claimed_outside_scope(opening: str, verdict: str) -> None:
    record = extract_article(f"{opening}\n\n{MISSED}", source="out-of-scope.txt", published="2025-03-01")
    assert [c.verdict for c in record.checks if c.kind == "percentage"] == [verdict]


@pytest.mark.parametrize("opening, verdict", [
    ("The Rape Crisis line reported a busy year.", "unverifiable"),
    ("A local service had a busy year.", "inconsistent"),
])
def test_a_record_checked_again_keeps_its_scope(opening: str, verdict: str) -> None:
    """``check_record`` with no ``out_of_scope_line`` reads it from the record's relevance, as ``newsfacts check``
    does for a record written without checks (the lead's fix after the round's review)."""
    from pipeline.check.within import check_record

    record = extract_article(f"{opening}\n\n{MISSED}", source="out-of-scope.txt", published="2025-03-01")
    assert [c.verdict for c in check_record(record) if c.kind == "percentage"] == [verdict]

"""A verdict of "inconsistent" only on figures surely the claim's own (fix24, issue 10;
``pipeline/check/claim_words.py`` and its callers ``paired_shares``, ``difference_pairs``, ``place_shares``,
``group_parts``, ``referred_wholes``; ``pipeline/extract/set_off_parts.py`` for "of those calls, N,").

Each row is a short article of our own writing whose figures disagree with a stated share or difference.  Rows marked
``True`` keep the verdict (the figures are the claim's own, the paper misprinted); rows marked ``False`` must never
say "inconsistent" (the figures are another thing's: a subgroup's whole, the opposite direction, a negation, a part
of the year, another noun).  The table varies the pair's form ("N of the M", "Of the M ..., N"), the share's noun
(people, women, first-time callers, calls for people), the direction word (under/below/over/older), negation, the
count after the pair in its clause, an aside in an opening ("including ..."), the base's qualifier (by volunteers,
overnight, from adults, first half alone, at one office), its noun (callers, people for calls), the base in the
difference's sentence or the next one, the share's whole words (bare, a period, another noun, a qualifier) and the
pointer ("of those calls", "of these contacts") after one count or two.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.check.claim_words import bare_whole, qualified_base, same_noun, same_sense, whole_noun

SHARE = "Nearly half of people in Powys who rang the line last year were under 25.\n\n"


def verdicts(text: str, kind: str, stated: float) -> list[tuple[str, list[float]]]:
    record = extract_article(text, source="claim.txt", published="2025-03-01")
    values = {c.id: c.value for c in record.counts}
    return [(c.verdict, sorted(values[i] for i in c.inputs if i in values)) for c in record.checks
            if c.kind == kind and c.stated == stated]


@pytest.mark.parametrize("text, kind, stated, wrong", [
    # paired shares: the same claim, misprinted (kept)
    (SHARE + "Its report said 260 of the 800 people who rang from Powys in 2024 were under 25.", "share", 50.0, True),
    (SHARE + "Its report said 260 of the 800 people who rang from Powys in 2024 gave an age below 25.", "share", 50.0,
     True),
    (SHARE + "Of the 800 people who rang from Powys in 2024, 260 were under 25.", "share", 50.0, True),
    # the share of another whole than the pair's (women, first-time callers, calls)
    ("Nearly half of women in Powys who rang the line last year were under 25.\n\n"
     "Its report said 260 of the 800 people who rang from Powys in 2024 were under 25.", "share", 50.0, False),
    ("Nearly half of first-time callers in Powys last year were under 25.\n\n"
     "Its report said 260 of the 800 people who rang from Powys in 2024 were under 25.", "share", 50.0, False),
    (SHARE + "Of the 800 calls from Powys in 2024, 260 came from people under 25.", "share", 50.0, False),
    # the opposite direction, a negation
    ("Nearly half of people in Powys who rang the line last year were over 25.\n\n"
     "Its report said 260 of the 800 people who rang from Powys in 2024 were under 25.", "share", 50.0, False),
    ("Nearly half of people in Powys who rang the line last year were older than 25.\n\n"
     "Of the 800 people who rang from Powys in 2024, 260 were younger than 25.", "share", 50.0, False),
    ("Nearly half of callers from Powys last year were from Newtown.\n\n"
     "Its report said 260 of the 800 people who rang from Powys in 2024 were not from Newtown.", "share", 50.0,
     False),
    # the pair's clause runs on to the next count
    ("Nearly half of callers from Powys last year were men.\n\n"
     "Of the 800 callers from Powys in 2024, 260 were under 25 and 390 were men.", "share", 50.0, False),
    ("Nearly half of callers from Powys last year were men.\n\n"
     "Of the 800 callers from Powys in 2024, 260 were women and 150 were men.", "share", 50.0, False),
    # differences tied across two sentences: the base is the whole year's (kept)
    ("The helpline answered 6,420 calls in 2023. That was up by 310 on the year before, when 6,210 calls were "
     "answered.", "sum", 6420.0, True),
    ("The helpline answered 6,420 calls in 2023, up by 310 on the year before. In 2022 it answered 6,130 calls.",
     "sum", 6420.0, True),
    # a base that is a part of the year, another noun
    ("The helpline answered 6,420 calls in 2023. That was up by 310 on the year before, when 6,210 calls were "
     "answered by its volunteers.", "sum", 6420.0, False),
    ("The helpline answered 6,420 calls in 2023, up by 310 on the year before. In 2022 it answered 6,130 calls "
     "overnight during the winter.", "sum", 6420.0, False),
    ("The helpline answered 6,420 calls in 2023, up by 310 on the year before. In 2022, 6,130 calls came from "
     "parents.", "sum", 6420.0, False),
    ("The helpline answered 6,420 calls in 2023. That was up by 310 on 2022, when 6,210 calls were answered in "
     "the first six months alone.", "sum", 6420.0, False),
    ("The helpline answered 6,420 calls in 2023. That was up by 310 on the year before, when 6,210 callers got "
     "in touch.", "sum", 6420.0, False),
    ("The helpline answered 6,420 calls in 2023. That was up by 310 on the year before, when 6,210 people "
     "rang.", "sum", 6420.0, False),
    # a place's share of a listed total: bare whole (kept), a whole of its own noun or qualifier
    ("The service took 2,460 contacts in 2024 \u2013 1,930 from Gwent and 530 from Powys.\n\n"
     "Powys made up 30 per cent of the total.", "share", 30.0, True),
    ("The service took 2,460 contacts in 2024 \u2013 1,930 from Gwent and 530 from Powys.\n\n"
     "Powys accounted for 30 per cent of contacts from men.", "share", 30.0, False),
    ("The service took 2,460 contacts in 2024 \u2013 1,930 from Gwent and 530 from Powys.\n\n"
     "Powys made up 30 per cent of all texts.", "share", 30.0, False),
    # a pointer with a noun after a total and a group of it; after a total alone (kept)
    ("The line took 7,200 calls in 2024, and 4,100 came from men. Almost half of those calls, 2,000, came at "
     "weekends.", "share", 50.0, False),
    ("The line took 7,200 contacts in 2024, and 4,100 came from men. Almost half of these contacts, 2,000, came "
     "at weekends.", "share", 50.0, False),
    ("The line took 7,200 calls in 2024. Almost half of those calls, 2,000, came at weekends.", "share", 50.0,
     True),
])
def test_inconsistent_only_on_the_claims_own_figures(text: str, kind: str, stated: float, wrong: bool) -> None:
    found = [v for v, _ in verdicts(text, kind, stated)]
    if wrong:
        assert found == ["inconsistent"], found
    else:
        assert "inconsistent" not in found, found


@pytest.mark.parametrize("words, noun", [
    (["of", "people", "in", "powys"], "people"), (["of", "all", "the", "callers"], "callers"),
    (["of", "powys's", "callers"], "callers"), (["were", "under", "25"], None), (["of", "the", "800"], None),
])
def test_whole_noun(words: list[str], noun: str) -> None:
    assert whole_noun(words) == noun


@pytest.mark.parametrize("said, told, same", [
    (["were", "under", "25"], ["gave", "an", "age", "below", "25"], True),
    (["were", "over", "25"], ["were", "under", "25"], False),
    (["were", "from", "newtown"], ["were", "not", "from", "newtown"], False),
    (["were", "men"], ["were", "men"], True),
])
def test_same_sense(said: list[str], told: list[str], same: bool) -> None:
    assert same_sense(said, told) is same


@pytest.mark.parametrize("words, noun, bare", [
    ([], "contacts", True), (["of", "the", "total"], "contacts", True), (["of", "all", "contacts"], "contacts", True),
    (["of", "the", "contacts", "in", "2023"], "contacts", True), (["of", "gwent's", "contacts"], "contacts", True),
    (["of", "contacts", "from", "men"], "contacts", False), (["of", "all", "texts"], "contacts", False),
])
def test_bare_whole(words: list[str], noun: str, bare: bool) -> None:
    assert bare_whole(words, noun) is bare


@pytest.mark.parametrize("words, qualified", [
    (["calls", "were", "answered"], False), (["calls", "in", "2022"], False), (["people", "got", "in", "touch"], False),
    (["were", "recorded", "in", "the", "year"], False), (["calls", "came", "in"], False),
    (["calls", "were", "answered", "by", "volunteers"], True), (["calls", "during", "the", "night"], True),
    (["calls", "came", "from", "parents"], True), (["calls", "in", "the", "first", "half", "alone"], True),
    (["calls", "at", "its", "leeds", "office"], True),
])
def test_qualified_base(words: list[str], qualified: bool) -> None:
    assert qualified_base(words) is qualified


@pytest.mark.parametrize("a, b, same", [("calls", "call", True), ("calls", "people", False), (None, "calls", False)])
def test_same_noun(a, b, same: bool) -> None:
    assert same_noun(a, b) is same

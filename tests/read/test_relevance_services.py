"""Relevance of prevention services told by their use (ANNOTATION.md decision 1), and the cheap tests' bound on them.

The shapes: a service that is no "helpline" (a peer-support group for men at risk of suicide,
a gambling counselling centre, a non-violence or behaviour change programme for perpetrators,
a chat service) whose use is told by a verb of attending, taking part, treatment or referral;
the noun a figure counts followed by "on" ("calls on its line"); a clause of the sentence that
says what a service is for, or that expects use, beside a clause with the figure; and figures of
a service's staff, places or supporters, which are no use of it.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.read.byte_phrases import hyperscan_available
from pipeline.read.prefilter import crude_text, might_be_relevant, relevance_bound
from pipeline.read.prefilter_bytes import might_be_relevant_bytes, relevance_bound_bytes
from pipeline.read.relevance import assess
from pipeline.read.usage import usage_figures

ENGINES = ["ahocorasick"] + (["hyperscan"] if hyperscan_available() else [])

SERVICES = [
    # the noun a figure counts, followed by "on"
    ("The crisis team logged 7,250 calls on its suicide prevention line over the winter.", True),
    ("There are 180 active clients on the perpetrator programme in the borough.", True),
    ("Around 2,600 callers on the problem gambling hotline asked about sports betting.", True),
    ("Fifteen councillors called on the board to keep the suicide prevention helpline open.", False),
    ("The gambling addiction charity calls on ministers to find 12 million pounds for its hotline.", False),
    # verbs of a service's use
    ("Some 3,020 people attended the suicide prevention centre in 2023, against 2,480 in 2022.", True),
    ("Just 38 prisoners took part in the treatment programme for sex offenders this year.", True),
    ("Across the region 940 men participated in behaviour change programs for perpetrators of family violence.", True),
    ("About 52 men were referred to the perpetrator programme by magistrates last year.", True),
    ("The problem gambling council serves about 1,900 people a year through its counselling service.", True),
    ("The suicide prevention charity provided support to more than 12,400 people by phone and text last year.", True),
    ("The suicide prevention centre is dealing with 64 people at its second branch.", True),
    ("The hotline for men who use violence has given advice to about 1,700 abusive men since it began.", True),
    ("Last year the gambling addiction charity gave counselling to 860 problem gamblers.", True),
    # peer-support groups for men at risk of suicide
    ("A record 72 men attended the peer support group for men at risk of suicide on Monday night.", True),
    ("Since it opened, 310 men have come through the door of the peer support group for men at risk of suicide.", True),
    ("The suicide prevention peer support group is assisting around 2,500 men a week across the county.", True),
    ("A peer support group for men at risk of suicide meets every Monday in the church hall.", False),
    # gambling counselling centres, chat services
    ("People helped at gambling counselling centres rose from 1,100 in 2022 to 1,540 in 2023.", True),
    ("The youth suicide prevention chat service held 6,800 conversations in its first year.", True),
    # programmes for perpetrators told by their use
    ("More than 70 men have gone through the programme for men who want to stop causing harm at home.", True),
    ("Of the 120 men on the non-violence programme last year, 26 self-referred.", True),
    ("The project has worked with 190 service users assessed as high-risk perpetrators of domestic abuse.", True),
    ("A non-violence programme for men who want to change their behaviour opens in the spring.", False),
    # a veto word in one clause only; a clause that says what a service is for
    ("Calls to the gambling helpline rose 22% in March, and the charity expects a busy summer.", True),
    ("The new suicide prevention line expects to take 18,000 calls in its first year.", False),
    ("The men's peer-support group, which aims to prevent suicide, says 900 men have attended its sessions.", True),
    # figures of staff, places, supporters and events: no use
    ("A reception for the Samaritans branch was attended by some 35 volunteers at the town hall.", False),
    ("About 700 walkers took part in the suicide prevention charity's walk, raising money for its helpline.", False),
    ("The suicide prevention charity has taken on 12 therapists for its centre, which opens in May.", False),
    ("A team of 110 volunteers at the Samaritans branch answered 19,000 calls last year.", True),
    # police figures beside a line it signposts; places and durations near a word of use
    ("Officers investigated 280 online child abuse cases, resulting in 130 arrests; worried people can call Stop It Now.", False),
    ("The helpline for people worried about offending has group sessions in five of the 13 provinces, growing from 12 weeks to 16.", False),
    ("Police made 95 arrests for image offences, and the Stop It Now helpline took 2,100 calls from worried people.", True),
    ("Over the past 12 months the problem gambling helpline answered 5,800 calls.", True),
    # the purpose of a line said by a compound of suicide, or by harm done to others
    ("The 24-hour suicide helplines take about 2,100 calls a day, one in four of them suicide-related.", True),
    ("The line for people who have harmed others, or fear harming others, took 580 calls in its first year.", True),
    ("A third of the 1,700 calls the hotline took came from abusers who want to change.", True),
    ("Women fleeing their abusers made 4,600 calls to the domestic abuse helpline in the winter.", False),
    ("A suicide line for farmers opened this week, run by volunteers.", False),
    # services decision 1 does not cover, with figures
    ("The elder abuse helpline took 3,100 calls last year, many about money.", False),
    ("The drink advice line answered 4,700 calls from people worried about their drinking.", False),
    ("The women's refuge supported 320 women and 350 children fleeing domestic abuse last year.", False),
]


@pytest.mark.parametrize("text, relevant", SERVICES)
def test_relevance_of_services_by_their_use(text, relevant):
    assert assess(text).relevant is relevant


@pytest.mark.parametrize("text, figures", [
    ("the line took 8,100 calls on its first weekend.", ["8,100"]),
    ("there are 150 active clients on the programme.", ["150"]),
    ("some 2,000 phone calls on the hotline were about betting.", ["some 2,000"]),
    ("twelve members called on the mayor.", []),  # a verb after its subject, not the noun the figure counts
    ("the branch has 120 volunteers on its rota.", []),
    ("more than 20 locations took calls.", []),  # places, not use
    ("a team of 130 volunteers took 21,000 calls.", ["21,000"]),
    ("calls rose 23 per cent, and the charity expects 26,000 contacts this month.", ["23 per cent"]),
    ("the charity expects 26,000 contacts this month.", []),
    ("police arrested 40 men; 2,300 people contacted the line.", ["2,300"]),
    ("the group, which aims to cut suicide, said 1,400 men attended.", ["1,400"]),
    ("sessions run in six of the 10 provinces.", []),
    ("the sessions grow from 16 weeks to 20.", []),  # a range's second figure shares the first's noun
    ("calls rose from 1,200 calls to 1,800.", ["1,200"]),
    ("officers investigated 290 cases, resulting in 149 arrests.", []),
])
def test_usage_figures_of_these_shapes(text, figures):
    assert usage_figures(text) == figures


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("text", [text for text, relevant in SERVICES if relevant])
def test_the_cheap_tests_pass_every_relevant_service(text, engine):
    page = f"<html><body><article><h1>News</h1><p>{text}</p></article></body></html>"
    assert might_be_relevant(page)
    assert might_be_relevant_bytes(page.encode("utf-8"), engine=engine)


PARTS = ["suicide helplines", "harming others", "from abusers", "peer support group", "from 16 weeks to 20", "10 provinces", "arrests",  "attended", "240 men", " ", "at risk of suicide", "calls on", "1,300 calls",
         "volunteers", ", and the charity expects ", "service users", "non-violence programme", "self-referred",
         "counselling centres", "gambling counselling", ", which aims to stop suicide, ", ". ", "x"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=25))
def test_the_bounds_stay_above_the_score(parts):
    text = "".join(parts)
    score = assess(text).score
    assert relevance_bound(crude_text(text)) >= score
    assert all(relevance_bound_bytes(text.encode("utf-8"), engine) >= score for engine in ENGINES)


class _CountingClauses(list):
    """A list of clauses that counts the items read from it."""
    reads = 0

    def __iter__(self):
        for item in super().__iter__():
            _CountingClauses.reads += 1
            yield item


@pytest.mark.parametrize("clauses", [200, 800])
def test_a_sentence_of_vetoed_clauses_reads_each_clause_a_few_times(clauses, monkeypatch):
    """A figure is tested against the vetoed clauses by bisection, not against each: a sentence of n
    clauses of figures and arrests read n * n clauses."""
    import pipeline.read.usage as usage
    real = usage._vetoed_clauses
    monkeypatch.setattr(usage, "_vetoed_clauses", lambda sentence: _CountingClauses(real(sentence)))
    _CountingClauses.reads = 0
    text = "Calls to the helpline " + ", and ".join(f"{i + 100} calls and {i + 50} arrests" for i in range(clauses)) + "."
    assert usage_figures(text) == []
    assert _CountingClauses.reads <= 4 * clauses

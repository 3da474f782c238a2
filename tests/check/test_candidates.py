"""The candidate enumeration (``check/candidates.py``, ``candidate_pairs``, ``candidate_sums``, ``candidate_verdicts``).

Each case is an article of our own writing; the checks the enumeration adds are those of the record less those made
with ``[checks] candidates = false``.  The tables vary the claim's kind (a share, a stated difference, a change, a
multiplier, a total), word order, the nouns (calls, contacts, chats, people), the distance between claim and figures,
the number of parts, qualifiers, and headline or body; the last tables are articles where the enumeration must stay
silent (two candidate bases, a partial list, a base of another place, a sum that may be chance).
"""
from __future__ import annotations

import configparser

import pytest

from pipeline import extract_article
from pipeline.check.candidate_verdicts import candidates_on
from pipeline.check.within import check_record
from pipeline.settings import defaults


def _off() -> configparser.ConfigParser:
    config = configparser.ConfigParser(inline_comment_prefixes=("#",))
    config.read_dict({s: dict(defaults()[s]) for s in defaults().sections()})
    config.set("checks", "candidates", "false")
    return config


def _added(text: str) -> list:
    """The checks the enumeration adds to the record of ``text`` (kind, stated, verdict, input values)."""
    record = extract_article(text, source="cand.txt", published="2023-06-01")
    values = {c.id: c.value for c in record.counts}

    def key(c):
        return (c.kind, c.stated, c.verdict, tuple(sorted(values.get(i, 0) for i in c.inputs)))

    off = {key(c) for c in check_record(record, config=_off(), text=text)}
    return [key(c) for c in record.checks if key(c) not in off]


def test_the_setting():
    assert candidates_on(None) is True
    assert candidates_on(_off()) is False
    config = configparser.ConfigParser()
    config.read_dict({"checks": {"candidates": "no"}})
    assert candidates_on(config) is False
    config = configparser.ConfigParser()
    config.read_dict({"check": {"candidates": "no"}})
    assert candidates_on(config) is True  # only [checks] is read


@pytest.mark.parametrize("text, kind, stated, verdict, inputs", [
    # a share set off by dashes in the middle of its part's sentence, a fraction word, "nearly"
    ("The Eastvale line answered 8,200 calls in the first quarter of 2023, with 2,650 calls - nearly a third - "
     "made between midnight and 4am.", "share", 33.3, "consistent", (2650, 8200)),
    # the same in the next sentence, "more than", another noun (chats)
    ("The Cardiff team answered 1,200 chats in the first half of 2023.\n\nOf those chats, 410 - more than a third "
     "- came from people under 25.", "share", 33.3, "consistent", (410, 1200)),
    # a share told by its place, after the total and its parts joined by "with": a misprint
    ("Contacts from Surrey and Sussex reached 3,000 in 2022, with 1,800 from Surrey and 1,200 from Sussex.\n\n"
     "Sussex's share was 38%.", "share", 38.0, "inconsistent", (1200, 3000)),
    # the part written beside its share, before it ("or") or after it in apposition: misprints
    ("Callers from Kendal made 1,500 calls to the line in 2023.\n\nKendal town accounted for 450 of the calls, or "
     "35 per cent.", "share", 35.0, "inconsistent", (450, 1500)),
    ("The service answered 2,000 chats from Powys in 2023, and nearly a fifth of them, 300, came on Sundays.",
     "share", 20.0, "inconsistent", (300, 2000)),
    # a stated difference in the sentence after its later figure, the earlier in its own clause: a misprint
    ("Calls to the Ashford line reached 5,120 in 2023.\n\nThe figure was up by 460 on 2022, when 4,710 calls "
     "were answered.", "sum", 5120.0, "inconsistent", (460, 4710)),
    # "more than" as the difference's words, a chat count: the rules take its agreement, not its misprint
    ("Webchats with people in Dorset rose to 760 last year.\n\nThat was 90 more than in the year before, when "
     "690 chats were held.", "sum", 760.0, "inconsistent", (90, 690)),
    # a headline above the body; the difference beside its later figure, its earlier one sentence on
    ("Nearly 10,000 calls\n\nThe line in Leeds answered 9,420 calls in 2022, up 350 on the year before.\n\n"
     "It had answered 9,070 calls in 2021.", "sum", 9420.0, "consistent", (350, 9070)),
    # a breakdown of four places after its total, one of them no place we know ("the Humber")
    ("Shout had 12,000 conversations with people in Yorkshire and the Humber in 2022.\n\nWest Yorkshire accounted "
     "for 5,000 conversations, South Yorkshire 3,000, the Humber 2,500 and North Yorkshire 1,500.",
     "sum", 12000.0, "consistent", (1500, 2500, 3000, 5000)),
])
def test_the_enumeration_decides(text, kind, stated, verdict, inputs):
    """The check is the record's, made by the enumeration or (since the rules widened) by a rule."""
    made = _all(text)
    assert (kind, stated, verdict, tuple(sorted(inputs))) in made, made


def _all(text: str) -> list:
    """Every check of the record of ``text`` (kind, stated, verdict, input values), the enumeration on."""
    record = extract_article(text, source="cand.txt", published="2023-06-01")
    values = {c.id: c.value for c in record.counts}
    return [(c.kind, c.stated, c.verdict, tuple(sorted(values.get(i, 0) for i in c.inputs))) for c in record.checks]


@pytest.mark.parametrize("text", [
    # a difference beside two earlier years: two candidate bases, and the miss
    "Calls reached 5,120 in 2023, up by 460.\n\nThere were 4,710 calls in 2022 and 4,300 in 2021.",
    # a difference of no period ("in a year"): its later figure's period is a guess
    "Texts to the service went up by 240 in a year, the charity said.\n\nIt answered 3,010 texts from Glasgow "
    "in 2023.\n\nIn 2022 it answered 2,800 texts.",
    # the claim first, its earlier figure two sentences after it: not beside the claim, so no refutation
    "Texts to the service went up by 240 in 2023, the charity said.\n\nIt answered 3,010 texts from Glasgow in "
    "2023.\n\nIn 2022 it answered 2,800 texts.",
    # a difference of another thing than the counts ("volunteers")
    "The line answered 5,120 calls in 2023 and 4,710 in 2022.\n\nIt has 45 more volunteers than in 2022.",
    # a list that may be partial falls short: no verdict on a total
    "The helpline had 10,000 contacts in 2022.\n\nIt took 4,000 calls and 3,000 emails in 2022.",
    # a sum by chance in one sentence of figures (no total's words, no layout, no partition)
    "The service logged 120 calls, 80 texts and 200 emails in 2022.",
    # a share whose candidate whole is of another place
    "Northshire took 300 calls in 2022.\n\nWestmere took 1,000 calls in 2022.\n\nIt was 25% of the calls.",
    # a share that names a whole of its own, by its figure or by its words, beside the one candidate pair
    "Stop It Now heard from 480 people in Angus in 2023.\n\nIn Angus, 30% of the 480 were parents.\n\n"
    "Across Scotland it heard from 3,100 people in 2023.",
    "The line took 6,000 calls from Hampshire in 2024.\n\nWinchester callers made 700 calls, half of calls to the "
    "town's own team.",
    "Volunteers in York answered 5,000 calls in 2024.\n\nAbout a third of calls to the weekend team - 900 - came "
    "after midnight.",
    "Calls from Perth to the line rose from 300 in 2022 to 600 in 2023.\n\nOf the 600 callers, 20% were women.",
    # a share whose place is its whole ("of X callers"), with one pair of that place and the region
    "Calls from Conwy rose to 700 in 2024.\n\nAcross Wales the line took 5,200 calls in 2024.\n\n"
    "About a third of Conwy callers were ringing about a partner.",
    # a lede's share whose part follows in the next sentence, tied by no structure
    "Nearly half of people in Devon who called the line were under 30.\n\nOf the 1,200 people who called in 2023, "
    "430 gave an age under 30.",
    # a share of a group no count names: the one pair is not tied to it
    "The line took 1,005 calls in 2022, up from 840.\n\nSome 412 of the calls came from Eastvale.\n\n"
    "Officials said it was a busy year for the team, which hopes to grow.\n\nNearly half of callers were men.",
])
def test_no_inconsistent_where_the_candidates_are_not_exhaustive(text):
    added = _added(text)
    assert not [a for a in added if a[2] == "inconsistent"], added


@pytest.mark.parametrize("text", [
    # two totals a sum of the run could be: the run adds to one and the other is no total of it
    "The service logged 120 calls, 80 texts and 200 emails in 2022.",
    # a share of something the article does not count, one pair agreeing by chance in the sentence before it
    "The charity heard from 71,000 people in 2025.\n\nOf those, 16,000 used its phone line.\n\n"
    "Around one in four calls went unanswered, it said.",
    # a share between two equally sure wholes, one agreeing, one not, neither tied
    "Eastvale took 1,000 calls in 2022.\n\nEastvale also took 2,000 contacts in 2022.\n\n"
    "Officials said it was a busy year.\n\nAbout a quarter were repeat callers.",
])
def test_silent(text):
    """No check at all: neither a verdict nor an agreement found by chance."""
    assert _added(text) == []


#: Claims whose one candidate pair is not surely their own: a bare figure given its pair's measure, a group, place,
#: topic or noun the pair does not name, a pair not beside the claim, a gross miss on an earlier count of another
#: sentence.  Varied: subject before or after the figure, "more ... than", "went up by", "rose", "fell", "grew",
#: the claim before, between or after its figures, one to two sentences away, a headline.
BORROWED = [
    "The Dover line took 4,800 calls in 2023. Teenagers made 600 more calls than in 2022. In 2022 the line "
    "took 4,300 calls.",
    "The Dover line took 4,800 calls in 2023. In 2022 it took 4,300 calls. Calls from fathers went up by 320.",
    "In Dover the line took 4,800 calls in 2023 and 4,300 calls in 2022. Nationally, calls rose by 1,100 in 2023.",
    "The Dover line took 4,800 calls in 2023 and 4,300 calls in 2022. In 2023 calls about online abuse increased "
    "by 90.",
    "The Dover line took 4,800 calls in 2023 and 4,300 calls in 2022. In 2023 the number of callers grew by 210.",
    "Calls to Dover line up by 700\n\nThe Dover line took 4,800 calls in 2023. It took 4,300 calls in 2022.",
    "Calls from women fell by 400 in 2023. The Dover line took 4,300 calls in 2023, against 4,800 in 2022.",
    "The Dover line took 4,800 calls in 2023. Boys made 180 more calls in 2023. It took 4,300 calls in 2022.",
    "The Dover line took 4,800 calls in 2023. Calls went up by 1,500 in 2023. In 2022 it had taken 4,300 calls.",
]


@pytest.mark.parametrize("text", BORROWED)
def test_no_refutation_with_a_borrowed_pair(text):
    added = _added(text)
    assert not [a for a in added if a[2] == "inconsistent"], added


#: A total followed by counts that add up to it by chance: "including" opening a list the next sentence goes on
#: with, "of the" inside a sentence.  Two to three parts, "including", "includes", "included", one or two sentences.
CHANCE_SUMS = [
    "The line took 5,000 calls in 2023, including 3,100 from Kent. A further 1,900 calls came from abroad.",
    "Its 2,400 calls in 2023 included 900 from men. Another 1,500 calls were made at night.",
    "The line's 6,000 calls in 2023 includes 2,000 from Leeds. It also took 3,000 calls from students and 1,000 "
    "calls from parents.",
    "The line took 3,000 calls in 2023. Most of the 1,800 calls from women came at night, and 1,200 came from men.",
]


@pytest.mark.parametrize("text", CHANCE_SUMS)
def test_no_breakdown_by_chance(text):
    added = _added(text)
    assert not [a for a in added if a[0] == "sum"], added


#: What the enumeration (or a rule) still decides on figures surely the claim's own: both counts in the
#: difference's sentence, the earlier in it as its base, "Of the N" opening the parts' sentence, "including" with
#: the whole run in the total's sentence.
OWN = [
    ("Calls from Ripon rose by 250 in 2022, from 1,300 in 2021 to 1,500.",
     "sum", 1500.0, "inconsistent", (250, 1300)),
    ("The service took 2,740 chats from people in Fife in 2022/23.\n\nThat was up by 300 on the previous financial "
     "year, when 2,560 chats were logged.", "sum", 2740.0, "inconsistent", (300, 2560)),
    ("The line took 1,700 calls from Devon in 2024.\n\nOf the 1,700 calls, 1,100 came from Exeter and 600 from the "
     "rest of the county.", "sum", 1700.0, "consistent", (600, 1100)),
]


@pytest.mark.parametrize("text, kind, stated, verdict, inputs", OWN)
def test_own_figures_still_decide(text, kind, stated, verdict, inputs):
    made = _all(text)
    assert (kind, stated, verdict, tuple(sorted(inputs))) in made, made

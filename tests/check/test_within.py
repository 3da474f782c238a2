"""Checks within one article: the verdict arithmetic, the search for inputs, fixture articles."""
from __future__ import annotations

import configparser
import json
from decimal import Decimal
from pathlib import Path

import pytest

from check_factories import count, locate, mult, pct, record
from pipeline.check.within import check_record, stated_decimal
from pipeline.check.tolerances import Tolerances, load
from pipeline.check.verdicts import (check_multiplier, check_multiplier_pct, check_percentage, check_sum,
                               implied_count)

TOL = Tolerances()
CHECKS_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "checks"
GOLD = Path(__file__).resolve().parents[3] / "shared" / "eval" / "seeds_gold.json"

D = Decimal

PERCENTAGES = [
    # stated, qualifier, old, new, direction, verdict
    ("99", "exact", 596, 1186, "increase", "consistent"),          # 98.99 rounds to 99
    ("98", "exact", 100, "198.49", "increase", "consistent"),      # 98.49 rounds to 98
    ("98", "exact", 100, "198.5", "increase", "inconsistent"),     # 98.5 rounds to 99
    ("98", "exact", 100, "197.5", "increase", "consistent"),       # lower edge is in
    ("98", "exact", 100, "197.49", "increase", "inconsistent"),
    ("99", "exact", 100, "198.5", "increase", "consistent"),       # 99 accepts [98.5, 99.5)
    ("98.9", "exact", 1000, "1988.5", "increase", "consistent"),   # 98.9 accepts [98.85, 98.95)
    ("98.9", "exact", 1000, "1989.5", "increase", "inconsistent"),
    ("199", "exact", 596, 1186, "increase", "inconsistent"),       # the ratio printed as the change
    ("25", "exact", 200, 150, "decrease", "consistent"),           # a fall from 200 to 150 is 25%
    ("25", "exact", 200, 150, "increase", "inconsistent"),         # direction matters
    ("33", "exact", 150, 200, "decrease", "inconsistent"),
    ("33", "exact", 150, 200, "increase", "consistent"),           # 33.33
    ("-25", "exact", 200, 150, None, "consistent"),                # a negative figure is a fall
    ("25", "exact", 200, 150, None, "consistent"),                 # no direction: only the size
    ("150", "more_than", 100, 251, "increase", "consistent"),
    ("150", "more_than", 100, 250, "increase", "inconsistent"),    # must exceed, not equal
    ("150", "more_than", 100, 240, "increase", "inconsistent"),
    ("50", "nearly", 100, 148, "increase", "consistent"),
    ("50", "nearly", 100, 150, "increase", "inconsistent"),        # nearly means below
    ("50", "nearly", 100, 145, "increase", "consistent"),          # edge of nearly_pct_points
    ("50", "nearly", 100, 144, "increase", "inconsistent"),
    ("30", "about", 100, "132.5", "increase", "consistent"),       # edge of about_pct_points
    ("30", "about", 100, 128, "increase", "consistent"),
    ("30", "about", 100, 127, "increase", "inconsistent"),
    ("0.5", "exact", 1000, 1005, "increase", "consistent"),
    ("100", "at_least", 100, "199.5", "increase", "consistent"),
    ("20", "fewer_than", 100, 119, "increase", "consistent"),
    ("20", "fewer_than", 100, 120, "increase", "inconsistent"),
    ("10", "exact", 0, 50, "increase", "unverifiable"),            # zero base
    ("10", "exact", None, 50, "increase", "unverifiable"),         # missing base
    ("10", "exact", 50, None, "increase", "unverifiable"),         # missing later count
]


@pytest.mark.parametrize("stated, qualifier, old, new, direction, verdict", PERCENTAGES)
def test_check_percentage(stated, qualifier, old, new, direction, verdict):
    v = check_percentage(D(stated), qualifier, None if old is None else D(old), None if new is None else D(new),
                         tolerances=TOL, direction=direction)
    assert v.verdict == verdict, v.explanation
    assert v.explanation
    if verdict != "unverifiable":
        assert v.tolerance and "/" in v.explanation  # the arithmetic is shown


@pytest.mark.parametrize("stated, old, new, gross, words", [
    ("199", 596, 1186, True, "share of 596"),
    ("33", 150, 200, True, "wrong direction"),
    ("98", 100, "198.5", False, "not a rise"),
    ("10", 0, 50, False, "zero"),
    ("10", None, 50, False, "not in the text"),
])
def test_percentage_explains_errors(stated, old, new, gross, words):
    v = check_percentage(D(stated), "exact", None if old is None else D(old), D(new), tolerances=TOL,
                         direction="decrease" if stated == "33" else "increase")
    assert v.gross is gross
    assert words in v.explanation


MULTIPLIERS = [
    # factor, qualifier, old, new, verdict
    (2, "exact", 596, 1186, "consistent"),
    (2, "exact", 100, 195, "consistent"),        # doubled_low is in (ANNOTATION.md decision 10: [1.95, 2.05))
    (2, "exact", 100, 190, "inconsistent"),      # below doubled_low
    (2, "exact", 100, 205, "inconsistent"),      # doubled_high is out
    (2, "exact", 100, 189, "inconsistent"),
    (2, "exact", 100, 210, "inconsistent"),      # doubled_high is out
    (2, "more_than", 100, 201, "consistent"),
    (2, "more_than", 100, 200, "inconsistent"),
    (2, "nearly", 100, 188, "consistent"),
    (2, "nearly", 100, 174, "inconsistent"),     # below almost_low
    (2, "nearly", 100, 200, "inconsistent"),
    (3, "exact", 100, 295, "consistent"),
    (3, "exact", 100, 290, "inconsistent"),     # below trebled_low, 2.925
    (3, "exact", 100, 320, "inconsistent"),
    ("0.5", "exact", 200, 102, "consistent"),
    ("0.5", "exact", 200, 104, "inconsistent"),  # 0.52: above halved_high, 0.5125
    ("0.5", "exact", 200, 120, "inconsistent"),
    ("0.5", "more_than", 200, 90, "consistent"),
    (4, "exact", 100, 409, "consistent"),
    (4, "exact", 100, 411, "inconsistent"),     # 4.11: more than 2.5% (multiplier_rel) above 4
    (2, "exact", 0, 10, "unverifiable"),
]


@pytest.mark.parametrize("factor, qualifier, old, new, verdict", MULTIPLIERS)
def test_check_multiplier(factor, qualifier, old, new, verdict):
    v = check_multiplier(D(factor), qualifier, D(old), D(new), tolerances=TOL, word="doubled")
    assert v.verdict == verdict, v.explanation


@pytest.mark.parametrize("factor, qualifier, value, pct_qualifier, direction, verdict", [
    (2, "more_than", "106", "exact", "increase", "consistent"),   # 2.06 is more than double
    (2, "exact", "99", "exact", "increase", "consistent"),
    (2, "exact", "150", "more_than", "increase", "inconsistent"),
    (2, "more_than", "90", "exact", "increase", "inconsistent"),
    (2, "nearly", "95", "exact", "increase", "consistent"),
    ("0.5", "exact", "50", "exact", "decrease", "consistent"),
    (3, "exact", "106", "exact", "increase", "inconsistent"),
])
def test_multiplier_against_percentage(factor, qualifier, value, pct_qualifier, direction, verdict):
    v = check_multiplier_pct(D(factor), qualifier, D(value), pct_qualifier, direction, tolerances=TOL)
    assert v.verdict == verdict, v.explanation
    assert "factor of" in v.explanation


@pytest.mark.parametrize("stated, qualifier, parts, verdict", [
    (24000, "more_than", [(18036, "exact"), (6196, "exact")], "consistent"),
    (15000, "more_than", [(8412, "exact"), (5903, "exact")], "inconsistent"),
    (24000, "exact", [(18036, "exact"), (6196, "exact")], "consistent"),      # 24,000 as rounded
    (24232, "exact", [(18036, "exact"), (6196, "exact")], "consistent"),
    (24231, "exact", [(18036, "exact"), (6196, "exact")], "inconsistent"),
    (14000, "about", [(8412, "exact"), (5903, "exact")], "consistent"),
    (20000, "about", [(8412, "exact"), (5903, "exact")], "inconsistent"),
    (24000, "more_than", [(18036, "more_than"), (5000, "exact")], "unverifiable"),
    (30000, "fewer_than", [(18036, "more_than"), (5000, "exact")], "unverifiable"),
    (10, "exact", [], "unverifiable"),
])
def test_check_sum(stated, qualifier, parts, verdict):
    v = check_sum(D(stated), qualifier, [(D(x), q) for x, q in parts], tolerances=TOL)
    assert v.verdict == verdict, v.explanation


@pytest.mark.parametrize("known, value, direction, expected, lo, hi", [
    (18036, "106", "increase", 8755, 8734, 8777),
    (150, "25", "decrease", 200, 198, 202),
    (6196, "116", "increase", 2869, 2861, 2876),
])
def test_implied_count(known, value, direction, expected, lo, hi):
    implied, span = implied_count(D(known), D(value), direction)
    assert round(implied) == expected
    assert lo <= span.lo <= implied <= span.hi <= hi


def test_implied_count_undefined_after_a_total_fall():
    assert implied_count(D(10), D(100), "decrease") is None


@pytest.mark.parametrize("text, value, expected", [
    ("99 per cent increase", 99.0, "99"),
    ("a 98.90% rise", 98.9, "98.90"),
    ("1,234.5%", 1234.5, "1234.5"),
    (None, 106.0, "106"),
    ("doubled", 2.5, "2.5"),
])
def test_stated_decimal_keeps_the_written_precision(text, value, expected):
    assert str(stated_decimal(text, value)) == expected


# --- whole records --------------------------------------------------------

def _herts():
    return record(
        counts=[count("c1", 1186, regions=["Hertfordshire"], year=2019, at=300, sentence=(290, 420)),
                count("c2", 596, regions=["Hertfordshire"], year=2018, at=400, sentence=(290, 420))],
        percentages=[pct("p1", 99.0, regions=["Hertfordshire"], year=2019, base=2018, at=350,
                         sentence=(290, 420), text="99 per cent increase")],
        multipliers=[mult("m1", 2.0, "doubled", regions=["Hertfordshire"], at=40, sentence=(0, 120))])


def _north_west():
    return record(
        counts=[count("c1", 24000, q="more_than", regions=["North West", "North Wales"], year=2021, at=400),
                count("c2", 18036, regions=["North West"], year=2021, at=1000, sentence=(990, 1100)),
                count("c3", 6196, regions=["Wales"], year=2021, at=1300, sentence=(1300, 1400))],
        percentages=[pct("p1", 150.0, q="more_than", regions=["Cumbria", "Cheshire", "Lancashire"], year=2021,
                         base=2020, at=600),
                     pct("p2", 106.0, regions=["North West"], year=2021, base=2020, at=1110, sentence=(1102, 1200)),
                     pct("p3", 116.0, regions=["Wales"], year=2021, base=2020, at=1350, sentence=(1300, 1400))],
        multipliers=[mult("m1", 2.0, "doubled", year=2021, at=30),
                     mult("m2", 2.0, "more than doubled", q="more_than", regions=["North West", "North Wales"],
                          year=2021, at=200)])


def _found(checks):
    return {(c.kind, c.stated, c.verdict) for c in checks}


def test_counts_found_by_region_and_period():
    checks = check_record(_herts())
    assert [c.id for c in checks] == ["k1", "k2"]
    by_kind = {c.kind: c for c in checks}
    assert by_kind["percentage"].verdict == "consistent"
    assert set(by_kind["percentage"].inputs) == {"c1", "c2"}
    assert "98.99%" in by_kind["percentage"].explanation
    assert by_kind["multiplier"].verdict == "consistent" and by_kind["multiplier"].stated == 2.0
    assert "1.99" in by_kind["multiplier"].explanation


def test_sum_multiplier_and_implied_bases():
    checks = check_record(_north_west())
    found = _found(checks)
    assert ("sum", 24000.0, "consistent") in found
    assert ("multiplier", 2.0, "consistent") in found
    assert ("percentage", 106.0, "unverifiable") in found
    assert ("percentage", 116.0, "unverifiable") in found
    total = next(c for c in checks if c.kind == "sum")
    assert total.inputs == ["c2", "c3"]
    assert "Wales" in total.explanation and "North Wales" in total.explanation
    implied = {c.stated: c.implied for c in checks if c.kind == "percentage"}
    assert implied[106.0] == 8755 and implied[116.0] == 2869 and implied[150.0] is None
    # the first multiplier check of 2.0 is the decided one; the regionless one says why it is not
    first = next(c for c in checks if c.kind == "multiplier")
    assert first.verdict == "consistent" and first.inputs == ["p2"]
    vague = [c for c in checks if c.claim_ref == "m1"][0]
    assert vague.verdict == "unverifiable" and ("disagree" in vague.explanation or "another figure" in vague.explanation)
    assert [c.verdict == "unverifiable" for c in checks] == sorted(c.verdict == "unverifiable" for c in checks)


def test_extractor_links_win_over_the_search():
    rec = record(counts=[count("c1", 300, regions=["Kent"], year=2020), count("c2", 100, regions=["Kent"], year=2019),
                         count("c3", 150, regions=["Kent"], year=2019)],
                 percentages=[pct("p1", 100.0, regions=["Kent"], year=2020, base=2019, count_ref="c1",
                                  base_count_ref="c3")])
    (check,) = check_record(rec)
    assert check.inputs == ["c3", "c1"] and check.verdict == "consistent"


def test_multiplier_with_percentage_ref():
    rec = record(percentages=[pct("p1", 45.0, regions=["Kent"], year=2020)],
                 multipliers=[mult("m1", 2.0, "doubled", regions=["Kent"], percentage_ref="p1")])
    check = next(c for c in check_record(rec) if c.kind == "multiplier")
    assert check.verdict == "inconsistent" and check.inputs == ["p1"]
    assert "1.45" in check.explanation


def test_zero_base_in_a_record_is_unverifiable_with_reason():
    rec = record(counts=[count("c1", 40, regions=["Kent"], year=2020), count("c2", 0, regions=["Kent"], year=2019)],
                 percentages=[pct("p1", 100.0, regions=["Kent"], year=2020, base=2019)])
    (check,) = check_record(rec)
    assert check.verdict == "unverifiable" and "zero" in check.explanation


def test_counts_of_another_region_are_not_used():
    rec = record(counts=[count("c1", 300, regions=["Kent"], year=2020), count("c2", 100, regions=["Devon"], year=2019)],
                 percentages=[pct("p1", 50.0, regions=["Kent"], year=2020, base=2019)])
    (check,) = check_record(rec)
    assert check.verdict == "unverifiable" and check.implied == 200


def test_shares_are_not_checked_and_the_record_is_untouched():
    rec = record(counts=[count("c1", 300, regions=["Kent"])], percentages=[pct("p1", 80.0, direction=None)])
    assert check_record(rec) == [] and rec.checks == []


def test_settings_change_the_bands():
    config = configparser.ConfigParser()
    config.read_dict({"checks": {"doubled_low": "2.0"}})
    assert load(config).doubled_low == 2
    multiplier = next(c for c in check_record(_herts(), config=config) if c.kind == "multiplier")
    assert multiplier.verdict == "inconsistent"


def test_bad_input_gives_an_unverifiable_check_not_a_crash():
    rec = record(percentages=[pct("p1", 10.0, regions=["Kent"])])
    rec.percentages[0].value = None
    (check,) = check_record(rec)
    assert check.verdict == "unverifiable" and "could not be checked" in check.explanation


# --- fixture articles that misstate a figure -------------------------------

def _fixture_records():
    """Hand-built records of the fixture articles: the facts an extractor should find."""
    def at(name, snippet):
        return locate((CHECKS_DIR / name).read_text(encoding="utf-8"), snippet)

    f = "misprinted-rise.txt"
    rise = record("rise", counts=[count("c1", 742, regions=["Kent"], year=2023, **at(f, "742 people")),
                                  count("c2", 373, regions=["Kent"], year=2022, **at(f, "373 people"))],
                  percentages=[pct("p1", 199.0, regions=["Kent"], year=2023, base=2022, **at(f, "199% increase"))])
    f = "short-total.txt"
    short = record("short", counts=[
        count("c1", 15000, q="more_than", regions=["Yorkshire and The Humber", "North East"], year=2022,
              **at(f, "More than 15,000")),
        count("c2", 8412, regions=["Yorkshire and The Humber"], year=2022, **at(f, "8,412 people")),
        count("c3", 5903, regions=["North East"], year=2022, **at(f, "5,903 people"))])
    f = "outlet-b.txt"
    devon = record("devon-b", counts=[count("c1", 1402, regions=["Devon"], year=2022, **at(f, "1,402 people")),
                                      count("c2", 640, regions=["Devon"], year=2021, **at(f, "640 in 2021"))],
                   percentages=[pct("p1", 88.0, regions=["Devon"], year=2022, base=2021, **at(f, "88% increase"))],
                   multipliers=[mult("m1", 2.0, "nearly doubled", q="nearly", regions=["Devon"],
                                     **at(f, "has nearly doubled"))])
    f = "falling-calls.txt"
    fall = record("fall", counts=[count("c1", 150, regions=["Norfolk"], year=2021, **at(f, "150 people")),
                                  count("c2", 200, regions=["Norfolk"], year=2020, **at(f, "200 people"))],
                  percentages=[pct("p1", 25.0, regions=["Norfolk"], year=2021, base=2020, direction="decrease",
                                   **at(f, "fall of 25%"))])
    return {"misprinted-rise.txt": rise, "short-total.txt": short, "outlet-b.txt": devon, "falling-calls.txt": fall}


EXPECTED = [
    ("misprinted-rise.txt", ("percentage", 199.0, "inconsistent")),
    ("short-total.txt", ("sum", 15000.0, "inconsistent")),
    ("outlet-b.txt", ("percentage", 88.0, "inconsistent")),
    ("outlet-b.txt", ("multiplier", 2.0, "inconsistent")),
    ("outlet-a.txt", ("percentage", 88.0, "consistent")),
    ("outlet-a.txt", ("multiplier", 2.0, "consistent")),
    ("falling-calls.txt", ("percentage", 25.0, "consistent")),
]


@pytest.mark.parametrize("name, expected", [e for e in EXPECTED if e[0] != "outlet-a.txt"])
def test_fixture_misstatements_caught_on_hand_built_records(name, expected):
    checks = check_record(_fixture_records()[name])
    assert expected in _found(checks), [c.explanation for c in checks]


def test_misprinted_rise_is_called_a_gross_error():
    (check,) = check_record(_fixture_records()["misprinted-rise.txt"])
    assert "gross error" in check.explanation and "98.93%" in check.explanation


#: Every fixture article end to end: "1,402 ... in 2022, up from 640 in 2021 - an 88% increase"
#: needs the extractor to date 640 to 2021 and link it as the base count.
END_TO_END = EXPECTED


@pytest.mark.parametrize("name, expected", END_TO_END)
def test_fixture_misstatements_caught_end_to_end(name, expected):
    from pipeline.engine import stages as extract
    path = CHECKS_DIR / name
    rec = extract.extract_article(path.read_text(encoding="utf-8"), source=str(path), published="2024-02-01")
    assert expected in _found(rec.checks), [(c.kind, c.stated, c.verdict, c.explanation) for c in rec.checks]


def test_seed_gold_checks_found_end_to_end(seeds_dir):
    from pipeline.engine import stages as extract
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    missed = []
    for article in gold:
        path = seeds_dir / f"{article['id']}.txt"
        rec = extract.extract_article(path.read_text(encoding="utf-8"), source=str(path), published=None)
        first = {}
        for c in rec.checks:  # the scorer pairs a gold check with the first system check of its key
            first.setdefault((c.kind, round(c.stated, 1)), c.verdict)
        for g in article["checks"]:
            if first.get((g["kind"], round(g["stated"], 1))) != g["verdict"]:
                missed.append((article["id"], g["kind"], g["stated"], g["verdict"]))
    assert not missed


def test_a_malformed_count_is_passed_over():
    rec = _herts()
    rec.counts.insert(0, count("c0", 1, regions=["Hertfordshire"], year=2019))
    rec.counts[0].value = "many"
    rec.percentages[0].regions = None  # the counts of its sentence are used
    checks = check_record(rec)
    assert {c.kind: c.verdict for c in checks} == {"percentage": "consistent", "multiplier": "consistent"}


def test_a_linked_count_of_the_base_period_is_taken_as_the_base():
    rec = record(counts=[count("c1", 1204, regions=["Devon"], year=2022, at=10),
                         count("c2", 640, regions=["Devon"], year=2021, at=60)],
                 percentages=[pct("p1", 88.0, regions=["Devon"], year=2022, base=2021, at=80, count_ref="c2")])
    (check,) = check_record(rec)
    assert check.verdict == "consistent" and check.inputs == ["c2", "c1"]


@pytest.mark.parametrize("parts, verdict", [
    ([1204, 987, 1105, 512, 502], "consistent"),     # a complete breakdown: 4,310
    ([1204, 987, 1105, 512, 900], "inconsistent"),   # the parts exceed the whole
    ([1204, 987], "unverifiable"),                   # a shortfall may be an incomplete list
])
def test_a_total_against_its_breakdown_by_county(parts, verdict):
    counties = ["Kent", "Surrey", "Hampshire", "East Sussex", "West Sussex"]
    rec = record(counts=[count("c1", 4310, regions=["South East"], year=2022, at=10)]
                 + [count(f"c{n + 2}", v, regions=[counties[n]], year=2022, at=100 + 40 * n) for n, v in enumerate(parts)])
    [check] = [c for c in check_record(rec) if c.kind == "sum"]
    assert check.verdict == verdict, check.explanation
    assert check.inputs == [f"c{n + 2}" for n in range(len(parts))]


def test_no_sum_check_when_no_part_is_stated():
    rec = record(counts=[count("c1", 2350, regions=["West Midlands", "East Midlands"], year=2020)])
    assert [c for c in check_record(rec) if c.kind == "sum"] == []


@pytest.mark.parametrize("old_year, new_year, verdict", [
    # a change linked to two counts: judged only when they are of different periods
    (2019, 2019, "unverifiable"),   # two counts of one year: no change between them, whatever the figures
    (2018, 2019, "inconsistent"),   # 4,130 to 1,260 is no rise of 18%
    (None, 2019, "inconsistent"),   # an undated earlier figure stays comparable
])
def test_change_between_counts_of_one_period_is_never_judged(old_year, new_year, verdict):
    rec = record(counts=[count("c1", 4130, year=old_year), count("c2", 1260, year=new_year)],
                 percentages=[pct("p1", 18, year=2019, base=2018, count_ref="c2", base_count_ref="c1")])
    found = [c for c in check_record(rec) if c.kind == "percentage"]
    assert [c.verdict for c in found] == [verdict], [c.explanation for c in found]


@pytest.mark.parametrize("part_regions, values, verdict", [
    # a total over two places against one count for each: decided only when each part is of its own place
    (["England", "Wales"], (21000, 3000), "consistent"),
    (["England", "Wales"], (600, 800), "inconsistent"),
    (["United Kingdom", "United Kingdom"], (600, 800), "unverifiable"),   # counts of the UK are no part of England
    (["England", "United Kingdom"], (600, 800), "unverifiable"),
])
def test_sum_over_places_with_a_wider_part(part_regions, values, verdict):
    rec = record(counts=[count("c1", 24000, regions=["England", "Wales"], year=2020, at=200)]
                 + [count(f"c{n + 2}", v, regions=[r], year=2020, at=10 + 40 * n)
                    for n, (r, v) in enumerate(zip(part_regions, values))])
    found = [c for c in check_record(rec) if c.kind == "sum"]
    assert [c.verdict for c in found] == [verdict], [c.explanation for c in found]

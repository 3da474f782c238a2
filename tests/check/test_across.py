"""Checks across articles, the summary table, and ``run_check`` on a records file."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from check_factories import count, mult, pct, record
from pipeline.check.within import check_record
from pipeline.check.across import check_across, run_check, summarise, syndication_groups
from pipeline.records import Check, to_dict
from pipeline.check.tolerances import Tolerances

CHECKS_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "checks"
TITLE = "Devon helpline contacts nearly double as charity urges people to seek help"


def _devon(id, outlet, value, *, year=2022, title=TITLE):
    return record(id, outlet=outlet, title=title,
                  counts=[count("c1", value, regions=["Devon"], year=year, at=100),
                          count("c2", 640, regions=["Devon"], year=2021, at=140)],
                  percentages=[pct("p1", 88.0, regions=["Devon"], year=2022, base=2021, at=160)],
                  multipliers=[mult("m1", 2.0, "nearly doubled", q="nearly", regions=["Devon"], at=20)])


def test_two_outlets_one_figure_differing():
    checks = check_across([_devon("a", "devonlive.com", 1204), _devon("b", "plymouthherald.co.uk", 1402)])
    bad = [c for c in checks if c.verdict == "inconsistent"]
    assert len(bad) == 1
    (check,) = bad
    assert check.kind == "cross_article" and check.id.startswith("x")
    assert check.articles == ["a", "b"]
    assert "devonlive.com" in check.explanation and "plymouthherald.co.uk" in check.explanation
    assert "1,204" in check.explanation and "1,402" in check.explanation
    assert {check.stated, check.computed} == {1204.0, 1402.0}
    agreed = [c for c in checks if c.verdict == "consistent"]
    assert agreed and all(c.articles == ["a", "b"] for c in agreed)


def test_a_copy_without_the_period_is_still_compared_within_its_release():
    a = _devon("a", "devonlive.com", 1204)
    b = _devon("b", "plymouthherald.co.uk", 1402, year=None)
    checks = check_across([a, b])
    bad = [c for c in checks if c.verdict == "inconsistent"]
    assert len(bad) == 1 and "syndicated copies" in bad[0].explanation


@pytest.mark.parametrize("titles, figures_b, grouped", [
    ((TITLE, TITLE), (1204, 640), True),                                      # same release
    ((TITLE, "Something else entirely about Devon"), (1204, 640), True),      # figures coincide
    ((TITLE, "Police arrest man in Exeter"), (57, 12), False),                # unrelated
])
def test_syndication_groups(titles, figures_b, grouped):
    a = _devon("a", "x.com", 1204, title=titles[0])
    b = record("b", outlet="y.com", title=titles[1],
               counts=[count("c1", figures_b[0], regions=["Devon"]), count("c2", figures_b[1], regions=["Devon"])],
               percentages=[pct("p1", 88.0 if grouped else 3.0, regions=["Devon"])])
    groups = syndication_groups([a, b], Tolerances())
    assert (groups == [[0, 1]]) is grouped


def test_rounded_and_qualified_figures_are_not_contradictions():
    a = record("a", outlet="a.com", counts=[count("c1", 24000, q="more_than", regions=["Kent"], year=2021)],
               percentages=[pct("p1", 99.0, regions=["Kent"], year=2021, base=2020)])
    b = record("b", outlet="b.com", counts=[count("c1", 24232, regions=["Kent"], year=2021)],
               percentages=[pct("p1", 98.9, regions=["Kent"], year=2021, base=2020, text="98.9%")])
    checks = check_across([a, b])
    assert len(checks) == 2 and all(c.verdict == "consistent" for c in checks)


def test_same_change_stated_differently():
    a = record("a", outlet="a.com", multipliers=[mult("m1", 2.0, "doubled", regions=["Kent"], year=2021)])
    b = record("b", outlet="b.com", percentages=[pct("p1", 45.0, regions=["Kent"], year=2021, base=2020)])
    (check,) = check_across([a, b])
    assert check.verdict == "inconsistent" and check.articles == ["a", "b"]
    assert "1.45" in check.explanation and "a.com" in check.explanation and "b.com" in check.explanation


@pytest.mark.parametrize("base, verdict", [
    (8755, "consistent"), (8770, "consistent"), (8790, "inconsistent"), (9100, "inconsistent"),
])
def test_implied_base_confirmed_or_contradicted_by_another_article(base, verdict):
    a = record("a", outlet="a.com", counts=[count("c1", 18036, regions=["North West"], year=2021)],
               percentages=[pct("p1", 106.0, regions=["North West"], year=2021, base=2020)])
    b = record("b", outlet="b.com", counts=[count("c1", base, regions=["North West"], year=2020)])
    (check,) = check_across([a, b])
    assert check.verdict == verdict and check.claim_ref == "p1"
    assert check.inputs == ["b:c1", "a:c1", "a:p1"]
    assert "b.com" in check.explanation


def test_one_article_twice_is_not_compared_with_itself():
    a = _devon("a", "x.com", 1204)
    assert check_across([a, a]) == []


def test_summary_table():
    checks = [Check("k1", "percentage", "p1", ["c1", "c2"], 199.0, 98.93, "inconsistent", "exact",
                    "(742 - 373) / 373 = 98.93%, not a rise of 199%"),
              Check("k2", "sum", "c1", ["c2", "c3"], 24000.0, 24232.0, "consistent", "more_than", "…"),
              Check("k3", "percentage", "p2", [], 106.0, None, "unverifiable", "", "…")]
    summary = summarise([("kentonline.co.uk", checks[0]), checks[1], checks[2]])
    assert (summary.checked, summary.consistent, summary.inconsistent, summary.unverifiable) == (3, 1, 1, 1)
    text = summary.render()
    lines = text.splitlines()
    assert any(line.startswith("all claims") and line.split()[2:] == ["3", "1", "1", "1"] for line in lines)
    assert any(line.startswith("percentage") and line.split()[1:] == ["2", "0", "1", "1"] for line in lines)
    assert "kentonline.co.uk k1: (742 - 373) / 373 = 98.93%" in text


def test_run_check_streams_a_records_file(tmp_path):
    a, b = _devon("a", "devonlive.com", 1204), _devon("b", "plymouthherald.co.uk", 1402)
    b.checks = check_record(b)
    path = tmp_path / "records.jsonl"
    lines = [json.dumps(to_dict(a)), "{not json", json.dumps(to_dict(b))]
    data = json.loads(lines[0])
    del data["checks"]  # a record written without checks is checked here
    lines[0] = json.dumps(data)
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    out = io.StringIO()
    summary = run_check(path, out)
    written = [json.loads(line) for line in out.getvalue().splitlines()]
    assert summary.records == 2 and len(summary.errors) == 1 and ":2:" in summary.errors[0]
    assert len(written) == summary.checked
    own = [w for w in written if w["kind"] != "cross_article"]
    assert {w["articles"][0] for w in own} == {"a", "b"}
    # b's "nearly doubled" and the two outlets' counts (b's 88% misses 1,402 / 640 by more than a quarter, on
    # counts of other sentences: no verdict)
    assert summary.inconsistent >= 2
    assert "plymouthherald.co.uk" in summary.render()


def test_fixture_outlets_end_to_end():
    extract = pytest.importorskip("pipeline.extract")
    recs = []
    for name in ("outlet-a.txt", "outlet-b.txt"):
        path = CHECKS_DIR / name
        rec = extract.extract_article(path.read_text(encoding="utf-8"), source=str(path), published="2023-02-01")
        rec.article.outlet = name.split(".")[0]
        recs.append(rec)
    bad = [c for c in check_across(recs) if c.verdict == "inconsistent"]
    assert bad, "the two outlets' Devon figures differ"
    assert any("outlet-a" in c.explanation and "outlet-b" in c.explanation for c in bad)


def test_malformed_facts_do_not_stop_the_checks():
    a, b = _devon("a", "x.com", 1204), _devon("b", "y.com", 1402)
    b.counts.append(count("c9", 5, regions=["Devon"], year=2022))
    b.counts[-1].value = "five"
    b.percentages[0].regions = None
    checks = check_across([a, b])
    assert any(c.verdict == "inconsistent" and "1,402" in c.explanation for c in checks)


def test_the_size_of_a_change_is_never_compared_with_a_count():
    import dataclasses

    rise = dataclasses.replace(count("c1", 300, measure="other", regions=["Kent"], year=2022), difference="increase")
    volunteers = count("c1", 250, measure="other", regions=["Kent"], year=2022)
    checks = check_across([record("a", outlet="kentonline.co.uk", counts=[rise]),
                           record("b", outlet="kentnews.co.uk", counts=[volunteers])])
    assert [c for c in checks if c.kind == "cross_article"] == []
    same = dataclasses.replace(rise, value=320)
    checks = check_across([record("a", outlet="kentonline.co.uk", counts=[rise]),
                           record("b", outlet="kentnews.co.uk", counts=[same])])
    assert [c.verdict for c in checks if c.kind == "cross_article"] == ["inconsistent"]


@pytest.mark.parametrize("own, context, other, compared", [
    # a count whose sentence names no place is compared by the places it took from the sentences before
    ([], ["Kent"], ["Kent"], True),
    ([], ["Kent"], ["Essex"], False),   # another place: no comparison
    ([], [], ["Kent"], False),          # no place at all: too vague to compare
    (["Kent"], [], ["Kent"], True),     # its own place, as before
])
def test_a_count_is_compared_by_its_context_places(own, context, other, compared):
    first = count("c1", 706, regions=own, year=2022)
    first.context_regions = list(context)
    a = record("a", outlet="kentonline.co.uk", counts=[first])
    b = record("b", outlet="kentnews.example", counts=[count("c1", 760, regions=other, year=2022)])
    checks = check_across([a, b])
    assert bool([c for c in checks if c.kind == "cross_article"]) is compared, [c.explanation for c in checks]

"""The probe sets of checks: short articles of our own writing, each set with its ``gold.json`` written before
the extractor ran on it (``../shared/eval/ANNOTATION.md``), in the house styles of regional and national papers,
police and charity releases, council newsletters, Scottish, Welsh and Northern Irish outlets.

- ``tests/fixtures/checks12`` (branch checks12; 34 articles, 67 checks): a change's base in another clause or
  sentence, "N in 2019, up from M in 2018, a rise of P" and "compared with" in either order, "more than doubled,
  rising from M to N", an opening line's "doubled" whose counts come later, a total and its parts by place;
  twelve misprints, four changes beside figures that are no pair of them (calls and texts, two places, a group and
  all, arrests and contacts). When written (c09890e): 50 of 63 decidable checks right, one false "inconsistent";
  56 and none after checks12, 59 after checks13.
- ``tests/fixtures/checks13`` (branch checks13; 31 articles, 52 checks): lists of parts that give the verb or the
  measure once ("Glasgow accounted for 820 of them, Edinburgh for 510", "2,400 were from South Wales, 1,300 from
  Gwent"), a total by force area, county or council and its places, a share whose whole is in the sentence before,
  "a third more than", a change whose sentence holds only its base; nine misprints, six articles with figures that
  must not be summed or paired. When written (af1b33b): 27 of 51 right, none false; 39 after checks13.
- ``tests/fixtures/checks14`` (branch checks14; 31 articles, 51 checks): a list closed by the rest of its whole
  ("the remaining 860", "Rest of Wales: 600", "while 2,160 came from elsewhere"), a share set off after its part
  that points back at its total ("- nearly a third of the county's total"), channels a sentence says the total was
  "made up of", a change after a total and its parts set off by a dash, "27% busier", "nearly double the 27,500
  who ...", "The website figure for 2023 was 6,200"; ten misprints, neighbours that must not be summed or paired.
  When written (244d1ba): 28 of 51 right, none false; 43 after checks14 (checks12 61 of 63).
- ``tests/fixtures/checks15b`` (branch checks15b; 42 articles, 52 checks, 42 of them sums and shares): parts whose
  sentence points back at a whole stated before ("Of those, 1,930 ..., while 550 ...", "Of the Welsh total, ...",
  "Most of them never rang: ...", "... leaving 1,500 who ..."), lines under a heading ending with a colon, periods
  that tile a total, shares set off beside their part with the whole before ("Of those, 600 - 24 per cent -",
  "Nearly two-thirds of those callers - 4,010 people -"); eight misprints, four sets that must not be summed. When
  written (d4d57ff): 28 of 52 right, none false; 39 after checks15b.
- ``tests/fixtures/checks15a`` (branch checks15a; 40 articles, 55 checks): a "doubled", "trebled", "halved" or a
  change whose sentence holds only its base ("since 2021, when 560 people got in touch", "from 590 in 2023"), the
  later figure elsewhere; a compass area ("in the north-west") after a breakdown by area; "from 96 to 243, more than
  doubling" beside a change of another thing; "three times as many" across two sentences; a headline's "double"
  over the body's "more than doubled"; fourteen misprints, and neighbours that must stay unverifiable (another
  measure, a wider place, several places, another channel, another period). When written (d4d57ff): 36 of 50
  decidable checks right, two false "inconsistent"; 45 and none after checks15a.
- ``tests/fixtures/checks16a`` (branch checks16a; 32 articles, 52 checks): a change or a multiplier whose two
  figures stand anywhere in the article (a later paragraph, the sentences after, a headline's claim over the body's
  figures, the earlier year written first), a second measure beside each pair with its own claim; ten misprints, and
  neighbours that must not be paired (another measure, place, group or year, a change naming no place over two
  places). When written (44923ab): 41 of 52 decidable checks right, two false "inconsistent"; 47 and none after
  checks16a.

- ``tests/fixtures/checks16b`` (branch checks16b; 44 articles, 50 checks, all sums and shares): totals of several
  places and the places inside them, lines under a heading, the verb and preposition given once ("Aberdeenshire
  338"), "bringing the total number of contacts to", half-years, shares of a place stated apart from its part and
  whole ("Scotland made up 12 per cent of the total"), "the rest of Devon" inside a list; fourteen misprints, five sets
  that must not be summed (another period, another measure, overlapping places, a funnel, a region and a city in
  it). When written (44923ab): 27 of 50 right, four false "inconsistent"; 33 and none after checks16b.
- ``tests/fixtures/checks17a`` (branch checks17a; 24 articles, 23 checks, all changes and multipliers): "N times the
  <figure>" ("almost three times the 400 recorded in 2022", "four times the 2023 figure of 610"), a base its words
  name with its period ("up 10% on the previous year's total of 3,000"), a span the words name ("trebled in two
  years" over a run of three years, "in a year", "in six months"), a place written as its boroughs or beside the
  line's home nation, a claim naming no place over the UK's figures and its regions', far misprints on the pair of
  the claim's own place and periods; ten misprints, neighbours that must not be paired ("doubled in three years"
  beside two years' figures, a city's change over its nation's figures). When written (5557148): 4 of 23 right, one
  false "inconsistent"; 21 and none after checks17a.

- ``tests/fixtures/checks18c`` (branch checks18c; 33 articles, 47 checks, all changes and multipliers): a change set off
  by dashes after its noun ("The increase - 18% -"), a fraction of change restated in brackets ("up by more than a
  quarter (27%)"), a base figure whose words name no thing ("The figure for Devon in ... was 410"), a nation's opening
  claim over a city's comparison, "The charity says that's a rise of 40%" after a from-to pair, a claim of no place
  over the whole's figures beside a region's own pair; ten misprints, neighbours that must stay shares or unchecked
  (another place's bare figure, two groups' pairs). When written (b3a9d37): 26 of 47 right, none false; 42 and none
  after checks18c.

- ``tests/fixtures/checks19c`` (branch checks19c; 32 articles, 40 checks, 31 decidable changes and multipliers): "was
  contacted 1,230 times in 2024, compared with 950 times in 2023" (also "against", "versus", "up from", a fall, a
  "doubled", "trebled" or "almost doubled" in the sentence before), "The total is up 20% on 2023, when 2,500 people got
  in touch" after a breakdown by channel, a change that points back, half-years; nine misprints, neighbours that must
  stay unchecked ("three times as many", a rate, another place's base, no later figure of the base's measure). When
  written (201efad): 17 of 37 decidable checks right, none false; 34 and none after checks19c.

- ``tests/fixtures/checks17b`` (branch checks17b; 40 articles, 41 checks, all sums and shares): periods that tile a
  total (halves, quarters, months, as lines or in a sentence), a total whose words count its parts ("the three
  towns"), a figure of another year between parts and their total, "Of the <noun phrase>,", a running total past a
  comparison's base, "Those contacts were made up of" after the rise, a share whose sentence states its whole, items
  side by side whose first place is not read; fifteen misprints, seven sets that must not be summed (halves that leave
  a gap, another year's halves, overlapping places, "of whom", a monthly rate, some towns of a county, a rival figure
  of a half). When written (5557148): 15 of 41 right, two false "inconsistent"; 21 and none after checks17b.
- ``tests/fixtures/checks18b`` (branch checks18b; 28 articles, 40 checks, all sums and shares): lists set out in a
  sentence ("made up as follows: Bristol 910; Devon 780; ..."), list lines labelled by a name that is also a word or a
  person's ("Angus: 330", "Moray: 310", "Bradford: 700"), "Of the 3,600 contacts," and "131 of the 420" restating a
  whole, a lead's share of a place whose part and whole come later (before or after, a whole of no place), a total
  adding up the lines before it ("those five boroughs"), a heading's list under a total placed by context, halves
  ("the second half was busier"); eight misprints, neighbours that must not be summed (another year's total, a monthly
  rate, "of whom", overlapping places). When written (b3a9d37): 18 of 40 right, one false "inconsistent"; 30 and none
  after checks18b.
- ``tests/fixtures/checks19b`` (branch checks19b; 31 articles, 37 checks, 35 sums and shares): a total added up after
  parts whose sentences hold another year's base ("In total", "Altogether", "In all"), a total whose words count its
  parts ("That's 26,850 calls across the two branches"), a list item restating an earlier count ("Swansea's 412 were
  followed by ..."), the rest of a place beside a place inside it, shares whose words point back at their whole ("of
  the national figure", "meaning they accounted for more than half of all contacts"), a lede's hedged whole stated
  exactly later; nine misprints, neighbours (another year's figures, a rate, "of whom", a share of its own base, the
  whole stated again as a place's count). When written (201efad): 11 of 37 right, three false "inconsistent"; 34 and
  none after checks19b.

- ``tests/fixtures/shares20`` (branch shares20; 18 articles, 14 checks: 13 shares and a channel sum the lead added): a share's whole named by the
  part's own words ("4,310 of last year's total, almost a quarter", "of the county's total", "of last year's calls"),
  a verb joining part and share ("Bolton's 260 calls represented 12.5% of the Greater Manchester total"), the share
  first and its part set off by commas ("Nearly a third of those who spoke to an adviser, 2,050 people,"), "meaning
  more than one in 10 contacts" past a sibling channel, two wholes told apart by the noun; three misprints,
  neighbours that must make no check (a national total not stated, a whole of another year or place, a share of its
  own base, a guessed whole that disagrees). When written (21eb8d5): 2 of 13 right, none false; 11 and none after
  shares20 (the two left: "1,010 in all" not read as a count, and Hull not placed in "the Humber area"); the
  channel sum, which sums20 finds, makes 12.
- ``tests/fixtures/shares21`` (branch shares21; 10 articles, 12 checks: 10 shares and two channel sums): a share whose
  own words name its whole by its noun ("31% of phone calls" under a list's "Phone calls: 9,200", "of the Scottish
  calls", "of last year's calls"), one whose subject names its part ("Website users made up 65 per cent of the
  total"), a share of three cities' counts added up, "of the 2024 calls" (a year, no count), a part set off after
  "about a third of them -"; four misprints, and neighbours that must make no check (a noun followed by more words,
  a place no count names). When written (f9c6ce9): 6 of 12 right, none false; 11 and none after shares21 (the one
  left: "Of the 3,000, a total of 1,950 ..." restated as a count of the website's users and "the remaining 1,050"
  given the website's measure, so the subject's part is not one count).
- ``tests/fixtures/checks18a`` (branch checks18a; 31 articles, 31 checks, every kind): misstatements that must be
  "inconsistent" (a change that points back at the pair before it, "That is an increase of 112%" after two sentences,
  a fall, a decimal, "doubled", "trebled", an "around" base, a listed total, a share, "just over a quarter", "nearly a
  third", a difference, halves of a year, channels a total was "made up of"), and near-pairs that must not be: a total
  that restates an earlier figure of another place, "three of Scotland's biggest cities" above a list, a national claim
  over a region's pair, a county's claim over a town's pair, a "more than" bound, a rate, a half-year claim over annual
  figures, calls beside texts, a run of three years. When written (b3a9d37): 20 of 30 right, two false
  "inconsistent"; 22 and none after checks18a.
- ``tests/fixtures/checks19a`` (branch checks19a; 27 articles, 32 checks): worded ratios with a qualifier ("nearly one
  in ten" right and misprinted, "nearly one in eight", "almost one in five", "one in four"), parts that are "the rest
  of" a place beside the place's other figure, a lede's "doubled", "nearly doubled", "halved", "trebled" over the
  article's one comparison, "N times as many ... as six years ago", two groups compared, and near-pairs that must not
  be "inconsistent": a national claim over a county's pair, "the number of warning pages" and of printed guides
  beside a pair of calls. When written (201efad): 23 of 32 right, seven false "inconsistent"; 27 and none after
  checks19a.
- ``tests/fixtures/checks20`` (branch checks20; 20 articles, 20 checks): changes and multipliers counted "since" a
  period ("trebled since 2021, reaching 1,830", "risen by 40 per cent since 2020, to 1,400", "doubled since 2019"
  over a later year's figures, a financial year, "three times as many people as in 2019/20, when 410"), right and
  misprinted, and near-pairs that must not be "inconsistent": no figure of the period counted from, that period's
  figure another place's, one city's figures under a claim of no place, a group's claim over everyone's figures, a
  headline's "double" over two later years. When written (21eb8d5): 14 of 16 right, three false "inconsistent"; 15
  and none after checks20.

- ``tests/fixtures/sums20`` (branch sums20; 19 articles, 14 checks, 13 sums): a helpline's total against its
  channels, stated ("3,400 calls, texts and emails") or derived (calls + texts against "almost 9,000 contacts a
  year", website visits + calls against "more than 5,000 people"), misstated (a listed channel short, parts a tenth
  above an exact or "almost" total), parts that point back and exceed their whole, a list as long as the branches
  its total counts; neighbours that must make no sum: another year's or region's channels, a calls total beside
  emails, a part's own subset, three of five branches. When written (21eb8d5): 4 of 14 right; 12 and no false
  "inconsistent" after sums20.

Each set's F1 per fact type stays at a floor a little below the figure at the end of its branch, its decidable
checks (gold consistent or inconsistent) right stay at the figure reached, and no check says "inconsistent" where
the gold does not (``docs/measurements.md``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixture_sets import set_gold, verdict_tally
from tests.probe_sets import assert_f1_at_least, f1_rows, gold_of_each_article


#: name: (F1 floors, decidable checks right, least articles and checks in the gold)
SETS = {
    # at the end of checks12: counts 0.95, percentages 0.99, multipliers 1.00, quotes 1.00, checks 0.96
    "checks12": ({"counts": 0.93, "percentages": 0.96, "multipliers": 0.97, "quotes": 0.97, "checks": 0.94}, 61, (30, 60)),
    # at the end of checks13: counts 0.91, percentages 0.99, multipliers 1.00, quotes 1.00, checks 0.90 (43 right
    # since checks17a)
    "checks13": ({"counts": 0.89, "percentages": 0.96, "multipliers": 0.97, "quotes": 0.97, "checks": 0.87}, 43, (25, 50)),
    # at the end of checks14: counts 0.98, percentages 1.00, multipliers 0.67, checks 0.94 (no quotes in the set;
    # 45 right since checks17a)
    "checks14": ({"counts": 0.95, "percentages": 0.97, "multipliers": 0.60, "checks": 0.91}, 45, (30, 50)),
    # at the end of checks15b: counts 0.93, percentages 1.00, checks 0.87 (no multipliers or quotes in the set)
    "checks15b": ({"counts": 0.90, "percentages": 0.97, "checks": 0.84}, 39, (40, 50)),
    # at the end of checks15a: counts 0.94, percentages 0.98, multipliers 0.98, checks 0.98 (no quotes in the set)
    "checks15a": ({"counts": 0.91, "percentages": 0.95, "multipliers": 0.95, "checks": 0.95}, 45, (40, 55)),
    # at the end of checks16a: counts 0.95, percentages 1.00, multipliers 1.00, checks 0.99 (no quotes in the set)
    "checks16a": ({"counts": 0.92, "percentages": 0.97, "multipliers": 0.97, "checks": 0.96}, 47, (30, 50)),

    # at the end of checks16b: counts 0.94, percentages 0.95, checks 0.84 (no multipliers or quotes in the set)
    "checks16b": ({"counts": 0.91, "percentages": 0.92, "checks": 0.81}, 33, (40, 50)),
    # at the end of checks17b: counts 0.88, percentages 0.91, checks 0.69 (no multipliers or quotes in the set)
    "checks17b": ({"counts": 0.85, "percentages": 0.88, "checks": 0.66}, 21, (40, 41)),
    # at the end of checks18b: counts 0.95, percentages 1.00, checks 0.85 (no multipliers or quotes in the set)
    "checks18b": ({"counts": 0.92, "percentages": 0.97, "checks": 0.82}, 30, (28, 40)),
    # at the end of checks19b: counts 0.99, percentages 1.00, checks 0.97 (no multipliers or quotes in the set)
    "checks19b": ({"counts": 0.96, "percentages": 0.97, "checks": 0.94}, 34, (31, 37)),

    # at the end of checks17a: counts 0.99, percentages 1.00, multipliers 1.00, checks 1.00 (no quotes in the set)
    "checks17a": ({"counts": 0.96, "percentages": 0.97, "multipliers": 0.97, "checks": 0.97}, 21, (24, 23)),
    # at the end of checks18c: counts 0.97, percentages 1.00, multipliers 1.00, checks 0.98 (no quotes in the set)
    "checks18c": ({"counts": 0.94, "percentages": 0.97, "multipliers": 0.97, "checks": 0.95}, 42, (33, 47)),


    # at the end of checks19c: counts 0.99, percentages 1.00, multipliers 1.00, checks 1.00 (no quotes in the set)
    "checks19c": ({"counts": 0.96, "percentages": 0.97, "multipliers": 0.97, "checks": 0.97}, 34, (32, 40)),

    # at the end of checks18a: counts 0.95, percentages 1.00, multipliers 1.00, checks 0.91 (quotes: none in the set;
    # 23 right since checks20: "nearly doubled since 2019" on the 2019 and latest national figures)
    "checks18a": ({"counts": 0.92, "percentages": 0.97, "multipliers": 0.97, "checks": 0.88}, 23, (31, 31)),
    # at the end of checks19a: counts 1.00, percentages 1.00, multipliers 1.00, checks 0.95 (quotes: none in the set)
    "checks19a": ({"counts": 0.97, "percentages": 0.97, "multipliers": 0.97, "checks": 0.92}, 27, (27, 32)),
    # at the end of checks20: counts 1.00, percentages 1.00, multipliers 1.00, checks 1.00 (quotes: none in the set)
    "checks20": ({"counts": 0.97, "percentages": 0.97, "multipliers": 0.97, "checks": 0.97}, 15, (20, 20)),

    # at the end of sums20: counts 0.99, percentages 1.00, multipliers 1.00, checks 0.92 (quotes: none in the set)
    "sums20": ({"counts": 0.96, "percentages": 0.97, "multipliers": 0.97, "checks": 0.89}, 12, (19, 14)),

    # at the end of shares20: counts 0.98, percentages 1.00, checks 0.88 (no multipliers or quotes in the set)
    "shares20": ({"counts": 0.95, "percentages": 0.97, "checks": 0.85}, 12, (18, 14)),
    # at the end of shares21: counts 0.97, percentages 1.00, checks 0.96 (no multipliers or quotes in the set)
    "shares21": ({"counts": 0.94, "percentages": 0.97, "checks": 0.93}, 11, (10, 12)),
}
FLOORS = f1_rows(SETS)


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_ids_match_files(name: str) -> None:
    gold, (articles, checks) = gold_of_each_article(name), SETS[name][2]
    assert len(gold) >= articles and sum(len(g["checks"]) for g in gold) >= checks


@pytest.mark.parametrize("name,kind,floor", FLOORS)
def test_f1_floor(probe_f1: dict[str, dict[str, float]], name: str, kind: str, floor: float) -> None:
    assert_f1_at_least(probe_f1, name, kind, floor)


@pytest.mark.parametrize("name", sorted(SETS))
def test_decidable_checks_get_their_verdict(probe_records: dict[str, Path], name: str) -> None:
    tally = verdict_tally(set_gold(name), probe_records[name])
    assert tally["right"] >= SETS[name][1], tally
    assert tally["false_inconsistent"] == 0, tally

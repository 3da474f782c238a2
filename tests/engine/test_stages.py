"""The extraction API end to end: records, offsets, facts in different house styles, and bad input."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.read.archives import iter_documents
from pipeline.engine.stages import ExtractOptions, extract_documents
from pipeline.read.maintext import by_soup
from pipeline.read.relevance import might_be_relevant
from pipeline.records import SCHEMA, to_dict


def facts(record, kind):
    return [(f.value if kind != "multipliers" else f.factor) for f in getattr(record, kind)]


def test_the_api_is_one_import_away_and_follows_the_format(nlp):
    text = "Helpline calls soar\n\nIn 2021, 4,150 people contacted Stop It Now in Kent, up from 2,000 in 2020."
    record = extract_article(text, source="kent.txt", nlp=nlp)
    data = to_dict(record)
    assert data["schema"] == SCHEMA and list(data)[0] == "schema"
    assert set(data) >= {"article", "relevance", "regions", "counts", "percentages", "multipliers", "quotes", "checks", "errors"}
    assert "text" not in data["article"]
    assert data["article"]["text_chars"] == len(text)
    assert [c["value"] for c in data["counts"]] == [4150, 2000]


@pytest.mark.parametrize("text, kind, value, attrs", [
    # per cent, percent and %
    ("Calls to Stop It Now from Essex rose by 12 per cent in 2022.", "percentages", 12.0,
     {"kind": "change", "direction": "increase", "regions": ["Essex"], "period_start": "2022-01-01"}),
    ("Contacts to the helpline from Devon fell 8 percent in 2021 on the previous year.", "percentages", 8.0,
     {"direction": "decrease", "base_period_start": "2020-01-01"}),
    ("Some 70% of callers to the helpline were men.", "percentages", 70.0, {"kind": "share", "direction": None}),
    # spelled-out numbers and qualifiers
    ("Nearly four hundred people in Fife contacted Stop It Now in 2020.", "counts", 400,
     {"qualifier": "nearly", "measure": "helpline_contacts", "regions": ["Fife"]}),
    ("Police made about 520 arrests each month across the UK.", "counts", 520,
     {"qualifier": "about", "measure": "arrests", "rate": "per_month", "regions": ["United Kingdom"]}),
    ("Officers safeguarded more than 1,300 children in the year ending March 2022.", "counts", 1300,
     {"measure": "children_safeguarded", "period_start": "2021-04-01", "period_end": "2022-03-31"}),
    # several regions in one sentence
    ("Contacts rose by more than 40% in Kent, Surrey and Sussex during 2021.", "percentages", 40.0,
     {"qualifier": "more_than", "regions": ["Kent", "Surrey", "Sussex"]}),
    # multipliers
    ("The number of people seeking help in Norfolk has more than doubled since 2019.", "multipliers", 2.0,
     {"qualifier": "more_than", "regions": ["Norfolk"]}),
    ("Calls to the line almost trebled in 2021.", "multipliers", 3.0, {"qualifier": "nearly"}),
    ("Waiting times for the helpline have halved.", "multipliers", 0.5, {"qualifier": "exact"}),
])
def test_facts_in_house_styles(nlp, text, kind, value, attrs):
    record = extract_article(text, nlp=nlp)
    found = [f for f in getattr(record, kind) if (f.factor if kind == "multipliers" else f.value) == value]
    assert found, (kind, value, [to_dict(record)[kind]])
    for key, expected in attrs.items():
        assert getattr(found[0], key) == expected, key


def test_a_table_of_counties_takes_its_header_period_and_the_measure_before_it(nlp):
    text = ("In 2022, 3,000 people across the South West contacted the Stop It Now helpline.\n\n"
            "The figures for each county in 2022 were:\n\nDevon: 1,100\nCornwall - 700 people\nSomerset: 1,200\n")
    record = extract_article(text, nlp=nlp)
    rows = {c.regions[0]: c for c in record.counts if c.regions and c.value != 3000}
    assert set(rows) == {"Devon", "Cornwall", "Somerset"}
    assert {c.measure for c in rows.values()} == {"helpline_contacts"}
    assert {c.period_start for c in rows.values()} == {"2022-01-01"}


@pytest.mark.parametrize("text", [
    "Call free on 0808 1000 900 for confidential advice.",
    "The charity marked its 20th anniversary with a two-week campaign.",
    "Images of under 18s were found on a device owned by a man aged 45.",
    "The six police forces in the region and 12 councils signed up.",
    "One caller, Sam, 41, from Hull, said the service helped him.",
])
def test_not_counts(nlp, text):
    assert extract_article(text, nlp=nlp).counts == []


def test_offsets_cut_the_evidence_back_out(nlp, seeds_dir):
    text = (seeds_dir / "north-west-wales-2022.txt").read_text(encoding="utf-8")
    record = extract_article(text, nlp=nlp)
    for fact in [*record.counts, *record.percentages, *record.multipliers]:
        assert text[fact.start:fact.end] == fact.text
        assert fact.sentence[0] <= fact.start and fact.end <= fact.sentence[1]
    for region in record.regions:
        for start, end in region.mentions:
            assert text[start:end]


def test_a_repeated_claim_is_one_fact(nlp):
    text = ("Calls to the helpline from Kent doubled in 2021\n\n"
            "Calls to the helpline from Kent doubled in 2021, the charity said.")
    assert len(extract_article(text, nlp=nlp).multipliers) == 1


def test_published_date_read_from_the_dateline(nlp):
    record = extract_article("Posted: Tue 7th Feb 2023\n\nLast year 300 people called the helpline.", nlp=nlp)
    assert record.article.published == "2023-02-07"
    assert (record.counts[0].period_start, record.counts[0].period_end) == ("2022-01-01", "2022-12-31")


@pytest.mark.parametrize("name, payload, error", [
    ("empty.txt", b"", "empty"),
    ("binary.txt", bytes(range(256)) * 40, "binary"),
])
def test_unreadable_input_still_yields_a_record(tmp_path, nlp, name, payload, error):
    path = tmp_path / name
    path.write_bytes(payload)
    [record] = extract_documents(iter_documents([path]), nlp=nlp)
    assert record.article.source == str(path)
    assert any(error in e.lower() for e in record.errors), record.errors


def test_cp1252_text_is_decoded(tmp_path, nlp):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("The charity\u2019s helpline took 1,400 calls in 2021 \u2013 a rise of 12% on 2020, costing \u00a340,000.".encode("cp1252"))
    [record] = extract_documents(iter_documents([path]), nlp=nlp)
    assert record.errors == []
    assert [c.value for c in record.counts] == [1400]
    assert [p.value for p in record.percentages] == [12.0]


def test_a_50_mb_file_is_cut_with_a_reason(tmp_path, nlp):
    path = tmp_path / "huge.txt"
    line = "Filler text without any figures in it at all, repeated to make a very large file.\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Stop It Now said 1,234 people called in 2021.\n")
        fh.write(line * (50_000_000 // len(line)))
    options = ExtractOptions(max_chars=200_000)
    [record] = extract_documents(iter_documents([path]), options=options, nlp=nlp)
    assert any("cut" in e or "limit" in e or "large" in e for e in record.errors), record.errors
    assert [c.value for c in record.counts] == [1234]


def test_a_non_english_article_gets_its_language_and_an_error(fixtures_dir, nlp):
    path = fixtures_dir / "extract" / "dutch.txt"
    [record] = extract_documents(iter_documents([path]), nlp=nlp)
    assert record.article.language == "nl"
    assert any("not supported" in e for e in record.errors)
    assert record.counts == []


def test_relevant_only_drops_the_rest_without_parsing(tmp_path, nlp):
    (tmp_path / "a.txt").write_text("Stop It Now said 900 people sought help from its helpline in 2021.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The council approved 40 new homes in Leeds in 2021.", encoding="utf-8")
    records = list(extract_documents(iter_documents([tmp_path]), options=ExtractOptions(relevant_only=True), nlp=nlp))
    assert [r.article.source for r in records] == [str(tmp_path / "a.txt")]


_DATED_HTML = {  # a relevant page dated three ways, and a page the cheap test lets through that is not relevant
    "markup.html": ('<meta property="article:published_time" content="2021-06-01T09:00:00Z">', ""),
    "dateline.html": ("", "<p>Posted: Fri 18th Mar 2022</p>"),
    "undated.html": ("", ""),
    "other.html": ("", "<p>Posted: Fri 18th Mar 2022</p>"),
}


def test_relevant_only_dates_relevant_pages_alone_and_the_same(tmp_path, nlp, monkeypatch):
    from pipeline.publish.jsonl import dumps
    from pipeline.read import maintext

    for name, (head, top) in _DATED_HTML.items():
        body = ("<p>Stop It Now said 900 people sought help from its helpline in Wales in 2021, up from 700.</p>"
                if name != "other.html" else  # the helpline in its footer alone: past the cheap test, not relevant
                "<p>The council took 900 calls about bins in 2021 and 700 in 2020, its spokesman said on Monday.</p>"
                "<p>Collections will move to Tuesdays from next month, the council added in a statement.</p>")
        (tmp_path / name).write_text(f"<html><head><title>Calls rise</title>{head}</head><body><article>"
                                     f"<h1>Calls to the line rise</h1>{top}{body}</article><footer><p>Worried? The "
                                     "Stop It Now helpline took 900 calls last year.</p></footer></body></html>",
                                     encoding="utf-8")
    assert might_be_relevant((tmp_path / "other.html").read_text(encoding="utf-8"))
    every = {r.article.source: dumps(r) for r in extract_documents(iter_documents([tmp_path]), nlp=nlp)}
    dated = []
    real = maintext.publication_date
    monkeypatch.setattr(maintext, "publication_date", lambda html, url=None: dated.append(html) or real(html, url))
    relevant = [dumps(r) for r in extract_documents(iter_documents([tmp_path]),
                                                      options=ExtractOptions(relevant_only=True), nlp=nlp)]
    assert relevant == [line for source, line in sorted(every.items()) if "other.html" not in source]
    assert len(dated) == 3  # the irrelevant page was never dated
    assert '"published": "2021-06-01"' in relevant[1] and '"published": "2022-03-18"' in relevant[0]


def test_an_article_without_facts_says_so(nlp):
    record = extract_article("The helpline is open every day.", nlp=nlp)
    assert any(e.startswith("no facts") for e in record.errors)


def test_soup_keeps_visible_text_of_broken_markup():
    html = "<div><script>var x=1;</script><p>Forty people called the helpline in Kent last year.<p>More words here for the count"
    assert by_soup(html) == "Forty people called the helpline in Kent last year.\n\nMore words here for the count"


@pytest.mark.parametrize("text, expected", [
    ("The number of calls from Essex rose to 1,020 last year, compared with 540 in 2021.",
     [(1020, "helpline_calls", "2022-01-01"), (540, "helpline_calls", "2021-01-01")]),
    ("Stop It Now received 5,000 calls in 2020, 7,500 in 2021 and 10,000 in 2022.",
     [(5000, "helpline_calls", "2020-01-01"), (7500, "helpline_calls", "2021-01-01"), (10000, "helpline_calls", "2022-01-01")]),
    ("In 2022, the helpline supported 8,500 people across England - up from 6,700 in 2021.",
     [(8500, "helpline_contacts", "2022-01-01"), (6700, "helpline_contacts", "2021-01-01")]),
    ("Calls from Merthyr Tydfil to the line quadrupled between 2019 and 2020, from 160 to 655.",
     [(160, "helpline_calls", "2019-01-01"), (655, "helpline_calls", "2020-01-01")]),
])
def test_figures_without_their_own_noun_take_the_noun_of_the_count_they_go_with(nlp, text, expected):
    record = extract_article(text, nlp=nlp, published="2023-05-10")
    assert [(c.value, c.measure, c.period_start) for c in record.counts] == expected


@pytest.mark.parametrize("with_text", [False, True])
def test_a_record_serialises_as_dataclasses_asdict_gives_it(with_text, nlp):
    """``to_dict`` builds its dicts without asdict's deep copy; the JSON must not change."""
    import dataclasses
    import json

    def plain(value):  # asdict's output with tuples as lists, as records were written before
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    records = list(extract_documents(iter_documents(["corpus"]), options=ExtractOptions(), nlp=nlp))
    assert any(r.counts and r.quotes and r.checks for r in records)
    for record in records:
        before = plain(dataclasses.asdict(record))
        before = {"schema": before.pop("schema"), **before}
        if not with_text:
            before["article"].pop("text", None)
        assert json.dumps(to_dict(record, with_text=with_text)) == json.dumps(before)

"""Totals told twice and lists set off after their total (branch sums22).

- A count whose own noun list names several channels ("5,920 calls and text messages") is a whole of those
  channels, never one channel's part: read by its first noun it was taken as the calls beside the texts, and a
  headline's total was judged against it plus one of its own parts.
- A figure that is the total told again, more exactly (of its measure and place, a value the total's qualifier
  allows: "5,920" under "nearly 6,000"), is no rival whole of the channels after it: their sum judges both.
- A list set off by a dash or a colon right after its total ("12,480 contacts in 2023 - 10,200 calls, 1,650 emails
  and 600 texts") is the total told again as its parts: agreement is a verdict, and so is a near miss (a tenth at
  most) of parts told apart; a far miss, parts the record cannot tell apart, or "including" are not.
- A sentence opened by "The combined total of" adds up the sentences before it, past its own comparison base
  ("compares with 7,240 in 2022") and a part's ("9,480 sessions in 2023, against 2,370 in 2021").

Sentences of our own writing that vary each shape, with neighbours that must stay unchecked or undecided.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _sums(text: str) -> list[tuple[float, str, list[float]]]:
    record = extract_article(text, source="restated_totals.txt", published="2024-08-01")
    by_id = {c.id: c.value for c in record.counts}
    return [(c.stated, c.verdict, sorted(by_id.get(i, -1) for i in c.inputs))
            for c in record.checks if c.kind == "sum"]


@pytest.mark.parametrize("text, stated, verdict, parts", [
    # the headline's hedged total and the body's exact one, both over the channels the body gives
    ("Helpline took nearly 6,000 calls and texts from Kent in 2024\n\nThe charity said it answered 5,920 calls and "
     "text messages from people in Kent in 2024.\n\nIt said 4,100 of those were phone calls and 1,700 were texts.",
     6000.0, "consistent", [1700, 4100]),
    ("Helpline took nearly 6,000 calls and texts from Kent in 2024\n\nThe charity said it answered 5,920 calls and "
     "text messages from people in Kent in 2024.\n\nIt said 4,100 of those were phone calls and 1,700 were texts.",
     5920.0, "inconsistent", [1700, 4100]),
    # another qualifier, other channels
    ("Line answers more than 2,000 calls and emails in Fife\n\nThe line said it answered 2,240 calls and emails from "
     "Fife in 2023.\n\nOf those, 1,610 were phone calls and 630 were emails.", 2000.0, "consistent", [630, 1610]),
    ("Line answers more than 2,000 calls and emails in Fife\n\nThe line said it answered 2,240 calls and emails from "
     "Fife in 2023.\n\nOf those, 1,610 were phone calls and 630 were emails.", 2240.0, "consistent", [630, 1610]),
])
def test_a_total_told_twice_over_its_channels(text, stated, verdict, parts):
    assert (stated, verdict, parts) in _sums(text)


@pytest.mark.parametrize("text, stated", [
    # a figure of the two channels outside the headline's band is another whole: the parts are its, not the headline's
    ("Helpline took nearly 6,000 calls and texts from Kent in 2024\n\nThe charity said it answered 5,500 calls and "
     "text messages from people in Kent in 2024.\n\nIt said 4,100 of those were phone calls and 1,700 were texts.",
     6000.0),
])
def test_a_whole_of_channels_not_the_total_stays_a_rival(text, stated):
    assert [s for s in _sums(text) if s[0] == stated] == []


@pytest.mark.parametrize("text", [
    # the count of two channels is never the calls beside the texts (a sum of it and a part, judged inconsistent)
    "Helpline took nearly 6,000 calls and texts from Kent in 2024\n\nThe charity said it answered 5,920 calls and "
    "text messages from people in Kent in 2024.\n\nIt said 4,100 of those were phone calls and 1,700 were texts.",
    "Line answers more than 2,000 calls and emails in Fife\n\nThe line said it answered 2,240 calls and emails from "
    "Fife in 2023.\n\nOf those, 1,610 were phone calls and 630 were emails.",
])
def test_a_whole_of_channels_is_no_part(text):
    assert not any(5920 in parts or 2240 in parts for _, _, parts in _sums(text))


@pytest.mark.parametrize("text, stated, verdict, parts", [
    # a dash, a colon, an en dash; a near miss of parts told apart is a misprint
    ("Volunteers at the Galway branch handled 12,480 contacts in 2023 - 10,200 calls, 1,650 emails and 600 text "
     "messages.", 12480.0, "inconsistent", [600, 1650, 10200]),
    ("The service handled 4,310 contacts in 2024: 3,100 calls, 800 webchats and 400 emails.", 4310.0, "inconsistent",
     [400, 800, 3100]),
    ("The service handled 4,300 contacts in 2024 \u2013 3,100 calls, 800 webchats and 400 emails.", 4300.0,
     "consistent", [400, 800, 3100]),
])
def test_a_list_set_off_after_its_total(text, stated, verdict, parts):
    assert (stated, verdict, parts) in _sums(text)


@pytest.mark.parametrize("text, stated", [
    # a far miss: some other list
    ("The service handled 9,000 contacts in 2024 - 3,100 calls and 800 emails.", 9000.0),
    # parts the record cannot tell apart may overlap
    ("The service handled 4,310 contacts in 2024 - 3,100 from men and 1,200 from women.", 4310.0),
])
def test_no_misprint_from_a_list_that_may_be_another(text, stated):
    assert not any(s == stated and v == "inconsistent" for s, v, _ in _sums(text))


@pytest.mark.parametrize("text, stated", [
    # "including": some of the total, so a shortfall is consistent, never a misprint
    ("The service handled 4,310 contacts in 2024, including 3,100 calls, 800 webchats and 400 emails.", 4310.0),
])
def test_some_of_a_total_is_no_misprint(text, stated):
    assert (stated, "consistent", [400, 800, 3100]) in _sums(text)


@pytest.mark.parametrize("text, stated, verdict, parts", [
    # "The combined total of" over the sentences before it, past its own base and a part's
    ("The line's website logged 7,350 sessions from Dorset in 2023, against 2,100 in 2021.\n\nIts helpline also "
     "took 640 calls from the county in 2023.\n\nThe combined total of 7,990 contacts compares with 5,900 in 2022.",
     7990.0, "consistent", [640, 7350]),
    ("The line's website logged 7,350 sessions from Dorset in 2023.\n\nIts helpline also took 640 calls from the "
     "county in 2023.\n\nCombined, that makes 7,990 contacts.", 7990.0, "consistent", [640, 7350]),
    ("The line's website logged 7,350 sessions from Dorset in 2023.\n\nIts helpline also took 640 calls from the "
     "county in 2023.\n\nA combined total of 7,990 contacts was recorded in 2023.", 7990.0, "consistent", [640, 7350]),
])
def test_a_combined_total_adds_up_the_sentences_before(text, stated, verdict, parts):
    assert (stated, verdict, parts) in _sums(text)


@pytest.mark.parametrize("text, stated", [
    # another year's total is no sum of this year's figures
    ("The line's website logged 7,350 sessions from Dorset in 2023.\n\nIts helpline also took 640 calls from the "
     "county in 2023.\n\nThe total for 2022 was 5,900.", 5900.0),
])
def test_another_years_total_adds_up_nothing(text, stated):
    assert [s for s in _sums(text) if s[0] == stated] == []


@pytest.mark.parametrize("text, stated, parts", [
    # each figure of a list of channels is one channel's part: a figure's own noun list ends at the next figure
    ("In 2024 the line took 2,080 contacts from Kent.\nIt answered 1,230 calls, 640 texts and 210 emails in 2024.",
     2080.0, [210, 640, 1230]),
    ("In 2024 the line took 1,900 contacts from Kent.\nIt took 1,100 calls and 800 webchats in 2024.", 1900.0,
     [800, 1100]),
])
def test_a_list_of_channels_is_one_part_each(text, stated, parts):
    record = extract_article(text, source="restated_totals.txt", published="2024-08-01")
    by_id = {c.id: c.value for c in record.counts}
    [check] = [c for c in record.checks if c.kind == "sum" and c.stated == stated]
    assert sorted(by_id[i] for i in check.inputs) == parts
    assert "the channels stated after it" in check.explanation

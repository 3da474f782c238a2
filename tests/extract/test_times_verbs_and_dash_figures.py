"""Two count patterns widened.

- "N times" after a verb of use counts what the verb says: "turned to the National Gambling Helpline 3,870 times",
  "texted the Shout helpline 2,400 times" (the verb, its object of up to a few words, the noun of
  the measure). A multiplier ("three times higher") and "N times" after no verb of use stay no count.
- A bare figure whose clause "there were" / "it was" opens ends at a dash set off by spaces as at a comma: "A year
  earlier there were 1,830 - an increase of 70 per cent" counts what the count before counts.

Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article

_HEAD = "Helpline figures\n\n12 September 2023\n\n"


@pytest.mark.parametrize("sentence, value, measure", [
    ("Gamblers in Kent turned to the National Gambling Helpline 3,870 times in 2022/23.", 3870, "helpline_contacts"),
    ("Young people texted the Shout helpline 2,400 times last year.", 2400, "helpline_contacts"),
    ("Worried parents messaged the charity's advisers 1,150 times in 2022.", 1150, "helpline_contacts"),
    ("People in Fife emailed the service 640 times during 2022.", 640, "helpline_contacts"),
    ("The helpline was contacted 161,170 times in 2022.", 161170, "helpline_contacts"),  # as before
    ("Residents turned to it 1,210 times in 2022.", 1210, "helpline_contacts"),
])
def test_n_times_after_a_verb_of_use_is_a_count(sentence, value, measure):
    record = extract_article(_HEAD + sentence + "\n", source="t.txt")
    assert {int(c.value): c.measure for c in record.counts}.get(value) == measure


@pytest.mark.parametrize("sentence, value", [
    ("Men were three times more likely to call than women in 2022.", 3),
    ("The figure turned out to be 40 times higher than in 2019.", 40),
    ("She said she had turned 40 in 2022.", 40),
    ("People who called it were 40 times more likely to stop.", 40),  # a verb of use, then a comparative
    ("Those who turned to the line were four times the number of 2019.", 4),
])
def test_times_without_a_verb_of_use_is_no_count(sentence, value):
    record = extract_article(_HEAD + sentence + "\n", source="t.txt")
    assert value not in {int(c.value) for c in record.counts if c.value is not None}


_BEFORE = "Texts to Shout double\n\n28 February 2024\n\nShout had 3,120 conversations with texters in Cornwall in 2023.\n\n"


@pytest.mark.parametrize("sentence, value, year", [
    ("A year earlier there were 1,830 \u2013 an increase of 70 per cent.", 1830, "2022"),
    ("A year earlier there were 1,830 \u2014 up 70 per cent.", 1830, "2022"),
    ("In 2022 there were 1,830 - a rise of 70 per cent.", 1830, "2022"),
    ("In 2022 it was 1,830 \u2013 a rise of 70 per cent.", 1830, "2022"),
    ("A year earlier there were 1,830, an increase of 70 per cent.", 1830, "2022"),  # the comma, as before
])
def test_a_bare_figure_before_a_dash_counts_what_the_count_before_counts(sentence, value, year):
    record = extract_article(_BEFORE + sentence + "\n", source="t.txt")
    found = {int(c.value): c for c in record.counts}
    assert value in found and found[value].measure == "helpline_contacts"
    assert (found[value].period_start or "")[:4] == year


def test_a_change_after_the_dash_is_of_the_later_year():
    record = extract_article(_BEFORE + "A year earlier there were 1,830 \u2013 an increase of 70 per cent.\n",
                             source="t.txt")
    change = [p for p in record.percentages if p.kind == "change"][0]
    assert (change.period_start or "")[:4] == "2023" and (change.base_period_start or "")[:4] == "2022"


@pytest.mark.parametrize("sentence", [
    "A year earlier there were 1,830 \u2013 calls, texts and chats together.",  # a noun after the dash
])
def test_a_figure_with_its_noun_after_the_dash_is_not_read_bare(sentence):
    record = extract_article(_BEFORE + sentence + "\n", source="t.txt")
    assert all(c.measure != "other" or int(c.value) != 1830 for c in record.counts)

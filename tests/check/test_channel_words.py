"""The channel a count's words name, read outwards from the figure, and the channels a total's noun list names
(branch sums20).  Sentences of our own writing."""
from __future__ import annotations

import pytest

from pipeline import extract_article
from pipeline.check.channel_words import part_channels, total_channels
from pipeline.check.evidence import Evidence


def _channels(text: str) -> dict[float, frozenset[str]]:
    record = extract_article(text, source="channels.txt", published="2025-02-01")
    ev = Evidence(record, text)
    return {c.value: part_channels(c, ev) for c in record.counts}


@pytest.mark.parametrize("text, value, channels", [
    # the count's own noun
    ("The line replied to 2,330 text messages in 2024.", 2330, {"text"}),
    ("It answered 11,460 calls in 2024.", 11460, {"phone"}),
    # the verb of its clause after it
    ("Of them, 270 rang the helpline and 410 used the self-help website.", 270, {"phone"}),
    ("Of them, 270 rang the helpline and 410 used the self-help website.", 410, {"website"}),
    # the noun of its clause before it, not the next clause's
    ("Phone calls were the largest group, at 2,100, while texts numbered 900 and emails 300.", 2100, {"phone"}),
    ("Phone calls were the largest group, at 2,100, while texts numbered 900 and emails 300.", 900, {"text"}),
    ("Phone calls were the largest group, at 2,100, while texts numbered 900 and emails 300.", 300, {"email"}),
    # two channels joined by "or" are one part
    ("Calls made up 16,020 of the work, with 2,430 people writing in by email or web chat.", 2430, {"email", "chat"}),
    # a pair's later figure takes the channel of its base
    ("Texts more than trebled over the two years, from 410 to 1,380.", 1380, {"text"}),
    # the website visited, the figure after the verb
    ("Its self-help website was visited 4,120 times by people in the county during 2024.", 4120, {"website"}),
])
def test_a_count_names_its_channel(text, value, channels):
    assert _channels(text)[value] == frozenset(channels)


@pytest.mark.parametrize("text, value", [
    ("In 2024, 640 people from Rutland contacted the charity.", 640),  # "contacted": no channel
    ("A charity called Shout took 5,200 contacts in 2024.", 5200),  # "called" that names
    ("Some 12,000 of the contacts came from mobile phones in 2024.", 12000),  # a phone that is a device
])
def test_no_channel(text, value):
    assert _channels(text)[value] == frozenset()


@pytest.mark.parametrize("text, value, channels", [
    ("The line received 3,400 calls, texts and emails from Norfolk in 2024.", 3400, {"phone", "text", "email"}),
    ("The charity answered 2,016 calls and webchats from the county in 2024.", 2016, {"phone", "chat"}),
    ("Volunteers handled 18,450 calls, emails and web chats during 2024.", 18450, {"phone", "email", "chat"}),
    # one channel, or none, is no list
    ("The line answered 3,000 calls from Oxford in 2024, and emails too.", 3000, set()),
    ("The line took almost 13,000 contacts a year by phone and text.", 13000, set()),
])
def test_a_total_lists_its_channels(text, value, channels):
    record = extract_article(text, source="channels.txt", published="2025-02-01")
    [total] = [c for c in record.counts if c.value == value]
    assert total_channels(total, text) == frozenset(channels)

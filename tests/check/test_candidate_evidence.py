"""Evidence that a candidate part and whole are a share's own (``check/candidate_evidence.py``), weighed as a score.

Each case is an article of our own writing; the checks the enumeration adds are those of the record less those made
with ``[checks] candidates = false`` (``test_candidates._added``).  The first table varies how the part is tied to
the share (set off by commas or dashes, a pointer or a noun, beside it with "or", the one count of the share's
place, a list's label), the qualifier (exact, "nearly", "just over", "around", "more than", "one in five"), the
place (an article of no place, a place share) and headline or body; the second is where the share's part or whole is
ambiguous and the enumeration must add nothing (a sub-group, two periods, another channel, another place, an
approximate part, a part not set off).  The third (review 25c) is where a lone or listed part would refute the share
but the share's sentence narrows it: a phrase before the share's clause (a sub-period, a day, a pilot, a group word
with digits), a time word opening the clause, the place's count inside a "where/whose/which" clause, a partial
("including") list as the whole: the enumeration may add a check but never an "inconsistent".
"""
from __future__ import annotations

import pytest

from tests.check.test_candidates import _added

DECIDES = [
    # set off by commas after 'of the callers', a noun after the part, 'nearly', an article of no place
    ("The Northford line answered 3,600 calls in 2023.\n\nNearly half of the callers, 1,250 people, were worried about a partner's gambling.",
     'share', 50.0, 'inconsistent', (1250, 3600)),
    # set off by dashes after 'of those getting in touch', a pointer of no unit
    ('Calls to the Hillcrest line rose to 2,800 in 2023.\n\nNearly a third of those getting in touch - 1,100 people - were aged under 30.',
     'share', 33.3, 'inconsistent', (1100, 2800)),
    # set off by commas, a bare part, 'just over': agrees
    ('The Fenbridge service answered 1,900 calls in 2023.\n\nJust over a quarter of callers, 520, said they were worried about a relative.',
     'share', 25.0, 'consistent', (520, 1900)),
    # the same, a misprint
    ('The Fenbridge service answered 1,900 calls in 2023.\n\nJust over a quarter of callers, 440, said they were worried about a relative.',
     'share', 25.0, 'inconsistent', (440, 1900)),
    # a headline above the body, 'one in five of the callers', the part with its noun
    ('Helpline answers 4,400 calls\n\nThe Brookfield helpline answered 4,400 calls in 2023.\n\nRoughly one in five of the callers, 1,300 people, rang at night.',
     'share', 20.0, 'inconsistent', (1300, 4400)),
    # a list's label repeated by the share's subject in the next sentence: a misprint
    ('In 2023 the line in Wessex handled 5,000 contacts. Calls made up 3,000 of the contacts, texts 1,500 and emails 500. Texts accounted for 35% of all contacts.',
     'share', 35.0, 'inconsistent', (1500, 5000)),
    # the one count of the place the share is about, after it with 'with'; two channel parts that are no wholes
    ('A total of 6,000 people in Mercia contacted the helpline in 2023.\n\nOf those, 2,000 people used the phone and 4,000 used webchat.\n\nBirmingham accounted for more than a third of all contacts, with 1,800 people from the city getting in touch.',
     'share', 33.3, 'inconsistent', (1800, 6000)),
    # the same, 'around': agrees
    ('A total of 6,000 people in Mercia contacted the helpline in 2023.\n\nOf those, 2,000 people used the phone and 4,000 used webchat.\n\nBirmingham accounted for around a third of all contacts, with 2,010 people from the city getting in touch.',
     'share', 33.3, 'consistent', (2010, 6000)),
    # a year opener names the whole's period (review 25c: no doubt): a lone part in brackets, a misprint
    ('The Ashdown line answered 4,800 calls in 2024.\n\nIn 2024, a quarter of the calls (900) were from men.',
     'share', 25.0, 'inconsistent', (900, 4800)),
    # a part set off by dashes after a bare 'of the calls' (the share's words stop at the dash: review 25c, 4)
    ('The service received 6,000 calls in 2024: 4,000 were answered and 2,000 were missed.\n\nNearly a third of the '
     'calls - 1,300 - came at night.', 'share', 33.3, 'inconsistent', (1300, 6000)),
    # a list's label under a year opener with no comma
    ('In 2024 the service had 3,000 contacts: calls 1,800, texts 900 and emails 300.\n\nIn 2024 texts made up 40% of '
     'contacts.', 'share', 40.0, 'inconsistent', (900, 3000)),
    # the part beside the share ('or'), three wholes, one the whole of another share
    ('The charity said 2,500 people from Dorset contacted the line in 2023, 30 per cent of them by text.\n\nIn total 750 used text.\n\nWomen accounted for 400 of the contacts, or 18 per cent.',
     'share', 18.0, 'inconsistent', (400, 2500)),
]

SILENT = [
    # a place's one count, but the share's sentence names no year and the year before's total would agree
    'A total of 6,000 people in Mercia contacted the helpline in 2023, up from 4,500 in 2022.\n\nBirmingham '
    'accounted for more than a third of all contacts, with 1,800 people from the city getting in touch.',
    # a place share naming a whole of its own after it ("of calls to the county team"), its place's count beside it
    'The line took 4,000 calls from Kent in 2024.\n\nMaidstone made 900 of them, a third of calls to the county team.',
    # the same with a listed part: "of texts from under-18s" is no bare whole
    'In 2023 the line handled 5,000 contacts: calls 3,000, texts 1,500 and emails 500.\n\nTexts made up 45% of texts '
    'from under-18s.',
    # a share of a sub-group named before its part ('of the women')
    'The Northford line answered 3,600 calls in 2023, 1,400 of them from women.\n\nNearly half of the women, 400 people, were over 50.',
    # two wholes of two periods, one agreeing
    'The line answered 3,600 calls in 2023 and 2,600 in 2022.\n\nNearly half of the callers, 1,250 people, were men.',
    # a part of another period than the whole
    'In 2023 the line took 4,000 calls.\n\nIn 2021, a quarter of callers, 700 people, were under 25.',
    # a share of a place's callers, the part after it
    'The line took 5,000 calls from across Yorkshire in 2023.\n\nA third of callers from Leeds, 600 people, were women.',
    # a share of chats beside a count of calls and one of chats
    'In 2023 the service answered 4,000 calls and 2,000 webchats.\n\nNearly half of the chats, 950, came after midnight.',
    # an approximate part, 'more than'
    'The line took 3,000 calls in 2023.\n\nMore than a third of the callers, about 1,000 people, were women.',
    # a share of one channel of a listed total
    'The line took 6,000 contacts in 2023: 4,000 calls and 2,000 chats.\n\nA quarter of the chats, 500, came at night.',
    # a part not set off (another clause)
    'The line took 3,000 calls in 2023.\n\nNearly half were from men, and 700 calls came at night.',
    # a place share whose only count is another place's
    'The North West line took 8,000 calls in 2023.\n\nManchester accounted for a third of calls, while Liverpool made 2,000.',
    # a list label under a sub-group ('Among young people')
    'In 2023 the line handled 5,000 contacts: calls 3,000, texts 1,500 and emails 500.\n\nAmong young people, texts accounted for 45% of contacts.',
    # 'of them' after a group's count
    'The line took 3,000 calls in 2023, 1,200 of them from women.\n\nNearly half of them, 560, were over 50.',
    # a part of another year set off by commas
    'The line took 3,000 calls in 2023.\n\nNearly half of callers, 1,200 in 2022, were women.',
    # an office's callers, the office's count stated
    'The helpline took 4,000 calls in 2023.\n\nIts Leeds office took 1,500 of them.\n\nA fifth of the Leeds callers, 500 people, were women.',
    # a larger count of another period, the share's sentence of no year
    'The service took 2,000 calls in 2023 and 1,000 in the first half of 2024.\n\nAround a third of callers, 660, were women.',
    # a share of one channel, 'including'
    'The line took 6,000 contacts in 2023, including 2,000 texts.\n\nNearly half of the texts, 700, came from under-18s.',
    # two measures, the share's whole the contacts
    'Calls rose to 2,000 in 2023.\n\nContacts of all kinds reached 3,000.\n\nAround a third of contacts, 900, were texts.',
    # adversarial: a part of 'people' beside counts of calls and of people (callers, not calls)
    'The line took 3,600 calls from 2,100 people in 2023.\n\nNearly half of the callers, 1,000 people, were men.',
    # adversarial: two counts of two periods, the share's sentence of no year
    'In the first half of 2023 the line took 1,500 calls; over the whole year it took 3,600.\n\nNearly half of callers, 700, were women.',
    # adversarial: a part of a place whose own count agrees, the total disagrees
    'The line took 3,600 calls in 2023.\n\nNearly half of the callers, 1,250 people, were from Leeds, where the line took 2,600 calls.',
    # adversarial: a share of a group named before its part ('of the men')
    'The line took 3,600 calls in 2023, 2,000 of them from men.\n\nMore than half of the men, 1,100, were over 40.',
    # adversarial: a whole stated in the share's sentence
    'The line took 3,600 calls in 2023.\n\nOf the 1,400 callers who gave their age, nearly half, 640, were under 25.',
    # adversarial: two places' counts, the share of no place
    'The Kent line took 3,600 calls in 2023 and the Sussex line 2,400.\n\nNearly half of the callers, 1,150 people, were women.',
    # adversarial: a share of 'users' beside calls and chats
    'The line took 3,600 calls in 2023. Its webchat had 1,200 conversations.\n\nAround a third of users, 400, were under 18.',
    # adversarial: 'last year's callers' beside two years' counts
    "Calls rose to 3,600 in 2023 from 2,400 in 2022.\n\nNearly half of last year's callers, 1,150, were women.",
    # adversarial: a share of 'repeat callers'
    'The line took 3,600 calls in 2023.\n\nA quarter of repeat callers, 300, rang more than ten times.',
    # a whole of its own before a dash set-off part, a dash in the headline (the share's words stop at its own dash)
    'Figures - the year\n\nThe service received 6,000 calls in 2024: 4,000 were answered and 2,000 were missed.'
    '\n\nNearly a third of calls to the night team - 1,300 - came late.',
    # adversarial: a pointer with words of its own ('of those who rang back')
    'The service had 6,000 contacts in 2023.\n\nOne in five of those who rang back, 900 people, were referred on.',
]


NO_REFUTE = [
    # a sub-period set off by a comma before the share, the part in brackets
    'The Ashdown line answered 4,800 calls in 2024.\n\nIn its quietest week, a quarter of the calls (90) were from men.',
    # a holiday period opening the sentence, a hedge, the part set off by commas
    'The service took 6,200 calls in 2024.\n\nOver the summer holidays, almost half of callers, 410 people, were parents.',
    # a pilot: a condition phrase, the part set off by dashes
    'The helpline took 3,900 calls last year.\n\nDuring the trial, a tenth of calls - 60 - were passed to police.',
    # an opener after the whole's sentence, a headline above
    'Line busier than ever\n\nThe Kestrel line took 7,000 calls in 2023.\n\nOn Christmas Day alone, a fifth of the calls (70) came before dawn.',
    # a list's label repeated under a time phrase with a comma
    'In 2024 the service had 3,000 contacts: calls 1,800, texts 900 and emails 300.\n\nOn Sundays, texts made up 48% of contacts.',
    # the same under a month
    'In 2024 the service had 3,000 contacts: calls 1,800, texts 900 and emails 300. By the autumn, texts made up 40% of contacts.',
    # the label under a time phrase with no comma, words after the share
    'In 2024 the service had 3,000 contacts: calls 1,800, texts 900 and emails 300.\n\nBefore 8am texts accounted for 60% of contacts, the charity said.',
    # a group word with digits before the label ("over-65s")
    'In 2024 the service had 3,000 contacts: calls 1,800, texts 900 and emails 300.\n\nFor over-65s, calls made up 80% of contacts.',
    # a group word with digits, no comma ("Among under-25s")
    'In 2024 the service had 3,000 contacts: calls 1,800, texts 900 and emails 300.\n\nAmong under-25s texts made up 52% of contacts.',
    # a place's count in a 'where' clause of a group
    'The line took 2,400 calls in 2024.\n\nBristol, where 150 calls came from teachers, accounted for a quarter of all calls.',
    # a place's count in a 'whose' clause, of a part of the place
    'The line took 2,400 calls in 2024.\n\nBristol, whose evening team alone took 150 calls, made up a quarter of all calls.',
    # 'In <place>, where ...' with the share's subject after
    'The line took 2,400 calls in 2024.\n\nIn Bristol, where a drop-in centre logged 150 calls, callers made up a quarter of all calls.',
    # 'which' clause after the place
    'The line took 2,400 calls in 2024.\n\nBristol, which opened a second office that took 150 calls, accounted for a quarter of all calls.',
    # a partial list ('including') as the whole, a label share
    'The line took 2,000 contacts in 2024, including 700 calls and 500 texts.\n\nTexts made up 45% of contacts.',
]


@pytest.mark.parametrize("text, kind, stated, verdict, inputs", DECIDES)
def test_the_evidence_decides(text, kind, stated, verdict, inputs):
    assert _added(text) == [(kind, stated, verdict, inputs)]


@pytest.mark.parametrize("text", SILENT)
def test_an_ambiguous_part_or_whole_adds_nothing(text):
    assert _added(text) == []


@pytest.mark.parametrize("text", NO_REFUTE)
def test_a_narrowed_share_is_never_refuted(text):
    assert all(verdict != "inconsistent" for _, _, verdict, _ in _added(text))


def test_a_group_word_keeps_its_digits():
    from pipeline.check.share_ties import WORDS
    assert WORDS.findall("For under-18s and over-65s,") == ["For", "under-18s", "and", "over-65s"]


def test_the_weights_are_data():
    from pipeline.check.candidate_evidence import weights
    w = weights()
    assert w["refute_min"] > w["part_min"] > 0 and w["margin"] > 0
    assert all(v < 0 for k, v in w["whole"].items() if k in ("listed_part", "used_part", "approximate"))

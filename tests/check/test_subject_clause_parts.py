"""A share whose subject names its part, in a clause after the counts it is a share of (shares23a,
``pipeline/check/subject_parts.py``).

"The charity said 3,000 of the contacts were phone calls and 2,000 were webchats, meaning webchat now accounts for 40
per cent of all contacts" after "5,000 calls and webchats": the subject ("webchat", a channel's noun, here in the
singular) names the part told in its own sentence before the clause ("2,000 were webchats": the noun after a verb of
being), and the part's sentence adds up to the whole, so a disagreement is a verdict.  The table varies what papers
vary: the subject's number (webchat / webchats), the channel (webchats, texts, emails, phone calls), the verb
(accounts for, make up, represent, are), the adverb (now, still, alone, none), the whole's words ("of all contacts -",
"of the total.", "of contacts,"), how the part is written ("2,000 webchats", "2,000 were webchats"), the link
(", meaning", ", which means", ", so", "; ", a new sentence) and both verdicts.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from test_named_wholes import MIDDLE, decided

TOTAL = "The helpline answered 5,000 calls and webchats in 2024." + MIDDLE


@pytest.mark.parametrize("text, stated, verdict, inputs", [
    # ", meaning" + a singular subject + "of all contacts -" + the part as "2,000 were webchats" (both verdicts)
    (TOTAL + "The charity said 3,000 of the contacts were phone calls and 2,000 were webchats, meaning webchat now "
     "accounts for 40 per cent of all contacts \u2013 a record.", 40.0, "consistent", [2000, 5000]),
    (TOTAL + "The charity said 3,000 of the contacts were phone calls and 2,000 were webchats, meaning webchat now "
     "accounts for 41 per cent of all contacts \u2013 a record.", 41.0, "inconsistent", [2000, 5000]),
    # ", so" + a plural subject + "make up" + "of contacts," + the part as "2,000 webchats"
    (TOTAL + "There were 3,000 phone calls and 2,000 webchats, so webchats now make up 40% of contacts, the "
     "charity said.", 40.0, "consistent", [2000, 5000]),
    (TOTAL + "There were 3,000 phone calls and 2,000 webchats, so webchats now make up 38% of contacts, the "
     "charity said.", 38.0, "inconsistent", [2000, 5000]),
    # "; " + texts + "represent" + no adverb + "of the total."
    (TOTAL.replace("webchats", "texts") + "There were 3,400 phone calls and 1,600 texts; texts represent 32 per cent "
     "of the total.", 32.0, "consistent", [1600, 5000]),
    (TOTAL.replace("webchats", "texts") + "There were 3,400 phone calls and 1,600 texts; texts represent 35 per cent "
     "of the total.", 35.0, "inconsistent", [1600, 5000]),
    # ", which means" + emails + "are" + "of all contacts."
    (TOTAL.replace("webchats", "emails") + "The line took 3,800 phone calls and 1,200 emails, which means emails are "
     "24% of all contacts.", 24.0, "consistent", [1200, 5000]),
    (TOTAL.replace("webchats", "emails") + "The line took 3,800 phone calls and 1,200 emails, which means emails are "
     "26% of all contacts.", 26.0, "inconsistent", [1200, 5000]),
    # the channel of the calls, "still make up", the part first in its sentence
    (TOTAL + "In all, 3,000 were phone calls and 2,000 were webchats, meaning phone calls still make up 60 per cent "
     "of all contacts.", 60.0, "consistent", [3000, 5000]),
    (TOTAL + "In all, 3,000 were phone calls and 2,000 were webchats, meaning phone calls still make up 62 per cent "
     "of all contacts.", 62.0, "inconsistent", [3000, 5000]),
    # a new sentence, a singular subject and "alone"
    (TOTAL + "There were 3,000 phone calls and 2,000 webchats. Webchat alone accounts for 40% of all contacts.", 40.0,
     "consistent", [2000, 5000]),
    (TOTAL + "There were 3,000 phone calls and 2,000 webchats. Webchat alone accounts for 42% of all contacts.", 42.0,
     "inconsistent", [2000, 5000]),
])
def test_a_subject_after_its_counts(text, stated, verdict, inputs):
    assert decided(text, stated) == [(verdict, inputs)]


@pytest.mark.parametrize("text, stated", [
    # "people" names no channel: a group, not a part told before
    (TOTAL + "There were 3,000 phone calls and 2,000 webchats, meaning people now make up 41% of all contacts.", 41.0),
    # two counts carry the subject's noun: two parts, no one part
    (TOTAL + "There were 3,000 phone calls, 1,000 webchats from adults and 1,000 webchats from young people, meaning "
     "webchats now make up 41 per cent of all contacts.", 41.0),
    # the channels do not add up to the total: the whole is a guess, agreement only (2,000 / 5,000 is 40%)
    (TOTAL + "There were 2,600 phone calls and 2,000 webchats, meaning webchats now make up 41% of all contacts.", 41.0),
    # the share's clause holds a figure of its own: not a subject naming a part told before
    (TOTAL + "There were 3,000 phone calls and 2,000 webchats, meaning 1,000 webchats from young people made up 41% "
     "of all contacts.", 41.0),
])
def test_no_inconsistent_without_one_sure_part(text, stated):
    assert all(v != "inconsistent" for v, _ in decided(text, stated)), decided(text, stated)

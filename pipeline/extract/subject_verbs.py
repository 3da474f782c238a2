"""What a count of people counts, from the verb they are the subject of.

"About 400 people a week call the line", "6,577 men have made a call",
"1,870 people got in touch": the figure's noun says only that people are
counted; the verb that follows it (past a rate, a time or an auxiliary) says
what they did.  The verbs and the words passed over are data:
``subject_verbs`` and ``subject_verb_skips`` of ``data/measures.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from pipeline.extract.measures import USE, lexicon, used_measure, word_regex
from pipeline.wordlists import alternation

#: The pseudo-measure of a verb of signing up: a website's users when a scheme or a site is named, else nothing.
SIGN_UP = "sign_up"
#: How far after a count's noun its verb may stand.
REACH = 60
#: The people of a place, which the tagger leaves no count noun: "2,300 Victorians", "5,000 Americans".
DEMONYM = r"(?-i:[A-Z][a-z]{2,20}ans|Scots|Brits|Kiwis|Aussies)"


@lru_cache(maxsize=1)
def _verb_patterns() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    lex = lexicon()
    skips = re.compile(rf"\s{{1,3}}(?:{alternation(lex['subject_verb_skips'])}|\d{{4}}|{DEMONYM})(?![\w-])", re.I)
    verbs = [(measure, re.compile(rf"\s{{1,3}}(?:{alternation(phrases)})(?![\w-])", re.I))
             for measure, phrases in lex["subject_verbs"].items()]
    elsewhere = re.compile(rf"\s{{1,3}}(?:{alternation(lex['call_not_to_line'], loose_spaces=True)})(?![\w-])", re.I)
    return skips, verbs, elsewhere


def subject_verb_measure(after: str, clause: Optional[str] = None) -> Optional[str]:
    """The measure the verb right after a count's noun gives ("a week call the line" -> ``helpline_calls``).

    ``after`` is the text right after the noun.  Up to four words of ``subject_verb_skips`` ("a", "week",
    "have", "now", a year, a people's name: "Victorians") are passed over; the next words must be a verb
    of ``subject_verbs``.  A verb of use ("used", "accessed": the ``use`` list) counts a website's users
    when ``clause`` (the rest of the clause, ``after`` by default) names only a website, a helpline's
    contacts when it names a helpline, and nothing when it names neither.  A call to an emergency service or
    a doctor, or a call for or on something (``call_not_to_line``: "called the police", "called for more
    funding"), is of another thing (``other``).
    """
    skips, verbs, elsewhere = _verb_patterns()
    window, at = after[:REACH], 0
    for _ in range(4):
        skipped = skips.match(window, at)
        if skipped is None:
            break
        at = skipped.end()
    for measure, pattern in verbs:
        verb = pattern.match(window, at) or (pattern.match(window) if at else None)  # "have registered": with its auxiliary
        if verb:
            if measure in ("other", "arrests"):
                return measure
            if measure in ("helpline_calls", "helpline_contacts") and elsewhere.match(window, verb.end()):
                return "other"  # "called the police", "rang an ambulance", "called for more funding"
            if measure == SIGN_UP and not word_regex("sign_up_services").search(clause or after):
                return "other"  # signed up to a pledge, a campaign, a course: no use of a helpline or a website
            if word_regex("care_words").search(window):
                return None  # "signed up for the counselling programme", "used the training course": care, no use
            if measure == SIGN_UP:
                return "website_users"  # "48,000 people had signed up to the self-exclusion system"
            return _used(clause if clause is not None else after) if measure == USE else measure
    return None


def _used(clause: str) -> Optional[str]:
    """What a verb of use counts: a website's users or a helpline's contacts when its clause names one
    ("used its self-help website"), nothing when it names neither ("used the food bank")."""
    if not (word_regex("helpline_words").search(clause) or word_regex("website_words").search(clause)):
        return None
    return used_measure(clause)

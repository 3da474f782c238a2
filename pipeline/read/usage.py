"""The figures of a helpline's use a text gives (people, contacts, calls or visits), on raw text
before any parsing: ANNOTATION.md (decision 1) calls relevant only an article that gives them."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from pipeline.read.topic_words import topic_regex, topics
from pipeline.wordlists import alternation

#: The score of an article with no usage figure: below the default threshold of 0.5, whatever it names.
NO_USAGE_CAP = 0.45
#: How far (characters, within one sentence) a usage word may stand from a count (a third of it from a share).
USAGE_REACH = 100
#: "Stop It Now!" mid-sentence ends no sentence: "calls to the Stop It Now! helpline rose 20%".
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!now!)\s+|\n+")
_MULTIPLIER = re.compile(r"(?<![\w-])(?:doubl(?:e[ds]?|ing)|trebled|tripled|quadrupled|halved|(?:two|three|four|five|ten)-?fold"
                         r"|(?:a|one|two|three)[ -](?:half|third|quarter|fifth|thirds|quarters|fifths)\s++(?:more|fewer|higher|lower)"
                         r"|(?:two|three|four|five|six|ten)\s++times\s++(?:more|as\s++many|higher)"
                         r"|(?:double|triple|treble|quadruple)\s++the\s++(?:number|amount|volume|level))(?![\w-])")
_CHANGE = re.compile(r"\b(?:rose|rise[ns]?|rising|increase[ds]?|up|jump(?:ed|s)?|fell|fall(?:en|s)?|drop(?:ped|s)?|down|grew|growth|more|fewer|higher|lower|doubled|trebled|tripled|fold"
                     r"|soar(?:ed|s|ing)?|surg(?:e|ed|es|ing)|climb(?:ed|s|ing)?|leapt|spik(?:e|ed|es))\b")
_NOT_USE = re.compile(r"\s+on\b")  # "members called on the Lord Mayor"
#: A clause that describes a service ("the group, which aims to prevent suicide, said ..."): its
#: words say what the service is for, not that the sentence's figures are expected or arrests.
_RELATIVE_CLAUSE = re.compile(r",\s(?:which|who)\s[^,.]{1,120},")
#: Between a figure and the noun it counts: at most two words ("8,400 calls", "150 active clients",
#: "1,350 callers", "2,000 phone calls"); such a noun is a use even before "on" ("calls on its line").
_COUNTED = re.compile(r"\s{1,3}(?:[a-z'-]{1,20}\s{1,3}){0,2}")
#: The longest text ``_COUNTED`` matches (3 + 2 x (20 + 3) characters): no noun further after a figure can be its.
COUNTED_LONGEST = 49


#: Where a sentence's clauses part: "calls were 23% higher, and the charity expects 26,000 contacts".
_CLAUSE_BREAK = re.compile(r",\s(?:and|but|while|whereas)\s|;\s")


def _vetoed_clauses(sentence: str) -> list[tuple[int, int]]:
    """The clauses of ``sentence`` (start, end) that hold a word of ``not_usage`` (arrests, use
    expected rather than reported), outside a clause that describes a service ("the group, which
    aims to prevent suicide, ..."): their figures are no use, those of the other clauses may be."""
    masked = _RELATIVE_CLAUSE.sub(lambda m: "," + " " * (len(m.group(0)) - 2) + ",", sentence)
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(masked)), len(sentence)]
    veto = topic_regex("not_usage")
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if veto.search(masked, a, b)]


def _in_clause(position: int, clauses: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``position`` falls in one of ``clauses`` (disjoint, in order; ``starts`` their starts), by
    bisection: a sentence of many clauses and figures reads each clause a few times, not once per figure."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and position < clauses[i][1]


@lru_cache(maxsize=1)
def _not_use_noun_regex() -> re.Pattern[str]:
    """A figure's noun (a word between at most) that counts a service's staff, places or supporters, the places it
    covers or a duration ("120 volunteers", "10 provinces", "16 weeks"): no use of it."""
    return re.compile(rf"\s{{1,3}}(?:[a-z'-]{{1,20}}\s{{1,3}})?(?:{alternation(topics()['not_use_nouns'])})(?![\w])")


@lru_cache(maxsize=1)
def _range_noun_regex() -> re.Pattern[str]:
    """The first half of a range whose noun the second figure shares: "from 16 weeks to" (20)."""
    return re.compile(rf"\b(?:from|between)\s{{1,3}}\d[\d,.]{{0,12}}\s{{1,3}}(?:{alternation(topics()['not_use_nouns'])})"
                      rf"\s{{1,3}}(?:to|and)\s{{1,3}}$")


def _not_use(sentence: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of ``sentence`` counts staff, places or time, not use: by the noun
    after it ("120 volunteers") or, as a range's second figure, the noun of the first ("from 16 weeks to 20")."""
    return bool(_not_use_noun_regex().match(sentence, end) or _range_noun_regex().search(sentence, max(0, start - 40), start))


def _is_use(window: str, word: re.Match[str], figure_end: int) -> bool:
    """Whether the word of use ``word`` (a match in ``window``) tells a use, not a call on someone:
    it is not followed by "on", or it is the noun the figure ending at ``figure_end`` counts (a noun:
    "12 members called on the mayor" is a verb after its subject)."""
    if not _NOT_USE.match(window, word.end()):
        return True
    if word.group(0).endswith(("ed", "ing")) or not 0 <= figure_end <= word.start():
        return False
    return _COUNTED.fullmatch(window, figure_end, word.start()) is not None


class _SentenceUses:
    """The words of use of one sentence, found once, for the figures whose window is the whole sentence
    (a change's subject may stand far off): whether one of them tells a use is then one look at the words
    just after the figure, not a walk over the sentence's words per figure (a run-on "sentence" of k
    changed shares would cost k times its length).  The same answer as :func:`_is_use` over every word."""

    def __init__(self, sentence: str, use: re.Pattern[str]) -> None:
        self.sentence = sentence
        words = list(use.finditer(sentence))
        self.free = any(not _NOT_USE.match(sentence, m.end()) for m in words)  # a use wherever the figure is
        nouns = [m for m in words if not m.group(0).endswith(("ed", "ing"))]  # a use before "on" only as the noun counted
        self.nouns, self.starts = nouns, [m.start() for m in nouns]

    def told(self, figure_end: int) -> bool:
        """Whether a word of the sentence tells a use of the figure ending at ``figure_end``."""
        if self.free:
            return True
        i = bisect_left(self.starts, figure_end)
        while i < len(self.nouns) and self.starts[i] - figure_end <= COUNTED_LONGEST:
            if _COUNTED.fullmatch(self.sentence, figure_end, self.starts[i]) is not None:
                return True
            i += 1
        return False
#: An age, not a figure of use: "aged 15 to 35", "men of 15 to 35 years old", "18-year-olds" (bounded, no nested quantifiers).
_AGE_BEFORE = re.compile(r"\baged?\s{1,3}(?:(?:between|from)\s{1,3})?(?:\d{1,3}\s{0,3}(?:to|and|-|\u2013)\s{0,3})?$")
_AGE_AFTER = re.compile(r"(?:\s{0,3}(?:to|and|-|\u2013)\s{0,3}\d{1,3})?\s{0,2}-?\s{0,2}years?[- ]olds?\b")


def _is_age(sentence: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of ``sentence`` is an age."""
    return bool(_AGE_BEFORE.search(sentence, max(0, start - 20), start) or _AGE_AFTER.match(sentence, end))


#: A change whose subject is the sentence before: "It's up 40 per cent", "That was a rise of 25%" (the
#: words; :data:`_PRONOUN_CHANGE` wants them at the start of a sentence).
_PRONOUN_CHANGE_WORDS = (r"(?:it|this|that)(?:'s|\u2019s|\s++(?:is|was|has|had))\s++(?:up|down|risen|rose|fallen|grown|increased"
                         r"|a\s++(?:rise|fall|jump|increase|drop))\b")
_PRONOUN_CHANGE = re.compile(r"[\s\"'\u201c\u2018]*+" + _PRONOUN_CHANGE_WORDS)
_PRONOUN_CHANGE_ANYWHERE = re.compile(_PRONOUN_CHANGE_WORDS)


def usage_figures(text: str) -> list[str]:
    """The figures of a helpline's use a text gives: numbers of at least ten, percentages or
    multipliers with a word of use ("calls", "contacted", "visits"...) near them in their sentence.

    ANNOTATION.md decision 1: an article about a helpline that gives no usage numbers, or only
    arrests, survey shares and deaths, is not relevant.
    """
    from pipeline.extract.numbers import find_numbers  # here: pipeline.extract imports this module

    use = topic_regex("usage")
    found = []
    previous = ""
    for sentence in _SENTENCE_END.split(text):
        before, previous = previous, sentence
        vetoed = _vetoed_clauses(sentence)
        if vetoed == [(0, len(sentence))]:
            continue  # arrests, police-recorded incidents, use expected rather than reported
        if not use.search(sentence):
            if _PRONOUN_CHANGE.match(sentence) and use.search(before):
                found += [n.text for n in find_numbers(sentence) if n.percent and not n.vague][:1]
            continue  # "Demand for the line has grown. It's up 40% this year.": the change of the sentence before
        spans = [(n.start, n.end, n.percent) for n in find_numbers(sentence)
                 if not n.vague and (n.percent or n.value >= 10) and not (not n.percent and _is_age(sentence, n.start, n.end))
                 and not (not n.percent and _not_use(sentence, n.start, n.end))]
        spans += [(*m.span(), True) for m in _MULTIPLIER.finditer(sentence)]
        starts = [a for a, _ in vetoed]
        spans = [span for span in spans if not _in_clause(span[0], vetoed, starts)]
        whole = None
        for start, end, ratio in spans:
            if ratio and _CHANGE.search(sentence[max(0, start - 25):end + 25]):
                # "Calls to the line, which ..., rose by 30%": a change's subject may stand far off
                whole = whole or _SentenceUses(sentence, use)
                told = whole.told(end)
            else:
                reach = USAGE_REACH // 3 if ratio else USAGE_REACH  # a share's words follow it: "40% of callers"
                offset = max(0, start - reach)
                window = sentence[offset:end + reach]
                told = any(_is_use(window, m, end - offset) for m in use.finditer(window))
            if told:
                found.append(sentence[start:end])
                break
    return found


def might_give_figures(folded: str) -> bool:
    """False only when :func:`usage_figures` finds nothing in a text each of whose sentences lies within
    one sentence of ``folded`` (folded, its whitespace runs single spaces; split at the sentence ends
    :func:`usage_figures` splits at, but not at line breaks): a page's crude text holds its main text's
    sentences so.  A usage figure needs a number (or a multiplier) and, in the same sentence, a word of
    use or, after a sentence with one, "it's up"; each sentence of ``folded`` is asked for that, as words
    (no pattern's checks after a match), so this says yes more often than :func:`usage_figures` would.
    The cheap tests' bound on :data:`NO_USAGE_CAP`."""
    from pipeline.extract.numbers import may_hold_number  # here: pipeline.extract imports this module

    use = topic_regex("usage")
    if use.search(folded) is None:
        return False
    return any((use.search(sentence) is not None or _PRONOUN_CHANGE_ANYWHERE.search(sentence) is not None)
               and (may_hold_number(sentence) or _MULTIPLIER.search(sentence) is not None)
               for sentence in _SENTENCE_END.split(folded))

"""The role of a candidate period from the words before it (:func:`attach_role`): "from 2018" after "increase" is
a base, "since 2002" has no end, "compared to 479 in 2018" dates the earlier figure; a bare year is kept only
where it labels the figures ("2021: 1,200 calls", "in its first year, 2009, ...", "its 2022 annual report").
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.number_patterns import words as number_words
from pipeline.extract.period_clauses import containing
from pipeline.extract.period_dates import Candidate
from pipeline.extract.period_patterns import YEAR, Patterns, load_data, patterns
from pipeline.extract.period_spans import Period, Span
from pipeline.wordlists import alternation


_PLACE_THEN_YEAR = re.compile(r"\b(?:in|across|throughout)\s++(?:[A-Z][\w'\u2019-]*+\s++){1,3}$")
_YEAR_LIST = re.compile(rf"{YEAR}(?:,\s*|,?\s+(?:and|or|&)\s+)$")
_OPENS_SENTENCE = re.compile(r"[\s\"'\u201c]*+")
_COMMA_AFTER = re.compile(r"\s*+,")
#: What ends a year that labels a row: "2021: 1,200 calls", "2022 - 1,500 calls".
_LABEL_END = re.compile(r"\s*+(?::|[\u2013\u2014-]\s)")
#: A year set beside the span it names, as an appositive: "in its first year, 2009, it took 900 calls".
_APPOSITIVE_YEAR = re.compile(r"\b(?:year|season),\s++$", re.IGNORECASE)
_APPOSITIVE_END = re.compile(r"\s*+[,;:)\u2013\u2014-]")
#: A year that names the report or the figures of its sentence: "its 2022 annual report", "the 2021 figures show".
_OWNER_BEFORE = re.compile(r"\b(?:its|the|their|our|his|her|[A-Za-z]++['\u2019]s)\s++$", re.IGNORECASE)
_YEAR_OF_REPORT = re.compile(r"\s++(?:annual\s++)?(?:report|review|figures|statistics|data)\b", re.IGNORECASE)


#: A change's earlier figure after "from", the change stated before it: "fell 10% from 500 in 2023", "up 12 per cent
#: from 2,000 calls in 2022" (not "rose from 400 in 2020 to 800 in 2021": no change stated before the pair).
_CHANGE_FROM_FIGURE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s++(?:(?:up|down|higher|lower|increase|rise|fall|drop"
                                 r"|decrease)\s++)?from\s++(?:(?:just|some|about|around|over|nearly|almost)\s++)?"
                                 r"\d[\d,.]*+(?:\s++[a-z]++){0,3}\s*+$", re.IGNORECASE)

#: A change's earlier figure after "on", a change word before it in the sentence, and a verb after it: "up by a third on
#: the 3,012 made in 2022", "a rise of 9% on the 4,410 recorded in 2023/24" (the date is the earlier figure's, the
#: base; "up 5% on the 1,200 of 2023" is read by the figure's own "of 2023", as before). The figure ends in a digit,
#: so a clause after a year ("up 100 per cent on 2019, double the number of 2019") is no figure's words.
_CHANGE_ON_FIGURE = re.compile(r"\bon\s++(?:the\s++)?(?:(?:just|some|about|around|over|nearly|almost)\s++)?"
                               r"\d++(?:[,.]\d++)*+(?:\s++[a-z]++){1,3}\s*+$", re.IGNORECASE)

#: A comparison with a thing, not a figure, right before a dated preposition: "up 40% compared to the
#: lockdown in 2020", "compared with the average contacts made in 2019": the date is the comparison's.
_COMPARED_THING = re.compile(r"\b(?:compared|compares)\s++(?:to|with)\s++(?:[A-Za-z][\w'\u2019-]*+\s++|\d\s++){1,4}$",
                             re.IGNORECASE)


#: A year that names the earlier figure of a change: "an increase on the 2023 figure", "down from the 2022 total",
#: "three times the 2024 figure of 110".
_CONNECTOR_THE = re.compile(r"\b(?P<w>on|from|against|over|compared\s++(?:with|to)|than|double|twice|treble|triple"
                            r"|times)\s++the\s++$", re.IGNORECASE)
#: A multiplier before "the <year> figure": "almost three times the 2024 figure of 110", "double the 2022 total".
_MULTIPLIED = ("double", "twice", "treble", "triple", "times")


@lru_cache(maxsize=1)
def _clause_opener() -> re.Pattern[str]:
    """A word that opens a clause right after a sentence-opening "previous" phrase with no comma
    ("A year earlier it took 1,310"; ``previous_clause_openers`` in ``data/periods.json``), or a figure."""
    words = "|".join(re.escape(w) for w in load_data()["previous_clause_openers"])
    return re.compile(rf"\s++(?:(?:{words})\b|\d)", re.IGNORECASE)


#: Relative keys of the latest year before publication: after a change and a base word, the year before the fact's.
_LAST_YEARS = ("last_year", "last_financial_year", "last_fiscal_year")


#: A superlative, or a record, before a "since" phrase: "the highest proportion since the helpline opened", "the
#: most calls since 2019", "a record since records began", "for the first time since 2020" (what follows "since" bounds
#: the superlative; it is no period of the sentence's figures).
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:highest|lowest|most|fewest|biggest|largest|smallest|busiest|quietest|record"
                                 r"|first\s++time)\b[^,.;:!?\u2013\u2014]{0,40}$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s++$", re.IGNORECASE)


def _bounds_superlative(cand: Candidate, text: str) -> bool:
    """Whether the candidate is a "since" phrase after a superlative in its clause (see :data:`_SUPERLATIVE_BEFORE`)."""
    start = cand.start
    if not text.startswith(("since ", "Since "), start):
        lead = _SINCE_BEFORE.search(text, max(0, start - 8), start)
        if lead is None:
            return False
        start = lead.start()
    return bool(_SUPERLATIVE_BEFORE.search(text, max(0, start - 60), start))


def attach_role(cand: Candidate, text: str, pats: Patterns, sentences: list[Span], chosen: list[Candidate]) -> bool:
    """Decide the candidate's role from the word before it; ``False`` drops it."""
    if _bounds_superlative(cand, text):
        return False  # "the highest proportion since the helpline opened": no period of the figures
    if cand.kind == "relative" and cand.role == "previous" and _OPENS_SENTENCE.fullmatch(
            text, containing(sentences, cand.start)[0], cand.start) \
            and (_COMMA_AFTER.match(text, cand.end) or _clause_opener().match(text, cand.end)):
        cand.role = "time"  # "The year before, 2,400 people called.", "A year earlier it took 1,310."
        return True
    if cand.kind == "relative" and cand.relative == "since_then":
        sent = containing(sentences, cand.start)
        earlier = [c for c in chosen if c.start >= sent[0] and c.period and c.period.start]
        if earlier:
            cand.period, cand.relative = Period(earlier[-1].period.start, None), None
        return True
    if _base_figure_year(cand, text, pats, sentences):
        return True  # "a 15% increase on the 2023 figure of 1,000": the base year
    if cand.has_prep and cand.kind != "event":
        return True
    window = text[max(0, cand.start - 40):cand.start]
    pre = pats.prefix.search(window)
    word = re.sub(r"\s+", " ", pre["w"].lower()) if pre else None
    if cand.kind == "event":  # "compared to the first months of lockdown": a base; else the time it names
        if word is not None and (word in pats.always_base or word in pats.base_connectors and _changed(
                text, pats, sentences, cand.start - len(window) + pre.start())):
            cand.start, cand.role = cand.start - len(window) + pre.start(), "base"
        return True
    if cand.kind == "year" and word is None:
        if _PLACE_THEN_YEAR.search(text, max(0, cand.start - 60), cand.start):
            return True  # "offences recorded in Northern Ireland 2024": the year the place's figures cover
        if (cand.start == 0 or text[cand.start - 1] == "\n") and _LABEL_END.match(text, cand.end):
            return True  # "2021: 1,200 calls", a row of a list or table labelled by its year
        if _APPOSITIVE_YEAR.search(text, max(0, cand.start - 12), cand.start) and _APPOSITIVE_END.match(text, cand.end):
            return True  # "in its first year, 2009, it took just 900 calls": the year the span before it names
        if _YEAR_OF_REPORT.match(text, cand.end) and _OWNER_BEFORE.search(text, max(0, cand.start - 24), cand.start):
            return True  # "According to its 2022 annual report, the line took 4,700 calls": the report's year
        before = text[max(0, cand.start - 12):cand.start]
        listed = _YEAR_LIST.search(before)
        return bool(listed) and any(c.kind == "year" and c.end == cand.start - len(listed.group()) + 4
                                    for c in chosen)
    if word is None:
        return True
    prefix_start = cand.start - len(window) + pre.start()
    if _span_over(word, pre):
        cand.start = prefix_start  # "over the whole of 2024/25", "over the course of 2023": the time it spans
        return True
    changed = _changed(text, pats, sentences, prefix_start)
    is_base = word in pats.always_base or (word in pats.base_connectors and changed)
    if cand.kind == "relative":
        if cand.role == "previous" or cand.relative in _LAST_YEARS:
            if is_base:
                cand.start, cand.role = prefix_start, "base"
                if cand.relative in _LAST_YEARS:  # "up 5% on last (financial) year": the year before the fact's
                    cand.period, cand.relative = None, "previous_year"
        return True
    if is_base:
        cand.start, cand.role = prefix_start, "base"
        return True
    if word not in pats.year_prepositions:
        return cand.kind != "year"
    if cand.kind != "relative" and (pats.compared_figure.search(text, max(0, prefix_start - 80), prefix_start)
                                    or _COMPARED_THING.search(text, max(0, prefix_start - 60), prefix_start)
                                    or _CHANGE_FROM_FIGURE.search(text, max(0, prefix_start - 60), prefix_start)
                                    or _CHANGE_ON_FIGURE.search(text, max(0, prefix_start - 40), prefix_start)
                                    and changed):
        cand.start, cand.role = prefix_start, "base"  # "compared to 479 in 2018": the earlier figure's period
        return True
    cand.start = prefix_start
    if cand.period and word in pats.start_words:
        cand.period = Period(cand.period.start, None)
    elif cand.period and word in pats.end_words:
        cand.period = Period(None, cand.period.end)
    return True


#: The parts of a period that "over" spans as a time, never a comparison's base: "handled 768 calls over the whole of
#: 2024/25", "rose by 9% over the course of 2023" (not "up 9% over 2023", the year compared with).
_SPANNED = ("whole", "course")


def _span_over(word: str, pre: re.Match[str]) -> bool:
    """Whether "over" opens a time span ("over the whole of", "over the course of"), not a base ("over 2023")."""
    return word == "over" and (pre["part"] or "").lower() in _SPANNED


@lru_cache(maxsize=1)
def _figure_after() -> re.Pattern[str]:
    """A figure's noun right after a year: "the 2023 figure", "the 2022 total" (``figure_words`` of
    ``data/numbers.json``)."""
    return re.compile(rf"\s++(?:{alternation(number_words()['figure_words'])})\b", re.IGNORECASE)


def _base_figure_year(cand: Candidate, text: str, pats: Patterns, sentences: list[Span]) -> bool:
    """Make a base of a year that names the earlier figure of a change ("up 15% on the 2023 figure of 1,000",
    "down from the 2022 total"): the connector before "the" is a base word, the noun after the year a figure's."""
    if cand.kind != "year" or not _figure_after().match(text, cand.end):
        return False
    year_start = cand.end - 4
    connector = _CONNECTOR_THE.search(text, max(0, year_start - 40), year_start)
    if connector is None or connector.start() > cand.start + 4:
        return False
    said = re.sub(r"\s+", " ", connector["w"].lower())
    if said not in pats.always_base and said not in _MULTIPLIED and not _changed(text, pats, sentences, connector.start()):
        return False
    cand.start, cand.role = connector.start(), "base"
    return True


def names_change(text: str) -> bool:
    """Whether ``text`` holds a change word ("increase", "fell", "%")."""
    return bool(patterns().change.search(text))


def _changed(text: str, pats: Patterns, sentences: list[Span], offset: int) -> bool:
    """Whether a change word comes before ``offset`` in its sentence (at most 120 characters back)."""
    sent = containing(sentences, offset)
    return bool(pats.change.search(text[max(sent[0], offset - 120):offset]))


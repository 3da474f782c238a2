"""Finding numbers in text: figures, percentages, spelled-out and vague numbers.

Pure and cheap (regular expressions over the raw text), so that it can decide
which sentences are worth parsing.  Word lists (qualifiers, number words, vague
amounts, fractions) live in ``data/numbers.json``.  A pattern built from them runs only
over a text holding one of the words it cannot match without (``required_words``), so
that most sentences see only the digit patterns.

What is *not* a number here: phone numbers ("0808 1000 900"), years ("2019"),
dates and times ("18th Mar", "10:30"), ordinals ("20th"), ages ("aged 45",
"under 18s", "45-year-old"), durations ("12 months", "two-week"), money
("£5m"), and digits inside words, URLs and e-mail addresses ("Covid-19").
Whether a number *counts* something is decided later, by the fact extractor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator, Optional

from pipeline.wordlists import alternation, data_file, fold
from pipeline.extract import not_counts
from pipeline.extract.required_words import fewest, lowered_for, may_match, required_words


#: Words before a year-like number that keep it a year whatever follows ("In 2022 calls rose", "since 2019 callers").
YEAR_PREPOSITION = re.compile(r"\b(?:in|since|during|until|till|throughout|by|from)\s+$", re.I)


#: A figure with one dot and three digits after it, before a noun of things counted one by one ("6.318 calls",
#: "2.751 texts"; ``counted_one_by_one`` of ``data/numbers.json``): a dot grouping thousands, as much of Europe
#: prints them; a count is never a fraction.
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")


#: The second year of a span of years: "2017-18", "2013–14".
_YEAR_RANGE_END = re.compile(r"(?<!\d)(?:19|20)\d\d[-–]$")
#: Three or four groups of digits apart by single spaces, the way phone numbers are printed ("13 11 14",
#: "1300 22 4636", "971 46 11 12"), not a year first ("2019 12 000 people"), not a thousands group after it.
#: A grouping of thousands ("12 340 500") is left to the figure patterns (:func:`_thousands_grouped`).
DIGIT_GROUPS = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\x20)\d{2,4}(?:\x20\d{2,4}){2,3}(?!\d|[,.]\d)")
#: A note mark: one or two digits in brackets at the end of a sentence ("... answered (1).").
_FOOTNOTE = re.compile(r"\(\d{1,2}\)[.;]?(?:\s*$|\s+[A-Z\n])")


@dataclass(frozen=True)
class NumberMention:
    """A number in a text, with its qualifier and character offsets.

    ``start``/``end`` cover the whole expression ("more than 24,000", "99 per
    cent"); ``num_start``/``num_end`` the figure itself.  ``percent`` is true for
    "99%", "99 per cent" and fractions such as "a quarter of"; ``vague`` for
    "tens of thousands" (``value`` is then the lower bound).
    """

    value: float
    start: int
    end: int
    num_start: int
    num_end: int
    qualifier: str = "exact"
    percent: bool = False
    vague: bool = False
    spelled: bool = False
    decimals: int = 0
    text: str = ""


def words() -> dict:
    """The word lists of ``data/numbers.json``."""
    return data_file("numbers.json")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = words()
    number_word = alternation([*w["units"], *w["tens"], *w["scales"]])
    # "and" joins number words only after "hundred" or a scale word ("two hundred and six"); "between four and
    # six per cent" is two numbers, not ten
    after_scale = "|".join(f"(?<={re.escape(word)})" for word in ("hundred", *w["scales"]))
    spelled = rf"(?:a\s+(?=(?:{alternation(w['scales'])})\b))?(?:{number_word})(?:(?:[\s-]+|(?:{after_scale})\s+and\s+)(?:{number_word}))*"
    percent = r"(?:\s?%|[\s-]?per[\s-]?cent\b|[\s-]?percent\b|\s?pc\b)"
    fraction_of = rf"(?:(?:{alternation(w['fraction_of'])})\b|\w+(?:ers|ors|ents|ants|ists)\b|(?-i:[A-Z]))"
    fractions = alternation(fraction_values())  # "one third", "one-third", "two thirds", "two-thirds"
    # what a count counts ("contacts", "calls", "callers": the units of ``data/measures.json``), after "of" and at
    # most two words that say which ("of helpline contacts", "of last year's callers"): a share (ANNOTATION.md
    # decision 7), not "half of the year" nor "a third of the way"
    counted = alternation(counted_nouns())
    adverb = rf"(?:(?:{alternation(w['fraction_verb_adverbs'])})\s+)?"
    # a verb after a fraction word; a word in -ed not after "a third", "a fifth", "a tenth", ordinals too ("a third
    # armed man")
    fraction_verbs = rf"(?=\s+{adverb}(?:{alternation(w['fraction_verbs'])})\b)" \
        rf"|(?<!\ba\sthird)(?<!\ba\sfifth)(?<!\ba\stenth)(?=\s+{adverb}[a-z]{{2,20}}ed\b)"
    suffix = rf"(?:\s?(?:{alternation(w['scales'])})\b|(?:{alternation(w['suffix_scales'])})\b)"
    year_count = alternation(w["year_count_nouns"])  # "2019 people": a count
    return {
        "digits": re.compile(
            rf"(?P<num>(?<![\d,])\d{{1,2}}(?:,\d{{2}}){{1,4}},\d{{3}}(?![\d,])|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            rf"(?P<scale>{suffix})?(?P<pct>{percent})?",
            re.I,
        ),
        "spelled": re.compile(rf"\b(?P<num>{spelled})\b(?P<pct>{percent})?", re.I),
        "vague": re.compile(rf"\b(?P<num>{alternation(w['vague'])})\b(?=\s+(?:of|more|upon|had|have|are|were|who)\b)", re.I),
        # "a third of callers", "a quarter of Britons", "a quarter were from families"
        # "two thirds of potential offenders"; "almost half (48%) of those": both, a fraction word and the figure it
        # rounds, are shares (ANNOTATION.md decision 3: mentions that differ in qualifier are kept apart)
        # (not "the first half of the year", "two thirds of the way through")
        "fraction": re.compile(rf"\b(?<!first\s)(?<!second\s)(?<!last\s)(?P<num>{fractions})"
                               rf"(?!\s+of\s+the\s+way\b)(?!\s+of\s+the\s+(?:{alternation(w['durations'])})s?\b)(?:\s+of\b(?=\s+{fraction_of})"
                               rf"|(?=\s+of\s+[a-z]{{2,20}}\s+{fraction_of})"
                               rf"|(?=\s+of\s+(?:[a-z]{{2,20}}(?:['\u2019]s)?\s+){{0,2}}(?:{counted})\b)"
                               # a change against a base: "a third more than in 2023", "a quarter fewer than"
                               rf"|(?=\s+(?:more|fewer|less|higher|lower)\s+than\b)"
                               rf"|(?=\s+(?:were|are|was|is|said|say|had|have)\b)"
                               # restated by its figure: "nearly half (47%) felt", "more than half, or 54 per cent,"
                               rf"|(?=\s{{0,2}}(?:\(\s{{0,2}}|,?\s{{1,3}}or\s{{1,3}})\d{{1,3}}(?:\.\d{{1,2}})?\s{{0,2}}(?:%|per\s?cent|percent))"
                               # the subject of a verb: "three-quarters named slot games", "half go unanswered"
                               rf"|{fraction_verbs}"
                               # "half" takes a determiner without "of": "about half the callers", "half its income"
                               rf"|(?<=half)(?=\s+(?:{alternation(w['half_determiners'])})\s+(?!(?:{alternation(w['durations'])})s?\b)[a-z])"
                               rf"|(?=\s{{0,2}}\(\d{{1,3}}(?:\.\d{{1,2}})?\s{{0,2}}(?:%|per\s?cent)\)\s{{1,3}}of\s{{1,3}}{fraction_of}))",
                               re.I),
        # "one in four", "one caller in 80", "seven out of ten", "1 out of every 10"
        # "with a third coming from parents", "with almost half saying ...": the subject of a clause of "with"
        "fraction_with": re.compile(rf"\bwith\s{{1,3}}(?:(?:{alternation(w['qualifiers'])})\s{{1,3}})?(?P<num>{fractions})"
                                    rf"(?=\s{{1,3}}[a-z]{{2,20}}ing\b)", re.I),
        # (not "12.5 suicides in every 100,000": a figure's last digit, a denominator's first group)
        # (nor "2 million out of 7 million": two counts, a scale word no noun of the first)
        "one_in": re.compile(rf"\b(?<![\d.,])(?P<num>one|two|three|four|five|six|seven|eight|nine|\d)\s+"
                             rf"(?:(?!(?:{alternation(w['scales'])})\b)[a-z]{{3,12}}\s+)?"
                             r"(?:in|out\s+of)\s+(?:every\s+)?"
                             rf"(?P<den>two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\b(?![.,]\d)(?!\s*(?:19|20)\d\d)"
                             rf"(?!\s{{1,3}}(?:{alternation(w['scales'])})\b)", re.I),
        "fraction_change": re.compile(rf"\b(?:rise|rises|rising|rose|risen|increase|increased|jump|jumped|leapt|soared|"
                                      rf"rocketed|surged|climbed|fall|fell|fallen|drop|dropped|decrease|decreased|cut|up|"
                                      rf"down|grew|grown|climb|climbs|climbing|grow|grows|growing|surge|surges|surging|"
                                      rf"soar|soars|soaring|jumps|jumping|increases|increasing|falls|falling|drops|"
                                      rf"dropping|decreases|decreasing|declined|declines|declining)"
                                      rf"\s+(?:by\s+|of\s+)?(?:(?:{alternation(w['qualifiers'])})\s+)?"
                                      rf"(?P<num>{fractions})\b", re.I),
        # a fraction word set off as an aside that restates a figure: "465 came from women - almost a third.",
        # "1,400 - or about a quarter - ...", "700 (nearly half)"
        "fraction_aside": re.compile(rf"(?:[,(\u2013\u2014]|\s-)\s{{0,2}}(?:or\s{{1,3}})?(?:(?:{alternation(w['qualifiers'])})"
                                     rf"\s{{1,3}})?(?P<num>{fractions})(?=\s{{0,2}}(?:[,;)\u2013\u2014]|-\s|\.(?:\s|$)|$))",
                                     re.I),
        "qualifier": re.compile(rf"(?:^|(?<=\W))(?P<q>{alternation(w['qualifiers'])})\s+$", re.I),
        "phone": re.compile(r"(?<![\d,.])(?:\+44\s?(?:\(0\)\s?)?\d{2,4}|0\d{2,4}|116)(?:[ -]?\d{3,4}){1,2}(?:[ -]\d{2}){0,2}(?!\d|,\d)"
                            # North American ("(800) 327-5050", "1-800-522-4700") and Australian ("13 11 14", "1300 659 467")
                            r"|(?<![\d,.])(?:1[ .-])?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d|,\d)"
                            r"|(?<![\d,.])(?:13 \d{2} \d{2}|1[38]00 \d{3} \d{3})(?!\d|,\d)"
                            # toll-free numbers spelled as words ("1-800-GAMBLER", "1-888-ADMIT-IT")
                            r"|(?<![\d,.])(?:1-)?8\d\d-[A-Z][A-Z0-9]{2,11}(?:-[A-Z0-9]{1,8})?\b"
                            # a vanity number after an area code: "(855) 9-LISTEN", "(800) 42-HELP", "1-866-2-LISTEN"
                            r"|(?<![\d,.])(?:1[ .-])?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{1,4}-[A-Z][A-Z0-9]{2,11}\b"
                            # the toll-free prefix alone: "a 1-800 helpline", "the 1-800 number"
                            r"|(?<![\d,.])1-8\d\d(?![\d,-])"
                            # three or four groups of digits apart by single spaces, not all thousands groups:
                            # "13 11 14", "1300 22 4636", "971 46 11 12" (a count never reads so)
                            rf"|{DIGIT_GROUPS.pattern}"),
        "scale_fraction": re.compile(rf"\b(?P<num>(?:{alternation(w['scale_fractions'])})\s+(?P<scale>{alternation(w['scales'])}))\b", re.I),
        "not_a_number_after": re.compile(rf"^(?:-?\s?fold\b|-strong\b|\s?(?:{alternation(w['money_after'])})\b)", re.I),
        "duration": re.compile(rf"^[\s-]?(?:{alternation(w['durations'])})s?\b", re.I),
        "month": re.compile(rf"\b(?:{alternation(w['months'])})\.?\s*$", re.I),
        "month_after": re.compile(rf"^\s(?:{alternation(w['months'])})\b", re.I),
        # the end of a range of days after a month: "from May 3 to 9", "March 3-9", "June 1 until 14"
        "day_range_end": re.compile(rf"\b(?:{alternation(w['months'])})\.?\s{{1,2}}\d{{1,2}}(?:st|nd|rd|th)?"
                                    r"\s{0,2}(?:to|until|till|through|and|-|\u2013)\s{0,2}$", re.I),
        "year_count": re.compile(rf"^\s+(?:{year_count})\b", re.I),
        "counted_one_by_one": re.compile(rf"\s++(?:{alternation([*w['year_count_nouns'], *w['counted_one_by_one']])})\b",
                                         re.I),
        # a thousands group printed with a stray space after its comma ("276, 414 people"), before a count noun;
        # thousands grouped by a space alone ("almost 4 000 Cumbrians", "1 204 650 calls"), before a word
        "stray_space": re.compile(rf"(?P<num>\d{{1,3}},\x20\d{{3}})(?P<scale>)(?P<pct>)(?![\d,.])"
                                  rf"(?=\s+(?:{year_count})\b)"
                                  rf"|(?P<spaced>\d{{1,3}}(?:\x20\d{{3}}){{1,2}})(?![\d,.]|\x20\d)(?=\s+[A-Za-z])", re.I),
    }


@lru_cache(maxsize=1)
def _needs() -> dict[str, frozenset[str]]:
    """Strings one of which every match of each pattern of :func:`_patterns` holds, lower-cased (empty: no
    filter): a pattern is run only over a text holding one, so its matches are those of running it everywhere."""
    return {key: fewest(required_words(p.pattern, p.flags)) for key, p in _patterns().items()}


@lru_cache(maxsize=1)
def counted_nouns() -> list[str]:
    """The plural nouns a count counts ("people", "contacts", "calls", "texts"): the units of ``data/measures.json``."""
    m = data_file("measures.json")
    return sorted({*m["units"], *m["unit_word_measures"]} - set(m["not_units"]))


@lru_cache(maxsize=1)
def fraction_values() -> dict[str, float]:
    """The fraction words of ``data/numbers.json`` (lower case), each written with a space or a hyphen between its
    words: "one third" and "one-third", "two thirds" and "two-thirds" -> 33.3, 66.7."""
    out: dict[str, float] = {}
    for phrase, value in words()["fractions"].items():
        for variant in (phrase, phrase.replace(" ", "-"), phrase.replace("-", " ")):
            out.setdefault(variant.lower(), value)
    return out


def spelled_value(phrase: str) -> Optional[int]:
    """The value of spelled-out number words: "four hundred" -> 400, "twenty-one" -> 21."""
    w = words()
    total = current = 0
    seen = False
    for token in re.split(r"[\s-]+", phrase.lower()):
        if token in ("and", "a", ""):
            if token == "a":
                current = max(current, 1)
            continue
        if token in w["units"]:
            current += w["units"][token]
        elif token in w["tens"]:
            current += w["tens"][token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in w["scales"]:
            total += max(current, 1) * w["scales"][token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_figure(text: str) -> Optional[float]:
    """The value of one written figure: "18,036" -> 18036, "2.5m" -> 2500000, "four hundred" -> 400."""
    match = _patterns()["digits"].fullmatch(text.strip())
    if match:
        return _digits_value(match)
    return spelled_value(text.strip())


def _digits_value(match: re.Match[str]) -> float:
    if not match.group("scale") and not match.group("pct") and _DOTTED_THOUSANDS.fullmatch(match.group("num")) \
            and _patterns()["counted_one_by_one"].match(match.string, match.end()):
        return int(match.group("num").replace(".", ""))  # "6.318 calls": 6,318
    value = float(re.sub(r"[,\s]", "", match.group("num")))
    scale = fold((match.group("scale") or "").strip())
    if scale:
        w = words()
        value = round(value * (w["scales"].get(scale) or w["suffix_scales"][scale]), 6)  # 4.1 million, not 4099999.99...
    return int(value) if value.is_integer() else value


def raw_value(match: re.Match[str]) -> float:
    """The value of a figure's digits alone, its scale and percent sign aside ("25" -> 25.0)."""
    return float(re.sub(r"[,\s]", "", match.group("num")) or 0)


def _qualifier(text: str, start: int) -> tuple[str, int]:
    window = text[max(0, start - 30):start]
    match = _patterns()["qualifier"].search(window)
    if not match:
        return "exact", start
    phrase = fold(match.group("q"))
    return words()["qualifiers"][phrase], start - len(window) + match.start("q")


def _token_around(text: str, start: int, end: int, reach: int = 100) -> str:
    """The run of non-space characters around ``[start, end)``, at most ``reach`` each side.

    ``str.split`` cuts at the characters ``str.isspace`` calls space, so the last word of the ``reach``
    characters before and the first of those after are that run's two sides, found in C instead of a
    loop of Python over up to 200 characters for every number."""
    before, after = text[max(0, start - reach):start], text[end:end + reach]
    left = 0 if not before or before[-1].isspace() else len(before.rsplit(None, 1)[-1])
    right = 0 if not after or after[0].isspace() else len(after.split(None, 1)[0])
    return text[start - left:end + right]


#: The later end of a from-to pair whose earlier end is a figure, not a year, and which has a year of its own
#: after it: "from 1781 in 2020/21 to 1970 in 2021/22" ("1970" is the figure it reached).
_IN_YEAR_AFTER = re.compile(r"\s{1,3}in\s{1,3}(?:19|20)\d\d")
_FROM_FIGURE_TO = re.compile(r"\bfrom\s{1,3}(?!(?:19|20)\d\d\b)\d[\d,]{0,12}+(?:\s{1,3}[a-z]{2,12}){0,2}"
                             r"(?:\s{1,3}in\s{1,3}[\w/-]{2,12})?,?\s{1,3}to\s{1,3}$", re.I)


#: Digits with a leading zero ("0800", "0345"): a phone number's prefix; no count is written so.
_LEADING_ZERO = re.compile(r"0\d{2,}")
#: A figure joined by a hyphen to a singular word that is not a number word, making one modifier of the noun
#: after it ("the 10-digit number", "a 24-hour line", "a 3-point plan"): it describes that noun, counts nothing.
#: "100-odd", "200-plus" stay figures; "1-800-GAMBLER" and "33-per-cent" are read elsewhere.
_COMPOUND_MODIFIER = re.compile(r"-(?!(?:odd|plus|strong|fold|per|percent|year|years|old)\b)(?-i:[a-z]{2,15})(?<!s)\s{1,3}(?-i:[a-z])",
                                re.I)


#: "between" right before a range of days: "between May 3 and 9".
_BETWEEN_BEFORE = re.compile(r"\bbetween\s{1,3}$", re.I)
#: A lower-case word right after a figure: "12 callers", "25 people" are counts.
_WORD_AFTER = re.compile(r"\s{1,3}[a-z]")


def _day_range_end(text: str, start: int, after: str) -> bool:
    """Whether the figure at ``start`` ends a range of days after a month ("from May 3 to 9", "March 3-9"), unless
    a count noun follows it ("from June 1 to 30 people called"); after "and" only when "between" opens the range and no word follows the figure ("on May 3 and 12 callers were
    turned away" is a count, as period_scan reads it)."""
    m = _patterns()["day_range_end"].search(text, max(0, start - 24), start)
    if m is None or _patterns()["counted_one_by_one"].match(after):
        return False  # "From June 1 to 30 people called": a count noun after it makes the figure a count
    if not m.group().rstrip().lower().endswith("and"):
        return True
    return bool(_BETWEEN_BEFORE.search(text, max(0, m.start() - 12), m.start())) and not _WORD_AFTER.match(after)


def _excluded_digits(text: str, match: re.Match[str]) -> bool:
    """Whether a run of digits is a year, date, ordinal, age, duration, money or part of a word."""
    start, end = match.start("num"), match.end("num")
    before, after = text[max(0, start - 12):start], text[end:end + 24]
    is_pct = bool(match.group("pct"))
    last = before[-1:]
    if last and (last.isalpha() or last in "£$€#/:") or (last == "-" and before[-2:-1].isalpha()):
        return True
    if _YEAR_RANGE_END.search(before) or _FOOTNOTE.match(text, start - 1):
        return True  # "in 2017-18", "2013–14"; a note mark "... answered (1)."
    if not match.group("scale") and not is_pct:
        if re.match(r"(?:st|nd|rd|th|s\b|['\u2019]s\b|[:/]\d|[A-Za-z])", after):
            return True
        if _patterns()["duration"].match(after) or re.search(r"\baged?\s*$", before, re.I):
            return True
        if not_counts.is_range_of_durations(after, _patterns()["duration"]) or not_counts.is_age_bound(before, after, raw_value(match)):
            return True  # "40-60 minutes", "30 to 45 minutes"; "40 or older", "men 30-59"
        if _patterns()["not_a_number_after"].match(after):  # "3-fold", "50p", "20 pence"
            return True
        if _patterns()["month"].search(before) or _patterns()["month_after"].match(after):
            return True
        day = match.group("num")
        if day.isdigit() and len(day) <= 2 and int(day) <= 31 and _day_range_end(text, start, after):
            return True  # "from May 3 to 9": a day, not a count
        raw = match.group("num")
        if _LEADING_ZERO.fullmatch(raw) or _COMPOUND_MODIFIER.match(after):
            return True  # "0800 HEY BRO" is a phone number; "the 10-digit number", "a 24-hour line" describe
        if re.fullmatch(r"(?:19|20)\d\d", raw) and (not _patterns()["year_count"].match(after)
                                                     or YEAR_PREPOSITION.search(before)) \
                and not (_FROM_FIGURE_TO.search(text, max(0, start - 60), start) and _IN_YEAR_AFTER.match(after)):
            return True  # a year, also before a count noun after a preposition of time ("In 2022 calls rose")
        if not_counts.is_code(raw, text[end:end + 48], text[max(0, start - 24):start]) \
                or not_counts.is_year_of_share(raw, before) or not_counts.is_label_or_address(before, after) \
                or not_counts.is_clock_time(raw, before) or not_counts.is_quoted_name(before, after) \
                or not_counts.is_numbered_label(text[max(0, start - 32):start], after, figure=raw):
            return True  # "text SHOUT to 85258", "the 988 Lifeline"; "38% of 2023 callers"; "in table 4"
    token = _token_around(text, start, end)
    return bool(re.search(r"://|www\.|@|\w/\w|\w\.\w{2,}/", token)) or not_counts.is_phone_token(token)


def _in_a_list(text: str, start: int) -> bool:
    """A figure right after another figure and a comma ("12, 276, 414 people"): a list, whose items stay apart.
    A year before the comma is no list ("In 2022, 276, 414 people")."""
    before = text[max(0, start - 12):start]
    return bool(re.search(r"\d,?\s?$", before)) and not re.search(r"(?<!\d)(?:19|20)\d\d,\s$", before)


#: Between a figure and the earlier figure of a rise to it, the figure's noun and "from": "23,665 calls from 19,699".
FROM_EARLIER = r"(?:\s{1,3}[a-z]{2,15}){0,3},?\s{1,3}from\s{1,3}(?:(?:about|around|nearly|just|only|some)\s{1,3})?"
#: After "up to N", the earlier figure of a rise: "up to 23,665 from 19,699" says where a count rose to, no ceiling.
_RISEN_FROM = re.compile(FROM_EARLIER + r"\d")


def _make(text: str, match: re.Match[str], value: float, *, start_at: Optional[int] = None, **kw) -> NumberMention:
    qualifier, start = _qualifier(text, match.start() if start_at is None else start_at)
    if qualifier == "up_to" and text[start:start + 2].lower() == "up" and _RISEN_FROM.match(text, match.end()):
        qualifier = "exact"
    if qualifier == "exact" and not kw.get("vague"):
        after = HEDGE_AFTER.match(text, match.end())
        if after:  # "2,000-plus calls", "2,000+ calls", "10,000-odd calls"
            qualifier = "about" if after.group(0).strip("-\x20").lower() == "odd" else "more_than"
    if kw.get("vague"):
        qualifier = "vague"
    raw = match.group("num")
    decimals = len(raw.split(".")[1]) if "." in raw and raw.replace(",", "").replace(".", "").isdigit() else 0
    return NumberMention(
        value=value, start=start, end=match.end(), num_start=match.start("num"), num_end=match.end("num"),
        qualifier=qualifier, decimals=decimals, text=text[start:match.end()], **kw,
    )


#: A hedge written after a figure: "2,000-plus", "2,000+", "10,000-odd" (more than, more than, about).
HEDGE_AFTER = re.compile(r"(?:-|\x20)?(?:plus|odd)\b|\+(?![\d\w])", re.I)


#: A figure right before a spelled number, which is then that figure's scale word ("$5.5 million", "2.5 million").
_FIGURE_JUST_BEFORE = re.compile(r"\d\s?$")


#: How far before a space-grouped figure its label noun is looked for.
LABEL_REACH = 24


@lru_cache(maxsize=1)
def _label_before() -> re.Pattern[str]:
    """A noun that labels a numbered thing right before a figure ("In quarter 3 300 people", "in week 12 400
    calls"): the first group is the label's number, not the thousands of one figure (``data/not_counts.json``)."""
    lists = data_file("not_counts.json")
    words = {w.lower() for key in ("label_nouns", "label_time_nouns", "label_words") for w in lists[key]}
    return re.compile(rf"\b(?:{alternation(sorted(words))})\x20$", re.I)


def _thousands_grouped(figure: str) -> bool:
    """Whether digits apart by spaces read as one figure grouped in thousands ("12 340 500"): a first group
    of one to three digits and groups of three after it."""
    groups = figure.split("\x20")
    return len(groups) > 1 and all(g.isdigit() for g in groups) and len(groups[0]) <= 3 \
        and all(len(g) == 3 for g in groups[1:])


#: Any digit, as ``\d`` reads one: every match of the phone, stray-space and digit patterns (and of
#: ``not_counts.phone_spans``) holds one, so a text without one is not searched with them.
_ANY_DIGIT = re.compile(r"\d")


#: Two shares that make up a whole, written as a ratio before "split": "a 68:32 split", "a 23.5:76.5 split".
_SPLIT = re.compile(r"(?<![\d:.,])(?P<a>\d{1,2}(?:\.\d)?):(?P<b>\d{1,2}(?:\.\d)?)(?![\d:.,]\d)(?=\s{1,3}split\b)", re.I)

#: The words before a multiplier's factor: "by a factor of three" (a multiplier, pipeline/extract/ratios.py).
_FACTOR_OF = re.compile(r"\bfactor\s{1,3}of\s{1,3}$", re.I)

#: "by" and at most a hedge right before a fraction word: "dropped by half", "up by almost a third".
_BY_BEFORE = re.compile(r"\bby\s{1,3}(?:[a-z]{3,12}\s{1,3})?$", re.I)

#: A fall "by half": the multiplier 0.5 (``data/multiplier_words.json``), not a percentage.
_HALVED = re.compile(r"(?:fall|fell|fallen|drop|dropped|decrease|decreased|cut|down)\s{1,3}by\s{1,3}half$", re.I)


#: The patterns of :func:`find_numbers` that find a number without a digit and not vague ("twelve",
#: "a third of", "one in four", "half a million"); every other number it finds holds a digit.
WORD_NUMBER_KEYS = ("spelled", "scale_fraction", "one_in", "fraction", "fraction_change", "fraction_aside",
                    "fraction_with")


def may_hold_number(text: str) -> bool:
    """False only when :func:`find_numbers` finds no number that is not vague in any sentence of
    ``text`` (a run of it between whitespace): it holds no digit, and no pattern of a number in words
    matches anywhere in it (each searched once, only where it holds a word the pattern needs; the
    checks that drop a match afterwards are not made, so this says yes more often than they would)."""
    if _ANY_DIGIT.search(text) is not None:
        return True
    pats, lowered, needs = _patterns(), lowered_for(text), _needs()
    return any(may_match(needs[key], lowered) and pats[key].search(text) is not None for key in WORD_NUMBER_KEYS)


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text`` that may be a fact, in order of position."""
    pats = _patterns()
    digit = _ANY_DIGIT.search(text) is not None  # phone numbers, "1,200" and "4 000" need one: skipped without
    taken = bytearray(len(text))  # 1 where a phone number or a number already found stands
    for m in pats["phone"].finditer(text) if digit else ():
        if not (DIGIT_GROUPS.fullmatch(m.group()) and _thousands_grouped(m.group())):
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for a, b in not_counts.phone_spans(text) if digit else ():  # "call or text 1737", "ring 131 114"
        taken[a:b] = b"\x01" * (b - a)
    found: list[NumberMention] = []
    lowered, needs = lowered_for(text), _needs()

    def scan(key: str) -> Iterator[re.Match[str]]:
        """The matches of pattern ``key``; none without running it when the text lacks every word it needs."""
        return pats[key].finditer(text) if may_match(needs[key], lowered) else iter(())

    def free(span: tuple[int, int]) -> bool:
        return not any(taken[span[0]:span[1]])

    def add(mention: NumberMention) -> None:
        found.append(mention)
        taken[mention.num_start:mention.end] = b"\x01" * (mention.end - mention.num_start)

    for m in scan("scale_fraction"):  # "a quarter of a million" -> 250000
        fraction = words()["scale_fractions"][re.sub(r"\s+", " ", fold(m.group("num")[:m.start("scale") - m.start()].strip()))]
        add(_make(text, m, round(fraction * words()["scales"][fold(m.group("scale"))]), spelled=True))
    for m in scan("vague"):
        if free(m.span()):
            add(_make(text, m, words()["vague"][fold(m.group("num"))], vague=True, spelled=True))
    for m in scan("one_in"):
        num, den = (int(x) if x.isdigit() else words()["units"][fold(x)] for x in (m.group("num"), m.group("den")))
        if m.group("den")[0].isupper():  # "One in Four", "One In Four": a capitalised number word names an
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())  # organisation; no figure of it is a count
            continue
        if free(m.span()) and den and num < den:
            add(_make(text, m, round(100 * num / den, 1), percent=True, spelled=True))
    for key in ("fraction", "fraction_change", "fraction_aside", "fraction_with"):
        for m in scan(key):
            if key == "fraction_change" and _HALVED.match(m.group(0)):
                continue  # "fell by half" is a halving, a multiplier (ANNOTATION.md decision 8), no percentage
            if key == "fraction" and _BY_BEFORE.search(text, max(0, m.start("num") - 40), m.start("num")) \
                    and not re.match(r"\s+of\b", text[m.end("num"):]):
                continue  # "dropped by half compared to", "up by a third": a change, "fraction_change" reads it
            if free(m.span("num")):
                add(_make(text, m, fraction_values()[fold(m.group("num"))], percent=True, spelled=True,
                          start_at=m.start("num")))
    for m in pats["stray_space"].finditer(text) if digit else ():
        if m.group("spaced"):
            last = text[m.start() - 1:m.start()] if m.start() else ""
            if free(m.span()) and not _in_a_list(text, m.start()) and not (last and (last.isalpha() or last in "£$€#/:-")) \
                    and not _label_before().search(text, max(0, m.start() - LABEL_REACH), m.start()):
                spaced = pats["digits"].fullmatch(m.group("spaced").replace(" ", ","))
                value = _digits_value(spaced)
                found.append(NumberMention(value=value, start=_qualifier(text, m.start())[1], end=m.end(),
                                           num_start=m.start(), num_end=m.end(),
                                           qualifier=_qualifier(text, m.start())[0],
                                           text=text[_qualifier(text, m.start())[1]:m.end()]))
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            continue
        if free(m.span("num")) and not _in_a_list(text, m.start("num")) and not _excluded_digits(text, m):
            add(_make(text, m, _digits_value(m)))
    for m in _SPLIT.finditer(text) if digit else ():  # "a 68:32 split": two shares (ANNOTATION.md decision 7)
        if free(m.span()) and float(m.group("a")) + float(m.group("b")) == 100:
            for part in ("a", "b"):
                value = float(m.group(part))
                found.append(NumberMention(value=int(value) if value.is_integer() else value, start=m.start(part),
                                           end=m.end(part), num_start=m.start(part), num_end=m.end(part),
                                           qualifier="exact", percent=True, text=m.group(part),
                                           decimals=len(m.group(part).partition(".")[2])))
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for m in pats["digits"].finditer(text) if digit else ():
        if free(m.span("num")) and not _excluded_digits(text, m):
            add(_make(text, m, _digits_value(m), percent=bool(m.group("pct"))))
    for m in scan("spelled"):
        phrase = m.group("num")
        value = spelled_value(phrase)
        if value is None or not free(m.span()):
            continue
        if _FIGURE_JUST_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "$5.5 million": the scale word of a figure (money here), no number of its own
        if _FACTOR_OF.search(text, max(0, m.start() - 16), m.start()):
            continue  # "rose by a factor of three": a multiplier's factor, no count
        following = text[m.end("num"):m.end("num") + 16]
        if (phrase.lower() == "one" and not m.group("pct")) or pats["duration"].match(following) \
                or pats["not_a_number_after"].match(following) or _COMPOUND_MODIFIER.match(following):  # "one" alone is a pronoun; "one per cent" a figure
            continue
        if not m.group("pct") and not_counts.is_numbered_label(text[max(0, m.start() - 32):m.start()], following):
            continue  # "Year Nine pupils", "in chapter three": the number of a labelled thing
        add(_make(text, m, value, percent=bool(m.group("pct")), spelled=True))
    return _ranges(text, sorted(found, key=lambda n: n.start))


#: Between the two ends of a range: "5 to 10", "5-10", "5 – 10", "50 or 60"; "and" after "between" (:data:`_BETWEEN_BEFORE`).
_RANGE_JOIN = re.compile(r"\s{0,3}(?:to|-|\u2013|\u2014)\s{0,3}|\s{1,3}(?:and|or)\s{1,3}", re.I)
#: A percent sign or word after a figure: "5%", "5 per cent" (a fraction word, "a quarter", has none).
_PERCENT_SIGN = re.compile(r"%|per\s?cent|percent|pc", re.I)
#: "from" right before a figure (and its hedge): "from about 1,300 to 1,400" is a change between two levels, no range.
_FROM_RIGHT_BEFORE = re.compile(r"\bfrom\s{1,3}$", re.I)


def _ranges(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """The two ends of each range read as one statement: a percentage written once after both ends makes both
    percentages ("between 3 and 5 per cent", "10 to 15%", "2-4%", "from 8.4 to 12%"), and a hedge before the first
    end covers the second too ("about 20 to 25 per cent", "around 1,300 to 1,400 a month"; not "from about 1,300
    to 1,400", two levels of a change)."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        join = _RANGE_JOIN.fullmatch(text, first.end, second.start)
        if join is None or first.vague or second.vague or first.end > second.start or second.start != second.num_start:
            continue  # "610 - about a quarter - were ...": an aside, no range
        word = join.group().strip().lower()
        if (word == "and" and not _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start)) \
                or (word != "to" and first.value >= second.value):
            continue  # "rose 12 and 6 per cent"; "40 - 31%" (a range runs upwards unless "to" joins it)
        if second.percent and not first.percent and first.value <= 1000 and "," not in text[first.num_start:first.num_end] \
                and _PERCENT_SIGN.search(text, second.num_end, second.end):
            out[i] = first = replace(first, percent=True)
        if first.percent == second.percent and first.qualifier == "about" and second.qualifier == "exact" \
                and not _FROM_RIGHT_BEFORE.search(text, max(0, first.start - 8), first.start):
            out[i + 1] = replace(second, qualifier="about")
    return out

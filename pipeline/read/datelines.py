"""Publication dates: the dateline in a page's first lines, and metadata date strings.

:func:`parse_dateline` looks for a labelled date ("Posted: Fri 18th Mar 2022",
"This article is old - Published: Friday, Mar 18th, 2022", "Last updated:
18/03/2022 10:30") or a line that is only a date ("March 18, 2022") in the first
twelve non-empty lines. Labels rank published/posted above date above updated; a
bare date line comes next, and last a date after a name: an outlet's or a byline's ("Northern Echo,
12 March 2024", "Bucks Herald 05/02/2024", "By Sam Price, Chief Reporter - 4 June 2024"), a line
ending in a whole date whose words before it are all capitalised (:func:`_named_date`), so that no
sentence of the body dates the page. Numeric dates are read day first (UK sites).
:func:`parse_date` reads metadata values: ISO 8601, RFC 2822, UK day-first.

Both first strip weekdays, ordinal suffixes and times and try a few regular
expressions; only what those miss goes to ``dateparser`` (slow, so cached).
"""
from __future__ import annotations

import datetime
import email.utils
import json
import logging
import re
from functools import lru_cache
from typing import Optional

from pipeline.settings import DATA_DIR
from pipeline.wordlists import fold

log = logging.getLogger(__name__)

DATA = DATA_DIR / "periods.json"
MAX_LINES = 12
DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
}


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str], dict[str, int], re.Pattern[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    alt = lambda words: "|".join(  # noqa: E731
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    labels = {k.lower(): v for k, v in data["dateline_labels"].items()}
    label_rx = re.compile(rf"\b(?P<label>{alt(labels)})\b\s*(?:on|at)?\s*[:\-–—|]?\s*", re.IGNORECASE)
    weekday_rx = re.compile(rf"\b(?:{alt(data['weekdays'])})\b\.?,?", re.IGNORECASE)
    month_rx = re.compile(rf"(?:{alt(data['months'])})\.?", re.IGNORECASE)
    return data["months"], label_rx, weekday_rx, labels, month_rx


_TIME = re.compile(r"\b(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm)?(?:\s*(?:GMT|BST|UTC|CET))?\b|"
                   r"\b\d{1,2}\s*(?:am|pm)\b|\b(?:GMT|BST|UTC)\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


def _normalise(value: str) -> str:
    """``value`` without weekdays, ordinal suffixes, times, "the"/"of" and commas."""
    _, _, weekday_rx, _, _ = _words()
    value = weekday_rx.sub(" ", value)
    value = _ORDINAL.sub(r"\1", value)
    value = re.sub(r"\b(?:the|of)\b", " ", value, flags=re.IGNORECASE)
    value = value.replace(",", " ")
    return re.sub(r"\s+", " ", value).strip(" -–|:")


def _build(year: int, month: int, day: int) -> Optional[datetime.date]:
    if year < 100:
        year += 2000
    if not 1990 <= year <= 2100:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _match_date(value: str) -> tuple[Optional[datetime.date], int]:
    """A date at the start of a normalised string, and where it ends (0 when none)."""
    months, _, _, _, month_rx = _words()
    m_alt = month_rx.pattern
    forms = (
        (rf"(?P<d>\d{{1,2}}) (?P<m>{m_alt}) (?P<y>\d{{4}})\b", "dmy"),
        (rf"(?P<m>{m_alt}) (?P<d>\d{{1,2}}) (?P<y>\d{{4}})\b", "mdy"),
        (r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", "iso"),
        (r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})\b", "num"),
    )
    for pattern, _kind in forms:
        found = re.match(pattern, value, re.IGNORECASE)
        if found:
            month = found["m"]
            number = int(month) if month.isdigit() else months.get(month.lower().rstrip("."))
            if number is None:
                continue
            return _build(int(found["y"]), number, int(found["d"])), found.end()
    return None, 0


@lru_cache(maxsize=2048)
def _dateparser(value: str) -> Optional[datetime.date]:
    """``dateparser`` on a short string, day first, whole dates only (cached)."""
    try:
        import dateparser

        parsed = dateparser.parse(value, languages=["en"], settings=DATEPARSER_SETTINGS)
    except Exception as exc:  # dateparser raises assorted errors on odd input
        log.debug("dateparser failed on %r: %s", value, exc)
        return None
    return _build(parsed.year, parsed.month, parsed.day) if parsed else None


def _loose(value: str, *, whole: bool) -> Optional[datetime.date]:
    """A date opening ``value`` (or making up all of it when ``whole``)."""
    text = _normalise(value)[:60]
    if not text or not re.search(r"\d", text):
        return None
    date, end = _match_date(text)
    if date is not None:
        rest = _TIME.sub(" ", text[end:]).strip(" -–|:.")
        return date if not whole or not rest else None
    if whole and len(text) > 40:
        return None
    candidate = _TIME.sub(" ", text).strip() if whole else text
    return _dateparser(candidate) if candidate and len(candidate) <= 40 else None


#: A date standing alone on a line (or a byline part) ranks after "Published" but before "Updated".
UNLABELLED_RANK = 2

#: A date after an outlet's or a byline's name ranks after every other dateline.
NAMED_RANK = 3

#: At most this many words of a name before its date ("East Anglian Daily Times", "By Sam Price, Chief Reporter").
NAME_WORDS = 8


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    return frozenset(json.loads(DATA.read_text(encoding="utf-8"))["dateline_name_words"])


def _date_token(token: str, months: dict[str, int], weekday_rx: re.Pattern[str]) -> bool:
    """Whether ``token`` may open a date: a digit, a month or a weekday ("Tuesday 5 March 2024")."""
    word = token.strip(",.").lower()
    return token[:1].isdigit() or word in months or weekday_rx.fullmatch(word) is not None


def _named_date(line: str) -> Optional[datetime.date]:
    """The whole date ending ``line`` after a name of capitalised words, or ``None``.

    "Northern Echo, 12 March 2024", "Derby Telegraph, Tuesday 5 March 2024", "Somerset County Gazette
    20.10.2023", "Jane Roe, Health Reporter - 12 Mar 2024": the date opens at the first token with a digit
    (or the month or weekday just before it) and must run to the line's end; every word before it is
    capitalised or one of ``dateline_name_words``, with no full stop, so a sentence never matches.
    """
    months, _, weekday_rx, _, _ = _words()
    tokens = line.split()
    first = next((i for i, token in enumerate(tokens) if token[:1].isdigit()), None)
    if first is None or not 1 <= first <= NAME_WORDS + 2:
        return None
    while first > 0 and _date_token(tokens[first - 1], months, weekday_rx):
        first -= 1
    name = [t.strip(",–—-:") for t in tokens[:first]]
    name = [t for t in name if t]
    if not 1 <= len(name) <= NAME_WORDS or any("." in t for t in name):
        return None
    lower = _name_words()
    if not all(t[:1].isupper() or t.lower() in lower for t in name) or not name[0][:1].isupper():
        return None
    return _loose(" ".join(tokens[first:]), whole=True)


def parse_dateline(text: str) -> Optional[datetime.date]:
    """The publication date named in the first lines of ``text``, or ``None``."""
    if not text or not isinstance(text, str):
        return None
    _, label_rx, _, labels, _ = _words()
    lines = [line.strip() for line in text.splitlines() if line.strip()][:MAX_LINES]
    # a byline line holds several parts: "By Priya Nair | 3 March 2021", "12 January 2022 | Updated 13 January 2022"
    lines = [part.strip() for line in lines for part in line.split("|") if part.strip()]
    best: Optional[tuple[int, int, datetime.date]] = None
    for index, line in enumerate(lines):
        if len(line) > 300:
            continue
        found: Optional[tuple[int, int, datetime.date]] = None
        for label in label_rx.finditer(line):
            date = _loose(line[label.end():], whole=False)
            if date is not None:
                rank = labels[re.sub(r"\s+", " ", fold(label["label"]))]
                found = (rank, index, date)
                break
        if found is None and len(line) <= 60:
            date = _loose(line, whole=True)
            found = (UNLABELLED_RANK, index, date) if date else None
        if found is None and len(line) <= 80:
            date = _named_date(line)
            found = (NAMED_RANK, index, date) if date else None
        if found and (best is None or found[:2] < best[:2]):
            best = found
    return best[2] if best else None


def parse_date(value: str) -> Optional[datetime.date]:
    """A metadata date string (ISO 8601, RFC 2822, UK day-first) as a date, or ``None``."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)", value)
    if iso:
        return _build(int(iso[1]), int(iso[2]), int(iso[3]))
    if re.match(r"(?:[A-Za-z]{3},\s*)?\d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}", value):
        try:
            parsed = email.utils.parsedate_to_datetime(value)
            return _build(parsed.year, parsed.month, parsed.day)
        except (TypeError, ValueError, IndexError):
            pass
    return _loose(value, whole=False)

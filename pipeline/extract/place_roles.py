"""Which of the places an article names are its facts' and its own: the United Kingdom (or another
country) an article implies without naming it, shares that take no place, and places that only
name a body ("Stop It Now! Scotland", "Refuge, the UK's biggest charity"), a remit, a source or
an event rather than where the figures are.  Pure functions over the text and the mentions
:func:`pipeline.extract.regions.find_regions` returns; the word lists are in
``data/regions_rules.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from pipeline.extract.place_origins import own_origin_after
from pipeline.extract.regions import Place, RegionMention, ancestors, country_of, place, rules


@lru_cache(maxsize=1)
def _national_scope() -> re.Pattern[str]:
    phrases = sorted(rules()["national_scope"], key=len, reverse=True)
    heads = sorted(rules().get("national_line_heads", []), key=len, reverse=True)
    alts = [re.escape(p).replace(r"\ ", r"\s+") for p in phrases]
    if heads:
        # "the national helpline", "the National Gambling Helpline": words and spaces alternate, so no backtracking blow-up
        alts.append(r"national\s++(?:[A-Za-z'\u2019-]++\s++){0,2}?(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads) + ")")
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _national_line() -> re.Pattern[str]:
    """A national line named by "national" and a line's head word ("the National Gambling Helpline")."""
    heads = sorted(rules().get("national_line_heads", []), key=len, reverse=True)
    head = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads)
    return re.compile(r"(?<![\w-])national\s++(?:[A-Za-z'\u2019-]++\s++){0,2}?(?:" + head + r")(?![\w-])", re.IGNORECASE)


def implied_scope(text: str, mentions: Iterable[RegionMention]) -> list[RegionMention]:
    """The United Kingdom an article implies without naming it ("dealt with 100,000 people across
    the country", "the campaign runs nationally", "called the National Gambling Helpline"), as one
    mention at the first such phrase; empty when the article names the United Kingdom already, names no place of England but some of
    Scotland, Wales or Northern Ireland ("the country" is then that nation) and no national line ("the National
    Gambling Helpline" is the UK's still), or has no such phrase.

    An article that names no place we know, and names lines of one other country only
    (``data/helplines.jsonl``: "the 988 Lifeline"), implies that country, not the United Kingdom.

    For the article's regions list only (ANNOTATION.md rule 12): a fact's region stays what its
    sentence names, so these mentions are not for the fact extractor.
    """
    mentions = list(mentions)
    named = {m.name for m in mentions}
    abroad = _one_country(named) or (_line_country(text) if not named else None)
    if abroad is not None:  # "nationally" in an article whose places are all in Australia
        found = _national_scope().search(text) if isinstance(text, str) and abroad.name not in named else None
        return [] if found is None else [RegionMention(abroad.name, abroad.kind, abroad.code, found.start(),
                                                       found.end(), found.group())]
    if "United Kingdom" in named:
        return []
    if named and all(country_of(name) not in (None, "United Kingdom") for name in named):
        return []  # places of two countries abroad ("Ballina" read as Ireland's, and Australia): no UK scope
    nations = {"England", "Scotland", "Wales", "Northern Ireland"}
    covering = {n for m in mentions for n in ({m.name} | ancestors(m.name)) & nations}
    found = _national_scope().search(text) if isinstance(text, str) else None
    if covering and "England" not in covering:
        # "across the country" is then that nation; a national line ("the National Gambling Helpline", "a national
        # suicide prevention helpline") is the UK's still (27 of 30 dev golds of a nation that name one)
        found = _national_line().search(text) if isinstance(text, str) else None
    uk = place("United Kingdom")
    if found is None or uk is None:
        return []
    return [RegionMention(uk.name, uk.kind, uk.code, found.start(), found.end(), found.group())]


def _lines_countries(text: str) -> set[str]:
    """The countries of the helplines a text names (``data/helplines.jsonl``), where one is given."""
    from pipeline.read.relevance import helplines, helplines_named  # here: pipeline.read imports pipeline.extract

    if not isinstance(text, str):
        return set()
    country = {line.name: line.country for line in helplines()}
    return {country[name] for name in helplines_named(text) if country.get(name)}


def _line_country(text: str) -> Optional[Place]:
    """The one country other than the United Kingdom whose lines the text names ("the 988 Lifeline"),
    for an article that names no place we know; else None."""
    countries = _lines_countries(text)
    found = place(countries.pop()) if len(countries) == 1 else None
    return found if found is not None and found.name != "United Kingdom" else None


def _one_country(names: set[str]) -> Optional[Place]:
    """The country other than the United Kingdom that holds every named place, or None."""
    countries = set()
    for name in names:
        found = {a for a in {name} | ancestors(name) if getattr(place(a), "kind", None) == "country"}
        if len(found) != 1:
            return None
        countries |= found
    return place(countries.pop()) if len(countries) == 1 else None


@lru_cache(maxsize=1)
def _unplaced_share() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in sorted(rules()["unplaced_share_nouns"], key=len, reverse=True))
    return re.compile(rf"\s*+(?:(?:of\s++)?(?:the\s++|all\s++)?(?:{nouns})\b|[.,;:]|$)", re.IGNORECASE)


def unplaced_share(text: str, end: int) -> bool:
    """Whether the share ending at ``end`` splits calls or messages ("60 per cent of calls came from
    mobiles") or nothing named ("participation rose to 43%."): it takes no place from the count it
    rests on (ANNOTATION.md decision 12), unlike a share of people ("a fifth of callers")."""
    return bool(_unplaced_share().match(text, end))


@lru_cache(maxsize=1)
def _helpline_name_before() -> re.Pattern[str]:
    """A helpline's name ending right before a place: "Stop It Now! Scotland", "Samaritans Ireland"."""
    from pipeline.read.relevance import helplines  # the helplines' names live with the relevance rules

    names = sorted({a for h in helplines() for a in (*h.aliases, *h.as_written) if a[:1].isupper() and "." not in a},
                   key=len, reverse=True)
    name = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    # the name, an optional "!", then only spaces or tabs: the place is the last word of the body's name
    return re.compile(rf"(?<![\w-])(?:{name})!?[ \t]*$")


@lru_cache(maxsize=1)
def _ranked_body() -> re.Pattern[str]:
    """"'s", up to three words, a word that ranks a body, up to three words, a body's noun."""
    ranks = "|".join(re.escape(w) for w in sorted(rules()["body_ranks"], key=len, reverse=True))
    nouns = "|".join(re.escape(w) for w in sorted(rules()["body_nouns"], key=len, reverse=True))
    # each optional word is a run of letters and hyphens and its space: no backtracking blow-up
    return re.compile(rf"['\u2019]s\s+(?:[a-z-]++\s+){{0,3}}?(?:{ranks})\s+(?:[a-z-]++\s+){{0,3}}?(?:{nouns})\b")


def _ranks_body(text: str, m: RegionMention) -> bool:
    """"Refuge, the UK's biggest charity, ...": a place in apposition that ranks a body among its own."""
    return bool(re.search(r",\s*the\s+$", text[max(0, m.start - 8):m.start])) and bool(
        _ranked_body().match(text, m.end, min(len(text), m.end + 100)))


@lru_cache(maxsize=1)
def _remit() -> re.Pattern[str]:
    """", the peak body funded to work with men in": an apposition saying what a body does, up to a place."""
    nouns = "|".join(re.escape(w) for w in sorted(rules()["remit_nouns"], key=len, reverse=True))
    verbs = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules()["remit_verbs"], key=len, reverse=True))
    # bounded word runs, then a possessive run with no digit or stop: linear on any window
    return re.compile(rf",\s*+the\s++(?:[a-z-]++\s++){{0,3}}?(?:{nouns})\s++(?:{verbs})\b[^.;:!?\d\n]*+$")


_COMMA_THE = re.compile(r",\s*+the\s")
#: The rest of a sentence after a place: no figure in it.
_NO_FIGURE_TO_STOP = re.compile(r"[^.;!?\d\n]*+(?:[.;!?\n]|$)")


def _in_remit(text: str, m: RegionMention) -> bool:
    """Whether ``m`` is named in what a body in apposition does, at the end of its sentence with no
    figure after it, not as the place of a figure ("The line, the only service working across Wales,
    took 500 calls" keeps Wales)."""
    start = max(0, m.start - 160)
    # tried only where ", the" opens (a handful of places), each attempt linear: no quadratic search
    opened = any(_remit().match(text, found.start(), m.start) for found in _COMMA_THE.finditer(text, start, m.start))
    return opened and bool(_NO_FIGURE_TO_STOP.match(text, m.end, min(len(text), m.end + 400)))


#: What may stand before a sentence's first word: its start, a stop, a line break, an opening quote.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:\n][\"'\u201c\u201d\u2018\u2019)]*)\s*[\"'\u201c\u2018]?$")


def _ends_name(text: str, m: RegionMention, before: re.Pattern[str], starts: frozenset[int] = frozenset()) -> bool:
    """Whether ``m`` ends a helpline's name that is not the source of the sentence's figures: a body
    that opens a sentence ("Stop It Now Wales said 1,734 people ...") or follows a word of
    ``source_words`` ("published by Stop It Now! Northern Ireland") speaks for its place, and its
    figures are that place's; a body named otherwise ("377,400 people contacted Samaritans
    Ireland", "director of Stop It Now! Scotland") is not; nor is a source whose figure names its own origin after it
    ("Stop It Now! Scotland said 412 people from the Kingdom ...": :func:`own_origin_after`). ``starts``: where the
    text's place mentions start."""
    start = max(0, m.start - 60)
    found = before.search(text[start:m.start])
    if found is None or _facility().match(text, m.end):
        return False  # "answered at the Samaritans Ballina call centre": the branch's place, the figure's
    opening = start + found.start()
    if _SENTENCE_OPENS.search(text[max(0, opening - 4):opening]) or _source_words().search(
            text[max(0, opening - 30):opening]):
        return own_origin_after(text, m.end, starts)  # the source's place, unless the figure names its own
    return True


@lru_cache(maxsize=1)
def _facility() -> re.Pattern[str]:
    """Right after a place: up to two lower-case words and a word of ``town_facilities`` ("call centre")."""
    words = "|".join(re.escape(w) for w in sorted(rules()["town_facilities"], key=len, reverse=True))
    # each word a possessive run of letters and one space: no backtracking blow-up
    return re.compile(rf"[ \t](?:[a-z-]++[ \t]){{0,2}}(?:{words})\b")


@lru_cache(maxsize=1)
def _source_words() -> re.Pattern[str]:
    """"published by", "according to": words that make the body after them the source of a figure."""
    words = sorted(rules()["source_words"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s+(?:the\s+)?$",
                      re.IGNORECASE)


def organisation_places(text: str, mentions: Iterable[RegionMention]) -> list[RegionMention]:
    """The mentions that end a helpline's name ("Stop It Now! Scotland", "Samaritans Ireland",
    "Stop It Now! UK and Ireland") or rank a body in apposition ("Refuge, the UK's biggest charity,")
    rather than give the place of a figure, or say what a body in apposition does (", the peak body
    funded to work with men in Victoria"), or say where a body sits ("the Foyle-based charity"): "560 people visited the website of Stop It Now!
    Scotland" says who runs it, not where the 560 are; but a body that opens its sentence speaks
    for its place ("Stop It Now Scotland took 1,412 calls"). They stay in the
    article's regions list; a fact does not take them. A place before the name ("Gwent
    Samaritans") or after "in" ("Samaritans in Ireland") is the place of the branch and stays.
    """
    before = _helpline_name_before()
    out: list[RegionMention] = []
    previous: Optional[RegionMention] = None
    previous_out = False  # whether the mention before is in ``out`` (no list search: linear on long texts)
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = frozenset(m.start for m in ordered)
    for m in ordered:
        joined = previous_out and re.fullmatch(r"\s*(?:and|&)\s*", text[previous.end:m.start])
        previous_out = bool(joined or _ends_name(text, m, before, starts) or _ranks_body(text, m) or _in_remit(text, m)
                            or _in_body_name(text, m) or _based_body().match(text, m.end))
        if previous_out:
            out.append(m)
        previous = m
    return out


@lru_cache(maxsize=1)
def _based_body() -> re.Pattern[str]:
    """A place joined by "-based" to a body's noun ("the Foyle-based charity", "a Leeds-based youth organisation"):
    where the body sits, not the place of a figure (``based_body_nouns``)."""
    nouns = "|".join(re.escape(w) for w in rules()["based_body_nouns"])
    return re.compile(rf"[-\u2010\u2011]based (?:[a-z]++ )?(?:{nouns})\b", re.I)


@lru_cache(maxsize=1)
def _body_name() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A body's word right after a place ("the North Carolina Department of Health") and a body's
    name that ends in "of" right before one ("the Council on Compulsive Gambling of Pennsylvania").
    The words of the name are single tokens joined by one space, taken possessively: no backtracking."""
    words = "|".join(re.escape(w) for w in rules()["body_name_words"])
    after = re.compile(rf" (?:{words})\b")
    before = re.compile(rf"\b(?:{words})(?: (?:on|for|and|the|[A-Z][\w-]*+))*+ of $")
    return after, before


def _in_body_name(text: str, m: RegionMention) -> bool:
    """Whether the place is part of a body's name rather than a figure's place: "data from the North
    Carolina Department of Health", "the Council on Compulsive Gambling of Pennsylvania said"."""
    after, before = _body_name()
    return bool(after.match(text, m.end) or before.search(text[max(0, m.start - 80):m.start]))


@lru_cache(maxsize=1)
def _word_after(key: str) -> re.Pattern[str]:
    """Optional capitalised word, then one of the words of ``rules()[key]``, right after a place."""
    words = "|".join(re.escape(w) for w in sorted(rules()[key], key=len, reverse=True))
    # every run is bounded: the pattern is tried at a place's end, whatever follows it
    return re.compile(rf"[ \t]{{0,3}}(?:[A-Z][a-z]{{1,30}}[ \t]{{1,3}})?(?:{words})\b")


def event_places(text: str, mentions: Iterable[RegionMention]) -> list[RegionMention]:
    """The mentions that name an event rather than a place of a figure: "since the first UK
    lockdown", "before the Scottish referendum" (``event_nouns`` of ``data/regions_rules.json``)."""
    pattern = _word_after("event_nouns")
    return [m for m in mentions if pattern.match(text, m.end)]


def names_area(text: str, m: RegionMention) -> bool:
    """Whether the words after a place make it an area, whatever body's word stands between:
    "the North Belfast Assembly constituency", "the Cardiff Council ward" (``area_nouns``)."""
    return bool(_word_after("area_nouns").match(text, m.end))


#: Right after a figure, in its clause: words saying its place was not recorded ("378 calls where no area was
#: recorded", "90 contacts with no location given", "40 callers from an unknown area").  Bounded runs: linear.
_UNRECORDED = re.compile(r"[^\d.;:!?\n]{0,40}?\b(?:where|whose|with|from|for which)\s++(?:the\s++|their\s++|an?\s++)?"
                         r"(?:no|unknown|unrecorded)\s++(?:area|location|address|postcode|region|place|trust|county)s?\b",
                         re.IGNORECASE)


_DIGITS = re.compile(r"\d[\d,]*+")


def unrecorded_place(text: str, start: int) -> bool:
    """Whether the words after the figure starting at ``start`` say its place was not recorded: the figure has no
    place, whatever its sentence names ("A further 4,180 came from the Western Trust area, with 378 calls where no
    area was recorded": the 378 are no area's)."""
    digits = _DIGITS.match(text, start)
    return bool(_UNRECORDED.match(text, digits.end() if digits else start))

"""The value and the qualifier of a number found in text: "18,036" -> 18036, "2.5m" -> 2500000, "four
hundred" -> 400, "more than 24,000" -> ("more_than", 24000).

:func:`make_mention` turns a pattern's match into a :class:`NumberMention`. What this module does not do: find
numbers (:mod:`pipeline.extract.numbers`) or decide whether a run of digits is one (:mod:`pipeline.extract.not_numbers`).
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.wordlists import fold
from pipeline.extract.number_patterns import NumberMention, patterns, words


#: A figure with one dot and three digits after it, before a noun of things counted one by one ("6.318 calls",
#: "2.751 texts"; ``counted_one_by_one`` of ``data/numbers.json``): a dot grouping thousands, as much of Europe
#: prints them; a count is never a fraction.
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")


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
    match = patterns()["digits"].fullmatch(text.strip())
    if match:
        return digits_value(match)
    return spelled_value(text.strip())


def digits_value(match: re.Match[str]) -> float:
    if not match.group("scale") and not match.group("pct") and _DOTTED_THOUSANDS.fullmatch(match.group("num")) \
            and patterns()["counted_one_by_one"].match(match.string, match.end()):
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


def qualifier_before(text: str, start: int) -> tuple[str, int]:
    window = text[max(0, start - 30):start]
    match = patterns()["qualifier"].search(window)
    if not match:
        return "exact", start
    phrase = fold(match.group("q"))
    return words()["qualifiers"][phrase], start - len(window) + match.start("q")



#: Between a figure and the earlier figure of a rise to it, the figure's noun and "from": "23,665 calls from 19,699".
FROM_EARLIER = r"(?:\s{1,3}[a-z]{2,15}){0,3},?\s{1,3}from\s{1,3}(?:(?:about|around|nearly|just|only|some)\s{1,3})?"
#: After "up to N", the earlier figure of a rise: "up to 23,665 from 19,699" says where a count rose to, no ceiling.
_RISEN_FROM = re.compile(FROM_EARLIER + r"\d")


def make_mention(text: str, match: re.Match[str], value: float, *, start_at: Optional[int] = None, **kw) -> NumberMention:
    qualifier, start = qualifier_before(text, match.start() if start_at is None else start_at)
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

"""The record format of ``../shared/RECORDS.md`` as dataclasses.

Every writer serialises these classes through :func:`to_dict` (or
``dataclasses.asdict`` for a lone :class:`Check`); no module builds record
dictionaries by hand.  Fields may
be added; none may be renamed or dropped without bumping :data:`SCHEMA`.
"""
from __future__ import annotations

import copy
import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional

SCHEMA = "newsfacts/1"

Span = tuple[int, int]

QUALIFIERS = ("exact", "more_than", "at_least", "about", "nearly", "fewer_than", "up_to", "vague")
MEASURES = (
    "helpline_contacts", "helpline_calls", "website_users", "arrests", "offences",
    "children_safeguarded", "estimated_offenders", "other",
)
RATES = (None, "per_day", "per_week", "per_month", "per_year")
VERDICTS = ("consistent", "inconsistent", "unverifiable")


@dataclass
class Article:
    """What is known of the article itself."""

    id: str
    source: str
    url: Optional[str] = None
    outlet: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    language: Optional[str] = None
    text_sha256: Optional[str] = None
    text_chars: int = 0
    text: Optional[str] = None
    author: Optional[str] = None


@dataclass
class Relevance:
    """Whether the article is about a prevention helpline, and why."""

    relevant: bool = False
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    helplines: list[str] = field(default_factory=list)  # added field: the helplines named, first mention first


@dataclass
class Region:
    """A place the article names, with every mention's offsets."""

    name: str
    kind: str
    code: Optional[str] = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Fact:
    """Fields shared by counts, percentages and multipliers."""

    id: str
    text: str
    start: int
    end: int
    sentence: Span
    qualifier: str = "exact"
    regions: list[str] = field(default_factory=list)
    period_start: Optional[str] = None
    period_end: Optional[str] = None


@dataclass
class Count(Fact):
    """A number of people, calls, arrests... with what it counts."""

    value: float = 0
    measure: str = "other"
    unit: Optional[str] = None
    rate: Optional[str] = None
    parts: list[str] = field(default_factory=list)  # added field: ids of the counts listed as its parts
    parts_complete: Optional[bool] = None  # added field: False when they are some of it ("including ...")
    difference: Optional[str] = None  # added field: "increase"/"decrease" for the size of a change ("an increase of 300")
    group: Optional[str] = None  # added field: the group it counts, when its words name one ("from young people", "by text")
    #: added field: the places a count takes from the sentences before when its own sentence names none; its
    #: ``regions`` is then empty (ANNOTATION.md decision 12) and the checks pair it by these
    context_regions: list[str] = field(default_factory=list)


@dataclass
class Percentage(Fact):
    """A stated percentage: a change on an earlier period, or a share."""

    value: float = 0.0
    kind: str = "change"
    direction: Optional[str] = None
    base_period_start: Optional[str] = None
    base_period_end: Optional[str] = None
    count_ref: Optional[str] = None
    base_count_ref: Optional[str] = None
    measure: str = "other"  # what the changed figure counts (added field: from its count or its words)
    partition_ref: Optional[str] = None  # a share listed with others as one whole: the list's last share (added)
    restated_ref: Optional[str] = None  # a share written as a fraction word ("well over half"): the share that states it as a figure ("(57%)") (added)
    #: added field: the places a percentage takes from the sentences before when its own sentence names none
    #: ("That is up 30% on 2022."); its ``regions`` is then empty (decision 12, as for counts) and the checks pair it by these
    context_regions: list[str] = field(default_factory=list)


@dataclass
class Multiplier(Fact):
    """A "doubled", "trebled" or "halved" claim."""

    factor: float = 2.0
    word: str = ""
    count_ref: Optional[str] = None
    base_count_ref: Optional[str] = None
    percentage_ref: Optional[str] = None
    measure: str = "other"  # what the multiplied figure counts (added field)
    base_period_start: Optional[str] = None  # the period it names as compared with: "treble the number in 2020" (added)
    base_period_end: Optional[str] = None
    #: added field: the places taken from the sentences before when its own sentence names none ("The number has
    #: doubled."), as on a percentage; its ``regions`` is then empty and the checks pair it by these
    context_regions: list[str] = field(default_factory=list)


@dataclass
class Quote:
    """One speaker turn of direct speech."""

    id: str
    speaker: Optional[str]
    text: str
    start: int
    end: int
    title: Optional[str] = None
    role: Optional[str] = None
    org: Optional[str] = None
    official: bool = False
    attribution: str = "explicit"
    paragraphs: int = 1


@dataclass
class Check:
    """A stated figure recomputed from the figures it rests on."""

    id: str
    kind: str
    claim_ref: Optional[str]
    inputs: list[str]
    stated: Optional[float]
    computed: Optional[float]
    verdict: str
    tolerance: str
    explanation: str
    implied: Optional[float] = None
    articles: list[str] = field(default_factory=list)
    #: ``"difference"`` for a stated difference ("up by 410"), of kind ``sum`` in the annotators' form (the later
    #: count is the earlier plus it): ``stated`` is the later count, ``inputs`` the earlier count and the difference
    #: (``claim_ref``), ``computed`` their sum (less the difference for a fall); else ``None``
    relation: Optional[str] = None


def adds_parts(check: Check) -> bool:
    """A sum check of a total against its parts, not a stated difference (``relation``): the ones the sum rules
    deduplicate, close and judge as totals."""
    return check.kind == "sum" and check.relation != "difference"


@dataclass
class Record:
    """One article and every fact extracted from it."""

    article: Article
    relevance: Relevance = field(default_factory=Relevance)
    regions: list[Region] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    percentages: list[Percentage] = field(default_factory=list)
    multipliers: list[Multiplier] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    schema: str = SCHEMA


def sha256(text: str) -> str:
    """Hex SHA-256 of a string's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_id(url: Optional[str], text: str) -> str:
    """The record id: SHA-256 of the canonical URL (tracking parameters and fragment dropped), or of the text."""
    if not url:
        return sha256(text)
    from pipeline.collect.urls import canonicalize

    try:
        return sha256(canonicalize(url))
    except ValueError:  # not http(s): the URL as given
        return sha256(url)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_LEAVES = (str, int, float, type(None))


def _plain(value: Any) -> Any:
    """``value`` as ``dataclasses.asdict`` gives it, with tuples as lists: the same dicts, built
    without asdict's deep copy of every leaf (a third of writing a record)."""
    if isinstance(value, _LEAVES):  # bool is an int
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    names = _FIELD_NAMES.get(type(value))
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    return copy.deepcopy(value)


def to_dict(record: Record, *, with_text: bool = False) -> dict[str, Any]:
    """Serialise a record to the JSON shape of RECORDS.md (``schema`` first)."""
    data = _plain(record)
    out = {"schema": data.pop("schema")}
    out.update(data)
    if not with_text:
        out["article"].pop("text", None)
    return out


def from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a :class:`Record` from its JSON form (unknown keys are ignored)."""

    def build(cls: type, item: dict[str, Any]) -> Any:
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in item.items() if k in names}
        for key in ("sentence",):
            if key in kwargs and isinstance(kwargs[key], list):
                kwargs[key] = tuple(kwargs[key])
        return cls(**kwargs)

    return Record(
        article=build(Article, data.get("article", {"id": "", "source": ""})),
        relevance=build(Relevance, data.get("relevance") or {}),
        regions=[build(Region, r) for r in data.get("regions", [])],
        counts=[build(Count, c) for c in data.get("counts", [])],
        percentages=[build(Percentage, p) for p in data.get("percentages", [])],
        multipliers=[build(Multiplier, m) for m in data.get("multipliers", [])],
        quotes=[build(Quote, q) for q in data.get("quotes", [])],
        checks=[build(Check, k) for k in data.get("checks", [])],
        errors=list(data.get("errors", [])),
        schema=data.get("schema", SCHEMA),
    )


@dataclass
class Document:
    """One input before extraction: an HTML page or a plain text, and where it came from.

    Readers (``archives``, ``crawl``) produce these; ``extract.extract_document``
    turns one into a :class:`Record`.  ``error`` holds the reason an input could
    not be read; such a document still becomes a record.
    """

    source: str
    url: Optional[str] = None
    html: Optional[str] = None
    text: Optional[str] = None
    published: Optional[str] = None
    fetched: Optional[str] = None
    error: Optional[str] = None

"""Two counts of which one is of a group and the other of the whole (or of another group).

"240 calls in 2021 compared to 300 calls from young people in 2022, a rise of 20%": the records
give each count's group (``Count.group``, :mod:`pipeline.extract.count_groups`), and a change
recomputed from a group's count and the whole's would call a right paper wrong.  A count that
names no noun of its own ("... compared to 300 in 2022") is read as of the group of the count it
is compared with.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.records import Count

#: A count's text that ends in a word: its own noun ("300 calls", "more than 300 young callers").
_OWN_NOUN = re.compile(r"[A-Za-z]\W*$")


def has_own_noun(count: Count) -> bool:
    """Whether the count's text ends in a word, its own noun ("300 calls"), not a bare figure ("300")."""
    return _OWN_NOUN.search(count.text or "") is not None


def _group(count: Count) -> Optional[str]:
    return getattr(count, "group", None)


def groups_apart(a: Count, b: Count) -> bool:
    """One count is of a group and the other of the whole, by its own noun, or of another group."""
    ga, gb = _group(a), _group(b)
    if ga == gb:
        return False
    if ga is None:
        return has_own_noun(a)
    if gb is None:
        return has_own_noun(b)
    return True


def why_groups(a: Count, b: Count) -> str:
    """The words of an explanation: which count is of which group."""
    def of(c: Count) -> str:
        return f"{c.text!r} of {_group(c)}" if _group(c) else f"{c.text!r} of the whole"
    return f"the counts are of different groups ({of(a)}, {of(b)}): a part against the whole is no change, so no verdict"

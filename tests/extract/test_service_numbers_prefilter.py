"""``service_numbers_named`` looks for a service number's pattern only in a text that holds its digits
(a plain search first): the numbers it finds are those of looking for every one everywhere."""
from __future__ import annotations

import re

import pytest

from pipeline.extract import not_counts, phone_numbers
from pipeline.extract.phone_numbers import service_numbers_named


def _everywhere(text: str) -> frozenset[str]:
    named = set()
    for raw in not_counts.words()["service_numbers"]:
        for match in re.finditer(rf"(?<![\d,.]){raw}(?![\d,.%])", text):
            if phone_numbers._LINE_AFTER.match(text, match.end(), match.end() + 80) \
                    or phone_numbers._DIAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                named.add(raw)
                break
    return frozenset(named)


@pytest.mark.parametrize("text", [
    "Anyone worried can dial 111 or the 988 crisis line at any hour.",
    "The 116 number took 988 calls in May.",
    "Calls rose to 2,111 and then 9,880 in 2021.",  # the digits inside larger figures: no service number
    "Some 111% more people rang; 211.5 hours of calls.",
    "Ring 101 for the police, or text 999 in an emergency.",
    "The helpline took 4,310 calls.",
    "",
])
def test_the_same_numbers_as_looking_everywhere(text):
    assert service_numbers_named(text) == _everywhere(text)

"""A remainder alone in its sentence after a sentence that opens by naming its whole ("Of the 456, 171 were ...
The remaining 285 ..."): that sentence's one figure is an item of the list however long the sentence
(``remainder_sums._opened_as_part``).  Agreement only: the whole is found before the list, not read from the
opening, so a miss gives no verdict.  The table varies the opening ("Of the", "Of those", "Among the", "Out of
the"), the noun (people, callers, contacts, calls), what follows the item (a share, a clause), the remainder's words
("The remaining", "The rest") and the direction of a miss.  Sentences of our own writing.
"""
from __future__ import annotations

import pytest

from pipeline import extract_article


def _sums(text: str, total: float) -> list[str]:
    record = extract_article(text, source="remainder_opened.txt", published="2024-06-01")
    return [c.verdict for c in record.checks if c.kind == "sum" and c.stated == total]


@pytest.mark.parametrize("text, total, verdicts", [
    ("The number of people who called the line in Wales in 2023 rose to 612. Of the 612, 240 were worried about a "
     "relative, such as a son or a partner - 39% of the total. The remaining 372 were worried about themselves.",
     612, ["consistent"]),
    ("The service heard from 1,090 callers in 2023. Of those callers, 430 were women who had been given the number "
     "by a friend. The rest, 660, were men.", 1090, ["consistent"]),
    ("In 2023 the helpline logged 3,025 contacts from Kent. Among the contacts, 1,180 came through its webchat, which "
     "opened in the spring. The remaining 1,845 were phone calls.", 3025, ["consistent"]),
])
def test_an_opened_item_and_the_rest(text, total, verdicts):
    assert set(_sums(text, total)) == set(verdicts)  # a channel rule may find the same sum


@pytest.mark.parametrize("text, total", [
    # the opening restates the whole's figure: a miss is the paper's
    ("The number of people who called the line in Wales in 2023 rose to 612. Of the 612, 240 were worried about a "
     "relative, such as a son or a partner - 39% of the total. The remaining 392 were worried about themselves.", 612),
    ("Calls to the line from Wales reached 1,230 in 2023, from 1,010 in 2022. Of the 1,230, 515 came from people "
     "worried about a member of their family. The rest, 705, came from people worried about themselves.", 1230),
    # a short line, as before
    ("The service heard from 1,090 callers in 2023. Of those callers, 430 were women. The rest, 600, were men.", 1090),
])
def test_a_miss_when_the_opening_names_the_whole(text, total):
    assert "inconsistent" in _sums(text, total)


@pytest.mark.parametrize("text, total", [
    # a long sentence whose opening restates no figure: the whole is a guess, no verdict on a miss
    ("The service heard from 1,090 callers in 2023. Among those who called, 430 were women who had been given the "
     "number by a friend or a relative. The rest, 600, were men.", 1090),
    ("In 2023 the helpline logged 3,025 contacts from Kent, and 2,960 in 2022. Of those who got in touch, 1,180 were "
     "worried about a partner or a former partner. The remaining 1,745 were worried about themselves.", 3025),
])
def test_no_inconsistent_on_an_unnamed_opening(text, total):
    assert "inconsistent" not in _sums(text, total)

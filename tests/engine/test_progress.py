"""The progress bar: drawn on a terminal only, counts kept either way, a summary line at the end."""
from __future__ import annotations

import io

import pytest

from pipeline.engine.progress import Progress
from pipeline.records import Article, Document, Record, Relevance


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _record(relevant: bool, errors: list[str]) -> Record:
    return Record(article=Article(id="x", source="x"), relevance=Relevance(relevant=relevant), errors=errors)


@pytest.mark.parametrize("stream, enabled, drawn", [
    (_Terminal(), True, True),
    (_Terminal(), False, False),  # -q
    (io.StringIO(), True, False),  # not a terminal
])
def test_the_bar_is_drawn_only_on_a_terminal_and_never_when_quiet(stream, enabled, drawn):
    progress = Progress(enabled=enabled, stream=stream)
    docs = list(progress.read(Document(source=str(n)) for n in range(3)))
    records = [_record(True, []), _record(False, ["no facts"]), _record(True, ["timeout after 20 s in quotes"])]
    assert list(progress.wrote(records)) == records
    line = progress.close()
    assert len(docs) == 3
    assert ("relevant=2" in stream.getvalue() and "errors=2" in stream.getvalue()) == drawn
    assert bool(stream.getvalue()) == drawn
    assert "3 documents in" in line and "3 records, 2 relevant, 2 with errors" in line

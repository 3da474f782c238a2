"""A progress bar on a terminal: documents per second, relevant and errors so far.

Nothing is drawn when stderr is not a terminal or when asked to be quiet; the
counts are kept either way for the summary line at the end.
"""
from __future__ import annotations

import sys
import time
from typing import Iterable, Iterator, Optional, TextIO

from pipeline.records import Document, Record


class Progress:
    """Counts documents read and records written, and draws them when on a terminal."""

    def __init__(self, *, enabled: bool = True, total: Optional[int] = None, stream: TextIO = sys.stderr):
        self.documents = self.records = self.relevant = self.errors = 0
        self.started = time.monotonic()
        self.bar = None
        if enabled and stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=" docs", file=stream, dynamic_ncols=True)

    def read(self, docs: Iterable[Document]) -> Iterator[Document]:
        """``docs``, counted (and the bar moved) as each is read."""
        for doc in docs:
            self.documents += 1
            if self.bar is not None:
                self.bar.update(1)
            yield doc

    def wrote(self, records: Iterable[Record]) -> Iterator[Record]:
        """``records``, with relevant and erroneous ones counted as each is written."""
        for record in records:
            self.records += 1
            self.relevant += bool(record.relevance.relevant)
            self.errors += bool(record.errors)
            if self.bar is not None and self.records % 10 == 1:
                self.bar.set_postfix(relevant=self.relevant, errors=self.errors, refresh=False)
            yield record

    def close(self) -> str:
        """Stop drawing; the summary line of the run."""
        if self.bar is not None:
            self.bar.set_postfix(relevant=self.relevant, errors=self.errors, refresh=False)
            self.bar.close()
        seconds = max(time.monotonic() - self.started, 1e-9)
        return (f"{self.documents} documents in {seconds:.1f} s ({self.documents / seconds:.1f}/s): "
                f"{self.records} records, {self.relevant} relevant, {self.errors} with errors")

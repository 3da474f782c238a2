"""Politeness per host: one request at a time, and a delay between two of them."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator


class HostThrottle:
    """One request at a time per host, and ``delay`` seconds between two of them.

    ``clock`` and ``sleep`` are injectable so tests can check the waits
    without waiting.
    """

    def __init__(
        self,
        delay: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = delay
        self.clock, self.sleep = clock, sleep
        self._delays: dict[str, float] = {}
        self._last: dict[str, float] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def set_delay(self, host: str, seconds: float) -> None:
        """Raise ``host``'s delay to ``seconds`` (never below the default)."""
        self._delays[host] = max(self.delay, seconds)

    def delay_for(self, host: str) -> float:
        return self._delays.get(host, self.delay)

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold ``host``'s turn: wait for its delay, and restart the delay when done."""
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            last = self._last.get(host)
            if last is not None:
                wait = last + self.delay_for(host) - self.clock()
                if wait > 0:
                    self.sleep(wait)
            try:
                yield
            finally:
                self._last[host] = self.clock()

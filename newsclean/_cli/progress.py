"""A one-line progress meter on stderr: records, megabytes and rate, only on a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Counts records and input bytes; redraws one status line at most every ``every`` seconds.

    Silent unless ``stream`` is a terminal, so logs and pipes never get carriage returns.
    """

    def __init__(self, stream: TextIO | None = None, *, every: float = 0.5) -> None:
        self._stream = sys.stderr if stream is None else stream
        self.enabled = self._stream.isatty()
        self.records = 0
        self.bytes = 0
        self._every = every
        self._started = self._shown = time.monotonic()

    def add(self, records: int, nbytes: int) -> None:
        self.records += records
        self.bytes += nbytes
        now = time.monotonic()
        if self.enabled and now - self._shown >= self._every:
            self._shown = now
            self._stream.write("\r" + self.line(now) + "\x1b[K")
            self._stream.flush()

    def line(self, now: float | None = None) -> str:
        """``newsclean: 12,345 records, 123.4 MB, 25.1 MB/s``."""
        elapsed = max((time.monotonic() if now is None else now) - self._started, 1e-9)
        mb = self.bytes / 1e6
        return f"newsclean: {self.records:,} records, {mb:,.1f} MB, {mb / elapsed:,.1f} MB/s"

    def close(self) -> None:
        """End the status line (the summary that follows starts on a clean line)."""
        if self.enabled and self.records:
            self._stream.write("\r" + self.line() + "\x1b[K\n")
            self._stream.flush()

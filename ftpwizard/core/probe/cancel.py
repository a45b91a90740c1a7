"""A cancel token that every wait in the probe polls, so a cancel takes effect within one poll slice.

``Deadline.slices(cancel)`` is the only loop in the probe that waits: every blocking wait (select, recv, a
TLS handshake, joining a thread, an event) waits one slice at a time inside it, so every wait checks the
cancel token between slices by structure, not by convention. ``tests/probe/test_probe_steps.py`` checks that
no other loop in the probe waits.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

# Every blocking wait in the probe is cut into slices of this length and checks the token between
# them: a cancel ends every wait within this time (plus closing sockets), well under 200 ms.
POLL_SLICE_S = 0.05


class Cancelled(Exception):
    """Raised inside the probe when its token was cancelled."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True if cancelled meanwhile."""
        return self._event.wait(seconds)


class Deadline:
    """A point in time to wait until; ``None`` seconds waits without end (still cancellable)."""

    __slots__ = ("at",)

    def __init__(self, seconds: float | None) -> None:
        self.at = None if seconds is None else time.monotonic() + seconds

    def remaining(self) -> float:
        return float("inf") if self.at is None else self.at - time.monotonic()

    def slices(self, cancel: CancelToken | None) -> Iterator[float]:
        """Yield how long to wait next (at most one poll slice) until the deadline passes; raise Cancelled
        as soon as ``cancel`` is cancelled. The loop ends normally (``for ... else``) when time is up."""
        while True:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            remaining = self.remaining()
            if remaining <= 0:
                return
            yield min(POLL_SLICE_S, remaining)


class LinkedCancelToken(CancelToken):
    """Cancelled with its parent (the user's Cancel) or on its own: for a connection the probe opened
    ahead of time and may no longer need (the first connection failed, the probe ended)."""

    def __init__(self, parent: CancelToken) -> None:
        super().__init__()
        self._parent = parent

    @property
    def cancelled(self) -> bool:
        return self._event.is_set() or self._parent.cancelled

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        try:
            for wait_s in Deadline(seconds).slices(self):
                self._event.wait(wait_s)
        except Cancelled:
            return True
        return False

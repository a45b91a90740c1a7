"""A cancel token that every wait in the probe polls, so a cancel takes effect within one poll slice."""

from __future__ import annotations

import threading

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

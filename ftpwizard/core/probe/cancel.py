"""A cancel token that every wait in the probe polls, so a cancel takes effect within one poll slice."""

from __future__ import annotations

import threading
import time

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
        deadline = time.monotonic() + seconds
        while not self.cancelled:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self._event.wait(min(POLL_SLICE_S, remaining))
        return True

"""The program stays responsive: a cancel ends a probe stalled by any hostile server within 0.5 s."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from hostile_cases import CASES_BY_NAME
from hostile_harness import engine_threads
from hostile_server import HostileServer

from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.probe.cancel import CancelToken
from ftpwizard.core.probe.engine import ProbeOptions
from ftpwizard.core.probe.model import ProbeResult, StepStarted
from ftpwizard.core.probe.target import parse_target

pytestmark = pytest.mark.timeout(60)


class WatchedToken(CancelToken):
    """A cancel token that counts how often the probe looks at it: once a stalled wait has polled it a few
    times, the probe is inside that wait (no guessing how long "settling" takes)."""

    def __init__(self) -> None:
        super().__init__()
        self._polled = threading.Condition()
        self.polls = 0

    @property
    def cancelled(self) -> bool:
        with self._polled:
            self.polls += 1
            self._polled.notify_all()
        return super().cancelled

    def wait_for_polls(self, more: int, timeout: float) -> bool:
        with self._polled:
            target = self.polls + more
            return self._polled.wait_for(lambda: self.polls >= target, timeout)
STALLING = ["banner-silent", "banner-slowloris", "multiline-endless-slow", "data-silent", "data-trickle",
            "tls-silent-after-234"]


@pytest.mark.parametrize("name", STALLING)
def test_cancel_ends_a_stalled_probe_quickly(name: str, hostile: Callable[..., HostileServer], password: str) -> None:
    case = CASES_BY_NAME[name]
    server = hostile(case.session)
    target = parse_target(server.address, tls=case.tls).with_credentials(user="alice", password=password)  # type: ignore[arg-type]
    cancel = WatchedToken()
    stalled_at = case.stalled_step
    reached = threading.Event()

    def on_event(event: object) -> None:
        if isinstance(event, StepStarted) and (event.phase, event.step) == stalled_at:
            reached.set()

    box: dict[str, ProbeResult] = {}
    worker = threading.Thread(target=lambda: box.setdefault("r", probe_and_diagnose(
        target, ProbeOptions(timeout=30.0), on_event, cancel)), name="test-probe")
    worker.start()
    assert reached.wait(10.0), "the probe never reached the stalling step"
    assert cancel.wait_for_polls(3, 10.0), "the stalled wait never polled the cancel token"
    cancelled_at = time.monotonic()
    cancel.cancel()
    worker.join(5.0)
    took = time.monotonic() - cancelled_at
    assert not worker.is_alive()
    assert took < 0.5, f"the cancel took {took:.2f} s"
    assert box["r"].cancelled is True and box["r"].verdict is None
    assert engine_threads() == []

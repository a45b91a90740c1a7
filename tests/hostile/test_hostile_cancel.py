"""The program stays responsive: a cancel ends a probe stalled by any hostile server within 0.5 s."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from hostile_cases import CASES_BY_NAME
from hostile_harness import engine_threads
from hostile_server import HostileServer

from ftpwizard.probe.cancel import CancelToken
from ftpwizard.probe.engine import ProbeOptions, run_probe
from ftpwizard.probe.model import ProbeResult, StepStarted
from ftpwizard.probe.target import parse_target

pytestmark = pytest.mark.timeout(60)
STALLING = ["banner-silent", "banner-slowloris", "multiline-endless-slow", "data-silent", "data-trickle",
            "tls-silent-after-234"]


@pytest.mark.parametrize("name", STALLING)
def test_cancel_ends_a_stalled_probe_quickly(name: str, hostile: Callable[..., HostileServer], password: str) -> None:
    case = CASES_BY_NAME[name]
    server = hostile(case.session)
    target = parse_target(server.address, tls=case.tls).with_credentials(user="alice", password=password)  # type: ignore[arg-type]
    cancel = CancelToken()
    stalled_at = case.stalled_step
    reached = threading.Event()

    def on_event(event: object) -> None:
        if isinstance(event, StepStarted) and (event.phase, event.step) == stalled_at:
            reached.set()

    box: dict[str, ProbeResult] = {}
    worker = threading.Thread(target=lambda: box.setdefault("r", run_probe(
        target, ProbeOptions(timeout=30.0), on_event, cancel)), name="test-probe")
    worker.start()
    assert reached.wait(10.0), "the probe never reached the stalling step"
    time.sleep(0.3)  # let it settle into the stalled wait (no Qt here: a plain thread)
    cancelled_at = time.monotonic()
    cancel.cancel()
    worker.join(5.0)
    took = time.monotonic() - cancelled_at
    assert not worker.is_alive()
    assert took < 0.5, f"the cancel took {took:.2f} s"
    assert box["r"].cancelled is True and box["r"].verdict is None
    assert engine_threads() == []

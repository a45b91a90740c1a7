"""The picture driven by the real probe engine against the built-in demo server (pyftpdlib on loopback).

Each demo scenario makes the server behave as it does behind that network problem; the picture must
put the red mark where the seed article says the problem is.
"""

from __future__ import annotations

import threading
import warnings

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.probe.engine import ProbeOptions
from ftpwizard.core.probe.model import Event, ProbeFinished, ProbeResult
from ftpwizard.core.probe.target import parse_target
from ftpwizard.gui.handshake_view import HandshakeView
from ftpwizard.present.wizard.handshake_state import ArrowStatus, Caption, HandshakeState, Msg

with warnings.catch_warnings():
    # pyftpdlib imports asyncore/asynchat, deprecated since Python 3.11; pytest turns warnings into errors.
    warnings.simplefilter("ignore", DeprecationWarning)
    from ftpwizard.demo.server import demo_server

OK, FAILED, SKIPPED = ArrowStatus.OK, ArrowStatus.FAILED, ArrowStatus.SKIPPED
FAST = ProbeOptions(timeout=4.0, min_data_wait=1.0)


def probe(scenario: str) -> tuple[ProbeResult, list[Event]]:
    events: list[Event] = []
    lock = threading.Lock()

    def on_event(event: Event) -> None:
        with lock:
            events.append(event)

    with demo_server(scenario) as server:
        target = parse_target(server.url).with_credentials(password=server.password)
        result = probe_and_diagnose(target, FAST, on_event)
    return result, events


def lanes(events: list[Event], port: int = 21) -> dict[str, HandshakeState]:
    states = {"active": HandshakeState("active", port), "passive": HandshakeState("passive", port)}
    for event in events:
        for state in states.values():
            state.apply(event)
    return states


def statuses(state: HandshakeState) -> list[ArrowStatus]:
    return [a.status for a in state.arrows]


def same_picture(live: HandshakeState, final: HandshakeState) -> None:
    """The live lane ends exactly where the still picture of the finished result is."""
    assert statuses(live) == statuses(final)
    assert [a.caption for a in live.arrows] == [a.caption for a in final.arrows]
    assert (live.culprit, live.blocked_side, live.client_data_port, live.server_data_port) == (
        final.culprit,
        final.blocked_side,
        final.client_data_port,
        final.server_data_port,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "scenario", ["healthy", "client-firewall", "client-nat", "server-firewall", "bad-pasv-address"]
)
def test_real_probe_puts_the_mark_where_the_problem_is(scenario: str) -> None:
    result, events = probe(scenario)
    assert isinstance(events[-1], ProbeFinished)
    states = lanes(events)
    for mode, state in states.items():
        same_picture(state, HandshakeState.from_mode_result(result.modes[mode]))
    active, passive = states["active"], states["passive"]
    announced = result.modes["active"].announced
    assert announced is not None
    assert active.client_data_port == int(announced.rsplit(":", 1)[1])

    if scenario == "healthy":
        assert active.succeeded and passive.succeeded
        assert passive.server_data_port == int(result.modes["passive"].advertised.rsplit(":", 1)[1])
        assert active.arrow(4).caption.key == Msg.S4_OK
    elif scenario == "client-firewall":
        assert statuses(active) == [OK, OK, FAILED, SKIPPED]
        assert (active.blocked_side, active.culprit, active.arrow(3).stopped_at) == (
            "client",
            "client_wall",
            "client",
        )
        assert active.arrow(3).caption == Caption(Msg.A3_TIMEOUT, {"seconds": 1})
        assert active.status().caption.key == Msg.ST_BLOCKED_CLIENT
        assert passive.succeeded
    elif scenario == "client-nat":
        assert statuses(active) == [OK, FAILED, SKIPPED, SKIPPED]
        assert active.culprit == "client_wall" and active.status().caption.key == Msg.ST_BLOCKED_NAT
        assert passive.succeeded
    elif scenario == "server-firewall":
        assert active.succeeded
        assert statuses(passive) == [OK, OK, FAILED, SKIPPED]
        assert (passive.blocked_side, passive.culprit, passive.arrow(3).stopped_at) == (
            "server",
            "server_wall",
            "server",
        )
        assert passive.status().caption.key == Msg.ST_BLOCKED_SERVER
    else:  # bad-pasv-address: works through the control address, with a warning on step 2
        assert passive.succeeded
        warning = passive.arrow(2).warning
        assert warning is not None and warning.params["address"] == "10.1.2.3"
        assert warning.params["kind"] == Caption(Msg.KIND_PRIVATE)
        assert passive.status().severity == "warning"


class EventBridge(QObject):
    """What the GUI does: engine events cross from the worker thread to the GUI thread by a signal."""

    event = Signal(object)


@pytest.mark.slow
def test_view_follows_a_live_probe_from_a_worker_thread(qtbot: QtBot) -> None:
    view = HandshakeView("active")
    qtbot.addWidget(view)
    bridge = EventBridge()
    bridge.event.connect(view.apply_event)
    seen_running: list[int] = []
    view.statusChanged.connect(
        lambda _text: seen_running.extend(a.n for a in view.state.arrows if a.status is ArrowStatus.RUNNING)
    )
    finished = threading.Event()

    with demo_server("client-firewall") as server:
        target = parse_target(server.url).with_credentials(password=server.password)
        view.set_control_port(server.port)

        def work() -> None:
            try:
                probe_and_diagnose(target, FAST, bridge.event.emit)
            finally:
                finished.set()

        worker = threading.Thread(target=work, name="ftpwizard-test-probe")
        worker.start()
        qtbot.waitUntil(finished.is_set, timeout=20000)
        worker.join(5)
    qtbot.waitUntil(lambda: view.state.failed_arrow is not None and not view.is_animating(), timeout=5000)
    assert view.state.culprit == "client_wall"
    assert view.state.control_port == server.port
    assert 3 in seen_running  # the wait for the server's connection was shown while it happened
    assert "firewall" in view.status_text()
    view.stop()

"""The handshake picture's state machine, without Qt: who is blamed, which arrow shows what."""

from __future__ import annotations

import subprocess
import sys

import handshake_scenarios as sc
import pytest

from ftpwizard.core.probe.model import (
    ControlResult,
    ErrorKind,
    ModeResult,
    ProbeFinished,
    ProbeResult,
    StepFinished,
    StepResult,
    StepStarted,
)
from ftpwizard.present.wizard.handshake_state import (
    ArrowStatus,
    Caption,
    HandshakeState,
    Msg,
    replay_script,
    short_reply,
)

OK, FAILED, SKIPPED, RUNNING, PENDING = (
    ArrowStatus.OK,
    ArrowStatus.FAILED,
    ArrowStatus.SKIPPED,
    ArrowStatus.RUNNING,
    ArrowStatus.PENDING,
)


def live(scenario: sc.Scenario, upto: int | None = None) -> HandshakeState:
    """Feed the scenario's events (all, or the first ``upto``) to a fresh state."""
    state = HandshakeState(scenario.mode)
    for event in scenario.events()[:upto]:
        state.apply(event)
    return state


def statuses(state: HandshakeState) -> list[ArrowStatus]:
    return [a.status for a in state.arrows]


def captions(state: HandshakeState) -> list[str | None]:
    return [a.caption.english() if a.caption else None for a in state.arrows]


def test_module_does_not_import_qt() -> None:
    code = (
        "import sys, builtins\n"
        "real = builtins.__import__\n"
        "def guard(name, *a, **k):\n"
        "    if name.startswith(('PySide6', 'PyQt')): raise ImportError('Qt is not allowed here')\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = guard\n"
        "import ftpwizard.present.wizard.handshake_state\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# ------------------------------------------------------------ scenarios, live and from the result


@pytest.mark.parametrize("source", ["live", "result"])
def test_healthy_active(source: str) -> None:
    s = sc.HEALTHY_ACTIVE
    state = live(s) if source == "live" else HandshakeState.from_mode_result(s.mode_result())
    assert statuses(state) == [OK, OK, OK, OK]
    assert captions(state) == [
        "PORT: I'm listening on 50123",
        "200 OK",
        "Server connected to my port 50123",
        "File list received (1,234 bytes)",
    ]
    assert (state.control_port, state.server_data_port, state.client_data_port) == (21, 20, 50123)
    assert state.command == "PORT"
    assert state.blocked_side is None
    assert [a.origin for a in state.arrows] == ["client", "server", "server", "server"]
    status = state.status()
    assert status.severity == "ok" and status.caption.key == Msg.ST_OK


@pytest.mark.parametrize("source", ["live", "result"])
def test_healthy_passive(source: str) -> None:
    s = sc.HEALTHY_PASSIVE
    state = live(s) if source == "live" else HandshakeState.from_mode_result(s.mode_result())
    assert statuses(state) == [OK, OK, OK, OK]
    assert captions(state)[:3] == [
        "PASV: which port should I use?",
        "227: come to port 50000",
        "Connected to server port 50000",
    ]
    assert state.server_data_port == 50000
    assert state.client_data_port is None
    assert [a.origin for a in state.arrows] == ["client", "server", "client", "server"]
    assert state.warning is None
    assert state.status().severity == "ok"


@pytest.mark.parametrize("source", ["live", "result"])
def test_client_firewall_stops_active_step_3(source: str) -> None:
    s = sc.CLIENT_FIREWALL
    state = live(s) if source == "live" else HandshakeState.from_mode_result(s.mode_result())
    assert statuses(state) == [OK, OK, FAILED, SKIPPED]
    assert state.blocked_side == "client"
    arrow = state.arrow(3)
    assert arrow.origin == "server" and arrow.destination == "client"
    assert arrow.stopped_at == "client"  # stops at the client's firewall
    assert state.culprit == "client_wall" and state.culprit_note == Caption(Msg.BLOCKED_HERE)
    assert arrow.caption == Caption(Msg.A3_TIMEOUT, {"seconds": 5})
    assert state.arrow(4).caption == Caption(Msg.NOT_REACHED)
    status = state.status()
    assert status.severity == "error" and status.caption.key == Msg.ST_BLOCKED_CLIENT


@pytest.mark.parametrize("source", ["live", "result"])
def test_nat_500_blames_the_client_router(source: str) -> None:
    s = sc.NAT_500
    state = live(s) if source == "live" else HandshakeState.from_mode_result(s.mode_result())
    assert statuses(state) == [OK, FAILED, SKIPPED, SKIPPED]
    assert state.blocked_side == "client"
    # the refusal did arrive (full arrow); the mark goes on the client's router, which rewrote the address
    assert state.arrow(2).stopped_at is None
    assert state.culprit == "client_wall"
    assert state.culprit_note == Caption(Msg.CHANGED_HERE)
    assert state.arrow(2).caption.english() == "Server said: 500 Illegal PORT command."
    assert state.status().caption.key == Msg.ST_BLOCKED_NAT


@pytest.mark.parametrize("source", ["live", "result"])
def test_active_refused_by_server_502(source: str) -> None:
    s = sc.ACTIVE_REFUSED_502
    state = live(s) if source == "live" else HandshakeState.from_mode_result(s.mode_result())
    assert statuses(state) == [OK, FAILED, SKIPPED, SKIPPED]
    assert state.blocked_side == "server"
    # the server program said no: its firewall is not to blame
    assert state.culprit == "server" and state.culprit_note == Caption(Msg.REFUSED_HERE)
    assert state.arrow(2).stopped_at is None
    assert state.arrow(2).caption.english() == "Server said: 502 Command not implemented."
    assert state.status().caption.key == Msg.ST_ACTIVE_REFUSED


@pytest.mark.parametrize("source", ["live", "result"])
def test_passive_server_firewall(source: str) -> None:
    s = sc.SERVER_FIREWALL
    state = live(s) if source == "live" else HandshakeState.from_mode_result(s.mode_result())
    assert statuses(state) == [OK, OK, FAILED, SKIPPED]
    assert state.blocked_side == "server"
    arrow = state.arrow(3)
    assert arrow.origin == "client" and arrow.stopped_at == "server"
    assert state.culprit == "server_wall" and state.culprit_note == Caption(Msg.BLOCKED_HERE)
    assert arrow.caption.english() == "Blocked: port 50000 did not answer (5 s)"
    assert state.status().caption == Caption(Msg.ST_BLOCKED_SERVER, {"port": 50000})


@pytest.mark.parametrize("source", ["live", "result"])
def test_passive_bad_address_warns_on_step_2(source: str) -> None:
    s = sc.PASSIVE_BAD_ADDRESS
    state = live(s) if source == "live" else HandshakeState.from_mode_result(s.mode_result())
    assert statuses(state) == [OK, OK, OK, OK]
    warning = state.arrow(2).warning
    assert warning is not None
    assert warning.english() == "Server named 192.168.10.5 (a private address)"
    assert state.blocked_side is None and state.culprit is None
    status = state.status()
    assert status.severity == "warning"
    assert status.caption.params == {"address": "192.168.10.5"}


def test_unknown_address_kind_still_warns() -> None:
    result = sc.PASSIVE_BAD_ADDRESS.mode_result()
    result.advertised_class = "something-new"
    warning = HandshakeState.from_mode_result(result).arrow(2).warning
    assert warning is not None and warning.params["kind"] == Caption(Msg.KIND_OTHER)


# ------------------------------------------------------------ live details


def test_live_running_step_and_countdown() -> None:
    s = sc.CLIENT_FIREWALL
    events = s.events()
    started = next(i for i, e in enumerate(events) if isinstance(e, StepStarted) and e.step == 3)
    state = live(s, started + 1)
    assert statuses(state) == [OK, OK, RUNNING, PENDING]
    assert state.running_arrow is state.arrow(3)
    assert state.arrow(3).caption == Caption(Msg.A3_RUNNING, {"port": 50123})
    assert state.arrow(3).wait_s == 5.0
    assert state.status(0.0).caption == Caption(Msg.ST_A3_WAIT, {"seconds": 5})
    assert state.status(2.2).caption == Caption(Msg.ST_A3_WAIT, {"seconds": 3})
    assert state.status(9.0).caption.params["seconds"] == 0  # never negative
    assert state.status().severity == "running"


def test_passive_countdown_names_the_port() -> None:
    s = sc.SERVER_FIREWALL
    events = s.events()
    started = next(i for i, e in enumerate(events) if isinstance(e, StepStarted) and e.step == 3)
    state = live(s, started + 1)
    assert state.status(1.0).caption == Caption(Msg.ST_P3_WAIT, {"port": 50000, "seconds": 4})


def test_first_step_takes_its_port_from_the_probe_not_from_the_command() -> None:
    """The picture does not parse commands: the port comes with the probe's StepFinished detail."""
    state = HandshakeState("active")
    assert state.apply(StepStarted("active", 1, "EPRT |2|::1|50999|", 10.0))
    assert state.client_data_port is None
    assert state.command == "EPRT"
    assert state.arrow(1).caption == Caption(Msg.A1_RUNNING_NOPORT, {"command": "EPRT"})
    finished = StepFinished("active", 1, True, None, "EPRT |2|::1|50999|", None, 1, 11, {"address": "::1", "port": 50999})
    assert state.apply(finished)
    assert state.client_data_port == 50999
    assert state.arrow(1).caption == Caption(Msg.A1_OK, {"command": "EPRT", "port": 50999})


def test_events_of_other_phases_are_ignored() -> None:
    state = HandshakeState("passive")
    assert not state.apply(StepStarted("active", 1, "PORT 1,2,3,4,5,6", 1.0))
    assert not state.apply(StepStarted("control", "login", "USER x", 1.0))
    assert not state.apply(StepFinished("control", "login", True, None, None, "230 ok", 1.0, 2.0))
    assert statuses(state) == [PENDING] * 4
    assert state.status().caption.key == Msg.ST_IDLE


def test_control_failure_means_not_tested() -> None:
    state = HandshakeState("active")
    assert state.apply(
        StepFinished("control", "login", False, ErrorKind.REJECTED, "PASS ****", "530 Login incorrect.", 5, 6)
    )
    assert state.status().caption.key == Msg.ST_NOT_RUN_LOGIN
    assert statuses(state) == [SKIPPED] * 4


def test_cancelled_step_is_skipped_and_not_blamed() -> None:
    state = HandshakeState("active")
    state.apply(StepStarted("active", 1, sc.PORT_CMD, 1.0))
    state.apply(StepFinished("active", 1, False, ErrorKind.CANCELLED, sc.PORT_CMD, None, 3.0, 4.0))
    assert statuses(state) == [SKIPPED] * 4
    assert state.blocked_side is None and state.culprit is None
    assert state.status().caption.key == Msg.ST_CANCELLED


def test_probe_finished_cancelled_mid_step() -> None:
    state = live(sc.HEALTHY_PASSIVE, 4)  # step 1 done, step 2 running
    assert state.running_arrow is not None
    probe = ProbeResult(target=None, control=ControlResult(ok=True), modes={"passive": None}, cancelled=True)
    assert state.apply(ProbeFinished(probe))
    assert state.running_arrow is None
    assert state.cancelled
    assert state.status().caption.key == Msg.ST_CANCELLED


def test_mode_not_tested() -> None:
    state = HandshakeState.from_mode_result(None, mode="passive")
    assert state.mode == "passive"
    assert state.status().caption.key == Msg.ST_NOT_RUN


def test_passive_epsv_port_from_the_probes_detail() -> None:
    """The probe parsed the 229 reply and sends the port with the step; the picture takes it from there."""
    state = HandshakeState("passive")
    state.apply(StepFinished("passive", 1, True, None, "EPSV", None, 1, 1))
    state.apply(
        StepFinished(
            "passive", 2, True, None, "EPSV", "229 Entering extended passive mode (|||61001|).", 1, 2,
            {"address": "::1", "port": 61001},
        )
    )
    assert state.server_data_port == 61001
    assert state.arrow(2).caption.english() == "229: come to port 61001"


def test_passive_refused_port() -> None:
    state = HandshakeState("passive")
    state.apply(StepFinished("passive", 2, True, None, "PASV", "227 ok (10,0,0,1,4,1).", 1, 2))
    state.apply(StepFinished("passive", 3, False, ErrorKind.REFUSED, None, None, 12, 3, {"port": 1025}))
    assert state.arrow(3).caption.english() == "Port 1025 refused the connection"
    assert state.blocked_side == "server"


def test_passive_refused_by_server_at_step_2() -> None:
    state = HandshakeState("passive")
    state.apply(StepFinished("passive", 2, False, ErrorKind.REJECTED, "PASV", "502 PASV not allowed.", 1, 2))
    assert state.blocked_side == "server"
    assert state.status().caption.key == Msg.ST_PASSIVE_REFUSED


def test_empty_listing_and_step_4_failure_blames_nobody() -> None:
    state = HandshakeState("active")
    state.apply(StepFinished("active", 4, True, None, "LIST", "226 done", 1, 2, {"bytes": 0}))
    assert state.arrow(4).caption == Caption(Msg.S4_OK_EMPTY)
    state = HandshakeState("active")
    state.apply(StepFinished("active", 4, False, ErrorKind.RESET, "LIST", None, 1, 2))
    assert state.blocked_side is None and state.arrow(4).stopped_at is None
    assert state.status().caption == Caption(Msg.ST_FAILED, {"n": 4})


# ------------------------------------------------------------ replay


@pytest.mark.parametrize("scenario", sc.ALL, ids=lambda s: s.name)
def test_replay_script_ends_at_the_final_picture(scenario: sc.Scenario) -> None:
    result = scenario.mode_result()
    frames = replay_script(result, seconds_per_step=1.0)
    times = [f.at_s for f in frames]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert frames[-1].state == HandshakeState.from_mode_result(result)
    assert times[-1] <= len(scenario.steps) * 1.0
    # every reached step is shown running at the start of its slot
    for spec in scenario.steps:
        running = [f for f in frames if f.state.arrow(spec.n).status is RUNNING]
        assert running and running[0].at_s == pytest.approx((spec.n - 1) * 1.0)


def test_replay_scales_with_seconds_per_step() -> None:
    result = sc.HEALTHY_ACTIVE.mode_result()
    slow = replay_script(result, seconds_per_step=2.0)
    fast = replay_script(result, seconds_per_step=0.5)
    assert slow[-1].at_s == pytest.approx(4 * fast[-1].at_s)


def test_replay_of_an_unreached_mode() -> None:
    frames = replay_script(ModeResult("passive"))
    assert len(frames) == 1
    assert statuses(frames[0].state) == [PENDING] * 4


# ------------------------------------------------------------ parsing helpers


def test_short_reply() -> None:
    long = "550 " + "x" * 200
    assert len(short_reply(long)) == 44 and short_reply(long).endswith("…")
    assert short_reply("530-Login incorrect.\n530 Bye") == "530 Login incorrect."


# ------------------------------------------------------------ shapes the real engine emits


def test_silent_server_after_port_is_step_3_failing() -> None:
    """The engine's 'server stays silent' path: step 2 ends without a reply, step 3 times out at once."""
    state = HandshakeState("active")
    state.apply(
        StepFinished("active", 1, True, None, sc.PORT_CMD, None, 1, 1, {"address": "10.0.0.2", "port": 50123})
    )
    state.apply(StepStarted("active", 2, None, 2.0, 3.0))
    state.apply(StepFinished("active", 2, True, None, None, None, 3000, 3002, {"waited": True}))
    state.apply(StepStarted("active", 3, None, 3003.0, 3.0))
    state.apply(StepFinished("active", 3, False, ErrorKind.TIMEOUT, None, None, 0.2, 3003, {"waited_s": 3.0}))
    assert state.arrow(2).caption == Caption(Msg.A2_OK_SILENT)  # never "200 OK" without a 200
    assert state.arrow(3).caption == Caption(Msg.A3_TIMEOUT, {"seconds": 3})
    assert state.culprit == "client_wall"


def test_list_refused_skips_step_3_and_fails_step_4() -> None:
    state = HandshakeState("active")
    state.apply(StepStarted("active", 3, "NLST", 1.0, 3.0))
    state.apply(StepStarted("active", 4, "NLST", 2.0))
    state.apply(StepFinished("active", 4, False, ErrorKind.REJECTED, "NLST", "550 No such directory.", 1, 3))
    assert statuses(state) == [SKIPPED, SKIPPED, SKIPPED, FAILED]
    assert state.list_command == "NLST"
    assert state.culprit is None and state.arrow(4).stopped_at is None
    assert state.status().caption == Caption(Msg.ST_LIST_REFUSED, {"reply": "550 No such directory."})
    # the same from the finished result, where the engine leaves step 3 unreached
    result = ModeResult("active", failed_step=4)
    result.steps[3] = StepResult(4, False, ErrorKind.REJECTED, "NLST", "550 No such directory.")
    final = HandshakeState.from_mode_result(result)
    assert statuses(final) == [SKIPPED, SKIPPED, SKIPPED, FAILED]
    assert replay_script(result)[-1].state == final


def test_active_step_3_shows_the_port_the_server_really_used() -> None:
    state = HandshakeState("active")
    assert state.server_data_port == 20  # what the article (and vsftpd) use
    state.apply(
        StepFinished("active", 3, True, None, "LIST", None, 5, 6, {"address": "127.0.0.1", "port": 41234})
    )
    assert state.server_data_port == 41234


def test_passive_fallback_from_pasv_to_epsv() -> None:
    result = ModeResult("passive", command_used="EPSV", advertised=None)
    result.steps[0] = StepResult(1, True, None, "PASV, EPSV")
    result.steps[1] = StepResult(2, False, ErrorKind.REJECTED, None, "500 EPSV not understood.")
    state = HandshakeState.from_mode_result(result)
    assert state.command == "EPSV"
    assert state.arrow(1).caption.english() == "EPSV: which port should I use?"
    assert state.status().caption.key == Msg.ST_PASSIVE_REFUSED

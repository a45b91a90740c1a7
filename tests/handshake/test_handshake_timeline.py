"""The handshake picture over time, without Qt and without waiting: a ManualClock is moved by hand."""

from __future__ import annotations

import subprocess
import sys

import handshake_scenarios as sc
import pytest

from ftpwizard.core.probe.model import StepFinished, StepStarted
from ftpwizard.present.wizard.handshake_state import ArrowStatus, HandshakeState, Msg
from ftpwizard.present.wizard.handshake_timeline import (
    COUNTDOWN_MS,
    FRAME_MS,
    REVEAL_MS,
    STILL_HEAD,
    TRAVEL_MS,
    HandshakeTimeline,
    ManualClock,
    ease,
)

REVEAL_S = REVEAL_MS / 1000 + 1e-6  # a hair past the end: float sums of 0.38 s land on either side


def timeline(mode: str = "active") -> tuple[HandshakeTimeline, ManualClock]:
    clock = ManualClock(100.0)  # any start: the timeline counts from its own creation
    return HandshakeTimeline(mode, clock=clock), clock  # type: ignore[arg-type]


def looks(line: HandshakeTimeline) -> list[str]:
    return [arrow.look for arrow in line.frame().arrows]


def feed_until_step(line: HandshakeTimeline, scenario: sc.Scenario, step: int) -> list:
    """Feed events up to and including StepStarted(step); returns the rest."""
    events = scenario.events()
    cut = next(i for i, e in enumerate(events) if isinstance(e, StepStarted) and e.step == step)
    for event in events[: cut + 1]:
        line.apply_event(event)
    return events[cut + 1 :]


@pytest.mark.parametrize("module", ["handshake_timeline", "handshake_layout", "handshake_theme"])
def test_timeline_layout_and_theme_do_not_import_qt(module: str) -> None:
    code = (
        "import builtins\n"
        "real = builtins.__import__\n"
        "def guard(name, *a, **k):\n"
        "    if name.startswith(('PySide6', 'PyQt')): raise ImportError('Qt is not allowed here')\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = guard\n"
        f"import ftpwizard.present.wizard.{module}\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_running_step_moves_its_dot_with_the_clock_and_starts_again() -> None:
    line, clock = timeline()
    line.apply_event(StepStarted("active", 1, "PORT 127,0,0,1,4,1", 0.0, None))
    assert line.frame().arrow(1).look == "running"
    assert line.frame().arrow(1).progress == 0.0
    clock.advance(TRAVEL_MS / 2000)
    assert line.frame().arrow(1).progress == pytest.approx(ease(0.5))
    clock.advance(TRAVEL_MS / 1000)  # one more crossing: the dot is at the same place again
    assert line.frame().arrow(1).progress == pytest.approx(ease(0.5))
    assert line.next_tick_ms() == FRAME_MS


def test_without_animations_the_dot_stands_still_and_only_the_countdown_ticks() -> None:
    line, clock = timeline()
    line.set_animations(False)
    feed_until_step(line, sc.CLIENT_FIREWALL, 3)
    assert looks(line) == ["done", "done", "running", "pending"]
    assert line.frame().arrow(3).progress == STILL_HEAD
    assert line.next_tick_ms() == COUNTDOWN_MS
    assert line.status().caption.params["seconds"] == 5
    clock.advance(1.0)
    assert line.status().caption.params["seconds"] == 4


def test_finished_steps_grow_in_order_before_the_countdown_shows() -> None:
    line, clock = timeline()
    rest = feed_until_step(line, sc.CLIENT_FIREWALL, 3)  # steps 1 and 2 finished within a millisecond
    assert looks(line) == ["growing", "waiting", "running", "pending"]
    assert line.status().caption.key == Msg.ST_RUNNING and line.status().caption.params == {"n": 1}
    clock.advance(REVEAL_S + 0.001)
    assert looks(line) == ["done", "growing", "running", "pending"]
    assert line.status().caption.params == {"n": 2}
    clock.advance(REVEAL_S)
    assert looks(line)[:2] == ["done", "done"]
    # now the countdown of step 3, from the moment it started (two reveals ago)
    status = line.status()
    assert status.caption.key == Msg.ST_A3_WAIT and status.caption.params["seconds"] == 5
    clock.advance(1.0)
    assert line.status().caption.params["seconds"] == 4
    for event in rest:
        line.apply_event(event)
    # the failure grows to the wall; the red mark and the verdict wait for it
    frame = line.frame()
    assert frame.arrow(3).look == "growing" and frame.culprit is None and frame.ports["data"] == "idle"
    assert line.status().severity == "running"
    clock.advance(REVEAL_S)
    frame = line.frame()
    assert (
        frame.arrow(3).look == "done" and frame.culprit == "client_wall" and frame.ports["data"] == "failed"
    )
    assert line.status().severity == "error"
    assert line.state == HandshakeState.from_mode_result(sc.CLIENT_FIREWALL.mode_result())
    assert line.next_tick_ms() is None  # a still picture: nothing left to wake up for


def test_a_finished_running_step_grows_on_from_where_its_dot_was() -> None:
    line, clock = timeline("passive")
    rest = feed_until_step(line, sc.HEALTHY_PASSIVE, 3)
    clock.advance(2 * REVEAL_S)  # steps 1 and 2 have grown; step 3's dot has been moving since it started
    dot = (2 * REVEAL_MS % TRAVEL_MS) / TRAVEL_MS
    line.apply_event(next(e for e in rest if isinstance(e, StepFinished) and e.step == 3))
    shown = line.frame().arrow(3)
    assert (
        shown.look == "growing" and shown.grow_from == pytest.approx(dot, abs=1e-4) and shown.progress == 0.0
    )


def test_fast_probe_results_are_still_shown_one_after_another() -> None:
    line, clock = timeline("passive")
    for event in sc.HEALTHY_PASSIVE.events():  # all four steps "finish" at the same moment
        line.apply_event(event)
    assert looks(line) == ["growing", "waiting", "waiting", "waiting"]
    seen = []
    for _ in range(4):
        seen.append(line.status().caption.params.get("n"))
        clock.advance(REVEAL_S)
    assert seen == [1, 2, 3, 4]
    assert looks(line) == ["done"] * 4 and line.status().severity == "ok"
    assert line.next_tick_ms() is None


def test_show_result_is_a_still_picture_with_its_mark() -> None:
    line, _ = timeline("passive")
    line.show_result(sc.SERVER_FIREWALL.mode_result())
    frame = line.frame()
    assert looks(line) == ["done", "done", "done", "skipped"]
    assert frame.culprit == "server_wall" and frame.ports == {"control": "idle", "data": "failed"}
    assert line.next_tick_ms() is None


def test_replay_retells_the_steps_on_the_clock_and_ends_once() -> None:
    line, clock = timeline()
    result = sc.CLIENT_FIREWALL.mode_result()
    line.replay(result, seconds_per_step=1.0)
    statuses, ended = [], []
    for _ in range(80):  # 8 s in 0.1 s ticks: far past the end
        wait = line.next_tick_ms()
        if wait is None:
            break
        assert wait <= FRAME_MS
        clock.advance(0.1)
        ended.append(line.advance())
        status = line.status().caption.english()
        if not statuses or statuses[-1] != status:
            statuses.append(status)
    assert ended.count(True) == 1 and ended[-1] is True  # told once, and nothing runs after it
    assert line.next_tick_ms() is None
    assert line.state == HandshakeState.from_mode_result(result)
    assert len(statuses) >= 3 and line.status().severity == "error"  # step by step, then the verdict


def test_replay_frames_are_shown_at_their_time() -> None:
    line, clock = timeline("passive")
    line.replay(sc.HEALTHY_PASSIVE.mode_result(), seconds_per_step=1.0)
    assert line.state.arrow(1).status is ArrowStatus.RUNNING
    clock.advance(0.59)
    line.advance()
    assert line.state.arrow(1).status is ArrowStatus.RUNNING
    clock.advance(0.02)  # 0.6 s: step 1's outcome
    line.advance()
    assert line.state.arrow(1).status is ArrowStatus.OK


def test_replay_without_animations_jumps_to_the_end() -> None:
    line, _ = timeline("passive")
    line.set_animations(False)
    line.replay(sc.PASSIVE_BAD_ADDRESS.mode_result(), seconds_per_step=5.0)
    assert line.status().severity == "warning"
    assert line.next_tick_ms() == 0.0  # ends at the next turn of the event loop, not inside replay()
    assert line.advance() is True
    assert line.next_tick_ms() is None


def test_turning_animations_off_mid_replay_finishes_it() -> None:
    line, clock = timeline()
    line.replay(sc.HEALTHY_ACTIVE.mode_result(), seconds_per_step=5.0)
    clock.advance(1.0)
    line.advance()
    line.set_animations(False)
    assert line.advance() is True
    assert line.status().severity == "ok" and line.next_tick_ms() is None


def test_live_events_end_a_replay_and_reset_clears() -> None:
    line, clock = timeline("passive")
    line.replay(sc.HEALTHY_PASSIVE.mode_result(), seconds_per_step=1.0)
    line.apply_event(StepStarted("passive", 1, "EPSV", 1.0, 5.0))
    clock.advance(10.0)
    assert line.advance() is False  # no replay frame replaces the live picture
    assert line.state.command == "EPSV" and line.state.arrow(1).status is ArrowStatus.RUNNING
    line.reset()
    assert line.state == HandshakeState("passive") and line.next_tick_ms() is None


def test_stop_leaves_nothing_to_wake_up_for() -> None:
    line, _ = timeline()
    line.replay(sc.HEALTHY_ACTIVE.mode_result())
    assert line.next_tick_ms() is not None
    line.stop()
    assert line.next_tick_ms() is None
    assert line.advance() is False


def test_events_for_the_other_mode_change_nothing() -> None:
    line, _ = timeline("active")
    assert line.apply_event(StepStarted("passive", 1, "EPSV", 1.0, 5.0)) is False
    assert line.next_tick_ms() is None and looks(line) == ["pending"] * 4

"""The handshake picture over time (no Qt): state changes + a clock -> the frame to draw now.

``HandshakeState`` says what happened; this says how it is shown as it happens. A running step's dot
travels along its arrow; a finished step's line grows to its end (REVEAL_MS), and steps finish on screen
in their order even when a fast probe reports them within a millisecond; the status line keeps saying
"step n in progress" until the arrows have caught up; a replay retells a finished mode from timed
snapshots (``replay_script``). ``frame()`` freezes all of that at the clock's current time into a
``Frame`` that the widget draws; ``next_tick_ms()`` says when the picture changes next, so the widget
keeps one single-shot timer and nothing runs while the picture is still.

The clock is injected: the widget uses ``time.monotonic``, tests a ``ManualClock`` they move by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ftpwizard.core.probe.model import Event, Mode, ModeResult
from ftpwizard.present.wizard.handshake_state import (
    ArrowStatus,
    Caption,
    Culprit,
    HandshakeState,
    Msg,
    ReplayFrame,
    Status,
    replay_script,
)

Clock = Callable[[], float]  # seconds on a monotonic clock, like time.monotonic

REVEAL_MS = 380.0  # a finished arrow grows to its end in this time
TRAVEL_MS = 1300.0  # a running arrow's dot crosses the picture in this time (then starts again)
FRAME_MS = 33.0  # ~30 frames per second while something moves
COUNTDOWN_MS = 250.0  # with animations off, only the countdown text needs refreshing
STILL_HEAD = 0.5  # with animations off a running step's dot stands half way: "on its way"

# How an arrow is drawn right now:
# pending/skipped: a dashed grey line; waiting: finished, but an earlier step is still growing (grey);
# running: a dashed line with a travelling dot; growing: its outcome's line grows; done: its outcome.
Look = Literal["pending", "skipped", "waiting", "running", "growing", "done"]
PortLook = Literal["idle", "running", "failed"]


class ManualClock:
    """A clock that moves only when told to (tests, and still renders of a moment in an animation)."""

    def __init__(self, start_s: float = 0.0) -> None:
        self.now_s = start_s

    def __call__(self) -> float:
        return self.now_s

    def advance(self, seconds: float) -> None:
        self.now_s += seconds


@dataclass(frozen=True)
class ArrowFrame:
    n: int
    look: Look
    # running: where the dot is (0..1 of the arrow, eased); growing: how far the line has grown (0..1,
    # eased) from ``grow_from`` (where the dot was when the step finished) to where it stops.
    progress: float = 0.0
    grow_from: float = 0.0


@dataclass(frozen=True)
class Frame:
    """Everything the picture shows at one moment. ``state`` is the timeline's own: read it only."""

    state: HandshakeState
    arrows: tuple[ArrowFrame, ...]
    culprit: Culprit | None  # the red mark, shown once the failed arrow has reached it
    ports: dict[str, PortLook]  # per group ("control", "data")
    status: Status
    now_ms: float  # for the pulsing dots of the "running" badge

    def arrow(self, n: int) -> ArrowFrame:
        return self.arrows[n - 1]


def ease(t: float) -> float:
    return 1 - (1 - t) ** 3


class HandshakeTimeline:
    """One mode's picture over time. Fed live events, a finished result, or a result to replay."""

    def __init__(self, mode: Mode, control_port: int = 21, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._origin_s = clock()
        self._control_port = control_port
        self._state = HandshakeState(mode, control_port)
        self._animations = True
        self._run_start: dict[int, float] = {}  # ms when arrow n started running
        self._reveal_start: dict[int, float] = {}  # ms when arrow n's outcome starts to grow
        self._reveal_from: dict[int, float] = {}  # where the growing line starts (0..1 of its length)
        self._replay: list[ReplayFrame] = []
        self._replay_index = 0
        self._replay_started = 0.0
        self._replay_waiting = False  # the last replay frame is shown; its arrows are still growing

    # ------------------------------------------------------------ inputs

    @property
    def state(self) -> HandshakeState:
        return self._state

    @property
    def animations(self) -> bool:
        return self._animations

    def now_ms(self) -> float:
        return (self._clock() - self._origin_s) * 1000.0

    def apply_event(self, event: Event) -> bool:
        """A live probe event; False when it is for another phase (nothing changed). Ends a replay."""
        if self._replay:
            self._end_replay()
        before = self._state.copy()
        if not self._state.apply(event):
            return False
        self._after_change(before, self.now_ms())
        return True

    def reset(self) -> None:
        self.stop()
        self._state = HandshakeState(self._state.mode, self._control_port)

    def show_result(self, result: ModeResult | None) -> None:
        """The final still picture (no animation)."""
        self.stop()
        self._state = HandshakeState.from_mode_result(result, self._control_port, self._state.mode)
        self._after_change(None, self.now_ms())

    def replay(self, result: ModeResult, seconds_per_step: float = 1.0) -> None:
        """Retell a finished mode step by step (``advance`` moves it on; it says when it has ended)."""
        self.stop()
        self._replay = replay_script(result, max(0.05, seconds_per_step), self._control_port)
        self._replay_started = self.now_ms()
        self._replay_index = 0 if self._animations else len(self._replay) - 1
        self._show_replay_frame(self._replay_started)

    def set_animations(self, enabled: bool) -> None:
        self._animations = enabled
        if not enabled:
            self._forget_animations()
            if self._replay:  # jump to the end of the replay
                self._replay_index = len(self._replay) - 1
                self._show_replay_frame(self.now_ms())

    def set_control_port(self, port: int) -> None:
        self._control_port = port
        self._state.control_port = port

    def stop(self) -> None:
        """Forget every animation and any replay; the state stays as it is."""
        self._end_replay()
        self._forget_animations()

    def advance(self) -> bool:
        """Move a replay on to the clock's time. True when the replay has just ended (tell listeners)."""
        now = self.now_ms()
        while not self._replay_waiting and self._replay and self._due(self._replay_index) <= now:
            self._show_replay_frame(self._due(self._replay_index))
        if self._replay_waiting and self._revealing(now) is None:
            self._end_replay()
            return True
        return False

    # ------------------------------------------------------------ outputs

    def next_tick_ms(self) -> float | None:
        """How long until the picture (or its countdown) changes; None while it is still."""
        now = self.now_ms()
        if self._replay_waiting and self._revealing(now) is None:
            return 0.0  # the replay can end right away
        waits: list[float] = []
        if self._replay and not self._replay_waiting:
            waits.append(max(0.0, self._due(self._replay_index) - now))
        arrow = self._state.running_arrow
        running = arrow is not None and arrow.n in self._run_start  # stop() freezes a running step
        if self._animations and (running or self._revealing(now) is not None or self._replay_waiting):
            waits.append(FRAME_MS)
        elif not self._animations and running:
            waits.append(COUNTDOWN_MS)
        return min(waits) if waits else None

    def status(self) -> Status:
        return self._status(self.now_ms())

    def _status(self, now: float) -> Status:
        revealing = self._revealing(now)
        if self._animations and revealing is not None:
            # Keep the verdict until the arrows have finished growing: the story is told in order.
            return Status("running", Caption(Msg.ST_RUNNING, {"n": revealing}))
        running = self._state.running_arrow
        elapsed = None
        if running is not None and running.n in self._run_start:
            elapsed = (now - self._run_start[running.n]) / 1000.0
        return self._state.status(elapsed)

    def frame(self) -> Frame:
        now = self.now_ms()
        state = self._state
        arrows = tuple(self._arrow_frame(arrow.n, now) for arrow in state.arrows)
        failed = state.failed_arrow
        shown = failed is not None and arrows[failed.n - 1].look == "done"
        ports: dict[str, PortLook] = {}
        for group, steps in (("control", (1, 2)), ("data", (3, 4))):
            look: PortLook = "idle"
            for n in steps:
                status = state.arrow(n).status
                if status is ArrowStatus.RUNNING:
                    look = "running"
                elif status is ArrowStatus.FAILED and arrows[n - 1].look == "done":
                    look = "failed"
            ports[group] = look
        return Frame(state, arrows, state.culprit if shown else None, ports, self._status(now), now)

    # ------------------------------------------------------------ the clocks behind the frames

    def _arrow_frame(self, n: int, now: float) -> ArrowFrame:
        status = self._state.arrow(n).status
        if status is ArrowStatus.PENDING:
            return ArrowFrame(n, "pending")
        if status is ArrowStatus.SKIPPED:
            return ArrowFrame(n, "skipped")
        if status is ArrowStatus.RUNNING:
            head = ease(self._head_fraction(n, now)) if self._animations else STILL_HEAD
            return ArrowFrame(n, "running", head)
        reveal = self._reveal_progress(n, now)
        if reveal is None:
            return ArrowFrame(n, "done")
        if now < self._reveal_start[n]:
            return ArrowFrame(n, "waiting")
        return ArrowFrame(n, "growing", ease(reveal), self._reveal_from.get(n, 0.0))

    def _after_change(self, before: HandshakeState | None, now: float) -> None:
        """Start the clocks of arrows that began running or finished (``before`` None: a still picture)."""
        for arrow in self._state.arrows:
            old = before.arrow(arrow.n).status if before is not None else None
            if arrow.status is ArrowStatus.RUNNING and old is not ArrowStatus.RUNNING:
                self._run_start[arrow.n] = now
            finished = arrow.status in (ArrowStatus.OK, ArrowStatus.FAILED)
            was_finished = old in (ArrowStatus.OK, ArrowStatus.FAILED)
            if self._animations and before is not None and finished and not was_finished:
                # Arrows finish in the order of the steps even when a fast probe reports them at once.
                previous_end = max((s + REVEAL_MS for s in self._reveal_start.values()), default=now)
                self._reveal_from[arrow.n] = (
                    self._head_fraction(arrow.n, now) if old is ArrowStatus.RUNNING else 0.0
                )
                self._reveal_start[arrow.n] = max(now, previous_end)

    def _forget_animations(self) -> None:
        self._run_start.clear()
        self._reveal_start.clear()
        self._reveal_from.clear()

    def _head_fraction(self, n: int, now: float) -> float:
        start = self._run_start.get(n)
        if start is None:
            return 0.0
        return ((now - start) % TRAVEL_MS) / TRAVEL_MS

    def _reveal_progress(self, n: int, now: float) -> float | None:
        """0..1 while arrow n's outcome grows, None when there is nothing to grow (show it whole)."""
        start = self._reveal_start.get(n)
        if start is None or not self._animations:
            return None
        t = (now - start) / REVEAL_MS
        return None if t >= 1.0 else max(0.0, t)

    def _revealing(self, now: float) -> int | None:
        """The first arrow whose outcome has not finished growing."""
        pending = [n for n, start in self._reveal_start.items() if now < start + REVEAL_MS]
        return min(pending) if pending else None

    # ------------------------------------------------------------ replay

    def _due(self, index: int) -> float:
        return self._replay_started + self._replay[index].at_s * 1000.0

    def _show_replay_frame(self, at: float) -> None:
        before = self._state.copy()
        self._state = self._replay[self._replay_index].state.copy()
        self._after_change(before if self._animations else None, at)
        self._replay_index += 1
        # Last frame shown: the replay ends once its arrows have grown (at once without animations).
        self._replay_waiting = self._replay_index >= len(self._replay)

    def _end_replay(self) -> None:
        self._replay = []
        self._replay_index = 0
        self._replay_waiting = False

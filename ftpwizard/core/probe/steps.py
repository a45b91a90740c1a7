"""How the probe runs its steps: one driver, one set of step errors, one way to run something aside.

(How it waits is ``Deadline`` in cancel.py, next to the cancel token every wait checks.)

- ``run_aside(fn, name)`` runs a function on a helper thread; its ``Aside`` waits for it through a Deadline
  (DNS resolution, the second control connection, passive mode next to active, the command line's probe).
- ``run_steps(run, steps)`` runs one mode's steps in order: each step function returns a ``StepOutcome``
  (``ok``, ``fail(kind, reply)`` or ``skip``); the driver records the result, emits ``StepFinished`` and turns
  any of the ``STEP_ERRORS`` into that step's failure. Anything else is a bug of ours (the engine reports it
  as an internal error).
"""

from __future__ import annotations

import ftplib
import threading
import time
from collections.abc import Callable

from ftpwizard.core.probe.cancel import Cancelled, CancelToken, Deadline
from ftpwizard.core.probe.errors import ProbeError, classify_exception, reply_of
from ftpwizard.core.probe.model import ErrorKind, ModeResult, StepFinished, StepStarted

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from typing import Any

# What a step may meet while talking to a server, each mapped to an ErrorKind by ``classify_exception``.
# ValueError covers putline refusing a line with CR/LF and undecodable text (UnicodeError); EOFError a
# connection that ended inside ftplib.
STEP_ERRORS: tuple[type[BaseException], ...] = (Cancelled, ProbeError, OSError, ValueError, EOFError, ftplib.Error)


class Aside:
    """A function running on its own (daemon) thread; ``result()`` waits for it through a Deadline."""

    def __init__(self, fn: Callable[[], Any], name: str) -> None:
        self._fn = fn
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._fn()
        except BaseException as exc:  # handed to the thread that waits for the result
            self._error = exc

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self, *, cancel: CancelToken | None = None, timeout: float | None = None) -> bool:
        """Wait until the function returned (True) or the time is up (False); raise Cancelled on cancel."""
        for wait_s in Deadline(timeout).slices(cancel):
            self._thread.join(wait_s)
            if not self._thread.is_alive():
                return True
        return not self._thread.is_alive()

    def result(self, *, cancel: CancelToken | None = None, timeout: float | None = None) -> Any:
        """The function's value, or its exception raised here; TimeoutError when the time is up."""
        if not self.wait(cancel=cancel, timeout=timeout):
            raise TimeoutError(f"{self._thread.name} did not finish in time")
        if self._error is not None:
            raise self._error
        return self._value


def run_aside(fn: Callable[[], Any], name: str) -> Aside:
    """Start ``fn`` on a helper thread now; ``wait(cancel=, timeout=)`` / ``result(...)`` on the returned Aside.
    A cancel or timeout stops the waiting, not ``fn``: that is what a call that cannot be interrupted
    (getaddrinfo) needs; the probe's own functions poll the token themselves and so end with it."""
    return Aside(fn, name)


# ---------------------------------------------------------------- steps


class StepOutcome:
    """What a step function returns: ok (with the reply and detail to record), fail(kind, reply) or skip."""

    __slots__ = ("ok", "kind", "reply", "detail")

    def __init__(self, ok: bool | None, kind: ErrorKind | None, reply: str | None, detail: dict[str, Any]) -> None:
        self.ok = ok
        self.kind = kind
        self.reply = reply
        self.detail = detail


def ok(reply: str | None = None, **detail: Any) -> StepOutcome:
    return StepOutcome(True, None, reply, detail)


def fail(kind: ErrorKind, reply: str | None = None, **detail: Any) -> StepOutcome:
    return StepOutcome(False, kind, reply, detail)


# The step did not take place (its result stays unknown, ``ok=None``) and the next one goes on.
SKIP = StepOutcome(None, None, None, {})


class StepRun:
    """One mode's run: records each step in ``result`` and emits its events.

    A step function calls ``start(command, wait_s)`` once it knows what it sends (StepStarted); the driver
    then records the outcome (StepFinished). ``partial_reply`` is what the server said so far in the
    current step, kept when an exception ends it.
    """

    def __init__(
        self,
        result: ModeResult,
        emit: Callable[[Any], None],
        ms: Callable[[], float],
        redact: Callable[[str], str],
    ) -> None:
        self.result = result
        self._emit = emit
        self._ms = ms
        self._redact = redact
        self.n = 0
        self._started = 0.0
        self.partial_reply: str | None = None

    def start(self, command: str | None, wait_s: float | None = None) -> None:
        self._started = time.monotonic()
        step = self.result.step(self.n)
        step.command = command
        self._emit(StepStarted(self.result.mode, self.n, command, self._ms(), wait_s))

    def finish(self, outcome: StepOutcome) -> None:
        step = self.result.step(self.n)
        if outcome.ok is None:  # skipped: no StepFinished, the step stays unknown
            step.ok = None
            return
        step.ok = outcome.ok
        step.error = outcome.kind
        # Replies are parsed raw but kept redacted: a hostile server may echo the password.
        step.reply = self._redact(outcome.reply) if outcome.reply else outcome.reply
        step.elapsed_ms = round((time.monotonic() - (self._started or time.monotonic())) * 1000.0, 1)
        step.detail.update(outcome.detail)
        if not outcome.ok and self.result.failed_step is None:
            self.result.failed_step = self.n
        self._emit(
            StepFinished(
                self.result.mode, self.n, outcome.ok, outcome.kind, step.command, step.reply, step.elapsed_ms,
                self._ms(), dict(step.detail),
            )
        )


def run_steps(run: StepRun, steps: tuple[Callable[[], StepOutcome], ...]) -> bool:
    """Run ``steps`` (numbered from 1) until one fails; True when all passed or were skipped."""
    for n, step in enumerate(steps, start=1):
        run.n = n
        run._started = 0.0
        run.partial_reply = None
        try:
            outcome = step()
        except STEP_ERRORS as exc:
            reply = reply_of(exc) if run.partial_reply is None else run.partial_reply
            outcome = fail(classify_exception(exc), reply)
        run.finish(outcome)
        if outcome.ok is False:
            return False
    return True

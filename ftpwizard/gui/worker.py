"""Run a blocking call off the GUI thread; deliver its events and its result by signals; cancel it.

One small helper, like Picard's ``picard/util/thread.py``: the probe engine is plain blocking Python, so it
runs in a QThread, and everything it reports crosses back to the GUI thread as queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ftpwizard.core.probe.cancel import CancelToken

if TYPE_CHECKING:
    from ftpwizard.core.probe.engine import ProbeOptions
    from ftpwizard.core.probe.target import Target


class _Job(QObject):
    probe_event = Signal(object)
    done = Signal(object)

    def __init__(self, call: Callable[[Callable[[Any], None], CancelToken], Any], token: CancelToken) -> None:
        super().__init__()
        self._call = call
        self._token = token

    @Slot()
    def run(self) -> None:
        try:
            result = self._call(self.probe_event.emit, self._token)
        except Exception as exc:  # never let a worker die silently: the GUI shows what happened
            result = exc
        self.done.emit(result)


class BackgroundCall(QObject):
    """``call(emit_event, cancel_token)`` runs in its own QThread.

    Signals (always on the GUI thread): ``probe_event(object)`` for every event the call emits,
    ``finished(object)`` once with the call's return value (or the exception it raised).
    """

    probe_event = Signal(object)
    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._job: _Job | None = None
        self._token: CancelToken | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, call: Callable[[Callable[[Any], None], CancelToken], Any]) -> None:
        if self._thread is not None:
            raise RuntimeError("already running")
        self._token = CancelToken()
        thread = QThread()
        thread.setObjectName("ftpwizard-worker")
        job = _Job(call, self._token)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.probe_event.connect(self.probe_event)
        job.done.connect(self._on_done)
        self._thread, self._job = thread, job
        thread.start()

    def cancel(self) -> None:
        """Ask the call to stop; ``finished`` follows within the engine's poll slice (50 ms)."""
        if self._token is not None:
            self._token.cancel()

    def shutdown(self, wait_ms: int = 2000) -> None:
        """Cancel and wait for the thread to end (used when the window closes)."""
        self.cancel()
        thread = self._thread
        if thread is not None:
            thread.quit()
            thread.wait(wait_ms)
            self._cleanup()

    @Slot(object)
    def _on_done(self, result: object) -> None:
        thread = self._thread
        if thread is not None:
            thread.quit()
            thread.wait()  # the job has returned: this is immediate
        self._cleanup()
        self.finished.emit(result)

    def _cleanup(self) -> None:
        if self._job is not None:
            self._job.deleteLater()
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread = self._job = None
        self._token = None


class ProbeRunner(BackgroundCall):
    """The probe engine in the background."""

    def start_probe(self, target: Target, options: ProbeOptions) -> None:
        from ftpwizard.core.diagnosis.run import (
            probe_and_diagnose,  # loaded with the first probe, not at start-up
        )

        self.start(lambda emit, token: probe_and_diagnose(target, options, emit, token))

"""Shared test fixtures: a test fails if it leaves a Qt timer, thread or animation, or an engine thread,
running (napari's approach: a dangling timer fires into a deleted object during a later test)."""

from __future__ import annotations

import gc
import os
import sys
import threading

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _running_qt_objects() -> list[str]:
    if "PySide6.QtCore" not in sys.modules:
        return []
    from PySide6.QtCore import QAbstractAnimation, QThread, QTimer

    found = []
    for obj in gc.get_objects():
        try:
            if isinstance(obj, QTimer) and obj.isActive():
                found.append(f"QTimer {obj.objectName() or hex(id(obj))} interval={obj.interval()}")
            elif isinstance(obj, QThread) and obj.isRunning():
                found.append(f"QThread {obj.objectName() or hex(id(obj))}")
            elif isinstance(obj, QAbstractAnimation) and obj.state() == QAbstractAnimation.State.Running:
                found.append(f"{type(obj).__name__} {obj.objectName() or hex(id(obj))}")
        except (RuntimeError, ReferenceError):
            continue  # the C++ object is already gone
    return found


def _engine_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("ftpwizard-") and t.is_alive()]


@pytest.fixture(autouse=True)
def no_leftover_workers(request: pytest.FixtureRequest):
    """Fail a test that leaves a QThread, QTimer, animation or ftpwizard thread running."""
    before = set(_engine_threads())
    yield
    if "allow_leftovers" in request.keywords:
        return
    # Let Qt delete what was scheduled for deletion (deleteLater) before judging.
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
    gc.collect()
    leftovers = _running_qt_objects()
    # Engine threads end within one poll slice of a cancel; give them that long.
    deadline_threads = [t for t in threading.enumerate() if t.name.startswith("ftpwizard-") and t.name not in before]
    for t in deadline_threads:
        t.join(1.0)
    leftovers += [f"thread {name}" for name in set(_engine_threads()) - before]
    if leftovers:
        pytest.fail("left running after the test: " + ", ".join(leftovers), pytrace=False)

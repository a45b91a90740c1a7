"""The live transcript and timings for a support person watching over remote desktop."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ftpwizard.probe.model import StepFinished, StepStarted, TranscriptLine

MAX_LINES = 2000


class DetailsPanel(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setMaximumBlockCount(MAX_LINES)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setObjectName("details")

    def add_transcript_line(self, entry: TranscriptLine) -> None:
        self.appendPlainText(f"{entry.t_ms:9.1f} ms  [{entry.conn}] {entry.dir} {entry.line}")

    def add_step(self, event: StepStarted | StepFinished) -> None:
        if isinstance(event, StepFinished):
            state = "ok" if event.ok else f"FAILED ({event.error.value if event.error else '?'})"
            self.appendPlainText(f"{event.t_ms:9.1f} ms  {event.phase} {event.step}: {state} in {event.elapsed_ms:.0f} ms")

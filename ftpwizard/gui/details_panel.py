"""Support mode's live view: the transcript and each step's timing while the probes run.

For the support person watching over remote desktop. Monospace, selectable and copyable, follows the end
while the reader is at the end (and stays put when they scrolled up to read), at most MAX_LINES lines.
Feed it from the GUI thread (the wizard's worker signals): ``add_transcript_line``, ``add_step``, ``clear``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ftpwizard.core.probe.model import ModeResult, StepFinished, StepStarted, TranscriptLine
from ftpwizard.core.redact import redact
from ftpwizard.core.vocabulary import STEP_NAMES, fill
from ftpwizard.present import theme
from ftpwizard.present.report.facts import Words, listing_text
from ftpwizard.present.report.logging_setup import SECRETS
from ftpwizard.present.report.texts import LISTING

MAX_LINES = 5000
COLORS = {"sent": theme.REPORT_SENT, "received": theme.REPORT_TEXT, "note": theme.REPORT_NOTE, "ok": theme.REPORT_OK,
          "failed": theme.REPORT_ERROR, "started": theme.REPORT_TEXT_SECONDARY}  # as the report's transcript


class DetailsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None, max_lines: int = MAX_LINES) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.copy_button = QPushButton()
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.view.setMaximumBlockCount(max_lines)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self.copy_button.clicked.connect(self.copy_all)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Details: live transcript and timings"))
        self.copy_button.setText(self.tr("Copy all"))
        self.copy_button.setToolTip(self.tr("Copies the whole transcript to the clipboard (the password shows as ****)."))
        self.view.setAccessibleName(self.tr("Live transcript"))
        self.view.setPlaceholderText(self.tr("The conversation with the server appears here while the test runs."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ feeding

    def add_transcript_line(self, entry: TranscriptLine) -> None:
        kind = {">": "sent", "<": "received"}.get(entry.dir, "note")
        self._append(f"{entry.t_ms:9.1f} ms  [{entry.conn}] {entry.dir} {entry.line}", kind)

    def add_step(self, event: StepStarted | StepFinished) -> None:
        where = self._step_name(event.phase, event.step)
        if isinstance(event, StepStarted):
            text = fill(self.tr("{step} started"), step=where)
            if event.command:
                text += f": {event.command}"
            if event.wait_s:
                text += "  " + fill(self.tr("(waits up to {seconds} s)"), seconds=f"{event.wait_s:g}")
            self._append(f"{event.t_ms:9.1f} ms  ▶ {text}", "started")
            return
        took = f"{event.elapsed_ms:.1f} ms"
        if event.ok:
            text = fill(self.tr("{step} OK in {duration}"), step=where, duration=took)
        else:
            reason = event.error.value if event.error is not None else "?"
            text = fill(self.tr("{step} FAILED after {duration}: {reason}"), step=where, duration=took, reason=reason)
        if event.reply:
            text += f"  < {event.reply.splitlines()[-1]}"
        self._append(f"{event.t_ms:9.1f} ms  {'✓' if event.ok else '✗'} {text}", "ok" if event.ok else "failed")

    def add_mode(self, result: ModeResult) -> None:
        """A finished mode: what its listing showed (lines, formats, the names' character set), as the report says it."""
        if result.listing is None or not result.listing.lines:
            return
        words = Words(QCoreApplication.translate, "")
        where = self._step_name(result.mode, 4)
        self._append(f"{'':12} {where} {words(LISTING)}: {listing_text(result.listing, words)}", "note")

    def clear(self) -> None:
        self.view.clear()

    def text(self) -> str:
        return self.view.toPlainText()

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    # ------------------------------------------------------------ inside

    def _step_name(self, phase: str, step: str | int) -> str:
        if phase == "control":
            name = STEP_NAMES.get(str(step))
            return QCoreApplication.translate(name.context, name) if name else str(step)
        mode = self.tr("Active") if phase == "active" else self.tr("Passive")
        circled = "①②③④"[int(step) - 1] if str(step).isdigit() and 1 <= int(step) <= 4 else str(step)
        return f"{mode} {circled}"

    def _append(self, text: str, kind: str) -> None:
        text = redact(text, SECRETS())  # the engine masks PASS already; this also catches an echoed password
        bar = self.view.verticalScrollBar()
        follow = bar.value() >= bar.maximum() - 2
        cursor = QTextCursor(self.view.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(COLORS.get(kind, COLORS["received"])))
        if not self.view.document().isEmpty():
            cursor.insertBlock()
        cursor.insertText(text, fmt)
        if follow:
            bar.setValue(bar.maximum())

"""The verdict page's answer to "will MY program work, and what do I change?": one line per FTP program
found on this PC, with its outcome mark, and for a failing one what to change and that the next page does
it (or shows where). What to say after each program is the flow's decision (``WizardState.program_advice``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ftpwizard.gui.clients.outcome_row import OutcomeRow, fixes_text
from ftpwizard.gui.translations import current_language
from ftpwizard.present.program_words import SECTION_TITLE, outcome_headline
from ftpwizard.present.wizard.flow import ProgramAdvice, WizardState

if TYPE_CHECKING:
    from ftpwizard.clients.program_reports import ProgramReport


class ProgramLines(QWidget):
    """A title and an OutcomeRow per detected program; hidden while no program is known."""

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programOutcomes")
        self.state = state
        self.title = QLabel()
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.rows: list[OutcomeRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 6, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.title)
        self._reports: tuple[ProgramReport, ...] = ()
        self.setVisible(False)
        self._retranslate()

    def show_reports(self, reports: Iterable[ProgramReport]) -> None:
        self._reports = tuple(reports)
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        lang = current_language()
        for report in self._reports:
            row = OutcomeRow(self)
            row.show_outcome(report, self.line(report, lang), lang)
            self._layout.addWidget(row)
            self.rows.append(row)
        # The marks in one column: as wide as the widest.
        width = max((row.mark.sizeHint().width() for row in self.rows), default=0)
        for row in self.rows:
            row.mark.setMinimumWidth(width)
        self.setVisible(bool(self.rows))

    def line(self, report: ProgramReport, lang: str) -> str:
        """The program's headline (it names the change), then where it is made: the flow says which."""
        advice = self.state.program_advice(report)
        verdict = self.state.result.verdict if self.state.result else None
        # The verdict stands above these lines: a program failing for the verdict's own reason does not repeat it.
        parts = [outcome_headline(report, lang, verdict.params if verdict else None, verdict.code if verdict else None)]
        if advice is ProgramAdvice.CHANGE_BY_HAND:  # no program page follows: the menus, here
            parts.append(fixes_text(report, lang))
        if advice is ProgramAdvice.NEXT_PAGE_CHANGES:
            parts.append(self.tr("The next page changes it for you."))
        elif advice is ProgramAdvice.NEXT_PAGE_SHOWS:
            parts.append(self.tr("The next page shows where this setting is."))
        return " ".join(part for part in parts if part)

    def spoken(self) -> str:
        """Every line as one text, for the page's description and the announcement."""
        if not self.rows:
            return ""
        return " ".join([self.title.text()] + [row.spoken() for row in self.rows])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        # The lines themselves are rebuilt by the page's retranslate (VerdictPage._refresh_texts).
        self.title.setText(QCoreApplication.translate("ProgramOutcome", SECTION_TITLE))

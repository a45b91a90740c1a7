"""Will one of the customer's FTP programs work with the tested server? Its outcome mark and one line.

The mark is the theme's symbol and colour for the outcome *and* the outcome's name as text (never colour
alone); the line is the program's headline from present/program_words.py, followed by what to change. The
verdict page lists the customer's programs with it, the program page shows the selected one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ftpwizard.present import theme
from ftpwizard.present.program_words import fix_lines, outcome_label

if TYPE_CHECKING:
    from ftpwizard.clients.program_reports import ProgramReport


def mark_text(report: ProgramReport, lang: str) -> tuple[str, str]:
    """The mark's (symbol, words): "✘", "will fail" ("will probably fail" where a fact is unverified)."""
    symbol, _colour = theme.OUTCOME_MARKS[report.outcome.outcome]
    return symbol, outcome_label(report.outcome.outcome, lang, report.probably)


def fixes_text(report: ProgramReport, lang: str) -> str:
    """What to change, in the program's own words and menus, one sentence per fix ("" when nothing)."""
    return " ".join(fix_lines(report, lang))


class OutcomeRow(QWidget):
    """One program's outcome: a coloured mark with its name, and a wrapped line beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programOutcome")
        self.mark = QLabel()
        self.mark.setObjectName("outcomeMark")
        self.mark.setTextFormat(Qt.TextFormat.RichText)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.line = QLabel()
        self.line.setObjectName("outcomeLine")
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.line, 1)
        self.outcome: str | None = None
        self.program_id: str | None = None

    def show_outcome(self, report: ProgramReport, line: str, lang: str) -> None:
        """``line``: what to say beside the mark."""
        symbol, words = mark_text(report, lang)
        colour = theme.OUTCOME_MARKS[report.outcome.outcome][1]
        self.outcome, self.program_id = report.outcome.outcome, report.id
        self.mark.setText(f"<span style='color:{colour}; font-weight:bold'>{_escape(symbol)} {_escape(words)}</span>")
        self.line.setText(line)
        spoken = f"{words}. {line}"
        self.setAccessibleName(spoken)
        self.mark.setAccessibleName(words)
        self.line.setAccessibleName(line)

    def spoken(self) -> str:
        return self.accessibleName()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

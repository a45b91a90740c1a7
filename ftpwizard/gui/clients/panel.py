"""The wizard's "your FTP program" panel: what is installed, whether each program will work with the tested
server (its outcome mark, issue 14) or is already set the way the verdict recommends, the picture guide, and
"Change it for me" / "Undo" where that is safe.

Detection reads a few small files and registry values (a few milliseconds), so it runs on the GUI
thread; nothing here touches the network. The parts that do not share the selected program's state live
beside it: the guide's pictures (guide_strip.py), the outcome mark (outcome_row.py) and the one place a
fix other than the mode is applied (fixes.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftpwizard.clients import apply_mode, detect_clients, undo, undo_available
from ftpwizard.clients.changes import Outcome
from ftpwizard.clients.env import Environment
from ftpwizard.clients.guides import display_name
from ftpwizard.clients.messages import MODE, outcome_text
from ftpwizard.clients.model import ClientStatus
from ftpwizard.clients.outcome import Fix
from ftpwizard.clients.programs import ClientSpec, spec
from ftpwizard.clients.setting_check import SettingCheck, check_setting
from ftpwizard.core.vocabulary import fill
from ftpwizard.gui.accessibility import set_status
from ftpwizard.gui.clients.change_questions import ChangeQuestions
from ftpwizard.gui.clients.fixes import applicable_fix, apply_other_fix
from ftpwizard.gui.clients.guide_strip import GuideStrip
from ftpwizard.gui.clients.outcome_row import OutcomeRow, fixes_text, mark_text
from ftpwizard.gui.clients.program_status import StatusWords
from ftpwizard.gui.translations import current_language
from ftpwizard.present import theme
from ftpwizard.present.program_words import outcome_headline

if TYPE_CHECKING:
    from ftpwizard.clients.program_reports import ProgramReport
    from ftpwizard.core.probe.model import ProbeResult

BROWSERS, GENERIC = "browsers", "generic"
ROLE_ID = Qt.ItemDataRole.UserRole


class ClientsPanel(QWidget):
    # Emitted after a change or an undo (ok, message), for the wizard and for tests.
    changed = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None, env: Environment | None = None) -> None:
        super().__init__(parent)
        self.env = env or Environment.real()
        self.recommended: str | None = None
        self._mode_for: Callable[[str], str | None] | None = None
        self.host: str | None = None
        self.clients: list[ClientStatus] = []
        # The tested server's probe result, and each detected program's outcome with it (issue 14).
        self.probe_result: ProbeResult | None = None
        self.reports: dict[str, ProgramReport] = {}
        # Asks the user yes/no; tests replace it. Receives (title, question).
        self.questions = ChangeQuestions(self)
        self.status_words = StatusWords(self)
        self.confirm: Callable[[str, str], bool] = lambda title, question: self.questions.ask(self, title, question)
        # Asks the user to pick one of several actions (the first is the default); None = cancelled.
        # Tests replace it. Receives (title, question, button labels).
        self.choose: Callable[[str, str, list[str]], int | None] = (
            lambda title, question, choices: self.questions.ask_choice(self, title, question, choices))

        self.heading = QLabel()
        self.heading.setObjectName("clientsHeading")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("clientsList")
        self.heading.setBuddy(self.list)  # its mnemonic moves the focus to the list
        self.list.setMinimumWidth(230)
        self.list.setMaximumWidth(300)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.rescan_button = QPushButton()
        self.rescan_button.clicked.connect(self.refresh)

        self.outcome = OutcomeRow()
        self.outcome.hide()
        self.status = QLabel()
        self.status.setObjectName("clientStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyButton")
        self.apply_button.clicked.connect(self._apply_clicked)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self._undo_clicked)
        self.result = QLabel()
        self.result.setObjectName("clientResult")
        self.result.setWordWrap(True)
        self.result.hide()

        self.picture_scroll = GuideStrip()
        self.pictures = self.picture_scroll.pictures
        self.picture_scroll.copied.connect(self._copied)

        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.list, stretch=1)
        left.addWidget(self.rescan_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.outcome)
        right.addWidget(self.status)
        right.addLayout(buttons)
        right.addWidget(self.result)
        right.addWidget(self.picture_scroll, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self._retranslate()

    # ---------------------------------------------------------------- public

    def set_context(self, recommended_mode: str | None, host: str | None,
                    mode_for: Callable[[str], str | None] | None = None, result: ProbeResult | None = None) -> None:
        """The verdict's mode ("passive"/"active"/None) and the tested server; re-detects.

        ``mode_for(program_id)`` may name another mode for a program that cannot use the recommended one.
        ``result``: the probe's result, to judge each program's outcome with (issue 14); None: no outcomes.
        """
        self.recommended = recommended_mode if recommended_mode in ("passive", "active") else None
        self._mode_for = mode_for
        self.host = host or None
        self.probe_result = result
        self.refresh()

    def show_program(self, program_id: str | None) -> None:
        """Select ``program_id`` in the list (the flow's choice: the customer's failing program)."""
        ids = [self.list.item(i).data(ROLE_ID) for i in range(self.list.count())]
        if program_id in ids:
            self.list.setCurrentRow(ids.index(program_id))

    def target_for(self, program_id: str) -> str | None:
        """The mode this program should be set to."""
        mode = self._mode_for(program_id) if self._mode_for is not None and self.recommended else self.recommended
        return mode if mode in ("passive", "active") else None

    def refresh(self) -> None:
        """Detect the programs again, judge them again (after a change: does it work now?) and show them."""
        self.clients = detect_clients(self.env, host=self.host)
        self.reports = {}
        if self.probe_result is not None:
            from ftpwizard.clients.program_reports import program_reports

            judged = program_reports(self.probe_result, self.clients, self.env, self.host, everyone=False)
            self.reports = {report.id: report for report in judged}
        self._fill_list()

    def _fill_list(self) -> None:
        """(Re)build the list from ``self.clients``, keeping the selection, and show the selected one."""
        selected = self._selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.clients:
            item = QListWidgetItem(self._list_text(c))
            item.setData(ROLE_ID, c.id)
            report = self.reports.get(c.id)
            if report is not None:  # the mark's colour; its words are in the text (never colour alone)
                item.setForeground(QColor(theme.OUTCOME_MARKS[report.outcome.outcome][1]))
            self.list.addItem(item)
        for gid, label in ((BROWSERS, self.tr("Web browsers (Chrome, Edge, Firefox)")),
                           (GENERIC, self.tr("Another FTP program"))):
            item = QListWidgetItem(label)
            item.setData(ROLE_ID, gid)
            self.list.addItem(item)
        ids = [self.list.item(i).data(ROLE_ID) for i in range(self.list.count())]
        # Still blocked: currentItemChanged would draw the guide pictures once more before the call below.
        self.list.setCurrentRow(ids.index(selected) if selected in ids else 0)
        self.list.blockSignals(False)
        self._retranslate_heading()
        self._show_selected()

    # ---------------------------------------------------------------- display

    def _selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ROLE_ID) if item else None

    def _client(self, cid: str | None) -> ClientStatus | None:
        return next((c for c in self.clients if c.id == cid), None)

    def _verdict(self, c: ClientStatus) -> SettingCheck:
        return check_setting(c, self.target_for(c.id))

    @staticmethod
    def _change_spec(c: ClientStatus) -> ClientSpec | None:
        """The program's spec when ftpwizard can change its setting (None: a picture guide only)."""
        found = spec(c.id)
        return found if found is not None and found.applier is not None else None

    def _list_text(self, c: ClientStatus) -> str:
        name = self._name(c) + (f" {c.version}" if c.version else "")
        report = self.reports.get(c.id)
        if report is not None:
            symbol, words = mark_text(report, current_language())
            return f"{name}\n    {symbol} {words}"
        state = {
            "right": self.tr("already set right"),
            "change": self.tr("needs a change"),
            "check": self.tr("check by hand"),
            "cannot": self.tr("no recommended mode"),
            "none": "",
        }[self._verdict(c)]
        return f"{name}\n    {state}" if state else name

    def _name(self, c: ClientStatus) -> str:
        return display_name(c.id, c.name, current_language())

    def _server_scope(self, c: ClientStatus) -> str | None:
        found = self._change_spec(c)
        return found.applier.server_scope if found is not None and found.applier is not None else None

    def _mode(self, mode: str) -> str:
        return QCoreApplication.translate("ClientsText", MODE[mode])

    def _show_selected(self) -> None:
        cid = self._selected_id()
        c = self._client(cid)
        self.result.hide()
        if c is None:
            if not self.clients and cid == BROWSERS:
                self.status.setText(self.tr("No FTP program was found on this computer. Web browsers cannot "
                                            "open ftp:// addresses any more; see below, or install FileZilla."))
            elif cid == BROWSERS:
                self.status.setText(self.tr("Web browsers have no passive/active setting."))
            else:
                self.status.setText(self.tr("Look for a setting with one of these names in your program."))
            self.apply_button.hide()
            self.undo_button.hide()
            self.outcome.hide()
        else:
            self._show_outcome(c)
            self.status.setText(self._status_html(c))
            changeable = self._change_spec(c) is not None
            report = self.reports.get(c.id)
            if report is not None:  # the outcome decides: a fix to apply, or nothing to change
                can_apply = changeable and c.can_apply and self._fix_to_apply(c) is not None
            else:
                can_apply = (changeable and c.can_apply and self.target_for(c.id) is not None
                             and self._verdict(c) != "right")
            self.apply_button.setVisible(changeable)
            self.apply_button.setEnabled(can_apply)
            self.undo_button.setVisible(changeable)
            self.undo_button.setEnabled(undo_available(self.env, c.id))
        self.picture_scroll.show_guide(cid or GENERIC, self._guide_mode(c, cid))

    def _guide_mode(self, c: ClientStatus | None, guide_id: str | None) -> str | None:
        """The mode the guide's pictures show: the outcome's mode fix where there is one, else the verdict's."""
        fix = self._mode_fix(c) if c is not None else None
        return str(fix.value) if fix is not None else self.target_for(guide_id or GENERIC)

    def _mode_fix(self, c: ClientStatus) -> Fix | None:
        report = self.reports.get(c.id)
        return next((f for f in report.outcome.fixes if f.setting == "mode"), None) if report is not None else None

    def _fix_to_apply(self, c: ClientStatus) -> Fix | None:
        """The outcome's first fix ftpwizard can apply to this program now (None: guide only)."""
        report = self.reports.get(c.id)
        if report is None or report.outcome.outcome not in ("fails", "unknown"):  # "unknown": a fix still helps
            return None
        return applicable_fix(report.outcome.fixes)

    def _show_outcome(self, c: ClientStatus) -> None:
        """The outcome mark and one line: will this program work with the tested server, and what to change."""
        report = self.reports.get(c.id)
        self.outcome.setVisible(report is not None)
        if report is None:
            return
        lang = current_language()
        verdict = self.probe_result.verdict if self.probe_result is not None else None
        line = outcome_headline(report, lang, verdict.params if verdict is not None else None)
        # The headline already names the change; where the button makes it, say so; by hand, the program's
        # own menus follow on a line of their own (they end without a full stop).
        if self._fix_to_apply(c) is not None and self._change_spec(c) is not None:
            line += " " + self.tr("\"Change it for me\" below does it; Undo puts it back.")
        elif report.outcome.outcome == "fails":
            line = "\n".join(part for part in (line, fixes_text(report, lang),
                                                self.tr("The pictures below show where the setting is.")) if part)
        self.outcome.show_outcome(report, line, lang)

    def _status_html(self, c: ClientStatus) -> str:
        verdict = "outcome" if c.id in self.reports else self._verdict(c)  # the outcome's mark says it then
        return self.status_words.html(c, self._name(c), self._mode, verdict, self.target_for(c.id) or "passive",
                                      readable=c.mode != "unknown" or self._change_spec(c) is not None)

    def _copied(self, message: str) -> None:
        set_status(self.result, message, again=True)
        self.result.setStyleSheet("")
        self.result.show()

    # ---------------------------------------------------------------- actions

    def _apply_clicked(self) -> None:
        """The fix button: the outcome's fix (the mode through apply_mode, the one path with its scope
        question and undo; any other setting through fixes.apply_other_fix), else the verdict's mode."""
        c = self._client(self._selected_id())
        if c is None:
            return
        fix = self._fix_to_apply(c) if c.id in self.reports else None
        if fix is not None and fix.setting != "mode":
            if self.confirm(self.tr("Change it for me"), self.questions.fix_question(c, self._name(c), fix, self.host)):
                self._finish(apply_other_fix(self.env, c.id, fix, self.host))
            return
        target = str(fix.value) if fix is not None else self.target_for(c.id)
        if target not in ("passive", "active"):
            return
        scope = self.questions.ask_scope(c, self._name(c), self._mode(target), self.host,
                                             self._server_scope(c), self.confirm, self.choose)
        if scope is None:
            return
        outcome = apply_mode(self.env, c.id, target, host=self.host, scope=scope)  # type: ignore[arg-type]
        if scope == "all" and outcome.ok and outcome.conflicts and self.host:
            names = ", ".join(f"'{s.name}'" for s in outcome.conflicts)
            ask = fill(self.tr("The site {sites} has its own setting for this server, which wins over the program-wide "
                               "one. Change that site too?"), sites=names)
            if self.confirm(self.tr("Change it for me"), ask):
                second = apply_mode(self.env, c.id, target, host=self.host,  # type: ignore[arg-type]
                                    change_sites=True)
                if not second.ok:
                    outcome = second
                else:
                    outcome = Outcome(True, "changed", second.params, outcome.changed + second.changed, [],
                                      outcome.backups + second.backups)
        self._finish(outcome)

    def _undo_clicked(self) -> None:
        c = self._client(self._selected_id())
        if c is None:
            return
        if not self.confirm(self.tr("Undo"), fill(self.tr("Put {program}'s settings back as they were?"), program=self._name(c))):
            return
        self._finish(undo(self.env, c.id))

    def _finish(self, outcome: Outcome) -> None:
        message = outcome_text(outcome.key, outcome.params, current_language())
        if outcome.ok and outcome.conflicts:
            message += "\n" + fill(self.tr("Still set differently for this server: {sites}."),
                                      sites=", ".join(f"'{s.name}'" for s in outcome.conflicts))
        self.refresh()
        set_status(self.result, message, again=True)
        self.result.setStyleSheet(f"color:{theme.REPORT_OK if outcome.ok else theme.PANEL_ERROR};")
        self.result.show()
        self.changed.emit(outcome.ok, message)

    # ---------------------------------------------------------------- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.list.count():
                self._fill_list()  # only the labels change: no need to look for the programs again
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.rescan_button.setText(self.tr("&Search again"))
        self.apply_button.setText(self.tr("&Change it for me"))
        self.undo_button.setText(self.tr("&Undo"))
        self.list.setAccessibleName(self.tr("FTP programs on this computer"))
        self.picture_scroll.setAccessibleName(self.tr("Where the setting is, in pictures"))
        self._retranslate_heading()

    def _retranslate_heading(self) -> None:
        if self.clients:
            self.heading.setText(self.tr("FTP &programs on this computer:"))
        else:
            self.heading.setText(self.tr("No FTP program found on this computer."))


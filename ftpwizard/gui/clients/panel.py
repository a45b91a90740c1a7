"""The wizard's "your FTP program" panel: what is installed, whether it is already set the way the
verdict recommends, the picture guide, and "Change it for me" / "Undo" where that is safe.

Detection reads a few small files and registry values (a few milliseconds), so it runs on the GUI
thread; nothing here touches the network.

Why it is over 400 lines: it is one screen with four parts that share the selected program (the list, its
status line, the guide's pictures with their words and copy buttons, and the change/undo dialogs that ask
which servers to change). What is not Qt already lives in ftpwizard/clients (setting_check, guides, apply);
the guide strip is the next part to become its own widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ftpwizard.clients import apply_mode, detect_clients, undo, undo_available
from ftpwizard.clients.changes import Outcome
from ftpwizard.clients.env import Environment
from ftpwizard.clients.guides import GuideError, display_name, load_guide, mode_naming
from ftpwizard.clients.messages import MODE, SCOPE, outcome_text
from ftpwizard.clients.model import ChangeScope, ClientStatus
from ftpwizard.clients.programs import ClientSpec, can_change_for_server, spec
from ftpwizard.clients.setting_check import SettingCheck, check_setting
from ftpwizard.core.vocabulary import fill
from ftpwizard.gui.accessibility import set_status
from ftpwizard.gui.clients.guide_renderer import GuidePicture, render_guide
from ftpwizard.gui.clients.picture_view import PictureView
from ftpwizard.gui.translations import current_language
from ftpwizard.present import theme

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
        self._guide_drawn: tuple[str, float] | None = None  # (guide id, device pixel ratio) now shown
        # Asks the user yes/no; tests replace it. Receives (title, question).
        self.confirm: Callable[[str, str], bool] = self._ask
        # Asks the user to pick one of several actions (the first is the default); None = cancelled.
        # Tests replace it. Receives (title, question, button labels).
        self.choose: Callable[[str, str, list[str]], int | None] = self._ask_choice

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

        self.pictures = QWidget()
        self.pictures_layout = QVBoxLayout(self.pictures)
        self.pictures_layout.setContentsMargins(0, 0, 0, 0)
        self.picture_scroll = QScrollArea()
        self.picture_scroll.setWidgetResizable(True)
        self.picture_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.picture_scroll.setWidget(self.pictures)
        # Small: on a 1366x768 screen at 150 % the page has about 320 pixels for everything; it scrolls.
        self.picture_scroll.setMinimumHeight(120)

        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.list, stretch=1)
        left.addWidget(self.rescan_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
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
                    mode_for: Callable[[str], str | None] | None = None) -> None:
        """The verdict's mode ("passive"/"active"/None) and the tested server; re-detects.

        ``mode_for(program_id)`` may name another mode for a program that cannot use the recommended one.
        """
        self.recommended = recommended_mode if recommended_mode in ("passive", "active") else None
        self._mode_for = mode_for
        self.host = host or None
        self.refresh()

    def target_for(self, program_id: str) -> str | None:
        """The mode this program should be set to."""
        mode = self._mode_for(program_id) if self._mode_for is not None and self.recommended else self.recommended
        return mode if mode in ("passive", "active") else None

    def refresh(self) -> None:
        """Detect the programs again and show them."""
        self.clients = detect_clients(self.env, host=self.host)
        self._fill_list()

    def _fill_list(self) -> None:
        """(Re)build the list from ``self.clients``, keeping the selection, and show the selected one."""
        selected = self._selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.clients:
            item = QListWidgetItem(self._list_text(c))
            item.setData(ROLE_ID, c.id)
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
        else:
            self.status.setText(self._status_html(c))
            changeable = self._change_spec(c) is not None
            can_apply = changeable and c.can_apply and self.target_for(c.id) is not None
            self.apply_button.setVisible(changeable)
            self.apply_button.setEnabled(can_apply and self._verdict(c) != "right")
            self.undo_button.setVisible(changeable)
            self.undo_button.setEnabled(undo_available(self.env, c.id))
        self._show_pictures(cid or GENERIC)

    def _status_html(self, c: ClientStatus) -> str:
        esc = _escape
        lines = [f"<b>{esc(self._name(c))}</b>" + (f" {esc(c.version)}" if c.version else "")]
        if c.problem is not None:
            lines.append(esc(outcome_text(c.problem.key, {"id": c.id, "client": c.name, "path": c.problem.path,
                                                          "detail": c.problem.detail}, current_language())))
        elif c.mode == "unknown" and self._change_spec(c) is None:
            lines.append(esc(self.tr("This program's setting cannot be read automatically. Follow the pictures "
                                     "to check it.")))
        else:
            scope = QCoreApplication.translate("ClientsText", SCOPE[c.scope])
            if c.mode_is_default:  # one pair of brackets: never "(...) (...)" or nested
                line = self.tr("Current setting: {mode} (the program's default, {scope}).")
            else:
                line = self.tr("Current setting: {mode} ({scope}).")
            lines.append(esc(fill(line, mode=self._mode(c.mode), scope=scope)))
        for s in c.sites:
            lines.append(esc(fill(self.tr("Site '{site}' ({host}): {mode}"), site=s.name, host=s.host,
                           mode=self._mode(c.site_mode(s)) if s.mode == "default" else self._mode(s.mode)
                           + " " + self.tr("(set for this site only)"))))
        verdict = self._verdict(c)
        if verdict == "right":
            lines.append(f"<span style='color:{theme.REPORT_OK}'>✔ " + esc(self.tr("Already set the way the test recommends."))
                         + "</span>")
        elif verdict == "change":
            lines.append(f"<span style='color:{theme.PANEL_ERROR}'>✘ " + esc(
                fill(self.tr("Needs a change: choose {mode}."), mode=self._mode(self.target_for(c.id) or "passive")))
                + "</span>")
        elif verdict == "cannot":
            lines.append(f"<span style='color:{theme.PANEL_ERROR}'>✘ " + esc(
                fill(self.tr("{program} has no {mode} setting. Connect to this server with another FTP program."),
                     program=self._name(c), mode=self._mode(self.target_for(c.id) or "passive"))) + "</span>")
        elif verdict == "none":
            lines.append(esc(self.tr("The test found no mode that works, so changing this program will not help.")))
        naming = self._mode_naming(c.id)
        if naming:
            lines.append(esc(naming))
        if c.scope == "per-site" and not c.sites and c.mode != "unknown":
            lines.append(esc(self.tr("This program keeps the setting for each site separately; check the site "
                                     "you use for this server.")))
        return "<br>".join(lines)

    def _mode_naming(self, guide_id: str) -> str:
        """The program's own names for the two modes, next to ours (the guide pictures say it too)."""
        try:
            doc = load_guide(guide_id)
        except GuideError:
            return ""
        return mode_naming(doc, current_language(), lambda source: QCoreApplication.translate("ClientsGuide", source))

    def _show_pictures(self, guide_id: str) -> None:
        """The guide's pictures, drawn at this screen's device pixel ratio, each followed by its words as
        selectable text and a Copy button per command to type."""
        while self.pictures_layout.count():
            item = self.pictures_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()  # deleted later: until then it must not paint over the new pictures
                w.deleteLater()
        dpr = self.devicePixelRatioF()
        for picture in render_guide(guide_id, self.target_for(guide_id), current_language(), dpr):
            self.pictures_layout.addWidget(PictureView(picture))
            self.pictures_layout.addWidget(self._words(picture))
            for line in picture.words.lines:
                if line.command:
                    self.pictures_layout.addWidget(self._command_row(line.command))
        self.pictures_layout.addStretch(1)
        self._guide_drawn = (guide_id, dpr)

    def _words(self, picture: GuidePicture) -> QLabel:
        words = QLabel(picture.words.plain())
        words.setObjectName("guideText")
        words.setTextFormat(Qt.TextFormat.PlainText)
        words.setWordWrap(True)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        words.setAccessibleName(picture.words.header)
        words.setContentsMargins(8, 6, 8, 18)  # apart from the next picture: the text belongs to the one above
        return words

    def _command_row(self, command: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        field = QLineEdit(command)
        field.setObjectName("guideCommand")
        field.setReadOnly(True)
        field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        field.setAccessibleName(self.tr("Command to type"))
        field.setCursorPosition(0)
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("copyCommand")
        copy.setAccessibleName(fill(self.tr("Copy the command: {command}"), command=command))
        copy.clicked.connect(lambda: self._copy(command))
        layout.addWidget(field, 1)
        layout.addWidget(copy)
        return row

    def _copy(self, command: str) -> None:
        QGuiApplication.clipboard().setText(command)
        set_status(self.result, fill(self.tr("Copied: {command}"), command=command), again=True)
        self.result.setStyleSheet("")
        self.result.show()

    def showEvent(self, event: QShowEvent) -> None:
        # Shown on another screen than the one it was drawn for (or first shown there): draw again, sharp.
        if self._guide_drawn is not None and self._guide_drawn[1] != self.devicePixelRatioF():
            self._show_pictures(self._guide_drawn[0])
        super().showEvent(event)

    # ---------------------------------------------------------------- actions

    def _apply_clicked(self) -> None:
        c = self._client(self._selected_id())
        target = self.target_for(c.id) if c is not None else None
        if c is None or target is None:
            return
        scope = self._ask_scope(c, target)
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

    def _ask_scope(self, c: ClientStatus, target: str) -> ChangeScope | None:
        """Ask before changing anything, saying plainly which servers the change affects. Where the program
        keeps the setting per server, the tested server alone is the default and all servers a separate
        choice; where it has one setting only, the question says that every server changes."""
        name, mode, host = self._name(c), self._mode(target), self.host or ""
        backed_up = self.tr("The settings file is backed up first, and Undo puts it back exactly as it was.")
        title = self.tr("Change it for me")
        if can_change_for_server(c, self.host):
            every = self.tr("For new sites") if c.id == "winscp" else self.tr("For all servers")
            question = "\n\n".join([
                fill(self.tr("Change {program} to {mode}?"), program=name, mode=mode),
                fill(self.tr("Only for {host}: just this server changes; other servers keep their setting. "
                             "This is the safe choice."), host=host),
                fill(self.tr("{choice}: WinSCP's Default Settings change, which new sites start from; saved sites "
                             "keep their own setting."), choice=every) if c.id == "winscp" else
                fill(self.tr("{choice}: the program-wide setting changes, so every server you connect to with "
                             "{program} uses {mode}."), choice=every, program=name, mode=mode),
                backed_up])
            choice = self.choose(title, question, [fill(self.tr("Only for {host}"), host=host), every])
            return None if choice is None else ("server", "all")[choice]
        if c.id == "winscp":
            scope_line = fill(self.tr("WinSCP has no saved site for {host}, so this changes WinSCP's Default Settings, "
                                      "which new sites start from."), host=host)
        elif self._server_scope(c) == "saved-site":
            scope_line = fill(self.tr("{program} has no saved site for {host}, so this changes the program-wide setting: "
                                      "every server you connect to with {program} will use {mode}."),
                              program=name, host=host, mode=mode)
        else:
            scope_line = fill(self.tr("{program} keeps one setting for all servers: this changes it for every server "
                                      "you connect to with {program}, not only this one."), program=name)
        question = "\n\n".join([fill(self.tr("Change {program} to {mode}?"), program=name, mode=mode), scope_line,
                                 backed_up])
        return "all" if self.confirm(title, question) else None

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

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_choice(self, title: str, question: str, choices: list[str]) -> int | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, self)
        buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in choices]
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

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


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")

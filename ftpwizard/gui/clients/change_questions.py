"""The questions the program panel asks before it changes a program's settings: which servers a mode change
affects (only the tested one, or all), a fix other than the mode, and the message boxes that ask them.
Split out of panel.py; the panel keeps ``confirm``/``choose`` (tests replace them) and passes them in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ftpwizard.clients.model import ChangeScope, ClientStatus
from ftpwizard.clients.outcome import Fix
from ftpwizard.clients.programs import can_change_for_server
from ftpwizard.core.vocabulary import fill
from ftpwizard.gui.clients.fixes import fix_scope
from ftpwizard.gui.translations import current_language
from ftpwizard.present.program_words import fix_text


class ChangeQuestions(QObject):
    def fix_question(self, c: ClientStatus, name: str, fix: Fix, host: str | None) -> str:
        """Ask before a fix other than the mode, saying which servers it changes (fixes.fix_scope decides)."""
        if fix_scope(c.id, fix, host) == "server":
            where = fill(self.tr("Only for {host}: just this server changes; other servers keep their setting. "
                                 "This is the safe choice."), host=host or "")
        else:
            where = fill(self.tr("{program} keeps one setting for all servers: this changes it for every server you "
                                 "connect to with {program}, not only this one."), program=name)
        return "\n\n".join([fill(self.tr("Change this in {program}?"), program=name),
                             fix_text(c.id, fix, current_language()), where,
                             self.tr("The settings file is backed up first, and Undo puts it back exactly as it was.")])

    def ask_scope(self, c: ClientStatus, name: str, mode: str, host: str | None, server_scope: str | None,
                  confirm: Callable[[str, str], bool],
                  choose: Callable[[str, str, list[str]], int | None]) -> ChangeScope | None:
        """Ask before changing anything, saying plainly which servers the change affects. Where the program
        keeps the setting per server, the tested server alone is the default and all servers a separate
        choice; where it has one setting only, the question says that every server changes."""
        shown_host = host or ""
        backed_up = self.tr("The settings file is backed up first, and Undo puts it back exactly as it was.")
        title = self.tr("Change it for me")
        if can_change_for_server(c, host):
            every = self.tr("For new sites") if c.id == "winscp" else self.tr("For all servers")
            question = "\n\n".join([
                fill(self.tr("Change {program} to {mode}?"), program=name, mode=mode),
                fill(self.tr("Only for {host}: just this server changes; other servers keep their setting. "
                             "This is the safe choice."), host=shown_host),
                fill(self.tr("{choice}: WinSCP's Default Settings change, which new sites start from; saved sites "
                             "keep their own setting."), choice=every) if c.id == "winscp" else
                fill(self.tr("{choice}: the program-wide setting changes, so every server you connect to with "
                             "{program} uses {mode}."), choice=every, program=name, mode=mode),
                backed_up])
            choice = choose(title, question, [fill(self.tr("Only for {host}"), host=shown_host), every])
            return None if choice is None else ("server", "all")[choice]
        if c.id == "winscp":
            scope_line = fill(self.tr("WinSCP has no saved site for {host}, so this changes WinSCP's Default Settings, "
                                      "which new sites start from."), host=shown_host)
        elif server_scope == "saved-site":
            scope_line = fill(self.tr("{program} has no saved site for {host}, so this changes the program-wide setting: "
                                      "every server you connect to with {program} will use {mode}."),
                              program=name, host=shown_host, mode=mode)
        else:
            scope_line = fill(self.tr("{program} keeps one setting for all servers: this changes it for every server "
                                      "you connect to with {program}, not only this one."), program=name)
        question = "\n\n".join([fill(self.tr("Change {program} to {mode}?"), program=name, mode=mode), scope_line,
                                 backed_up])
        return "all" if confirm(title, question) else None

    def ask(self, parent: QWidget, title: str, question: str) -> bool:
        answer = QMessageBox.question(parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def ask_choice(self, parent: QWidget, title: str, question: str, choices: list[str]) -> int | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, parent)
        buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in choices]
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

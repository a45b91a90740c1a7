"""Page 5: the user's FTP program: is it set the way the verdict recommends, and how to change it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ftpwizard.core.vocabulary import fill
from ftpwizard.gui.texts import mode_name
from ftpwizard.gui.wizard.base import FlowPage
from ftpwizard.present.wizard.flow import Page, WizardState

if TYPE_CHECKING:
    from ftpwizard.gui.clients.panel import ClientsPanel


class ProgramPage(FlowPage):
    PAGE = Page.PROGRAM

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.summary = QLabel()
        self.summary.setObjectName("programSummary")
        self.summary.setWordWrap(True)
        # Built on the first visit: detection and the guide renderer are not needed to show the window.
        self.panel: ClientsPanel | None = None
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.summary)
        self.retranslate()

    def ensure_panel(self) -> ClientsPanel:
        if self.panel is None:
            from ftpwizard.gui.clients.panel import ClientsPanel

            self.panel = ClientsPanel()
            self._layout.addWidget(self.panel, 1)
        return self.panel

    def initializePage(self) -> None:
        host = self.state.result.target.host if self.state.result is not None else None
        self.ensure_panel().set_context(self.state.recommended_mode, host, self.state.mode_for_program)
        self.retranslate()



    def retranslate(self) -> None:
        self.setTitle(self.tr("Your FTP program"))
        mode = self.state.recommended_mode
        if mode is None:
            self.setSubTitle(self.tr("Neither mode works yet, so there is nothing to change in your program."))
            self.summary.setText(self.tr("Send the report on the next page to your hosting company."))
        else:
            self.setSubTitle(fill(self.tr("Choose {mode} in your FTP program."), mode=mode_name(mode)))
            self.summary.setText(
                self.tr(
                    "Every FTP program has this setting, but each program names it in its own way: for example "
                    "\"Passive\" in FileZilla, \"Use Passive FTP\" in Internet Options, \"PASV\" in CuteFTP. "
                    "Select a program below to see its name for the two modes and where the setting is."
                )
            )

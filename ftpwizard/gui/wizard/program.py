"""Page 5: the user's FTP program: is it set the way the verdict recommends, and how to change it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ftpwizard.core.vocabulary import fill
from ftpwizard.gui.texts import mode_name
from ftpwizard.gui.wizard.base import FlowPage
from ftpwizard.present.wizard.flow import Page, WizardState

if TYPE_CHECKING:
    from ftpwizard.clients.env import Environment
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
        self.clients_env: Environment | None = None  # where to look for FTP programs (tests: a fake machine)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.summary)
        self.retranslate()

    def ensure_panel(self) -> ClientsPanel:
        if self.panel is None:
            from ftpwizard.gui.clients.panel import ClientsPanel

            self.panel = ClientsPanel(env=self.clients_env)
            self.panel.changed.connect(self._program_changed)
            self._layout.addWidget(self.panel, 1)
        return self.panel

    def initializePage(self) -> None:
        result = self.state.result
        host = result.target.host if result is not None else None
        panel = self.ensure_panel()
        panel.set_context(self.state.recommended_mode, host, self.state.mode_for_program, result)
        # Opens on the customer's program that fails (the flow's choice), so its fix is the first thing seen.
        panel.show_program(self.state.program_to_open)
        self.retranslate()

    def _program_changed(self, _ok: bool, _message: str) -> None:
        """After a change the panel judged the programs again: the wizard keeps the new outcomes."""
        panel, result = self.panel, self.state.result
        if panel is not None and result is not None and panel.probe_result is result:
            self.state.programs_judged(result, list(panel.reports.values()))



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

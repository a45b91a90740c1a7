"""The wizard window: six pages over one WizardState, one probe runner, clean shutdown."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QWizard

from ftpwizard.resources import resource_path
from ftpwizard.ui.translations import install_translators
from ftpwizard.ui.wizard.welcome import WelcomePage
from ftpwizard.ui.worker import ProbeRunner
from ftpwizard.wizard.flow import Page, WizardState

if TYPE_CHECKING:
    import logging

    from ftpwizard.probe.model import ProbeResult
    from ftpwizard.report.model import Report



def _log() -> logging.Logger:
    # logging costs ~9 ms to import: it is first needed after the window shows.
    import logging

    return logging.getLogger(__name__)


class FtpWizard(QWizard):
    languageChanged = Signal(str)

    def __init__(self, state: WizardState, *, defer_pages: bool = False, start_page: Page = Page.WELCOME) -> None:
        """``defer_pages``: build the pages after ``start_page`` later (``ensure_all_pages``), so the
        window shows sooner; the program does that right after showing it. Page 1 names its next page
        itself (the flow), so its Next button is right before page 2 exists."""
        super().__init__()
        self.state = state
        self.setObjectName("ftpwizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWindowIcon(QIcon(resource_path("icons", "ftpwizard.png")))
        self.resize(1040, 720)
        self.setMinimumSize(880, 600)
        self.runner = ProbeRunner(self)
        self.welcome = WelcomePage(state)
        self.setPage(int(Page.WELCOME), self.welcome)
        self._all_pages = False
        if not defer_pages:
            self.ensure_all_pages()
        elif start_page >= Page.SERVER:
            self._ensure_server_page()
        self.setStartId(int(start_page))
        self.welcome.languageChosen.connect(self.set_language)
        self.retranslate()

    def _ensure_server_page(self) -> None:
        # Its line edits, spin box and check box cost ~15 ms before the first window: built only when it
        # is the first page shown, otherwise on the event loop's first turn with the others.
        if self.page(int(Page.SERVER)) is None:
            from ftpwizard.ui.wizard.server import ServerPage

            self.server = ServerPage(self.state)
            self.setPage(int(Page.SERVER), self.server)

    def ensure_all_pages(self) -> None:
        """Build the server, test, verdict, program and finish pages (idempotent)."""
        if self._all_pages:
            return
        self._all_pages = True
        self._ensure_server_page()
        from ftpwizard.ui.wizard.finish import FinishPage
        from ftpwizard.ui.wizard.program import ProgramPage
        from ftpwizard.ui.wizard.testing import TestPage
        from ftpwizard.ui.wizard.verdict import VerdictPage

        self.test = TestPage(self.state, self.runner)
        self.verdict = VerdictPage(self.state)
        self.program = ProgramPage(self.state)
        self.finish = FinishPage(self.state)
        for page_id, page in (
            (Page.TEST, self.test),
            (Page.VERDICT, self.verdict),
            (Page.PROGRAM, self.program),
            (Page.FINISH, self.finish),
        ):
            self.setPage(int(page_id), page)
        self.verdict.changeServerRequested.connect(lambda: self.go_back_to(Page.SERVER))
        self.verdict.trustCertificateRequested.connect(self._trust_certificate)
        self.finish.testAgainRequested.connect(self.test_again)
        self.test.probeFinished.connect(self._probe_finished)
        # Entering the test page, QWizard sets Back after initializePage() has started the probe.
        self.currentIdChanged.connect(lambda _id: self.test.update_buttons())

    # ------------------------------------------------------------ navigation

    def go_back_to(self, page: Page) -> None:
        while self.currentId() > int(page) and self.currentId() != -1:
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break

    def test_again(self) -> None:
        self.go_back_to(Page.TEST)
        self.test.start()

    def _trust_certificate(self, fingerprint: str) -> None:
        self.state.accept_certificate(fingerprint)
        self.test_again()

    def _probe_finished(self, result: ProbeResult) -> None:
        code = result.verdict.code if result.verdict else "cancelled"
        _log().info("probe of %s:%s finished: %s in %.0f ms", result.target.host, result.target.port, code, result.elapsed_ms)

        @functools.cache
        def pictures(lang: str) -> dict[str, bytes]:
            # Two 2x PNGs cost tens of milliseconds on the GUI thread: draw them once per result, not on
            # every Copy/Save click. They carry the interface language's captions, hence the key.
            from ftpwizard.ui.report_actions import handshake_images

            return handshake_images(result)

        def report() -> Report:
            from ftpwizard.ui.report_actions import (
                build_gui_report,  # the report is built only when asked for
            )

            return build_gui_report(result, self._clients_for(result), pictures(self.state.language))

        self.finish.set_report_source(report)

    def _clients_for(self, result: ProbeResult) -> list[dict[str, Any]] | None:
        """The FTP programs found on this PC, for the report (detection is a few file reads)."""
        from ftpwizard.clients.detect import detect_clients
        from ftpwizard.clients.env import Environment

        try:
            panel = self.program.panel if self._all_pages else None
            env = panel.env if panel is not None else Environment.real()
            return [client.to_json() for client in detect_clients(env, host=result.target.host)]
        except Exception:  # a report without the programs beats no report
            _log().exception("detecting FTP programs for the report failed")
            return None

    # ------------------------------------------------------------ language

    def set_language(self, lang: str) -> None:
        if lang == self.state.language:
            return
        self.state.language = lang
        install_translators(lang)  # Qt then sends LanguageChange to every widget
        settings = QSettings()
        settings.setValue("language", lang)
        self.languageChanged.emit(lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("FTP connection check"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))

    # ------------------------------------------------------------ shutdown

    def shutdown(self) -> None:
        """Stop the probe and every animation: nothing may outlive the window."""
        self.runner.shutdown()
        if self._all_pages:
            self.test.stop_animations()
            self.verdict.stop_animations()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        # Escape closes the wizard in QWizard; while testing it should only cancel the test.
        # Qt's namespace is imported here, not at the top: its ~100 enums cost 15-40 ms before the first
        # window (benchmarks/bundle.py); by the first key press the later pages have loaded it anyway.
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.state.probe_running:
            self.runner.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

"""The wizard window: six pages over one WizardState, one probe runner, clean shutdown."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMargins, QPoint, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QWizard

from ftpwizard.resources import resource_path
from ftpwizard.ui.accessibility import install_focus_ring
from ftpwizard.ui.translations import install_translators
from ftpwizard.ui.wizard.server import ServerPage
from ftpwizard.ui.wizard.welcome import WelcomePage
from ftpwizard.ui.worker import ProbeRunner
from ftpwizard.wizard.flow import Page, WizardState

if TYPE_CHECKING:
    import logging

    from ftpwizard.probe.model import ProbeResult
    from ftpwizard.report.model import Report

# The size the pages are laid out for, and the smallest that still works (logical pixels): 1366x768 at
# 150 % is 910x512, less a taskbar and a title bar. Below the comfortable size the pages scroll or reflow.
PREFERRED_SIZE = QSize(1040, 720)
MINIMUM_SIZE = QSize(760, 420)
# A title bar and borders in logical pixels, until the window system tells the real ones (X11 does only
# after the window is shown): Windows 10 and 11 draw 31 + 8 at every scaling.
ASSUMED_FRAME = QMargins(8, 31, 8, 8)


def _log() -> logging.Logger:
    # logging costs ~9 ms to import: it is first needed after the window shows.
    import logging

    return logging.getLogger(__name__)


class FtpWizard(QWizard):
    languageChanged = Signal(str)

    def __init__(self, state: WizardState, *, defer_pages: bool = False) -> None:
        """``defer_pages``: build the pages after the first two later (``ensure_all_pages``), so the
        window shows sooner; the program does that right after showing it."""
        super().__init__()
        self.state = state
        self.setObjectName("ftpwizard")
        install_focus_ring()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWindowIcon(QIcon(resource_path("icons", "ftpwizard.png")))
        self.fit_to_screen()
        self.runner = ProbeRunner(self)
        self.welcome = WelcomePage(state)
        self.server = ServerPage(state)
        self.setPage(int(Page.WELCOME), self.welcome)
        self.setPage(int(Page.SERVER), self.server)
        self._all_pages = False
        if not defer_pages:
            self.ensure_all_pages()
        self.setStartId(int(Page.WELCOME))
        self.welcome.languageChosen.connect(self.set_language)
        self.retranslate()

    def ensure_all_pages(self) -> None:
        """Build the test, verdict, program and finish pages (idempotent)."""
        if self._all_pages:
            return
        self._all_pages = True
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

    def fit_to_screen(self) -> None:
        """Size and place the window inside its screen's available area (taskbar excluded) with its title
        bar and borders: on a 1366x768 laptop at 125 % the preferred size would put the buttons below
        the screen's edge."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        handle = self.windowHandle()
        frame = handle.frameMargins() if handle is not None else QMargins()
        if frame.isNull():
            frame = ASSUMED_FRAME
        room = area.size().shrunkBy(frame)
        self.setMinimumSize(MINIMUM_SIZE.boundedTo(room))
        size = PREFERRED_SIZE.boundedTo(room).expandedTo(self.minimumSize())
        self.resize(size)
        outer = size.grownBy(frame)
        # move() places the frame's top-left corner: centre the whole window, title bar included.
        self.move(area.topLeft() + QPoint((area.width() - outer.width()) // 2, (area.height() - outer.height()) // 2))

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
        if event.key() == Qt.Key.Key_Escape and self.state.probe_running:
            self.runner.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

"""The wizard window: six pages over one WizardState, one probe runner, clean shutdown."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMargins, QPoint, QSettings, QSize, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QMessageBox, QPushButton, QWizard

from ftpwizard.core.resources import resource_path
from ftpwizard.gui.translations import install_translators
from ftpwizard.gui.wizard.base import FlowPage
from ftpwizard.gui.wizard.welcome import WelcomePage
from ftpwizard.gui.worker import ProbeRunner
from ftpwizard.present.wizard.flow import CloseAnswer, Page, PageAction, Route, WizardState

if TYPE_CHECKING:
    import logging

    from ftpwizard.clients.env import Environment
    from ftpwizard.core.probe.model import ProbeResult
    from ftpwizard.present.report.model import Report

# The size the pages are laid out for, and the smallest that still works (logical pixels): 1366x768 at
# 150 % is 910x512, less a taskbar and a title bar. Below the comfortable size the pages scroll or reflow.
PREFERRED_SIZE = QSize(1040, 720)
MINIMUM_SIZE = QSize(760, 420)
# A title bar and borders in logical pixels, until the window system tells the real ones (X11 does only
# after the window is shown): Windows 10 and 11 draw 31 + 8 at every scaling.
ASSUMED_FRAME = QMargins(8, 31, 8, 8)


def _install_focus_ring() -> None:
    from ftpwizard.gui.accessibility import install_focus_ring

    install_focus_ring()


def _log() -> logging.Logger:
    # logging costs ~9 ms to import: it is first needed after the window shows.
    import logging

    return logging.getLogger(__name__)


class FtpWizard(QWizard):
    languageChanged = Signal(str)

    def __init__(self, state: WizardState, *, defer_pages: bool = False) -> None:
        """``defer_pages``: build the pages after the first one shown later (``ensure_all_pages``), so the
        window shows sooner; the program does that right after showing it. Page 1 names its next page
        itself (the flow), so its Next button is right before page 2 exists."""
        super().__init__()
        self.state = state
        self.setObjectName("ftpwizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWindowIcon(QIcon(resource_path("icons", "ftpwizard.png")))
        self.fit_to_screen()
        self.runner = ProbeRunner(self)
        self.clients_env: Environment | None = None
        self.close_question: QMessageBox | None = None
        self.welcome = WelcomePage(state)
        self.setPage(int(Page.WELCOME), self.welcome)
        self._all_pages = False
        if not defer_pages:
            self.ensure_all_pages()
        elif state.start_page >= Page.SERVER:
            self.ensure_server_page()
        self.setStartId(int(Page.WELCOME))
        self.currentIdChanged.connect(self._page_shown)
        self.welcome.languageChosen.connect(self.set_language)
        self.retranslate()

    def ensure_server_page(self) -> None:
        # Its line edits, spin box and check box cost ~15 ms before the first window: built only when it
        # is the first page shown, otherwise on the event loop's first turn with the others.
        if self.page(int(Page.SERVER)) is None:
            from ftpwizard.gui.wizard.server import ServerPage

            self.server = ServerPage(self.state)
            self.setPage(int(Page.SERVER), self.server)

    def ensure_all_pages(self) -> None:
        """Build the server, test, verdict, program and finish pages (idempotent)."""
        if self._all_pages:
            return
        self._all_pages = True
        # The focus ring's style module costs ~70 ms to import (Qt's namespace, QAccessible): it goes over the
        # application's style with the later pages, after the first window has shown.
        _install_focus_ring()
        self.ensure_server_page()
        from ftpwizard.gui.wizard.finish import FinishPage
        from ftpwizard.gui.wizard.program import ProgramPage
        from ftpwizard.gui.wizard.test_page import TestPage
        from ftpwizard.gui.wizard.verdict import VerdictPage

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
        for page in (self.test, self.verdict, self.finish):
            page.actionRequested.connect(self.perform)
        self.test.probeFinished.connect(self._probe_finished)

    def use_clients_environment(self, env: Environment) -> None:
        """Where the verdict and program pages look for FTP programs (the real PC unless told: tests pass a
        fake machine). Call before the program page is first shown."""
        self.ensure_all_pages()
        self.clients_env = env
        self.verdict.clients_env = env
        self.program.clients_env = env

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

    def _page_shown(self, page_id: int) -> None:
        """Enter always means the forward action (Next, Finish): a page's own buttons never take over as the
        default when they get the focus ("Test again" on the Finish page re-ran the whole test)."""
        page = self.page(page_id)
        if page is None:
            return
        for button in page.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        if not isinstance(page, FlowPage):
            return
        # The flow's buttons, the forward one the default again: a page button that had the focus as the
        # page opened took the default from the wizard's button. currentIdChanged comes after QWizard has set
        # its own button states (Back enabled, also on the test page whose initializePage() started the test).
        page.apply_buttons()
        first = page.first_focus()
        if first is not None:
            from PySide6.QtCore import Qt  # not at the top: see keyPressEvent

            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_start_page(self) -> None:
        """Open on the flow's first page. Started with the server's details (--demo, a URL) that is the
        server page, reached through the welcome page: Back leads to the language choice from there too."""
        self.follow(self.state.open_window())

    def perform(self, action: PageAction) -> None:
        """A page's own button: the flow says where it leads."""
        page = self.currentId()
        if page >= 0:
            self.follow(self.state.act(action, Page(page)))

    def follow(self, route: Route | None) -> None:
        """Go where the flow's route leads, then start or stop the test there. A page visited before is
        reached back along QWizard's history (the route's path); else, as on opening, the wizard starts
        over and walks the path with Next, so Back leads along it."""
        if route is None:
            return
        target = int(route.page)
        if target in self.visitedIds():
            while self.currentId() != target:
                before = self.currentId()
                self.back()
                if self.currentId() == before:
                    break
        else:
            self.setStartId(int(route.path[0]))
            self.restart()
            for _page in route.path[1:]:
                self.next()
        if route.stop_test:
            self.test.cancel()
        if route.start_test:
            self.test.start()
        page = self.currentPage()
        if isinstance(page, FlowPage):
            page.apply_buttons()

    def test_again(self) -> None:
        """The Finish page's "Test again"."""
        self.perform(PageAction.TEST_AGAIN)

    def _probe_finished(self, result: ProbeResult) -> None:
        code = result.verdict.code if result.verdict else "cancelled"
        _log().info("probe of %s:%s finished: %s in %.0f ms", result.target.host, result.target.port, code, result.elapsed_ms)

        @functools.cache
        def pictures(lang: str) -> dict[str, bytes]:
            # Two 2x PNGs cost tens of milliseconds on the GUI thread: draw them once per result, not on
            # every Copy/Save click. They carry the interface language's captions, hence the key.
            from ftpwizard.gui.report_actions import handshake_images

            return handshake_images(result)

        def report() -> Report:
            from ftpwizard.gui.report_actions import (
                build_gui_report,  # the report is built only when asked for
            )

            # The outcomes the verdict page (or the program page, after a change) judged: not judged again.
            judged = self.state.judged_programs if self.state.programs_for is result else None
            return build_gui_report(result, self._clients_for(result), pictures(self.state.language), judged)

        self.finish.set_report_source(report)

    def _clients_for(self, result: ProbeResult) -> list[dict[str, Any]] | None:
        """The FTP programs found on this PC, for the report (detection is a few file reads)."""
        from ftpwizard.clients.detect import detect_clients
        from ftpwizard.clients.env import Environment

        try:
            panel = self.program.panel if self._all_pages else None
            env = panel.env if panel is not None else self.clients_env or Environment.real()
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
            self.verdict.shutdown()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)

    def reject(self) -> None:
        """Esc, Close and the window's X: on a result not yet taken to the end (the verdict and program
        pages) ask first; Esc there used to close the program, result and all, without a word."""
        page = self.currentId()
        if self.isVisible() and page >= 0 and self.state.close(Page(page)) is CloseAnswer.ASK:
            self.ask_to_close()
            return
        super().reject()

    def ask_to_close(self) -> None:
        """A window-modal question (open(), not exec(): the event loop and the tests keep running)."""
        if self.close_question is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the program?"),
                          self.tr("Close the program? The result is lost unless you saved or copied the report "
                                  "on the last page."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("closeQuestion")
        close = box.addButton(self.tr("&Close"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)

        def answered() -> None:
            self.close_question = None
            box.deleteLater()
            if box.clickedButton() is close:
                QWizard.reject(self)

        box.finished.connect(answered)
        self.close_question = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)  # QDialog: reject(), which may ask first and keep the window open
        if event.isAccepted():
            self.shutdown()

    def keyPressEvent(self, event) -> None:
        # Escape closes the wizard in QWizard (reject()); the flow says whether it cancels the test instead.
        # Qt's namespace is imported here, not at the top: its ~100 enums cost 15-40 ms before the first
        # window (benchmarks/bundle.py); by the first key press the later pages have loaded it anyway.
        from PySide6.QtCore import Qt

        page = self.currentId()
        if (event.key() == Qt.Key.Key_Escape and page >= 0
                and self.state.escape(Page(page)) is CloseAnswer.CANCEL_TEST):
            self.follow(self.state.cancel_test(Page(page)))
            event.accept()
            return
        super().keyPressEvent(event)

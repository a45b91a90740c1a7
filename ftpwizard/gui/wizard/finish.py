"""Page 6: test again, and the report for the support staff."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ftpwizard.gui.wizard.base import FlowPage
from ftpwizard.present.wizard.flow import Page, PageAction, WizardState

if TYPE_CHECKING:
    from ftpwizard.gui.report_actions import ReportActions
    from ftpwizard.present.report.model import Report


class FinishPage(FlowPage):
    PAGE = Page.FINISH

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.test_again = QPushButton()
        self.test_again.setObjectName("testAgain")
        self.test_again.clicked.connect(lambda: self.request(PageAction.TEST_AGAIN))
        self.report_title = QLabel()
        bold = self.report_title.font()
        bold.setBold(True)
        self.report_title.setFont(bold)
        self.report_text = QLabel()
        self.report_text.setWordWrap(True)
        # Built on the first visit: the report module is not needed to show the window.
        self.report_actions: ReportActions | None = None
        self._report_source: Callable[[], Report | None] | None = None
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        again_row = QHBoxLayout()
        again_row.addWidget(self.test_again)
        again_row.addStretch(1)
        layout.addLayout(again_row)
        layout.addSpacing(12)
        layout.addWidget(self.report_title)
        layout.addWidget(self.report_text)
        self._stretch_index = layout.count()
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def set_report_source(self, source: Callable[[], Report | None] | None) -> None:
        self._report_source = source
        if self.report_actions is not None:
            self.report_actions.set_report_source(source)

    def ensure_actions(self) -> ReportActions:
        if self.report_actions is None:
            from ftpwizard.gui.report_actions import ReportActions

            self.report_actions = ReportActions()
            self._layout.insertWidget(self._stretch_index, self.report_actions)
            self.report_actions.set_report_source(self._report_source)
        return self.report_actions

    def initializePage(self) -> None:
        self.ensure_actions()
        self.retranslate()  # the subtitle depends on the result



    def retranslate(self) -> None:
        self.setTitle(self.tr("Done"))
        if self.state.program_page_skipped:
            # No connection, so no program setting was shown: speak of what can be done instead.
            self.setSubTitle(self.tr("Check the server details, or send the report to your hosting company. "
                                     "Then test again."))
        else:
            # Our test does not go through the customer's FTP program: only that program can show the change worked.
            self.setSubTitle(self.tr("After changing the setting in your FTP program, connect again in that program "
                                     "and check that the file list appears."))
        self.text.setText(self.tr("Still no file list? Press [Test again], or send the report below to your "
                                  "hosting company."))
        self.test_again.setText(self.tr("&Test again"))
        self.report_title.setText(self.tr("Report for your hosting company"))
        self.report_text.setText(
            self.tr("If you need help, copy or save the report and send it to your hosting company's support. "
                    "It contains everything they need, and never your password.")
        )

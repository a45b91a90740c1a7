"""What every wizard page shares: the flow decides the next page and the buttons, a page's own buttons ask the
flow for their route (through the window), and a language switch retranslates."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QPushButton, QWidget, QWizard, QWizardPage

from ftpwizard.present.wizard.flow import Buttons, Page, PageAction, WizardState


class FlowPage(QWizardPage):
    PAGE: Page

    # One of the page's own buttons was pressed: the window asks the flow where it leads and follows.
    actionRequested = Signal(object)  # PageAction

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state

    def nextId(self) -> int:  # the plain-Python flow decides, so it is tested without Qt
        nxt = self.state.next_page(self.PAGE)
        return int(nxt) if nxt is not None else -1

    def isComplete(self) -> bool:
        return self.state.buttons(self.PAGE).forward_enabled

    def apply_buttons(self) -> None:
        """Show the flow's buttons for this page. Call after completeChanged.emit() and after the wizard has
        switched to this page: QWizard re-enables Back at both."""
        buttons = self.state.buttons(self.PAGE)
        self.show_actions(buttons)
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return
        wizard.button(QWizard.WizardButton.BackButton).setEnabled(buttons.back_enabled)
        forward = wizard.button(QWizard.WizardButton.FinishButton if buttons.forward == "finish"
                                else QWizard.WizardButton.NextButton)
        if isinstance(forward, QPushButton):
            forward.setDefault(True)

    def show_actions(self, buttons: Buttons) -> None:
        """Show, hide, enable and name the page's own buttons as ``buttons`` says (pages with buttons)."""

    def request(self, action: PageAction) -> None:
        self.actionRequested.emit(action)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def first_focus(self) -> QWidget | None:
        """The widget that gets the keyboard focus when the page is shown (None: Qt's choice)."""
        return None


def ensure_later_pages(page: QWizardPage) -> None:
    """The window may build its later pages only after showing itself: make sure they exist now."""
    ensure = getattr(page.wizard(), "ensure_all_pages", None)
    if ensure is not None:
        ensure()

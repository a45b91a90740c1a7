"""What every wizard page shares: the flow decides the next page, and a language switch retranslates."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizardPage

from ftpwizard.wizard.flow import Page, WizardState


class FlowPage(QWizardPage):
    PAGE: Page

    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self.state = state

    def nextId(self) -> int:  # the plain-Python flow decides, so it is tested without Qt
        nxt = self.state.next_page(self.PAGE)
        return int(nxt) if nxt is not None else -1

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

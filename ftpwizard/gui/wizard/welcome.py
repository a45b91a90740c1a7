"""Page 1: what the program does, how long it takes, and the language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout

from ftpwizard.core.i18n import LANGUAGES, native_name
from ftpwizard.gui.wizard.base import FlowPage
from ftpwizard.present.wizard.flow import Page, WizardState


class WelcomePage(FlowPage):
    PAGE = Page.WELCOME

    languageChosen = Signal(str)

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("intro")
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(native_name(lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(state.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.steps)
        layout.addStretch(1)
        layout.addLayout(form)
        self.retranslate()

    def _language_changed(self) -> None:
        lang = self.language.currentData()
        if lang != self.state.language:
            self.languageChosen.emit(lang)


    def retranslate(self) -> None:
        self.setTitle(self.tr("Why doesn't my FTP file list show up?"))
        self.setSubTitle(self.tr("This check takes about 10 seconds."))
        self.intro.setText(
            self.tr(
                "Your FTP program logs in, but the list of files never appears? This program tests the "
                "two ways FTP can send the list (active and passive mode) from this PC to your server, "
                "shows you where it stops, and tells you which setting to choose."
            )
        )
        self.steps.setText(
            self.tr(
                "1. Enter your server's address (from your hosting company's e-mail).\n"
                "2. Watch both tests run.\n"
                "3. Read the result and change your FTP program's setting; we show you where."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))



    def validatePage(self) -> bool:
        # The server page is built after the first window shows (start-up); Next from here needs it now.
        # Only it: a start with the server's details walks through here before the window shows.
        ensure = getattr(self.wizard(), "ensure_server_page", None)
        if ensure is not None:
            ensure()
        return True

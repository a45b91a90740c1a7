"""Page 2: the server to test. Validation under the field, in plain words, from the engine's parser."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ftpwizard.ui.server_settings import remember_server_input
from ftpwizard.ui.texts import target_error_text
from ftpwizard.ui.wizard.base import FlowPage, ensure_later_pages
from ftpwizard.wizard.flow import DEFAULT_PORT, IMPLICIT_PORT, Page, ServerInput, WizardState

TLS_CHOICES = ("none", "explicit", "implicit")


class ServerPage(FlowPage):
    PAGE = Page.SERVER

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self._loading = False
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setClearButtonEnabled(True)
        self.error = QLabel()
        self.error.setObjectName("hostError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QCheckBox()
        self.show_password.toggled.connect(self._toggle_password)
        self.tls = QComboBox()
        self.tls.setObjectName("tls")
        for choice in TLS_CHOICES:
            self.tls.addItem("", choice)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        hint_font = QFont(self.hint.font())
        hint_font.setPointSizeF(max(8.0, hint_font.pointSizeF() * 0.92))
        self.hint.setFont(hint_font)
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        self.labels = {name: QLabel() for name in ("host", "port", "user", "password", "tls")}
        for name, widget in (("host", self.host), ("port", self.port), ("user", self.user),
                             ("password", self.password), ("tls", self.tls)):
            self.labels[name].setBuddy(widget)
        form = QFormLayout()
        form.addRow(self.labels["host"], self.host)
        form.addRow("", self.error)
        form.addRow(self.labels["port"], self.port)
        form.addRow(self.labels["user"], self.user)
        form.addRow(self.labels["password"], self.password)
        form.addRow("", self.show_password)
        form.addRow(self.labels["tls"], self.tls)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self.setTabOrder(self.host, self.port)
        self.setTabOrder(self.port, self.user)
        self.setTabOrder(self.user, self.password)
        self.setTabOrder(self.password, self.show_password)
        self.setTabOrder(self.show_password, self.tls)

        self.host.textChanged.connect(self._changed)
        self.host.editingFinished.connect(self._absorb_url)
        self.port.valueChanged.connect(self._changed)
        self.user.textChanged.connect(self._changed)
        self.password.textChanged.connect(self._changed)
        self.tls.currentIndexChanged.connect(self._tls_changed)
        self.retranslate()
        self.show_input(state.server)

    # ------------------------------------------------------------ state <-> fields

    def show_input(self, server: ServerInput) -> None:
        self._loading = True
        try:
            self.host.setText(server.host)
            self.port.setValue(server.port)
            self.user.setText(server.user)
            self.password.setText(server.password)
            self.tls.setCurrentIndex(TLS_CHOICES.index(server.tls))
        finally:
            self._loading = False
        self._changed()

    def _read_fields(self) -> None:
        s = self.state.server
        s.host = self.host.text()
        s.port = self.port.value()
        s.user = self.user.text()
        s.password = self.password.text()
        s.tls = self.tls.currentData()

    def _changed(self) -> None:
        if self._loading:
            return
        previous = self.state.server.host
        self._read_fields()
        pasted = len(self.state.server.host) - len(previous) > 3
        if pasted and "://" in self.state.server.host and self.state.server.absorb_url():
            # A pasted ftp://user@host:port is split into the fields at once; typed, when editing ends.
            self.show_input(self.state.server)
            return
        error = self.state.server.validation_error()
        # Say nothing about an empty field the user has not typed in yet.
        self._show_error("" if error is None or (error.key == "empty" and not self.host.isModified()) else target_error_text(error))

    def _absorb_url(self) -> None:
        if self._loading:
            return
        self._read_fields()
        if self.state.server.absorb_url():
            self.show_input(self.state.server)
        else:
            error = self.state.server.validation_error()
            self._show_error("" if error is None else target_error_text(error))

    def _show_error(self, text: str) -> None:
        """The problem with the input under the fields ("" hides it); Next follows the new state."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.completeChanged.emit()

    def _tls_changed(self) -> None:
        tls = self.tls.currentData()
        if tls == "implicit" and self.port.value() == DEFAULT_PORT:
            self.port.setValue(IMPLICIT_PORT)
        elif tls != "implicit" and self.port.value() == IMPLICIT_PORT:
            self.port.setValue(DEFAULT_PORT)
        self._changed()

    def _toggle_password(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    # ------------------------------------------------------------ QWizardPage

    def isComplete(self) -> bool:
        return self.state.can_leave(Page.SERVER)

    def validatePage(self) -> bool:
        self._read_fields()
        self.state.server.absorb_url()
        if not self.state.can_leave(Page.SERVER):
            return False
        self.remember()
        ensure_later_pages(self)
        return True


    def remember(self) -> None:
        """Host, port, user and TLS choice for next time; the password never."""
        remember_server_input(self.state.server)


    def retranslate(self) -> None:
        self.setTitle(self.tr("Your FTP server"))
        self.setSubTitle(self.tr("Use the details your hosting company gave you. You can also paste an ftp:// address."))
        self.labels["host"].setText(self.tr("Server &address:"))
        self.labels["port"].setText(self.tr("&Port:"))
        self.labels["user"].setText(self.tr("&User name:"))
        self.labels["password"].setText(self.tr("Pass&word:"))
        self.labels["tls"].setText(self.tr("&Secure connection:"))
        self.host.setPlaceholderText(self.tr("ftp.example.com"))
        self.user.setPlaceholderText(self.tr("empty = anonymous"))
        self.show_password.setText(self.tr("S&how password"))
        self.tls.setItemText(0, self.tr("No (plain FTP)"))
        self.tls.setItemText(1, self.tr("FTPS, explicit (AUTH TLS)"))
        self.tls.setItemText(2, self.tr("FTPS, implicit (port 990)"))
        self.host.setAccessibleName(self.tr("Server address"))
        self.port.setAccessibleName(self.tr("Port"))
        self.user.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.show_password.setAccessibleName(self.tr("Show password"))
        self.tls.setAccessibleName(self.tr("Secure connection"))
        self.error.setAccessibleName(self.tr("Problem with the server address"))
        self.hint.setText(self.tr("The password is used only for this test. It is never saved or shown in the report."))
        self._changed()

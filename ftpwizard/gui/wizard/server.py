"""Page 2: the server to test. Validation under the field, in plain words, from the engine's parser."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ftpwizard.core.probe.target import TargetError, parse_port
from ftpwizard.core.vocabulary import QT_TRANSLATE_NOOP, fill
from ftpwizard.gui.server_settings import remember_server_input
from ftpwizard.gui.texts import target_error_text
from ftpwizard.gui.wizard.base import FlowPage, ensure_later_pages
from ftpwizard.present import theme
from ftpwizard.present.wizard.flow import DEFAULT_PORT, IMPLICIT_PORT, Page, ServerInput, WizardState

TLS_CHOICES = ("none", "explicit", "implicit")
ERROR_STYLE = f"color: {theme.INPUT_ERROR};"

# What each scenario of the built-in demo server (--demo --scenario S) makes the server behave like.
DEMO_SCENARIOS = {
    "healthy": QT_TRANSLATE_NOOP("ServerPage", "a healthy server: both modes work"),
    "client-firewall": QT_TRANSLATE_NOOP("ServerPage", "a firewall on your PC that blocks the data connection of active mode"),
    "client-nat": QT_TRANSLATE_NOOP("ServerPage", "a router that changes your PC's address, so the server refuses active mode"),
    "server-firewall": QT_TRANSLATE_NOOP("ServerPage", "a server firewall that blocks the data connection of passive mode"),
    "bad-pasv-address": QT_TRANSLATE_NOOP("ServerPage", "a server that gives a wrong internal address in passive mode"),
}


class PortField(QLineEdit):
    """The port as typed. A spin box rewrote bad input on its own (70000 became 7000, 0 went back to
    21); this field keeps every keystroke and the page says what is wrong with it."""

    def value(self) -> int | None:
        try:
            return parse_port(self.text())
        except TargetError:
            return None

    def setValue(self, port: int) -> None:
        self.setText(str(port))


class ServerPage(FlowPage):
    PAGE = Page.SERVER

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self._loading = False
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setClearButtonEnabled(True)
        self.error = self._error_label("hostError")
        self.port = PortField()
        self.port.setObjectName("port")
        self.port.setMaxLength(12)  # room to show what was typed wrong, not a place for an address
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("0" * 10) + 16)
        self.port.setValue(DEFAULT_PORT)
        self.port_error = self._error_label("portError")
        self.demo_note = QLabel()
        self.demo_note.setObjectName("demoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.setFrameShape(QFrame.Shape.StyledPanel)  # stands apart from the fields it explains
        self.demo_note.setMargin(8)
        self.demo_note.setVisible(False)
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
        form.addRow("", self.port_error)
        form.addRow(self.labels["user"], self.user)
        form.addRow(self.labels["password"], self.password)
        form.addRow("", self.show_password)
        form.addRow(self.labels["tls"], self.tls)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo_note)
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
        self.port.textChanged.connect(self._changed)
        self.user.textChanged.connect(self._changed)
        self.password.textChanged.connect(self._changed)
        self.tls.currentIndexChanged.connect(self._tls_changed)
        # The fields show the state before anything reads them back: reading the still-empty fields first
        # wiped the details the program was started with (--demo, a URL, the remembered server).
        self.show_input(state.server)
        self.retranslate()

    @staticmethod
    def _error_label(name: str) -> QLabel:
        """A problem with the input, in red under the field it concerns."""
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        return label

    # ------------------------------------------------------------ state <-> fields

    def show_input(self, server: ServerInput) -> None:
        self._loading = True
        try:
            self.host.setText(server.host)
            self.port.setText(server.bad_port_text if server.bad_port_text is not None else str(server.port))
            self.user.setText(server.user)
            self.password.setText(server.password)
            self.tls.setCurrentIndex(TLS_CHOICES.index(server.tls))
        finally:
            self._loading = False
        self._changed()

    def _read_fields(self) -> None:
        s = self.state.server
        s.host = self.host.text()
        s.set_port_text(self.port.text())
        s.user = self.user.text()
        s.password = self.password.text()
        s.tls = self.tls.currentData()

    def _changed(self) -> None:
        if self._loading:
            return
        previous = self.state.server.host
        self._read_fields()
        pasted = len(self.state.server.host) - len(previous) > 3
        if pasted and self.state.server.absorb_url():
            # A pasted ftp://user@host:port or host:port is split into the fields at once; typed, when
            # editing ends.
            self.show_input(self.state.server)
            return
        # Say nothing about an empty field the user has not typed in yet.
        self._show_errors(quiet_when_empty=not self.host.isModified())

    def _absorb_url(self) -> None:
        if self._loading:
            return
        self._read_fields()
        if self.state.server.absorb_url():
            self.show_input(self.state.server)
        else:
            self._show_errors(quiet_when_empty=False)

    def _show_errors(self, *, quiet_when_empty: bool) -> None:
        """The problem with the input next to the field it concerns (the port's under the Port field);
        Next follows the new state."""
        error = self.state.server.validation_error()
        text = "" if error is None or (error.key == "empty" and quiet_when_empty) else target_error_text(error)
        about_port = error is not None and error.key in ("bad_port", "port_conflict")
        for label, shown in ((self.error, not about_port), (self.port_error, about_port)):
            label.setText(text if shown else "")
            # The whole row: a hidden label alone still leaves the form's row spacing as a gap.
            self._form.setRowVisible(label, shown and bool(text))
        self.completeChanged.emit()

    def _tls_changed(self) -> None:
        tls = self.tls.currentData()
        if tls == "implicit" and self.port.value() == DEFAULT_PORT:
            self.port.setValue(IMPLICIT_PORT)
        elif tls != "implicit" and self.port.value() == IMPLICIT_PORT:
            self.port.setValue(DEFAULT_PORT)
        self._changed()

    def _show_demo_note(self) -> None:
        scenario = self.state.demo_scenario
        self.demo_note.setVisible(scenario is not None)
        if scenario is not None:
            what = self.tr(DEMO_SCENARIOS.get(scenario, scenario))
            self.demo_note.setText(fill(self.tr("This is the built-in demo server, running on this PC. It simulates {problem}."),
                                        problem=what))

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
        self.port_error.setAccessibleName(self.tr("Problem with the port"))
        self.hint.setText(self.tr("The password is used only for this test. It is never saved or shown in the report."))
        self._show_demo_note()
        # Only the texts change: the fields are not read back here (that wiped given details, issue 12).
        self._show_errors(quiet_when_empty=not self.host.isModified())

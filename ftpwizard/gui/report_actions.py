"""The Finish page's support buttons: copy the report, save it as a file, open the log folder.

The wizard calls ``set_report_source(lambda: build_report(result, clients, images))``; the report is built
when a button is pressed, so it always shows the latest result. The save dialog and the folder opener are
module-level functions (``ask_save_path``, ``open_folder``) so tests can replace them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QSettings,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ftpwizard.core.probe.model import MODES, ProbeResult
from ftpwizard.core.vocabulary import fill
from ftpwizard.gui.accessibility import set_status
from ftpwizard.gui.translations import current_language
from ftpwizard.present import theme
from ftpwizard.present.report.logging_setup import log_folder
from ftpwizard.present.report.model import Report, build_report, report_file_name
from ftpwizard.present.report.render_text import to_text
from ftpwizard.present.report.write import format_of, write_report

if TYPE_CHECKING:
    from ftpwizard.clients.program_reports import ProgramReport

SETTINGS_LAST_FOLDER = "report/last_folder"
FILTER_EXTENSIONS = (("html", "*.html"), ("json", "*.json"), ("txt", "*.txt"))


def qimage_to_png(image: QImage) -> bytes:
    """PNG bytes of a QImage (the handshake widget's ``render_image(w, h)``); b"" for a null image."""
    if image.isNull():
        return b""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
    buffer.close()
    return bytes(data.data())


def images_from_views(views: Mapping[str, Any], width: int = 680, height: int = 380,
                      device_pixel_ratio: float = 1.0) -> dict[str, bytes]:
    """{"active": png, "passive": png} from handshake views that have ``render_image(w, h, dpr) -> QImage``;
    a view that gives no picture is left out."""
    images: dict[str, bytes] = {}
    for mode, view in views.items():
        image = view.render_image(width, height, device_pixel_ratio)
        if image is not None and not image.isNull():
            images[mode] = qimage_to_png(image)
    return images


def handshake_images(result: ProbeResult, width: int = 760, height: int = 444,
                     device_pixel_ratio: float = 2.0) -> dict[str, bytes]:
    """The handshake widget's still picture of each tested mode, as PNG (2x: sharp in print and zoom)."""
    from ftpwizard.gui.handshake_view import HandshakeView  # the report works without it (tests, CLI)

    port = int(getattr(result.target, "port", 21) or 21)
    views: dict[str, HandshakeView] = {mode: HandshakeView(mode, control_port=port) for mode in MODES if result.modes.get(mode) is not None}
    try:
        for mode, view in views.items():
            view.set_animations_enabled(False)
            view.show_result(result.modes[mode])
        return images_from_views(views, width, height, device_pixel_ratio)
    finally:
        for view in views.values():
            view.stop()
            view.deleteLater()


def build_gui_report(result: ProbeResult, clients: list[dict[str, Any]] | None,
                     images: dict[str, bytes] | None = None,
                     programs: Sequence[ProgramReport] | None = None) -> Report:
    """The wizard's report: like the command line's, with the handshake widget's pictures
    (``images``: already drawn by ``handshake_images(result)``; None draws them now) and the programs' outcomes
    the wizard already judged (``programs``; None: not judged yet)."""
    return build_report(result, clients, handshake_images(result) if images is None else images,
                        programs=None if programs is None else list(programs))


def ask_save_path(parent: QWidget | None, default_path: str) -> str | None:
    """The save dialog (tests replace this function). Returns the chosen path, or None when cancelled."""
    title = QCoreApplication.translate("ReportActions", "Save report")
    filters = ";;".join((
        QCoreApplication.translate("ReportActions", "Web page report (*.html)"),
        QCoreApplication.translate("ReportActions", "JSON for scripts (*.json)"),
        QCoreApplication.translate("ReportActions", "Plain text (*.txt)"),
    ))
    path, chosen_filter = QFileDialog.getSaveFileName(parent, title, default_path, filters)
    if not path:
        return None
    if not Path(path).suffix:  # the user typed a bare name: take the extension of the chosen type
        for ext, pattern in FILTER_EXTENSIONS:
            if pattern in chosen_filter:
                return f"{path}.{ext}"
        return f"{path}.html"
    return path


def _opener_program() -> str | None:
    """The program that opens folders where that is one (xdg-open on Linux and the BSDs), else None."""
    if sys.platform in ("win32", "darwin"):
        return None
    return shutil.which("xdg-open")


def open_folder(folder: Path, done: Callable[[bool], None]) -> None:
    """Open ``folder`` in the system's file manager and call ``done(opened)`` once that is known.

    Windows and macOS say at once whether it worked. Elsewhere Qt only starts xdg-open and says True even
    when xdg-open then finds no file manager: there xdg-open's exit status is the answer. It is awaited on
    a thread (the file manager may take its time), and ``done`` is then called from that thread.
    """
    opener = _opener_program()
    if opener is None:
        done(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        return

    def wait_for_opener() -> None:
        try:
            opened = subprocess.run([opener, str(folder)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, check=False).returncode == 0
        except OSError:
            opened = False
        done(opened)

    threading.Thread(target=wait_for_opener, name="log-folder-opener", daemon=True).start()


def _default_folder() -> str:
    for location in (QStandardPaths.StandardLocation.DesktopLocation, QStandardPaths.StandardLocation.DocumentsLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and os.path.isdir(folder):
            return folder
    return str(Path.home())


class ReportActions(QWidget):
    """Three buttons and a status line that confirms what happened (or says plainly what went wrong)."""

    reportCopied = Signal(str)  # the text put on the clipboard
    reportSaved = Signal(str)  # the file written
    logFolderOpened = Signal(str)
    failed = Signal(str)  # the message shown
    _folderOpenerDone = Signal(str, bool)  # from the opener's thread: folder, opened

    def __init__(self, parent: QWidget | None = None, lang: str | None = None,
                 log_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._log_dir = log_dir
        self._source: Callable[[], Report | None] | None = None

        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyReport")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveReport")
        self.log_button = QPushButton()
        self.log_button.setObjectName("openLogFolder")
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        # Selectable: a path shown here is there to be copied.
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)

        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.log_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.copy_button.clicked.connect(self.copy_report)
        self.save_button.clicked.connect(self.save_report)
        self.log_button.clicked.connect(self.open_log_folder)
        self._folderOpenerDone.connect(self._log_folder_opened)
        self._update_enabled()
        self.retranslate()

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("&Copy report"))
        self.copy_button.setToolTip(self.tr("Copies a short text report: paste it into a chat or an e-mail."))
        self.save_button.setText(self.tr("&Save report..."))
        self.save_button.setToolTip(self.tr("Saves the full report as a web page (HTML) or as JSON."))
        self.log_button.setText(self.tr("&Open log folder"))
        self.log_button.setToolTip(self.tr("Opens the folder with ftpwizard's log files (passwords are never logged)."))
        self.status.setAccessibleName(self.tr("Report status"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def lang(self) -> str:
        """The report's language: the one given, else the application's (install_translators sets QLocale)."""
        if self._lang:
            return self._lang
        return current_language()

    # ------------------------------------------------------------ wiring

    def set_report_source(self, source: Callable[[], Report | None] | None) -> None:
        self._source = source
        self._update_enabled()

    def set_language(self, lang: str | None) -> None:
        """Fix the report's language (None: follow the application's)."""
        self._lang = lang

    def _update_enabled(self) -> None:
        has_source = self._source is not None
        self.copy_button.setEnabled(has_source)
        self.save_button.setEnabled(has_source)

    def _report(self) -> Report | None:
        if self._source is None:
            return None
        try:
            return self._source()
        except Exception:  # a bug behind the source must not crash the Finish page
            self._show_error(self.tr("The report could not be made. Please test again."))
            return None

    def _show_ok(self, text: str) -> None:
        self.status.setStyleSheet(f"color: {theme.REPORT_OK}; font-weight: bold;")
        set_status(self.status, "✓ " + text, again=True)

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet(f"color: {theme.REPORT_ERROR};")
        set_status(self.status, text, again=True)
        self.failed.emit(text)

    # ------------------------------------------------------------ actions

    def copy_report(self) -> None:
        report = self._report()
        if report is None:
            return
        text = to_text(report, self.lang)
        QGuiApplication.clipboard().setText(text)
        self._show_ok(self.tr("Report copied. Paste it into the chat or e-mail with Ctrl+V."))
        self.reportCopied.emit(text)

    def save_report(self) -> None:
        report = self._report()
        if report is None:
            return
        settings = QSettings()
        folder = str(settings.value(SETTINGS_LAST_FOLDER, "") or "")
        if not folder or not os.path.isdir(folder):
            folder = _default_folder()
        path = ask_save_path(self, os.path.join(folder, report_file_name(report, "html")))
        if not path:
            return
        if format_of(path) is None:
            path = f"{path}.html"
        error = write_report(report, path, self.lang)
        if error:
            self._show_error(error)
            return
        settings.setValue(SETTINGS_LAST_FOLDER, str(Path(path).parent))
        self._show_ok(fill(self.tr("Report saved: {path}"), path=path))
        self.reportSaved.emit(path)

    def open_log_folder(self) -> None:
        folder = self._log_dir or log_folder()
        with contextlib.suppress(OSError):  # a folder that cannot be made: the opener fails and we say so
            folder.mkdir(parents=True, exist_ok=True)
        self.status.setStyleSheet("")
        self.status.setText(fill(self.tr("Opening the log folder: {folder}"), folder=folder))

        def done(opened: bool) -> None:
            with contextlib.suppress(RuntimeError):  # the window closed before the opener finished
                self._folderOpenerDone.emit(str(folder), opened)

        open_folder(folder, done)

    def _log_folder_opened(self, folder: str, opened: bool) -> None:
        if opened:
            self._show_ok(fill(self.tr("Log folder opened: {folder}"), folder=folder))
            self.logFolderOpened.emit(folder)
        else:
            self._show_error(fill(self.tr("The log folder could not be opened. It is here: {folder}"), folder=folder))

"""The program panel's picture guide: where the setting is, as pictures drawn at the screen's pixel ratio,
each followed by its words as selectable text and a Copy button per command to type. Split out of
panel.py (its "next part to become its own widget"): it only needs the guide's id and the mode to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ftpwizard.core.vocabulary import fill
from ftpwizard.gui.clients.guide_renderer import GuidePicture, render_guide
from ftpwizard.gui.clients.picture_view import PictureView
from ftpwizard.gui.translations import current_language


class GuideStrip(QScrollArea):
    # A command was copied to the clipboard: the panel says so in its status line.
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pictures = QWidget()
        self.pictures_layout = QVBoxLayout(self.pictures)
        self.pictures_layout.setContentsMargins(0, 0, 0, 0)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.pictures)
        # Small: on a 1366x768 screen at 150 % the page has about 320 pixels for everything; it scrolls.
        self.setMinimumHeight(120)
        self._shown: tuple[str, str | None] | None = None  # (guide id, mode) now shown
        self._drawn_at: float | None = None  # the device pixel ratio they were drawn for

    def show_guide(self, guide_id: str, mode: str | None) -> None:
        """The guide's pictures for ``mode`` ("passive"/"active"/None: both names), in the current language."""
        while self.pictures_layout.count():
            item = self.pictures_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()  # deleted later: until then it must not paint over the new pictures
                w.deleteLater()
        dpr = self.devicePixelRatioF()
        for picture in render_guide(guide_id, mode, current_language(), dpr):
            self.pictures_layout.addWidget(PictureView(picture))
            self.pictures_layout.addWidget(self._words(picture))
            for line in picture.words.lines:
                if line.command:
                    self.pictures_layout.addWidget(self._command_row(line.command))
        self.pictures_layout.addStretch(1)
        self._shown, self._drawn_at = (guide_id, mode), dpr

    def _words(self, picture: GuidePicture) -> QLabel:
        words = QLabel(picture.words.plain())
        words.setObjectName("guideText")
        words.setTextFormat(Qt.TextFormat.PlainText)
        words.setWordWrap(True)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        words.setAccessibleName(picture.words.header)
        words.setContentsMargins(8, 6, 8, 18)  # apart from the next picture: the text belongs to the one above
        return words

    def _command_row(self, command: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        field = QLineEdit(command)
        field.setObjectName("guideCommand")
        field.setReadOnly(True)
        field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        field.setAccessibleName(self.tr("Command to type"))
        field.setCursorPosition(0)
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("copyCommand")
        copy.setAccessibleName(fill(self.tr("Copy the command: {command}"), command=command))
        copy.clicked.connect(lambda: self._copy(command))
        layout.addWidget(field, 1)
        layout.addWidget(copy)
        return row

    def _copy(self, command: str) -> None:
        QGuiApplication.clipboard().setText(command)
        self.copied.emit(fill(self.tr("Copied: {command}"), command=command))

    def showEvent(self, event: QShowEvent) -> None:
        # Shown on another screen than the one it was drawn for (or first shown there): draw again, sharp.
        if self._shown is not None and self._drawn_at != self.devicePixelRatioF():
            self.show_guide(*self._shown)
        super().showEvent(event)

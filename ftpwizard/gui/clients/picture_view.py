"""One guide picture on the program page, scaled to the room it has."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ftpwizard.gui.clients.guide_renderer import GuidePicture


class PictureView(QWidget):
    """A guide picture that shrinks to the available width (never enlarged, so text stays crisp). It carries
    the picture's words as its accessible description, for screen readers."""

    def __init__(self, picture: GuidePicture) -> None:
        super().__init__()
        self.image: QImage = picture.image
        self.setAccessibleName(picture.words.header)
        self.setAccessibleDescription(picture.words.plain())
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _logical(self) -> QSize:
        """The picture's size in the layout's (device-independent) pixels."""
        return self.image.deviceIndependentSize().toSize()

    def sizeHint(self) -> QSize:
        return self._logical()

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(200))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        size = self._logical()
        w = min(width, size.width())
        return round(size.height() * w / max(1, size.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        w = min(self.width(), self._logical().width())
        target = QRect(0, 0, w, self.heightForWidth(w))
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.drawImage(target, self.image)
        p.end()

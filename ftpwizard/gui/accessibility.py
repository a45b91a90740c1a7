"""What keyboard and screen-reader users need from every page: a focus ring that can be seen, and status
lines that are spoken when they change."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyle, QStyleOption, QWidget

FOCUS_RING_PX = 2.0


class FocusRingStyle(QProxyStyle):
    """The platform's style, plus a clear ring in the theme's highlight colour around the focused button
    (Windows draws a faint dotted line that users of the wizard could not find)."""

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and option.state & QStyle.StateFlag.State_HasFocus:
            draw_focus_ring(painter, option)


def draw_focus_ring(painter: QPainter, option: QStyleOption) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_RING_PX)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_RING_PX / 2 + 0.5
    painter.drawRoundedRect(option.rect.toRectF().adjusted(inset, inset, -inset, -inset), 3, 3)
    painter.restore()


def install_focus_ring() -> None:
    """Put FocusRingStyle over the application's style (once)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not isinstance(app.style(), FocusRingStyle):
        # Over a new copy of the current style, by name (a -style argument included): the application
        # deletes its old style object when given the new one.
        app.setStyle(FocusRingStyle(app.style().name()))


ANNOUNCED = "ftpwizard_announced"  # label property: the last announced text, digits left out


def set_status(label: QLabel, text: str, *, again: bool = False) -> bool:
    """Show ``text`` in a status line and have screen readers say it: they read a label when it gets
    focus, not when its text changes. The text is kept as the label's description (an active screen
    reader hears DescriptionChanged) and announced, except when only its numbers changed (a countdown
    must not be read out every second); ``again`` announces a repeated message too (a second copy).
    Plain-text labels only. Returns whether it was announced."""
    label.setText(text)
    label.setAccessibleDescription(text)
    return announce(label, text, again=again)


def announce(widget: QWidget, text: str, *, again: bool = False) -> bool:
    """Have screen readers say ``text`` for ``widget`` (a part of a page that appears later, such as the
    verdict page's program lines), unless it was just said or only its numbers changed (see set_status)."""
    key = re.sub(r"\d+", "#", text)
    if not text or (key == widget.property(ANNOUNCED) and not again):
        return False
    widget.setProperty(ANNOUNCED, key)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    return True

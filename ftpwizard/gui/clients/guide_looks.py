"""The looks of the guide pictures: one small class per era of dialog (classic Windows, XP, Windows 10,
macOS, a terminal, a plain card), each with its colours as named constants and the few widgets that differ.

This module owns EVERY colour of the guide pictures (the looks' and the shared ones in ``Ink``); the
renderer and the layout hold none. A new look is one class here plus its name in ``LOOKS``; where things
go is decided by ftpwizard.clients.guide_layout from the look's ``frame`` numbers only.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPainterPath, QPen

from ftpwizard.clients.guide_parts import WindowFrame

UI_FAMILIES = ["Malgun Gothic", "NanumGothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "DejaVu Sans"]
MONO_FAMILIES = ["D2Coding", "NanumGothicCoding", "Consolas", "Menlo", "DejaVu Sans Mono"]


def ui_font(px: int = 12, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def mono_font(px: int = 13) -> QFont:
    font = QFont()
    font.setFamilies(MONO_FAMILIES)
    font.setPixelSize(px)
    return font


class Ink:
    """Colours every look shares: our own marks, the instruction panel, the card, the terminal's text."""

    CALLOUT = QColor("#e0201c")  # red boxes, numbered circles, tags
    ON_CALLOUT = QColor("#ffffff")
    PANEL_BORDER = QColor("#c8d0da")  # the instruction panel and the card
    PANEL = QColor("#ffffff")
    PANEL_HEADER = QColor("#5a6673")
    PANEL_TEXT = QColor("#1d1d1f")
    BADGE_WARNING = QColor("#d98c00")  # "!"
    BADGE_INFO = QColor("#3b7dd8")  # "i", and the card's bullets
    BADGE_OTHER = QColor("#5a6673")  # "※"
    WINDOW_SHADOW = QColor(0, 0, 0, 40)
    MENU_SHADOW = QColor(0, 0, 0, 50)
    BEVEL_LIGHT = QColor("#ffffff")
    BEVEL_DARK = QColor("#404040")
    WHITE = QColor("#ffffff")
    BLACK = QColor("#000000")
    RULE = QColor("#c0c0c0")  # a group's line
    SEPARATOR = QColor("#c8c8c8")  # a menu's separator
    PANE_RULE = QColor("#e6e6e6")  # the empty file panes' rows
    EDGE = QColor("#a0a0a0")  # frames of menus, tabs, tab pages
    TOOL_ICON = QColor("#f2c744")
    TOOL_ICON_EDGE = QColor("#9a7a10")
    RADIO_EDGE = QColor("#333333")
    COMMAND = QColor("#7fd962")  # a terminal line to type, and the prompt
    OUTPUT = QColor("#e6e6e6")  # a terminal line the program prints
    ADDRESS_BAR = QColor("#f1f3f4")
    ADDRESS_BAR_EDGE = QColor("#dadce0")
    ADDRESS_TEXT = QColor("#3c4043")


def bevel(p: QPainter, r: QRectF, raised: bool, fill: QColor | None = None) -> None:
    if fill is not None:
        p.fillRect(r, fill)
    light, dark = (Ink.BEVEL_LIGHT, Ink.BEVEL_DARK) if raised else (Ink.BEVEL_DARK, Ink.BEVEL_LIGHT)
    p.setPen(QPen(light, 1))
    p.drawLine(r.topLeft(), r.topRight())
    p.drawLine(r.topLeft(), r.bottomLeft())
    p.setPen(QPen(dark, 1))
    p.drawLine(r.bottomLeft(), r.bottomRight())
    p.drawLine(r.topRight(), r.bottomRight())


class Look:
    """The flat look (Windows 10 without its accents); the other looks override what differs."""

    frame = WindowFrame(title_h=30, left=1, top=1, right=1, bottom=1)
    FACE = QColor("#f0f0f0")  # dialog background
    TEXT = QColor("#000000")
    SELECTION = QColor("#cce8ff")
    SELECTION_TEXT = QColor("#000000")
    TITLE_TEXT = QColor("#000000")
    DESKTOP = QColor("#d5dde6")
    TITLE_BAR = QColor("#ffffff")
    WINDOW_EDGE = QColor("#7a7a7a")
    MENU_BAR: QColor | None = None  # None: the dialog's face
    MENU = QColor("#ffffff")
    BUTTON = QColor("#e1e1e1")
    BUTTON_EDGE = QColor("#adadad")
    DEFAULT_BUTTON_EDGE = QColor("#0078d7")
    BOX_EDGE = QColor("#a0a0a0")  # text boxes and lists
    CHECKBOX_EDGE = QColor("#333333")
    TICK = QColor("#000000")
    TAB = QColor("#e9e9e9")
    GROUP_TEXT: QColor | None = None  # None: the text colour
    GROUP_BOLD = True

    def window_chrome(self, p: QPainter, rect: QRectF, client: QRectF, title: str) -> None:
        """The frame and title bar around ``client`` (``frame.client(rect)``, laid out already)."""
        th = self.frame.title_h
        p.fillRect(rect, self.FACE)
        p.setPen(QPen(self.WINDOW_EDGE, 1))
        p.drawRect(rect)
        bar = QRectF(rect.left() + 1, rect.top() + 1, rect.width() - 2, th)
        p.fillRect(bar, self.TITLE_BAR)
        p.setPen(self.TITLE_TEXT)
        p.setFont(ui_font(12))
        p.drawText(bar.adjusted(12, 0, -140, 0), Qt.AlignmentFlag.AlignVCenter, title)
        p.setFont(ui_font(14))
        for i, glyph in enumerate(("✕", "☐", "—")):
            p.drawText(QRectF(bar.right() - 46 - i * 46, bar.top(), 46, th), Qt.AlignmentFlag.AlignCenter, glyph)

    def button(self, p: QPainter, r: QRectF, label: str, default: bool) -> None:
        p.setBrush(self.BUTTON)
        p.setPen(QPen(self.DEFAULT_BUTTON_EDGE if default else self.BUTTON_EDGE, 1))
        p.drawRect(r)
        self._button_label(p, r, label, self.TEXT)

    @staticmethod
    def _button_label(p: QPainter, r: QRectF, label: str, colour: QColor) -> None:
        p.setPen(colour)
        p.setFont(ui_font(12))
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, label)

    def white_box(self, p: QPainter, r: QRectF) -> None:
        p.fillRect(r, Ink.WHITE)
        p.setPen(QPen(self.BOX_EDGE, 1))
        p.drawRect(r)

    def selection(self, p: QPainter, r: QRectF) -> None:
        p.fillRect(r, self.SELECTION)

    def selected_text(self, normal: QColor) -> QColor:
        """The text colour of a selected row (``normal`` where the selection is light)."""
        return self.SELECTION_TEXT

    def menu_bar(self, p: QPainter, r: QRectF) -> None:
        p.fillRect(r, self.MENU_BAR or self.FACE)

    def menu(self, p: QPainter, r: QRectF) -> None:
        """A menu's panel, before its rows."""
        p.fillRect(r, self.MENU)
        p.setPen(QPen(Ink.EDGE, 1))
        p.drawRect(r)

    def tab(self, p: QPainter, r: QRectF, selected: bool) -> None:
        p.setBrush(Ink.WHITE if selected else self.TAB)
        p.setPen(QPen(Ink.EDGE, 1))
        p.drawRect(r)

    def group_font(self) -> QFont:
        return ui_font(12, bold=self.GROUP_BOLD)

    def group_text(self) -> QColor:
        return self.GROUP_TEXT or self.TEXT

    def checkbox(self, p: QPainter, r: QRectF, checked: bool) -> None:
        p.setBrush(Ink.WHITE)
        p.setPen(QPen(self.CHECKBOX_EDGE, 1))
        p.drawRect(r)
        if checked:
            self._tick(p, r, self.TICK)

    @staticmethod
    def _tick(p: QPainter, r: QRectF, colour: QColor) -> None:
        p.setPen(QPen(colour, 2.2))
        path = QPainterPath(QPointF(r.left() + 3, r.center().y()))
        path.lineTo(r.left() + 6, r.bottom() - 3)
        path.lineTo(r.right() - 3, r.top() + 3)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)

    def radio(self, p: QPainter, centre: QPointF, on: bool) -> None:
        p.setBrush(Ink.WHITE)
        p.setPen(QPen(Ink.RADIO_EDGE, 1))
        p.drawEllipse(centre, 7, 7)
        if on:
            p.setBrush(self.TICK)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(centre, 3.5, 3.5)


class Win10Look(Look):
    """Windows 10: flat, a light selection with an edge."""

    MENU_BAR = QColor("#ffffff")
    SELECTION_EDGE = QColor("#99d1ff")
    MENU = QColor("#f2f2f2")
    GROUP_TEXT = QColor("#003399")

    def selection(self, p: QPainter, r: QRectF) -> None:
        p.fillRect(r, self.SELECTION)
        p.setPen(QPen(self.SELECTION_EDGE, 1))
        p.drawRect(r)

    def selected_text(self, normal: QColor) -> QColor:
        return normal  # the selection is light blue: the text keeps its colour


class ClassicLook(Look):
    """Windows 95–2000: grey bevels, a blue gradient title bar."""

    frame = WindowFrame(title_h=22, left=4, top=2, right=4, bottom=4)
    FACE = QColor("#d4d0c8")
    SELECTION = QColor("#0a246a")
    SELECTION_TEXT = QColor("#ffffff")
    TITLE_TEXT = QColor("#ffffff")
    DESKTOP = QColor("#c9d6e3")
    TITLE_FROM = QColor("#0a246a")
    TITLE_TO = QColor("#a6caf0")
    GROUP_BOLD = False

    def window_chrome(self, p: QPainter, rect: QRectF, client: QRectF, title: str) -> None:
        th = self.frame.title_h
        bevel(p, rect, raised=True, fill=self.FACE)
        bar = QRectF(rect.left() + 3, rect.top() + 3, rect.width() - 6, th - 3)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        gradient.setColorAt(0, self.TITLE_FROM)
        gradient.setColorAt(1, self.TITLE_TO)
        p.fillRect(bar, gradient)
        p.setPen(self.TITLE_TEXT)
        p.setFont(ui_font(12, bold=True))
        p.drawText(bar.adjusted(6, 0, -60, 0), Qt.AlignmentFlag.AlignVCenter, title)
        for i, glyph in enumerate(("×", "□", "_")):
            b = QRectF(bar.right() - 18 - i * 18, bar.top() + 2, 16, 14)
            bevel(p, b, raised=True, fill=self.FACE)
            p.setPen(Ink.BLACK)
            p.setFont(ui_font(11, bold=True))
            p.drawText(b, Qt.AlignmentFlag.AlignCenter, glyph)

    def button(self, p: QPainter, r: QRectF, label: str, default: bool) -> None:
        bevel(p, r, raised=True, fill=self.FACE)
        self._button_label(p, r, label, self.TEXT)

    def white_box(self, p: QPainter, r: QRectF) -> None:
        bevel(p, r, raised=False, fill=Ink.WHITE)

    def menu(self, p: QPainter, r: QRectF) -> None:
        bevel(p, r, raised=True, fill=self.FACE)

    def tab(self, p: QPainter, r: QRectF, selected: bool) -> None:
        bevel(p, r, raised=True, fill=self.FACE)

    def checkbox(self, p: QPainter, r: QRectF, checked: bool) -> None:
        bevel(p, r, raised=False, fill=Ink.WHITE)
        if checked:
            self._tick(p, r, self.TICK)


class XpLook(Look):
    """Windows XP (Luna): rounded blue title bar, a red close button, green ticks."""

    frame = WindowFrame(title_h=28, left=4, top=0, right=4, bottom=4)
    FACE = QColor("#ece9d8")
    SELECTION = QColor("#316ac5")
    SELECTION_TEXT = QColor("#ffffff")
    TITLE_TEXT = QColor("#ffffff")
    DESKTOP = QColor("#c9d6e3")
    WINDOW = QColor("#0831d9")
    TITLE_TOP = QColor("#3d95ff")
    TITLE_UPPER = QColor("#0a5ee8")
    TITLE_BOTTOM = QColor("#0040d0")
    CLOSE = QColor("#e04a2a")
    BUTTON_TOP = QColor("#ffffff")
    BUTTON_BOTTOM = QColor("#d6d0c5")
    BUTTON_EDGE = QColor("#003c74")
    BOX_EDGE = QColor("#7f9db9")
    CHECKBOX_EDGE = QColor("#1c5180")
    TICK = QColor("#21a121")
    TAB_ACCENT = QColor("#ffc83c")
    GROUP_TEXT = QColor("#003399")

    def window_chrome(self, p: QPainter, rect: QRectF, client: QRectF, title: str) -> None:
        th = self.frame.title_h
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        p.setBrush(self.WINDOW)
        p.drawPath(path)
        bar = QRectF(rect.left(), rect.top(), rect.width(), th)
        gradient = QLinearGradient(bar.topLeft(), bar.bottomLeft())
        gradient.setColorAt(0, self.TITLE_TOP)
        gradient.setColorAt(0.15, self.TITLE_UPPER)
        gradient.setColorAt(1, self.TITLE_BOTTOM)
        bar_path = QPainterPath()
        bar_path.addRoundedRect(bar.adjusted(0, 0, 0, 8), 8, 8)
        p.save()
        p.setClipRect(bar)
        p.fillPath(bar_path, gradient)
        p.restore()
        p.setPen(self.TITLE_TEXT)
        p.setFont(ui_font(13, bold=True))
        p.drawText(bar.adjusted(10, 0, -70, 0), Qt.AlignmentFlag.AlignVCenter, title)
        close = QRectF(bar.right() - 26, bar.top() + 4, 21, 21)
        p.setBrush(self.CLOSE)
        p.setPen(QPen(Ink.WHITE, 1))
        p.drawRoundedRect(close, 3, 3)
        p.setFont(ui_font(13, bold=True))
        p.drawText(close, Qt.AlignmentFlag.AlignCenter, "×")
        p.fillRect(client, self.FACE)

    def button(self, p: QPainter, r: QRectF, label: str, default: bool) -> None:
        gradient = QLinearGradient(r.topLeft(), r.bottomLeft())
        gradient.setColorAt(0, self.BUTTON_TOP)
        gradient.setColorAt(1, self.BUTTON_BOTTOM)
        p.setBrush(gradient)
        p.setPen(QPen(self.BUTTON_EDGE, 1))
        p.drawRoundedRect(r, 3, 3)
        self._button_label(p, r, label, self.TEXT)

    def tab(self, p: QPainter, r: QRectF, selected: bool) -> None:
        super().tab(p, r, selected)
        if selected:
            p.fillRect(QRectF(r.left(), r.top(), r.width(), 3), self.TAB_ACCENT)


class MacLook(Look):
    """macOS: traffic lights, rounded corners, a blue default button."""

    frame = WindowFrame(title_h=28, left=1, top=1, right=1, bottom=1)
    FACE = QColor("#ececec")
    TEXT = QColor("#1d1d1f")
    SELECTION = QColor("#0a64d6")
    SELECTION_TEXT = QColor("#ffffff")
    TITLE_TEXT = QColor("#3c3c3c")
    WINDOW_EDGE = QColor("#b0b0b0")
    TITLE_RULE = QColor("#d0d0d0")
    LIGHTS = (QColor("#ff5f57"), QColor("#febc2e"), QColor("#28c840"))
    MENU_BAR = QColor("#ffffff")
    ACCENT = QColor("#0a84ff")  # the default button, a ticked box
    BUTTON_EDGE = QColor("#c0c0c0")

    def window_chrome(self, p: QPainter, rect: QRectF, client: QRectF, title: str) -> None:
        th = self.frame.title_h
        path = QPainterPath()
        path.addRoundedRect(rect, 10, 10)
        p.fillPath(path, self.FACE)
        p.setPen(QPen(self.WINDOW_EDGE, 1))
        p.drawPath(path)
        p.setPen(Qt.PenStyle.NoPen)
        for i, light in enumerate(self.LIGHTS):
            p.setBrush(light)
            p.drawEllipse(QPointF(rect.left() + 18 + i * 20, rect.top() + th / 2), 6, 6)
        p.setPen(self.TITLE_TEXT)
        p.setFont(ui_font(13, bold=True))
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), th), Qt.AlignmentFlag.AlignCenter, title)
        p.setPen(QPen(self.TITLE_RULE, 1))
        p.drawLine(QPointF(rect.left(), rect.top() + th), QPointF(rect.right(), rect.top() + th))

    def button(self, p: QPainter, r: QRectF, label: str, default: bool) -> None:
        p.setBrush(self.ACCENT if default else Ink.WHITE)
        p.setPen(QPen(self.BUTTON_EDGE, 1))
        p.drawRoundedRect(r, 5, 5)
        self._button_label(p, r, label, Ink.WHITE if default else self.TEXT)

    def checkbox(self, p: QPainter, r: QRectF, checked: bool) -> None:
        p.setBrush(self.ACCENT if checked else Ink.WHITE)
        p.setPen(QPen(Ink.EDGE, 1))
        p.drawRoundedRect(r, 3, 3)
        if checked:
            self._tick(p, r, Ink.WHITE)


class TerminalLook(Look):
    """A terminal window: dark, with a dark title bar."""

    FACE = QColor("#1e1e1e")
    TEXT = QColor("#e6e6e6")
    SELECTION = QColor("#264f78")
    SELECTION_TEXT = QColor("#ffffff")
    TITLE_BAR = QColor("#2d2d2d")
    TITLE_TEXT = QColor("#dddddd")


class CardLook(Look):
    """A plain card with no window (programs without a setting)."""

    frame = WindowFrame(title_h=0, left=1, top=1, right=1, bottom=1)
    FACE = QColor("#ffffff")
    TEXT = QColor("#1d1d1f")


LOOKS: dict[str, Look] = {
    "classic": ClassicLook(), "xp": XpLook(), "win10": Win10Look(), "mac": MacLook(),
    "terminal": TerminalLook(), "card": CardLook(),
}

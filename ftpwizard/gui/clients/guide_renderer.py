"""Draw a program's guide (resources/clients/<id>.json) as screenshot-style pictures, one per step.

Nothing is copied from vendor screenshots: each picture is a mock of the dialog in the style of the
program's era (classic Windows, XP, Windows 10, macOS, a terminal), with the item to click highlighted, a
red box and a numbered callout on every place to click, the setting drawn in the state the user should
leave it in, and numbered instructions underneath that say the same in words.

Three layers: the words and states come from the Qt-free model (ftpwizard.clients.guides), where things go
from the Qt-free layout (ftpwizard.clients.guide_layout and guide_parts, fed with Qt's font metrics here), and how they
look from one look object per era (guide_looks, which owns every colour). This module only paints the laid
out parts. Pictures are drawn at the screen's device pixel ratio, so they stay sharp at 150 %.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPen

from ftpwizard.clients import guide_parts as parts
from ftpwizard.clients.guide_layout import layout_page
from ftpwizard.clients.guides import StepText, load_guide, step_text
from ftpwizard.gui.clients.guide_looks import LOOKS, Ink, Look, mono_font, ui_font
from ftpwizard.gui.handshake_icons import qpoint, qrect

WIDTH = parts.WIDTH
TALL = 2400  # the scratch image's height; the picture is cut to its laid-out height


@dataclass
class GuidePicture:
    image: QImage  # drawn at the device pixel ratio asked for; its logical width is WIDTH
    instructions: list[str]  # the lines under the picture, in order
    words: StepText  # everything the picture says, as text


def qfont(font: parts.Font) -> QFont:
    return mono_font(font.px) if font.mono else ui_font(font.px, font.bold)


@functools.cache
def _font_metrics(font: parts.Font) -> QFontMetrics:
    return QFontMetrics(qfont(font))


class QtMetrics:
    """The layout's text measures, from Qt's font metrics."""

    def advance(self, text: str, font: parts.Font) -> float:
        return _font_metrics(font).horizontalAdvance(text)

    def wrapped_height(self, text: str, font: parts.Font, width: float) -> float:
        return _font_metrics(font).boundingRect(QRect(0, 0, round(width), 1000), int(Qt.TextFlag.TextWordWrap),
                                                text).height()


METRICS = QtMetrics()


def render_guide(client_id: str, target_mode: str | None, lang: str, dpr: float = 1.0) -> list[GuidePicture]:
    """One picture per step of ``client_id``'s guide, showing the setting for ``target_mode``
    ("passive"/"active"; None = just show where the setting is), drawn for a screen of device pixel ratio
    ``dpr``."""
    doc = load_guide(client_id)
    steps = doc["steps"]
    return [_render_step(doc, step, n, len(steps), target_mode, lang, dpr) for n, step in enumerate(steps, 1)]


def render_guide_images(client_id: str, target_mode: str | None, lang: str, dpr: float = 1.0) -> list[QImage]:
    return [picture.image for picture in render_guide(client_id, target_mode, lang, dpr)]


def _render_step(doc: dict[str, Any], step: dict[str, Any], n: int, total: int, target: str | None,
                 lang: str, dpr: float) -> GuidePicture:
    look = LOOKS[doc["style"]]
    words = step_text(doc, step, n, total, target, lang)
    page = layout_page(doc, step, words, target, lang, look.frame, METRICS)
    if len(page.step.marks) != len(words.marks):
        raise RuntimeError(f"{doc['id']}: the picture marks {len(page.step.marks)} places, the words {len(words.marks)}")
    dpr = max(1.0, dpr)
    tall = QImage(round(WIDTH * dpr), round(TALL * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    tall.setDevicePixelRatio(dpr)  # the painter then works in logical pixels, drawn dpr times finer
    tall.fill(look.DESKTOP)
    p = QPainter(tall)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for part in page.step.parts:
            PAINTERS[type(part)](p, look, part)
        for callout in page.callouts:
            _callout(p, callout)
        if page.instructions:
            _instructions(p, page.instructions)
    finally:
        p.end()
    image = tall.copy(0, 0, round(WIDTH * dpr), round(page.height * dpr))
    image.setDevicePixelRatio(dpr)
    return GuidePicture(image, [line.text for line in words.lines], words)


def _text(p: QPainter, r: parts.Rect, text: str, colour: QColor, font: QFont,
          flags: Qt.AlignmentFlag | int = Qt.AlignmentFlag.AlignVCenter) -> None:
    p.setPen(colour)
    p.setFont(font)
    p.drawText(qrect(r), flags, text)


def _row_text(look: Look, row: parts.Row) -> QColor:
    normal = Ink.BLACK if row.on_white else look.TEXT
    return look.selected_text(normal) if row.selected else normal


# ---------------------------------------------------------------- the parts


def _window(p: QPainter, look: Look, w: parts.Window) -> None:
    p.save()
    p.setPen(Qt.PenStyle.NoPen)  # a soft shadow
    p.setBrush(Ink.WINDOW_SHADOW)
    p.drawRoundedRect(qrect(w.rect).translated(3, 4), 6, 6)
    look.window_chrome(p, qrect(w.rect), qrect(w.client), w.title)
    p.restore()
    if w.fill_client:
        p.fillRect(qrect(w.client), look.FACE)


def _menu_bar(p: QPainter, look: Look, bar: parts.MenuBar) -> None:
    look.menu_bar(p, qrect(bar.rect))
    for item in bar.items:
        if item.selected:
            look.selection(p, qrect(item.rect))
        _text(p, item.text_rect, item.text, _row_text(look, item), ui_font(12), Qt.AlignmentFlag.AlignCenter)


def _file_panes(p: QPainter, look: Look, panes: parts.FilePanes) -> None:
    p.fillRect(qrect(panes.rect), look.FACE)
    for pane in panes.panes:
        p.save()
        look.white_box(p, qrect(pane))
        p.restore()
        p.setPen(QPen(Ink.PANE_RULE, 1))
        for y in panes.rules:
            p.drawLine(qpoint(parts.Point(pane.x + 4, y)), qpoint(parts.Point(pane.right - 4, y)))


def _menu(p: QPainter, look: Look, menu: parts.Menu) -> None:
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(Ink.MENU_SHADOW)
    r = qrect(menu.rect)
    p.drawRect(r.translated(3, 3))
    p.setBrush(Qt.BrushStyle.NoBrush)  # the shadow's brush would tint the menu's frame and selection grey
    look.menu(p, r)
    for row in menu.rows:
        if isinstance(row, float | int):
            p.setPen(QPen(Ink.SEPARATOR, 1))
            p.drawLine(qpoint(parts.Point(r.left() + 6, row)), qpoint(parts.Point(r.right() - 6, row)))
            continue
        if row.selected:
            look.selection(p, qrect(row.rect))
        _text(p, row.text_rect, row.text, _row_text(look, row), ui_font(12))
        if row.arrow:
            p.drawText(qrect(row.rect.adjusted(0, 0, -8, 0)), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       "▸")
    p.restore()


def _toolbar_button(p: QPainter, look: Look, b: parts.ToolbarButton) -> None:
    p.save()
    p.setBrush(Ink.TOOL_ICON)
    p.setPen(QPen(Ink.TOOL_ICON_EDGE, 1))
    p.drawRect(qrect(b.icon))
    _text(p, b.text_rect, b.text, look.TEXT, ui_font(12))
    p.restore()


def _row_box(p: QPainter, look: Look, box: parts.RowBox) -> None:
    p.save()
    look.white_box(p, qrect(box.rect))
    p.restore()
    for row in box.rows:
        if row.selected:
            look.selection(p, qrect(row.rect))
        _text(p, row.text_rect, row.text, _row_text(look, row), ui_font(12))


def _tab(p: QPainter, look: Look, tab: parts.Tab) -> None:
    p.save()
    look.tab(p, qrect(tab.rect), tab.selected)
    _text(p, tab.rect, tab.text, look.TEXT, ui_font(12), Qt.AlignmentFlag.AlignCenter)
    p.restore()


def _page_frame(p: QPainter, look: Look, page: parts.PageFrame) -> None:
    p.save()
    p.setPen(QPen(Ink.EDGE, 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(qrect(page.rect))
    p.restore()


def _label(p: QPainter, look: Look, label: parts.Label) -> None:
    flags = Qt.TextFlag.TextWordWrap if label.wrap else Qt.AlignmentFlag.AlignVCenter
    _text(p, label.rect, label.text, look.TEXT, ui_font(12), flags)


def _group_label(p: QPainter, look: Look, group: parts.GroupLabel) -> None:
    _text(p, group.rect, group.text, look.group_text(), look.group_font())
    p.setPen(QPen(Ink.RULE, 1))
    p.drawLine(qpoint(group.rule_from), qpoint(group.rule_to))


def _text_box(p: QPainter, look: Look, box: parts.TextBox) -> None:
    p.save()
    look.white_box(p, qrect(box.rect))
    p.restore()
    _text(p, box.text_rect, box.text, Ink.BLACK, ui_font(12))
    if box.arrow:
        p.drawText(qrect(box.rect.adjusted(0, 0, -6, 0)), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                   "▾")


def _checkbox(p: QPainter, look: Look, box: parts.Checkbox) -> None:
    p.save()
    look.checkbox(p, qrect(box.box), box.checked)
    p.restore()
    _text(p, box.text_rect, box.text, look.TEXT, ui_font(12))


def _radio(p: QPainter, look: Look, radio: parts.Radio) -> None:
    p.save()
    look.radio(p, qpoint(radio.centre), radio.on)
    p.restore()
    _text(p, radio.text_rect, radio.text, look.TEXT, ui_font(12))


def _button(p: QPainter, look: Look, button: parts.Button) -> None:
    p.save()
    look.button(p, qrect(button.rect), button.text, button.default)
    p.restore()


def _terminal_line(p: QPainter, look: Look, line: parts.TerminalLine) -> None:
    _text(p, line.text_rect, line.text, Ink.COMMAND if line.command else Ink.OUTPUT, mono_font(14))


def _card(p: QPainter, look: Look, card: parts.Card) -> None:
    p.setPen(QPen(Ink.PANEL_BORDER, 1))
    p.setBrush(Ink.PANEL)
    p.drawRoundedRect(qrect(card.rect), 10, 10)
    _text(p, card.title_rect, card.title, Ink.PANEL_TEXT, ui_font(17, bold=True))


def _struck_address(p: QPainter, look: Look, struck: parts.StruckAddress) -> None:
    p.save()
    p.setBrush(Ink.ADDRESS_BAR)
    p.setPen(QPen(Ink.ADDRESS_BAR_EDGE, 1))
    p.drawRoundedRect(qrect(struck.rect), 20, 20)
    _text(p, struck.text_rect, struck.address, Ink.ADDRESS_TEXT, ui_font(15))
    p.setPen(QPen(Ink.CALLOUT, 3))
    p.drawLine(qpoint(struck.strike_from), qpoint(struck.strike_to))
    p.setFont(ui_font(13, bold=True))
    p.drawText(qrect(struck.caption_rect), Qt.AlignmentFlag.AlignVCenter, struck.caption)
    p.restore()


def _bullet(p: QPainter, look: Look, bullet: parts.Bullet) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(Ink.BADGE_INFO)
    p.drawEllipse(qpoint(bullet.centre), 3.5, 3.5)
    _text(p, bullet.text_rect, bullet.text, Ink.PANEL_TEXT, ui_font(14), Qt.TextFlag.TextWordWrap)


PAINTERS: dict[type, Callable[[QPainter, Look, Any], None]] = {
    parts.Window: _window, parts.MenuBar: _menu_bar, parts.FilePanes: _file_panes, parts.Menu: _menu,
    parts.ToolbarButton: _toolbar_button, parts.RowBox: _row_box, parts.Tab: _tab, parts.PageFrame: _page_frame,
    parts.Label: _label, parts.GroupLabel: _group_label, parts.TextBox: _text_box, parts.Checkbox: _checkbox,
    parts.Radio: _radio, parts.Button: _button, parts.TerminalLine: _terminal_line, parts.Card: _card,
    parts.StruckAddress: _struck_address, parts.Bullet: _bullet,
}


# ---------------------------------------------------------------- callouts and instructions


def _callout(p: QPainter, callout: parts.Callout) -> None:
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(Ink.CALLOUT, 3))
    p.drawRoundedRect(qrect(callout.box), 4, 4)
    centre = qpoint(callout.centre)
    p.setPen(QPen(Ink.ON_CALLOUT, 2))
    p.setBrush(Ink.CALLOUT)
    p.drawEllipse(centre, 11, 11)
    _text(p, parts.Rect(centre.x() - 11, centre.y() - 11, 22, 22), callout.number, Ink.ON_CALLOUT,
          ui_font(13, bold=True), Qt.AlignmentFlag.AlignCenter)
    if callout.pill is not None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(Ink.CALLOUT)
        p.drawRoundedRect(qrect(callout.pill), 11, 11)
        _text(p, callout.pill, callout.tag, Ink.ON_CALLOUT, ui_font(12, bold=True), Qt.AlignmentFlag.AlignCenter)
    p.restore()


BADGE_COLOURS = {"!": Ink.BADGE_WARNING, "i": Ink.BADGE_INFO}


def _instructions(p: QPainter, panel: parts.Instructions) -> None:
    p.save()
    p.setPen(QPen(Ink.PANEL_BORDER, 1))
    p.setBrush(Ink.PANEL)
    p.drawRoundedRect(qrect(panel.rect), 8, 8)
    _text(p, panel.header_rect, panel.header, Ink.PANEL_HEADER, ui_font(13, bold=True))
    for line in panel.lines:
        colour = Ink.CALLOUT if line.badge.isdigit() else BADGE_COLOURS.get(line.badge, Ink.BADGE_OTHER)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(colour))
        centre = qpoint(line.centre)
        p.drawEllipse(centre, 10, 10)
        _text(p, parts.Rect(centre.x() - 10, centre.y() - 10, 20, 20), line.badge, Ink.ON_CALLOUT,
              ui_font(12, bold=True), Qt.AlignmentFlag.AlignCenter)
        _text(p, line.text_rect, line.text, Ink.PANEL_TEXT, ui_font(14), Qt.TextFlag.TextWordWrap)
    p.restore()


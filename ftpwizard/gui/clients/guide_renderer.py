"""Draw a program's guide (resources/clients/<id>.json) as screenshot-style pictures, one per step.

Nothing is copied from vendor screenshots: each picture is a mock of the dialog drawn with QPainter in
the style of the program's era (classic Windows, XP, Windows 10, macOS, a terminal), with the item to
click highlighted, a red box and a numbered callout on every place to click, the setting drawn in the
state the user should leave it in, and numbered instructions underneath that say the same in words.
The words come from ftpwizard.clients.guides (step_text), which the panel also shows as text; this module
only draws them. Pictures are drawn at the screen's device pixel ratio, so they stay sharp at 150 %.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

from ftpwizard.clients.guides import (
    Mark,
    StepText,
    checkbox_ticked,
    chosen_option,
    load_guide,
    step_text,
    text,
)
from ftpwizard.core.i18n import translator

WIDTH = 760
MARGIN = 16
RED = QColor("#e0201c")
UI_FAMILIES = ["Malgun Gothic", "NanumGothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "DejaVu Sans"]
MONO_FAMILIES = ["D2Coding", "NanumGothicCoding", "Consolas", "Menlo", "DejaVu Sans Mono"]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks text for pyside6-lupdate; the guide is translated for its own ``lang``, not the app's."""
    return source


@dataclass(frozen=True)
class Style:
    name: str
    title_h: int
    face: QColor  # dialog background
    text: QColor
    sel_bg: QColor
    sel_text: QColor
    title_text: QColor
    desktop: QColor


STYLES = {
    "classic": Style("classic", 22, QColor("#d4d0c8"), QColor("#000000"), QColor("#0a246a"), QColor("#ffffff"),
                     QColor("#ffffff"), QColor("#c9d6e3")),
    "xp": Style("xp", 28, QColor("#ece9d8"), QColor("#000000"), QColor("#316ac5"), QColor("#ffffff"),
                QColor("#ffffff"), QColor("#c9d6e3")),
    "win10": Style("win10", 30, QColor("#f0f0f0"), QColor("#000000"), QColor("#cce8ff"), QColor("#000000"),
                   QColor("#000000"), QColor("#d5dde6")),
    "mac": Style("mac", 28, QColor("#ececec"), QColor("#1d1d1f"), QColor("#0a64d6"), QColor("#ffffff"),
                 QColor("#3c3c3c"), QColor("#d5dde6")),
    "terminal": Style("terminal", 30, QColor("#1e1e1e"), QColor("#e6e6e6"), QColor("#264f78"), QColor("#ffffff"),
                      QColor("#000000"), QColor("#d5dde6")),
    "card": Style("card", 0, QColor("#ffffff"), QColor("#1d1d1f"), QColor("#cce8ff"), QColor("#000000"),
                  QColor("#000000"), QColor("#d5dde6")),
}


def ui_font(px: int = 12, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(UI_FAMILIES)
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def mono_font(px: int = 13) -> QFont:
    f = QFont()
    f.setFamilies(MONO_FAMILIES)
    f.setPixelSize(px)
    return f


@dataclass
class Callout:
    rect: QRectF
    instruction: str
    tag: str = ""  # a short label drawn next to the box ("tick", "untick")
    place: str = "left"  # where the number goes: "left" of a row, or the top-left "corner" (bars, buttons)


@dataclass
class Canvas:
    p: QPainter
    style: Style
    lang: str
    planned: list[Mark]  # the step's marks from the guide's words, in drawing order
    callouts: list[Callout] = field(default_factory=list)

    def mark(self, rect: QRectF, place: str = "left") -> None:
        """Box the next planned mark at ``rect``."""
        if len(self.callouts) >= len(self.planned):
            raise RuntimeError("the picture marks more places than the guide's words say")
        planned = self.planned[len(self.callouts)]
        self.callouts.append(Callout(QRectF(rect), planned.instruction, planned.tag, place))

    def t(self, source: str) -> str:
        return translator(self.lang)("ClientsGuide", source)


@dataclass
class GuidePicture:
    image: QImage  # drawn at the device pixel ratio asked for; its logical width is WIDTH
    instructions: list[str]  # the lines under the picture, in order
    words: StepText  # everything the picture says, as text


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
    style = STYLES[doc["style"]]
    words = step_text(doc, step, n, total, target, lang)
    dpr = max(1.0, dpr)
    tall = QImage(round(WIDTH * dpr), round(2400 * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    tall.setDevicePixelRatio(dpr)  # the painter then works in logical pixels, drawn dpr times finer
    tall.fill(style.desktop)
    p = QPainter(tall)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        c = Canvas(p, style, lang, words.marks)
        kind = step["kind"]
        if kind == "menu":
            bottom = _draw_menu_step(c, doc, step)
        elif kind == "dialog":
            bottom = _draw_dialog_step(c, doc, step, target)
        elif kind == "terminal":
            bottom = _draw_terminal_step(c, doc, step, target)
        else:
            bottom = _draw_card_step(c, doc, step)
        if len(c.callouts) != len(words.marks):
            raise RuntimeError(f"{doc['id']}: the picture marks {len(c.callouts)} places, the words {len(words.marks)}")
        _draw_callouts(c)
        bottom = _draw_instructions(c, words, bottom + 14)
    finally:
        p.end()
    image = tall.copy(0, 0, round(WIDTH * dpr), round((int(bottom) + MARGIN) * dpr))
    image.setDevicePixelRatio(dpr)
    return GuidePicture(image, [line.text for line in words.lines], words)


# ---------------------------------------------------------------- window chrome


def _window(c: Canvas, rect: QRectF, title: str) -> QRectF:
    """Draw the frame and title bar; return the client area."""
    p, s = c.p, c.style
    p.save()
    # soft shadow
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(0, 0, 0, 40))
    p.drawRoundedRect(rect.translated(3, 4), 6, 6)
    th = s.title_h
    if s.name == "classic":
        _bevel(p, rect, raised=True, fill=s.face)
        bar = QRectF(rect.left() + 3, rect.top() + 3, rect.width() - 6, th - 3)
        g = QLinearGradient(bar.topLeft(), bar.topRight())
        g.setColorAt(0, QColor("#0a246a"))
        g.setColorAt(1, QColor("#a6caf0"))
        p.fillRect(bar, g)
        p.setPen(s.title_text)
        p.setFont(ui_font(12, bold=True))
        p.drawText(bar.adjusted(6, 0, -60, 0), Qt.AlignmentFlag.AlignVCenter, title)
        for i, glyph in enumerate(("×", "□", "_")):
            b = QRectF(bar.right() - 18 - i * 18, bar.top() + 2, 16, 14)
            _bevel(p, b, raised=True, fill=s.face)
            p.setPen(QColor("#000000"))
            p.setFont(ui_font(11, bold=True))
            p.drawText(b, Qt.AlignmentFlag.AlignCenter, glyph)
        client = QRectF(rect.left() + 4, rect.top() + th + 2, rect.width() - 8, rect.height() - th - 6)
    elif s.name == "xp":
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        p.setBrush(QColor("#0831d9"))
        p.drawPath(path)
        bar = QRectF(rect.left(), rect.top(), rect.width(), th)
        g = QLinearGradient(bar.topLeft(), bar.bottomLeft())
        g.setColorAt(0, QColor("#3d95ff"))
        g.setColorAt(0.15, QColor("#0a5ee8"))
        g.setColorAt(1, QColor("#0040d0"))
        bpath = QPainterPath()
        bpath.addRoundedRect(bar.adjusted(0, 0, 0, 8), 8, 8)
        p.save()
        p.setClipRect(bar)
        p.fillPath(bpath, g)
        p.restore()
        p.setPen(s.title_text)
        p.setFont(ui_font(13, bold=True))
        p.drawText(bar.adjusted(10, 0, -70, 0), Qt.AlignmentFlag.AlignVCenter, title)
        close = QRectF(bar.right() - 26, bar.top() + 4, 21, 21)
        p.setBrush(QColor("#e04a2a"))
        p.setPen(QPen(QColor("#ffffff"), 1))
        p.drawRoundedRect(close, 3, 3)
        p.setFont(ui_font(13, bold=True))
        p.drawText(close, Qt.AlignmentFlag.AlignCenter, "×")
        client = QRectF(rect.left() + 4, rect.top() + th, rect.width() - 8, rect.height() - th - 4)
        p.fillRect(client, s.face)
    elif s.name == "mac":
        path = QPainterPath()
        path.addRoundedRect(rect, 10, 10)
        p.fillPath(path, s.face)
        p.setPen(QPen(QColor("#b0b0b0"), 1))
        p.drawPath(path)
        p.setPen(Qt.PenStyle.NoPen)
        for i, col in enumerate(("#ff5f57", "#febc2e", "#28c840")):
            p.setBrush(QColor(col))
            p.drawEllipse(QPointF(rect.left() + 18 + i * 20, rect.top() + th / 2), 6, 6)
        p.setPen(s.title_text)
        p.setFont(ui_font(13, bold=True))
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), th), Qt.AlignmentFlag.AlignCenter, title)
        p.setPen(QPen(QColor("#d0d0d0"), 1))
        p.drawLine(QPointF(rect.left(), rect.top() + th), QPointF(rect.right(), rect.top() + th))
        client = QRectF(rect.left() + 1, rect.top() + th + 1, rect.width() - 2, rect.height() - th - 2)
    else:  # win10 and the terminal window
        p.fillRect(rect, s.face)
        p.setPen(QPen(QColor("#7a7a7a"), 1))
        p.drawRect(rect)
        bar = QRectF(rect.left() + 1, rect.top() + 1, rect.width() - 2, th)
        p.fillRect(bar, QColor("#ffffff") if s.name == "win10" else QColor("#2d2d2d"))
        p.setPen(s.title_text if s.name == "win10" else QColor("#dddddd"))
        p.setFont(ui_font(12))
        p.drawText(bar.adjusted(12, 0, -140, 0), Qt.AlignmentFlag.AlignVCenter, title)
        p.setFont(ui_font(14))
        for i, glyph in enumerate(("✕", "☐", "—")):
            p.drawText(QRectF(bar.right() - 46 - i * 46, bar.top(), 46, th), Qt.AlignmentFlag.AlignCenter, glyph)
        client = QRectF(rect.left() + 1, rect.top() + th + 1, rect.width() - 2, rect.height() - th - 2)
    p.restore()
    return client


def _bevel(p: QPainter, r: QRectF, raised: bool, fill: QColor | None = None) -> None:
    if fill is not None:
        p.fillRect(r, fill)
    light, dark = (QColor("#ffffff"), QColor("#404040")) if raised else (QColor("#404040"), QColor("#ffffff"))
    p.setPen(QPen(light, 1))
    p.drawLine(r.topLeft(), r.topRight())
    p.drawLine(r.topLeft(), r.bottomLeft())
    p.setPen(QPen(dark, 1))
    p.drawLine(r.bottomLeft(), r.bottomRight())
    p.drawLine(r.topRight(), r.bottomRight())


def _button(c: Canvas, r: QRectF, label: str, default: bool = False) -> None:
    p, s = c.p, c.style
    p.save()
    if s.name == "classic":
        _bevel(p, r, raised=True, fill=s.face)
    elif s.name == "xp":
        g = QLinearGradient(r.topLeft(), r.bottomLeft())
        g.setColorAt(0, QColor("#ffffff"))
        g.setColorAt(1, QColor("#d6d0c5"))
        p.setBrush(g)
        p.setPen(QPen(QColor("#003c74"), 1))
        p.drawRoundedRect(r, 3, 3)
    elif s.name == "mac":
        p.setBrush(QColor("#0a84ff") if default else QColor("#ffffff"))
        p.setPen(QPen(QColor("#c0c0c0"), 1))
        p.drawRoundedRect(r, 5, 5)
    else:
        p.setBrush(QColor("#e1e1e1"))
        p.setPen(QPen(QColor("#0078d7") if default else QColor("#adadad"), 1))
        p.drawRect(r)
    p.setPen(QColor("#ffffff") if s.name == "mac" and default else s.text)
    p.setFont(ui_font(12))
    p.drawText(r, Qt.AlignmentFlag.AlignCenter, label)
    p.restore()


def _white_box(c: Canvas, r: QRectF) -> None:
    p = c.p
    p.save()
    if c.style.name == "classic":
        _bevel(p, r, raised=False, fill=QColor("#ffffff"))
    else:
        p.fillRect(r, QColor("#ffffff"))
        p.setPen(QPen(QColor("#7f9db9") if c.style.name == "xp" else QColor("#a0a0a0"), 1))
        p.drawRect(r)
    p.restore()


def _selection(c: Canvas, r: QRectF) -> None:
    c.p.fillRect(r, c.style.sel_bg)
    if c.style.name == "win10":
        c.p.setPen(QPen(QColor("#99d1ff"), 1))
        c.p.drawRect(r)


# ---------------------------------------------------------------- menu step


def _draw_menu_step(c: Canvas, doc: dict[str, Any], step: dict[str, Any]) -> float:
    p, s, lang = c.p, c.style, c.lang
    win = QRectF(MARGIN, MARGIN, WIDTH - 2 * MARGIN, 330)
    client = _window(c, win, text(step.get("window", doc["name"]), lang))
    bar = QRectF(client.left(), client.top(), client.width(), 24)
    p.fillRect(bar, QColor("#ffffff") if s.name in ("win10", "mac") else s.face)
    fm = QFontMetrics(ui_font(12))
    x = bar.left() + 6
    opened = QRectF()
    for i, item in enumerate(step["menubar"]):
        label = text(item, lang)
        w = fm.horizontalAdvance(label) + 18
        r = QRectF(x, bar.top() + 2, w, bar.height() - 4)
        if i == step["open"]:
            _selection(c, r)
            opened = r
        p.setFont(ui_font(12))
        p.setPen(s.sel_text if i == step["open"] and s.name != "win10" else s.text)
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, label)
        x += w
    _fake_content(c, QRectF(client.left(), bar.bottom() + 1, client.width(), client.bottom() - bar.bottom() - 1))
    c.mark(opened, place="corner")

    items = step["items"]
    labels = [text(i, lang) if i != "-" else "-" for i in items]
    mw = max(fm.horizontalAdvance(label_) for label_ in labels) + 70
    menu = QRectF(opened.left(), opened.bottom() + 1, mw, sum(8 if i == "-" else 24 for i in items) + 6)
    picked = _menu_panel(c, menu, labels, step["pick"], has_sub="sub" in step)
    c.mark(picked)
    if "sub" in step:
        sub_labels = [text(i, lang) for i in step["sub"]]
        sw = max(fm.horizontalAdvance(label_) for label_ in sub_labels) + 50
        sub = QRectF(menu.right() - 4, picked.top() - 3, sw, 24 * len(sub_labels) + 6)
        sub_picked = _menu_panel(c, sub, sub_labels, step["sub_pick"], has_sub=False)
        c.mark(sub_picked)
    return win.bottom()


def _menu_panel(c: Canvas, r: QRectF, labels: list[str], pick: int, has_sub: bool) -> QRectF:
    p, s = c.p, c.style
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(0, 0, 0, 50))
    p.drawRect(r.translated(3, 3))
    if s.name == "classic":
        _bevel(p, r, raised=True, fill=s.face)
    else:
        p.fillRect(r, QColor("#f2f2f2") if s.name == "win10" else QColor("#ffffff"))
        p.setPen(QPen(QColor("#a0a0a0"), 1))
        p.drawRect(r)
    y = r.top() + 3
    picked = QRectF()
    for i, label in enumerate(labels):
        if label == "-":
            p.setPen(QPen(QColor("#c8c8c8"), 1))
            p.drawLine(QPointF(r.left() + 6, y + 4), QPointF(r.right() - 6, y + 4))
            y += 8
            continue
        row = QRectF(r.left() + 3, y, r.width() - 6, 24)
        if i == pick:
            _selection(c, row)
            picked = row
        p.setPen(s.sel_text if i == pick and s.name != "win10" else s.text)
        p.setFont(ui_font(12))
        p.drawText(row.adjusted(26, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter, label)
        if has_sub and i == pick:
            p.drawText(row.adjusted(0, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, "▸")
        y += 24
    p.restore()
    return picked


def _fake_content(c: Canvas, r: QRectF) -> None:
    """Two empty file panes, so the picture reads as the program's main window."""
    p = c.p
    p.fillRect(r, c.style.face)
    half = (r.width() - 18) / 2
    for i in range(2):
        pane = QRectF(r.left() + 6 + i * (half + 6), r.top() + 8, half, r.height() - 16)
        _white_box(c, pane)
        p.setPen(QPen(QColor("#e6e6e6"), 1))
        for k in range(1, int(pane.height() // 22)):
            yy = pane.top() + k * 22
            p.drawLine(QPointF(pane.left() + 4, yy), QPointF(pane.right() - 4, yy))


# ---------------------------------------------------------------- dialog step


def _draw_dialog_step(c: Canvas, doc: dict[str, Any], step: dict[str, Any], target: str | None) -> float:
    p, s, lang = c.p, c.style, c.lang
    # Lay out first on a scratch pass, to know the window's height; then draw for real.
    height = _dialog_body(c, doc, step, target, QRectF(MARGIN, MARGIN, WIDTH - 2 * MARGIN, 2000), measure=True)
    win = QRectF(MARGIN, MARGIN, WIDTH - 2 * MARGIN, height)
    client = _window(c, win, text(step["title"], lang))
    p.fillRect(client, s.face)
    _dialog_body(c, doc, step, target, client, measure=False)
    return win.bottom()


def _dialog_body(c: Canvas, doc: dict[str, Any], step: dict[str, Any], target: str | None, client: QRectF,
                 measure: bool) -> float:
    """Draw (or, with measure=True, only measure) the inside of a dialog; returns the window height."""
    lang = c.lang
    y = client.top() + 10
    top = client.top()
    if "toolbar" in step:
        tb = step["toolbar"]
        x = client.left() + 8
        fm = QFontMetrics(ui_font(12))
        for i, item in enumerate(tb["items"]):
            label = text(item, lang)
            w = fm.horizontalAdvance(label) + 40
            r = QRectF(x, y, w, 30)
            if not measure:
                _toolbar_button(c, r, label)
                if i == tb["pick"]:
                    c.mark(r, place="corner")
            x += w + 6
        y += 40
    left = client.left() + 12
    tree_bottom = y
    if "tree" in step:
        tree = step["tree"]
        rows = tree["items"]
        r = QRectF(left, y, 200, max(24 * len(rows) + 10, 190))
        if not measure:
            _white_box(c, r)
            for i, (level, item) in enumerate(rows):
                row = QRectF(r.left() + 4 + 16 * level, r.top() + 5 + 24 * i, 0, 22)
                label = text(item, lang)
                row.setWidth(QFontMetrics(ui_font(12)).horizontalAdvance(label) + 26)
                if i == tree["pick"]:
                    _selection(c, row)
                    c.mark(row)
                c.p.setPen(c.style.sel_text if i == tree["pick"] and c.style.name != "win10" else QColor("#000000"))
                c.p.setFont(ui_font(12))
                glyph = "▾ " if i + 1 < len(rows) and rows[i + 1][0] > level else "   "
                c.p.drawText(row.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, glyph + label)
        tree_bottom = r.bottom()
        left = r.right() + 14
    right = client.right() - 12
    if "tabs" in step:
        tabs = step["tabs"]
        fm = QFontMetrics(ui_font(12))
        x = left
        for i, item in enumerate(tabs["items"]):
            label = text(item, lang)
            w = fm.horizontalAdvance(label) + 22
            r = QRectF(x, y + (0 if i == tabs["pick"] else 3), w, 26 if i == tabs["pick"] else 23)
            if not measure:
                _tab(c, r, label, selected=i == tabs["pick"])
                if i == tabs["pick"]:
                    c.mark(r, place="corner")
            x += w - 1
        y += 26
        page_top = y
        y += 12
    else:
        page_top = None
    body_left = left + (10 if page_top is not None else 0)
    for element in step.get("body", []):
        y = _element(c, doc, element, target, QRectF(body_left, y, right - body_left - 10, 0), measure) + 8
    if page_top is not None and not measure:
        c.p.save()
        c.p.setPen(QPen(QColor("#a0a0a0"), 1))
        c.p.setBrush(Qt.BrushStyle.NoBrush)
        c.p.drawRect(QRectF(left, page_top, right - left, y - page_top + 4))
        c.p.restore()
    y = max(y + (8 if page_top is not None else 0), tree_bottom + 10)
    if "buttons" in step:
        b = step["buttons"]
        picks = b.get("pick", [])
        picks = picks if isinstance(picks, list) else [picks]
        fm = QFontMetrics(ui_font(12))
        widths = [max(80, fm.horizontalAdvance(text(i, lang)) + 26) for i in b["items"]]
        x = right - sum(widths) - 8 * (len(widths) - 1)
        for i, item in enumerate(b["items"]):
            r = QRectF(x, y + 4, widths[i], 26)
            if not measure:
                _button(c, r, text(item, lang), default=i == 0)
                if i in picks:
                    c.mark(r, place="corner")
            x += widths[i] + 8
        y += 40
    return y - top + c.style.title_h + 12


def _toolbar_button(c: Canvas, r: QRectF, label: str) -> None:
    p = c.p
    p.save()
    icon = QRectF(r.left() + 6, r.top() + 7, 16, 16)
    p.setBrush(QColor("#f2c744"))
    p.setPen(QPen(QColor("#9a7a10"), 1))
    p.drawRect(icon)
    p.setPen(c.style.text)
    p.setFont(ui_font(12))
    p.drawText(r.adjusted(28, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)
    p.restore()


def _tab(c: Canvas, r: QRectF, label: str, selected: bool) -> None:
    p, s = c.p, c.style
    p.save()
    if s.name == "classic":
        _bevel(p, r, raised=True, fill=s.face)
    else:
        p.setBrush(QColor("#ffffff") if selected else QColor("#e9e9e9"))
        p.setPen(QPen(QColor("#a0a0a0"), 1))
        p.drawRect(r)
        if selected and s.name == "xp":
            p.fillRect(QRectF(r.left(), r.top(), r.width(), 3), QColor("#ffc83c"))
    p.setPen(s.text)
    p.setFont(ui_font(12))
    p.drawText(r, Qt.AlignmentFlag.AlignCenter, label)
    p.restore()


def _element(c: Canvas, doc: dict[str, Any], e: dict[str, Any], target: str | None, area: QRectF,
             measure: bool) -> float:
    """Draw one body element at area.top(); returns its bottom."""
    p, s, lang = c.p, c.style, c.lang
    y = area.top()
    kind = e["type"]
    font = ui_font(12)
    fm = QFontMetrics(font)
    p.setFont(font)
    if kind == "group":
        if not measure:
            label = text(e["label"], lang)
            p.setFont(ui_font(12, bold=s.name != "classic"))
            p.setPen(QColor("#003399") if s.name in ("xp", "win10") else s.text)
            p.drawText(QRectF(area.left(), y, area.width(), 22), Qt.AlignmentFlag.AlignVCenter, label)
            w = QFontMetrics(ui_font(12, True)).horizontalAdvance(label)
            p.setPen(QPen(QColor("#c0c0c0"), 1))
            p.drawLine(QPointF(area.left() + w + 8, y + 11), QPointF(area.right(), y + 11))
        return y + 22
    if kind == "text":
        label = text(e["label"], lang)
        r = fm.boundingRect(QRectF(area.left(), y, area.width(), 400).toRect(), int(Qt.TextFlag.TextWordWrap), label)
        if not measure:
            p.setPen(s.text)
            p.drawText(QRectF(area.left(), y, area.width(), r.height() + 4), int(Qt.TextFlag.TextWordWrap), label)
        return y + r.height() + 4
    if kind == "field":
        label = text(e["label"], lang)
        lw = max(120, fm.horizontalAdvance(label) + 12)
        box = QRectF(area.left() + lw, y, min(300, area.width() - lw), 24)
        if not measure:
            p.setPen(s.text)
            p.drawText(QRectF(area.left(), y, lw, 24), Qt.AlignmentFlag.AlignVCenter, label)
            _white_box(c, box)
            p.setPen(QColor("#000000"))
            p.setFont(font)
            p.drawText(box.adjusted(6, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, e.get("value", ""))
            if e.get("pick"):
                c.mark(box)
        return y + 26
    if kind == "list":
        items = [text(i, lang) for i in e["items"]]
        box = QRectF(area.left(), y, min(360, area.width()), 22 * len(items) + 8)
        if not measure:
            _white_box(c, box)
            for i, label in enumerate(items):
                row = QRectF(box.left() + 3, box.top() + 4 + 22 * i, box.width() - 6, 22)
                if i == e.get("pick", -1):
                    _selection(c, row)
                    c.mark(row)
                p.setPen(s.sel_text if i == e.get("pick", -1) and s.name != "win10" else QColor("#000000"))
                p.setFont(font)
                p.drawText(row.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)
        return box.bottom()
    if kind == "checkbox":
        label = text(e["label"], lang)
        checked = checkbox_ticked(doc, e, target)
        row = QRectF(area.left(), y, fm.horizontalAdvance(label) + 30, 24)
        if not measure:
            _checkbox(c, QRectF(row.left() + 2, row.top() + 5, 14, 14), checked)
            p.setPen(s.text)
            p.setFont(font)
            p.drawText(row.adjusted(24, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)
            if e.get("target"):
                c.mark(row)
        return y + 24
    if kind in ("radio", "select"):
        options = e["options"]
        chosen = chosen_option(options, target, doc)
        if e.get("label") and kind == "radio":
            if not measure:
                p.setPen(s.text)
                p.drawText(QRectF(area.left(), y, area.width(), 22), Qt.AlignmentFlag.AlignVCenter, text(e["label"], lang))
            y += 24
        if kind == "radio":
            indent = 16 if e.get("label") else 0
            for i, o in enumerate(options):
                label = text(o["label"], lang)
                row = QRectF(area.left() + indent, y, fm.horizontalAdvance(label) + 30, 24)
                if not measure:
                    _radio(c, QPointF(row.left() + 9, row.top() + 12), i == chosen)
                    p.setPen(s.text)
                    p.setFont(font)
                    p.drawText(row.adjusted(24, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)
                    if e.get("target") and i == chosen:
                        c.mark(row)
                y += 24
            return y
        label = text(e.get("label", ""), lang)
        lw = max(120, fm.horizontalAdvance(label) + 12)
        combo = QRectF(area.left() + lw, y, 200, 24)
        if not measure:
            p.setPen(s.text)
            p.drawText(QRectF(area.left(), y, lw, 24), Qt.AlignmentFlag.AlignVCenter, label)
            _white_box(c, combo)
            p.setPen(QColor("#000000"))
            p.drawText(combo.adjusted(8, 0, -20, 0), Qt.AlignmentFlag.AlignVCenter, text(options[chosen]["label"], lang))
            p.drawText(combo.adjusted(0, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, "▾")
        drop = QRectF(combo.left(), combo.bottom() + 1, combo.width(), 22 * len(options) + 4)
        if not measure:
            _white_box(c, drop)
            for i, o in enumerate(options):
                row = QRectF(drop.left() + 2, drop.top() + 2 + 22 * i, drop.width() - 4, 22)
                if i == chosen:
                    _selection(c, row)
                    c.mark(row if target in ("passive", "active") else combo)
                p.setPen(s.sel_text if i == chosen and s.name != "win10" else QColor("#000000"))
                p.setFont(font)
                p.drawText(row.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text(o["label"], lang))
        return drop.bottom()
    return y


def _checkbox(c: Canvas, r: QRectF, checked: bool) -> None:
    p = c.p
    p.save()
    if c.style.name == "classic":
        _bevel(p, r, raised=False, fill=QColor("#ffffff"))
    elif c.style.name == "mac":
        p.setBrush(QColor("#0a84ff") if checked else QColor("#ffffff"))
        p.setPen(QPen(QColor("#a0a0a0"), 1))
        p.drawRoundedRect(r, 3, 3)
    else:
        p.setBrush(QColor("#ffffff"))
        p.setPen(QPen(QColor("#1c5180") if c.style.name == "xp" else QColor("#333333"), 1))
        p.drawRect(r)
    if checked:
        color = QColor("#ffffff") if c.style.name == "mac" else QColor("#21a121") if c.style.name == "xp" else QColor("#000000")
        p.setPen(QPen(color, 2.2))
        path = QPainterPath(QPointF(r.left() + 3, r.center().y()))
        path.lineTo(r.left() + 6, r.bottom() - 3)
        path.lineTo(r.right() - 3, r.top() + 3)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    p.restore()


def _radio(c: Canvas, center: QPointF, on: bool) -> None:
    p = c.p
    p.save()
    p.setBrush(QColor("#ffffff"))
    p.setPen(QPen(QColor("#333333"), 1))
    p.drawEllipse(center, 7, 7)
    if on:
        p.setBrush(QColor("#21a121") if c.style.name == "xp" else QColor("#000000"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(center, 3.5, 3.5)
    p.restore()


# ---------------------------------------------------------------- terminal and card


def _draw_terminal_step(c: Canvas, doc: dict[str, Any], step: dict[str, Any], target: str | None) -> float:
    p = c.p
    lines = step["lines"][target if target in ("passive", "active") else "passive"]
    prompt = step.get("prompt", "$")  # "C:\\>" for the Windows command prompt, "PS>" for PowerShell
    win = QRectF(MARGIN, MARGIN, WIDTH - 2 * MARGIN, c.style.title_h + 30 + 26 * (len(lines) + 2))
    client = _window(c, win, text(step["title"], c.lang))
    p.fillRect(client, c.style.face)
    font = mono_font(14)
    fm = QFontMetrics(font)
    y = client.top() + 16
    for i, line in enumerate(lines):
        r = QRectF(client.left() + 16, y, fm.horizontalAdvance(line) + 8, 24)
        p.setFont(font)
        p.setPen(QColor("#7fd962") if line.startswith(prompt) else QColor("#e6e6e6"))
        p.drawText(r.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, line)
        if i in step.get("pick", []):
            c.mark(r)
        y += 26
    p.setPen(QColor("#7fd962"))
    p.drawText(QRectF(client.left() + 20, y, 200, 24), Qt.AlignmentFlag.AlignVCenter, f"{prompt} █")
    return win.bottom()


def _draw_card_step(c: Canvas, doc: dict[str, Any], step: dict[str, Any]) -> float:
    p, lang = c.p, c.lang
    inner_w = WIDTH - 2 * MARGIN - 40
    title_font = ui_font(17, bold=True)
    body_font = ui_font(14)
    fm = QFontMetrics(body_font)
    heights = [fm.boundingRect(0, 0, inner_w - 24, 1000, int(Qt.TextFlag.TextWordWrap), text(line, lang)).height()
               for line in step["lines"]]
    extra = 70 if doc["id"] == "browsers" else 0
    card = QRectF(MARGIN, MARGIN, WIDTH - 2 * MARGIN, 70 + extra + sum(h + 12 for h in heights))
    p.setPen(QPen(QColor("#c8d0da"), 1))
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(card, 10, 10)
    p.setFont(title_font)
    p.setPen(QColor("#1d1d1f"))
    p.drawText(QRectF(card.left() + 20, card.top() + 14, inner_w, 30), Qt.AlignmentFlag.AlignVCenter,
               text(step["title"], lang))
    y = card.top() + 56
    if doc["id"] == "browsers":
        _crossed_address_bar(c, QRectF(card.left() + 20, y, inner_w, 40))
        y += extra
    p.setFont(body_font)
    for line, h in zip(step["lines"], heights, strict=True):
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#3b7dd8"))
        p.drawEllipse(QPointF(card.left() + 26, y + 9), 3.5, 3.5)
        p.setPen(QColor("#1d1d1f"))
        p.drawText(QRectF(card.left() + 40, y, inner_w - 24, h + 4), int(Qt.TextFlag.TextWordWrap), text(line, lang))
        y += h + 12
    return card.bottom()


def _crossed_address_bar(c: Canvas, r: QRectF) -> None:
    p = c.p
    p.save()
    p.setBrush(QColor("#f1f3f4"))
    p.setPen(QPen(QColor("#dadce0"), 1))
    p.drawRoundedRect(r, 20, 20)
    p.setFont(ui_font(15))
    p.setPen(QColor("#3c4043"))
    address = "ftp://ftp.example.com/"
    p.drawText(r.adjusted(24, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, address)
    w = QFontMetrics(ui_font(15)).horizontalAdvance(address)
    p.setPen(QPen(RED, 3))
    p.drawLine(QPointF(r.left() + 20, r.center().y()), QPointF(r.left() + 28 + w, r.center().y()))
    p.setFont(ui_font(13, bold=True))
    p.drawText(QRectF(r.left() + 40 + w, r.top(), 300, r.height()), Qt.AlignmentFlag.AlignVCenter,
               c.t(QT_TRANSLATE_NOOP("ClientsGuide", "not supported any more")))
    p.restore()


# ---------------------------------------------------------------- callouts and instructions


def _draw_callouts(c: Canvas) -> None:
    p = c.p
    p.save()
    for n, co in enumerate(c.callouts, 1):
        box = co.rect.adjusted(-4, -3, 4, 3)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(RED, 3))
        p.drawRoundedRect(box, 4, 4)
        if co.place == "left" and box.left() >= 24:
            center = QPointF(box.left() - 12, box.center().y())
        else:
            center = QPointF(max(box.left() - 2, 14), max(box.top() - 2, 14))
        p.setPen(QPen(QColor("#ffffff"), 2))
        p.setBrush(RED)
        p.drawEllipse(center, 11, 11)
        p.setFont(ui_font(13, bold=True))
        p.setPen(QColor("#ffffff"))
        p.drawText(QRectF(center.x() - 11, center.y() - 11, 22, 22), Qt.AlignmentFlag.AlignCenter, str(n))
        if co.tag:
            f = ui_font(12, bold=True)
            w = QFontMetrics(f).horizontalAdvance(co.tag) + 18
            pill = QRectF(box.right() + 10, box.center().y() - 11, w, 22)
            if pill.right() > WIDTH - 4:
                pill.moveRight(box.left() - 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(RED)
            p.drawRoundedRect(pill, 11, 11)
            p.setPen(QColor("#ffffff"))
            p.setFont(f)
            p.drawText(pill, Qt.AlignmentFlag.AlignCenter, co.tag)
    p.restore()


def _draw_instructions(c: Canvas, words: StepText, top: float) -> float:
    p = c.p
    width = WIDTH - 2 * MARGIN
    font = ui_font(14)
    fm = QFontMetrics(font)
    lines = [(line.badge, line.text) for line in words.lines]
    if not lines:
        return top - 14  # a card says everything itself
    header = words.header
    heights = [fm.boundingRect(0, 0, width - 60, 1000, int(Qt.TextFlag.TextWordWrap), t).height() for _, t in lines]
    box = QRectF(MARGIN, top, width, 44 + sum(h + 10 for h in heights))
    p.save()
    p.setPen(QPen(QColor("#c8d0da"), 1))
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(box, 8, 8)
    p.setFont(ui_font(13, bold=True))
    p.setPen(QColor("#5a6673"))
    p.drawText(QRectF(box.left() + 14, box.top() + 8, width - 28, 24), Qt.AlignmentFlag.AlignVCenter, header)
    y = box.top() + 38
    for (badge, line), h in zip(lines, heights, strict=True):
        center = QPointF(box.left() + 26, y + 10)
        color = RED if badge.isdigit() else QColor("#d98c00") if badge == "!" else QColor("#3b7dd8") if badge == "i" \
            else QColor("#5a6673")
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(color))
        p.drawEllipse(center, 10, 10)
        p.setPen(QColor("#ffffff"))
        p.setFont(ui_font(12, bold=True))
        p.drawText(QRectF(center.x() - 10, center.y() - 10, 20, 20), Qt.AlignmentFlag.AlignCenter, badge)
        p.setPen(QColor("#1d1d1f"))
        p.setFont(font)
        p.drawText(QRectF(box.left() + 46, y, width - 60, h + 4), int(Qt.TextFlag.TextWordWrap), line)
        y += h + 10
    p.restore()
    return box.bottom()

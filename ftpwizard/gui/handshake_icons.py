"""The handshake picture's small drawings: devices, badges, arrow heads, tags (QPainter, design units).

Symbols are drawn as lines, never as font glyphs that a machine might not have. Colours come from
``ftpwizard.present.wizard.handshake_theme`` through ``colour()``.
"""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF

from ftpwizard.core.geometry import Point, Rect
from ftpwizard.present.theme import SCREEN_FONTS
from ftpwizard.present.wizard import handshake_theme as theme

FONT_FAMILIES = list(SCREEN_FONTS)  # Korean first where it exists: see ftpwizard.present.theme


@functools.cache
def colour(hex_code: str, alpha: int = 255) -> QColor:
    """A theme colour as a QColor (cached: callers must not change it)."""
    result = QColor(hex_code)
    result.setAlpha(alpha)
    return result


@functools.cache
def ui_font(pixel_size: float, bold: bool = False) -> QFont:
    """Cached: each frame asks for the same few fonts. Callers must not change the returned QFont."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    # Unhinted glyphs scale linearly, so text measured in logical units fits at every zoom and DPI.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def qpoint(point: Point) -> QPointF:
    return QPointF(point.x, point.y)


def soft_shadow(p: QPainter, rect: QRectF, radius: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    for i, alpha in enumerate((18, 12, 7)):
        p.setBrush(colour(theme.SHADOW, alpha))
        grow = 1.5 + i * 2.0
        p.drawRoundedRect(rect.adjusted(-grow, -grow + 3, grow, grow + 3), radius + grow, radius + grow)


def solid(p: QPainter, line: QLineF, line_colour: QColor) -> None:
    pen = QPen(line_colour, 4.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(line)


def arrow_head(p: QPainter, tip: QPointF, rightwards: bool, head_colour: QColor, size: float) -> None:
    d = 1 if rightwards else -1
    poly = QPolygonF(
        [
            tip,
            QPointF(tip.x() - d * size * 1.25, tip.y() - size * 0.7),
            QPointF(tip.x() - d * size * 1.25, tip.y() + size * 0.7),
        ]
    )
    p.setPen(
        QPen(head_colour, 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    p.setBrush(head_colour)
    p.drawPolygon(poly)


def glow_dot(p: QPainter, at: QPointF, dot_colour: QColor) -> None:
    halo = QColor(dot_colour)
    halo.setAlpha(60)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(halo)
    p.drawEllipse(at, 11, 11)
    p.setBrush(dot_colour)
    p.drawEllipse(at, 6, 6)
    p.setBrush(colour(theme.ON_COLOUR))
    p.drawEllipse(at, 2.2, 2.2)


def number(p: QPainter, centre: QPointF, n: int, fill: QColor, font: QFont) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    p.drawEllipse(centre, 10, 10)
    p.setPen(colour(theme.ON_COLOUR))
    p.setFont(font)
    p.drawText(QRectF(centre.x() - 10, centre.y() - 10, 20, 20), Qt.AlignmentFlag.AlignCenter, str(n))


def badge(p: QPainter, centre: QPointF, r: float, fill: QColor, symbol: str, now_ms: float = 0.0) -> None:
    """A filled circle with a symbol: ok, fail, warn, info, or run (three dots pulsing with ``now_ms``)."""
    white = colour(theme.ON_COLOUR)
    p.setPen(QPen(white, max(1.5, r * 0.22)))
    p.setBrush(fill)
    p.drawEllipse(centre, r, r)
    pen = QPen(
        white, max(1.6, r * 0.24), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    x, y, k = centre.x(), centre.y(), r * 0.42
    if symbol == "ok":
        path = QPainterPath(QPointF(x - k, y + 0.05 * r))
        path.lineTo(x - 0.15 * r, y + k)
        path.lineTo(x + k * 1.1, y - k * 0.9)
        p.drawPath(path)
    elif symbol == "fail":
        p.drawLine(QLineF(x - k, y - k, x + k, y + k))
        p.drawLine(QLineF(x - k, y + k, x + k, y - k))
    elif symbol in ("warn", "info"):
        top, bottom = (y - k * 1.2, y + k * 0.35) if symbol == "warn" else (y - k * 0.3, y + k * 1.2)
        dot_y = y + k * 1.2 if symbol == "warn" else y - k * 1.2
        p.drawLine(QLineF(x, top, x, bottom))
        p.setBrush(white)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(x, dot_y), r * 0.13, r * 0.13)
    elif symbol == "run":
        p.setPen(Qt.PenStyle.NoPen)
        for i in range(3):
            phase = (now_ms / 600.0 - i * 0.2) % 1.0
            alpha = 120 + int(135 * max(0.0, math.sin(phase * math.pi)))
            p.setBrush(colour(theme.ON_COLOUR, alpha))
            p.drawEllipse(QPointF(x + (i - 1) * r * 0.45, y), r * 0.14, r * 0.14)


def draw_pc(p: QPainter, c: QPointF) -> None:
    screen = QRectF(c.x() - 38, c.y() - 32, 76, 50)
    p.setPen(QPen(colour(theme.PC_FRAME), 2))
    p.setBrush(colour(theme.PC_FRAME))
    p.drawRoundedRect(screen, 7, 7)
    glass = screen.adjusted(5, 5, -5, -5)
    gradient = QLinearGradient(glass.topLeft(), glass.bottomRight())
    gradient.setColorAt(0, colour(theme.SCREEN_LIGHT))
    gradient.setColorAt(1, colour(theme.SCREEN_DARK))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(glass, 4, 4)
    # a window on the screen, so it reads as "a PC running a program"
    p.setBrush(colour(theme.ON_COLOUR, 170))
    p.drawRoundedRect(QRectF(glass.left() + 8, glass.top() + 7, 34, 22), 3, 3)
    stand = QPainterPath()
    stand.moveTo(c.x() - 8, screen.bottom())
    stand.lineTo(c.x() + 8, screen.bottom())
    stand.lineTo(c.x() + 12, screen.bottom() + 12)
    stand.lineTo(c.x() - 12, screen.bottom() + 12)
    stand.closeSubpath()
    p.setBrush(colour(theme.PC_STAND))
    p.drawPath(stand)
    p.setBrush(colour(theme.PC_FOOT))
    p.drawRoundedRect(QRectF(c.x() - 24, screen.bottom() + 11, 48, 6), 3, 3)


def draw_server(p: QPainter, c: QPointF) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    for i in range(3):
        unit = QRectF(c.x() - 34, c.y() - 34 + i * 22, 68, 19)
        gradient = QLinearGradient(unit.topLeft(), unit.bottomLeft())
        gradient.setColorAt(0, colour(theme.DEVICE))
        gradient.setColorAt(1, colour(theme.DEVICE_DARK))
        p.setBrush(QBrush(gradient))
        p.drawRoundedRect(unit, 5, 5)
        p.setBrush(colour(theme.LED_ON))
        p.drawEllipse(QPointF(unit.left() + 10, unit.center().y()), 2.8, 2.8)
        p.setBrush(colour(theme.VENT))
        for j in range(4):
            p.drawRoundedRect(QRectF(unit.left() + 26 + j * 9, unit.top() + 6, 5, 7), 1.5, 1.5)


def draw_router(p: QPainter, c: QPointF, blocked: bool) -> None:
    body = QRectF(c.x() - 27, c.y() - 2, 54, 20)
    edge = colour(theme.ERROR if blocked else theme.DEVICE)
    p.setPen(QPen(edge, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QLineF(body.left() + 12, body.top(), body.left() + 6, body.top() - 18))
    p.drawLine(QLineF(body.right() - 12, body.top(), body.right() - 6, body.top() - 18))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(edge)
    p.drawRoundedRect(body, 7, 7)
    for i in range(4):
        p.setBrush(colour(theme.LED_BLAMED if blocked else theme.LED_ON))
        p.drawEllipse(QPointF(body.left() + 13 + i * 9.5, body.center().y()), 2.5, 2.5)


def draw_shield(p: QPainter, c: QPointF, blocked: bool) -> None:
    path = QPainterPath()
    top = c.y() - 22
    path.moveTo(c.x(), top)
    path.cubicTo(c.x() + 10, top + 6, c.x() + 18, top + 6, c.x() + 21, top + 6)
    path.cubicTo(c.x() + 21, top + 26, c.x() + 14, top + 38, c.x(), top + 44)
    path.cubicTo(c.x() - 14, top + 38, c.x() - 21, top + 26, c.x() - 21, top + 6)
    path.cubicTo(c.x() - 18, top + 6, c.x() - 10, top + 6, c.x(), top)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour(theme.ERROR if blocked else theme.DEVICE))
    p.drawPath(path)
    # a brick pattern inside the shield: it is a firewall
    p.save()
    inner = QPainterPath()
    inner.addPath(path)
    p.setClipPath(inner)
    p.setPen(QPen(colour(theme.ON_COLOUR, 210), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    rows = (top + 13, top + 22, top + 31)
    for yy in rows:
        p.drawLine(QLineF(c.x() - 24, yy, c.x() + 24, yy))
    for i, (y0, y1) in enumerate(zip((top + 4,) + rows[:-1], rows, strict=True)):
        joints = (c.x(),) if i % 2 else (c.x() - 8, c.x() + 8)
        for jx in joints:
            p.drawLine(QLineF(jx, y0, jx, y1))
    for jx in (c.x() - 8, c.x() + 8):
        p.drawLine(
            QLineF(jx - 4 if jx < c.x() else jx + 4, rows[-1], jx - 4 if jx < c.x() else jx + 4, top + 44)
        )
    p.restore()

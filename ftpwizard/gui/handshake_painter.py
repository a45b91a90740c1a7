"""Draws one ``Frame`` of the handshake picture with a QPainter: my PC, the server, a firewall on each
side, arrows ①–④ and the status line.

What is shown at which progress comes from the timeline (``ftpwizard.present.wizard.handshake_timeline``),
where it goes from the layout (``handshake_layout``), the colours from ``handshake_theme``. This module
only measures text (the layout needs its width) and maps all of it to QPainter calls.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ftpwizard.core.vocabulary import context_of
from ftpwizard.gui.handshake_icons import (
    arrow_head,
    badge,
    colour,
    draw_pc,
    draw_router,
    draw_server,
    draw_shield,
    glow_dot,
    number,
    qrect,
    soft_shadow,
    solid,
    ui_font,
)
from ftpwizard.present.wizard import handshake_layout as lay
from ftpwizard.present.wizard import handshake_theme as theme
from ftpwizard.present.wizard.handshake_state import CONTEXT, ArrowState, ArrowStatus, Caption, Msg, Side
from ftpwizard.present.wizard.handshake_timeline import ArrowFrame, Frame

LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
ARROW_COLOUR = {ArrowStatus.OK: theme.OK, ArrowStatus.FAILED: theme.ERROR}
BANNER_SYMBOL = {"ok": "ok", "error": "fail", "warning": "warn", "running": "run", "idle": "info"}


def tr(key: str) -> str:
    return QCoreApplication.translate(context_of(key, CONTEXT), key)


def translate_caption(caption: Caption) -> str:
    """Translate a caption and fill its placeholders; a broken translation falls back to English."""
    params = {k: translate_caption(v) if isinstance(v, Caption) else v for k, v in caption.params.items()}
    try:
        return tr(caption.key).format(**params)
    except (KeyError, IndexError, ValueError):
        return caption.key.format(**params)


class FramePainter:
    """Paints frames on ``p`` in a ``width`` x ``height`` area (logical pixels), picture centred."""

    def __init__(self, p: QPainter, width: float, height: float) -> None:
        self.p = p
        self.fit = lay.fit(width, height)

    def text(self, rect: QRectF, flags: Any, text: str) -> None:
        """Every word on the picture is drawn here (``TextRecorder`` lists them)."""
        self.p.drawText(rect, flags, text)

    def font(self, size: float, bold: bool = False) -> QFont:
        return ui_font(lay.font_px(size, self.fit.scale), bold)

    def paint(self, frame: Frame) -> None:
        p = self.p
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.translate(self.fit.dx, self.fit.dy)
        p.scale(self.fit.scale, self.fit.scale)
        p.fillRect(qrect(lay.Rect(0, 0, lay.W, lay.H)), colour(theme.BACKGROUND))
        self.title(frame.state.mode == "active")
        state = frame.state
        note = translate_caption(state.culprit_note) if state.culprit_note is not None else ""
        for side in ("client", "server"):
            self.card(side, note if frame.culprit == side else None)
            self.wall(side, note if frame.culprit == f"{side}_wall" else None)
        self.ports(frame)
        for arrow_frame in frame.arrows:
            self.arrow(frame, state.arrow(arrow_frame.n), arrow_frame)
        for arrow_frame in frame.arrows:
            self.caption(state.arrow(arrow_frame.n), arrow_frame)
        self.banner(frame)

    # ------------------------------------------------------------ fixed parts

    def title(self, active: bool) -> None:
        p = self.p
        p.setPen(colour(theme.TEXT))
        p.setFont(self.font(lay.TITLE_PX, bold=True))
        self.text(qrect(lay.TITLE), LEFT_MIDDLE, tr(Msg.TITLE_ACTIVE if active else Msg.TITLE_PASSIVE))
        p.setPen(colour(theme.TEXT_SECONDARY))
        p.setFont(self.font(lay.SUBTITLE_PX))
        self.text(
            qrect(lay.SUBTITLE), LEFT_MIDDLE, tr(Msg.SUBTITLE_ACTIVE if active else Msg.SUBTITLE_PASSIVE)
        )

    def card(self, side: Side, note: str | None) -> None:
        p = self.p
        rect = qrect(lay.CARD[side])
        soft_shadow(p, rect, lay.CARD_RADIUS)
        p.setPen(QPen(colour(theme.ERROR), 2.2) if note is not None else QPen(colour(theme.CARD_BORDER), 1.2))
        p.setBrush(colour(theme.CARD))
        p.drawRoundedRect(rect, lay.CARD_RADIUS, lay.CARD_RADIUS)
        centre = QPointF(rect.center().x(), lay.DEVICE_Y)
        (draw_pc if side == "client" else draw_server)(p, centre)
        p.setPen(colour(theme.TEXT))
        p.setFont(self.font(lay.NAME_PX, bold=True))
        name = tr(Msg.CLIENT if side == "client" else Msg.SERVER)
        self.text(qrect(lay.card_name(side)), CENTRE, name)
        if note is not None:
            self.tag(
                lay.Point(rect.center().x(), lay.CARD_NOTE_Y),
                note,
                theme.ERROR,
                theme.ERROR_BG,
                "fail",
                lay.NOTE_PX,
                lay.card_note_width(side, self.fit.scale),
            )

    def wall(self, side: Side, note: str | None) -> None:
        p = self.p
        blocked = note is not None
        x = lay.WALL_X[side]
        (draw_router if side == "client" else draw_shield)(p, QPointF(x, lay.WALL_ICON_Y), blocked)
        p.setFont(self.font(lay.WALL_PX, bold=blocked))
        p.setPen(colour(theme.ERROR if blocked else theme.TEXT_SECONDARY))
        label = tr(Msg.CLIENT_WALL if side == "client" else Msg.SERVER_WALL)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        self.text(qrect(lay.wall_label(side)), flags, label)
        if note is not None:
            self.tag(
                lay.Point(x, lay.WALL_NOTE_Y),
                note,
                theme.ERROR,
                theme.ERROR_BG,
                "fail",
                lay.WALL_NOTE_PX,
                lay.wall_note_width(self.fit.scale),
            )
        fill, edge = (
            (theme.BRICK_BLAMED, theme.BRICK_BLAMED_EDGE) if blocked else (theme.BRICK, theme.BRICK_EDGE)
        )
        p.setPen(QPen(colour(edge), 1))
        p.setBrush(colour(fill))
        for brick in lay.bricks(side):
            p.drawRoundedRect(qrect(brick), 3, 3)

    def ports(self, frame: Frame) -> None:
        p, state = self.p, frame.state
        any_port, unknown = tr(Msg.PORT_ANY), tr(Msg.PORT_UNKNOWN)

        def text(port: int | None, fallback: str) -> str:
            return str(port) if port is not None else fallback

        values: dict[tuple[Side, lay.Group], str] = {
            ("client", "control"): any_port,
            ("server", "control"): str(state.control_port),
            ("client", "data"): text(state.client_data_port, unknown) if state.mode == "active" else any_port,
            ("server", "data"): text(state.server_data_port, unknown),
        }
        edge = {"idle": theme.CARD_BORDER, "running": theme.RUNNING, "failed": theme.ERROR}
        for (side, group), value in values.items():
            look = frame.ports[group]
            box = lay.port_box(side, group)
            p.setPen(QPen(colour(edge[look]), 2 if look != "idle" else 1.2))
            p.setBrush(colour(theme.PORT_BOX))
            p.drawRoundedRect(qrect(box), 14, 14)
            p.setPen(colour(theme.TEXT_SECONDARY))
            p.setFont(self.font(lay.ROLE_PX))
            self.text(
                qrect(lay.port_role(box)),
                CENTRE,
                tr(Msg.ROLE_CONTROL if group == "control" else Msg.ROLE_DATA),
            )
            numeric = value.isdigit()
            p.setPen(colour(theme.TEXT if numeric else theme.TEXT_SECONDARY))
            p.setFont(self.font(lay.PORT_PX if numeric else lay.PORT_WORD_PX, bold=True))
            self.text(qrect(lay.port_value(box)), CENTRE, value)

    # ------------------------------------------------------------ the steps

    def arrow(self, frame: Frame, arrow: ArrowState, shown: ArrowFrame) -> None:
        p = self.p
        y = lay.ROW_Y[arrow.n]
        start, end, stop = lay.arrow_span(arrow, frame.state.culprit)
        rightwards = start < end
        line = QLineF(start, y, end, y)
        if shown.look in ("pending", "skipped", "waiting"):
            grey = colour(theme.IDLE)
            pen = QPen(grey if shown.look == "pending" else grey.lighter(115), 2.2, Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawLine(line)
            arrow_head(p, QPointF(end, y), rightwards, grey, 9)
            return
        if shown.look == "running":
            blue, faint = colour(theme.RUNNING), colour(theme.RUNNING).lighter(160)
            p.setPen(QPen(faint, 2.2, Qt.PenStyle.DashLine))
            p.drawLine(line)
            arrow_head(p, QPointF(end, y), rightwards, faint, 9)
            head = start + (end - start) * shown.progress
            solid(p, QLineF(start, y, head, y), blue)
            glow_dot(p, QPointF(head, y), blue)
            return
        warned = arrow.status is ArrowStatus.OK and arrow.warning is not None
        line_colour = colour(theme.WARNING if warned else ARROW_COLOUR[arrow.status])
        if shown.look == "growing":
            head = lay.growing_head(start, end, stop, shown.grow_from, shown.progress)
            solid(p, QLineF(start, y, head, y), line_colour)
            glow_dot(p, QPointF(head, y), line_colour)
            return
        solid(p, QLineF(start, y, stop, y), line_colour)
        if arrow.status is ArrowStatus.OK:
            arrow_head(p, QPointF(end, y), rightwards, line_colour, 13)
        else:
            badge(p, QPointF(lay.mark_x(arrow, frame.state.culprit), y), 13, colour(theme.ERROR), "fail")

    def caption(self, arrow: ArrowState, shown: ArrowFrame) -> None:
        p = self.p
        waiting = shown.look == "waiting"
        status = ArrowStatus.RUNNING if waiting else arrow.status
        mark, fill = {
            ArrowStatus.PENDING: (theme.IDLE, theme.CARD),
            ArrowStatus.SKIPPED: (theme.IDLE, theme.CARD),
            ArrowStatus.RUNNING: (theme.RUNNING, theme.CARD),
            ArrowStatus.OK: (theme.OK, theme.CARD),
            ArrowStatus.FAILED: (theme.ERROR, theme.ERROR_BG),
        }[status]
        if status is ArrowStatus.OK and arrow.warning is not None:
            mark = theme.WARNING
        done = shown.look == "done"
        text = translate_caption(arrow.caption) if arrow.caption is not None and not waiting else ""
        symbol = None
        if done and status is ArrowStatus.OK:
            symbol = "warn" if arrow.warning is not None else "ok"
        elif done and status is ArrowStatus.FAILED:
            symbol = "fail"
        font = self.font(lay.CAPTION_PX, bold=status is ArrowStatus.FAILED)
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(
            text, Qt.TextElideMode.ElideRight, lay.caption_room(self.fit.scale, symbol is not None)
        )
        rect = qrect(
            lay.caption_box(arrow.n, metrics.horizontalAdvance(text) if text else None, symbol is not None)
        )
        mark_colour = colour(mark)
        p.setPen(QPen(mark_colour.lighter(135) if status is not ArrowStatus.FAILED else mark_colour, 1.1))
        p.setBrush(colour(fill))
        p.drawRoundedRect(rect, 12.5, 12.5)
        number(
            p,
            QPointF(rect.left() + 15, rect.center().y()),
            arrow.n,
            mark_colour,
            self.font(lay.NUMBER_PX, True),
        )
        if text:
            p.setFont(font)
            quiet = status in (ArrowStatus.PENDING, ArrowStatus.SKIPPED)
            p.setPen(colour(theme.TEXT_SECONDARY if quiet else theme.TEXT))
            text_rect = lay.Rect(
                rect.left() + lay.CAPTION_NUMBER_W,
                rect.top(),
                metrics.horizontalAdvance(text) + 2,
                rect.height(),
            )
            self.text(qrect(text_rect), LEFT_MIDDLE, text)
        if symbol:
            sym = {"ok": theme.OK, "warn": theme.WARNING, "fail": theme.ERROR}[symbol]
            badge(p, QPointF(rect.right() - 16, rect.center().y()), 8.5, colour(sym), symbol)
        if arrow.warning is not None and done:
            room = lay.zoomed(lay.CAPTION_MAX_W, lay.CAPTION_ZOOMED_MAX_W, self.fit.scale)
            self.tag(
                lay.warning_centre(arrow.n),
                translate_caption(arrow.warning),
                theme.WARNING,
                theme.WARNING_BG,
                "warn",
                lay.WARNING_PX,
                room,
            )

    def banner(self, frame: Frame) -> None:
        p, status = self.p, frame.status
        line, fill = theme.SEVERITY[status.severity]
        banner = qrect(lay.BANNER)
        p.setPen(QPen(colour(line).lighter(140), 1.2))
        p.setBrush(colour(fill))
        p.drawRoundedRect(banner, 16, 16)
        centre = QPointF(banner.left() + 28, banner.center().y())
        badge(p, centre, 13, colour(line), BANNER_SYMBOL[status.severity], frame.now_ms)
        p.setPen(colour(theme.TEXT))
        bold = status.severity in ("error", "warning", "ok")
        text = translate_caption(status.caption)
        font = self.font(lay.BANNER_PX, bold)
        if not lay.banner_fits(QFontMetricsF(font).horizontalAdvance(text)):
            font = self.font(lay.BANNER_SMALL_PX, bold)
        p.setFont(font)
        self.text(qrect(lay.banner_text()), LEFT_MIDDLE | Qt.TextFlag.TextWordWrap, text)

    def tag(
        self, centre: lay.Point, text: str, line: str, fill: str, symbol: str, size: float, max_width: float
    ) -> None:
        """A rounded label with a badge: a note on the blamed wall/device, or a warning under an arrow."""
        p = self.p
        font = self.font(size, bold=True)
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, lay.tag_room(max_width))
        rect = qrect(lay.tag_box(centre, metrics.horizontalAdvance(text)))
        line_colour = colour(line)
        p.setPen(QPen(line_colour.lighter(130), 1))
        p.setBrush(colour(fill))
        p.drawRoundedRect(rect, 11, 11)
        badge(p, QPointF(rect.left() + 12, rect.center().y()), 7.5, line_colour, symbol)
        p.setFont(font)
        p.setPen(QColor(line_colour).darker(125))
        self.text(rect.adjusted(24, 0, -8, 0), LEFT_MIDDLE, text)


class TextRecorder(FramePainter):
    """Paints as usual and lists every text drawn, in drawing order (what a sighted user reads)."""

    def __init__(self, p: QPainter, width: float, height: float) -> None:
        super().__init__(p, width, height)
        self.texts: list[str] = []

    def text(self, rect: QRectF, flags: Any, text: str) -> None:
        self.texts.append(text)
        super().text(rect, flags, text)

"""The four-step FTP handshake picture: my PC, the server, a firewall on each side, arrows ①–④.

Why QPainter and not QGraphicsView: the picture is one fixed diagram (two devices, two walls, four
arrows) whose look is a pure function of a ``HandshakeState`` plus a few animation clocks. A single
``paint(painter, w, h)`` in logical coordinates gives the widget, high-DPI scaling and the report PNG
(``render_image``) from the same code, with no scene/item lifetimes to keep in sync with the state,
and one QTimer drives every animation, so ``stop()`` has exactly two timers to stop.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QLineF,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

from ftpwizard.probe.model import Event, Mode, ModeResult
from ftpwizard.wizard.handshake_state import (
    CONTEXT,
    ArrowState,
    ArrowStatus,
    Caption,
    HandshakeState,
    Msg,
    ReplayFrame,
    Side,
    Status,
    replay_script,
)

# Korean first where it exists (Windows, macOS, Linux with fonts-nanum); Latin text falls back inside them.
FONT_FAMILIES = [
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "NanumGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "sans-serif",
]

# ---------------------------------------------------------------- geometry (logical units)
W, H = 960.0, 560.0
CARD = {"client": QRectF(32, 96, 150, 384), "server": QRectF(778, 96, 150, 384)}
EDGE = {"client": 182.0, "server": 778.0}  # where arrows start and end
WALL_X = {"client": 266.0, "server": 694.0}
WALL_W = 30.0
WALL_TOP, WALL_BOTTOM = 236.0, 476.0
ROW_Y = {1: 276.0, 2: 328.0, 3: 404.0, 4: 456.0}
GROUP_Y = {"control": 302.0, "data": 430.0}
MID_X = 480.0
CAPTION_MAX_W = 392.0  # between the walls
CAPTION_ZOOMED_MAX_W = 580.0  # enlarged text may cover the walls, never the cards
BANNER = QRectF(32, 496, 896, 50)

# ---------------------------------------------------------------- palette (soft, with a symbol for each)
BG = QColor("#F5F7FB")
CARD_BG = QColor("#FFFFFF")
CARD_BORDER = QColor("#DCE3ED")
TEXT = QColor("#1F2A37")
TEXT_2 = QColor("#5B6675")
BLUE, BLUE_BG = QColor("#2F6FDB"), QColor("#E7EFFD")
GREEN, GREEN_BG = QColor("#1E9363"), QColor("#E2F5EC")
RED, RED_BG = QColor("#D93F3F"), QColor("#FDE9E9")
AMBER, AMBER_BG = QColor("#C98100"), QColor("#FFF3D6")
GREY, GREY_BG = QColor("#A9B3C1"), QColor("#EEF1F5")
BRICK, BRICK_EDGE = QColor("#F4D8BE"), QColor("#DDB08A")
BRICK_RED, BRICK_RED_EDGE = QColor("#F8C9C9"), QColor("#DF7C7C")

SEVERITY_COLOURS = {
    "ok": (GREEN, GREEN_BG),
    "error": (RED, RED_BG),
    "warning": (AMBER, AMBER_BG),
    "running": (BLUE, BLUE_BG),
    "idle": (TEXT_2, GREY_BG),
}

REVEAL_MS = 380.0  # a finished arrow grows to its end in this time
TRAVEL_MS = 1300.0  # a running arrow's dot crosses the picture in this time (then starts again)
FRAME_MS = 33  # ~30 frames per second while something moves
COUNTDOWN_MS = 250  # with animations off, only the countdown text needs refreshing


def tr(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, key)


def translate_caption(caption: Caption) -> str:
    """Translate a caption and fill its placeholders; a broken translation falls back to English."""
    params = {k: translate_caption(v) if isinstance(v, Caption) else v for k, v in caption.params.items()}
    try:
        return tr(caption.key).format(**params)
    except (KeyError, IndexError, ValueError):
        return caption.key.format(**params)


# Hangul is not readable below this many pixels (logical). When the picture is drawn small, its text is
# drawn larger than designed (up to MAX_TEXT_ZOOM) so that the smallest text, a note on a wall, keeps it.
MIN_TEXT_PX = 11.0
SMALLEST_TEXT = 11.5
MAX_TEXT_ZOOM = 1.5


# The lowest the picture may be drawn and still keep its smallest text at MIN_TEXT_PX.
MIN_READABLE_HEIGHT = math.ceil(H * MIN_TEXT_PX / (SMALLEST_TEXT * MAX_TEXT_ZOOM))


def text_zoom(scale: float) -> float:
    """How much larger than designed the text is drawn when the picture is drawn at ``scale``."""
    return min(MAX_TEXT_ZOOM, max(1.0, MIN_TEXT_PX / (SMALLEST_TEXT * scale)))


def text_font(p: QPainter, size: float, bold: bool = False) -> QFont:
    """The font for text of design size ``size`` on a painter scaled to the picture's size."""
    zoom = text_zoom(p.worldTransform().m11())
    # Rounded up when zoomed: a rounded-down pixel size would land just under MIN_TEXT_PX.
    return ui_font(math.ceil(size * zoom) if zoom > 1.0 else size, bold)


def _zoomed(p: QPainter, width: float, limit: float) -> float:
    """Room for a text box that grows with the text (text_zoom), up to ``limit``."""
    return min(width * text_zoom(p.worldTransform().m11()), max(width, limit))


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


class HandshakeView(QWidget):
    """Draws one mode's handshake. Feed it live events, a finished result, or replay a result."""

    replayFinished = Signal()
    statusChanged = Signal(str)

    def __init__(self, mode: Mode, parent: QWidget | None = None, control_port: int = 21) -> None:
        super().__init__(parent)
        self._control_port = control_port
        self._state = HandshakeState(mode, control_port)
        self._animations = True
        self._clock = QElapsedTimer()
        self._clock.start()
        self._run_start: dict[int, float] = {}  # clock ms when arrow n started running
        self._reveal_start: dict[int, float] = {}  # clock ms when arrow n's outcome starts to grow
        self._reveal_from: dict[int, float] = {}  # where the growing line starts (0..1 of its length)
        self._frame_timer = QTimer(self)
        self._frame_timer.setObjectName("handshakeFrameTimer")
        self._frame_timer.timeout.connect(self._on_frame)
        self._replay_timer = QTimer(self)
        self._replay_timer.setObjectName("handshakeReplayTimer")
        self._replay_timer.setSingleShot(True)
        self._replay_timer.timeout.connect(self._next_replay_frame)
        self._replay_frames: list[ReplayFrame] = []
        self._replay_index = 0
        self._replay_started = 0.0
        self._replay_waiting_for_reveal = False
        self._last_status = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # the drawing keeps its proportions: its height follows its width
        self.setSizePolicy(policy)
        self.setMinimumWidth(320)
        self._height_limit: int | None = None
        self._refresh_texts()

    # ------------------------------------------------------------ public API

    @property
    def state(self) -> HandshakeState:
        return self._state

    def mode(self) -> Mode:
        return self._state.mode

    def apply_event(self, event: Event) -> None:
        """A live probe event (on the GUI thread). Events for other phases are ignored."""
        if self._replay_frames:
            self._cancel_replay()
        before = self._state.copy()
        if self._state.apply(event):
            self._after_change(before)

    def reset(self) -> None:
        self.stop()
        self._state = HandshakeState(self._state.mode, self._control_port)
        self._forget_animations()
        self._after_change(None)

    def show_result(self, result: ModeResult | None) -> None:
        """The final still picture (no animation)."""
        self.stop()
        self._state = HandshakeState.from_mode_result(result, self._control_port, self._state.mode)
        self._forget_animations()
        self._after_change(None)

    def replay(self, result: ModeResult, seconds_per_step: float = 1.0) -> None:
        """Retell a finished mode step by step; ``replayFinished`` is emitted at the end."""
        self.stop()
        self._forget_animations()
        self._replay_frames = replay_script(result, max(0.05, seconds_per_step), self._control_port)
        self._replay_index = 0
        self._replay_started = self._now()
        if not self._animations:
            self._replay_index = len(self._replay_frames) - 1
        self._next_replay_frame()

    def set_animations_enabled(self, enabled: bool) -> None:
        self._animations = enabled
        if not enabled:
            self._forget_animations()
            if self._replay_frames:  # jump to the end of the replay
                self._replay_timer.stop()
                self._replay_index = len(self._replay_frames) - 1
                self._next_replay_frame()
        self._update_timer()
        self.update()

    def animations_enabled(self) -> bool:
        return self._animations

    def stop(self) -> None:
        """Stop every timer and animation (the wizard calls this when it closes)."""
        self._frame_timer.stop()
        self._replay_timer.stop()
        self._replay_frames = []
        self._replay_waiting_for_reveal = False
        self._forget_animations()
        self.update()

    def is_animating(self) -> bool:
        return self._frame_timer.isActive() or self._replay_timer.isActive()

    def status(self) -> Status:
        if self._animations and self._revealing() is not None:
            # Keep the verdict until the arrows have finished growing: the story is told in order.
            return Status("running", Caption(Msg.ST_RUNNING, {"n": self._revealing()}))
        running = self._state.running_arrow
        elapsed = None
        if running is not None and running.n in self._run_start:
            elapsed = (self._now() - self._run_start[running.n]) / 1000.0
        return self._state.status(elapsed)

    def status_text(self) -> str:
        return translate_caption(self.status().caption)

    def set_control_port(self, port: int) -> None:
        self._control_port = port
        self._state.control_port = port
        self.update()

    def render_image(self, width: int, height: int, device_pixel_ratio: float = 1.0) -> QImage:
        """The picture as it looks now, for reports (logical size ``width`` x ``height``)."""
        image = QImage(
            max(1, round(width * device_pixel_ratio)),
            max(1, round(height * device_pixel_ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(device_pixel_ratio)
        image.fill(BG)
        painter = QPainter(image)
        try:
            self._paint(painter, float(width), float(height))
        finally:
            painter.end()
        return image

    def text_sizes(self) -> list[float]:
        """The height in logical pixels of every text the picture draws at its current size: each font's
        chosen pixel size times the drawing's scale (independent of the fonts this machine has)."""
        image = QImage(max(1, self.width()), max(1, self.height()), QImage.Format.Format_ARGB32_Premultiplied)
        painter = _FontRecorder(image)
        try:
            self._paint(painter, float(self.width()), float(self.height()))
        finally:
            painter.end()
        return painter.text_px

    # ------------------------------------------------------------ Qt overrides

    def sizeHint(self) -> QSize:
        return QSize(760, 444)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = round(width * H / W)
        if self._height_limit is not None:
            height = min(height, max(self._height_limit, MIN_READABLE_HEIGHT))
        return height

    def set_height_limit(self, limit: int | None) -> None:
        """At most this tall (never below MIN_READABLE_HEIGHT): the whole picture fits the page's view;
        the drawing keeps its proportions and is centred."""
        if limit != self._height_limit:
            self._height_limit = limit
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), BG)
            self._paint(painter, float(self.width()), float(self.height()))
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The painted text is translated at each paint; the tooltip, the accessible texts and the
            # status line (statusChanged) are stored strings and must be made again.
            self._refresh_texts()
            self.update()
        super().changeEvent(event)

    # ------------------------------------------------------------ state changes and clocks

    def _now(self) -> float:
        return float(self._clock.elapsed())

    def _forget_animations(self) -> None:
        self._run_start.clear()
        self._reveal_start.clear()
        self._reveal_from.clear()

    def _after_change(self, before: HandshakeState | None) -> None:
        now = self._now()
        for arrow in self._state.arrows:
            old = before.arrow(arrow.n).status if before is not None else None
            if arrow.status is ArrowStatus.RUNNING and old is not ArrowStatus.RUNNING:
                self._run_start[arrow.n] = now
            finished = arrow.status in (ArrowStatus.OK, ArrowStatus.FAILED)
            was_finished = old in (ArrowStatus.OK, ArrowStatus.FAILED)
            if self._animations and before is not None and finished and not was_finished:
                # Arrows finish in the order of the steps even when a fast probe reports them at once.
                previous_end = max((s + REVEAL_MS for s in self._reveal_start.values()), default=now)
                start = max(now, previous_end)
                self._reveal_from[arrow.n] = (
                    self._head_fraction(arrow.n, now) if old is ArrowStatus.RUNNING else 0.0
                )
                self._reveal_start[arrow.n] = start
        self._update_timer()
        self._refresh_texts()
        self.update()

    def _head_fraction(self, n: int, now: float) -> float:
        start = self._run_start.get(n)
        if start is None:
            return 0.0
        return ((now - start) % TRAVEL_MS) / TRAVEL_MS

    def _reveal_progress(self, n: int, now: float) -> float | None:
        """0..1 while arrow n's outcome grows, None when there is nothing to grow (show it whole)."""
        start = self._reveal_start.get(n)
        if start is None or not self._animations:
            return None
        t = (now - start) / REVEAL_MS
        if t >= 1.0:
            return None
        return max(0.0, t)

    def _revealing(self) -> int | None:
        now = self._now()
        pending = [n for n, s in self._reveal_start.items() if now < s + REVEAL_MS]
        return min(pending) if pending else None

    def _update_timer(self) -> None:
        needs_motion = self._animations and (
            self._state.running_arrow is not None
            or self._revealing() is not None
            or self._replay_waiting_for_reveal
        )
        needs_countdown = (not self._animations) and self._state.running_arrow is not None
        if needs_motion:
            self._frame_timer.setInterval(FRAME_MS)
            if not self._frame_timer.isActive():
                self._frame_timer.start()
        elif needs_countdown:
            self._frame_timer.setInterval(COUNTDOWN_MS)
            if not self._frame_timer.isActive():
                self._frame_timer.start()
        else:
            self._frame_timer.stop()

    def _on_frame(self) -> None:
        if self._replay_waiting_for_reveal and self._revealing() is None:
            self._replay_waiting_for_reveal = False
            self._replay_frames = []
            self._update_timer()
            self._refresh_texts()
            self.update()
            self.replayFinished.emit()
            return
        self._update_timer()
        self._refresh_texts()
        self.update()

    def _refresh_texts(self) -> None:
        status = self.status_text()
        mode_name = tr(Msg.TITLE_ACTIVE if self._state.mode == "active" else Msg.TITLE_PASSIVE)
        self.setAccessibleName(translate_caption(Caption(Msg.ACCESSIBLE_NAME, {"mode": mode_name})))
        lines = [status]
        for arrow in self._state.arrows:
            if arrow.caption is not None:
                lines.append(f"{arrow.n}. {translate_caption(arrow.caption)} ({_symbol_word(arrow)})")
            if arrow.warning is not None:
                lines.append(f"{arrow.n}. ! {translate_caption(arrow.warning)}")
        self.setAccessibleDescription("\n".join(lines))
        self.setToolTip("\n".join(lines))
        if status != self._last_status:
            self._last_status = status
            self.statusChanged.emit(status)

    # ------------------------------------------------------------ replay

    def _cancel_replay(self) -> None:
        self._replay_timer.stop()
        self._replay_frames = []
        self._replay_waiting_for_reveal = False

    def _next_replay_frame(self) -> None:
        if not self._replay_frames:
            return
        frame = self._replay_frames[self._replay_index]
        before = self._state.copy()
        self._state = frame.state.copy()
        self._after_change(before if self._animations else None)
        self._replay_index += 1
        if self._replay_index < len(self._replay_frames):
            due = self._replay_started + self._replay_frames[self._replay_index].at_s * 1000.0
            self._replay_timer.start(max(0, round(due - self._now())))
            return
        # Last frame shown: finish once its arrows have grown (immediately without animations).
        self._replay_waiting_for_reveal = True
        if self._animations:
            self._update_timer()
        else:
            self._replay_timer.stop()
            QTimer.singleShot(0, self, self._finish_replay_now)

    def _finish_replay_now(self) -> None:
        if self._replay_waiting_for_reveal:
            self._replay_waiting_for_reveal = False
            self._replay_frames = []
            self.replayFinished.emit()

    # ------------------------------------------------------------ painting

    def _paint(self, p: QPainter, width: float, height: float) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scale = min(width / W, height / H)
        p.translate((width - W * scale) / 2, (height - H * scale) / 2)
        p.scale(scale, scale)
        p.fillRect(QRectF(0, 0, W, H), BG)
        now = self._now()
        state = self._state
        self._paint_title(p)
        failed = state.failed_arrow
        shown = failed is not None and self._reveal_progress(failed.n, now) is None
        culprit = state.culprit if shown else None
        note = translate_caption(state.culprit_note) if state.culprit_note is not None else ""
        for side in ("client", "server"):
            self._paint_card(p, side, note if culprit == side else None)
            self._paint_wall(p, side, note if culprit == f"{side}_wall" else None)
        self._paint_ports(p, now)
        for arrow in state.arrows:
            self._paint_arrow(p, arrow, now)
        for arrow in state.arrows:
            self._paint_caption(p, arrow, now)
        self._paint_banner(p, now)

    def _paint_title(self, p: QPainter) -> None:
        active = self._state.mode == "active"
        p.setPen(TEXT)
        p.setFont(text_font(p, 22, bold=True))
        p.drawText(
            QRectF(32, 18, 896, 32),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            tr(Msg.TITLE_ACTIVE if active else Msg.TITLE_PASSIVE),
        )
        p.setPen(TEXT_2)
        p.setFont(text_font(p, 14))
        p.drawText(
            QRectF(32, 52, 896, 22),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            tr(Msg.SUBTITLE_ACTIVE if active else Msg.SUBTITLE_PASSIVE),
        )

    def _paint_card(self, p: QPainter, side: Side, note: str | None) -> None:
        rect = CARD[side]
        _soft_shadow(p, rect, 18)
        p.setPen(QPen(RED, 2.2) if note is not None else QPen(CARD_BORDER, 1.2))
        p.setBrush(CARD_BG)
        p.drawRoundedRect(rect, 18, 18)
        centre = QPointF(rect.center().x(), 146)
        if side == "client":
            _draw_pc(p, centre)
        else:
            _draw_server(p, centre)
        p.setPen(TEXT)
        p.setFont(text_font(p, 15, bold=True))
        name = tr(Msg.CLIENT if side == "client" else Msg.SERVER)
        p.drawText(QRectF(rect.left() + 6, 194, rect.width() - 12, 24), Qt.AlignmentFlag.AlignCenter, name)
        if note is not None:
            width = _zoomed(p, rect.width() - 8, rect.width() + 24)
            _tag(p, QPointF(rect.center().x(), 236), note, RED, RED_BG, "fail", max_width=width)

    def _paint_wall(self, p: QPainter, side: Side, note: str | None) -> None:
        blocked = note is not None
        x = WALL_X[side]
        centre = QPointF(x, 128)
        if side == "client":
            _draw_router(p, centre, blocked)
        else:
            _draw_shield(p, centre, blocked)
        p.setFont(text_font(p, 12, bold=blocked))
        p.setPen(RED if blocked else TEXT_2)
        label = tr(Msg.CLIENT_WALL if side == "client" else Msg.SERVER_WALL)
        p.drawText(
            QRectF(x - 80, 156, 160, 40),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            label,
        )
        if note is not None:
            _tag(p, QPointF(x, 214), note, RED, RED_BG, "fail", size=11.5, max_width=_zoomed(p, 164, 210))
        # the wall: bricks in offset rows
        fill, edge = (BRICK_RED, BRICK_RED_EDGE) if blocked else (BRICK, BRICK_EDGE)
        p.setPen(QPen(edge, 1))
        p.setBrush(fill)
        left = x - WALL_W / 2
        y, row, brick_h = WALL_TOP, 0, 14.0
        while y < WALL_BOTTOM - 1:
            h = min(brick_h, WALL_BOTTOM - y)
            if row % 2 == 0:
                bricks = [(left, WALL_W)]
            else:
                bricks = [(left, WALL_W / 2 - 1), (left + WALL_W / 2 + 1, WALL_W / 2 - 1)]
            for bx, bw in bricks:
                p.drawRoundedRect(QRectF(bx, y, bw, h - 2), 3, 3)
            y += brick_h
            row += 1

    def _paint_ports(self, p: QPainter, now: float) -> None:
        state = self._state
        any_port = tr(Msg.PORT_ANY)
        unknown = tr(Msg.PORT_UNKNOWN)

        def text(port: int | None, fallback: str) -> str:
            return str(port) if port is not None else fallback

        ports = {
            ("client", "control"): any_port,
            ("server", "control"): str(state.control_port),
            ("client", "data"): text(state.client_data_port, unknown) if state.mode == "active" else any_port,
            ("server", "data"): text(state.server_data_port, unknown),
        }
        for (side, group), value in ports.items():
            steps = (1, 2) if group == "control" else (3, 4)
            colour = CARD_BORDER
            for n in steps:
                arrow = state.arrow(n)
                if arrow.status is ArrowStatus.RUNNING:
                    colour = BLUE
                elif arrow.status is ArrowStatus.FAILED and self._reveal_progress(n, now) is None:
                    colour = RED
            role = tr(Msg.ROLE_CONTROL if group == "control" else Msg.ROLE_DATA)
            centre = QPointF(CARD[side].center().x(), GROUP_Y[group])
            rect = QRectF(centre.x() - 56, centre.y() - 30, 112, 60)
            p.setPen(QPen(colour, 2 if colour != CARD_BORDER else 1.2))
            p.setBrush(QColor("#F1F5FB"))
            p.drawRoundedRect(rect, 14, 14)
            p.setPen(TEXT_2)
            p.setFont(text_font(p, 12))
            p.drawText(
                QRectF(rect.left(), rect.top() + 5, rect.width(), 18), Qt.AlignmentFlag.AlignCenter, role
            )
            numeric = value.isdigit()
            p.setPen(TEXT if numeric else TEXT_2)
            p.setFont(text_font(p, 21 if numeric else 14, bold=True))
            p.drawText(
                QRectF(rect.left(), rect.top() + 24, rect.width(), 30), Qt.AlignmentFlag.AlignCenter, value
            )

    def _arrow_geometry(self, arrow: ArrowState) -> tuple[float, float, float]:
        """x where the arrow starts, x of the far end, and x where a failed arrow stops."""
        start = EDGE[arrow.origin] + (8 if arrow.origin == "client" else -8)
        end = EDGE[arrow.destination] + (-8 if arrow.destination == "server" else 8)
        if arrow.status is not ArrowStatus.FAILED:
            return start, end, end
        if arrow.stopped_at is None:
            # a refusal that arrived is drawn whole; a failure nobody can place stops half way
            return start, end, end if self._state.culprit is not None else MID_X
        wall = WALL_X[arrow.stopped_at]
        # the face of the wall the arrow meets first
        face = wall - WALL_W / 2 - 4 if start < wall else wall + WALL_W / 2 + 4
        return start, end, face

    def _paint_arrow(self, p: QPainter, arrow: ArrowState, now: float) -> None:
        y = ROW_Y[arrow.n]
        start, end, stop = self._arrow_geometry(arrow)
        status = arrow.status
        reveal = self._reveal_progress(arrow.n, now)
        line = QLineF(start, y, end, y)

        if status in (ArrowStatus.PENDING, ArrowStatus.SKIPPED) or (
            reveal is not None and now < self._reveal_start[arrow.n]
        ):
            pen = QPen(
                GREY if status is ArrowStatus.PENDING else GREY.lighter(115), 2.2, Qt.PenStyle.DashLine
            )
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawLine(line)
            _arrow_head(p, QPointF(end, y), start < end, GREY, 9)
            return

        if status is ArrowStatus.RUNNING:
            faint = QPen(BLUE.lighter(160), 2.2, Qt.PenStyle.DashLine)
            p.setPen(faint)
            p.drawLine(line)
            _arrow_head(p, QPointF(end, y), start < end, BLUE.lighter(160), 9)
            if self._animations:
                frac = _ease(self._head_fraction(arrow.n, now))
            else:
                frac = 0.5  # a still picture: the dot half way, "on its way"
            head = start + (end - start) * frac
            _solid(p, QLineF(start, y, head, y), BLUE)
            _glow_dot(p, QPointF(head, y), BLUE)
            return

        colour = GREEN if status is ArrowStatus.OK else RED
        if status is ArrowStatus.OK and arrow.warning is not None:
            colour = AMBER
        target = stop
        if reveal is not None:
            begin = self._reveal_from.get(arrow.n, 0.0)
            span = (target - start) / (end - start) if end != start else 1.0
            begin = min(begin, span)
            frac = begin + (span - begin) * _ease(reveal)
            head = start + (end - start) * frac
            _solid(p, QLineF(start, y, head, y), colour)
            _glow_dot(p, QPointF(head, y), colour)
            return
        _solid(p, QLineF(start, y, target, y), colour)
        if status is ArrowStatus.OK:
            _arrow_head(p, QPointF(end, y), start < end, colour, 13)
        else:
            _badge(p, QPointF(self._mark_x(arrow), y), 13, RED, "fail")

    def _mark_x(self, arrow: ArrowState) -> float:
        """Where a failed arrow's ✕ goes: on the wall or device that caused it."""
        if arrow.stopped_at is not None:
            return WALL_X[arrow.stopped_at]
        culprit = self._state.culprit
        if culprit in ("client_wall", "server_wall"):
            return WALL_X["client" if culprit == "client_wall" else "server"]
        if culprit == "server":
            return EDGE["server"] - 24
        if culprit == "client":
            return EDGE["client"] + 24
        return MID_X

    def _paint_caption(self, p: QPainter, arrow: ArrowState, now: float) -> None:
        y = ROW_Y[arrow.n]
        reveal = self._reveal_progress(arrow.n, now)
        waiting = reveal is not None and now < self._reveal_start[arrow.n]
        status = arrow.status
        if waiting:
            status = ArrowStatus.RUNNING
        colour, bg = {
            ArrowStatus.PENDING: (GREY, CARD_BG),
            ArrowStatus.SKIPPED: (GREY, CARD_BG),
            ArrowStatus.RUNNING: (BLUE, CARD_BG),
            ArrowStatus.OK: (GREEN, CARD_BG),
            ArrowStatus.FAILED: (RED, RED_BG),
        }[status]
        if status is ArrowStatus.OK and arrow.warning is not None:
            colour = AMBER
        text = translate_caption(arrow.caption) if arrow.caption is not None and not waiting else ""
        symbol = None
        if reveal is None and not waiting:
            if status is ArrowStatus.OK:
                symbol = "warn" if arrow.warning is not None else "ok"
            elif status is ArrowStatus.FAILED:
                symbol = "fail"
        font = text_font(p, 13.5, bold=status is ArrowStatus.FAILED)
        metrics = QFontMetricsF(font)
        extra = 30 + (24 if symbol else 0) + 12
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, _zoomed(p, CAPTION_MAX_W, CAPTION_ZOOMED_MAX_W) - extra)
        width = extra + (metrics.horizontalAdvance(text) if text else -8)
        rect = QRectF(MID_X - width / 2, y - 33, width, 25)
        p.setPen(QPen(colour.lighter(135) if status is not ArrowStatus.FAILED else RED, 1.1))
        p.setBrush(bg)
        p.drawRoundedRect(rect, 12.5, 12.5)
        _number(p, QPointF(rect.left() + 15, rect.center().y()), arrow.n, colour)
        if text:
            p.setFont(font)
            p.setPen(TEXT_2 if status in (ArrowStatus.PENDING, ArrowStatus.SKIPPED) else TEXT)
            p.drawText(
                QRectF(rect.left() + 30, rect.top(), metrics.horizontalAdvance(text) + 2, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        if symbol:
            sym_colour = {"ok": GREEN, "warn": AMBER, "fail": RED}[symbol]
            _badge(p, QPointF(rect.right() - 16, rect.center().y()), 8.5, sym_colour, symbol)
        if arrow.warning is not None and reveal is None and not waiting:
            _tag(p, QPointF(MID_X, y + 20), translate_caption(arrow.warning), AMBER, AMBER_BG, "warn", 12.5,
                 max_width=_zoomed(p, CAPTION_MAX_W, CAPTION_ZOOMED_MAX_W))

    def _paint_banner(self, p: QPainter, now: float) -> None:
        status = self.status()
        colour, bg = SEVERITY_COLOURS[status.severity]
        p.setPen(QPen(colour.lighter(140), 1.2))
        p.setBrush(bg)
        p.drawRoundedRect(BANNER, 16, 16)
        symbol = {"ok": "ok", "error": "fail", "warning": "warn", "running": "run", "idle": "info"}[
            status.severity
        ]
        _badge(p, QPointF(BANNER.left() + 28, BANNER.center().y()), 13, colour, symbol, now)
        p.setPen(TEXT)
        font = text_font(p, 15, bold=status.severity in ("error", "warning", "ok"))
        text = translate_caption(status.caption)
        rect = BANNER.adjusted(52, 3, -16, -3)
        metrics = QFontMetricsF(font)
        if metrics.horizontalAdvance(text) > rect.width() * 2 - 40:
            font = text_font(p, 13, bold=font.bold())
        p.setFont(font)
        p.drawText(
            rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text
        )


class _FontRecorder(QPainter):
    """A painter that notes the on-screen pixel size of every font the picture sets."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.text_px: list[float] = []

    def setFont(self, font: QFont | str | Sequence[str]) -> None:
        if isinstance(font, QFont):  # the picture sets only QFonts
            self.text_px.append(font.pixelSize() * self.worldTransform().m11())
        super().setFont(font)


class HandshakePair(QWidget):
    """The two modes' pictures side by side when each still gets a readable size, otherwise one above
    the other at the full width (the page scrolls): side by side in a 1040-pixel window each would be
    about 490 pixels wide and its Hangul labels 6 pixels tall."""

    SIDE_BY_SIDE_MIN_WIDTH = 760  # per picture: its text then needs little enlarging (text_zoom)

    def __init__(self, first: QWidget, second: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.second = first, second
        self._viewport: QWidget | None = None
        self._reserved = 0
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(first, 1)
        self._layout.addWidget(second, 1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def follow_viewport(self, viewport: QWidget, reserved: int = 0) -> None:
        """Keep each picture no taller than ``viewport`` (less ``reserved`` pixels for what is shown
        with it), so a whole picture is in view without scrolling where the screen allows."""
        self._viewport, self._reserved = viewport, reserved
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            limit = self._viewport.height() - self._reserved
            for widget in (self.first, self.second):
                view = widget if isinstance(widget, HandshakeView) else widget.findChild(HandshakeView)
                if view is not None:
                    view.set_height_limit(limit)
        return False

    def side_by_side(self, width: int | None = None) -> bool:
        width = self.width() if width is None else width
        return width >= 2 * self.SIDE_BY_SIDE_MIN_WIDTH + self._layout.spacing()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        shown = [w for w in (self.first, self.second) if not w.isHidden()]
        if not shown:
            return 0
        if self.side_by_side(width):
            half = (width - self._layout.spacing()) // 2
            return max(w.heightForWidth(half) for w in shown)
        return sum(w.heightForWidth(width) for w in shown) + self._layout.spacing() * (len(shown) - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight if self.side_by_side(event.size().width())
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)


# ---------------------------------------------------------------- drawing helpers


def _ease(t: float) -> float:
    return 1 - (1 - t) ** 3


def _symbol_word(arrow: ArrowState) -> str:
    return {"ok": "✓", "failed": "✕", "running": "…", "pending": "-", "skipped": "-"}[arrow.status.value]


def _soft_shadow(p: QPainter, rect: QRectF, radius: float) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    for i, alpha in enumerate((18, 12, 7)):
        p.setBrush(QColor(30, 50, 80, alpha))
        grow = 1.5 + i * 2.0
        p.drawRoundedRect(rect.adjusted(-grow, -grow + 3, grow, grow + 3), radius + grow, radius + grow)


def _solid(p: QPainter, line: QLineF, colour: QColor) -> None:
    pen = QPen(colour, 4.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(line)


def _arrow_head(p: QPainter, tip: QPointF, rightwards: bool, colour: QColor, size: float) -> None:
    d = 1 if rightwards else -1
    poly = QPolygonF(
        [
            tip,
            QPointF(tip.x() - d * size * 1.25, tip.y() - size * 0.7),
            QPointF(tip.x() - d * size * 1.25, tip.y() + size * 0.7),
        ]
    )
    p.setPen(QPen(colour, 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(colour)
    p.drawPolygon(poly)


def _glow_dot(p: QPainter, at: QPointF, colour: QColor) -> None:
    halo = QColor(colour)
    halo.setAlpha(60)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(halo)
    p.drawEllipse(at, 11, 11)
    p.setBrush(colour)
    p.drawEllipse(at, 6, 6)
    p.setBrush(QColor("white"))
    p.drawEllipse(at, 2.2, 2.2)


def _number(p: QPainter, centre: QPointF, n: int, colour: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawEllipse(centre, 10, 10)
    p.setPen(QColor("white"))
    p.setFont(text_font(p, 12.5, bold=True))
    p.drawText(QRectF(centre.x() - 10, centre.y() - 10, 20, 20), Qt.AlignmentFlag.AlignCenter, str(n))


def _badge(p: QPainter, centre: QPointF, r: float, colour: QColor, symbol: str, now: float = 0.0) -> None:
    """A filled circle with a symbol drawn as lines (never a font glyph that might be missing)."""
    p.setPen(QPen(QColor("white"), max(1.5, r * 0.22)))
    p.setBrush(colour)
    p.drawEllipse(centre, r, r)
    pen = QPen(
        QColor("white"),
        max(1.6, r * 0.24),
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
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
        p.setBrush(QColor("white"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(x, dot_y), r * 0.13, r * 0.13)
    elif symbol == "run":
        p.setPen(Qt.PenStyle.NoPen)
        for i in range(3):
            phase = (now / 600.0 - i * 0.2) % 1.0
            alpha = 120 + int(135 * max(0.0, math.sin(phase * math.pi)))
            p.setBrush(QColor(255, 255, 255, alpha))
            p.drawEllipse(QPointF(x + (i - 1) * r * 0.45, y), r * 0.14, r * 0.14)


def _tag(
    p: QPainter,
    centre: QPointF,
    text: str,
    colour: QColor,
    bg: QColor,
    symbol: str,
    size: float = 12.0,
    max_width: float = CAPTION_MAX_W,
) -> None:
    font = text_font(p, size, bold=True)
    metrics = QFontMetricsF(font)
    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max_width - 36)
    width = metrics.horizontalAdvance(text) + 36
    rect = QRectF(centre.x() - width / 2, centre.y() - 11, width, 22)
    p.setPen(QPen(colour.lighter(130), 1))
    p.setBrush(bg)
    p.drawRoundedRect(rect, 11, 11)
    _badge(p, QPointF(rect.left() + 12, rect.center().y()), 7.5, colour, symbol)
    p.setFont(font)
    p.setPen(colour.darker(125))
    p.drawText(rect.adjusted(24, 0, -8, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _draw_pc(p: QPainter, c: QPointF) -> None:
    screen = QRectF(c.x() - 38, c.y() - 32, 76, 50)
    p.setPen(QPen(QColor("#3D4B5C"), 2))
    p.setBrush(QColor("#3D4B5C"))
    p.drawRoundedRect(screen, 7, 7)
    glass = screen.adjusted(5, 5, -5, -5)
    gradient = QLinearGradient(glass.topLeft(), glass.bottomRight())
    gradient.setColorAt(0, QColor("#8EC5FF"))
    gradient.setColorAt(1, QColor("#4F8EF7"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(glass, 4, 4)
    # a window on the screen, so it reads as "a PC running a program"
    p.setBrush(QColor(255, 255, 255, 170))
    p.drawRoundedRect(QRectF(glass.left() + 8, glass.top() + 7, 34, 22), 3, 3)
    stand = QPainterPath()
    stand.moveTo(c.x() - 8, screen.bottom())
    stand.lineTo(c.x() + 8, screen.bottom())
    stand.lineTo(c.x() + 12, screen.bottom() + 12)
    stand.lineTo(c.x() - 12, screen.bottom() + 12)
    stand.closeSubpath()
    p.setBrush(QColor("#8593A5"))
    p.drawPath(stand)
    p.setBrush(QColor("#5D6B7D"))
    p.drawRoundedRect(QRectF(c.x() - 24, screen.bottom() + 11, 48, 6), 3, 3)


def _draw_server(p: QPainter, c: QPointF) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    for i in range(3):
        unit = QRectF(c.x() - 34, c.y() - 34 + i * 22, 68, 19)
        gradient = QLinearGradient(unit.topLeft(), unit.bottomLeft())
        gradient.setColorAt(0, QColor("#4A5A70"))
        gradient.setColorAt(1, QColor("#36445A"))
        p.setBrush(QBrush(gradient))
        p.drawRoundedRect(unit, 5, 5)
        p.setBrush(QColor("#5BE0A0"))
        p.drawEllipse(QPointF(unit.left() + 10, unit.center().y()), 2.8, 2.8)
        p.setBrush(QColor("#9FB0C6"))
        for j in range(4):
            p.drawRoundedRect(QRectF(unit.left() + 26 + j * 9, unit.top() + 6, 5, 7), 1.5, 1.5)


def _draw_router(p: QPainter, c: QPointF, blocked: bool) -> None:
    body = QRectF(c.x() - 27, c.y() - 2, 54, 20)
    edge = RED if blocked else QColor("#4A5A70")
    antenna = QPen(edge, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(antenna)
    p.drawLine(QLineF(body.left() + 12, body.top(), body.left() + 6, body.top() - 18))
    p.drawLine(QLineF(body.right() - 12, body.top(), body.right() - 6, body.top() - 18))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(edge)
    p.drawRoundedRect(body, 7, 7)
    for i in range(4):
        p.setBrush(QColor("#FFB4B4") if blocked else QColor("#5BE0A0"))
        p.drawEllipse(QPointF(body.left() + 13 + i * 9.5, body.center().y()), 2.5, 2.5)


def _draw_shield(p: QPainter, c: QPointF, blocked: bool) -> None:
    path = QPainterPath()
    top = c.y() - 22
    path.moveTo(c.x(), top)
    path.cubicTo(c.x() + 10, top + 6, c.x() + 18, top + 6, c.x() + 21, top + 6)
    path.cubicTo(c.x() + 21, top + 26, c.x() + 14, top + 38, c.x(), top + 44)
    path.cubicTo(c.x() - 14, top + 38, c.x() - 21, top + 26, c.x() - 21, top + 6)
    path.cubicTo(c.x() - 18, top + 6, c.x() - 10, top + 6, c.x(), top)
    fill = RED if blocked else QColor("#4A5A70")
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    p.drawPath(path)
    # a brick pattern inside the shield: it is a firewall
    p.save()
    inner = QPainterPath()
    inner.addPath(path)
    p.setClipPath(inner)
    p.setPen(QPen(QColor(255, 255, 255, 210), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
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

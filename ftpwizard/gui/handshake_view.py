"""The four-step FTP handshake picture as a widget: my PC, the server, a firewall on each side, arrows ①–④.

Three parts, each testable on its own:
- ``ftpwizard.present.wizard.handshake_timeline`` (no Qt): the state, the animations and replays on an injected
  clock, frozen into a ``Frame`` for the moment of drawing;
- ``ftpwizard.present.wizard.handshake_layout`` (no Qt): where everything goes and how large text is drawn;
- ``ftpwizard.gui.handshake_painter``: maps a frame and the layout to QPainter calls.
This widget feeds the timeline, wakes up when ``next_tick_ms`` says the picture changes (one
single-shot timer, idle while the picture is still) and paints the current frame.

Why QPainter and not QGraphicsView: the picture is one fixed diagram whose look is a pure function of
a frame. A single paint in logical coordinates gives the widget, high-DPI scaling and the report PNG
(``render_image``) from the same code, with no scene/item lifetimes to keep in sync with the state.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

from ftpwizard.core.probe.model import Event, Mode, ModeResult
from ftpwizard.gui.handshake_icons import colour
from ftpwizard.gui.handshake_painter import FramePainter, TextRecorder, tr, translate_caption
from ftpwizard.present.wizard import handshake_layout
from ftpwizard.present.wizard import handshake_theme as theme
from ftpwizard.present.wizard.handshake_state import ArrowState, Caption, HandshakeState, Msg, Status
from ftpwizard.present.wizard.handshake_timeline import Clock, HandshakeTimeline


class HandshakeView(QWidget):
    """Draws one mode's handshake. Feed it live events, a finished result, or replay a result."""

    replayFinished = Signal()
    statusChanged = Signal(str)

    def __init__(
        self, mode: Mode, parent: QWidget | None = None, control_port: int = 21, clock: Clock = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._timeline = HandshakeTimeline(mode, control_port, clock)
        self._tick = QTimer(self)
        self._tick.setObjectName("handshakeFrameTimer")
        self._tick.setSingleShot(True)
        self._tick.timeout.connect(self._on_tick)
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
        return self._timeline.state

    @property
    def timeline(self) -> HandshakeTimeline:
        return self._timeline

    def mode(self) -> Mode:
        return self._timeline.state.mode

    def apply_event(self, event: Event) -> None:
        """A live probe event (on the GUI thread). Events for other phases are ignored."""
        if self._timeline.apply_event(event):
            self._changed()

    def reset(self) -> None:
        self._timeline.reset()
        self._changed()

    def show_result(self, result: ModeResult | None) -> None:
        """The final still picture (no animation)."""
        self._timeline.show_result(result)
        self._changed()

    def replay(self, result: ModeResult, seconds_per_step: float = 1.0) -> None:
        """Retell a finished mode step by step; ``replayFinished`` is emitted at the end."""
        self._timeline.replay(result, seconds_per_step)
        self._changed()

    def set_animations_enabled(self, enabled: bool) -> None:
        self._timeline.set_animations(enabled)
        self._changed()

    def animations_enabled(self) -> bool:
        return self._timeline.animations

    def stop(self) -> None:
        """Stop every animation and the timer (the wizard calls this when it closes)."""
        self._timeline.stop()
        self._tick.stop()
        self.update()

    def is_animating(self) -> bool:
        return self._tick.isActive()

    def status(self) -> Status:
        return self._timeline.status()

    def status_text(self) -> str:
        return translate_caption(self.status().caption)

    def set_control_port(self, port: int) -> None:
        self._timeline.set_control_port(port)
        self.update()

    def render_image(self, width: int, height: int, device_pixel_ratio: float = 1.0) -> QImage:
        """The picture as it looks now, for reports (logical size ``width`` x ``height``)."""
        image = QImage(
            max(1, round(width * device_pixel_ratio)),
            max(1, round(height * device_pixel_ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(device_pixel_ratio)
        image.fill(colour(theme.BACKGROUND))
        self._paint_on(QPainter(image), width, height)
        return image

    def text_sizes(self) -> list[float]:
        """The height in logical pixels of every text the picture draws at its current size: each font's
        chosen pixel size times the drawing's scale (independent of the fonts this machine has)."""
        image = QImage(max(1, self.width()), max(1, self.height()), QImage.Format.Format_ARGB32_Premultiplied)
        painter = _FontRecorder(image)
        self._paint_on(painter, self.width(), self.height())
        return painter.text_px

    def drawn_texts(self) -> list[str]:
        """Every text the picture draws now at its current size, in drawing order."""
        image = QImage(max(1, self.width()), max(1, self.height()), QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            recorder = TextRecorder(painter, self.width(), self.height())
            recorder.paint(self._timeline.frame())
        finally:
            painter.end()
        return recorder.texts

    # ------------------------------------------------------------ Qt overrides

    def sizeHint(self) -> QSize:
        return QSize(760, 444)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return handshake_layout.height_for_width(width, self._height_limit)

    def set_height_limit(self, limit: int | None) -> None:
        """At most this tall (never below MIN_READABLE_HEIGHT): the whole picture fits the page's view;
        the drawing keeps its proportions and is centred."""
        if limit != self._height_limit:
            self._height_limit = limit
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), colour(theme.BACKGROUND))
        self._paint_on(painter, self.width(), self.height())

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

    # ------------------------------------------------------------ the clock

    def _changed(self) -> None:
        self._schedule()
        self._refresh_texts()
        self.update()

    def _schedule(self) -> None:
        wait = self._timeline.next_tick_ms()
        if wait is None:
            self._tick.stop()
        else:
            self._tick.start(max(0, round(wait)))

    def _on_tick(self) -> None:
        finished = self._timeline.advance()
        self._changed()
        if finished:
            self.replayFinished.emit()

    def _paint_on(self, painter: QPainter, width: float, height: float) -> None:
        try:
            FramePainter(painter, float(width), float(height)).paint(self._timeline.frame())
        finally:
            painter.end()

    def _refresh_texts(self) -> None:
        status = self.status_text()
        state = self._timeline.state
        mode_name = tr(Msg.TITLE_ACTIVE if state.mode == "active" else Msg.TITLE_PASSIVE)
        self.setAccessibleName(translate_caption(Caption(Msg.ACCESSIBLE_NAME, {"mode": mode_name})))
        lines = [status]
        for arrow in state.arrows:
            if arrow.caption is not None:
                lines.append(f"{arrow.n}. {translate_caption(arrow.caption)} ({_symbol_word(arrow)})")
            if arrow.warning is not None:
                lines.append(f"{arrow.n}. ! {translate_caption(arrow.warning)}")
        self.setAccessibleDescription("\n".join(lines))
        self.setToolTip("\n".join(lines))
        if status != self._last_status:
            self._last_status = status
            self.statusChanged.emit(status)


def _symbol_word(arrow: ArrowState) -> str:
    return {"ok": "✓", "failed": "✕", "running": "…", "pending": "-", "skipped": "-"}[arrow.status.value]


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
    the other at the full width (the page scrolls); the rule is ``handshake_layout.side_by_side``."""

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
        return handshake_layout.side_by_side(self.width() if width is None else width, self._layout.spacing())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        shown = [w.heightForWidth for w in (self.first, self.second) if not w.isHidden()]
        return handshake_layout.pair_height(width, self._layout.spacing(), shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.side_by_side(event.size().width())
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)

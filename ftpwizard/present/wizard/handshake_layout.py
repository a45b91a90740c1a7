"""Where everything in the handshake picture goes, and how large its text is (no Qt).

The picture is designed once on a W x H canvas ("design units") and scaled to fit the widget; all
positions here are design units. Text is the exception: when the picture is drawn small its text is drawn
larger than designed (``text_zoom``) so Hangul stays readable (MIN_TEXT_PX), and boxes around text grow
with it. Text widths come in as plain numbers measured by the caller's font metrics, so everything here
is testable without a font or a screen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from ftpwizard.core.geometry import Point, Rect
from ftpwizard.present.wizard.handshake_state import ArrowState, ArrowStatus, Culprit, Side

Group = Literal["control", "data"]


# ---------------------------------------------------------------- the design canvas
W, H = 960.0, 560.0
TITLE = Rect(32, 18, 896, 32)
SUBTITLE = Rect(32, 52, 896, 22)
CARD = {"client": Rect(32, 96, 150, 384), "server": Rect(778, 96, 150, 384)}
CARD_RADIUS = 18.0
DEVICE_Y = 146.0  # centre of the PC / server drawing on its card
CARD_NAME_Y = 194.0
CARD_NOTE_Y = 236.0  # "Problem here" on a blamed device
EDGE = {"client": 182.0, "server": 778.0}  # where arrows start and end
WALL_X = {"client": 266.0, "server": 694.0}
WALL_W = 30.0
WALL_TOP, WALL_BOTTOM = 236.0, 476.0
WALL_ICON_Y = 128.0  # the router / shield above each wall
WALL_LABEL_Y = 156.0
WALL_NOTE_Y = 214.0  # "Blocked here" on a blamed wall
BRICK_H = 14.0
ROW_Y = {1: 276.0, 2: 328.0, 3: 404.0, 4: 456.0}
GROUP_Y: dict[Group, float] = {"control": 302.0, "data": 430.0}
MID_X = 480.0
CAPTION_MAX_W = 392.0  # between the walls
CAPTION_ZOOMED_MAX_W = 580.0  # enlarged text may cover the walls, never the cards
BANNER = Rect(32, 496, 896, 50)

# Design text sizes (px on the design canvas).
TITLE_PX, SUBTITLE_PX, NAME_PX, WALL_PX, ROLE_PX, NUMBER_PX = 22.0, 14.0, 15.0, 12.0, 12.0, 12.5
PORT_PX, PORT_WORD_PX, CAPTION_PX, WARNING_PX, NOTE_PX, WALL_NOTE_PX = 21.0, 14.0, 13.5, 12.5, 12.0, 11.5
BANNER_PX, BANNER_SMALL_PX = 15.0, 13.0

# ---------------------------------------------------------------- readable text at any size
# Hangul is not readable below this many pixels (logical). When the picture is drawn small, its text is
# drawn larger than designed (up to MAX_TEXT_ZOOM) so that the smallest text, a note on a wall, keeps it.
MIN_TEXT_PX = 11.0
SMALLEST_TEXT = WALL_NOTE_PX
MAX_TEXT_ZOOM = 1.5
# The lowest the picture may be drawn and still keep its smallest text at MIN_TEXT_PX.
MIN_READABLE_HEIGHT = math.ceil(H * MIN_TEXT_PX / (SMALLEST_TEXT * MAX_TEXT_ZOOM))


def text_zoom(scale: float) -> float:
    """How much larger than designed the text is drawn when the picture is drawn at ``scale``."""
    return min(MAX_TEXT_ZOOM, max(1.0, MIN_TEXT_PX / (SMALLEST_TEXT * scale)))


def font_px(size: float, scale: float) -> float:
    """The font's pixel size (in design units) for text of design size ``size`` at ``scale``."""
    zoom = text_zoom(scale)
    # Rounded up when zoomed: a rounded-down pixel size would land just under MIN_TEXT_PX.
    return math.ceil(size * zoom) if zoom > 1.0 else size


def zoomed(width: float, limit: float, scale: float) -> float:
    """Room for a text box that grows with the text (text_zoom), up to ``limit``."""
    return min(width * text_zoom(scale), max(width, limit))


@dataclass(frozen=True)
class Fit:
    """The design canvas scaled to fit ``width`` x ``height`` and centred in it."""

    scale: float
    dx: float
    dy: float


def fit(width: float, height: float) -> Fit:
    scale = min(width / W, height / H)
    return Fit(scale, (width - W * scale) / 2, (height - H * scale) / 2)


def height_for_width(width: int, limit: int | None = None) -> int:
    """The picture keeps its proportions; at most ``limit`` tall, but never below MIN_READABLE_HEIGHT."""
    height = round(width * H / W)
    if limit is not None:
        height = min(height, max(limit, MIN_READABLE_HEIGHT))
    return height


# ---------------------------------------------------------------- two pictures: side by side or stacked
# Side by side in a 1040-pixel window each picture would be about 490 pixels wide and its Hangul labels
# 6 pixels tall; from this width per picture its text needs little enlarging (text_zoom).
SIDE_BY_SIDE_MIN_WIDTH = 760


def side_by_side(width: int, spacing: int) -> bool:
    return width >= 2 * SIDE_BY_SIDE_MIN_WIDTH + spacing


def pair_height(width: int, spacing: int, heights: Sequence[Callable[[int], int]]) -> int:
    """The height of the shown pictures (each given as its height-for-width) laid out at ``width``."""
    if not heights:
        return 0
    if side_by_side(width, spacing):
        half = (width - spacing) // 2
        return max(height(half) for height in heights)
    return sum(height(width) for height in heights) + spacing * (len(heights) - 1)


# ---------------------------------------------------------------- walls and ports


def card_name(side: Side) -> Rect:
    """"My PC" / "FTP server" under the device drawing."""
    card = CARD[side]
    return Rect(card.x + 6, CARD_NAME_Y, card.w - 12, 24)


def wall_label(side: Side) -> Rect:
    return Rect(WALL_X[side] - 80, WALL_LABEL_Y, 160, 40)


def bricks(side: Side) -> list[Rect]:
    """The wall's bricks in offset rows, top to bottom."""
    left = WALL_X[side] - WALL_W / 2
    out: list[Rect] = []
    y, row = WALL_TOP, 0
    while y < WALL_BOTTOM - 1:
        h = min(BRICK_H, WALL_BOTTOM - y)
        if row % 2 == 0:
            spans = [(left, WALL_W)]
        else:
            spans = [(left, WALL_W / 2 - 1), (left + WALL_W / 2 + 1, WALL_W / 2 - 1)]
        out.extend(Rect(x, y, w, h - 2) for x, w in spans)
        y += BRICK_H
        row += 1
    return out


def port_box(side: Side, group: Group) -> Rect:
    """The box under a device that names its command or data port."""
    centre_x = CARD[side].centre.x
    return Rect(centre_x - 56, GROUP_Y[group] - 30, 112, 60)


def port_role(box: Rect) -> Rect:
    return Rect(box.x, box.y + 5, box.w, 18)


def port_value(box: Rect) -> Rect:
    return Rect(box.x, box.y + 24, box.w, 30)


# ---------------------------------------------------------------- arrows


def arrow_span(arrow: ArrowState, culprit: Culprit | None) -> tuple[float, float, float]:
    """x where the arrow starts, x of the far end, and x where a failed arrow stops."""
    start = EDGE[arrow.origin] + (8 if arrow.origin == "client" else -8)
    end = EDGE[arrow.destination] + (-8 if arrow.destination == "server" else 8)
    if arrow.status is not ArrowStatus.FAILED:
        return start, end, end
    if arrow.stopped_at is None:
        # a refusal that arrived is drawn whole; a failure nobody can place stops half way
        return start, end, end if culprit is not None else MID_X
    wall = WALL_X[arrow.stopped_at]
    # the face of the wall the arrow meets first
    face = wall - WALL_W / 2 - 4 if start < wall else wall + WALL_W / 2 + 4
    return start, end, face


def growing_head(start: float, end: float, stop: float, grow_from: float, grow: float) -> float:
    """x of a finished arrow's head while it grows: from ``grow_from`` (0..1 of the whole arrow, where a
    running dot was) to where it stops, ``grow`` (0..1, eased) of the way."""
    span = (stop - start) / (end - start) if end != start else 1.0
    begin = min(grow_from, span)
    return start + (end - start) * (begin + (span - begin) * grow)


def mark_x(arrow: ArrowState, culprit: Culprit | None) -> float:
    """Where a failed arrow's ✕ goes: on the wall or device that caused it."""
    if arrow.stopped_at is not None:
        return WALL_X[arrow.stopped_at]
    if culprit in ("client_wall", "server_wall"):
        return WALL_X["client" if culprit == "client_wall" else "server"]
    if culprit == "server":
        return EDGE["server"] - 24
    if culprit == "client":
        return EDGE["client"] + 24
    return MID_X


# ---------------------------------------------------------------- boxes around measured text
CAPTION_NUMBER_W = 30.0  # the step's number circle and the gap after it
CAPTION_SYMBOL_W = 24.0  # the ✓/✕/! badge at the right end
CAPTION_PAD = 12.0
TAG_PAD = 36.0  # a tag's badge on the left and the margins


def caption_room(scale: float, symbol: bool) -> float:
    """The widest a caption's text may be at ``scale`` (longer text is elided)."""
    return zoomed(CAPTION_MAX_W, CAPTION_ZOOMED_MAX_W, scale) - caption_extra(symbol)


def caption_extra(symbol: bool) -> float:
    return CAPTION_NUMBER_W + (CAPTION_SYMBOL_W if symbol else 0.0) + CAPTION_PAD


def caption_box(n: int, text_w: float | None, symbol: bool) -> Rect:
    """The rounded box above arrow ``n`` around text ``text_w`` wide (None: no text, just the number)."""
    extra = caption_extra(symbol)
    width = extra + (text_w if text_w is not None else -8)
    return Rect(MID_X - width / 2, ROW_Y[n] - 33, width, 25)


def warning_centre(n: int) -> Point:
    """Where the "!" tag under arrow ``n`` goes (passive step 2's wrong address)."""
    return Point(MID_X, ROW_Y[n] + 20)


def tag_room(max_width: float) -> float:
    return max_width - TAG_PAD


def tag_box(centre: Point, text_w: float) -> Rect:
    width = text_w + TAG_PAD
    return Rect(centre.x - width / 2, centre.y - 11, width, 22)


def card_note_width(side: Side, scale: float) -> float:
    width = CARD[side].w
    return zoomed(width - 8, width + 24, scale)


def wall_note_width(scale: float) -> float:
    return zoomed(164, 210, scale)


def banner_text() -> Rect:
    return BANNER.adjusted(52, 3, -16, -3)


def banner_fits(text_w: float) -> bool:
    """Whether the status text fits the banner's two lines at its normal size."""
    return text_w <= banner_text().w * 2 - 40

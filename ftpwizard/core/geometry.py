"""Points and rectangles for the pictures' layouts (the handshake picture, the program guides): plain numbers,
no Qt, so every layout is testable without a screen. In the core because both the FTP-program layer (the
guides) and the presentation layer (the handshake picture) lay out with them."""

from __future__ import annotations

from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> Point:
        return Point(self.x + self.w / 2, self.y + self.h / 2)

    def adjusted(self, left: float, top: float, right: float, bottom: float) -> Rect:
        return Rect(self.x + left, self.y + top, self.w - left + right, self.h - top + bottom)

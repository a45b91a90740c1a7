"""The guide pictures' layout vocabulary (plain Python, no Qt): what the layout takes and what it returns.

In: ``Metrics`` (text widths and wrapped heights, from the caller's fonts), ``Font`` (which font a text is
measured in) and ``WindowFrame`` (a look's title bar and frame widths). Out: the parts of a picture in
drawing order (a window, a menu, a check box, ...), each with its boxes in logical pixels, the marked
places, the callouts and the instructions panel. ftpwizard.clients.guide_layout computes them;
ftpwizard.gui.clients.guide_renderer paints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from ftpwizard.core.geometry import Point, Rect

__all__ = ["Point", "Rect"]  # one geometry for both pictures: re-exported for the guide's modules

WIDTH = 760
MARGIN = 16
Place = Literal["left", "corner"]  # where a mark's number goes: left of a row, or the top-left corner


@dataclass(frozen=True)
class Font:
    px: int
    bold: bool = False
    mono: bool = False


UI = Font(12)
UI_BOLD = Font(12, bold=True)
BODY = Font(14)  # the instructions and a card's lines
ADDRESS = Font(15)
TERMINAL = Font(14, mono=True)


class Metrics(Protocol):
    def advance(self, text: str, font: Font) -> float:
        """The width of ``text`` on one line."""

    def wrapped_height(self, text: str, font: Font, width: float) -> float:
        """The height of ``text`` word-wrapped to ``width``."""


@dataclass(frozen=True)
class WindowFrame:
    """A look's window: title bar height and the frame's width on each side of the client area."""

    title_h: int
    left: int
    top: int
    right: int
    bottom: int

    def client(self, rect: Rect) -> Rect:
        return Rect(rect.x + self.left, rect.y + self.title_h + self.top, rect.w - self.left - self.right,
                    rect.h - self.title_h - self.top - self.bottom)


# ---------------------------------------------------------------- the parts, in drawing order


@dataclass(frozen=True)
class Window:
    rect: Rect
    client: Rect
    title: str
    fill_client: bool  # dialogs and terminals paint their client area in the face colour


@dataclass(frozen=True)
class Row:
    """A row of a menu bar, menu, list, tree or drop-down: its box, where its text goes, selected or not."""

    rect: Rect
    text_rect: Rect
    text: str
    selected: bool = False
    arrow: bool = False  # a submenu's ▸
    on_white: bool = True  # text on a white box (black) or on the dialog (the look's text colour)


@dataclass(frozen=True)
class MenuBar:
    rect: Rect
    items: list[Row]


@dataclass(frozen=True)
class FilePanes:
    """Two empty file panes, so a menu step reads as the program's main window."""

    rect: Rect
    panes: list[Rect]
    rules: list[float]  # the rows' y, the same in both panes


@dataclass(frozen=True)
class Menu:
    rect: Rect
    rows: list[Row | float]  # a float: a separator's y


@dataclass(frozen=True)
class ToolbarButton:
    rect: Rect
    icon: Rect
    text_rect: Rect
    text: str


@dataclass(frozen=True)
class RowBox:
    """A white box of rows: a list, a tree, an open drop-down."""

    rect: Rect
    rows: list[Row]


@dataclass(frozen=True)
class Tab:
    rect: Rect
    text: str
    selected: bool


@dataclass(frozen=True)
class PageFrame:
    rect: Rect


@dataclass(frozen=True)
class Label:
    rect: Rect
    text: str
    wrap: bool = False


@dataclass(frozen=True)
class GroupLabel:
    rect: Rect
    text: str
    rule_from: Point
    rule_to: Point


@dataclass(frozen=True)
class TextBox:
    """A one-line text box or a closed drop-down (``arrow``)."""

    rect: Rect
    text_rect: Rect
    text: str
    arrow: bool = False


@dataclass(frozen=True)
class Checkbox:
    box: Rect
    text_rect: Rect
    text: str
    checked: bool


@dataclass(frozen=True)
class Radio:
    centre: Point
    text_rect: Rect
    text: str
    on: bool


@dataclass(frozen=True)
class Button:
    rect: Rect
    text: str
    default: bool


@dataclass(frozen=True)
class TerminalLine:
    rect: Rect
    text_rect: Rect
    text: str
    command: bool  # starts with the prompt: a line to type


@dataclass(frozen=True)
class Card:
    rect: Rect
    title_rect: Rect
    title: str


@dataclass(frozen=True)
class StruckAddress:
    """An address drawn crossed out, with a caption ("not supported any more")."""

    rect: Rect
    text_rect: Rect
    address: str
    strike_from: Point
    strike_to: Point
    caption_rect: Rect
    caption: str


@dataclass(frozen=True)
class Bullet:
    centre: Point
    text_rect: Rect
    text: str


Part = (Window | MenuBar | FilePanes | Menu | ToolbarButton | RowBox | Tab | PageFrame | Label | GroupLabel | TextBox
        | Checkbox | Radio | Button | TerminalLine | Card | StruckAddress | Bullet)


@dataclass(frozen=True)
class MarkBox:
    rect: Rect
    place: Place = "left"


@dataclass(frozen=True)
class Callout:
    """A numbered mark: a red box, its number in a circle, and maybe a tag ("tick") in a pill."""

    box: Rect
    number: str
    centre: Point
    tag: str = ""
    pill: Rect | None = None


@dataclass(frozen=True)
class InstructionLine:
    badge: str
    centre: Point
    text_rect: Rect
    text: str


@dataclass(frozen=True)
class Instructions:
    rect: Rect
    header_rect: Rect
    header: str
    lines: list[InstructionLine]


@dataclass
class StepLayout:
    parts: list[Part] = field(default_factory=list)
    marks: list[MarkBox] = field(default_factory=list)  # in numbering order
    bottom: float = 0.0

    def mark(self, rect: Rect, place: Place = "left") -> None:
        self.marks.append(MarkBox(rect, place))


@dataclass(frozen=True)
class PageLayout:
    step: StepLayout
    callouts: list[Callout]
    instructions: Instructions | None
    height: float  # the picture's height in logical pixels

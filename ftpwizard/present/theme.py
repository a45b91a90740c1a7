"""The program's colours and fonts, by what they mean: plain hex strings and family names, no Qt.

The one place for colours. Read by the handshake picture (through ``wizard/handshake_theme.py``), the
report's SVG diagram (``report/diagram_svg.py``), the HTML report's CSS (``report/render_html.py``), the
wizard's widgets (server page, details panel, report actions, FTP-programs panel) and the tests.
``scripts/lint_repo.py`` fails on a hex colour anywhere else (see its allow-list for the few exceptions).

Two palettes, kept apart on purpose because changing either changes pixels people compare with earlier
screenshots and reports:
- the screen palette: the wizard's handshake picture (soft colours; never colour alone: each state also
  has a symbol);
- the report palette (``REPORT_*``): the HTML report, its SVG stand-in for the picture, and the plain
  status texts in the wizard that match the report. Its green (``REPORT_OK``) is not the picture's
  (``OK``); choosing one is a design decision, and this file is where to make it.
"""

from __future__ import annotations

from typing import Final

# ------------------------------------------------------------------ the screen palette (handshake picture)
BACKGROUND: Final = "#F5F7FB"
CARD: Final = "#FFFFFF"
CARD_BORDER: Final = "#DCE3ED"
PORT_BOX: Final = "#F1F5FB"
TEXT: Final = "#1F2A37"
TEXT_SECONDARY: Final = "#5B6675"
ON_COLOUR: Final = "#FFFFFF"  # symbols and numbers drawn on a coloured circle
SHADOW: Final = "#1E3250"  # drawn at a low alpha under the cards

# What a step or the whole picture is: a strong colour for lines and symbols, a pale one behind text.
RUNNING, RUNNING_BG = "#2F6FDB", "#E7EFFD"
OK, OK_BG = "#1E9363", "#E2F5EC"
ERROR, ERROR_BG = "#D93F3F", "#FDE9E9"
WARNING, WARNING_BG = "#C98100", "#FFF3D6"
IDLE, IDLE_BG = "#A9B3C1", "#EEF1F5"

# The firewalls: bricks, red when the picture blames that wall.
BRICK, BRICK_EDGE = "#F4D8BE", "#DDB08A"
BRICK_BLAMED, BRICK_BLAMED_EDGE = "#F8C9C9", "#DF7C7C"

# The drawn devices (my PC, the server rack, the router and the shield).
DEVICE: Final = "#4A5A70"
DEVICE_DARK: Final = "#36445A"
PC_FRAME: Final = "#3D4B5C"
PC_STAND: Final = "#8593A5"
PC_FOOT: Final = "#5D6B7D"
SCREEN_LIGHT, SCREEN_DARK = "#8EC5FF", "#4F8EF7"
LED_ON: Final = "#5BE0A0"
LED_BLAMED: Final = "#FFB4B4"
VENT: Final = "#9FB0C6"

# Wizard widgets outside the picture.
INPUT_ERROR: Final = "#b3261e"  # the server page's "this address cannot work" line under a field
PANEL_ERROR: Final = "#c0392b"  # the FTP-programs panel's "not set / could not change" line

# ------------------------------------------------------------------ the report palette
REPORT_TEXT: Final = "#1f2328"
REPORT_TEXT_SECONDARY: Final = "#57606a"  # meta lines, notes, a step's reply; also the drawn devices' parts
REPORT_TEXT_FAINT: Final = "#8c959f"  # time stamps; "not reached"
REPORT_PAGE: Final = "#f6f8fa"  # the page behind the cards; table heads; caption pills
REPORT_CARD: Final = "#ffffff"
REPORT_ON_COLOUR: Final = "#ffffff"  # text on a coloured badge or pill
REPORT_BORDER: Final = "#d0d7de"
REPORT_RULE: Final = "#eaeef2"  # table lines and light borders
REPORT_OK, REPORT_OK_BG = "#1a7f37", "#f0fff4"
REPORT_WARNING, REPORT_WARNING_BG = "#bf8700", "#fff8e5"
REPORT_ERROR, REPORT_ERROR_BG = "#cf222e", "#fff5f5"
REPORT_ACCENT: Final = "#1f6feb"  # the "recommended mode" pill
REPORT_SENT: Final = "#0a3069"  # what the program sent, in the transcript
REPORT_NOTE: Final = "#953800"  # notes in the transcript; the firewall labels in the diagram
REPORT_CONNECTION_1: Final = "#0969da"  # transcript lines of the first control connection
REPORT_CONNECTION_2: Final = "#8250df"  # ... and of the second (both modes at once)
# The diagram's drawn devices and walls.
REPORT_DEVICE: Final = "#24292f"
REPORT_SCREEN: Final = "#cfe8ff"
REPORT_LED: Final = "#4ac26b"
REPORT_BRICK, REPORT_BRICK_EDGE, REPORT_BRICK_JOINT = "#f6d7b0", "#bc4c00", "#e3b27f"
REPORT_BRICK_BLAMED, REPORT_BRICK_BLAMED_JOINT = "#ffd8d3", "#f4a29b"  # its edge is REPORT_ERROR

# Will the customer's FTP program work here (verdict page, program page)? A symbol and a colour per outcome;
# never colour alone: the widget writes the outcome's name next to the symbol.
OUTCOME_MARKS: Final = {
    "works": ("✔", REPORT_OK),
    "fails": ("✘", PANEL_ERROR),
    "cannot_work": ("⊘", PANEL_ERROR),
    "unknown": ("?", WARNING),
}

# ------------------------------------------------------------------ the program's icon (scripts/make_icon.py)
ICON_TOP, ICON_BOTTOM = "#2f7de1", "#1a4f9c"  # the tile's gradient
ICON_WHITE: Final = "#ffffff"
ICON_PAGE_LINES: Final = "#9cc2f2"
ICON_ARROW: Final = "#ffd54a"
ICON_CHECK: Final = "#2eaf5d"

# ------------------------------------------------------------------ fonts
# Korean first where it exists (Windows, macOS, Linux with fonts-nanum); Latin text falls back inside them.
SCREEN_FONTS: Final = ("Malgun Gothic", "Apple SD Gothic Neo", "NanumGothic", "Noto Sans CJK KR", "Noto Sans KR",
                       "sans-serif")
REPORT_FONTS: Final = ("Malgun Gothic", "Apple SD Gothic Neo", "NanumGothic", "Noto Sans KR", "sans-serif")
# Monospace for commands and replies: the HTML report adds two Korean-capable coding fonts.
REPORT_MONO: Final = ("Consolas", "D2Coding", "NanumGothicCoding", "Menlo", "DejaVu Sans Mono", "monospace")
DIAGRAM_MONO: Final = ("Consolas", "Menlo", "DejaVu Sans Mono", "monospace")

_GENERIC = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}


def css_fonts(families: tuple[str, ...]) -> str:
    """A CSS/SVG font-family value: names quoted, generic families bare."""
    return ", ".join(name if name in _GENERIC else f"'{name}'" for name in families)

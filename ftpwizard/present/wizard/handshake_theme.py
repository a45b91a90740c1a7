"""Every colour of the handshake picture, by what it means (no Qt: hex strings).

The widget turns them into QColors once (``ftpwizard.gui.handshake_painter``); tests read them from
here instead of copying hex codes. Soft colours, and never colour alone: each state also has a symbol.
"""

from __future__ import annotations

from typing import Final

from ftpwizard.present.wizard.handshake_state import Severity

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

# The status line under the picture: (line/symbol colour, background) per severity.
SEVERITY: Final[dict[Severity, tuple[str, str]]] = {
    "ok": (OK, OK_BG),
    "error": (ERROR, ERROR_BG),
    "warning": (WARNING, WARNING_BG),
    "running": (RUNNING, RUNNING_BG),
    "idle": (TEXT_SECONDARY, IDLE_BG),
}

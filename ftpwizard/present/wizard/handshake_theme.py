"""Every colour of the handshake picture, by what it means (no Qt: hex strings).

The colours themselves live in ``ftpwizard.present.theme`` (the one theme); this module re-exports its screen
palette under the names the picture uses and adds what only the picture needs: a colour pair per severity.
The widget turns them into QColors once (``ftpwizard.gui.handshake_painter``); tests read them from here.
"""

from __future__ import annotations

from typing import Final

from ftpwizard.present import theme as _theme
from ftpwizard.present.theme import *  # noqa: F403 - the picture's names are the theme's screen palette
from ftpwizard.present.wizard.handshake_state import Severity

# The status line under the picture: (line/symbol colour, background) per severity.
SEVERITY: Final[dict[Severity, tuple[str, str]]] = {
    "ok": (_theme.OK, _theme.OK_BG),
    "error": (_theme.ERROR, _theme.ERROR_BG),
    "warning": (_theme.WARNING, _theme.WARNING_BG),
    "running": (_theme.RUNNING, _theme.RUNNING_BG),
    "idle": (_theme.TEXT_SECONDARY, _theme.IDLE_BG),
}

"""The report's own words (English source texts, translated through resources/translations/report_<lang>.ts).

Marked with QT_TRANSLATE_NOOP so ``pyside6-lupdate`` extracts them; the renderers translate them with
``ftpwizard.core.i18n`` (no Qt, works on the command line) or with any ``translate(context, source)`` function
the GUI passes in. Placeholders are ``{name}``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ftpwizard.core.vocabulary import ERROR_NAMES, QT_TRANSLATE_NOOP, SEQUENTIAL_NOTE, SIDE_NAMES, context_of
from ftpwizard.core.vocabulary import MODE_NAMES as VOCABULARY_MODE_NAMES
from ftpwizard.core.vocabulary import STEP_NAMES as CONTROL_STEP_NAMES

CONTEXT = "Report"
Translate = Callable[[str, str], str]


TITLE = QT_TRANSLATE_NOOP("Report", "FTP connection check")
CREATED = QT_TRANSLATE_NOOP("Report", "Created")
PROBE_STARTED = QT_TRANSLATE_NOOP("Report", "Test started")
VERSION = QT_TRANSLATE_NOOP("Report", "ftpwizard version")
OS = QT_TRANSLATE_NOOP("Report", "Operating system")
LOCAL_ADDRESSES = QT_TRANSLATE_NOOP("Report", "This PC's addresses")
NO_ADDRESSES = QT_TRANSLATE_NOOP("Report", "none found")
# addresses.classify() kinds, as the report names them. They stand in parentheses after the address, so
# they hold none of their own; 192.0.2.x and the other documentation ranges (RFC 5737) are not private.
ADDRESS_KINDS = {
    "private": QT_TRANSLATE_NOOP("Report", "private"),
    "public": QT_TRANSLATE_NOOP("Report", "public"),
    "shared": QT_TRANSLATE_NOOP("Report", "carrier NAT, a shared range"),
    "link-local": QT_TRANSLATE_NOOP("Report", "link-local, no network configured"),
    "documentation": QT_TRANSLATE_NOOP("Report", "documentation example range, not a real address"),
    "loopback": QT_TRANSLATE_NOOP("Report", "loopback"),
    "unspecified": QT_TRANSLATE_NOOP("Report", "unspecified"),
    "invalid": QT_TRANSLATE_NOOP("Report", "invalid"),
}

VERDICT = QT_TRANSLATE_NOOP("Report", "Verdict")
WHY = QT_TRANSLATE_NOOP("Report", "Why")
TODO = QT_TRANSLATE_NOOP("Report", "What to do")
RECOMMENDED = QT_TRANSLATE_NOOP("Report", "Recommended mode")
CANCELLED = QT_TRANSLATE_NOOP("Report", "The test was cancelled before it finished.")

TARGET = QT_TRANSLATE_NOOP("Report", "Server")
USER = QT_TRANSLATE_NOOP("Report", "User")
ANONYMOUS = QT_TRANSLATE_NOOP("Report", "anonymous")
# Only in the report (the customer's verdict leaves server directives out): what the hosting company fixes.
SERVER_HINT_BAD_ADDRESS = QT_TRANSLATE_NOOP("Report", "For the server's administrator: the passive reply names an address clients cannot use; set the server's public address for passive mode (pasv_address in vsftpd, MasqueradeAddress in ProFTPD).")
TLS = QT_TRANSLATE_NOOP("Report", "Encryption")
TLS_NONE = QT_TRANSLATE_NOOP("Report", "none (plain FTP)")
TLS_EXPLICIT = QT_TRANSLATE_NOOP("Report", "explicit FTPS (AUTH TLS)")
TLS_IMPLICIT = QT_TRANSLATE_NOOP("Report", "implicit FTPS")

CONTROL = QT_TRANSLATE_NOOP("Report", "Connection and login")
CONTROL_OK = QT_TRANSLATE_NOOP("Report", "connected and logged in")
CONTROL_FAILED = QT_TRANSLATE_NOOP("Report", "failed at: {step}")
CONTROL_STEPS: dict[str, str] = dict(CONTROL_STEP_NAMES)
PEER = QT_TRANSLATE_NOOP("Report", "Server address reached")
ROUND_TRIP = QT_TRANSLATE_NOOP("Report", "Round trip")
FEATURES = QT_TRANSLATE_NOOP("Report", "Server features")
CERTIFICATE = QT_TRANSLATE_NOOP("Report", "Certificate")
SEQUENTIAL = SEQUENTIAL_NOTE

MODE_NAMES: dict[str, str] = dict(VOCABULARY_MODE_NAMES)
MODE_WORKS = QT_TRANSLATE_NOOP("Report", "works")
MODE_FAILED = QT_TRANSLATE_NOOP("Report", "failed at step {n}")
MODE_NOT_TESTED = QT_TRANSLATE_NOOP("Report", "not tested")
# What each of the four steps is, per mode (the same numbering as the handshake animation).
STEP_NAMES = {
    "active": (
        QT_TRANSLATE_NOOP("Report", "Your PC announces its address and port"),
        QT_TRANSLATE_NOOP("Report", "The server accepts"),
        QT_TRANSLATE_NOOP("Report", "The server connects to your PC"),
        QT_TRANSLATE_NOOP("Report", "The file list arrives"),
    ),
    "passive": (
        QT_TRANSLATE_NOOP("Report", "Your PC asks for passive mode"),
        QT_TRANSLATE_NOOP("Report", "The server names an address and port"),
        QT_TRANSLATE_NOOP("Report", "Your PC connects to that port"),
        QT_TRANSLATE_NOOP("Report", "The file list arrives"),
    ),
}
STEP = QT_TRANSLATE_NOOP("Report", "Step")
RESULT = QT_TRANSLATE_NOOP("Report", "Result")
DETAILS = QT_TRANSLATE_NOOP("Report", "Command / reply")
TIME = QT_TRANSLATE_NOOP("Report", "Time")
OK = QT_TRANSLATE_NOOP("Report", "OK")
NOT_REACHED = QT_TRANSLATE_NOOP("Report", "not reached")
ERRORS = ERROR_NAMES  # one wording with the command line (core/vocabulary.py)
FAILED = QT_TRANSLATE_NOOP("Report", "failed")
ADVERTISED = QT_TRANSLATE_NOOP("Report", "Server named (passive)")
CONNECTED_TO = QT_TRANSLATE_NOOP("Report", "Connected to (passive)")
ANNOUNCED = QT_TRANSLATE_NOOP("Report", "Announced (active)")
# What the listing's first bytes showed (core/probe/listing.py): one line per mode.
LISTING = QT_TRANSLATE_NOOP("Report", "File list")
LISTING_FACT = QT_TRANSLATE_NOOP("Report", "{lines} lines ({formats}), names: {encoding}")
LISTING_UNPARSED = QT_TRANSLATE_NOOP("Report", "{unparsed} of them in a format FTP programs may not read")
LISTING_ENCODINGS = {
    "ascii": QT_TRANSLATE_NOOP("Report", "letters and digits only"),
    "utf-8": QT_TRANSLATE_NOOP("Report", "UTF-8"),
    "cp949": QT_TRANSLATE_NOOP("Report", "CP949 (old Korean)"),
    "unknown": QT_TRANSLATE_NOOP("Report", "not UTF-8, not Korean"),
}

DIAGRAM_PC = SIDE_NAMES["client"]
DIAGRAM_CLIENT_WALL = QT_TRANSLATE_NOOP("Report", "Your firewall / router")
DIAGRAM_SERVER_WALL = QT_TRANSLATE_NOOP("Report", "Server firewall")
DIAGRAM_SERVER = SIDE_NAMES["server"]
DIAGRAM_ALT = QT_TRANSLATE_NOOP("Report", "The four steps of {mode}")

CLIENTS = QT_TRANSLATE_NOOP("Report", "FTP programs on this PC")
NO_CLIENTS = QT_TRANSLATE_NOOP("Report", "No FTP program was detected.")
CLIENTS_NOT_CHECKED = QT_TRANSLATE_NOOP("Report", "FTP programs were not checked.")
PROGRAM = QT_TRANSLATE_NOOP("Report", "Program")
CURRENT_MODE = QT_TRANSLATE_NOOP("Report", "Current mode")
SCOPE = QT_TRANSLATE_NOOP("Report", "Mode setting")
SITES = QT_TRANSLATE_NOOP("Report", "Sites")
CLIENT_MODES = {
    "active": QT_TRANSLATE_NOOP("Report", "active"),
    "passive": QT_TRANSLATE_NOOP("Report", "passive"),
    "auto": QT_TRANSLATE_NOOP("Report", "automatic"),
    "unknown": QT_TRANSLATE_NOOP("Report", "unknown"),
    "default": QT_TRANSLATE_NOOP("Report", "program default"),
}
# ClientStatus.scope (ftpwizard clients --json): where the program keeps its mode setting.
CLIENT_SCOPES = {
    "global": QT_TRANSLATE_NOOP("Report", "one setting for all servers"),
    "per-site": QT_TRANSLATE_NOOP("Report", "a setting per site"),
    "none": QT_TRANSLATE_NOOP("Report", "no setting"),
}

TRANSCRIPT = QT_TRANSLATE_NOOP("Report", "Transcript")
TRANSCRIPT_NOTE = QT_TRANSLATE_NOOP("Report", "The password is never recorded: it appears as ****. [1] to [4] mark the connections the test made to the server.")
ENVIRONMENT = QT_TRANSLATE_NOOP("Report", "This PC")
FOOTER = QT_TRANSLATE_NOOP("Report", "Made by ftpwizard {version}. Send this file to your hosting company's support.")

# write.py: messages for a report file that cannot be written (command line and GUI).
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Report", "cannot write the report '{path}': unknown format '{ext}'; use a name ending in .html, .txt or .json")
NO_FOLDER = QT_TRANSLATE_NOOP("Report", "cannot write the report '{path}': the folder '{folder}' does not exist")
NO_PERMISSION = QT_TRANSLATE_NOOP("Report", "cannot write the report '{path}': permission denied")
IS_FOLDER = QT_TRANSLATE_NOOP("Report", "cannot write the report '{path}': that is a folder; add a file name such as report.html")
WRITE_FAILED = QT_TRANSLATE_NOOP("Report", "cannot write the report '{path}': {reason}")


def tr_fill(translate: Translate, text: str, **params: Any) -> str:
    """Translate ``text`` and fill its ``{name}`` placeholders (a bad translation falls back to the source)."""
    translated = translate(context_of(text, CONTEXT), text)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return text.format(**params)

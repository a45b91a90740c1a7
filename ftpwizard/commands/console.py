"""The standard streams, made safe for every console the command line meets (no Qt, nothing heavy).

A Korean Windows console or redirected output there is cp949, which has no ✓ ✗ —; an ASCII console has no
Hangul; the windowed exe has no stdout at all (None); and stdout may be a full disk or a pipe whose reader
has gone. None of that may end in a traceback: text a stream cannot encode gets an ASCII stand-in (or "?"),
JSON is ASCII-escaped where needed (still the same JSON), and an unwritable output is one line on stderr and
exit status 74 (EX_IOERR).
"""

from __future__ import annotations

import codecs
import io
import os
import sys

from ftpwizard.core.vocabulary import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # not typing's: the command line's start-up time (see probe/records.py)
if TYPE_CHECKING:
    from typing import IO

EXIT_OUTPUT = 74  # EX_IOERR: the output could not be written
ERRORS = "ftpwizard-console"
# Stand-ins for the symbols the command line prints, readable on any console.
FALLBACKS = {
    "✓": "ok", "✗": "X", "·": ".", "—": "-", "–": "-", "…": "...", "→": "->",
    "①": "[1]", "②": "[2]", "③": "[3]", "④": "[4]",
    "‘": "'", "’": "'", "“": '"', "”": '"',
}


T_OUTPUT_FAILED = QT_TRANSLATE_NOOP("Cli", "{program}: cannot write the output: {reason}")


def _stand_in(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    text = exc.object[exc.start : exc.end]
    return "".join(FALLBACKS.get(c, "?") for c in text), exc.end


codecs.register_error(ERRORS, _stand_in)


class _NoStream(io.TextIOBase):
    """Where the windowed exe's output goes: it has no console, so sys.stdout and sys.stderr are None."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


def prepare_standard_streams() -> None:
    """Make sys.stdout and sys.stderr never fail on an encoding, and exist (the windowed exe has none)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, _NoStream())
        elif isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors=ERRORS)


def can_encode(stream: object, text: str) -> bool:
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return True  # a str stream (StringIO) takes anything
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


class OutputError(Exception):
    """The standard output could not be written (a full disk, a closed pipe)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def write_output(stream: IO[str], text: str) -> None:
    """Write and flush ``text``; OutputError (with the system's reason) if the output cannot take it."""
    if not can_encode(stream, text):  # also when the stream was not prepared (a caller's own stream)
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            text = text.encode(encoding, ERRORS).decode(encoding)
        except LookupError:
            text = text.encode("ascii", ERRORS).decode("ascii")
    try:
        stream.write(text)
        stream.flush()
    except OSError as exc:
        raise OutputError(exc.strerror or type(exc).__name__) from None


def flush_standard_output() -> None:
    """Flush what print() left in sys.stdout's buffer, as OutputError if that fails."""
    write_output(sys.stdout, "")


def output_failed(program: str, exc: BaseException, lang: str | None = None) -> int:
    """Say in one line on stderr that the output could not be written; the exit status to return."""
    # The usual Python way (see the signal module's note on SIGPIPE): point stdout at devnull, so the
    # interpreter's last flush of what is still buffered does not fail a second time on the way out.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        pass
    from ftpwizard.core.i18n import system_language, translator

    reason = exc.reason if isinstance(exc, OutputError) else (getattr(exc, "strerror", None) or type(exc).__name__)
    message = translator(lang or system_language())("Cli", T_OUTPUT_FAILED).format(program=program, reason=reason)
    try:
        print(message, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass  # stderr is gone too: the exit status still says it
    return EXIT_OUTPUT

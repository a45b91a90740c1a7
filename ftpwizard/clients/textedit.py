"""Byte-exact edits of text config files: change one value, keep every other byte.

Config files are edited as bytes. The names and values we touch are ASCII, so a change never has to
decode the rest of the file: the encoding (UTF-8, ANSI/CP949), a BOM and the line endings stay as they were.
UTF-16 files (some Windows INI writers) are handled by decoding and re-encoding the same way.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class TextFile:
    bom: bytes
    encoding: str
    text: str  # without the BOM

    def eol(self) -> str:
        """The line ending the file already uses (CRLF, LF or CR); LF for a one-line file."""
        m = re.search(r"\r\n|\n|\r", self.text)
        return m.group(0) if m else "\n"

    def encode(self) -> bytes:
        return self.bom + self.text.encode(self.encoding, errors="surrogateescape")


def decode(data: bytes, fallback: str = "utf-8") -> TextFile:
    """Decode keeping enough to encode back to the very same bytes.

    Bytes that are not valid in the chosen encoding survive as surrogate escapes, so even an ANSI
    (CP949) file read as UTF-8 round-trips exactly.
    """
    for bom, enc in BOMS:
        if data.startswith(bom):
            return TextFile(bom, enc, data[len(bom) :].decode(enc, errors="surrogateescape"))
    return TextFile(b"", fallback, data.decode(fallback, errors="surrogateescape"))


def readable(text: str) -> str:
    """Text for display: a byte that was not valid UTF-8 is tried as CP949 (Korean Windows ANSI)."""
    raw = text.encode("utf-8", errors="surrogateescape")
    for enc in ("utf-8", "cp949"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def split_lines(text: str) -> list[str]:
    """Lines with their own line endings kept (joining them gives the text back)."""
    return re.findall(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$", text)


def ini_entries(
    text: str, comments: tuple[str, ...] = (";",), strict: bool = False
) -> Iterator[tuple[str | None, str, str]]:
    """(section or None before the first one, key, value) for each ``key=value`` line, all stripped.

    Raises ValueError("line N: ...") naming the line but never showing it: it may hold a password.
    ``strict``: a line without '=' is an error (WinSCP never writes one), else it is skipped."""
    section = None
    for n, line in enumerate(split_lines(text), 1):
        s = line.strip()
        if not s or s.startswith(comments):
            continue
        if s.startswith("["):
            if not s.endswith("]"):
                raise ValueError(f"line {n}: unfinished [section]")
            section = s[1:-1]
            continue
        key, sep, value = s.partition("=")
        if sep:
            yield section, key.strip(), value.strip()
        elif strict:
            raise ValueError(f"line {n}: no '='")


def insert_line(lines: list[str], index: int, line: str, eol: str) -> None:
    """Insert ``line`` + ``eol`` into ``lines`` (from split_lines) at ``index``. A file's last line may lack
    an ending; when the new line goes after it, it gets ``eol`` first, so the two never run together."""
    if index > 0 and not lines[index - 1].endswith(("\n", "\r")):
        lines[index - 1] += eol
    lines.insert(index, line + eol)


def line_indent(text: str, pos: int) -> str:
    """The whitespace at the start of the line holding ``pos``."""
    start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    m = re.match(r"[ \t]*", text[start:])
    return m.group(0) if m else ""

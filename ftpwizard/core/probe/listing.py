"""What the folder listing itself says about the server: the character set of its names, and whether every
line is in a format FTP programs parse. Pure: bytes in, ``ListingFacts`` out (no I/O).

The probe keeps the first ``SAMPLE_LIMIT`` bytes of each mode's listing (modes.py) and analyses them here,
so no extra connection or command is needed.

Character set, decided line by line (one folder may hold names uploaded by different programs):
- only ASCII: ``None``, nothing to say;
- every line valid UTF-8: ``"utf-8"``;
- the lines that are not UTF-8 all decode as CP949: ``"cp949"``. Never ``"euc-kr"``, decided: EUC-KR is
  CP949's subset, byte for byte the same for the 2,350 common syllables, so a sample can never show that a
  server is EUC-KR (only, when one of CP949's 8,822 extra syllables appears, that it is not). CP949 is
  also the one setting that shows every name right, including names the sample did not hold, whereas a
  program set to EUC-KR garbles the extra syllables. (Readers still accept "euc-kr": findings.py.)
- anything else: ``"unknown"``.
A short CP949 name can happen to be valid UTF-8 too (rare; Hangul's trail bytes mostly are not UTF-8
continuation bytes): such a line counts as UTF-8.

Formats programs parse: Unix ``ls -l`` (English month names, ISO dates, or a Korean/CJK server's ``12월 1``),
DOS/IIS, MLSD facts and EPLF. A line in none of them (names only, another language's month names, a server's
own layout) is counted, and the first such line kept as ``unparsed_sample``.
"""

from __future__ import annotations

import re

from ftpwizard.core.probe.connection import UNSAFE_CHARS  # neutralised as in every reply shown
from ftpwizard.core.probe.records import asdict, field, record

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

SAMPLE_LIMIT = 64 * 1024  # bytes of each listing kept for this analysis; a listing may be huge
SAMPLE_LINE_CHARS = 200  # the unparsed line kept, at most

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A Korean, Chinese or Japanese server's ls (LANG=ko_KR...) writes "12월  1" or "12月 1日": FileZilla and
# WinSCP read these ("asian date" in their parsers), so they count as parsed, not as a finding.
_CJK_DATE = r"\d{1,2}\s*[\uC6D4\u6708]\s+\d{1,2}[\uC77C\u65E5]?"
_UNIX = re.compile(
    r"^[-dlbcpsDn?][-rwxsStTlL?]{9}[+@.]?\s+"  # type and permissions (+ ACL, @ xattr, . SELinux)
    r"(?:\d+\s+)?\S+(?:\s+\S+)*?\s+\d+(?:,\s*\d+)?\s+"  # links, owner, group, size (or major, minor)
    r"(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r"|\d{4}-\d{2}-\d{2}|" + _CJK_DATE + r")"
    r"\s+(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s+[+-]\d{4})?|\d{4}[\uB144\u5E74]?)\s+\S"  # 10:00 / 2026
    r"|^[-dlbcpsDn?][-rwxsStTlL?]{9}[+@.]?\s+.*?\s\d{4}[\uB144\u5E74]?\s+" + _CJK_DATE + r"\s+\S",  # 2003 3월 20
    re.IGNORECASE,
)
_DOS = re.compile(
    r"^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s+"  # 01-02-26 / 2026-01-02
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?\s+"  # 10:00AM / 22:00
    r"(?:<DIR>|<JUNCTION>|[\d,.]+)\s+\S",  # folder or size, then the name
    re.ASCII,
)
_MLSD = re.compile(r"^(?:[A-Za-z.\-]+=[^;= ]*;)+ \S", re.ASCII)  # type=file;size=1;modify=...; name
_EPLF = re.compile(r"^\+(?:[a-z][^,\t]*,)+\t\S", re.ASCII)
_IGNORED = re.compile(r"^(?:total\s+\d+.*|\s*)$", re.IGNORECASE | re.ASCII)  # ls's "total 12", blank lines


@record
class ListingFacts:
    """What one listing (its first ``SAMPLE_LIMIT`` bytes) shows."""

    encoding: str | None = None  # None (ASCII only or empty) | "utf-8" | "cp949" | "unknown"
    lines: int = 0  # listing lines looked at (blank lines and "total N" not counted)
    unparsed: int = 0  # of them, lines in no format FTP programs parse
    unparsed_sample: str | None = None  # the first such line, decoded, made safe to show, password redacted
    formats: list[str] = field(default_factory=list)  # the formats seen: "unix", "dos", "mlsd", "eplf"
    sample_bytes: int = 0  # bytes analysed
    truncated: bool = False  # the listing was longer than the sample
    # Read after the server accepted OPTS UTF8 ON (as FileZilla and lftp read it), or without (as curl does).
    opts_utf8: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (``modes.<mode>.listing`` of schema ftpwizard.core.probe/1)."""
        return asdict(self)

    @staticmethod
    def from_dict(data: Any) -> ListingFacts | None:
        """Back from ``as_dict()``; None for a result saved before listings were analysed (no such key)."""
        if not isinstance(data, dict):
            return None
        sample = data.get("unparsed_sample")
        formats = data.get("formats")
        return ListingFacts(
            encoding=data["encoding"] if isinstance(data.get("encoding"), str) else None,
            lines=int(data.get("lines") or 0),
            unparsed=int(data.get("unparsed") or 0),
            unparsed_sample=sample if isinstance(sample, str) else None,
            formats=[str(f) for f in formats] if isinstance(formats, list) else [],
            sample_bytes=int(data.get("sample_bytes") or 0),
            truncated=bool(data.get("truncated")),
            opts_utf8=bool(data.get("opts_utf8")),
        )


_FORMATS = {"unix": _UNIX, "dos": _DOS, "mlsd": _MLSD, "eplf": _EPLF}


def line_format(line: str, first: str | None = None) -> str | None:
    """The listing format one line is in ("unix", "dos", "mlsd", "eplf"), or None when no common parser reads it.
    ``first``: the format to try first (the previous line's: a listing is nearly always in one format)."""
    if first is not None and _FORMATS[first].match(line):
        return first
    for name, pattern in _FORMATS.items():
        if name != first and pattern.match(line):
            return name
    return None


def _decoded(raw: bytes) -> tuple[str, str]:
    """The character set of one line ("ascii", "utf-8", "cp949", "unknown") and its text in it."""
    if raw.isascii():
        return "ascii", raw.decode("ascii")
    try:
        return "utf-8", raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return "cp949", raw.decode("cp949")
    except UnicodeDecodeError:
        return "unknown", raw.decode("utf-8", "replace")


def _overall(seen: set[str]) -> str | None:
    if "unknown" in seen:
        return "unknown"
    if "cp949" in seen:
        return "cp949"
    return "utf-8" if "utf-8" in seen else None


def _shown(text: str) -> str:
    """A line as a person should read it (decoded in its own character set), unsafe characters neutralised."""
    return UNSAFE_CHARS.sub("\ufffd", text).strip()[:SAMPLE_LINE_CHARS]


def analyse(sample: bytes, truncated: bool = False, redact: Callable[[str], str] | None = None,
            opts_utf8: bool = False) -> ListingFacts:
    """The facts of a listing's first bytes. ``truncated``: more followed (the last, cut line is left out).
    ``redact`` masks the password in the sample line (``Transcript.redact``), as in every reply kept.
    ``opts_utf8``: it was read after the server accepted OPTS UTF8 ON (recorded as it is)."""
    raws = sample.split(b"\n")
    if truncated and len(raws) > 1:
        raws.pop()  # cut in the middle: its bytes may end inside a character or its name
    # The whole sample at once first: nearly every listing is ASCII or UTF-8 throughout.
    whole = _decoded(b"\n".join(raws))[0]
    seen: set[str] = set()
    lines = unparsed = 0
    formats: list[str] = []
    last: str | None = None
    first_unparsed: str | None = None
    for raw in raws:
        raw = raw.rstrip(b"\r")
        if whole in ("ascii", "utf-8"):
            encoding, text = whole, raw.decode("utf-8")
        else:
            encoding, text = _decoded(raw)
        seen.add(encoding)
        if _IGNORED.match(text):
            continue
        lines += 1
        found = line_format(text, last)
        if found is None:
            unparsed += 1
            if first_unparsed is None:
                first_unparsed = text
        else:
            last = found
            if found not in formats:
                formats.append(found)
    shown = None
    if first_unparsed is not None:
        shown = _shown(first_unparsed)
        shown = redact(shown) if redact is not None else shown
    return ListingFacts(_overall(seen), lines, unparsed, shown, formats, len(sample), truncated, opts_utf8)


__all__ = ["SAMPLE_LIMIT", "ListingFacts", "analyse", "line_format"]

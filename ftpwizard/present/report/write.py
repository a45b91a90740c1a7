"""Writing a report file: format by extension, written whole or not at all, errors as plain sentences.

Used by ``ftpwizard probe --report PATH`` (no Qt on that path) and by the wizard's "Save report...".
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ftpwizard.core.i18n import translator
from ftpwizard.core.probe.model import ProbeResult
from ftpwizard.present.report import texts as T
from ftpwizard.present.report.model import Report, build_report

log = logging.getLogger(__name__)
FORMATS = {".html": "html", ".htm": "html", ".txt": "text", ".text": "text", ".json": "json"}


def format_of(path: str | os.PathLike[str]) -> str | None:
    """'html', 'text' or 'json' from the file name's extension (None = unknown)."""
    return FORMATS.get(Path(path).suffix.lower())


def report_format_error(path: str | os.PathLike[str], lang: str) -> str | None:
    """The message for a file name whose extension names no format we write (None = fine)."""
    target = Path(os.fspath(path))
    if format_of(target) is None:
        return _message(lang, T.UNKNOWN_FORMAT, path=str(target.expanduser()), ext=target.suffix or "(none)")
    return None


def render(report: Report, fmt: str, lang: str, translate: Callable[[str, str], str] | None = None) -> str:
    if fmt == "html":
        from ftpwizard.present.report.render_html import to_html

        return to_html(report, lang, translate)
    if fmt == "json":
        from ftpwizard.present.report.render_json import to_json

        return to_json(report, lang, translate)
    from ftpwizard.present.report.render_text import to_text

    return to_text(report, lang, translate)


def _message(lang: str, text: str, **params: Any) -> str:
    return T.tr_fill(translator(lang), text, **params)


def _os_error_message(exc: OSError, path: Path, lang: str) -> str:
    shown = str(path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _message(lang, T.NO_PERMISSION, path=shown)
    if exc.errno == errno.ENOENT:
        return _message(lang, T.NO_FOLDER, path=shown, folder=str(path.parent))
    if exc.errno == errno.EISDIR:
        return _message(lang, T.IS_FOLDER, path=shown)
    return _message(lang, T.WRITE_FAILED, path=shown, reason=exc.strerror or type(exc).__name__)


def write_report(report: Report, path: str | os.PathLike[str], lang: str,
                 translate: Callable[[str, str], str] | None = None) -> str | None:
    """Write ``report`` to ``path`` (format by extension). None when written, else a message; never raises.

    The file appears only when complete (written beside it, then renamed), so a full disk or a crash never
    leaves half a report, and an existing file is replaced in one step.
    """
    target = Path(os.fspath(path)).expanduser()
    shown = str(target)
    fmt = format_of(target)
    if fmt is None:
        return report_format_error(target, lang)
    if target.is_dir():
        return _message(lang, T.IS_FOLDER, path=shown)
    folder = target.parent
    if not folder.is_dir():
        return _message(lang, T.NO_FOLDER, path=shown, folder=str(folder))
    try:
        content = render(report, fmt, lang, translate)
    except Exception as exc:  # a renderer bug must not cost the user the whole run; say so plainly
        return _message(lang, T.WRITE_FAILED, path=shown, reason=report.redact(f"{type(exc).__name__}: {exc}"))
    temp_name = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=".ftpwizard-report-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, target)
        temp_name = None
    except OSError as exc:
        return _os_error_message(exc, target, lang)
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except OSError:
                pass
    return None


def detect_clients_for(host: str | None, found: Any = None) -> list[dict[str, Any]] | None:
    """The FTP programs on this machine, as ``ftpwizard clients --json`` lists them; None = not available.

    Detection only reads files, the registry and the process list; a failure leaves the programs out of
    the report rather than costing the user the report.
    """
    if found is None:
        try:
            from ftpwizard.present.programs import detect_programs
        except ImportError:
            return None
        found = detect_programs(host)
    return None if found is None else [status.to_json() for status in found.statuses]


def write_report_file(result: ProbeResult, path: str | os.PathLike[str], lang: str,
                      clients: list[dict[str, Any]] | None = None, detect: bool = True,
                      found: Any = None) -> str | None:
    """The command line's entry: build the report for ``result`` and write it (see write_report).

    Without ``clients`` the FTP programs on this machine are detected (``detect=False``: not listed), once:
    ``found`` is a detection the caller already made (present/programs.FoundPrograms), reused as it is.
    Each detected program's outcome with this server goes into the report's "Your FTP programs".
    """
    programs = None
    if clients is None and detect and format_of(path) is not None:
        if found is None:
            from ftpwizard.present.programs import detect_programs

            found = detect_programs(getattr(result.target, "host", None))
        clients = detect_clients_for(None, found)
    if found is not None and detect:
        from ftpwizard.present.programs import program_reports_for

        programs = program_reports_for(result, found)
    try:
        report = build_report(result, clients, programs=programs)
    except Exception as exc:  # same promise as write_report: a message, never a traceback
        return _message(lang, T.WRITE_FAILED, path=str(path), reason=type(exc).__name__)
    return write_report(report, path, lang)

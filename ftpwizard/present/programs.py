"""The customer's FTP programs next to a finished probe, for the command lines and the reports (no Qt).

    found = detect_programs(host)                 # one detection pass (None: detection not available)
    reports = program_reports_for(result, found)  # ProgramReport per program (clients/program_reports.py)
    program_lines(reports, lang, params)          # the "Your programs" lines the probe command prints

Detection reads files, the registry and the process list only; a failure leaves the programs out rather
than costing the user the probe's answer or the report. ``probe --json`` and the JSON report carry
``[r.to_json() for r in reports]``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ftpwizard.clients.program_reports import ProgramReport, detected_reports, program_reports
from ftpwizard.core.probe.model import ProbeResult
from ftpwizard.present import program_words as words

if TYPE_CHECKING:
    from ftpwizard.clients.env import Environment
    from ftpwizard.clients.model import ClientStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FoundPrograms:
    """One detection pass: the statuses (``clients --json``'s list) and the environment they were read in."""

    statuses: list[ClientStatus]
    env: Environment
    host: str | None


def detect_programs(host: str | None, env: Environment | None = None) -> FoundPrograms | None:
    """The FTP programs on this PC (``env``: a fake PC in tests); None when detection failed."""
    try:
        from ftpwizard.clients.detect import detect_clients
        from ftpwizard.clients.env import Environment

        env = env or Environment.real()
        return FoundPrograms(detect_clients(env, host=host), env, host)
    except Exception:  # detection must never cost the user the probe's answer
        log.warning("FTP program detection failed; no programs are shown", exc_info=True)
        return None


def program_reports_for(result: ProbeResult, found: FoundPrograms | None, *,
                        everyone: bool = True) -> list[ProgramReport] | None:
    """A report per program for ``result`` (None: not available: detection or the probe's answer missing)."""
    if found is None or result.verdict is None or result.cancelled:
        return None
    try:
        return program_reports(result, found.statuses, found.env, found.host, everyone=everyone)
    except Exception:
        log.warning("the per-program outcome failed; no programs are shown", exc_info=True)
        return None


class ProbeFileError(Exception):
    """A probe result file that cannot be used: ``key`` in program_words.RESULT_ERRORS."""

    def __init__(self, key: str, path: str, detail: str = "") -> None:
        super().__init__(key)
        self.key, self.path, self.detail = key, path, detail

    def text(self, lang: str) -> str:
        return words.fill(words.translate(words.RESULT_ERRORS[self.key], lang), path=self.path, detail=self.detail)


def load_probe_result(path: str) -> ProbeResult:
    """A probe result from a ``probe --json`` file or a JSON report (any version this program wrote), with
    the verdict the file holds (the diagnosis is not re-run: later findings stay as they were)."""
    import json
    import os

    from ftpwizard.core.diagnosis.model import Verdict
    from ftpwizard.core.probe.serialize import NotAProbeResult, from_dict

    try:
        with open(os.path.expanduser(path), "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise ProbeFileError("missing", path) from None
    except OSError as exc:
        raise ProbeFileError("unreadable", path, exc.strerror or type(exc).__name__) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
        result = from_dict(data)
        verdict = data["verdict"]
        if verdict.get("code") in (None, "cancelled"):
            raise NotAProbeResult("no verdict")
        result.verdict = Verdict(code=str(verdict["code"]), findings=list(verdict.get("findings") or []),
                                 recommended_mode=verdict.get("recommended_mode"),
                                 params=dict(verdict.get("params") or {}))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):  # JSONDecodeError is a ValueError
        raise ProbeFileError("not_probe", path) from None
    return result


def programs_json(reports: Sequence[ProgramReport] | None) -> list[dict[str, Any]] | None:
    return None if reports is None else [r.to_json() for r in reports]


@dataclass(frozen=True)
class ProgramRow:
    """One detected program as the reports and the command line show it, in ``lang``."""

    id: str
    name: str
    outcome: str  # works | fails | cannot_work | unknown (for a colour or an icon)
    mark: str  # "will fail"
    setting: str  # "active mode (saved site for this server)"
    headline: str
    fixes: tuple[str, ...]


def program_rows(reports: Sequence[ProgramReport], lang: str,
                 params: Mapping[str, Any] | None = None, said: str | None = None) -> list[ProgramRow]:
    """The customer's own programs (detected ones), each in words: what the reports' section shows. ``said``:
    the verdict's code, shown above them (a program failing for that reason does not repeat it)."""
    return [
        ProgramRow(r.id, words.program_name(r.id, lang, r.name), r.outcome.outcome,
                   words.outcome_label(r.outcome.outcome, lang, r.probably), words.setting_text(r, lang),
                   words.outcome_headline(r, lang, params, said), tuple(words.fix_lines(r, lang)))
        for r in detected_reports(reports)
    ]


def program_lines(reports: Sequence[ProgramReport], lang: str, params: Mapping[str, Any] | None = None,
                  indent: str = "  ", said: str | None = None) -> list[str]:
    """Per detected program: "FileZilla [will fail]: <headline>", its setting, then each fix."""
    lines = []
    setting_label = words.translate(words.SETTING_LABEL, lang)
    for row in program_rows(reports, lang, params, said):
        lines.append(f"{indent}{row.name} [{row.mark}]: {row.headline}")
        lines.append(f"{indent}  {setting_label}: {row.setting}")
        lines += [f"{indent}  → {fix}" for fix in row.fixes]
    return lines


__all__ = ["FoundPrograms", "ProbeFileError", "ProgramRow", "load_probe_result", "detect_programs", "program_lines", "program_reports_for", "program_rows",
           "programs_json"]

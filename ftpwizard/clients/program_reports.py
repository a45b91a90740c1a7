"""Will each of the customer's FTP programs work with the server just tested? One answer per program, read by
the verdict page, the program page, the reports and both JSON outputs (plain Python, no Qt, no I/O beyond
what detection already read).

    reports = program_reports(result, detect_clients(env, host), env, host)
    [r.to_json() for r in reports]   # the "programs" list of ``probe --json`` (issue 14 section 3)

``program_reports`` joins three things decided elsewhere: what the probe found (``ServerFacts.from_probe``,
from the diagnosis' findings), what the program does (its capabilities in resources/clients/<id>.json) and
how it is set now for this server (``read_setting``). The judgement itself is ``predict_outcome``'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus
from ftpwizard.clients.outcome import (
    ProgramOutcome,
    ProgramSetting,
    ServerFacts,
    SettingMode,
    predict_outcome,
)
from ftpwizard.clients.program_options import read_setting
from ftpwizard.clients.programs import PROGRAMS, spec
from ftpwizard.core.probe.model import ProbeResult

SettingScope = Literal["global", "site"]


@dataclass(frozen=True)
class ProgramReport:
    """One program's answer. ``detected``: installed on this PC (else: what it would do in its defaults)."""

    id: str
    name: str
    detected: bool
    mode: SettingMode  # its setting for the tested server: "passive" | "active" | "default" | "unknown"
    scope: SettingScope  # "site": a saved site for this server decides; "global": the program-wide setting
    source: str | None  # the file (or registry key) the setting was read from
    outcome: ProgramOutcome
    can_apply: bool = False  # ftpwizard can change this program's mode itself

    @property
    def probably(self) -> bool:
        """The prediction rests on a fact nobody verified: the UI says "probably"."""
        return bool(self.outcome.unverified)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "detected": self.detected,
            "setting": {"mode": self.mode, "scope": self.scope, "source": self.source},
            **self.outcome.to_json(),
        }


def report_for(facts: ServerFacts, status: ClientStatus | None, program_id: str, env: Environment | None = None,
               host: str | None = None) -> ProgramReport:
    """One program's report; ``status`` None = not installed here: its defaults are judged."""
    program = spec(program_id)
    if program is None:
        raise KeyError(program_id)
    caps = program.capabilities()
    if status is None:
        setting, scope, source, can_apply = ProgramSetting("default"), "global", None, False
    else:
        setting = read_setting(env, status, host) if env is not None else _setting_without_files(status)
        scope = "site" if status.sites else "global"
        source, can_apply = status.config, status.can_apply
    return ProgramReport(program.id, program.name, status is not None, setting.mode, scope, source,  # type: ignore[arg-type]
                         predict_outcome(facts, caps, setting), can_apply)


def _setting_without_files(status: ClientStatus) -> ProgramSetting:
    from ftpwizard.clients.outcome import setting_from_status

    return setting_from_status(status)


def program_reports(result: ProbeResult, statuses: Iterable[ClientStatus], env: Environment | None = None,
                    host: str | None = None, *, everyone: bool = True) -> list[ProgramReport]:
    """A report per program: the detected ones first (registry order), then, with ``everyone``, every other
    program of the registry in its defaults (support staff ask "would FileZilla work?" too)."""
    facts = ServerFacts.from_probe(result)
    host = host if host is not None else getattr(result.target, "host", None)
    detected = {s.id: s for s in statuses}
    reports = [report_for(facts, detected[p.id], p.id, env, host) for p in PROGRAMS if p.id in detected]
    if everyone:
        reports += [report_for(facts, None, p.id, env, host) for p in PROGRAMS if p.id not in detected]
    return reports


def detected_reports(reports: Sequence[ProgramReport]) -> list[ProgramReport]:
    """The customer's own programs: what the verdict page speaks about."""
    return [r for r in reports if r.detected]


__all__ = ["ProgramReport", "detected_reports", "program_reports", "report_for"]

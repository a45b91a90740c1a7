"""Will the customer's own FTP program work with this server? A pure function (no I/O, no Qt).

    facts = ServerFacts.from_probe(result)            # a finished ProbeResult (its verdict, or diagnose())
    outcome = predict_outcome(facts, load_capabilities("curl"), setting_from_status(status))
    outcome.outcome   # "works" | "fails" | "cannot_work" | "unknown"
    outcome.reasons   # finding codes: why it fails (or what it rests on)
    outcome.fixes     # [Fix("mode", "passive", auto=True), Fix("disable-epsv", True, auto=False)]

The probe is a careful client (PASV on IPv4, TLS session reuse, ignores an unusable 227 address), so
"both modes work" does not mean the customer's program works. This module replays what the program
does, step by step, against what the probe found: which passive command it sends first, whether it
falls back to the other command or mode and on which failure, what it does with the 227 address,
whether it resumes TLS sessions, how many connections it opens, which character set it assumes.
Facts come from ftpwizard/clients/capabilities.py; their confidence travels into ``unverified``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ftpwizard.clients.capabilities import Capabilities
from ftpwizard.core.diagnosis.findings import (
    CONNECTION_LIMIT,
    EPSV_BLOCKED,
    EPSV_REFUSED,
    LISTING_UNPARSED,
    NAMES_NOT_UTF8,
    PASV_BLOCKED_EPSV_OK,
    TLS_SESSION_REUSE_REQUIRED,
)

# The verdict's own reading of a failed mode: one truth for "which code is this failure".
from ftpwizard.core.diagnosis.verdict import diagnose, failure_code
from ftpwizard.core.probe.addresses import classify
from ftpwizard.core.probe.model import ErrorKind, ModeResult, ProbeResult

Outcome = Literal["works", "fails", "cannot_work", "unknown"]
SettingMode = Literal["passive", "active", "default", "unknown"]
# What one attempt at a data connection ends in, as the program meets it.
Attempt = Literal["ok", "refused", "data_refused", "data_timeout", "unknown"]

# Korean servers' names that a program assuming the local (Korean Windows: CP949) character set reads right.
_LOCAL_KOREAN = ("cp949", "euc-kr", "euc_kr", "ms949", "uhc")
_UNROUTABLE = ("unspecified", "loopback", "link-local", "private", "shared", "documentation", "invalid")


@dataclass(frozen=True)
class ServerFacts:
    """What the probe found, in the terms programs differ on."""

    control_ok: bool
    control_code: str | None = None  # the verdict's code when the command connection failed
    active: Attempt = "unknown"
    pasv: Attempt = "unknown"  # the PASV command's data connection, at the address the server runs on
    epsv: Attempt = "unknown"
    pasv_reason: str | None = None  # finding code explaining a PASV failure
    epsv_reason: str | None = None
    active_reason: str | None = None
    epsv_tested: bool = False  # False: EPSV's result is assumed to be PASV's (the probe sent one of them)
    bad_address: bool = False  # the 227 reply names an address the data connection cannot use
    advertised_class: str | None = None
    server_class: str | None = None
    ipv6: bool = False
    tls: bool = False
    findings: frozenset[str] = frozenset()
    params: Mapping[str, Any] = field(default_factory=dict)

    @staticmethod
    def from_probe(result: ProbeResult, findings: Iterable[str] | None = None,
                   params: Mapping[str, Any] | None = None) -> ServerFacts:
        """From a finished probe. ``findings``/``params`` default to the verdict's (``result.verdict``, else
        diagnose(result)); pass them to add findings the probe does not make yet."""
        verdict = result.verdict or diagnose(result)
        found = frozenset(verdict.findings if findings is None else findings)
        values = dict(verdict.params)
        values.update(params or {})
        tls = getattr(result.target, "tls", "none") != "none"
        if not result.control.ok:
            return ServerFacts(False, verdict.code, findings=found, params=values, tls=tls)
        peer = result.control.peer or ""
        ipv6 = ":" in peer and not peer.lower().startswith("::ffff:")
        active, active_reason = _mode_attempt(result.modes.get("active"))
        passive_mode = result.modes.get("passive")
        probed, passive_reason = _mode_attempt(passive_mode)
        command = (passive_mode.command_used or "PASV") if passive_mode else "PASV"
        pasv: Attempt = probed if command == "PASV" else "unknown"
        epsv: Attempt = probed if command == "EPSV" else "unknown"
        pasv_reason = passive_reason if command == "PASV" else None
        epsv_reason = passive_reason if command == "EPSV" else None
        if passive_mode is not None and passive_mode.step(1).command == "PASV, EPSV":
            # The probe's PASV was refused and it asked EPSV instead (ftpwizard/core/probe/modes.py).
            pasv, pasv_reason = "refused", "passive_refused_by_server"
        epsv_tested = command == "EPSV" or bool(found & {EPSV_BLOCKED, PASV_BLOCKED_EPSV_OK, EPSV_REFUSED})
        if EPSV_BLOCKED in found:
            epsv, epsv_reason = _how(values.get("epsv_error")), EPSV_BLOCKED
            if pasv == "unknown":
                pasv = "ok"
        if PASV_BLOCKED_EPSV_OK in found:
            pasv, pasv_reason, epsv, epsv_reason = _how(values.get("pasv_error")), PASV_BLOCKED_EPSV_OK, "ok", None
        if EPSV_REFUSED in found:
            epsv, epsv_reason = "refused", EPSV_REFUSED
        if not epsv_tested and epsv == "unknown":
            epsv, epsv_reason = pasv, pasv_reason  # until the probe tests EPSV on its own
        bad_address = passive_mode is not None and passive_mode.advertised_usable is False
        return ServerFacts(
            True, None, active, pasv, epsv, pasv_reason, epsv_reason, active_reason, epsv_tested, bad_address,
            passive_mode.advertised_class if passive_mode else None, classify(peer) if peer else None,
            ipv6, tls, found, values,
        )


def _how(error: Any) -> Attempt:
    """How a blocked data connection failed; a firewall usually drops (times out) rather than refuses."""
    return "data_refused" if error == "refused" else "data_timeout"


def _mode_attempt(mode: ModeResult | None) -> tuple[Attempt, str | None]:
    """How the probe's own try of one mode ended, and the verdict's code for it."""
    if mode is None:
        return "unknown", None
    if mode.ok:
        return "ok", None
    step = mode.step(mode.failed_step) if mode.failed_step else None
    code = failure_code(mode.mode, step.n, step.error, step.reply) if step is not None else None
    if code in ("active_rejected_nat", "active_refused_by_server", "passive_refused_by_server"):
        return "refused", code
    if step is not None and step.error is ErrorKind.REFUSED:
        return "data_refused", code
    return "data_timeout", code


@dataclass(frozen=True)
class ProgramSetting:
    """The program's current setting for this server. ``options``: its other settings we know the value
    of, by the names in the capabilities' "options" (e.g. {"disable-epsv": True})."""

    mode: SettingMode = "default"
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Fix:
    setting: str  # "mode", or a program setting named in its capabilities' options, "max_connections", "charset"
    value: Any
    auto: bool  # ftpwizard can change it itself

    def to_json(self) -> dict[str, Any]:
        return {"setting": self.setting, "value": self.value, "auto": self.auto}


@dataclass(frozen=True)
class ProgramOutcome:
    outcome: Outcome
    reasons: tuple[str, ...] = ()
    fixes: tuple[Fix, ...] = ()
    # Facts this prediction rests on that are not verified (the UI says "probably").
    unverified: tuple[str, ...] = ()
    mode_used: str | None = None  # the mode the program ends up using when it works

    def to_json(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "reasons": list(self.reasons), "fix": [f.to_json() for f in self.fixes]}


@dataclass
class _Run:
    result: Literal["ok", "fail", "unknown"]
    reasons: list[str]
    used: set[str]  # facts consulted
    mode: str | None = None
    last: Attempt = "unknown"  # how the last data connection attempt ended (decides a mode fallback)


def _falls_back(rule: str, attempt: Attempt) -> bool:
    if attempt == "refused":
        return rule != "never"
    if attempt == "data_refused":
        return rule in ("on_refusal_or_refused_connection", "on_any_failure")
    if attempt == "data_timeout":
        return rule == "on_any_failure"
    return False


def _pasv_attempt(facts: ServerFacts, caps: Capabilities, used: set[str]) -> tuple[Attempt, str | None]:
    if facts.pasv != "ok" or not facts.bad_address:
        return facts.pasv, facts.pasv_reason
    used.add("pasv_address")
    rule = caps.value("pasv_address")
    if rule == "ignores":
        return "ok", None
    if rule == "ignores_unroutable":
        if facts.advertised_class in _UNROUTABLE and facts.server_class not in _UNROUTABLE:
            return "ok", None
        return "data_timeout", "passive_bad_address"
    if rule == "follows":
        return "data_timeout", "passive_bad_address"
    return "unknown", "passive_bad_address"


def _fallback_rule(caps: Capabilities, name: str, used: set[str]) -> Any:
    """A fallback fact; when nobody knows it, "never" (the usual case), and the prediction says "probably"."""
    used.add(name)
    return caps.value(name) or "never"


def _passive(facts: ServerFacts, caps: Capabilities) -> _Run:
    used = {"passive_command"}
    order = caps.value("passive_command")
    if order is None:
        # Not known which command it sends: when EPSV and PASV end alike that does not matter; otherwise
        # assume PASV on IPv4, as nearly every program does (unverified, so "probably").
        pasv, _ = _pasv_attempt(facts, caps, set())
        order = "epsv_first" if facts.epsv == pasv and facts.epsv_tested else "epsv_ipv6_only"
    if facts.ipv6:
        sequence = ["epsv"]  # PASV cannot name an IPv6 address: every program sends EPSV
    elif order == "epsv_first":
        sequence = ["epsv", "pasv"]
    elif order == "pasv_first":
        sequence = ["pasv", "epsv"]
    else:
        sequence = ["pasv"]
    reasons: list[str] = []
    attempt: Attempt = "unknown"
    for n, command in enumerate(sequence):
        if command == "pasv":
            attempt, reason = _pasv_attempt(facts, caps, used)
        else:
            attempt, reason = facts.epsv, facts.epsv_reason
            if not facts.epsv_tested and attempt != "unknown":
                used.add("epsv_assumed")
        if attempt == "ok":
            return _Run("ok", reasons, used, "passive", "ok")
        if attempt == "unknown":
            return _Run("unknown", reasons + ([reason] if reason else []), used)
        if reason and reason not in reasons:
            reasons.append(reason)
        if n + 1 < len(sequence) and not _falls_back(_fallback_rule(caps, "command_fallback", used), attempt):
            break
    return _Run("fail", reasons, used, last=attempt)


def _active(facts: ServerFacts, caps: Capabilities) -> _Run:
    if facts.active == "ok" and facts.tls:
        # Some programs cannot do FTPS in active mode at all (curl 7.88: the data connection's TLS
        # handshake never completes). Not known = assumed to work, "probably".
        if caps.value("active_tls") is False:
            return _Run("fail", ["tls_failed"], {"active_tls"}, last="data_timeout")
        return _Run("ok", [], {"active_tls"}, "active")
    if facts.active == "ok":
        return _Run("ok", [], set(), "active")
    if facts.active == "unknown":
        return _Run("unknown", [], set())
    return _Run("fail", [facts.active_reason] if facts.active_reason else [], set(), last=facts.active)


def _run(facts: ServerFacts, caps: Capabilities, mode: str) -> _Run:
    first = _passive(facts, caps) if mode == "passive" else _active(facts, caps)
    if first.result != "fail":
        return first
    other = "active" if mode == "passive" else "passive"
    if other not in caps.modes:
        return first
    if not _falls_back(_fallback_rule(caps, "mode_fallback", first.used), first.last):
        return first
    second = _passive(facts, caps) if other == "passive" else _active(facts, caps)
    return _Run(second.result, first.reasons + [r for r in second.reasons if r not in first.reasons],
                first.used | second.used, second.mode)


def _data_path(facts: ServerFacts, caps: Capabilities, mode: str) -> _Run:
    run = _run(facts, caps, mode)
    if run.result == "fail" or TLS_SESSION_REUSE_REQUIRED not in facts.findings or not facts.tls:
        return run
    run.used.add("tls_session_reuse")
    reuse = caps.value("tls_session_reuse")
    if reuse is False:
        return _Run("fail", run.reasons + [TLS_SESSION_REUSE_REQUIRED], run.used)
    if reuse is None:
        return _Run("unknown", run.reasons + [TLS_SESSION_REUSE_REQUIRED], run.used)
    return run


def _after_listing(facts: ServerFacts, caps: Capabilities, chosen: Mapping[str, Any]) -> tuple[str, list[str], set[str]]:
    """Once the data connection works: the checks that do not depend on the mode. ("ok"|"fail"|"unknown")."""
    result, reasons, used = "ok", [], set()
    if CONNECTION_LIMIT in facts.findings and isinstance(facts.params.get("limit"), int):
        used.add("connections")
        opened = chosen.get("max_connections", caps.value("connections"))
        if opened is None:
            result = "unknown"
            reasons.append(CONNECTION_LIMIT)
        elif opened > facts.params["limit"]:
            result = "fail"
            reasons.append(CONNECTION_LIMIT)
    if NAMES_NOT_UTF8 in facts.findings:
        used.add("charset")
        charset = caps.value("charset")
        encoding = str(facts.params.get("encoding") or "").lower()
        chosen_charset = str(chosen.get("charset") or "").lower()
        if chosen_charset and chosen_charset == encoding:
            pass
        elif charset is None:
            result = "unknown" if result == "ok" else result
            reasons.append(NAMES_NOT_UTF8)
        elif charset == "utf8" or (charset == "utf8_or_local" and encoding not in _LOCAL_KOREAN):
            result = "fail"
            reasons.append(NAMES_NOT_UTF8)
    if LISTING_UNPARSED in facts.findings:
        used.add("parses_listing")
        parses = caps.value("parses_listing")
        if parses is not False and result == "ok":
            result = "unknown"
            reasons.append(LISTING_UNPARSED)
    return result, reasons, used


def _evaluate(facts: ServerFacts, caps: Capabilities, mode: str, chosen: Mapping[str, Any]) -> _Run:
    effective = caps.with_options(dict(chosen))
    run = _data_path(facts, effective, mode)
    if run.result != "ok":
        return run
    result, reasons, used = _after_listing(facts, effective, chosen)
    return _Run(result, run.reasons + reasons, run.used | used, run.mode)  # type: ignore[arg-type]


def _modes_for(setting: ProgramSetting, caps: Capabilities) -> list[str]:
    if setting.mode in ("passive", "active"):
        return [setting.mode] if setting.mode in caps.modes else list(caps.modes)
    default = caps.value("default_mode")
    if setting.mode == "default" and default in caps.modes:
        return [default]
    return list(caps.modes)  # not readable: every mode it may be set to


def _unverified(caps: Capabilities, used: set[str]) -> tuple[str, ...]:
    names = {u for u in used if u != "epsv_assumed" and caps.fact(u).unverified}
    if "epsv_assumed" in used:
        names.add("epsv_assumed")  # EPSV's data connection was not tested on its own
    return tuple(sorted(names))


def _extra_fixes(facts: ServerFacts, caps: Capabilities) -> list[dict[str, Any]]:
    """Settings that may help beyond the program's options: its connection count and character set."""
    extra: list[dict[str, Any]] = [{}]
    if CONNECTION_LIMIT in facts.findings and isinstance(facts.params.get("limit"), int):
        if any(o.setting == "max_connections" for o in caps.options):
            extra.append({"max_connections": facts.params["limit"]})
    if NAMES_NOT_UTF8 in facts.findings and facts.params.get("encoding"):
        if any(o.setting == "charset" for o in caps.options):
            extra.append({"charset": str(facts.params["encoding"]).lower()})
    if len(extra) == 3:
        extra.append({**extra[1], **extra[2]})
    return extra


def predict_outcome(facts: ServerFacts, caps: Capabilities, setting: ProgramSetting | None = None) -> ProgramOutcome:
    """What the program does with this server as it is set now, and what to change if it fails."""
    setting = setting or ProgramSetting()
    if not facts.control_ok:
        code = facts.control_code or "control_protocol_error"
        # Logging in fails for every program alike: no setting of the program is the cause.
        return ProgramOutcome("fails", (code,))
    current = dict(setting.options)
    runs = [(m, _evaluate(facts, caps, m, current)) for m in _modes_for(setting, caps)]
    used = set().union(*(r.used for _, r in runs))
    results = {r.result for _, r in runs}
    reasons = [x for _, r in runs for x in r.reasons]
    reasons = list(dict.fromkeys(reasons))
    if results == {"ok"}:
        return ProgramOutcome("works", tuple(reasons), (), _unverified(caps, used), runs[0][1].mode)

    # Look for the smallest change that works: the mode first, then one of the program's options.
    candidates: list[tuple[int, str, dict[str, Any]]] = []
    current_modes = [m for m, _ in runs] if setting.mode != "unknown" else []
    option_sets: list[dict[str, Any]] = [{}]
    for option in caps.options:
        if option.setting in ("max_connections", "charset"):
            continue
        if current.get(option.setting) != option.value:
            option_sets.append({option.setting: option.value})
    for extra in _extra_fixes(facts, caps):
        for options in option_sets:
            for mode in caps.modes:
                chosen = {**current, **options, **extra}
                changes = (0 if mode in current_modes else 1) + len(options) + len(extra)
                candidates.append((changes, mode, chosen))
    candidates.sort(key=lambda c: (c[0], c[1] != "passive"))
    fixes: tuple[Fix, ...] = ()
    fix_unknown = False
    for _changes, mode, chosen in candidates:
        run = _evaluate(facts, caps, mode, chosen)
        used |= run.used
        if run.result == "ok":
            fixes = _fix_list(setting, caps, mode, chosen, current)
            break
        if run.result == "unknown":
            fix_unknown = True
    unverified = _unverified(caps, used)
    if "unknown" in results or "ok" in results:
        # Not sure how it fails, or its setting could not be read and only some modes work.
        return ProgramOutcome("unknown", tuple(reasons), fixes, unverified)
    if fixes:
        return ProgramOutcome("fails", tuple(reasons), fixes, unverified)
    if fix_unknown:
        return ProgramOutcome("fails", tuple(reasons), (), unverified)  # no change is sure to help
    return ProgramOutcome("cannot_work", tuple(reasons), (), unverified)


def _fix_list(setting: ProgramSetting, caps: Capabilities, mode: str, chosen: Mapping[str, Any],
              current: Mapping[str, Any]) -> tuple[Fix, ...]:
    fixes = []
    if setting.mode != mode and not (setting.mode == "default" and caps.value("default_mode") == mode):
        fixes.append(Fix("mode", mode, "mode" in _auto_settings(caps)))
    autos = _auto_settings(caps)
    for name, value in chosen.items():
        if current.get(name) != value:
            fixes.append(Fix(name, value, name in autos and _can_fix(caps.program, name, value)))
    return tuple(fixes)


def _can_fix(program: str, setting: str, value: Any) -> bool:
    """Whether apply_fix can write this value (e.g. FileZilla's character set: only names it knows)."""
    from ftpwizard.clients.programs import can_fix

    return can_fix(program, setting, value)


def _auto_settings(caps: Capabilities) -> set[str]:
    from ftpwizard.clients.programs import APPLY_SUPPORTED

    autos = {o.setting for o in caps.options if o.auto}
    if caps.program in APPLY_SUPPORTED:
        autos.add("mode")
    return autos


def setting_from_status(status: Any) -> ProgramSetting:
    """The setting detection read (a ClientStatus) in this module's terms."""
    mode = status.effective_mode()
    if mode in ("passive", "active") and not (status.mode_is_default and not status.sites):
        return ProgramSetting(mode)
    if mode in ("passive", "active"):
        return ProgramSetting("default")
    if mode == "auto":
        return ProgramSetting("default")
    return ProgramSetting("unknown")


__all__ = [
    "Fix", "ProgramOutcome", "ProgramSetting", "ServerFacts", "predict_outcome", "setting_from_status",
]

"""From a probe's result to a verdict: a pure function, no I/O, no Qt.

Codes are an interface (support scripts read them). When several apply, ``code`` is the first in this
order: control-phase failures; both modes failed (``both_blocked`` when both failed at the data
connection, else the more specific cause); the failing mode's code; ``passive_bad_address``; ``both_ok``.
Every applicable code is also listed in ``findings``.

Who is to blame for each failed mode (``Verdict.blame``) is decided here too, from the same code: the
verdict's words, the handshake picture, the reports and the command line all read it.
"""

from __future__ import annotations

from ftpwizard.core.diagnosis.listing_findings import listing_findings
from ftpwizard.core.diagnosis.model import Blame, Side, Verdict
from ftpwizard.core.diagnosis.policy_findings import add_policy_findings
from ftpwizard.core.probe.model import ControlResult, ErrorKind, Mode, ModeResult, ProbeResult

CONTROL_CODES = (
    "control_dns_failed",
    "control_refused",
    "control_timeout",
    "login_failed",
    "tls_required",
    "tls_failed",
    "not_ftp_server",
    "server_refused_service",
    "control_protocol_error",
)
MODE_CODES = (
    "active_blocked_client_side",
    "active_rejected_nat",
    "active_refused_by_server",
    "passive_blocked_server_side",
    "passive_bad_address",
    # Extensions beyond the first list: a server that refuses PASV and EPSV, and a data connection that
    # opened but whose listing never completed (LIST refused, transfer stalled or cut).
    "passive_refused_by_server",
    "data_transfer_failed",
    # The server closed or reset the command connection while active mode waited for it to connect back:
    # the server's doing (it stopped, restarted, dropped the session), not a connection that never arrived.
    "server_closed_connection",
)
OK_CODES = ("both_ok", "active_ok", "passive_ok")
ALL_CODES = (*CONTROL_CODES, "both_blocked", *MODE_CODES, *OK_CODES)
# Extra findings that never stand as the main code.
NOTE_CODES = ("tls_hides_port_from_router", "sequential_probe")

# Among two failed modes, which cause to name first (the more specific one).
_SPECIFICITY = (
    "server_closed_connection",
    "server_refused_service",
    "control_protocol_error",
    "tls_failed",
    "active_rejected_nat",
    "active_refused_by_server",
    "passive_blocked_server_side",
    "passive_refused_by_server",
    "active_blocked_client_side",
    "data_transfer_failed",
)

# Polite ways servers say "use TLS first" (vsftpd 530, ProFTPD 550, Pure-FTPd 530, RFC 4217 534).
_TLS_WORDS = ("tls", "ssl", "encrypt", "secure", "auth ")


def _is_tls_policy(reply: str | None) -> bool:
    if not reply:
        return False
    if reply[:3] == "534":
        return True
    if reply[:3] in ("530", "550", "521", "522", "421"):
        text = reply[4:].lower()
        return any(word in text for word in _TLS_WORDS)
    return False


def _control_code(result: ProbeResult) -> str:
    c = result.control
    step, kind, reply = c.failed_step, c.error, c.reply or ""
    if c.other_protocol and c.other_protocol != "silent":
        return "not_ftp_server"
    if kind is ErrorKind.PROTOCOL and step in ("resolve", "connect"):
        return "control_protocol_error"  # only an internal error gets here: these steps have no replies
    if step == "resolve":
        return "control_dns_failed"
    if step == "connect":
        if kind is ErrorKind.REFUSED or kind is ErrorKind.RESET:
            return "control_refused"
        if kind is ErrorKind.DNS:
            return "control_dns_failed"
        return "control_timeout"  # timeout, unreachable: the packets never got an answer
    if _is_tls_policy(reply) and result.target.tls == "none":
        return "tls_required"
    if reply[:3] == "421" or kind is ErrorKind.RESET:
        return "server_refused_service"
    if step == "banner":
        if kind is ErrorKind.TIMEOUT:
            if c.other_protocol == "silent":
                return "not_ftp_server"  # connected, never greeted
            return "control_protocol_error"  # greeted so slowly, or so long, that the greeting never ended
        if kind is ErrorKind.REJECTED:
            return "server_refused_service"
        return "control_protocol_error"
    if step == "tls":
        return "tls_failed"
    if step == "login":
        if kind is ErrorKind.REJECTED:
            return "login_failed"
        if kind is ErrorKind.TIMEOUT:
            return "control_timeout"
        if kind is ErrorKind.TLS:
            return "tls_failed"
        return "control_protocol_error"
    return "control_protocol_error"


def failure_code(mode: Mode, n: int, error: ErrorKind | None, reply: str | None) -> str:
    """The verdict code of mode ``mode`` failing at step ``n`` (the rule for one failed step)."""
    reply = reply or ""
    last_reply_code = reply.splitlines()[-1][:3] if reply else ""
    if error is ErrorKind.PROTOCOL:
        return "control_protocol_error"
    if last_reply_code == "421" and "data" not in reply.lower():
        return "server_refused_service"
    if error is ErrorKind.RESET and n in (1, 2):
        return "server_refused_service"
    if error is ErrorKind.TLS:
        return "tls_failed"
    if mode == "active":
        if n == 3 and error is ErrorKind.RESET:
            # At step ③ only the command connection is in use (the data connection never came): a reset
            # or a close there is the server hanging up, which no firewall on the PC does.
            return "server_closed_connection"
        if n == 2 and error is ErrorKind.REJECTED:
            if last_reply_code in ("500", "501"):
                return "active_rejected_nat"
            return "active_refused_by_server"
        if n in (1, 2, 3):  # step 1: could not even listen, the PC forbids it
            return "active_blocked_client_side"
        return "data_transfer_failed"
    if n == 2 and error is ErrorKind.REJECTED:
        return "passive_refused_by_server"
    if n == 3:
        return "passive_blocked_server_side"
    return "data_transfer_failed"


# Who is to blame for each code ``failure_code`` can give: (side, stopped by a firewall or router on that
# side?), or a dict by step where one code covers several places. A test checks that every such code has a
# rule. No rule blames "network" today (no code says the fault lies between the two); the side exists so
# that the JSON and the readers already handle it.
_BlameRule = tuple[Side, bool]
BLAME_RULES: dict[str, _BlameRule | dict[int, _BlameRule]] = {
    # step ①: the PC could not even listen (its own rules); ②/③: the server's connection never arrived.
    "active_blocked_client_side": {1: ("client", False), 2: ("client", True), 3: ("client", True)},
    "active_rejected_nat": ("client", True),  # the user's router rewrote the announced address
    "active_refused_by_server": ("server", False),
    "server_closed_connection": ("server", False),
    "server_refused_service": ("server", False),  # a 421 at any step: the server said no, no firewall did
    "passive_refused_by_server": ("server", False),
    "passive_blocked_server_side": ("server", True),  # the server's firewall keeps the data port closed
    "control_protocol_error": ("server", False),
    "tls_failed": ("server", False),
    # The data connection opened and the listing failed: nobody can tell whose doing it was. Before that
    # (no answer to PASV), the server is the one that did not answer.
    "data_transfer_failed": {1: ("server", False), 2: ("server", False), 3: ("server", False), 4: ("unknown", False)},
}
# Verdict codes that are never one mode's cause, so they need no blame rule: the control connection failed
# (no mode ran), the summary of two blamed modes, a warning about a mode that worked, a working mode.
# Every code in ALL_CODES is in BLAME_RULES or here (a test checks it).
NO_MODE_BLAME = (
    "control_dns_failed",
    "control_refused",
    "control_timeout",
    "login_failed",
    "tls_required",
    "not_ftp_server",
    "both_blocked",
    "passive_bad_address",
    *OK_CODES,
)


def blame_step(mode: Mode, n: int, error: ErrorKind | None, reply: str | None) -> Blame | None:
    """Who is to blame when ``mode`` fails at step ``n`` (None: cancelled, nobody is). The live picture asks
    this the moment a step fails; ``diagnose`` asks it (through ``mode_blame``) for the verdict."""
    if error is ErrorKind.CANCELLED:
        return None
    code = failure_code(mode, n, error, reply)
    rule = BLAME_RULES[code]
    side, firewall = rule.get(n, ("unknown", False)) if isinstance(rule, dict) else rule
    return Blame(mode, n, side, code, firewall)


def _int_or_none(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def mode_blame(mode: ModeResult | None, control: ControlResult | None = None) -> Blame | None:
    """The blame of a finished mode, with the data connection's ends as the probe recorded them."""
    if mode is None or mode.ok or mode.failed_step is None:
        return None
    step = mode.step(mode.failed_step)
    blame = blame_step(mode.mode, mode.failed_step, step.error, step.reply)
    if blame is None:
        return None
    peer = control.peer if control is not None else None
    local = control.local if control is not None else None
    if mode.mode == "active":
        announced = mode.step(1).detail  # ① where the PC listened
        connected = mode.step(3).detail  # ③ where the server connected from (only when it did)
        ends = (announced.get("address") or local, _int_or_none(announced.get("port")),
                connected.get("address") or peer, _int_or_none(connected.get("port")))
    else:
        named = mode.step(2).detail  # ② the port the server named; the PC connects to the server's address
        ends = (local, None, peer or named.get("address"), _int_or_none(named.get("port")))
    client_address, client_port, server_address, server_port = ends
    return Blame(
        blame.mode, blame.step, blame.side, blame.cause, blame.firewall,
        str(client_address) if client_address else None, client_port,
        str(server_address) if server_address else None, server_port,
    )


def _blocked_on_both_sides(active: Blame | None, passive: Blame | None) -> bool:
    """Active's connection back stopped at the user's firewall and passive's at the server's (both step ③)."""
    return (
        active is not None and passive is not None and active.step == 3 and passive.step == 3
        and active.mark == "client_wall" and passive.mark == "server_wall"
    )


def _step_reply(main: str, mode_codes: dict[str, str], modes: tuple[ModeResult | None, ...]) -> str:
    """The failed step's reply, for {step_reply}: of the mode the verdict is about, else the first that failed."""
    failed = [m for m in modes if m is not None and not m.ok and m.failed_step]
    failed.sort(key=lambda m: mode_codes.get(m.mode) != main)  # stable: active before passive otherwise
    for mode in failed:
        reply = mode.step(mode.failed_step).reply  # type: ignore[arg-type]
        if reply:
            return reply.splitlines()[-1][:200].rstrip(".")  # the sentence around it ends itself
    return ""


def diagnose(result: ProbeResult) -> Verdict:
    """The verdict for a finished probe (not for a cancelled one)."""
    params: dict[str, object] = {"host": result.target.display_host or result.target.host}
    if not result.control.ok:
        code = _control_code(result)
        params.update(
            port=result.target.port,
            reply=(result.control.reply or "").splitlines()[0][:200].rstrip(".") if result.control.reply else "",
            other=result.control.other_protocol or "",
        )
        if result.control.certificate is not None:
            params["certificate_problem"] = result.control.certificate.problem or ""
            params["fingerprint"] = result.control.certificate.sha256 or ""
        return Verdict(code, [code], None, params, {"active": None, "passive": None})

    active, passive = result.modes.get("active"), result.modes.get("passive")
    findings: list[str] = []
    # Each failed mode's blame first: its cause is the mode's code, and the verdict is built from them.
    blame = {"active": mode_blame(active, result.control), "passive": mode_blame(passive, result.control)}
    mode_codes = {mode: b.cause for mode, b in blame.items() if b is not None}

    bad_address = passive is not None and passive.advertised_usable is False
    if passive is not None and passive.advertised:
        params["advertised"] = passive.advertised
        params["advertised_class"] = passive.advertised_class or ""
    if passive is not None and passive.step(2).detail.get("port"):
        params["passive_port"] = passive.step(2).detail["port"]
    if active is not None and active.announced:
        params["announced"] = active.announced
    params["data_wait_s"] = result.data_wait_s

    active_ok = active is not None and active.ok
    passive_ok = passive is not None and passive.ok
    both_asked = active is not None and passive is not None

    if both_asked and not active_ok and not passive_ok:
        if _blocked_on_both_sides(blame["active"], blame["passive"]):
            main = "both_blocked"  # its text blames the user's firewall for one and the server's for the other
        else:
            candidates = sorted(mode_codes.values(), key=lambda c: _SPECIFICITY.index(c) if c in _SPECIFICITY else 99)
            main = candidates[0] if candidates else "both_blocked"
        findings.append(main)
        findings.extend(c for c in mode_codes.values() if c not in findings)
    elif mode_codes:
        failed_mode = next(iter(mode_codes))
        main = mode_codes[failed_mode]
        findings.append(main)
    elif bad_address:
        main = "passive_bad_address"
    elif both_asked:
        main = "both_ok"
    else:
        main = "active_ok" if active_ok else "passive_ok"
    if bad_address and "passive_bad_address" not in findings:
        findings.append("passive_bad_address")
    if main not in findings:
        findings.insert(0, main)
    if both_asked and active_ok and passive_ok and main != "both_ok":
        findings.append("both_ok")
    # Only where a router rewrites PORT: with FTPS it cannot read the command, so the server sees the
    # PC's private address. A plain firewall (active_blocked_client_side) has nothing to do with TLS.
    tls_hides = result.target.tls != "none" and mode_codes.get("active") == "active_rejected_nat"
    if tls_hides:
        findings.append("tls_hides_port_from_router")
    if result.sequential:
        findings.append("sequential_probe")
    findings.extend(listing_findings(result, params))  # names not in UTF-8, lines programs may not parse
    add_policy_findings(result, findings, params)  # EPSV/PASV apart, TLS session reuse, connections at once

    params["step_reply"] = _step_reply(main, mode_codes, (active, passive))
    # A control-phase text used for a mode's failure (a 421 at active ③: server_refused_service) quotes {reply}:
    # that is the failed step's reply here, as the blame's step says, not the control connection's (it worked).
    params["reply"] = params["step_reply"]
    # Passive whenever it works: it needs nothing from the user's firewall or router.
    recommended: str | None = "passive" if passive_ok else "active" if active_ok else None
    return Verdict(main, findings, recommended, params, blame)  # type: ignore[arg-type]


# Programs that connect to whatever address a passive reply names, instead of falling back to the server's
# own address as FileZilla, WinSCP and curl do: with a wrong passive address they hang, so they need active
# mode (the passive_bad_address verdict says so in words; the program page must not say otherwise).
FOLLOW_PASSIVE_ADDRESS = frozenset({"alftp", "internet-options"})


def mode_for_program(result: ProbeResult | None, program_id: str) -> str | None:
    """The mode to set in one FTP program: the verdict's, except where that program cannot use it."""
    if result is None or result.verdict is None:
        return None
    recommended = result.verdict.recommended_mode
    active = result.modes.get("active")
    if (result.verdict.code == "passive_bad_address" and program_id in FOLLOW_PASSIVE_ADDRESS
            and active is not None and active.ok):
        return "active"
    return recommended

"""The server policies the probe measured next to the two modes (``ProbeResult.policies``), read as findings.

One function, ``add_policy_findings``, called once by ``diagnose()``. It reads the record the engine made of
its extra connections and checks (ftpwizard/core/probe/engine.py, ``_Extras``) and adds the finding codes of
ftpwizard/core/diagnosis/findings.py with their params. It never changes the verdict's code, its recommended
mode or a mode's blame: those describe the two modes as the probe ran them and as the pictures show them
(passive mode sends PASV on IPv4, as nearly every program does). A finding says what differs for programs
that do otherwise; the verdict's notes (messages.NOTES) say it in words, the per-program outcome
(ftpwizard/clients/outcome.py) decides it per program.

- EPSV and PASV separately (IPv4, passive mode sent PASV): the check ``epsv`` made a whole data connection
  with EPSV. ``epsv_blocked`` when EPSV was accepted but its data connection failed while PASV's worked;
  ``pasv_blocked_epsv_ok`` the reverse; ``epsv_refused`` when the server answered EPSV with an error.
  The verdict of a server whose PASV port is blocked stays ``passive_blocked_server_side`` ("use active",
  which works for every program): ``pasv_blocked_epsv_ok`` adds that programs trying EPSV first list in passive.
- FTPS without TLS session reuse: ``tls_session_reuse_required`` when the check ``tls_no_reuse`` was refused
  (vsftpd: 522) or its protected data connection failed while passive mode's, which resumed the session, worked.
- How many logged-in connections at once: connections 2, 3 and 4 are opened one after the other up to the
  first refused (421, a 530 that says "too many", a connection refused, closed or unanswered before its
  greeting) and log in at once; those that logged in, and the first, are the limit: ``connection_limit``
  with ``params["limit"]``. No finding when all four logged in, or when one failed for another reason (TLS,
  a slow greeting): the limit is then unknown.
"""

from __future__ import annotations

from ftpwizard.core.diagnosis.findings import (
    CONNECTION_LIMIT,
    EPSV_BLOCKED,
    EPSV_REFUSED,
    PASV_BLOCKED_EPSV_OK,
    TLS_SESSION_REUSE_REQUIRED,
)
from ftpwizard.core.probe.model import ErrorKind, ExtraConnection, ModeResult, ProbeResult

# Words servers use when they refuse a connection for being one too many (vsftpd, ProFTPD, Pure-FTPd,
# FileZilla Server, Serv-U, IIS), for a 530 which otherwise means a wrong login.
_TOO_MANY = ("too many", "maximum", "no more than", "limit", "already connected", "connections")
# Replies to a command the server does not know or does not allow (RFC 959 500-504).
_COMMAND_REFUSED = ("500", "501", "502", "504")


def add_policy_findings(result: ProbeResult, findings: list[str], params: dict[str, object]) -> None:
    """Add the policy findings of a probe whose control connection worked to ``findings`` and ``params``."""
    policies = result.policies
    if policies is None:
        return
    passive = result.modes.get("passive")
    epsv = policies.check("epsv")
    if passive is not None and epsv is not None and _sent_only_pasv(passive):
        _epsv_and_pasv(passive, epsv.result, findings, params)
    no_reuse = policies.check("tls_no_reuse")
    if passive is not None and no_reuse is not None and passive.ok and _refused_without_reuse(no_reuse.result):
        findings.append(TLS_SESSION_REUSE_REQUIRED)
    limit = connection_limit(policies.connections)
    if limit is not None:
        findings.append(CONNECTION_LIMIT)
        params["limit"] = limit


def _sent_only_pasv(passive: ModeResult) -> bool:
    """Passive mode asked with PASV and got an answer to it (no fallback to EPSV)."""
    return passive.command_used == "PASV" and passive.step(1).command == "PASV"


def _data_failed(mode: ModeResult) -> bool:
    """The command was accepted and the data connection then failed (step ③ connecting, or ④ the listing)."""
    if mode.ok or mode.failed_step not in (3, 4):
        return False
    step = mode.step(mode.failed_step)
    if step.error is ErrorKind.CANCELLED:
        return False
    # LIST itself refused (no such folder) is not the data connection: it fails alike with either command.
    return not (mode.failed_step == 4 and step.error is ErrorKind.REJECTED and (step.reply or "")[:3] in ("550", "553"))


def _how(mode: ModeResult) -> str:
    """How a data connection failed, in the finding's params: "refused" (the port answered with a reset, so
    programs learn it at once) or "timeout" (nothing answered: a firewall dropped it)."""
    assert mode.failed_step is not None
    return "refused" if mode.step(mode.failed_step).error is ErrorKind.REFUSED else "timeout"


def _epsv_and_pasv(pasv: ModeResult, epsv: ModeResult, findings: list[str], params: dict[str, object]) -> None:
    answer = epsv.step(2)
    if answer.ok is False and answer.error is ErrorKind.REJECTED and (answer.reply or "")[:3] in _COMMAND_REFUSED:
        findings.append(EPSV_REFUSED)
    elif pasv.ok and _data_failed(epsv):
        findings.append(EPSV_BLOCKED)
        params["epsv_error"] = _how(epsv)
    elif epsv.ok and _data_failed(pasv):
        findings.append(PASV_BLOCKED_EPSV_OK)
        params["pasv_error"] = _how(pasv)


def _refused_without_reuse(check: ModeResult) -> bool:
    """The protected data connection that did not resume the TLS session failed where the one that did worked:
    a 522 (vsftpd's "session reuse required"), a 4xx/5xx after LIST, or its TLS handshake refused."""
    if check.ok or check.failed_step not in (3, 4):
        return False
    step = check.step(check.failed_step)
    if step.error is ErrorKind.CANCELLED:
        return False
    reply = (step.reply or "").splitlines()[-1][:3] if step.reply else ""
    return reply == "522" or step.error in (ErrorKind.TLS, ErrorKind.RESET) or (
        step.error is ErrorKind.REJECTED and reply[:1] in ("4", "5") and reply not in ("550", "553"))


def _refused(conn: ExtraConnection) -> bool:
    """This connection was refused for being one too many (not for a slow greeting, TLS or a cancel)."""
    reply = (conn.reply or "")[:3]
    text = (conn.reply or "").lower()
    if conn.failed_step == "connect":
        return conn.error in (ErrorKind.REFUSED, ErrorKind.RESET, ErrorKind.TIMEOUT)
    if conn.failed_step == "banner":
        return reply[:1] in ("4", "5") or conn.error is ErrorKind.RESET
    if conn.failed_step == "login":
        return reply == "421" or (reply == "530" and any(words in text for words in _TOO_MANY)) or (
            conn.error is ErrorKind.RESET)
    return False


def connection_limit(connections: list[ExtraConnection]) -> int | None:
    """How many logged-in connections this PC may have at once: the first one and the extra ones that logged
    in, when the server refused another. None when none was refused (four at once work), or when one failed
    for another reason (a slow greeting, TLS): then the count may be short of the limit."""
    failed = [conn for conn in connections if not conn.ok]
    if not failed or not all(_refused(conn) for conn in failed):
        return None
    return 1 + sum(conn.ok for conn in connections)

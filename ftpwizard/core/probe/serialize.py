"""The probe result as the documented JSON object (schema "ftpwizard.core.probe/1")."""

from __future__ import annotations

from ftpwizard.core.probe.model import ModeResult, PolicyResult, ProbeResult
from ftpwizard.core.probe.records import asdict

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from typing import Any

SCHEMA = "ftpwizard.core.probe/1"


def _mode(mode: ModeResult | None) -> dict[str, Any] | None:
    if mode is None:
        return None
    out: dict[str, Any] = {
        "ok": mode.ok,
        "failed_step": mode.failed_step,
        "elapsed_ms": mode.elapsed_ms,
        "steps": [
            {
                "n": s.n,
                "ok": s.ok,
                "error": s.error.value if s.error else None,
                "command": s.command,
                "reply": s.reply,
                "elapsed_ms": s.elapsed_ms,
                "detail": s.detail,
            }
            for s in mode.steps
        ],
        "command_used": mode.command_used,
        "data_bytes": mode.data_bytes,
    }
    if mode.mode == "passive":
        out.update(
            advertised=mode.advertised,
            connected_to=mode.connected_to,
            advertised_usable=mode.advertised_usable,
            advertised_class=mode.advertised_class,
        )
    else:
        out["announced"] = mode.announced
    return out


def _policies(policies: PolicyResult | None) -> dict[str, Any] | None:
    """The connections beyond the two modes (issue 14): each extra control connection in the order it was
    opened, and each policy check as a passive mode's steps plus its name and the connection it ran on."""
    if policies is None:
        return None
    return {
        "connections": [
            {"conn": c.conn, "ok": c.ok, "failed_step": c.failed_step, "error": c.error.value if c.error else None,
             "reply": c.reply}
            for c in policies.connections
        ],
        "checks": [{"name": check.name, "conn": check.conn, **(_mode(check.result) or {})} for check in policies.checks],
    }


def to_dict(result: ProbeResult, message: str = "") -> dict[str, Any]:
    c = result.control
    verdict = result.verdict
    return {
        "schema": SCHEMA,
        "target": result.target.as_dict(),
        "started_at": result.started_at,
        "control": {
            "ok": c.ok,
            "failed_step": c.failed_step,
            "error": c.error.value if c.error else None,
            "reply": c.reply,
            "elapsed_ms": c.elapsed_ms,
            "peer": c.peer,
            "local": c.local,
            "rtt_ms": c.rtt_ms,
            "banner": c.banner,
            "features": c.features,
            "other_protocol": c.other_protocol,
            "certificate": asdict(c.certificate) if c.certificate else None,
            "steps": {
                name: {"ok": s.ok, "error": s.error.value if s.error else None, "command": s.command,
                       "reply": s.reply, "elapsed_ms": s.elapsed_ms}
                for name, s in c.steps.items()
            },
        },
        "modes": {"active": _mode(result.modes.get("active")), "passive": _mode(result.modes.get("passive"))},
        "verdict": {
            "code": verdict.code if verdict else "cancelled",
            "findings": list(verdict.findings) if verdict else [],
            "recommended_mode": verdict.recommended_mode if verdict else None,
            "message": message,
            "params": verdict.params if verdict else {},
            # Who is to blame for each mode that failed, as the diagnosis decided it (None: worked or not run).
            "blame": {
                mode: (blame.as_dict() if (blame := verdict.blame.get(mode)) is not None else None)
                for mode in ("active", "passive")
            } if verdict else {"active": None, "passive": None},
        },
        "sequential": result.sequential,
        "sequential_reason": result.sequential_reason,
        "data_wait_s": result.data_wait_s,
        "policies": _policies(result.policies),
        "elapsed_ms": result.elapsed_ms,
        "cancelled": result.cancelled,
        "transcript": [{"t_ms": t.t_ms, "dir": t.dir, "line": t.line, "conn": t.conn} for t in result.transcript],
    }

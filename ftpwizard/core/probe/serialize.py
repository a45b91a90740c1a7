"""The probe result as the documented JSON object (schema "ftpwizard.core.probe/1")."""

from __future__ import annotations

from ftpwizard.core.probe.model import (
    ControlResult,
    ErrorKind,
    ModeResult,
    PolicyResult,
    ProbeResult,
    StepResult,
)
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
        # What the listing's first bytes show (ListingFacts.as_dict), null when no listing arrived. A result
        # saved before this key existed reads back as null (ListingFacts.from_dict).
        "listing": mode.listing.as_dict() if mode.listing is not None else None,
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
            "opts_utf8": c.opts_utf8,
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


class NotAProbeResult(ValueError):
    """The JSON is not a probe result this program wrote (another schema, or fields of the wrong kind)."""


def _step(data: Any, n: int) -> StepResult:
    error = data.get("error")
    return StepResult(
        n=int(data.get("n", n)), ok=data.get("ok"), error=ErrorKind(error) if error else None,
        command=data.get("command"), reply=data.get("reply"), elapsed_ms=float(data.get("elapsed_ms") or 0.0),
        detail=dict(data.get("detail") or {}),
    )


def _mode_from(name: str, data: Any) -> ModeResult | None:
    if data is None:
        return None
    mode = ModeResult(name)  # type: ignore[arg-type]
    mode.ok = bool(data.get("ok"))
    mode.failed_step = data.get("failed_step")
    mode.elapsed_ms = float(data.get("elapsed_ms") or 0.0)
    steps = data.get("steps") or []
    mode.steps = [_step(s, i + 1) for i, s in enumerate(steps)] or mode.steps
    mode.command_used = data.get("command_used")
    mode.data_bytes = int(data.get("data_bytes") or 0)
    for key in ("advertised", "connected_to", "advertised_usable", "advertised_class", "announced"):
        if key in data:
            setattr(mode, key, data[key])
    return mode


def from_dict(data: Any) -> ProbeResult:
    """A probe result back from its JSON (any "ftpwizard.core.probe/N" this program wrote; fields added
    later are optional). The verdict is not rebuilt here (the probe never diagnoses): the caller reads
    ``data["verdict"]``. Raises NotAProbeResult for anything else, never a KeyError or TypeError."""
    from ftpwizard.core.probe.target import Target

    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith("ftpwizard.core.probe/"):
        raise NotAProbeResult("not a probe result")
    try:
        target = data["target"]
        control = data["control"]
        result = ProbeResult(
            target=Target(host=str(target["host"]), port=int(target.get("port") or 21),
                          tls=target.get("tls") or "none", user=str(target.get("user") or "")),
            control=ControlResult(
                ok=bool(control.get("ok")), failed_step=control.get("failed_step"),
                error=ErrorKind(control["error"]) if control.get("error") else None, reply=control.get("reply"),
                elapsed_ms=float(control.get("elapsed_ms") or 0.0), peer=control.get("peer"),
                local=control.get("local"), rtt_ms=control.get("rtt_ms"), banner=control.get("banner"),
                features=list(control.get("features") or []), other_protocol=control.get("other_protocol"),
            ),
            modes={name: _mode_from(name, (data.get("modes") or {}).get(name)) for name in ("active", "passive")},
            sequential=bool(data.get("sequential")),
            sequential_reason=data.get("sequential_reason"),
            started_at=str(data.get("started_at") or ""),
            elapsed_ms=float(data.get("elapsed_ms") or 0.0),
            cancelled=bool(data.get("cancelled")),
            data_wait_s=float(data.get("data_wait_s") or 0.0),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise NotAProbeResult(f"not a probe result: {exc.__class__.__name__}") from None
    return result

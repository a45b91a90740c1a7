"""What the text and HTML renderings both say, worked out once: translated rows, not markup."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ftpwizard.core.diagnosis.messages import CONTEXT as VERDICT_CONTEXT
from ftpwizard.core.diagnosis.messages import STOPPED_AT_LABEL, VerdictText, render, render_blame
from ftpwizard.core.diagnosis.model import Blame
from ftpwizard.core.diagnosis.verdict import mode_blame
from ftpwizard.core.i18n import translator
from ftpwizard.core.probe.listing import ListingFacts
from ftpwizard.core.probe.model import MODES, ModeResult, StepResult
from ftpwizard.present.report import texts as T
from ftpwizard.present.report.model import Report

Status = Literal["ok", "failed", "none"]
CIRCLED = "①②③④"


@dataclass(frozen=True)
class StepRow:
    n: int
    name: str
    status: Status
    status_text: str
    detail: str  # command and reply, one line each
    said: str  # the most telling of them: the last reply line, else the command
    elapsed_ms: float | None  # None: not reached
    # Where a failed step was stopped, as the diagnosis's blame says (Blame.mark): client_wall,
    # server_wall, client, server (the device itself said no), or None.
    culprit: str | None = None


@dataclass(frozen=True)
class ModeSummary:
    mode: str
    title: str
    status: Status  # ok / failed / none (not tested)
    status_text: str
    elapsed_ms: float | None
    rows: tuple[StepRow, ...]
    facts: tuple[tuple[str, str], ...]  # (label, value): announced / advertised / connected to
    # Where a failed mode stopped, as the diagnosis blames it: (label, "the server, at step ③"); None = it worked.
    stopped_at: tuple[str, str] | None = None


@dataclass(frozen=True)
class Words:
    """Everything translated for one report, in one language."""

    tr: Callable[[str, str], str]
    lang: str

    def __call__(self, text: str, **params: Any) -> str:
        return T.tr_fill(self.tr, text, **params)

    def pick(self, table: dict[str, str], key: str) -> str:
        """``table[key]`` translated; a key the table does not know is shown as it is."""
        return self(table[key]) if key in table else key


def words_for(lang: str, translate: Callable[[str, str], str] | None = None) -> Words:
    return Words(translate or translator(lang), lang)


def verdict_text(report: Report, w: Words) -> VerdictText | None:
    verdict = report.result.verdict
    if verdict is None:
        return None
    return render(verdict, w.tr)


def status_of(ok: bool | None) -> Status:
    return "ok" if ok else ("none" if ok is None else "failed")


def _step_status_text(step: StepResult, w: Words) -> str:
    if step.ok is None:
        return w(T.NOT_REACHED)
    if step.ok:
        return w(T.OK)
    if step.error is not None and step.error.value in T.ERRORS:
        return w(T.ERRORS[step.error.value])
    return w(T.FAILED)


def _detail(step: StepResult) -> str:
    parts = []
    if step.command:
        parts.append(f"> {step.command}")
    if step.reply:
        parts += [f"< {line}" for line in step.reply.splitlines() if line.strip()]
    return "\n".join(parts)


def _said(step: StepResult) -> str:
    replies = [line for line in (step.reply or "").splitlines() if line.strip()]
    return replies[-1] if replies else step.command or ""


def blame_of(report: Report, mode: str) -> Blame | None:
    """The verdict's blame for ``mode`` (a report of a result nobody diagnosed asks the diagnosis for it)."""
    verdict = report.result.verdict
    if verdict is not None:
        return verdict.blame.get(mode)
    return mode_blame(report.result.modes.get(mode), report.result.control)


def mode_summary(report: Report, mode: str, w: Words) -> ModeSummary:
    result: ModeResult | None = report.result.modes.get(mode)
    blame = blame_of(report, mode)
    title = w(T.MODE_NAMES[mode])
    if result is None:
        return ModeSummary(mode, title, "none", w(T.MODE_NOT_TESTED), None, (), ())
    names = T.STEP_NAMES[mode]
    rows = tuple(
        StepRow(
            n=step.n,
            name=w(names[step.n - 1]),
            status=status_of(step.ok),
            status_text=_step_status_text(step, w),
            detail=_detail(step),
            said=_said(step),
            elapsed_ms=None if step.ok is None else step.elapsed_ms,
            culprit=blame.mark if blame is not None and blame.step == step.n else None,
        )
        for step in result.steps
    )
    stopped_at = None
    if blame is not None:  # where it stopped, as the diagnosis decided (the diagram marks the same place)
        stopped_at = (w.tr(VERDICT_CONTEXT, STOPPED_AT_LABEL), render_blame(blame, w.tr))
    facts: list[tuple[str, str]] = []
    if result.announced:
        facts.append((w(T.ANNOUNCED), result.announced))
    if result.advertised:
        kind = f" ({address_kind(result.advertised_class, w)})" if result.advertised_class else ""
        facts.append((w(T.ADVERTISED), result.advertised + kind))
    if result.connected_to and result.connected_to != result.advertised:
        facts.append((w(T.CONNECTED_TO), result.connected_to))
    if result.listing is not None and result.listing.lines:
        facts.append((w(T.LISTING), listing_text(result.listing, w)))
    status: Status = "ok" if result.ok else "failed"
    text = w(T.MODE_WORKS) if result.ok else w(T.MODE_FAILED, n=result.failed_step or "?")
    return ModeSummary(mode, title, status, text, result.elapsed_ms, rows, tuple(facts), stopped_at)


_FORMAT_NAMES = {"unix": "Unix", "dos": "DOS/IIS", "mlsd": "MLSD", "eplf": "EPLF"}


def listing_text(listing: ListingFacts, w: Words) -> str:
    """"12 lines (Unix), names: CP949 (old Korean); 1 of them in a format FTP programs may not read"."""
    formats = ", ".join(_FORMAT_NAMES.get(f, f) for f in listing.formats) or "—"
    text = w(T.LISTING_FACT, lines=listing.lines, formats=formats,
             encoding=w.pick(T.LISTING_ENCODINGS, listing.encoding or "ascii"))
    if listing.unparsed:
        text += "; " + w(T.LISTING_UNPARSED, unparsed=listing.unparsed)
    return text


def mode_summaries(report: Report, w: Words) -> list[ModeSummary]:
    """Passive first: it is the mode we recommend in most cases, so the reader meets it first."""
    return [mode_summary(report, m, w) for m in sorted(MODES, key=lambda m: m != "passive")]


def control_rows(report: Report, w: Words) -> list[StepRow]:
    rows = []
    for index, (name, step) in enumerate(report.result.control.steps.items(), start=1):
        label = w.pick(T.CONTROL_STEPS, name)
        rows.append(StepRow(index, label, status_of(step.ok), _step_status_text(step, w), _detail(step),
                            _said(step), None if step.ok is None else step.elapsed_ms))
    return rows


def control_status(report: Report, w: Words) -> tuple[Status, str]:
    c = report.result.control
    if c.ok:
        return "ok", w(T.CONTROL_OK)
    step = str(c.failed_step or "?")
    label = w.pick(T.CONTROL_STEPS, step)
    return "failed", w(T.CONTROL_FAILED, step=label)


def tls_label(tls: str, w: Words) -> str:
    return w({"explicit": T.TLS_EXPLICIT, "implicit": T.TLS_IMPLICIT}.get(tls, T.TLS_NONE))


def target_line(report: Report) -> str:
    t = report.target
    host = getattr(t, "display_host", "") or t.host
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{t.port}"


def verdict_notes(report: Report, words: VerdictText, w: Words) -> list[str]:
    """The verdict's notes, plus what only the hosting company needs: the server setting to fix."""
    notes = list(words.notes)
    verdict = report.result.verdict
    if verdict is not None and (verdict.code == "passive_bad_address" or "passive_bad_address" in verdict.findings):
        notes.append(w(T.SERVER_HINT_BAD_ADDRESS))
    return notes


def user_text(report: Report, w: Words) -> str:
    """The user name; anonymous log-ins say so in the reader's words ("익명(anonymous)")."""
    user = report.target.login_user
    return w(T.ANONYMOUS) if user == "anonymous" else user


def client_mode_text(client: dict[str, Any], w: Words) -> str:
    mode = str(client.get("mode") or "unknown")
    return w.pick(T.CLIENT_MODES, mode)


def client_scope_text(client: dict[str, Any], w: Words) -> str:
    scope = str(client.get("scope") or "")
    return w.pick(T.CLIENT_SCOPES, scope)


def client_sites_text(client: dict[str, Any], w: Words) -> str:
    """The sites saved for the tested server as 'name (host, mode)' ({"name","host","mode"} dicts)."""
    out = []
    for site in client.get("sites") or []:
        if isinstance(site, dict):
            name = str(site.get("name") or site.get("host") or "?")
            extra = [str(site["host"])] if site.get("host") and site.get("host") != name else []
            mode = str(site.get("mode") or "")
            if mode:
                extra.append(w.pick(T.CLIENT_MODES, mode))
            out.append(f"{name} ({', '.join(extra)})" if extra else name)
        else:
            out.append(str(site))
    return ", ".join(out)


def client_title(client: dict[str, Any], w: Words) -> str:
    """The program's name as people know it in the report's language ("알FTP", not the detector's "ALFTP")."""
    from ftpwizard.clients.guides import display_name

    fallback = str(client.get("name") or client.get("id") or "?")
    name = display_name(str(client["id"]), fallback, w.lang) if client.get("id") else fallback
    version = client.get("version")
    return f"{name} {version}" if version else name


def address_kind(kind: str, w: Words) -> str:
    return w.pick(T.ADDRESS_KINDS, kind)


def ms(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 10000:
        return f"{value / 1000:.1f} s"
    if value >= 100:
        return f"{value:.0f} ms"
    return f"{value:.1f} ms"


def test_time(report: Report) -> str:
    """When the test ran (it started), for the report's first line: a report copied or saved hours later
    must not look as if the test ran then. The report's own creation time only if the test never started."""
    return local_time(report.result.started_at or report.environment.created_at)


def local_time(iso: str) -> str:
    """'2026-11-25 14:32:05 +09:00' from an ISO 8601 time (as is when it does not parse)."""
    import datetime as _dt

    try:
        moment = _dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    offset = moment.strftime("%z")
    offset = f" {offset[:3]}:{offset[3:]}" if offset else ""
    return f"{moment:%Y-%m-%d %H:%M:%S}{offset}"

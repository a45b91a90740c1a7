"""The report as plain text that fits a chat message: the verdict first, then one line per step."""

from __future__ import annotations

from collections.abc import Callable

from ftpwizard.present import program_words
from ftpwizard.present.report import facts as F
from ftpwizard.present.report import texts as T
from ftpwizard.present.report.model import Report

MARK = {"ok": "✓", "failed": "✗", "none": "·"}


def to_text(report: Report, lang: str, translate: Callable[[str, str], str] | None = None) -> str:
    w = F.words_for(lang, translate)
    r = report.result
    env = report.environment
    out: list[str] = [f"{w(T.TITLE)} — {F.target_line(report)} — {w(T.PROBE_STARTED)}: {F.test_time(report)}", ""]

    words = F.verdict_text(report, w)
    if words is None:
        out.append(f"{w(T.VERDICT)}: {w(T.CANCELLED)}")
    else:
        out.append(f"{w(T.VERDICT)}: {words.headline}")
        out.append(f"{w(T.WHY)}: {words.why}")
        out.append(f"{w(T.TODO)}: {words.advice}")
        out += [f"* {note}" for note in F.verdict_notes(report, words, w)]
        if r.verdict is not None and r.verdict.recommended_mode:
            out.append(f"{w(T.RECOMMENDED)}: {w(T.MODE_NAMES[r.verdict.recommended_mode])}")
    out.append("")

    t = report.target
    _status, control_text = F.control_status(report, w)
    out.append(f"{w(T.TARGET)}: {F.target_line(report)} · {w(T.USER)}: {F.user_text(report, w)} · "
               f"{w(T.TLS)}: {F.tls_label(t.tls, w)} — {control_text}")
    for row in F.control_rows(report, w):
        if row.status != "ok":
            out.append(f"  {MARK[row.status]} {row.name}: {row.status_text} {row.said[:120]}".rstrip())
    if r.sequential:
        out.append(w(T.SEQUENTIAL))

    for summary in F.mode_summaries(report, w):
        out.append("")
        out.append(f"{summary.title}: {summary.status_text}"
                   + (f" ({F.ms(summary.elapsed_ms)})" if summary.elapsed_ms is not None else ""))
        for row in summary.rows:
            parts = [f"{F.CIRCLED[row.n - 1]} {MARK[row.status]} {row.name}"]
            said = row.said[:120]
            if said:
                parts.append(said)
            parts.append(row.status_text if row.status != "ok" else "")
            parts.append(F.ms(row.elapsed_ms) if row.elapsed_ms is not None else "")
            out.append("  " + " — ".join(p for p in parts if p))
        if summary.stopped_at is not None:
            out.append(f"  {summary.stopped_at[0]}: {summary.stopped_at[1]}")
        for label, value in summary.facts:
            out.append(f"  {label}: {value}")

    if report.programs is not None:
        from ftpwizard.present.programs import program_lines

        mine = program_lines(report.programs, lang, r.verdict.params if r.verdict else None,
                             said=r.verdict.code if r.verdict else None)
        out.append("")
        out.append(f"{program_words.translate(program_words.SECTION_TITLE, lang)}:")
        out += mine or [f"  {program_words.translate(program_words.NONE_DETECTED, lang)}"]

    out.append("")
    addresses = ", ".join(
        f"{a.address} ({F.address_kind(a.kind, w)})" for a in env.local_addresses
    ) or w(T.NO_ADDRESSES)
    out.append(f"{w(T.ENVIRONMENT)}: ftpwizard {env.app_version} · {env.os_name} {env.os_version}")
    out.append(f"{w(T.CREATED)}: {F.local_time(env.created_at)}")
    out.append(f"{w(T.LOCAL_ADDRESSES)}: {addresses}")
    if report.clients is None:
        out.append(w(T.CLIENTS_NOT_CHECKED))
    elif not report.clients:
        out.append(w(T.NO_CLIENTS))
    else:
        out.append(f"{w(T.CLIENTS)}:")
        for client in report.clients:
            sites = F.client_sites_text(client, w)
            out.append(f"  {F.client_title(client, w)} — {w(T.CURRENT_MODE)}: {F.client_mode_text(client, w)}"
                       + (f" · {w(T.SITES)}: {sites}" if sites else ""))

    out.append("")
    out.append(f"{w(T.TRANSCRIPT)}:")
    for entry in r.transcript:
        out.append(f"{entry.t_ms:8.1f} ms  [{entry.conn}] {entry.dir} {entry.line}")
    return report.redact("\n".join(out) + "\n")

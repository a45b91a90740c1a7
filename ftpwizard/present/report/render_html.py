"""The report as one self-contained HTML file: no scripts, no external files, printable, readable Korean.

The handshake diagrams are the GUI's own widget renderings (PNG, embedded as data: URLs) when the report
carries them, else inline SVG drawn in plain Python (the command line).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from html import escape

from ftpwizard.present import theme
from ftpwizard.present.report import facts as F
from ftpwizard.present.report import texts as T
from ftpwizard.present.report.diagram_svg import mode_svg
from ftpwizard.present.report.model import Report

FONTS = theme.css_fonts(theme.REPORT_FONTS)
MONO = theme.css_fonts(theme.REPORT_MONO)

CSS = f"""
*{{box-sizing:border-box}}
body{{font-family:{FONTS};color:{theme.REPORT_TEXT};background:{theme.REPORT_PAGE};margin:0;padding:24px;line-height:1.5;font-size:15px;
  word-break:keep-all;overflow-wrap:anywhere}}
main{{max-width:1080px;margin:0 auto}}
h1{{font-size:24px;margin:0 0 4px}}
h2{{font-size:18px;margin:0 0 10px}}
.meta{{color:{theme.REPORT_TEXT_SECONDARY};margin:0 0 18px}}
section,article{{background:{theme.REPORT_CARD};border:1px solid {theme.REPORT_BORDER};border-radius:8px;padding:16px 20px;margin:0 0 16px}}
.verdict{{border-left:8px solid {theme.REPORT_TEXT_FAINT}}}
.verdict.ok{{border-left-color:{theme.REPORT_OK};background:{theme.REPORT_OK_BG}}}
.verdict.warn{{border-left-color:{theme.REPORT_WARNING};background:{theme.REPORT_WARNING_BG}}}
.verdict.bad{{border-left-color:{theme.REPORT_ERROR};background:{theme.REPORT_ERROR_BG}}}
.headline{{font-size:20px;font-weight:700;margin:0 0 10px}}
dl{{margin:0}} dt{{font-weight:700;margin-top:6px}} dd{{margin:0 0 4px}}
.recommended{{display:inline-block;margin-top:10px;padding:3px 12px;border-radius:14px;background:{theme.REPORT_ACCENT};color:{theme.REPORT_ON_COLOUR};
  font-weight:700}}
table{{border-collapse:collapse;width:100%;font-size:14px}}
th,td{{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid {theme.REPORT_RULE}}}
th{{background:{theme.REPORT_PAGE};font-weight:700;white-space:nowrap}}
table.kv th{{width:30%;background:none}}
td.num{{white-space:nowrap;text-align:right;font-variant-numeric:tabular-nums}}
td.n{{font-size:18px;width:2em;text-align:center}}
code,.mono,pre{{font-family:{MONO};font-size:13px}}
td.mono{{white-space:pre-wrap;word-break:break-all}}
.badge{{display:inline-block;padding:1px 9px;border-radius:10px;font-size:13px;font-weight:700;white-space:nowrap;color:{theme.REPORT_ON_COLOUR}}}
.badge.ok{{background:{theme.REPORT_OK}}} .badge.failed{{background:{theme.REPORT_ERROR}}} .badge.none{{background:{theme.REPORT_TEXT_FAINT}}}
.modes{{display:grid;grid-template-columns:1fr;gap:0}}
.mode h2 .badge{{font-size:14px;vertical-align:middle;margin-left:6px}}
figure{{margin:0 0 12px;text-align:center}}
figure img,figure svg{{max-width:100%;height:auto;border:1px solid {theme.REPORT_RULE};border-radius:8px}}
figure img{{width:760px}}
.facts{{color:{theme.REPORT_TEXT_SECONDARY};font-size:14px;margin:8px 0 0}}
pre.transcript{{background:{theme.REPORT_PAGE};border:1px solid {theme.REPORT_RULE};border-radius:6px;padding:10px;white-space:pre-wrap;
  word-break:break-all;margin:0}}
.transcript .t{{color:{theme.REPORT_TEXT_FAINT}}} .transcript .c2{{color:{theme.REPORT_CONNECTION_2}}} .transcript .c1{{color:{theme.REPORT_CONNECTION_1}}}
.transcript .out{{color:{theme.REPORT_SENT};font-weight:700}} .transcript .note{{color:{theme.REPORT_NOTE}}}
.note-text{{color:{theme.REPORT_TEXT_SECONDARY};font-size:13px}}
footer{{color:{theme.REPORT_TEXT_SECONDARY};font-size:13px;text-align:center;margin-top:8px}}
/* Phones (support staff read mailed reports there): tables become stacked cards instead of columns a
   letter wide. A step: its number beside the name and time, the result below, then command and reply. */
@media (max-width:640px){{
  body{{padding:8px}}
  section,article{{padding:12px}}
  h1{{font-size:21px}}
  .headline{{font-size:18px}}
  table.kv tr{{display:block;border-bottom:1px solid {theme.REPORT_RULE};padding:4px 0}}
  table.kv th,table.kv td{{display:block;width:auto;border:0;padding:1px 4px;white-space:normal}}
  table.steps,table.steps tbody,table.programs,table.programs tbody{{display:block}}
  table.steps tr.head,table.programs tr.head{{display:none}}
  table.steps tr{{display:grid;grid-template-columns:2em minmax(0,1fr) auto;gap:4px 8px;align-items:start;
    padding:8px 0;border-bottom:1px solid {theme.REPORT_RULE}}}
  table.steps td{{display:block;border:0;padding:0}}
  table.steps td.n{{width:auto;grid-column:1;grid-row:1 / span 3;line-height:1.2}}
  table.steps td:nth-child(2){{grid-column:2;grid-row:1;font-weight:700}}
  table.steps td.num{{grid-column:3;grid-row:1}}
  table.steps td:nth-child(3){{grid-column:2 / -1;grid-row:2}}
  table.steps td.mono{{grid-column:2 / -1;grid-row:3}}
  table.programs tr{{display:block;padding:8px 0;border-bottom:1px solid {theme.REPORT_RULE}}}
  table.programs td{{display:block;border:0;padding:1px 0}}
  table.programs td[data-label]::before{{content:attr(data-label) ": ";color:{theme.REPORT_TEXT_SECONDARY}}}
}}
@media print{{
  body{{background:{theme.REPORT_CARD};padding:0;font-size:12px}}
  section,article{{border:1px solid {theme.REPORT_BORDER};break-inside:avoid;page-break-inside:avoid}}
  .transcript-section{{break-inside:auto;page-break-inside:auto}}
  .verdict,.badge,.recommended{{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
}}
@page{{size:A4;margin:14mm}}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _verdict_class(report: Report) -> str:
    verdict = report.result.verdict
    if verdict is None:
        return ""
    if verdict.code in ("both_ok", "active_ok", "passive_ok"):
        return "ok"
    return "warn" if verdict.recommended_mode else "bad"


def _badge(status: str, text: str) -> str:
    return f'<span class="badge {status}">{_e(text)}</span>'


def _steps_table(rows: list[F.StepRow] | tuple[F.StepRow, ...], w: F.Words, circled: bool) -> str:
    head = (f'<tr class="head"><th>{_e(w(T.STEP))}</th><th></th><th>{_e(w(T.RESULT))}</th><th>{_e(w(T.DETAILS))}</th>'
            f"<th>{_e(w(T.TIME))}</th></tr>")
    body = []
    for row in rows:
        number = F.CIRCLED[row.n - 1] if circled and 1 <= row.n <= 4 else str(row.n)
        body.append(
            f'<tr><td class="n">{number}</td><td>{_e(row.name)}</td><td>{_badge(row.status, row.status_text)}</td>'
            f'<td class="mono">{_e(row.detail)}</td><td class="num">{_e(F.ms(row.elapsed_ms))}</td></tr>'
        )
    return f'<table class="steps">{head}{"".join(body)}</table>'


def _verdict_section(report: Report, w: F.Words) -> str:
    words = F.verdict_text(report, w)
    if words is None:
        return f'<section class="verdict"><h2>{_e(w(T.VERDICT))}</h2><p class="headline">{_e(w(T.CANCELLED))}</p></section>'
    notes = "".join(f"<li>{_e(n)}</li>" for n in F.verdict_notes(report, words, w))
    recommended = ""
    verdict = report.result.verdict
    if verdict is not None and verdict.recommended_mode:
        recommended = (f'<p class="recommended">{_e(w(T.RECOMMENDED))}: '
                       f"{_e(w(T.MODE_NAMES[verdict.recommended_mode]))}</p>")
    return (
        f'<section class="verdict {_verdict_class(report)}"><h2>{_e(w(T.VERDICT))}</h2>'
        f'<p class="headline">{_e(words.headline)}</p>'
        f"<dl><dt>{_e(w(T.WHY))}</dt><dd>{_e(words.why)}</dd><dt>{_e(w(T.TODO))}</dt><dd>{_e(words.advice)}</dd></dl>"
        f"{f'<ul>{notes}</ul>' if notes else ''}{recommended}</section>"
    )


def _target_section(report: Report, w: F.Words) -> str:
    t = report.target
    c = report.result.control
    status, status_text = F.control_status(report, w)
    rows = [
        (w(T.TARGET), _e(F.target_line(report)) + (f" <span class='note-text'>({_e(t.host)})</span>"
                                                     if getattr(t, "display_host", "") and t.display_host != t.host else "")),
        (w(T.USER), _e(F.user_text(report, w))),
        (w(T.TLS), _e(F.tls_label(t.tls, w))),
        (w(T.CONTROL), _badge(status, status_text)),
    ]
    if c.peer:
        rows.append((w(T.PEER), f"<code>{_e(c.peer)}</code>"))
    if c.rtt_ms is not None:
        rows.append((w(T.ROUND_TRIP), _e(F.ms(c.rtt_ms))))
    if c.features:
        rows.append((w(T.FEATURES), f"<code>{_e(', '.join(c.features))}</code>"))
    if c.certificate is not None:
        cert = c.certificate
        bits = [b for b in (cert.subject, cert.issuer, cert.not_after, cert.sha256, cert.problem) if b]
        rows.append((w(T.CERTIFICATE), "<br>".join(f"<code>{_e(b)}</code>" for b in bits)))
    table = "".join(f"<tr><th>{_e(label)}</th><td>{value}</td></tr>" for label, value in rows)
    sequential = f"<p class='note-text'>{_e(w(T.SEQUENTIAL))}</p>" if report.result.sequential else ""
    return (f'<section class="target"><h2>{_e(w(T.CONTROL))}</h2><table class="kv">{table}</table>'
            f"{sequential}<br>{_steps_table(F.control_rows(report, w), w, circled=False)}</section>")


def _diagram(report: Report, summary: F.ModeSummary, w: F.Words, images: dict[str, str]) -> str:
    alt = w(T.DIAGRAM_ALT, mode=summary.title)
    if summary.mode in report.images:
        token = f"@@IMAGE-{summary.mode}@@"
        images[token] = base64.b64encode(report.images[summary.mode]).decode("ascii")
        return f'<figure><img src="data:image/png;base64,{token}" alt="{_e(alt)}"></figure>'
    if not summary.rows:
        return ""
    labels = {"pc": w(T.DIAGRAM_PC), "server": w(T.DIAGRAM_SERVER),
              "client_wall": w(T.DIAGRAM_CLIENT_WALL), "server_wall": w(T.DIAGRAM_SERVER_WALL)}
    return f"<figure>{mode_svg(summary, labels, alt)}</figure>"


def _mode_article(report: Report, summary: F.ModeSummary, w: F.Words, images: dict[str, str]) -> str:
    elapsed = f" <span class='note-text'>{_e(F.ms(summary.elapsed_ms))}</span>" if summary.elapsed_ms is not None else ""
    head = f"<h2>{_e(summary.title)} {_badge(summary.status, summary.status_text)}{elapsed}</h2>"
    if not summary.rows:
        return f'<article class="mode">{head}</article>'
    facts = "".join(f"<div>{_e(label)}: <code>{_e(value)}</code></div>" for label, value in summary.facts)
    if summary.stopped_at is not None:  # words, not an address: not in <code>
        facts = f"<div><strong>{_e(summary.stopped_at[0])}: {_e(summary.stopped_at[1])}</strong></div>{facts}"
    return (f'<article class="mode mode-{summary.mode}">{head}{_diagram(report, summary, w, images)}'
            f"{_steps_table(summary.rows, w, circled=True)}"
            f"{f'<div class=facts>{facts}</div>' if facts else ''}</article>")


def _environment_section(report: Report, w: F.Words) -> str:
    env = report.environment
    addresses = "<br>".join(
        f"<code>{_e(a.address)}</code> — {_e(F.address_kind(a.kind, w))}"
        for a in env.local_addresses
    ) or _e(w(T.NO_ADDRESSES))
    rows = [
        (w(T.CREATED), _e(F.local_time(env.created_at))),
        (w(T.PROBE_STARTED), _e(F.local_time(report.result.started_at)) if report.result.started_at else "—"),
        (w(T.VERSION), _e(env.app_version)),
        (w(T.OS), _e(f"{env.os_name} {env.os_version}")),
        (w(T.LOCAL_ADDRESSES), addresses),
    ]
    table = "".join(f"<tr><th>{_e(label)}</th><td>{value}</td></tr>" for label, value in rows)
    return f'<section class="environment"><h2>{_e(w(T.ENVIRONMENT))}</h2><table class="kv">{table}</table></section>'


def _clients_section(report: Report, w: F.Words) -> str:
    title = f"<h2>{_e(w(T.CLIENTS))}</h2>"
    if report.clients is None:
        return f'<section class="clients">{title}<p class="note-text">{_e(w(T.CLIENTS_NOT_CHECKED))}</p></section>'
    if not report.clients:
        return f'<section class="clients">{title}<p>{_e(w(T.NO_CLIENTS))}</p></section>'
    head = (f'<tr class="head"><th>{_e(w(T.PROGRAM))}</th><th>{_e(w(T.CURRENT_MODE))}</th><th>{_e(w(T.SCOPE))}</th>'
            f"<th>{_e(w(T.SITES))}</th></tr>")

    def labelled(label: str, value: str) -> str:  # the label shows before the value when the row is a card
        return f'<td data-label="{_e(w(label))}">{value}</td>' if value else "<td></td>"

    body = "".join(
        f"<tr><td><b>{_e(F.client_title(c, w))}</b></td>{labelled(T.CURRENT_MODE, f'<b>{_e(F.client_mode_text(c, w))}</b>')}"
        f"{labelled(T.SCOPE, _e(F.client_scope_text(c, w)))}{labelled(T.SITES, _e(F.client_sites_text(c, w)))}</tr>"
        for c in report.clients
    )
    return f'<section class="clients">{title}<table class="programs">{head}{body}</table></section>'


# An outcome's mark in the report's own badge colours: works green, fails red, not sure grey.
_OUTCOME_BADGE = {"works": "ok", "fails": "failed", "cannot_work": "failed", "unknown": "none"}


def _programs_section(report: Report, lang: str) -> str:
    """"Your FTP programs": per detected program its setting, outcome mark, headline and fixes."""
    if report.programs is None:
        return ""
    from ftpwizard.present import program_words as P
    from ftpwizard.present.programs import program_rows

    verdict = report.result.verdict
    rows = program_rows(report.programs, lang, verdict.params if verdict else None,
                        verdict.code if verdict else None)
    title = f"<h2>{_e(P.translate(P.SECTION_TITLE, lang))}</h2>"
    if not rows:
        return f'<section class="your-programs">{title}<p>{_e(P.translate(P.NONE_DETECTED, lang))}</p></section>'
    setting, change = _e(P.translate(P.SETTING_LABEL, lang)), _e(P.translate(P.FIX_LABEL, lang))
    items = []
    for row in rows:
        fixes = "".join(f"<li>{_e(fix)}</li>" for fix in row.fixes)
        items.append(
            f'<tr class="outcome-{_e(row.outcome)}"><td><b>{_e(row.name)}</b><br>'
            f'{_badge(_OUTCOME_BADGE.get(row.outcome, "none"), row.mark)}</td>'
            f'<td data-label="{setting}">{_e(row.setting)}</td>'
            f"<td>{_e(row.headline)}"
            + (f'<div class="fixes"><b>{change}</b><ul>{fixes}</ul></div>' if fixes else "")
            + "</td></tr>"
        )
    return f'<section class="your-programs">{title}<table class="programs">{"".join(items)}</table></section>'


def _transcript_section(report: Report, w: F.Words) -> str:
    lines = []
    for entry in report.result.transcript:
        kind = {">": "out", "<": "in", "*": "note"}.get(entry.dir, "in")
        lines.append(
            f'<span class="t">{entry.t_ms:8.1f} ms</span> <span class="c{entry.conn}">[{entry.conn}]</span> '
            f'<span class="{kind}">{_e(entry.dir)} {_e(entry.line)}</span>'
        )
    return (f'<section class="transcript-section"><h2>{_e(w(T.TRANSCRIPT))}</h2>'
            f'<p class="note-text">{_e(w(T.TRANSCRIPT_NOTE))}</p>'
            f'<pre class="transcript">{chr(10).join(lines)}</pre></section>')


def to_html(report: Report, lang: str, translate: Callable[[str, str], str] | None = None) -> str:
    w = F.words_for(lang, translate)
    env = report.environment
    images: dict[str, str] = {}
    title = f"{w(T.TITLE)} — {F.target_line(report)}"
    modes = "".join(_mode_article(report, s, w, images) for s in F.mode_summaries(report, w))
    page = (
        f'<!DOCTYPE html>\n<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="ftpwizard {_e(env.app_version)}">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{_e(w(T.TITLE))}</h1>\n"
        f'<p class="meta">{_e(F.target_line(report))} · {_e(w(T.PROBE_STARTED))}: {_e(F.test_time(report))}</p>\n'
        f"{_verdict_section(report, w)}\n{_target_section(report, w)}\n"
        f'<div class="modes">{modes}</div>\n'
        f"{_programs_section(report, lang)}\n{_clients_section(report, w)}\n{_environment_section(report, w)}\n{_transcript_section(report, w)}\n"
        f"<footer>{_e(w(T.FOOTER, version=env.app_version))}</footer>\n</main>\n</body>\n</html>\n"
    )
    # Mask before the pictures go in: base64 text must never be touched by the mask.
    page = report.redact(page)
    for token, data in images.items():
        page = page.replace(token, data)
    return page

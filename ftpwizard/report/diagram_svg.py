"""The four-step handshake of one mode as inline SVG, drawn in plain Python (the command line has no Qt).

A sequence diagram: your PC on the left, the server on the right, the firewall/router as a wall between
them, and four numbered arrows in order, coloured by result: green = worked, red = failed (the arrow
stops at the wall with a cross), grey dashed = not reached. The GUI's report uses PNGs of the handshake
widget instead; this is its stand-in where Qt is not loaded.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from ftpwizard.report.facts import ModeSummary

WIDTH, HEIGHT = 680, 370
PC_X, WALL_X, SERVER_X = 90, 340, 590
ROW_Y0, ROW_STEP = 146, 60
COLORS = {"ok": "#1a7f37", "failed": "#cf222e", "none": "#8c959f"}
# Which way each step's arrow goes: True = PC -> server.
DIRECTIONS = {
    "active": (True, False, False, False),
    "passive": (True, False, True, False),
}


def _a(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def _pc(x: int, y: int) -> str:
    return (
        f'<rect x="{x - 34}" y="{y}" width="68" height="46" rx="5" fill="#24292f"/>'
        f'<rect x="{x - 29}" y="{y + 5}" width="58" height="34" rx="2" fill="#cfe8ff"/>'
        f'<rect x="{x - 6}" y="{y + 46}" width="12" height="9" fill="#57606a"/>'
        f'<rect x="{x - 22}" y="{y + 55}" width="44" height="5" rx="2" fill="#57606a"/>'
    )


def _server(x: int, y: int) -> str:
    parts = [f'<rect x="{x - 26}" y="{y - 4}" width="52" height="68" rx="5" fill="#24292f"/>']
    for i in range(3):
        top = y + 3 + i * 20
        parts.append(f'<rect x="{x - 20}" y="{top}" width="40" height="14" rx="2" fill="#57606a"/>')
        parts.append(f'<circle cx="{x + 13}" cy="{top + 7}" r="3" fill="#4ac26b"/>')
    return "".join(parts)


def _wall(x: int, top: int, bottom: int) -> str:
    parts = [f'<rect x="{x - 16}" y="{top}" width="32" height="{bottom - top}" fill="#f6d7b0" stroke="#bc4c00"/>']
    for row, y in enumerate(range(top, bottom, 12)):
        if y > top:
            parts.append(f'<line x1="{x - 16}" y1="{y}" x2="{x + 16}" y2="{y}" stroke="#e3b27f"/>')
        joints = (x,) if row % 2 == 0 else (x - 8, x + 8)
        for jx in joints:
            parts.append(f'<line x1="{jx}" y1="{y}" x2="{jx}" y2="{min(y + 12, bottom)}" stroke="#e3b27f"/>')
    return "".join(parts)


def _arrow(n: int, y: int, to_server: bool, status: str, label: str, caption: str, data: bool) -> str:
    color = COLORS.get(status, COLORS["none"])
    start, end = (PC_X + 40, SERVER_X - 34) if to_server else (SERVER_X - 34, PC_X + 40)
    width = 4 if data else 2.5
    dash = ' stroke-dasharray="6 5"' if status == "none" else ""
    parts = []
    if status == "failed":
        stop = WALL_X - 22 if to_server else WALL_X + 22
        parts.append(f'<line x1="{start}" y1="{y}" x2="{stop}" y2="{y}" stroke="{color}" stroke-width="{width}"/>')
        parts.append(f'<circle cx="{stop}" cy="{y}" r="10" fill="#fff" stroke="{color}" stroke-width="2.5"/>')
        parts.append(f'<path d="M{stop - 5} {y - 5} L{stop + 5} {y + 5} M{stop + 5} {y - 5} L{stop - 5} {y + 5}" '
                     f'stroke="{color}" stroke-width="2.5" stroke-linecap="round"/>')
    else:
        tip = 11 if to_server else -11
        shaft_end = end - tip
        parts.append(f'<line x1="{start}" y1="{y}" x2="{shaft_end}" y2="{y}" stroke="{color}" stroke-width="{width}"{dash}/>')
        parts.append(f'<path d="M{end} {y} L{end - tip} {y - 7} L{end - tip} {y + 7} Z" fill="{color}"/>')
    # The step number sits at the arrow's start, like the handshake animation's badges.
    badge_x = start - 14 if to_server else start + 14
    parts.append(f'<circle cx="{badge_x}" cy="{y}" r="11" fill="{color}"/>')
    parts.append(f'<text x="{badge_x}" y="{y + 4.5}" text-anchor="middle" font-size="13" font-weight="700" fill="#fff">{n}</text>')
    # Labels sit on pills so they stay readable where they cross the wall; drawn first, under the arrow.
    labels = [
        _pill(WALL_X, y - 17.5, _text_width(label, 13), 19, "#ffffff", "#d0d7de"),
        f'<text x="{WALL_X}" y="{y - 13}" text-anchor="middle" font-size="13" fill="#1f2328">{escape(label)}</text>',
    ]
    if caption:
        # A failed step says why in red under its arrow; the others show the command or reply.
        fill, font = ("#cf222e", "") if status == "failed" else ("#57606a", ' font-family="Consolas, Menlo, monospace"')
        labels.append(_pill(WALL_X, y + 17, _text_width(caption, 11, mono=bool(font)), 16, "#f6f8fa", "#eaeef2"))
        labels.append(f'<text x="{WALL_X}" y="{y + 21}" text-anchor="middle" font-size="11" fill="{fill}"{font}>'
                      f"{escape(caption)}</text>")
    parts = labels + parts
    return "".join(parts)


def _text_width(text: str, size: float, mono: bool = False) -> float:
    """A close guess of the drawn width (no font metrics without a GUI): Hangul and CJK are square."""
    wide = sum(1 for ch in text if ord(ch) >= 0x1100)
    narrow = len(text) - wide
    return wide * size * 1.0 + narrow * size * (0.6 if mono else 0.56)


def _pill(cx: float, cy: float, text_width: float, height: float, fill: str, stroke: str) -> str:
    width = text_width + 14
    return (f'<rect x="{cx - width / 2:.1f}" y="{cy - height / 2:.1f}" width="{width:.1f}" height="{height}" '
            f'rx="{height / 2}" fill="{fill}" stroke="{stroke}"/>')


def _caption(detail: str) -> str:
    """The reply if there is one (it says the most), else the command; shortened to fit the arrow."""
    lines = [line[2:] for line in detail.splitlines()]
    replies = [line[2:] for line in detail.splitlines() if line.startswith("<")]
    text = replies[-1] if replies else (lines[0] if lines else "")
    return text if len(text) <= 48 else text[:47] + "…"


def mode_svg(summary: ModeSummary, pc_label: str, wall_label: str, server_label: str, alt: str) -> str:
    """One mode's handshake as an <svg> element (safe to put straight into HTML)."""
    bottom = ROW_Y0 + ROW_STEP * 3 + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{_a(alt)}" class="diagram" '
        f'font-family="\'Malgun Gothic\', \'Apple SD Gothic Neo\', NanumGothic, sans-serif">',
        f"<title>{escape(alt)}</title>",
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" rx="8" fill="#ffffff"/>',
        f'<line x1="{PC_X}" y1="108" x2="{PC_X}" y2="{bottom}" stroke="#d0d7de" stroke-width="2" stroke-dasharray="3 4"/>',
        f'<line x1="{SERVER_X}" y1="108" x2="{SERVER_X}" y2="{bottom}" stroke="#d0d7de" stroke-width="2" stroke-dasharray="3 4"/>',
        _wall(WALL_X, 96, bottom),
        _pc(PC_X, 14),
        _server(SERVER_X, 14),
        f'<text x="{PC_X}" y="98" text-anchor="middle" font-size="14" font-weight="700" fill="#1f2328">{escape(pc_label)}</text>',
        f'<text x="{SERVER_X}" y="98" text-anchor="middle" font-size="14" font-weight="700" fill="#1f2328">{escape(server_label)}</text>',
        f'<text x="{WALL_X}" y="86" text-anchor="middle" font-size="12" fill="#953800">{escape(wall_label)}</text>',
    ]
    directions = DIRECTIONS.get(summary.mode, DIRECTIONS["passive"])
    for row in summary.rows:
        y = ROW_Y0 + ROW_STEP * (row.n - 1)
        caption = row.status_text if row.status == "failed" else _caption(row.detail)
        parts.append(_arrow(row.n, y, directions[row.n - 1], row.status, row.name, caption, row.n >= 3))
    parts.append("</svg>")
    return "".join(parts)

"""The four-step handshake of one mode as inline SVG, drawn in plain Python (the command line has no Qt).

A sequence diagram like the GUI's handshake picture: your PC on the left with your firewall/router, the
server on the right behind its firewall, and four numbered arrows in order, coloured by result: green =
worked, red = failed, grey dashed = not reached. A failed arrow stops with a cross where the diagnosis puts
the blame (``Blame.mark``, via ``StepRow.culprit``): at your wall, at the server's wall, or at a device.
The GUI's report uses PNGs of the handshake widget instead; this is its stand-in where Qt is not loaded.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from ftpwizard.present import theme
from ftpwizard.present.report.facts import ModeSummary, StepRow

WIDTH, HEIGHT = 720, 372
PC_X, SERVER_X = 78, 642
WALL_X = {"client": 178, "server": 542}
LABEL_X = (WALL_X["client"] + WALL_X["server"]) / 2
ROW_Y0, ROW_STEP = 150, 60
TOP = 112  # where lifelines and walls start
COLORS = {"ok": theme.REPORT_OK, "failed": theme.REPORT_ERROR, "none": theme.REPORT_TEXT_FAINT}
# Which way each step's arrow goes: True = PC -> server.
DIRECTIONS = {
    "active": (True, False, False, False),
    "passive": (True, False, True, False),
}
SANS = theme.css_fonts(theme.REPORT_FONTS)
MONO = theme.css_fonts(theme.DIAGRAM_MONO)


def _a(value: str) -> str:
    return escape(value, {'"': "&quot;"})


def _pc(x: float, y: float) -> str:
    return (
        f'<rect x="{x - 30}" y="{y}" width="60" height="42" rx="5" fill="{theme.REPORT_DEVICE}"/>'
        f'<rect x="{x - 25}" y="{y + 5}" width="50" height="30" rx="2" fill="{theme.REPORT_SCREEN}"/>'
        f'<rect x="{x - 5}" y="{y + 42}" width="10" height="8" fill="{theme.REPORT_TEXT_SECONDARY}"/>'
        f'<rect x="{x - 20}" y="{y + 50}" width="40" height="5" rx="2" fill="{theme.REPORT_TEXT_SECONDARY}"/>'
    )


def _server(x: float, y: float) -> str:
    parts = [f'<rect x="{x - 24}" y="{y - 4}" width="48" height="62" rx="5" fill="{theme.REPORT_DEVICE}"/>']
    for i in range(3):
        top = y + 2 + i * 18
        parts.append(f'<rect x="{x - 18}" y="{top}" width="36" height="13" rx="2" fill="{theme.REPORT_TEXT_SECONDARY}"/>')
        parts.append(f'<circle cx="{x + 11}" cy="{top + 6.5}" r="2.6" fill="{theme.REPORT_LED}"/>')
    return "".join(parts)


def _wall(x: float, top: float, bottom: float, highlighted: bool) -> str:
    fill, edge, joint = (
        (theme.REPORT_BRICK_BLAMED, theme.REPORT_ERROR, theme.REPORT_BRICK_BLAMED_JOINT) if highlighted
        else (theme.REPORT_BRICK, theme.REPORT_BRICK_EDGE, theme.REPORT_BRICK_JOINT)
    )
    parts = [f'<rect x="{x - 12}" y="{top}" width="24" height="{bottom - top}" fill="{fill}" stroke="{edge}"/>']
    for row, y in enumerate(range(int(top), int(bottom), 10)):
        if y > top:
            parts.append(f'<line x1="{x - 12}" y1="{y}" x2="{x + 12}" y2="{y}" stroke="{joint}"/>')
        for jx in ((x,) if row % 2 == 0 else (x - 6, x + 6)):
            parts.append(f'<line x1="{jx}" y1="{y}" x2="{jx}" y2="{min(y + 10, bottom)}" stroke="{joint}"/>')
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


def _cross(x: float, y: float, color: str) -> str:
    return (f'<circle cx="{x}" cy="{y}" r="10" fill="{theme.REPORT_CARD}" stroke="{color}" stroke-width="2.5"/>'
            f'<path d="M{x - 4.5} {y - 4.5} L{x + 4.5} {y + 4.5} M{x + 4.5} {y - 4.5} L{x - 4.5} {y + 4.5}" '
            f'stroke="{color}" stroke-width="2.5" stroke-linecap="round"/>')


def _stop_point(row: StepRow, to_server: bool, start: float, end: float) -> float:
    """Where a failed arrow ends: in front of the wall that stopped it, else at its destination."""
    if row.culprit in ("client_wall", "server_wall"):
        wall = WALL_X[row.culprit.split("_")[0]]
        return wall - 22 if to_server else wall + 22
    return end - (12 if to_server else -12)


def _cross_point(row: StepRow, stop: float) -> float:
    """Where the cross goes: on the device the diagnosis blames (as the handshake picture marks it), else
    where the arrow stopped (at the wall, or at its destination)."""
    if row.culprit == "server":
        return SERVER_X - 48
    if row.culprit == "client":
        return PC_X + 50
    return stop


def _arrow(row: StepRow, y: float, to_server: bool, caption: str) -> str:
    color = COLORS.get(row.status, COLORS["none"])
    start, end = (PC_X + 38, SERVER_X - 36) if to_server else (SERVER_X - 36, PC_X + 38)
    width = 4 if row.n >= 3 else 2.5  # data connections thicker than control-channel messages
    parts = [
        # Labels sit on pills so they stay readable where they cross a wall; drawn first, under the arrow.
        _pill(LABEL_X, y - 17.5, _text_width(row.name, 13), 19, theme.REPORT_CARD, theme.REPORT_BORDER),
        f'<text x="{LABEL_X}" y="{y - 13}" text-anchor="middle" font-size="13" fill="{theme.REPORT_TEXT}">{escape(row.name)}</text>',
    ]
    if caption:
        failed = row.status == "failed"
        fill, font = (theme.REPORT_ERROR, "") if failed else (theme.REPORT_TEXT_SECONDARY, f' font-family="{_a(MONO)}"')
        parts.append(_pill(LABEL_X, y + 17, _text_width(caption, 11, mono=not failed), 16, theme.REPORT_PAGE, theme.REPORT_RULE))
        parts.append(f'<text x="{LABEL_X}" y="{y + 21}" text-anchor="middle" font-size="11" fill="{fill}"{font}>'
                     f"{escape(caption)}</text>")
    if row.status == "failed":
        stop = _stop_point(row, to_server, start, end)
        parts.append(f'<line x1="{start}" y1="{y}" x2="{stop}" y2="{y}" stroke="{color}" stroke-width="{width}"/>')
        parts.append(_cross(_cross_point(row, stop), y, color))
    else:
        tip = 11 if to_server else -11
        dash = ' stroke-dasharray="6 5"' if row.status == "none" else ""
        parts.append(f'<line x1="{start}" y1="{y}" x2="{end - tip}" y2="{y}" stroke="{color}" stroke-width="{width}"{dash}/>')
        parts.append(f'<path d="M{end} {y} L{end - tip} {y - 7} L{end - tip} {y + 7} Z" fill="{color}"/>')
    # The step number sits at the arrow's start, like the handshake picture's badges.
    badge_x = start - 13 if to_server else start + 13
    parts.append(f'<circle cx="{badge_x}" cy="{y}" r="11" fill="{color}"/>')
    parts.append(f'<text x="{badge_x}" y="{y + 4.5}" text-anchor="middle" font-size="13" font-weight="700" '
                 f'fill="{theme.REPORT_CARD}">{row.n}</text>')
    return "".join(parts)


def _caption(said: str) -> str:
    """What the step said, shortened to fit the arrow."""
    return said if len(said) <= 48 else said[:47] + "…"


def mode_svg(summary: ModeSummary, labels: dict[str, str], alt: str) -> str:
    """One mode's handshake as an <svg> element (safe to put straight into HTML).

    ``labels``: translated "pc", "server", "client_wall", "server_wall".
    """
    bottom = ROW_Y0 + ROW_STEP * 3 + 30
    blamed = {row.culprit for row in summary.rows if row.status == "failed"}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{_a(alt)}" class="diagram" font-family="{_a(SANS)}">',
        f"<title>{escape(alt)}</title>",
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" rx="8" fill="{theme.REPORT_CARD}"/>',
    ]
    for x in (PC_X, SERVER_X):
        parts.append(f'<line x1="{x}" y1="{TOP}" x2="{x}" y2="{bottom}" stroke="{theme.REPORT_BORDER}" stroke-width="2" '
                     f'stroke-dasharray="3 4"/>')
    for side in ("client", "server"):
        wall = f"{side}_wall"
        parts.append(_wall(WALL_X[side], TOP, bottom, wall in blamed))
        color = theme.REPORT_ERROR if wall in blamed else theme.REPORT_NOTE
        parts.append(f'<text x="{WALL_X[side]}" y="{TOP - 10}" text-anchor="middle" font-size="12" '
                     f'fill="{color}">{escape(labels.get(wall, ""))}</text>')
    parts += [
        _pc(PC_X, 18),
        _server(SERVER_X, 20),
        f'<text x="{PC_X}" y="{TOP - 10}" text-anchor="middle" font-size="14" font-weight="700" '
        f'fill="{theme.REPORT_TEXT}">{escape(labels.get("pc", ""))}</text>',
        f'<text x="{SERVER_X}" y="{TOP - 10}" text-anchor="middle" font-size="14" font-weight="700" '
        f'fill="{theme.REPORT_TEXT}">{escape(labels.get("server", ""))}</text>',
    ]
    directions = DIRECTIONS.get(summary.mode, DIRECTIONS["passive"])
    for row in summary.rows:
        y = ROW_Y0 + ROW_STEP * (row.n - 1)
        caption = row.status_text if row.status == "failed" else _caption(row.said)
        parts.append(_arrow(row, y, directions[row.n - 1], caption))
    parts.append("</svg>")
    return "".join(parts)

"""Where everything in a guide picture goes (plain Python, no Qt): one step -> positioned parts.

The layout only measures: text widths and wrapped heights come from the caller's ``Metrics`` (the renderer
passes Qt's font metrics, tests pass a fake), the window frame's numbers from the look (``WindowFrame``),
and what is drawn ticked, chosen or marked from the guide model (ftpwizard.clients.guides). The result is a
list of parts in drawing order, the marked places in numbering order, and the picture's height;
ftpwizard.gui.clients.guide_renderer paints it with the look's colours. Positions are logical pixels on a
WIDTH-wide picture.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ftpwizard.clients.guide_parts import (
    ADDRESS,
    BODY,
    MARGIN,
    TERMINAL,
    UI,
    UI_BOLD,
    WIDTH,
    Bullet,
    Button,
    Callout,
    Card,
    Checkbox,
    FilePanes,
    GroupLabel,
    InstructionLine,
    Instructions,
    Label,
    MarkBox,
    Menu,
    MenuBar,
    Metrics,
    PageFrame,
    PageLayout,
    Point,
    Radio,
    Rect,
    Row,
    RowBox,
    StepLayout,
    StruckAddress,
    Tab,
    TerminalLine,
    TextBox,
    ToolbarButton,
    Window,
    WindowFrame,
)
from ftpwizard.clients.guides import StepText, checkbox_ticked, chosen_option, struck_caption, text

# ---------------------------------------------------------------- a whole picture


def layout_page(doc: dict[str, Any], step: dict[str, Any], words: StepText, target: str | None, lang: str,
                frame: WindowFrame, metrics: Metrics) -> PageLayout:
    """Lay out one step's picture: the dialog, the numbered callouts and the instructions underneath."""
    laid = STEP_LAYOUTS[step["kind"]](doc, step, target, lang, frame, metrics)
    callouts = [layout_callout(n, mark, words.marks[n - 1].tag if n <= len(words.marks) else "", metrics)
                for n, mark in enumerate(laid.marks, 1)]
    instructions = layout_instructions(words, laid.bottom + 14, metrics)
    bottom = instructions.rect.bottom if instructions else laid.bottom
    return PageLayout(laid, callouts, instructions, int(bottom) + MARGIN)


def layout_callout(n: int, mark: MarkBox, tag: str, metrics: Metrics) -> Callout:
    box = mark.rect.adjusted(-4, -3, 4, 3)
    if mark.place == "left" and box.x >= 24:
        centre = Point(box.x - 12, box.centre.y)
    else:
        centre = Point(max(box.x - 2, 14), max(box.y - 2, 14))
    pill = None
    if tag:
        w = metrics.advance(tag, UI_BOLD) + 18
        pill = Rect(box.right + 10, box.centre.y - 11, w, 22)
        if pill.right > WIDTH - 4:
            pill = pill._replace(x=box.x - 10 - w)
    return Callout(box, str(n), centre, tag, pill)


def layout_instructions(words: StepText, top: float, metrics: Metrics) -> Instructions | None:
    if not words.lines:
        return None  # a card says everything itself
    width = WIDTH - 2 * MARGIN
    heights = [metrics.wrapped_height(line.text, BODY, width - 60) for line in words.lines]
    box = Rect(MARGIN, top, width, 44 + sum(h + 10 for h in heights))
    y = box.y + 38
    lines = []
    for line, h in zip(words.lines, heights, strict=True):
        lines.append(InstructionLine(line.badge, Point(box.x + 26, y + 10), Rect(box.x + 46, y, width - 60, h + 4),
                                     line.text))
        y += h + 10
    return Instructions(box, Rect(box.x + 14, box.y + 8, width - 28, 24), words.header, lines)


# ---------------------------------------------------------------- the steps


def _menu_step(doc: dict[str, Any], step: dict[str, Any], target: str | None, lang: str, frame: WindowFrame,
               metrics: Metrics) -> StepLayout:
    out = StepLayout()
    win = Rect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, 330)
    client = frame.client(win)
    out.parts.append(Window(win, client, text(step.get("window", doc["name"]), lang), fill_client=False))
    bar = Rect(client.x, client.y, client.w, 24)
    x = bar.x + 6
    items = []
    for i, item in enumerate(step["menubar"]):
        label = text(item, lang)
        w = metrics.advance(label, UI) + 18
        r = Rect(x, bar.y + 2, w, bar.h - 4)
        items.append(Row(r, r, label, selected=i == step["open"], on_white=False))
        x += w
    out.parts.append(MenuBar(bar, items))
    out.parts.append(_file_panes(Rect(client.x, bar.bottom + 1, client.w, client.bottom - bar.bottom - 1)))
    opened = items[step["open"]].rect
    out.mark(opened, "corner")
    labels = [text(i, lang) if i != "-" else "-" for i in step["items"]]
    menu_w = max(metrics.advance(label, UI) for label in labels) + 70
    menu = Rect(opened.x, opened.bottom + 1, menu_w, sum(8 if i == "-" else 24 for i in step["items"]) + 6)
    picked = _menu(out, menu, labels, step["pick"], has_sub="sub" in step)
    out.mark(picked)
    if "sub" in step:
        sub_labels = [text(i, lang) for i in step["sub"]]
        sub_w = max(metrics.advance(label, UI) for label in sub_labels) + 50
        sub = Rect(menu.right - 4, picked.y - 3, sub_w, 24 * len(sub_labels) + 6)
        out.mark(_menu(out, sub, sub_labels, step["sub_pick"], has_sub=False))
    out.bottom = win.bottom
    return out


def _file_panes(r: Rect) -> FilePanes:
    half = (r.w - 18) / 2
    panes = [Rect(r.x + 6 + i * (half + 6), r.y + 8, half, r.h - 16) for i in range(2)]
    rules = [panes[0].y + k * 22 for k in range(1, int(panes[0].h // 22))]
    return FilePanes(r, panes, rules)


def _menu(out: StepLayout, r: Rect, labels: list[str], pick: int, has_sub: bool) -> Rect:
    """Lay out a menu panel; returns the picked row."""
    y = r.y + 3
    rows: list[Row | float] = []
    picked = Rect(0, 0, 0, 0)
    for i, label in enumerate(labels):
        if label == "-":
            rows.append(y + 4)
            y += 8
            continue
        row = Rect(r.x + 3, y, r.w - 6, 24)
        if i == pick:
            picked = row
        rows.append(Row(row, row.adjusted(26, 0, -8, 0), label, selected=i == pick, arrow=has_sub and i == pick,
                        on_white=False))
        y += 24
    out.parts.append(Menu(r, rows))
    return picked


def _dialog_step(doc: dict[str, Any], step: dict[str, Any], target: str | None, lang: str, frame: WindowFrame,
                 metrics: Metrics) -> StepLayout:
    """The body is laid out first against the client area's top, left and width (its height does not
    matter); the window then grows to fit it."""
    out = StepLayout()
    width = WIDTH - 2 * MARGIN
    client = frame.client(Rect(MARGIN, MARGIN, width, 0))
    body = StepLayout()
    y = client.y + 10
    if "toolbar" in step:
        tb = step["toolbar"]
        x = client.x + 8
        for i, item in enumerate(tb["items"]):
            label = text(item, lang)
            w = metrics.advance(label, UI) + 40
            r = Rect(x, y, w, 30)
            body.parts.append(ToolbarButton(r, Rect(r.x + 6, r.y + 7, 16, 16), r.adjusted(28, 0, 0, 0), label))
            if i == tb["pick"]:
                body.mark(r, "corner")
            x += w + 6
        y += 40
    left = client.x + 12
    tree_bottom = y
    if "tree" in step:
        tree = step["tree"]
        entries = tree["items"]
        box = Rect(left, y, 200, max(24 * len(entries) + 10, 190))
        rows = []
        for i, (level, item) in enumerate(entries):
            label = text(item, lang)
            row = Rect(box.x + 4 + 16 * level, box.y + 5 + 24 * i, metrics.advance(label, UI) + 26, 22)
            glyph = "▾ " if i + 1 < len(entries) and entries[i + 1][0] > level else "   "
            rows.append(Row(row, row.adjusted(4, 0, 0, 0), glyph + label, selected=i == tree["pick"]))
            if i == tree["pick"]:
                body.mark(row)
        body.parts.append(RowBox(box, rows))
        tree_bottom = box.bottom
        left = box.right + 14
    right = client.right - 12
    page_top = None
    if "tabs" in step:
        tabs = step["tabs"]
        x = left
        for i, item in enumerate(tabs["items"]):
            label = text(item, lang)
            w = metrics.advance(label, UI) + 22
            chosen = i == tabs["pick"]
            r = Rect(x, y + (0 if chosen else 3), w, 26 if chosen else 23)
            body.parts.append(Tab(r, label, chosen))
            if chosen:
                body.mark(r, "corner")
            x += w - 1
        y += 26
        page_top = y
        y += 12
    body_left = left + (10 if page_top is not None else 0)
    for element in step.get("body", []):
        area = Rect(body_left, y, right - body_left - 10, 0)
        y = ELEMENT_LAYOUTS[element["type"]](body, doc, element, target, lang, area, metrics) + 8
    if page_top is not None:
        body.parts.append(PageFrame(Rect(left, page_top, right - left, y - page_top + 4)))
    y = max(y + (8 if page_top is not None else 0), tree_bottom + 10)
    if "buttons" in step:
        b = step["buttons"]
        picks = b.get("pick", [])
        picks = picks if isinstance(picks, list) else [picks]
        widths = [max(80, metrics.advance(text(i, lang), UI) + 26) for i in b["items"]]
        x = right - sum(widths) - 8 * (len(widths) - 1)
        for i, item in enumerate(b["items"]):
            r = Rect(x, y + 4, widths[i], 26)
            body.parts.append(Button(r, text(item, lang), default=i == 0))
            if i in picks:
                body.mark(r, "corner")
            x += widths[i] + 8
        y += 40
    win = Rect(MARGIN, MARGIN, width, y - client.y + frame.title_h + 12)
    out.parts.append(Window(win, frame.client(win), text(step["title"], lang), fill_client=True))
    out.parts += body.parts
    out.marks = body.marks
    out.bottom = win.bottom
    return out


def _terminal_step(doc: dict[str, Any], step: dict[str, Any], target: str | None, lang: str, frame: WindowFrame,
                   metrics: Metrics) -> StepLayout:
    out = StepLayout()
    lines = step["lines"][target if target in ("passive", "active") else "passive"]
    prompt = step.get("prompt", "$")  # "C:\\>" for the Windows command prompt, "PS>" for PowerShell
    win = Rect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, frame.title_h + 30 + 26 * (len(lines) + 2))
    client = frame.client(win)
    out.parts.append(Window(win, client, text(step["title"], lang), fill_client=True))
    y = client.y + 16
    for i, line in enumerate(lines):
        r = Rect(client.x + 16, y, metrics.advance(line, TERMINAL) + 8, 24)
        out.parts.append(TerminalLine(r, r.adjusted(4, 0, 0, 0), line, line.startswith(prompt)))
        if i in step.get("pick", []):
            out.mark(r)
        y += 26
    out.parts.append(TerminalLine(Rect(client.x + 20, y, 200, 24), Rect(client.x + 20, y, 200, 24), f"{prompt} █",
                                  command=True))
    out.bottom = win.bottom
    return out


STRUCK_HEIGHT = 70  # the room a struck-out address takes on a card


def _card_step(doc: dict[str, Any], step: dict[str, Any], target: str | None, lang: str, frame: WindowFrame,
               metrics: Metrics) -> StepLayout:
    out = StepLayout()
    inner_w = WIDTH - 2 * MARGIN - 40
    lines = [text(line, lang) for line in step["lines"]]
    heights = [metrics.wrapped_height(line, BODY, inner_w - 24) for line in lines]
    address = step.get("struck_address")
    extra = STRUCK_HEIGHT if address else 0
    card = Rect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, 70 + extra + sum(h + 12 for h in heights))
    out.parts.append(Card(card, Rect(card.x + 20, card.y + 14, inner_w, 30), text(step["title"], lang)))
    y = card.y + 56
    if address:
        r = Rect(card.x + 20, y, inner_w, 40)
        w = metrics.advance(address, ADDRESS)
        out.parts.append(StruckAddress(r, r.adjusted(24, 0, 0, 0), address, Point(r.x + 20, r.centre.y),
                                       Point(r.x + 28 + w, r.centre.y), Rect(r.x + 40 + w, r.y, 300, r.h),
                                       struck_caption(lang)))
        y += extra
    for line, h in zip(lines, heights, strict=True):
        out.parts.append(Bullet(Point(card.x + 26, y + 9), Rect(card.x + 40, y, inner_w - 24, h + 4), line))
        y += h + 12
    out.bottom = card.bottom
    return out


STEP_LAYOUTS: dict[str, Callable[[dict[str, Any], dict[str, Any], str | None, str, WindowFrame, Metrics], StepLayout]]
STEP_LAYOUTS = {"menu": _menu_step, "dialog": _dialog_step, "terminal": _terminal_step, "card": _card_step}


# ---------------------------------------------------------------- a dialog's body elements
# Each lays out one element at area.y and returns its bottom.


def _group(out: StepLayout, doc: dict[str, Any], element: dict[str, Any], target: str | None, lang: str, area: Rect,
           metrics: Metrics) -> float:
    label = text(element["label"], lang)
    rule_y = area.y + 11
    rule_x = area.x + metrics.advance(label, UI_BOLD) + 8
    out.parts.append(GroupLabel(Rect(area.x, area.y, area.w, 22), label, Point(rule_x, rule_y),
                                Point(area.right, rule_y)))
    return area.y + 22


def _text(out: StepLayout, doc: dict[str, Any], element: dict[str, Any], target: str | None, lang: str, area: Rect,
          metrics: Metrics) -> float:
    label = text(element["label"], lang)
    h = metrics.wrapped_height(label, UI, area.w)
    out.parts.append(Label(Rect(area.x, area.y, area.w, h + 4), label, wrap=True))
    return area.y + h + 4


def _field(out: StepLayout, doc: dict[str, Any], element: dict[str, Any], target: str | None, lang: str, area: Rect,
           metrics: Metrics) -> float:
    label = text(element["label"], lang)
    label_w = max(120, metrics.advance(label, UI) + 12)
    box = Rect(area.x + label_w, area.y, min(300, area.w - label_w), 24)
    out.parts.append(Label(Rect(area.x, area.y, label_w, 24), label))
    out.parts.append(TextBox(box, box.adjusted(6, 0, -4, 0), element.get("value", "")))
    if element.get("pick"):
        out.mark(box)
    return area.y + 26


def _list(out: StepLayout, doc: dict[str, Any], element: dict[str, Any], target: str | None, lang: str, area: Rect,
          metrics: Metrics) -> float:
    items = [text(i, lang) for i in element["items"]]
    box = Rect(area.x, area.y, min(360, area.w), 22 * len(items) + 8)
    rows = []
    for i, label in enumerate(items):
        row = Rect(box.x + 3, box.y + 4 + 22 * i, box.w - 6, 22)
        rows.append(Row(row, row.adjusted(6, 0, 0, 0), label, selected=i == element.get("pick", -1)))
        if i == element.get("pick", -1):
            out.mark(row)
    out.parts.append(RowBox(box, rows))
    return box.bottom


def _checkbox(out: StepLayout, doc: dict[str, Any], element: dict[str, Any], target: str | None, lang: str, area: Rect,
              metrics: Metrics) -> float:
    label = text(element["label"], lang)
    row = Rect(area.x, area.y, metrics.advance(label, UI) + 30, 24)
    out.parts.append(Checkbox(Rect(row.x + 2, row.y + 5, 14, 14), row.adjusted(24, 0, 0, 0), label,
                              checkbox_ticked(doc, element, target)))
    if element.get("target"):
        out.mark(row)
    return area.y + 24


def _radio(out: StepLayout, doc: dict[str, Any], element: dict[str, Any], target: str | None, lang: str, area: Rect,
           metrics: Metrics) -> float:
    options = element["options"]
    chosen = chosen_option(options, target, doc)
    y = area.y
    if element.get("label"):
        out.parts.append(Label(Rect(area.x, y, area.w, 22), text(element["label"], lang)))
        y += 24
    indent = 16 if element.get("label") else 0
    for i, option in enumerate(options):
        label = text(option["label"], lang)
        row = Rect(area.x + indent, y, metrics.advance(label, UI) + 30, 24)
        out.parts.append(Radio(Point(row.x + 9, row.y + 12), row.adjusted(24, 0, 0, 0), label, i == chosen))
        if element.get("target") and i == chosen:
            out.mark(row)
        y += 24
    return y


def _select(out: StepLayout, doc: dict[str, Any], element: dict[str, Any], target: str | None, lang: str, area: Rect,
            metrics: Metrics) -> float:
    """Drawn open, its chosen option selected."""
    options = element["options"]
    chosen = chosen_option(options, target, doc)
    label = text(element.get("label", ""), lang)
    label_w = max(120, metrics.advance(label, UI) + 12)
    combo = Rect(area.x + label_w, area.y, 200, 24)
    out.parts.append(Label(Rect(area.x, area.y, label_w, 24), label))
    out.parts.append(TextBox(combo, combo.adjusted(8, 0, -20, 0), text(options[chosen]["label"], lang), arrow=True))
    drop = Rect(combo.x, combo.bottom + 1, combo.w, 22 * len(options) + 4)
    rows = []
    for i, option in enumerate(options):
        row = Rect(drop.x + 2, drop.y + 2 + 22 * i, drop.w - 4, 22)
        rows.append(Row(row, row.adjusted(8, 0, 0, 0), text(option["label"], lang), selected=i == chosen))
        if i == chosen:
            out.mark(row if target in ("passive", "active") else combo)
    out.parts.append(RowBox(drop, rows))
    return drop.bottom


ELEMENT_LAYOUTS: dict[str, Callable[[StepLayout, dict[str, Any], dict[str, Any], str | None, str, Rect, Metrics],
                                    float]]
ELEMENT_LAYOUTS = {"group": _group, "text": _text, "field": _field, "list": _list, "checkbox": _checkbox,
                   "radio": _radio, "select": _select}

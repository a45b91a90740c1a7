"""The picture guides' data: resources/clients/<id>.json, one file per program (plain Python, no Qt).

A guide file::

    {"id": "filezilla", "name": {"ko": .., "en": ..}, "style": "win10",   # classic | xp | win10 | mac | terminal | card
     "scope": "global", "default": "passive", "confidence": "SRC",        # SRC | DOC | 3P | UNV (see the reference)
     "mode_labels": {"passive": T, "active": T | null},                   # the program's own words for the
                                                                           # modes (null: one box, ticked = passive)
     "korean_unverified": true,                                            # optional: Korean labels not checked
     "note": {"ko": .., "en": ..},                                         # optional, shown under the pictures;
                                                                           # or {"passive": T, "active": T}
     "steps": [step, ...]}

Steps (each becomes one picture; every "pick" gets a red box and a numbered callout, in drawing order):

    Any step may have "hint": T, a sentence shown before the numbered instructions.

    {"kind": "menu", "window": T, "menubar": [T..], "open": i, "items": [T | "-"..], "pick": j,
     "sub": [T..], "sub_pick": k, "confidence": .., "optional": {"ko","en"} (why the step may be skipped)}
    {"kind": "dialog", "title": T, "toolbar": {"items": [T..], "pick": i}, "tree": {"items": [[level, T]..], "pick": i},
     "tabs": {"items": [T..], "pick": i}, "body": [element..], "buttons": {"items": [T..], "pick": i | [i..]}}
    {"kind": "terminal", "title": T, "lines": {"passive": [str..], "active": [str..]}, "pick": [i..],
     "prompt": str (optional, default "$": lines starting with it are commands to type)}
    {"kind": "card", "title": T, "lines": [T..],
     "struck_address": str (optional: an address drawn crossed out, "not supported any more")}

Body elements: {"type": "group", "label": T} | {"type": "text", "label": T} | {"type": "field", "label": T, "value": str}
| {"type": "list", "items": [T..], "pick": i} | {"type": "checkbox", "label": T, "checked": bool}
| {"type": "checkbox", "label": T, "means": "passive"|"active", "target": true}  (the setting: ticked = means)
| {"type": "radio"|"select", "label": T?, "options": [{"label": T, "mode": "passive"|"active"|"auto"|"default"}],
   "target": true}.
T is {"ko": str, "en": str}. A step or element may carry its own "confidence".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ftpwizard.core.i18n import KOREAN, SOURCE_LANGUAGE, translator
from ftpwizard.core.resources import resources_root
from ftpwizard.core.vocabulary import QT_TRANSLATE_NOOP, fill

STYLES = {"classic", "xp", "win10", "mac", "terminal", "card"}
CONFIDENCE = {"SRC", "DOC", "3P", "UNV"}
VERIFIED = {"SRC", "DOC"}


def guide_ids() -> tuple[str, ...]:
    """Every program of the registry (ftpwizard/clients/programs.py) plus the browsers and generic guides."""
    from ftpwizard.clients.programs import GUIDE_IDS  # imported late: it loads every detector

    return GUIDE_IDS


class GuideError(ValueError):
    pass


@cache
def load_guide(guide_id: str) -> dict[str, Any]:
    if guide_id not in guide_ids():
        raise GuideError(f"no guide named {guide_id!r}")
    path = resources_root() / "clients" / f"{guide_id}.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GuideError(f"{path}: {e}") from None
    problems = validate_guide(doc)
    if problems:
        raise GuideError(f"{path}: " + "; ".join(problems))
    return doc


def text(t: Any, lang: str) -> str:
    if isinstance(t, dict):
        return str(t.get(lang) or t.get(SOURCE_LANGUAGE) or "")
    return str(t)


def unverified(doc: dict[str, Any], step: dict[str, Any] | None = None) -> bool:
    """True when the wording shown may differ from the user's version."""
    if step is None:
        return any(unverified(doc, s) for s in doc["steps"])
    # A step's own confidence overrides the file's (e.g. the Windows Run box is documented even where
    # the Internet Options wording is not).
    if step.get("confidence", doc["confidence"]) not in VERIFIED:
        return True
    return any(e.get("confidence", "SRC") not in VERIFIED for e in step.get("body", []))


def note_text(doc: dict[str, Any], target: str | None, lang: str) -> str:
    """The guide's closing note; a note written per mode follows the mode the guide shows (passive when
    no mode is recommended, as the terminal lines do)."""
    note = doc.get("note")
    if not note:
        return ""
    if "passive" in note:
        note = note["active" if target == "active" else "passive"]
    return text(note, lang)


def _is_text(t: Any) -> bool:
    # Guides are written in Korean and English; other languages fall back to English (text() above).
    return isinstance(t, dict) and isinstance(t.get(KOREAN), str) and isinstance(t.get(SOURCE_LANGUAGE), str) and bool(t[SOURCE_LANGUAGE])


def validate_guide(doc: Any) -> list[str]:
    p: list[str] = []
    if not isinstance(doc, dict):
        return ["not an object"]
    if doc.get("id") not in guide_ids():
        p.append(f"id {doc.get('id')!r}")
    if not _is_text(doc.get("name")):
        p.append("name")
    if doc.get("style") not in STYLES:
        p.append(f"style {doc.get('style')!r}")
    if doc.get("confidence") not in CONFIDENCE:
        p.append("confidence")
    if doc.get("scope") not in ("global", "per-site", "none"):
        p.append("scope")
    if doc.get("default") not in ("passive", "active", "auto", "unknown", None):
        p.append("default")
    labels = doc.get("mode_labels")
    if labels is not None and not (isinstance(labels, dict) and _is_text(labels.get("passive"))
                                   and (labels.get("active") is None or _is_text(labels["active"]))):
        p.append("mode_labels")
    note = doc.get("note")
    if note is not None and not (_is_text(note) or (isinstance(note, dict) and _is_text(note.get("passive"))
                                                     and _is_text(note.get("active")))):
        p.append("note")
    steps = doc.get("steps")
    if not isinstance(steps, list) or not steps:
        return [*p, "steps"]
    for n, s in enumerate(steps, 1):
        kind = s.get("kind")
        where = f"step {n}"
        if s.get("confidence", "SRC") not in CONFIDENCE:
            p.append(f"{where}: confidence")
        if kind == "menu":
            bar, items = s.get("menubar", []), s.get("items", [])
            if not (isinstance(s.get("open"), int) and 0 <= s["open"] < len(bar)):
                p.append(f"{where}: open")
            if not (isinstance(s.get("pick"), int) and 0 <= s["pick"] < len(items) and items[s["pick"]] != "-"):
                p.append(f"{where}: pick")
            if "sub" in s and not (0 <= s.get("sub_pick", -1) < len(s["sub"])):
                p.append(f"{where}: sub_pick")
            p += [f"{where}: menu text" for t in [*bar, *[i for i in items if i != "-"], *s.get("sub", [])]
                  if not _is_text(t)]
        elif kind == "dialog":
            if not _is_text(s.get("title")):
                p.append(f"{where}: title")
            for part in ("toolbar", "tabs", "buttons"):
                if part in s:
                    items = s[part].get("items", [])
                    picks = s[part].get("pick", [])
                    picks = picks if isinstance(picks, list) else [picks]
                    if not all(isinstance(i, int) and 0 <= i < len(items) for i in picks):
                        p.append(f"{where}: {part} pick")
            targets = [e for e in s.get("body", []) if e.get("target")]
            for e in s.get("body", []):
                if e.get("type") not in ("group", "text", "field", "list", "checkbox", "radio", "select"):
                    p.append(f"{where}: element type {e.get('type')!r}")
                if e.get("type") in ("radio", "select") and e.get("target"):
                    modes = {o.get("mode") for o in e.get("options", [])}
                    if not {"passive", "active"} <= modes:
                        p.append(f"{where}: options need passive and active")
                if e.get("type") == "checkbox" and e.get("target") and e.get("means") not in ("passive", "active"):
                    p.append(f"{where}: checkbox means")
            if len(targets) > 1:
                p.append(f"{where}: more than one target")
        elif kind == "terminal":
            lines = s.get("lines", {})
            if not (isinstance(lines.get("passive"), list) and isinstance(lines.get("active"), list)):
                p.append(f"{where}: terminal lines")
            if not isinstance(s.get("prompt", "$"), str):
                p.append(f"{where}: prompt")
        elif kind == "card":
            if not all(_is_text(t) for t in s.get("lines", [])):
                p.append(f"{where}: card lines")
            if not isinstance(s.get("struck_address", ""), str):
                p.append(f"{where}: struck_address")
        else:
            p.append(f"{where}: kind {kind!r}")
    return p


def display_name(guide_id: str, fallback: str, lang: str) -> str:
    """The program's name for people, in their language (e.g. "인터넷 옵션 / 파일 탐색기")."""
    try:
        return text(load_guide(guide_id)["name"], lang) or fallback
    except GuideError:
        return fallback


def mode_naming(doc: dict[str, Any], lang: str, tr: Callable[[str], str]) -> str:
    """What the program calls the two modes, in our words ("FileZilla에서는 패시브 모드가 [수동형] ...")."""
    labels = doc.get("mode_labels")
    if not labels:
        return ""
    name = text(doc["name"], lang)
    passive = text(labels["passive"], lang)
    if labels.get("active") is None:  # one check box: ticked = passive
        template = QT_TRANSLATE_NOOP("ClientsGuide", "In {program}, passive mode is the box [{passive_label}]: ticked means passive mode, unticked means active mode.")
        return fill(tr(template), program=name, passive_label=passive)
    template = QT_TRANSLATE_NOOP("ClientsGuide", "In {program}, passive mode is called [{passive_label}] and active mode [{active_label}].")
    return fill(tr(template), program=name, passive_label=passive, active_label=text(labels["active"], lang))


def program_label(doc: dict[str, Any], mode: str, lang: str, tr: Callable[[str], str]) -> str:
    """How the program itself shows ``mode``: "[수동형]", or "[수동 FTP 사용] 체크" for a check box ("" if unknown)."""
    labels = doc.get("mode_labels")
    if not labels or mode not in ("passive", "active"):
        return ""
    if labels.get("active") is None:
        state = QT_TRANSLATE_NOOP("ClientsGuide", "tick") if mode == "passive" else QT_TRANSLATE_NOOP("ClientsGuide", "untick")
        return f"[{text(labels['passive'], lang)}] {tr(state)}"
    return f"[{text(labels[mode], lang)}]"


# ---------------------------------------------------------------- the guide's words (model)
#
# What a guide says, apart from how it is drawn: the renderer paints these texts into the pictures, and the
# panel shows the same texts as selectable text, copy buttons and the pictures' accessible descriptions.
# The words are translated for the guide's own ``lang``, not the app's.


@dataclass(frozen=True)
class Mark:
    """One numbered place in a picture (to click, to type, to look at), in the order the picture draws them."""

    instruction: str
    tag: str = ""  # a short label drawn next to the box ("tick", "untick", "choose")
    command: str | None = None  # the exact text to type, offered for copying


@dataclass(frozen=True)
class Line:
    """One line under a picture: badge "1", "2".. for a mark, "i" a hint or the note, "※" an optional step,
    "!" the wording may differ."""

    badge: str
    text: str
    command: str | None = None


@dataclass(frozen=True)
class StepText:
    header: str  # "lftp — step 1 of 1"
    marks: list[Mark]
    lines: list[Line]
    card: list[str] = field(default_factory=list)  # a card step's own title and lines (the picture is text)

    def plain(self) -> str:
        """Everything the picture says, as plain text (its accessible description)."""
        body = [*self.card, *(f"{line.badge}. {line.text}" if line.badge.isdigit() else line.text
                              for line in self.lines)]
        return "\n".join([self.header, *body])


def guide_text(guide_id: str, target: str | None, lang: str) -> list[StepText]:
    """The words of ``guide_id``'s guide, one StepText per picture, for ``target`` ("passive"/"active"; None =
    just show where the setting is)."""
    doc = load_guide(guide_id)
    steps = doc["steps"]
    return [step_text(doc, step, n, len(steps), target, lang) for n, step in enumerate(steps, 1)]


def sets_the_mode(step: dict[str, Any]) -> bool:
    """True for the picture that shows the mode control itself."""
    return step["kind"] == "terminal" or any(e.get("target") for e in step.get("body", []))


def step_text(doc: dict[str, Any], step: dict[str, Any], n: int, total: int, target: str | None,
              lang: str) -> StepText:
    t = translator(lang)
    marks = step_marks(doc, step, target, lang)
    lines: list[Line] = []
    if step.get("hint"):
        lines.append(Line("i", text(step["hint"], lang)))
    if sets_the_mode(step):  # before the steps: the customer reads "수동형 = 패시브 모드" first
        naming = mode_naming(doc, lang, lambda source: t("ClientsGuide", source))
        if naming:
            lines.append(Line("i", naming))
    lines += [Line(str(i), m.instruction, m.command) for i, m in enumerate(marks, 1)]
    if step.get("optional"):
        lines.append(Line("※", fill(t("ClientsGuide", QT_TRANSLATE_NOOP("ClientsGuide", "This step is needed {condition}.")),
                                    condition=text(step["optional"], lang))))
    if n == total and doc.get("note"):
        lines.append(Line("i", note_text(doc, target, lang)))
    if unverified(doc, step):
        if lang == KOREAN and doc.get("korean_unverified"):
            warning = QT_TRANSLATE_NOOP("ClientsGuide", "The Korean menu names in this picture are not verified and may differ in your version; the English names are shown next to them.")
        else:
            warning = QT_TRANSLATE_NOOP("ClientsGuide", "The wording may differ in your version of the program: this picture is drawn "
                                        "from documentation, not copied from your screen.")
        lines.append(Line("!", t("ClientsGuide", warning)))
    header = fill(t("ClientsGuide", QT_TRANSLATE_NOOP("ClientsGuide", "{program} — step {step} of {total}")),
                  program=text(doc["name"], lang), step=n, total=total)
    card = [text(step["title"], lang), *(text(line, lang) for line in step["lines"])] if step["kind"] == "card" else []
    return StepText(header, marks, lines, card)


def struck_caption(lang: str) -> str:
    """The words next to a card's crossed-out address."""
    return translator(lang)("ClientsGuide", QT_TRANSLATE_NOOP("ClientsGuide", "not supported any more"))


def chosen_option(options: list[dict[str, Any]], target: str | None, doc: dict[str, Any]) -> int:
    """The option drawn as selected: the target mode, else the program's default."""
    want = target if target in ("passive", "active") else doc.get("default")
    for i, o in enumerate(options):
        if o.get("mode") == want:
            return i
    return 0


def checkbox_ticked(doc: dict[str, Any], e: dict[str, Any], target: str | None) -> bool:
    """The state a checkbox is drawn in: the setting box in the target's state (else the default's)."""
    if e.get("target"):
        return target == e["means"] if target in ("passive", "active") else doc.get("default") == e["means"]
    return bool(e.get("checked"))


def step_marks(doc: dict[str, Any], step: dict[str, Any], target: str | None, lang: str) -> list[Mark]:
    """The numbered marks of one step, in the order the renderer draws them (it checks that they agree)."""

    def t(source: str) -> str:
        return translator(lang)("ClientsGuide", source)

    marks: list[Mark] = []
    chosen_mode = target in ("passive", "active")
    kind = step["kind"]
    if kind == "menu":
        marks.append(Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Click the [{menu}] menu.")), menu=text(step["menubar"][step["open"]], lang))))
        marks.append(Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Click [{item}] in the menu.")), item=text(step["items"][step["pick"]], lang))))
        if "sub" in step:
            marks.append(Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Click [{item}] in the menu.")), item=text(step["sub"][step["sub_pick"]], lang))))
    elif kind == "dialog":
        if "toolbar" in step:
            marks.append(Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Click [{button}] on the toolbar.")), button=text(step["toolbar"]["items"][step["toolbar"]["pick"]], lang))))
        if "tree" in step:
            tree = step["tree"]
            label = text(tree["items"][tree["pick"]][1], lang)
            if tree.get("example"):  # a made-up site name: the customer's own is different
                marks.append(Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "In the list on the left, select the site you use for this server (in the picture: [{site}]).")), site=label)))
            else:
                marks.append(Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Select [{item}] in the list on the left.")), item=label)))
        if "tabs" in step:
            marks.append(Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Open the [{tab}] tab.")), tab=text(step["tabs"]["items"][step["tabs"]["pick"]], lang))))
        for e in step.get("body", []):
            marks += _element_marks(doc, e, target, lang)
        if "buttons" in step:
            picks = step["buttons"].get("pick", [])
            picks = picks if isinstance(picks, list) else [picks]
            for i, item in enumerate(step["buttons"]["items"]):
                if i in picks:
                    marks.append(Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Click [{button}].")), button=text(item, lang))))
    elif kind == "terminal":
        lines = step["lines"][target if chosen_mode else "passive"]
        prompt = step.get("prompt", "$")  # "C:\\>" for the Windows command prompt, "PS>" for PowerShell
        for i, line in enumerate(lines):
            if i not in step.get("pick", []):
                continue
            shown = line.removeprefix(prompt + " ")
            if line.startswith(prompt):
                marks.append(Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Type this command and press Enter: {command}")), command=shown), command=shown))
            else:
                marks.append(Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "This is what you should see: {output}")), output=shown)))
    return marks


def _element_marks(doc: dict[str, Any], e: dict[str, Any], target: str | None, lang: str) -> list[Mark]:
    def t(source: str) -> str:
        return translator(lang)("ClientsGuide", source)

    kind = e["type"]
    chosen_mode = target in ("passive", "active")
    if kind == "field" and e.get("pick"):
        return [Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Type {value} in [{field}].")), value=e.get("value", ""),
                          field=text(e["label"], lang).rstrip(":")), command=e.get("value", "") or None)]
    if kind == "list" and 0 <= e.get("pick", -1) < len(e["items"]):
        label = text(e["items"][e["pick"]], lang)
        if e.get("example"):  # a made-up connection name: the customer's own is different
            return [Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Select the connection you use for this server (in the picture: [{connection}]).")), connection=label))]
        return [Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Select [{item}].")), item=label))]
    if kind == "checkbox" and e.get("target"):
        label = text(e["label"], lang)
        if chosen_mode:
            ticked = checkbox_ticked(doc, e, target)
            instruction = t(QT_TRANSLATE_NOOP("ClientsGuide", "Tick [{box}].")) if ticked else \
                t(QT_TRANSLATE_NOOP("ClientsGuide", "Untick [{box}] (clear the tick)."))
            tag = t(QT_TRANSLATE_NOOP("ClientsGuide", "tick")) if ticked else t(QT_TRANSLATE_NOOP("ClientsGuide", "untick"))
            return [Mark(fill(instruction, box=label), tag)]
        if e["means"] == "passive":
            return [Mark(t(QT_TRANSLATE_NOOP("ClientsGuide", "This box switches the mode: ticked means passive.")))]
        return [Mark(t(QT_TRANSLATE_NOOP("ClientsGuide", "This box switches the mode: ticked means active.")))]
    if kind == "radio" and e.get("target"):
        if chosen_mode:
            chosen = e["options"][chosen_option(e["options"], target, doc)]
            return [Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Choose [{option}].")), option=text(chosen["label"], lang)),
                         t(QT_TRANSLATE_NOOP("ClientsGuide", "choose")))]
        return [Mark(t(QT_TRANSLATE_NOOP("ClientsGuide", "The mode is chosen here.")))]
    if kind == "select":  # drawn open, its chosen option marked (every select in the guides is the setting)
        if chosen_mode:
            chosen = e["options"][chosen_option(e["options"], target, doc)]
            return [Mark(fill(t(QT_TRANSLATE_NOOP("ClientsGuide", "Set [{setting}] to [{option}].")),
                              setting=text(e.get("label", ""), lang).rstrip(":"), option=text(chosen["label"], lang)),
                t(QT_TRANSLATE_NOOP("ClientsGuide", "choose")))]
        return [Mark(t(QT_TRANSLATE_NOOP("ClientsGuide", "The mode is chosen here.")))]
    return []

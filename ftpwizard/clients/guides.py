"""The picture guides' data: resources/clients/<id>.json, one file per program (plain Python, no Qt).

A guide file::

    {"id": "filezilla", "name": {"ko": .., "en": ..}, "style": "win10",   # classic | xp | win10 | mac | terminal | card
     "scope": "global", "default": "passive", "confidence": "SRC",        # SRC | DOC | 3P | UNV (see the reference)
     "note": {"ko": .., "en": ..},                                         # optional, shown under the pictures;
                                                                           # or {"passive": T, "active": T}
     "steps": [step, ...]}

Steps (each becomes one picture; every "pick" gets a red box and a numbered callout, in drawing order):

    Any step may have "hint": T, a sentence shown before the numbered instructions.

    {"kind": "menu", "window": T, "menubar": [T..], "open": i, "items": [T | "-"..], "pick": j,
     "sub": [T..], "sub_pick": k, "confidence": .., "optional": {"ko","en"} (why the step may be skipped)}
    {"kind": "dialog", "title": T, "toolbar": {"items": [T..], "pick": i}, "tree": {"items": [[level, T]..], "pick": i},
     "tabs": {"items": [T..], "pick": i}, "body": [element..], "buttons": {"items": [T..], "pick": i | [i..]}}
    {"kind": "terminal", "title": T, "lines": {"passive": [str..], "active": [str..]}, "pick": [i..]}
    {"kind": "card", "title": T, "lines": [T..]}

Body elements: {"type": "group", "label": T} | {"type": "text", "label": T} | {"type": "field", "label": T, "value": str}
| {"type": "list", "items": [T..], "pick": i} | {"type": "checkbox", "label": T, "checked": bool}
| {"type": "checkbox", "label": T, "means": "passive"|"active", "target": true}  (the setting: ticked = means)
| {"type": "radio"|"select", "label": T?, "options": [{"label": T, "mode": "passive"|"active"|"auto"|"default"}],
   "target": true}.
T is {"ko": str, "en": str}. A step or element may carry its own "confidence".
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ftpwizard.resources import resources_root

STYLES = {"classic", "xp", "win10", "mac", "terminal", "card"}
CONFIDENCE = {"SRC", "DOC", "3P", "UNV"}
VERIFIED = {"SRC", "DOC"}
GUIDE_IDS = (
    "alftp", "editplus", "wsftp", "cuteftp", "internet-options", "filezilla", "winscp", "totalcmd", "cyberduck",
    "lftp", "curl", "browsers", "generic",
)


class GuideError(ValueError):
    pass


@cache
def load_guide(guide_id: str) -> dict[str, Any]:
    if guide_id not in GUIDE_IDS:
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
        return str(t.get(lang) or t.get("en") or "")
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
    return isinstance(t, dict) and isinstance(t.get("ko"), str) and isinstance(t.get("en"), str) and bool(t["en"])


def validate_guide(doc: Any) -> list[str]:
    p: list[str] = []
    if not isinstance(doc, dict):
        return ["not an object"]
    if doc.get("id") not in GUIDE_IDS:
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
        elif kind == "card":
            if not all(_is_text(t) for t in s.get("lines", [])):
                p.append(f"{where}: card lines")
        else:
            p.append(f"{where}: kind {kind!r}")
    return p


def display_name(guide_id: str, fallback: str, lang: str) -> str:
    """The program's name for people, in their language (e.g. "인터넷 옵션 / 파일 탐색기")."""
    try:
        return text(load_guide(guide_id)["name"], lang) or fallback
    except GuideError:
        return fallback

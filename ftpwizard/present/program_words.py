"""Will the customer's own FTP program work here? The answer in words (issue 14 section 3), Qt-free.

One module for every surface that speaks about a ``ProgramReport`` (ftpwizard/clients/program_reports.py): the
verdict page and the program page (the GUI translates nothing here itself: it calls these functions with its
language), ``ftpwizard probe``'s "Your programs" lines, ``ftpwizard clients --result`` and the reports.

    outcome_headline(report, lang)          # "Your FileZilla is set to active mode: it will fail here. ..."
    reason_text(code, params, lang)         # one short sentence per reason code (finding or verdict code)
    fix_text(program_id, fix, lang)         # the change in the program's own words and menu names
    outcome_label(outcome, lang)            # "works" / "will fail" / "cannot work" / "not sure"

Texts live in the "ProgramOutcome" context (resources/translations/programs_<lang>.ts). The program's own menu
and setting names come from its guide (resources/clients/<id>.json), in the language it shows them, so they
are written once. The verdict's own words (core/diagnosis/messages.py) are reused where a reason is a
verdict code that means the same for every program. Nothing here points to "the next page": the command
line and the reports have none; the wizard adds that itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ftpwizard.core.diagnosis import messages as verdict_messages
from ftpwizard.core.diagnosis.findings import (
    CONNECTION_LIMIT,
    EPSV_BLOCKED,
    EPSV_REFUSED,
    LISTING_UNPARSED,
    NAMES_NOT_UTF8,
    PASV_BLOCKED_EPSV_OK,
    TLS_SESSION_REUSE_REQUIRED,
)
from ftpwizard.core.i18n import translator
from ftpwizard.core.vocabulary import QT_TRANSLATE_NOOP, fill

if TYPE_CHECKING:
    from ftpwizard.clients.outcome import Fix
    from ftpwizard.clients.program_reports import ProgramReport

CONTEXT = "ProgramOutcome"


# ------------------------------------------------------------------ outcome marks
OUTCOME_MARKS: dict[str, str] = {
    "works": QT_TRANSLATE_NOOP("ProgramOutcome", "works"),
    "fails": QT_TRANSLATE_NOOP("ProgramOutcome", "will fail"),
    "cannot_work": QT_TRANSLATE_NOOP("ProgramOutcome", "cannot work"),
    "unknown": QT_TRANSLATE_NOOP("ProgramOutcome", "not sure"),
}
# The same marks when the prediction rests on an unverified fact.
PROBABLY_MARKS: dict[str, str] = {
    "works": QT_TRANSLATE_NOOP("ProgramOutcome", "probably works"),
    "fails": QT_TRANSLATE_NOOP("ProgramOutcome", "will probably fail"),
    "cannot_work": QT_TRANSLATE_NOOP("ProgramOutcome", "probably cannot work"),
    "unknown": OUTCOME_MARKS["unknown"],
}
SECTION_TITLE = QT_TRANSLATE_NOOP("ProgramOutcome", "Your FTP programs")
SETTING_LABEL = QT_TRANSLATE_NOOP("ProgramOutcome", "Setting")
FIX_LABEL = QT_TRANSLATE_NOOP("ProgramOutcome", "What to change")
NONE_DETECTED = QT_TRANSLATE_NOOP("ProgramOutcome", "No known FTP program was found on this PC.")

# The program's current setting for the tested server, as a short phrase.
SETTING_WORDS: dict[str, str] = {
    "passive": QT_TRANSLATE_NOOP("ProgramOutcome", "passive mode"),
    "active": QT_TRANSLATE_NOOP("ProgramOutcome", "active mode"),
    "default": QT_TRANSLATE_NOOP("ProgramOutcome", "the program's default"),
    "unknown": QT_TRANSLATE_NOOP("ProgramOutcome", "could not be read"),
}
SETTING_DEFAULT = QT_TRANSLATE_NOOP("ProgramOutcome", "{mode}, the program's default")
SETTING_WITH_SCOPE = QT_TRANSLATE_NOOP("ProgramOutcome", "{setting} ({scope})")
SCOPE_WORDS: dict[str, str] = {
    "site": QT_TRANSLATE_NOOP("ProgramOutcome", "saved site for this server"),
    "global": QT_TRANSLATE_NOOP("ProgramOutcome", "for all servers"),
}


# ------------------------------------------------------------------ reasons
# One short sentence per reason code. Codes whose verdict headline says the same thing for every program
# (the command connection failed, the listing did not arrive) read the verdict's own words: VERDICT_REUSED.
REASONS: dict[str, str] = {
    # a mode failed, as this program meets it
    "active_blocked_client_side": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "Your PC's firewall or router blocks active mode."),
    "active_rejected_nat": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "Active mode cannot work from behind your router."),
    "active_refused_by_server": QT_TRANSLATE_NOOP("ProgramOutcome", "This server does not allow active mode."),
    "passive_blocked_server_side": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "The server's firewall blocks passive mode."),
    "passive_refused_by_server": QT_TRANSLATE_NOOP("ProgramOutcome", "This server refuses passive mode."),
    "passive_bad_address": QT_TRANSLATE_NOOP(
        "ProgramOutcome",
        "In passive mode the server names an address your PC cannot use, and the program connects to it."),
    # the server's policies that split programs (core/diagnosis/findings.py)
    EPSV_BLOCKED: QT_TRANSLATE_NOOP(
        "ProgramOutcome", "This server's EPSV port is blocked; the PASV command works."),
    PASV_BLOCKED_EPSV_OK: QT_TRANSLATE_NOOP(
        "ProgramOutcome", "This server's PASV port is blocked; the EPSV command works."),
    EPSV_REFUSED: QT_TRANSLATE_NOOP("ProgramOutcome", "This server refuses the EPSV command."),
    TLS_SESSION_REUSE_REQUIRED: QT_TRANSLATE_NOOP(
        "ProgramOutcome",
        "This server accepts a secure data connection only when it resumes the command connection's TLS session."),
    CONNECTION_LIMIT: QT_TRANSLATE_NOOP(
        "ProgramOutcome", "This server allows only {limit} connections at once from your PC."),
    NAMES_NOT_UTF8: QT_TRANSLATE_NOOP(
        "ProgramOutcome", "The file names on this server are not in UTF-8 but in {encoding}."),
    LISTING_UNPARSED: QT_TRANSLATE_NOOP(
        "ProgramOutcome", "Some lines of this server's file list are in a format programs may not read."),
}
# Verdict codes whose verdict headline is the reason as it stands (one truth: messages.TEXTS).
VERDICT_REUSED: tuple[str, ...] = (
    "control_dns_failed", "control_refused", "control_timeout", "login_failed", "tls_required", "tls_failed",
    "not_ftp_server", "server_refused_service", "control_protocol_error", "data_transfer_failed",
    "server_closed_connection",
)
# ``ftpwizard clients --result PROBE.json``: a file that is not a probe result.
RESULT_ERRORS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("ProgramOutcome", "The probe result {path} was not found."),
    "unreadable": QT_TRANSLATE_NOOP("ProgramOutcome", "The probe result {path} could not be read ({detail})."),
    "not_probe": QT_TRANSLATE_NOOP(
        "ProgramOutcome",
        "{path} is not a probe result: save one with ftpwizard probe HOST --json > PROBE.json, or a JSON report."),
}
SETTING_NOT_READ = QT_TRANSLATE_NOOP("ProgramOutcome", "Its setting for this server could not be read.")


# ------------------------------------------------------------------ headlines
# Who: the customer's own program, or one that is not on this PC, judged in its default settings.
WHO_MINE = QT_TRANSLATE_NOOP("ProgramOutcome", "your {program}")
WHO_DEFAULTS = QT_TRANSLATE_NOOP("ProgramOutcome", "{program} (not on this PC)")

HEADLINES: dict[str, str] = {
    "works": QT_TRANSLATE_NOOP("ProgramOutcome", "{who} will work here."),
    "works_probably": QT_TRANSLATE_NOOP("ProgramOutcome", "{who} will probably work here."),
    # the mode it is set to fails; a fix names the other mode
    "fails_set_passive": QT_TRANSLATE_NOOP("ProgramOutcome", "{who} is set to passive mode: it will fail here."),
    "fails_set_active": QT_TRANSLATE_NOOP("ProgramOutcome", "{who} is set to active mode: it will fail here."),
    "fails_default_passive": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "{who} uses passive mode, its default: it will fail here."),
    "fails_default_active": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "{who} uses active mode, its default: it will fail here."),
    "fails_set_passive_probably": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "{who} is set to passive mode: it will probably fail here."),
    "fails_set_active_probably": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "{who} is set to active mode: it will probably fail here."),
    "fails_default_passive_probably": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "{who} uses passive mode, its default: it will probably fail here."),
    "fails_default_active_probably": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "{who} uses active mode, its default: it will probably fail here."),
    "fails": QT_TRANSLATE_NOOP("ProgramOutcome", "{who} will fail here."),
    "fails_probably": QT_TRANSLATE_NOOP("ProgramOutcome", "{who} will probably fail here."),
    "cannot_work": QT_TRANSLATE_NOOP("ProgramOutcome", "{who} cannot work here."),
    "cannot_work_probably": QT_TRANSLATE_NOOP("ProgramOutcome", "{who} probably cannot work here."),
    "unknown": QT_TRANSLATE_NOOP("ProgramOutcome", "Whether {who} works here cannot be told."),
}
# A program that lacks the one mode that works here: what to use instead.
INSTEAD: dict[str, str] = {
    "passive": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "Use File Explorer or FileZilla instead: they can use passive mode."),
    "active": QT_TRANSLATE_NOOP("ProgramOutcome", "Use FileZilla instead: it can use active mode."),
}

# The change, short (in the headline): "Switch it to passive mode."
SHORT_FIXES: dict[str, str] = {
    "mode:passive": QT_TRANSLATE_NOOP("ProgramOutcome", "Switch it to passive mode."),
    "mode:active": QT_TRANSLATE_NOOP("ProgramOutcome", "Switch it to active mode."),
    "epsv:off": QT_TRANSLATE_NOOP("ProgramOutcome", "Turn EPSV off."),
    "epsv:on": QT_TRANSLATE_NOOP("ProgramOutcome", "Turn EPSV on."),
    "charset": QT_TRANSLATE_NOOP("ProgramOutcome", "Set its character set for file names to {encoding}."),
    "max_connections": QT_TRANSLATE_NOOP("ProgramOutcome", "Limit it to {limit} connections at once."),
    "other": QT_TRANSLATE_NOOP("ProgramOutcome", "Change its setting {setting} to {value}."),
}


# ------------------------------------------------------------------ fixes, in the program's words
FIXES: dict[str, str] = {
    "mode:passive": QT_TRANSLATE_NOOP("ProgramOutcome", "Switch {program} to passive mode."),
    "mode:active": QT_TRANSLATE_NOOP("ProgramOutcome", "Switch {program} to active mode."),
    "disable-epsv:on": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "Turn EPSV off in curl: add the line disable-epsv to your .curlrc, or add --disable-epsv to the command."),
    "disable-epsv:off": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "Let curl use EPSV again: remove the line disable-epsv from your .curlrc."),
    "ftp:prefer-epsv": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "In lftp, run {command}; to keep it, add the same line to ~/.lftprc."),
    "charset": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "In {program}, set the character set for this server's file names to {encoding}."),
    "max_connections": QT_TRANSLATE_NOOP(
        "ProgramOutcome", "In {program}, limit the connections at once to {limit}."),
    "other": QT_TRANSLATE_NOOP("ProgramOutcome", "In {program}, change the setting {setting} to {value}."),
}
WHERE = QT_TRANSLATE_NOOP("ProgramOutcome", "Where: {where}")
# A program without a menu path here: how it names the mode ("[-P -]", "[Use Passive FTP] tick").
CALLED = QT_TRANSLATE_NOOP("ProgramOutcome", "In {program} this is {label}.")
TICK = QT_TRANSLATE_NOOP("ProgramOutcome", "tick")
UNTICK = QT_TRANSLATE_NOOP("ProgramOutcome", "untick")

# Where each setting is, as the program shows it: the labels are the English ones of its guide
# (resources/clients/<id>.json), looked up there for the reader's language; the last one is the setting,
# followed by the value (a label of the guide too, or a box to tick). Programs not listed get the fix
# sentence alone (their guide shows the way).
_Path = tuple[tuple[str, ...], Any]  # (labels from the first menu to the setting, value: label / True=tick)
PLACES: dict[tuple[str, str], dict[str, _Path]] = {
    ("filezilla", "mode"): {
        "site": (("Site Manager", "Transfer Settings", "Transfer mode:"), {"passive": "Passive", "active": "Active"}),
        "global": (("Edit", "Settings...", "Connection", "FTP", "Transfer Mode"),
                   {"passive": "Passive (recommended)", "active": "Active"}),
    },
    ("filezilla", "max_connections"): {
        "site": (("Site Manager", "Transfer Settings", "Limit number of simultaneous connections"), None),
    },
    ("filezilla", "charset"): {"site": (("Site Manager", "Charset"), None)},
    # the extension's per-project settings file and its key (its guide names both)
    ("vscode-sftp", "max_connections"): {"site": ((".vscode/sftp.json", "concurrency"), None)},
    ("winscp", "mode"): {
        "site": (("Login", "Edit", "Advanced...", "Connection", "Passive mode"), {"passive": True, "active": False}),
    },
    ("xftp", "mode"): {
        "site": (("Session Properties", "Connection", "Use passive mode"), {"passive": True, "active": False}),
    },
    ("internet-options", "mode"): {
        "global": (("Internet Properties", "Advanced", "Use Passive FTP (for firewall and DSL modem compatibility)"),
                   {"passive": True, "active": False}),
    },
}

# Between the steps of a menu path, as the guides write it ("Tools > Global Options"); "›" would be
# replaced on a Korean Windows console (cp949 has no such character).
PATH_SEPARATOR = " > "
_ACCELERATOR = re.compile(r"\s*\(&?[A-Z0-9]\)")  # FileZilla's Korean labels end in "(T)"; not read aloud


def _tr(lang: str, text: str) -> str:
    return translator(lang)(CONTEXT, text)


def translate(text: str, lang: str) -> str:
    """One of this module's texts (SECTION_TITLE, SETTING_LABEL...) in ``lang``."""
    return _tr(lang, text)


@functools.cache
def _guide_labels(program_id: str, lang: str) -> dict[str, str]:
    """English label -> the label in ``lang``, for every text of the program's guide written in both languages."""
    from ftpwizard.clients.guides import GuideError, load_guide

    try:
        doc = load_guide(program_id)
    except GuideError:
        return {}
    labels: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            en = node.get("en")
            if isinstance(en, str) and isinstance(node.get(lang, en), str):
                labels.setdefault(en, node.get(lang, en))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)
    return labels


def ui_label(program_id: str, english: str, lang: str) -> str:
    """A label as ``program_id`` shows it in ``lang`` (its guide's words), without the accelerator, the menu
    ellipsis or the colon: those are not read aloud in a path."""
    label = _guide_labels(program_id, lang).get(english, english)
    label = _ACCELERATOR.sub("", label).strip()
    return label.removesuffix("...").removesuffix("…").rstrip(":").strip()  # "Settings...", "전송 모드(T):"


def program_name(program_id: str, lang: str, fallback: str | None = None) -> str:
    from ftpwizard.clients.guides import display_name

    return display_name(program_id, fallback or program_id, lang)


def outcome_label(outcome: str, lang: str, probably: bool = False) -> str:
    """The short mark for an outcome ("works", "will fail", "cannot work", "not sure")."""
    marks = PROBABLY_MARKS if probably else OUTCOME_MARKS
    return _tr(lang, marks.get(outcome, OUTCOME_MARKS["unknown"]))


def setting_text(report: ProgramReport, lang: str) -> str:
    """The program's setting for the tested server: "active mode (saved site for this server)"."""
    mode = _tr(lang, SETTING_WORDS.get(report.mode, SETTING_WORDS["unknown"]))
    if report.mode == "default":
        default = _default_mode(report.id)
        if default in SETTING_WORDS:
            mode = fill(_tr(lang, SETTING_DEFAULT), mode=_tr(lang, SETTING_WORDS[default]))
    if not report.detected:
        return mode
    return fill(_tr(lang, SETTING_WITH_SCOPE), setting=mode, scope=_tr(lang, SCOPE_WORDS[report.scope]))


def reason_text(code: str, params: Mapping[str, Any] | None, lang: str) -> str:
    """One short sentence for a reason code; "" for a code without words (a test keeps that list empty)."""
    values = dict(params or {})
    if code in REASONS:
        if code == NAMES_NOT_UTF8 and values.get("encoding"):
            values["encoding"] = str(values["encoding"]).upper()
        return fill(_tr(lang, REASONS[code]), **values)
    if code in VERDICT_REUSED:
        from ftpwizard.core.diagnosis.model import Verdict

        verdict = Verdict(code=code, findings=[code], recommended_mode=None, params=values)
        return verdict_messages.render(verdict, translator(lang)).headline
    return ""


def fix_text(program_id: str, fix: Fix, lang: str, scope: str | None = None) -> str:
    """The change, in the program's own words and menu names: the sentence, then where the setting is.
    ``scope``: "site" or "global" (the report's); by default the program's usual place."""
    name = program_name(program_id, lang)
    value = fix.value
    params: dict[str, Any] = {"program": name}
    if fix.setting == "mode" and value in ("passive", "active"):
        sentence = fill(_tr(lang, FIXES[f"mode:{value}"]), **params)
        label = _mode_label(program_id, str(value), lang)
        where = _where(program_id, "mode", value, lang, scope)
        if not where and label:
            return f"{sentence} {fill(_tr(lang, CALLED), program=name, label=label)}"
    elif fix.setting == "disable-epsv":
        sentence, where = _tr(lang, FIXES["disable-epsv:on" if value else "disable-epsv:off"]), ""
    elif fix.setting == "ftp:prefer-epsv":
        command = f"set ftp:prefer-epsv {'on' if value else 'off'}"
        sentence, where = fill(_tr(lang, FIXES["ftp:prefer-epsv"]), command=command), ""
    elif fix.setting == "charset":
        encoding = str(value).upper()
        sentence = fill(_tr(lang, FIXES["charset"]), program=name, encoding=encoding)
        where = _where(program_id, "charset", encoding, lang, scope)
    elif fix.setting == "max_connections":
        sentence = fill(_tr(lang, FIXES["max_connections"]), program=name, limit=value)
        where = _where(program_id, "max_connections", value, lang, scope)
    else:
        sentence = fill(_tr(lang, FIXES["other"]), program=name, setting=fix.setting, value=_value(value))
        where = ""
    return f"{sentence} {fill(_tr(lang, WHERE), where=where)}" if where else sentence


def _value(value: Any) -> str:
    if value is True:
        return "on"
    if value is False:
        return "off"
    return str(value)


def _mode_label(program_id: str, mode: str, lang: str) -> str:
    from ftpwizard.clients.guides import GuideError, load_guide, program_label

    try:
        doc = load_guide(program_id)
    except GuideError:
        return ""
    return program_label(doc, mode, lang, lambda text: translator(lang)("ClientsGuide", text))


def _where(program_id: str, setting: str, value: Any, lang: str, scope: str | None) -> str:
    places = PLACES.get((program_id, setting))
    if not places:
        return ""
    path = places.get(scope or "") or places.get("site") or next(iter(places.values()))
    labels, values = path
    parts = [ui_label(program_id, label, lang) for label in labels]
    shown = values.get(value) if isinstance(values, dict) else value
    if shown is True:
        return PATH_SEPARATOR.join(parts) + f": {_tr(lang, TICK)}"
    if shown is False:
        return PATH_SEPARATOR.join(parts) + f": {_tr(lang, UNTICK)}"
    if shown is None:
        return PATH_SEPARATOR.join(parts)
    return PATH_SEPARATOR.join(parts) + f": {ui_label(program_id, str(shown), lang)}"


def _default_mode(program_id: str) -> str | None:
    from ftpwizard.clients.programs import spec

    program = spec(program_id)
    if program is None:
        return None
    value = program.capabilities().value("default_mode")
    return str(value) if value else None


def _modes(program_id: str) -> tuple[str, ...]:
    from ftpwizard.clients.programs import spec

    program = spec(program_id)
    return program.capabilities().modes if program is not None else ()


def short_fix(fix: Fix, lang: str) -> str:
    """The change in a few words, for the headline ("Switch it to passive mode.", "Turn EPSV off.")."""
    if fix.setting == "mode" and fix.value in ("passive", "active"):
        return _tr(lang, SHORT_FIXES[f"mode:{fix.value}"])
    if fix.setting == "disable-epsv":
        return _tr(lang, SHORT_FIXES["epsv:off" if fix.value else "epsv:on"])
    if fix.setting == "ftp:prefer-epsv":
        return _tr(lang, SHORT_FIXES["epsv:on" if fix.value else "epsv:off"])
    if fix.setting == "charset":
        return fill(_tr(lang, SHORT_FIXES["charset"]), encoding=str(fix.value).upper())
    if fix.setting == "max_connections":
        return fill(_tr(lang, SHORT_FIXES["max_connections"]), limit=fix.value)
    return fill(_tr(lang, SHORT_FIXES["other"]), setting=fix.setting, value=_value(fix.value))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _reason_params(report: ProgramReport, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """The values reasons name: the verdict's (when the caller has them), else what the fixes carry."""
    values = dict(params or {})
    for fix in report.outcome.fixes:
        if fix.setting == "max_connections":
            values.setdefault("limit", fix.value)
        if fix.setting == "charset":
            values.setdefault("encoding", fix.value)
    return values


def outcome_headline(report: ProgramReport, lang: str, params: Mapping[str, Any] | None = None,
                     said: str | None = None) -> str:
    """The one sentence (or two or three) the customer reads about one program: whether it works here, why
    not, and the change. ``params``: the verdict's params (host, port, limit...) for the reasons' words.
    ``said``: the verdict's code where the verdict is shown beside the line (its reason is not repeated)."""
    outcome = report.outcome
    name = program_name(report.id, lang, report.name)
    who = fill(_tr(lang, WHO_MINE if report.detected else WHO_DEFAULTS), program=name)
    probably = report.probably
    values = _reason_params(report, params)
    reasons = [t for t in (reason_text(c, values, lang) for c in outcome.reasons if c != said) if t]
    parts: list[str] = []
    if outcome.outcome == "works":
        parts.append(_tr(lang, HEADLINES["works_probably" if probably else "works"]))
    elif outcome.outcome == "fails":
        switch = next((f for f in outcome.fixes if f.setting == "mode"), None)
        current: str | None = report.mode if report.mode in ("passive", "active") else None
        if report.mode == "default":
            current = _default_mode(report.id)
        if switch is not None and current in ("passive", "active") and current != switch.value:
            key = f"fails_set_{current}" if report.mode != "default" else f"fails_default_{current}"
            parts.append(_tr(lang, HEADLINES[f"{key}_probably" if probably else key]))
            # the mode says it all: the reason that failed it comes first among the others
            parts += reasons[:1]
        else:
            parts.append(_tr(lang, HEADLINES["fails_probably" if probably else "fails"]))
            parts += reasons[:2]
        parts += [short_fix(f, lang) for f in outcome.fixes]
    elif outcome.outcome == "cannot_work":
        parts.append(_tr(lang, HEADLINES["cannot_work_probably" if probably else "cannot_work"]))
        parts += reasons[:2]
        modes = _modes(report.id)
        missing = [m for m in ("passive", "active") if m not in modes]
        if missing and _blames_only_the_other_mode(outcome.reasons, missing[0]):
            parts.append(_tr(lang, INSTEAD[missing[0]]))
    else:
        parts.append(_tr(lang, HEADLINES["unknown"]))
        if report.mode == "unknown":
            parts.append(_tr(lang, SETTING_NOT_READ))
        parts += reasons[:2]
        parts += [short_fix(f, lang) for f in outcome.fixes]
    text = " ".join(p for p in parts if p)
    return _sentence(fill(text, who=who))


def _blames_only_the_other_mode(reasons: Sequence[str], missing: str) -> bool:
    """The program fails for lack of ``missing`` mode (ftp.exe has active only): the reasons all concern its
    one mode, so a program with the missing mode would work."""
    own = "active" if missing == "passive" else "passive"
    return bool(reasons) and all(r.startswith(own) for r in reasons)


def fix_lines(report: ProgramReport, lang: str) -> list[str]:
    """Each fix of the report in the program's words (the reports' and the CLI's "What to change")."""
    return [fix_text(report.id, f, lang, report.scope) for f in report.outcome.fixes]


__all__ = [
    "CONTEXT", "OUTCOME_MARKS", "fix_lines",
    "translate", "fix_text", "outcome_headline", "outcome_label", "program_name",
    "reason_text", "setting_text", "short_fix", "ui_label",
]

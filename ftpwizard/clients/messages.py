"""User-facing text of the clients area, shared by the command line (plain Python) and the GUI (Qt).

Every text is marked with ``QT_TRANSLATE_NOOP(CONTEXT, ...)`` so pyside6-lupdate collects it into
resources/translations/clients_<lang>.ts. The GUI translates with ``QCoreApplication.translate(CONTEXT, t)``;
the command line reads the same .ts files through ftpwizard.core.i18n (plain XML, no Qt).
Placeholders are ``{name}`` (str.format) and are identical in every language.
"""

from __future__ import annotations

from ftpwizard.core.i18n import translator
from ftpwizard.core.vocabulary import QT_TRANSLATE_NOOP

CONTEXT = "ClientsText"


OUTCOME: dict[str, str] = {
    "changed": QT_TRANSLATE_NOOP("ClientsText", "{client} is now set to {mode}. Restart it if it is open."),
    "changed_dialog_open": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{client} is now set to {mode}. If the Internet Options window is open, close it with Cancel: "
        "OK there would write its old setting back over this change.",
    ),
    "already": QT_TRANSLATE_NOOP("ClientsText", "{client} is already set to {mode}. Nothing was changed."),
    "changed_server": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{client} now uses {mode} for {host} only; other servers keep their setting. Restart it if it is open.",
    ),
    "already_server": QT_TRANSLATE_NOOP(
        "ClientsText", "{client} already uses {mode} for {host}. Nothing was changed."
    ),
    "no_server_scope": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{client} has no setting of its own for {host}: it keeps one setting for all servers, or the server "
        "has no saved site. Nothing was changed; change it for all servers instead.",
    ),
    "running": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{client} is running ({process}). Close it first: it saves its settings when it exits and would "
        "overwrite the change. Nothing was changed.",
    ),
    "not_installed": QT_TRANSLATE_NOOP("ClientsText", "{client} was not found on this computer."),
    "not_supported": QT_TRANSLATE_NOOP(
        "ClientsText", "{client} cannot be changed automatically. Please follow the pictures instead."
    ),
    "unknown_client": QT_TRANSLATE_NOOP(
        "ClientsText", "Unknown program '{client}'. Known names: {known}."
    ),
    "bad_mode": QT_TRANSLATE_NOOP("ClientsText", "The mode must be passive or active, not '{mode}'."),
    "malformed": QT_TRANSLATE_NOOP(
        "ClientsText",
        "The settings file {path} is not in the format {client} writes ({detail}). It was left untouched.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "ClientsText", "The settings file {path} could not be read ({detail}). It was left untouched."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{path} is read-only or locked by another program, so it was not changed. "
        "Close programs that may use it, or change the setting by hand.",
    ),
    "in_use": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{path} is in use by another program (often antivirus or OneDrive), so it was not changed. "
        "Wait a moment and try again.",
    ),
    "write_failed": QT_TRANSLATE_NOOP(
        "ClientsText", "Writing {path} failed ({detail}). The original was kept unchanged."
    ),
    "verify_failed": QT_TRANSLATE_NOOP(
        "ClientsText", "{client} did not read back the new setting, so the original was put back."
    ),
    "changed_meanwhile": QT_TRANSLATE_NOOP(
        "ClientsText", "{path} changed while we were working on it. Nothing was changed; please try again."
    ),
    "changed_since": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{path} was changed after ftpwizard's change, so Undo would throw those changes away. "
        "Nothing was restored. The original is kept in {backup}.",
    ),
    "nothing_to_undo": QT_TRANSLATE_NOOP("ClientsText", "There is no change of {client} to undo."),
    "undone": QT_TRANSLATE_NOOP("ClientsText", "{client} is back to its previous settings."),
    "undone_dialog_open": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{client} is back to its previous settings. If the Internet Options window is open, close it with "
        "Cancel: OK there would write the setting it shows back over this.",
    ),
    "no_state_dir": QT_TRANSLATE_NOOP(
        "ClientsText", "There is no folder to keep the undo information in, so nothing was changed."
    ),
    # apply_fix: a setting besides the mode ({change}: a FIX_CHANGE text; {setting}: FIX_SETTING or its own name).
    "fix_changed": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{client}: {change}. This is the program-wide setting: it applies to every server. "
        "Restart it if it is open.",
    ),
    "fix_changed_server": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{client}: {change}, for {host} only; other servers keep their setting. Restart it if it is open.",
    ),
    "fix_already": QT_TRANSLATE_NOOP(
        "ClientsText", "{client} is already set this way: {change}. Nothing was changed."
    ),
    "fix_not_supported": QT_TRANSLATE_NOOP(
        "ClientsText", "{client}: ftpwizard cannot change {setting} for you. Please follow the pictures instead."
    ),
    "bad_fix_value": QT_TRANSLATE_NOOP(
        "ClientsText", "{client}: '{value}' is not a value ftpwizard can set for {setting}. Nothing was changed."
    ),
    "fix_site_only": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{client} keeps {setting} in each saved site and has no such setting for all servers. "
        "Change it for one server instead. Nothing was changed.",
    ),
    "fix_no_site": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{client} has no saved site for {host}, and it keeps {setting} in saved sites only. Save the server in "
        "its Site Manager first, or follow the pictures. Nothing was changed.",
    ),
    "fix_host_overrides": QT_TRANSLATE_NOOP(
        "ClientsText",
        "{client} has its own {setting} line for {host} in {path}, which wins over the program-wide one. "
        "Change it for {host} only instead. Nothing was changed.",
    ),
}

# What a fix does, by "setting=value" (booleans as on/off) or by setting ({value} filled in).
FIX_CHANGE = {
    "disable-epsv=on": QT_TRANSLATE_NOOP(
        "ClientsText", "it no longer tries EPSV and opens the data connection with PASV (disable-epsv)"
    ),
    "disable-epsv=off": QT_TRANSLATE_NOOP("ClientsText", "it tries EPSV first again, then PASV (epsv)"),
    "ftp:prefer-epsv=on": QT_TRANSLATE_NOOP(
        "ClientsText", "it opens the data connection with EPSV first (ftp:prefer-epsv on)"
    ),
    "ftp:prefer-epsv=off": QT_TRANSLATE_NOOP(
        "ClientsText", "it opens the data connection with PASV, and with EPSV only over IPv6 (ftp:prefer-epsv off)"
    ),
    "charset": QT_TRANSLATE_NOOP("ClientsText", "it reads file names in the character set {value}"),
    "max_connections": QT_TRANSLATE_NOOP(
        "ClientsText", "it opens at most {value} connections to the server at once"
    ),
}
# Settings named by ftpwizard rather than by the program (the others are shown as the program writes them).
FIX_SETTING = {
    "charset": QT_TRANSLATE_NOOP("ClientsText", "the character set"),
    "max_connections": QT_TRANSLATE_NOOP("ClientsText", "the connection limit"),
}

MODE = {
    "passive": QT_TRANSLATE_NOOP("ClientsText", "passive mode"),
    "active": QT_TRANSLATE_NOOP("ClientsText", "active mode"),
    "auto": QT_TRANSLATE_NOOP("ClientsText", "automatic (tries both)"),
    "unknown": QT_TRANSLATE_NOOP("ClientsText", "unknown (cannot be read)"),
    "default": QT_TRANSLATE_NOOP("ClientsText", "program default"),
}
SCOPE = {
    "global": QT_TRANSLATE_NOOP("ClientsText", "one setting for all servers"),
    "per-site": QT_TRANSLATE_NOOP("ClientsText", "set separately for each site"),
    "none": QT_TRANSLATE_NOOP("ClientsText", "no setting"),
}
TEXT = {
    "heading": QT_TRANSLATE_NOOP("ClientsText", "FTP programs found on this computer:"),
    "none_found": QT_TRANSLATE_NOOP(
        "ClientsText",
        "No known FTP program was found. Web browsers (Chrome, Edge, Firefox) no longer open ftp:// "
        "addresses; use FileZilla or WinSCP.",
    ),
    "mode_line": QT_TRANSLATE_NOOP("ClientsText", "current setting: {mode} ({scope})"),
    "mode_default": QT_TRANSLATE_NOOP("ClientsText", "current setting: {mode}, the program's default ({scope})"),
    "site_line": QT_TRANSLATE_NOOP("ClientsText", "site '{name}' ({host}): {mode}"),
    "config_line": QT_TRANSLATE_NOOP("ClientsText", "settings: {path}"),
    "can_apply": QT_TRANSLATE_NOOP("ClientsText", "ftpwizard can change this setting for you."),
    "guide_only": QT_TRANSLATE_NOOP("ClientsText", "Change this setting by hand (see the picture guide)."),
    "conflict": QT_TRANSLATE_NOOP(
        "ClientsText",
        "Site '{name}' ({host}) has its own setting, {mode}, which wins over the program-wide one. "
        "It was left as it is.",
    ),
    "conflict_cli_hint": QT_TRANSLATE_NOOP(
        "ClientsText", "To change it too: ftpwizard clients apply {id} --mode {target} --site {host}"
    ),
    "backup_line": QT_TRANSLATE_NOOP("ClientsText", "backup: {path}"),
    "all_servers_line": QT_TRANSLATE_NOOP(
        "ClientsText",
        "This is the program-wide setting: it applies to every server.",
    ),
    "one_server_hint": QT_TRANSLATE_NOOP(
        "ClientsText", "For one server only: ftpwizard clients apply {id} --mode {target} --site HOST"
    ),
    "one_server_fix_hint": QT_TRANSLATE_NOOP(
        "ClientsText", "For one server only: ftpwizard clients apply {id} --fix {fix} --site HOST"
    ),
    "changed_line": QT_TRANSLATE_NOOP("ClientsText", "changed: {what}"),
    "problem_line": QT_TRANSLATE_NOOP("ClientsText", "problem: {message}"),
    "usage": QT_TRANSLATE_NOOP(
        "ClientsText",
        "usage: ftpwizard clients [--json] [--host HOST] [--result PROBE.json] [--lang {languages}]\n"
        "       ftpwizard clients apply NAME --mode passive|active [--site HOST]\n"
        "       ftpwizard clients apply NAME --fix SETTING=VALUE [--site HOST]\n"
        "         (--site HOST: that server only; without it: every server)\n"
        "       ftpwizard clients undo NAME",
    ),
}


# The command line's argument errors ("ftpwizard clients: ..."), in the reader's language too.
USAGE_ERRORS = {
    "needs_value": QT_TRANSLATE_NOOP("ClientsText", "{option} needs a value"),
    "unknown_option": QT_TRANSLATE_NOOP("ClientsText", "unknown option {option}"),
    "bad_lang": QT_TRANSLATE_NOOP("ClientsText", "--lang must be one of: {languages}"),
    "unexpected": QT_TRANSLATE_NOOP("ClientsText", "unexpected argument {argument}"),
    "one_name": QT_TRANSLATE_NOOP("ClientsText", "{command} needs exactly one program name, e.g. filezilla"),
    "apply_mode": QT_TRANSLATE_NOOP("ClientsText", "apply needs --mode passive or --mode active"),
    "undo_options": QT_TRANSLATE_NOOP("ClientsText", "undo takes no --mode or --site"),
    "unknown_command": QT_TRANSLATE_NOOP("ClientsText", "unknown command {command} (expected apply or undo)"),
    "list_options": QT_TRANSLATE_NOOP("ClientsText", "--mode and --site belong to 'apply'"),
    "fix_syntax": QT_TRANSLATE_NOOP("ClientsText", "--fix needs SETTING=VALUE, e.g. --fix disable-epsv=on"),
    "mode_and_fix": QT_TRANSLATE_NOOP("ClientsText", "apply takes --mode or --fix, not both"),
}


def translate(text: str, lang: str, context: str = CONTEXT) -> str:
    return translator(lang)(context, text)


def tr(text: str, lang: str, **params: object) -> str:
    return translate(text, lang).format(**{k: str(v) for k, v in params.items()})


def outcome_text(key: str, params: dict[str, str], lang: str) -> str:
    """The message for an apply/undo Outcome, with the mode name translated."""
    values = dict(params)
    if values.get("id"):  # the program's name in the reader's language
        from ftpwizard.clients.guides import display_name

        values["client"] = display_name(values["id"], values.get("client", ""), lang)
    if "mode" in values and values["mode"] in MODE:
        values["mode"] = translate(MODE[values["mode"]], lang)
    setting = values.get("setting", "")
    if setting:  # apply_fix: what the fix does, and the setting's name in the reader's language
        change = FIX_CHANGE.get(f"{setting}={values.get('value', '')}") or FIX_CHANGE.get(setting)
        values["change"] = tr(change, lang, value=values.get("value", "")) if change else setting
        if setting in FIX_SETTING:
            values["setting"] = translate(FIX_SETTING[setting], lang)
    values.setdefault("change", "")
    values.setdefault("setting", "")
    values.setdefault("value", "")
    values.setdefault("detail", "")
    values.setdefault("path", "")
    values.setdefault("backup", "")
    values.setdefault("process", "")
    values.setdefault("known", "")
    values.setdefault("host", "")
    values.setdefault("client", "")
    template = OUTCOME.get(key, key)
    return translate(template, lang).format(**values)

"""``ftpwizard clients ...``: list FTP programs and their mode, change it (or another setting a predicted fix
names: ``apply NAME --fix SETTING=VALUE``), undo the change. No Qt.

Exit codes: 0 done, 1 refused or failed (with a clear message), 64 bad arguments (also a --fix value the
program's setting cannot take).
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from ftpwizard.clients.apply import apply_fix, apply_mode, undo
from ftpwizard.clients.detect import detect_clients
from ftpwizard.clients.env import Environment
from ftpwizard.clients.guides import display_name
from ftpwizard.clients.messages import MODE, SCOPE, TEXT, USAGE_ERRORS, outcome_text, tr, translate
from ftpwizard.clients.model import SCHEMA, ClientStatus
from ftpwizard.clients.programs import CLIENT_IDS, spec
from ftpwizard.core.i18n import LANGUAGES, system_language
from ftpwizard.present.cli_words import lang_asked

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 64


class UsageError(Exception):
    """A bad command line: ``key`` names its text in USAGE_ERRORS, ``params`` fill it."""

    def __init__(self, key: str, **params: str) -> None:
        super().__init__(key)
        self.key, self.params = key, params

    def text(self, lang: str) -> str:
        return tr(USAGE_ERRORS[self.key], lang, **self.params)


def default_lang() -> str:
    return system_language()


def _parse(argv: list[str]) -> tuple[str, dict[str, str | bool]]:
    opts: dict[str, str | bool] = {}
    positional: list[str] = []
    takes_value = {"--host", "--lang", "--mode", "--site", "--server", "--fix", "--result"}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-h", "--help"):
            opts["help"] = True
        elif a == "--json":
            opts["json"] = True
        elif a.split("=", 1)[0] in takes_value:
            name, eq, value = a.partition("=")
            if not eq:
                if i + 1 >= len(argv) or argv[i + 1].startswith("--"):
                    raise UsageError("needs_value", option=name)
                i += 1
                value = argv[i]
            if not value.strip():
                raise UsageError("needs_value", option=name)
            # --server is another name for --site (the server whose setting changes)
            opts["site" if name == "--server" else name[2:]] = value.strip()
        elif a.startswith("-"):
            raise UsageError("unknown_option", option=a)
        else:
            positional.append(a)
        i += 1
    if opts.get("lang") is not None and opts.get("lang") not in LANGUAGES:
        raise UsageError("bad_lang", languages=", ".join(LANGUAGES))
    command = positional[0] if positional else "list"
    if command == "list" and positional[1:]:
        raise UsageError("unexpected", argument=positional[1])
    if command in ("apply", "undo"):
        if len(positional) != 2:
            raise UsageError("one_name", command=command)
        opts["name"] = positional[1]
        if command == "apply" and "fix" in opts:
            if "mode" in opts:
                raise UsageError("mode_and_fix")
            setting, eq, value = str(opts["fix"]).partition("=")
            if not (eq and setting.strip() and value.strip()):
                raise UsageError("fix_syntax")
        elif command == "apply" and opts.get("mode") not in ("passive", "active"):
            raise UsageError("apply_mode")
        if command == "undo" and ("mode" in opts or "site" in opts or "fix" in opts):
            raise UsageError("undo_options")
    elif command != "list":
        raise UsageError("unknown_command", command=command)
    if command == "list" and ("mode" in opts or "site" in opts or "fix" in opts):
        raise UsageError("list_options")
    if command != "list" and "result" in opts:
        raise UsageError("unexpected", argument="--result")
    return command, opts


def run_clients_command(argv: list[str], stdout: TextIO, stderr: TextIO, env: Environment | None = None) -> int:
    try:
        command, opts = _parse(argv)
    except UsageError as e:
        lang = lang_asked(argv) or default_lang()
        stderr.write(f"ftpwizard clients: {e.text(lang)}\n{translate(TEXT['usage'], lang)}\n")
        return EXIT_USAGE
    lang = str(opts.get("lang") or default_lang())
    if opts.get("help"):
        stdout.write(tr(TEXT["usage"], lang, languages="|".join(LANGUAGES)) + "\n")
        return EXIT_OK
    env = env or Environment.real()
    if command == "list":
        return _list(opts, env, lang, stdout, stderr)
    name = str(opts["name"]).lower()
    if name not in CLIENT_IDS:
        stderr.write(outcome_text("unknown_client", {"client": name, "known": ", ".join(CLIENT_IDS)}, lang) + "\n")
        return EXIT_USAGE
    site = opts.get("site")
    if command == "undo":
        outcome = undo(env, name)
    elif "fix" in opts:
        from ftpwizard.clients.outcome import Fix  # only here: the listing does not need the predictions

        setting, _, value = str(opts["fix"]).partition("=")
        fix = Fix(setting.strip(), value.strip(), True)
        outcome = apply_fix(env, name, fix, host=str(site) if site else None, scope="server" if site else "all")
        if outcome.key == "bad_fix_value":
            stderr.write(outcome_text(outcome.key, outcome.params, lang) + "\n")
            return EXIT_USAGE
    else:
        # --site HOST: only what that server uses (as the GUI's default); without it: the program-wide setting.
        outcome = apply_mode(env, name, opts["mode"], host=str(site) if site else None,  # type: ignore[arg-type]
                             scope="server" if site else "all")
    out = stdout if outcome.ok else stderr
    out.write(outcome_text(outcome.key, outcome.params, lang) + "\n")
    for what in outcome.changed:
        out.write("  " + tr(TEXT["changed_line"], lang, what=what) + "\n")
    for path in outcome.backups:
        out.write("  " + tr(TEXT["backup_line"], lang, path=path) + "\n")
    if outcome.key in ("changed", "changed_dialog_open"):  # a program-wide change (any program's wording)
        out.write("  " + translate(TEXT["all_servers_line"], lang) + "\n")
        applier = spec(name).applier  # type: ignore[union-attr]  # name is in CLIENT_IDS
        if applier is not None and applier.server_scope is not None:
            out.write("  " + tr(TEXT["one_server_hint"], lang, id=name, target=opts.get("mode", "")) + "\n")
    if outcome.key == "fix_changed":  # a program-wide fix: say how to change one server where the program can
        applier = spec(name).applier  # type: ignore[union-attr]  # name is in CLIENT_IDS
        fixer = applier.options.get(outcome.params.get("setting", "")) if applier is not None else None
        if fixer is not None and "server" in fixer.scopes:
            fix_text = f"{outcome.params.get('setting', '')}={outcome.params.get('value', '')}"
            out.write("  " + tr(TEXT["one_server_fix_hint"], lang, id=name, fix=fix_text) + "\n")
    for s in outcome.conflicts:
        out.write("  " + tr(TEXT["conflict"], lang, name=s.name, host=s.host, mode=translate(MODE[s.mode], lang)) + "\n")
        out.write("    " + tr(TEXT["conflict_cli_hint"], lang, id=name, target=opts.get("mode", ""), host=s.host) + "\n")
    return EXIT_OK if outcome.ok else EXIT_FAILED


def _list(opts: dict[str, str | bool], env: Environment, lang: str, stdout: TextIO, stderr: TextIO) -> int:
    """The programs and their mode; with ``--result PROBE.json`` also each one's outcome with that server."""
    result = None
    if opts.get("result"):
        from ftpwizard.present.programs import ProbeFileError, load_probe_result

        try:
            result = load_probe_result(str(opts["result"]))
        except ProbeFileError as exc:
            stderr.write(f"ftpwizard clients: {exc.text(lang)}\n")
            return EXIT_FAILED
    host = opts.get("host") or (result.target.host if result is not None else None)
    clients = detect_clients(env, host=str(host) if host else None)
    reports: dict[str, Any] = {}
    if result is not None:
        from ftpwizard.clients.program_reports import program_reports

        reports = {r.id: r for r in program_reports(result, clients, env, str(host) if host else None,
                                                   everyone=False)}
    if opts.get("json"):
        listed = []
        for c in clients:
            item = c.to_json()
            if c.id in reports:  # the same fields as probe --json's "programs" (id and name are there already)
                item.update({k: v for k, v in reports[c.id].to_json().items() if k not in item})
            listed.append(item)
        json.dump({"schema": SCHEMA, "clients": listed}, stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
    else:
        stdout.write(format_list(clients, lang, reports, result.verdict.params if result and result.verdict else None))
    return EXIT_OK


def format_list(clients: list[ClientStatus], lang: str, reports: dict[str, Any] | None = None,
                params: dict[str, Any] | None = None) -> str:
    if not clients:
        return translate(TEXT["none_found"], lang) + "\n"
    lines = [translate(TEXT["heading"], lang)]
    for c in clients:
        head = f"  {display_name(c.id, c.name, lang)}" + (f" {c.version}" if c.version else "") + f"  [{c.id}]"
        lines.append(head)
        if c.problem:
            msg = outcome_text(c.problem.key, {"id": c.id, "client": c.name, "path": c.problem.path,
                                               "detail": c.problem.detail}, lang)
            lines.append("      " + tr(TEXT["problem_line"], lang, message=msg))
        else:
            key = "mode_default" if c.mode_is_default else "mode_line"
            lines.append("      " + tr(TEXT[key], lang, mode=translate(MODE[c.mode], lang),
                                       scope=translate(SCOPE[c.scope], lang)))
        for s in c.sites:
            mode = translate(MODE[s.mode], lang)
            lines.append("      " + tr(TEXT["site_line"], lang, name=s.name, host=s.host, mode=mode))
        if c.config:
            lines.append("      " + tr(TEXT["config_line"], lang, path=c.config))
        lines.append("      " + translate(TEXT["can_apply" if c.can_apply else "guide_only"], lang))
        if reports and c.id in reports:  # --result: will it work with the tested server, and what to change
            from ftpwizard.present import program_words as words

            report = reports[c.id]
            mark = words.outcome_label(report.outcome.outcome, lang, report.probably)
            lines.append(f"      [{mark}] {words.outcome_headline(report, lang, params)}")
            lines += [f"        → {fix}" for fix in words.fix_lines(report, lang)]
    return "\n".join(lines) + "\n"

"""`ftpwizard probe TARGET ...`: the engine on the command line (no Qt is imported on this path)."""

from __future__ import annotations

import json
import os
import sys
from types import SimpleNamespace

from ftpwizard.commands.console import OutputError, can_encode, output_failed, write_output
from ftpwizard.core.diagnosis.messages import CONTEXT as VERDICT_CONTEXT
from ftpwizard.core.diagnosis.messages import STOPPED_AT_LABEL, render, render_blame
from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.i18n import LANGUAGES, system_language, translator
from ftpwizard.core.probe.cancel import CancelToken
from ftpwizard.core.probe.engine import DEFAULT_TIMEOUT, ProbeOptions
from ftpwizard.core.probe.model import ProbeResult
from ftpwizard.core.probe.serialize import to_dict
from ftpwizard.core.probe.steps import run_aside
from ftpwizard.core.probe.target import TargetError, parse_target, strip_line_end
from ftpwizard.core.vocabulary import (
    ERROR_NAMES,
    MODE_NAMES,
    QT_TRANSLATE_NOOP,
    SEQUENTIAL_NOTE,
    STEP_NAMES,
    context_of,
    fill,
)
from ftpwizard.present.cli_words import lang_asked, localize_parser

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    import argparse
    from typing import IO, Any

EXIT_OK, EXIT_NO_MODE, EXIT_CONTROL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 64, 130
CONTEXT = "Cli"


T_VERDICT = QT_TRANSLATE_NOOP("Cli", "Verdict")
T_WHY = QT_TRANSLATE_NOOP("Cli", "Why")
T_TODO = QT_TRANSLATE_NOOP("Cli", "What to do")
T_SERVER = QT_TRANSLATE_NOOP("Cli", "Server")
T_WORKS = QT_TRANSLATE_NOOP("Cli", "works")
T_FAILED_AT = QT_TRANSLATE_NOOP("Cli", "failed at step {n}")
T_NOT_REACHED = QT_TRANSLATE_NOOP("Cli", "not reached")
T_CONTROL_FAILED = QT_TRANSLATE_NOOP("Cli", "failed at: {step}")
T_CONNECTED = QT_TRANSLATE_NOOP("Cli", "connected and logged in")
T_URL_PASSWORD = QT_TRANSLATE_NOOP("Cli", "warning: a password on the command line is visible to other users of this computer; use --password-stdin or FTPWIZARD_PASSWORD.")
T_CANCELLED = QT_TRANSLATE_NOOP("Cli", "Cancelled.")
T_RECOMMENDED = QT_TRANSLATE_NOOP("Cli", "Recommended mode")
T_PASSWORD_PROMPT = QT_TRANSLATE_NOOP("Cli", "Password for {user}@{host}: ")
T_ACCEPT_HOW = QT_TRANSLATE_NOOP("Cli", "Only if your hosting company confirms this fingerprint, test again with: --accept-certificate {fingerprint}")
T_ERROR = QT_TRANSLATE_NOOP("Cli", "ftpwizard probe: error: {message}")
T_SEE_HELP = QT_TRANSLATE_NOOP("Cli", "{message} (see --help)")
T_BAD_TIMEOUT = QT_TRANSLATE_NOOP("Cli", "--timeout must be between 0.5 and 300 seconds")
T_ANONYMOUS = QT_TRANSLATE_NOOP("Cli", "anonymous")
TLS_NAMES = {
    "none": QT_TRANSLATE_NOOP("Cli", "no encryption"),
    "explicit": QT_TRANSLATE_NOOP("Cli", "explicit FTPS"),
    "implicit": QT_TRANSLATE_NOOP("Cli", "implicit FTPS"),
}
T_CONNECT_TO = QT_TRANSLATE_NOOP("Cli", "connect {address}")
T_INTERNAL = QT_TRANSLATE_NOOP("Cli", "internal error")
# --help, in the reader's language
H_DESCRIPTION = QT_TRANSLATE_NOOP("Cli", "Test active and passive FTP against a server.")
H_TARGET = QT_TRANSLATE_NOOP("Cli", "host, host:port, ftp://user@host:port/path, ftps://host ...")
H_USER = QT_TRANSLATE_NOOP("Cli", "user name (default: from the URL, else anonymous)")
H_PASSWORD_STDIN = QT_TRANSLATE_NOOP("Cli", "read the password from the first line of stdin")
H_MODE = QT_TRANSLATE_NOOP("Cli", "which mode to test (default: both)")
H_TLS = QT_TRANSLATE_NOOP("Cli", "FTPS: none, explicit (AUTH TLS) or implicit (port 990)")
H_TIMEOUT = QT_TRANSLATE_NOOP("Cli", "seconds for connecting and each reply (default 8)")
H_ACCEPT = QT_TRANSLATE_NOOP("Cli", "continue although the server's certificate is not trusted (self-signed, or issued for another name), but only if its SHA-256 fingerprint is exactly this one (a failed test prints it); off by default: ask your hosting company to confirm the fingerprint first")
H_JSON = QT_TRANSLATE_NOOP("Cli", "print one JSON object")
H_REPORT = QT_TRANSLATE_NOOP("Cli", "also write a report (.txt, .html or .json by extension)")
H_NO_PROGRAMS = QT_TRANSLATE_NOOP("Cli", "do not look for the FTP programs on this PC (by default each one's outcome with this server is shown)")
H_LANG = QT_TRANSLATE_NOOP("Cli", "language of the output: {languages} (default: the system's)")


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    import argparse  # here, not at the top: see parse_args

    tr = translator(lang)

    def t(text: str) -> str:
        return tr(CONTEXT, text)

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> Any:  # bad arguments exit 64 (EX_USAGE), with one clear line
            # argparse quotes the offending argument: keep control characters out of the one line.
            message = "".join(c if c.isprintable() else "\ufffd" for c in message)
            self.exit(EXIT_USAGE, t(T_ERROR).format(message=t(T_SEE_HELP).format(message=message)) + "\n")

    p = Parser(prog="ftpwizard probe", description=t(H_DESCRIPTION), add_help=False)
    localize_parser(p, lang)
    p.add_argument("target", help=t(H_TARGET))
    p.add_argument("--user", "-u", help=t(H_USER))
    p.add_argument("--password-stdin", action="store_true", help=t(H_PASSWORD_STDIN))
    p.add_argument("--mode", choices=_CHOICES["mode"], default="both", help=t(H_MODE))
    p.add_argument("--tls", choices=_CHOICES["tls"], default=None, help=t(H_TLS))
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help=t(H_TIMEOUT))
    p.add_argument("--accept-certificate", metavar="SHA256", help=t(H_ACCEPT))
    p.add_argument("--json", action="store_true", help=t(H_JSON))
    p.add_argument("--report", metavar="PATH", help=t(H_REPORT))
    p.add_argument("--no-programs", action="store_true", help=t(H_NO_PROGRAMS))
    p.add_argument("--lang", choices=_CHOICES["lang"], default=None, help=fill(t(H_LANG), languages=", ".join(LANGUAGES)))
    return p


def parse_args(argv: list[str]) -> Any:
    """The options, as argparse gives them; argparse itself only when the simple reading does not apply."""
    return _parse_plain(argv) or build_parser(lang_asked(argv) or system_language()).parse_args(argv)


def _parse_plain(argv: list[str]) -> SimpleNamespace | None:
    """The usual command line (``TARGET --option value --flag`` with valid values) read without argparse.

    Why: importing argparse (with gettext, locale, shutil and the compression modules it pulls in) is a
    tenth of the command's start-up time, and issue 2 holds the whole run to 1.5x a bare ftplib script.
    Anything unusual (``--help``, ``--opt=value``, abbreviations, a value starting with "-", a bad choice or
    number, a missing target) returns None, and argparse parses it, with its own messages. A test checks
    that both read every command line this accepts the same way.
    """
    values: dict[str, Any] = {
        "target": None, "user": None, "password_stdin": False, "mode": "both", "tls": None,
        "timeout": DEFAULT_TIMEOUT, "accept_certificate": None, "json": False, "report": None, "lang": None,
        "no_programs": False,
    }
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _FLAGS:
            values[_FLAGS[arg]] = True
            i += 1
        elif arg in _OPTIONS:
            if i + 1 == len(argv) or argv[i + 1].startswith("-"):
                return None
            dest, value = _OPTIONS[arg], argv[i + 1]
            if dest in _CHOICES and value not in _CHOICES[dest]:
                return None
            if dest == "timeout":
                try:
                    values[dest] = float(value)
                except ValueError:
                    return None
            else:
                values[dest] = value
            i += 2
        elif arg.startswith("-") or values["target"] is not None:
            return None
        else:
            values["target"] = arg
            i += 1
    return None if values["target"] is None else SimpleNamespace(**values)


_FLAGS = {"--password-stdin": "password_stdin", "--json": "json", "--no-programs": "no_programs"}
_OPTIONS = {
    "--user": "user", "-u": "user", "--mode": "mode", "--tls": "tls", "--timeout": "timeout",
    "--accept-certificate": "accept_certificate", "--report": "report", "--lang": "lang",
}
_CHOICES = {"mode": ("active", "passive", "both"), "tls": ("none", "explicit", "implicit"), "lang": LANGUAGES}


def _step_line(mode: Any, tr: Any) -> str:
    parts = []
    for step in mode.steps:
        mark = {True: "✓", False: "✗", None: "·"}[step.ok]
        text = step.reply.splitlines()[-1] if step.reply else (step.command or "")
        if not step.reply and text.startswith("connect "):
            text = tr(CONTEXT, T_CONNECT_TO).format(address=text[len("connect "):])
        if step.ok is False and step.error is not None:
            name = ERROR_NAMES.get(step.error.value)
            tag = tr(context_of(name, CONTEXT), name) if name else step.error.value
            text = f"{text} [{tag}]".strip()
        parts.append(f"{'①②③④'[step.n - 1]}{mark} {text[:60]}".rstrip())
    return "   ".join(parts)


def human_report(result: ProbeResult, lang: str, programs: list[Any] | None = None) -> str:
    tr = translator(lang)

    def t(text: str, **kw: Any) -> str:
        return fill(tr(context_of(text, CONTEXT), text), **kw)

    lines: list[str] = []
    if result.verdict is None:
        return t(T_CANCELLED)
    words = render(result.verdict, tr)
    lines.append(f"{t(T_VERDICT)}: {words.headline}")
    lines.append(f"  {t(T_WHY)}: {words.why}")
    lines.append(f"  {t(T_TODO)}: {words.advice}")
    for note in words.notes:
        lines.append(f"  * {note}")
    fingerprint = result.verdict.params.get("fingerprint")
    if result.verdict.code == "tls_failed" and fingerprint:
        lines.append(f"  {t(T_ACCEPT_HOW, fingerprint=fingerprint)}")
    if result.verdict.recommended_mode:
        recommended = "passive" if result.verdict.recommended_mode == "passive" else "active"
        lines.append(f"  {t(T_RECOMMENDED)}: {t(MODE_NAMES[recommended])}")
    target = result.target
    c = result.control
    step_name = t(STEP_NAMES[c.failed_step]) if c.failed_step in STEP_NAMES else "?"
    status = t(T_CONNECTED) if c.ok else t(T_CONTROL_FAILED, step=step_name)
    user = t(T_ANONYMOUS) if target.login_user == "anonymous" else target.login_user
    encryption = t(TLS_NAMES[target.tls]) if target.tls in TLS_NAMES else target.tls
    lines.append(f"{t(T_SERVER)}: {target.host}:{target.port} ({user}, {encryption}) — {status}")
    if c.reply and not c.ok:
        lines.append(f"  < {c.reply.splitlines()[0][:200]}")
    for name in ("passive", "active"):
        mode = result.modes.get(name)
        if mode is None:
            continue
        state = t(T_WORKS) if mode.ok else t(T_FAILED_AT, n=mode.failed_step)
        lines.append(f"{t(MODE_NAMES[name])}: {state} ({mode.elapsed_ms:.0f} ms)")
        lines.append(f"  {_step_line(mode, tr)}")
        blame = result.verdict.blame.get(name)
        if blame is not None:  # the diagnosis's answer, in the verdict's words
            lines.append(f"  {tr(VERDICT_CONTEXT, STOPPED_AT_LABEL)}: {render_blame(blame, tr)}")
    if result.sequential:
        lines.append(t(SEQUENTIAL_NOTE))
    section = programs_section(result, lang, programs)
    if section:
        lines.append(section)
    return "\n".join(lines)


def programs_section(result: ProbeResult, lang: str, programs: list[Any] | None) -> str:
    """"Your FTP programs": a line each for the programs found on this PC ("" when none, or after a failed
    login: every program fails alike then, and the verdict said why)."""
    if not programs or result.verdict is None or not result.control.ok:
        return ""
    from ftpwizard.present import program_words
    from ftpwizard.present.programs import program_lines

    mine = program_lines(programs, lang, result.verdict.params, said=result.verdict.code)
    if not mine:
        return ""
    return "\n".join([f"{program_words.translate(program_words.SECTION_TITLE, lang)}:", *mine])


def _read_password(stdin: IO[str], stderr: IO[str], target: Any, lang: str) -> str:
    """The first line of stdin; typed at a console, with a prompt and without echo (getpass)."""
    isatty = getattr(stdin, "isatty", None)
    if isatty is not None and isatty():
        import getpass  # only at a console: keeps the usual piped start-up light

        prompt = translator(lang)(CONTEXT, T_PASSWORD_PROMPT).format(user=target.login_user, host=target.host)
        return getpass.getpass(prompt, stream=stderr)  # type: ignore[arg-type]  # any text stream will do
    return stdin.readline()


def exit_code(result: ProbeResult) -> int:
    if result.cancelled:
        return EXIT_INTERRUPTED
    if not result.control.ok:
        return EXIT_CONTROL
    if any(m is not None and m.ok for m in result.modes.values()):
        return EXIT_OK
    return EXIT_NO_MODE


def run(argv: list[str], stdin: IO[str] | None = None, stdout: IO[str] | None = None, stderr: IO[str] | None = None,
        env: Any = None) -> int:
    """The command. ``env``: the PC whose FTP programs are judged (a clients.env.Environment; None = this one)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = parse_args(argv)
    lang = args.lang or system_language()
    tr = translator(lang)
    if not 0.5 <= args.timeout <= 300:
        print(tr(CONTEXT, T_ERROR).format(message=tr(CONTEXT, T_BAD_TIMEOUT)), file=stderr)
        return EXIT_USAGE
    try:
        target = parse_target(args.target, tls=args.tls)
    except TargetError as exc:
        print(tr(CONTEXT, T_ERROR).format(message=exc.text(tr)), file=stderr)
        return EXIT_USAGE
    if args.report:
        # Known before a single packet: a report format we cannot write is a bad argument, not a
        # warning after the whole probe.
        from ftpwizard.present.report.write import report_format_error

        problem = report_format_error(args.report, lang)
        if problem:
            print(f"ftpwizard probe: error: {problem}", file=stderr)
            return EXIT_USAGE
    if target.password_from_url:
        print(translator(lang)(CONTEXT, T_URL_PASSWORD), file=stderr)
    try:
        target = target.with_credentials(user=args.user)  # a bad user name is said before the password is asked
        password = target.password
        if args.password_stdin:
            password = strip_line_end(_read_password(stdin, stderr, target, lang))
        elif os.environ.get("FTPWIZARD_PASSWORD"):
            # A variable filled from a file saved on Windows keeps its CR: that is not part of the password.
            password = strip_line_end(os.environ["FTPWIZARD_PASSWORD"])
        target = target.with_credentials(password=password)
    except TargetError as exc:
        print(f"ftpwizard probe: error: {exc}", file=stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl+C at the password prompt: the user changed their mind, no traceback
        print("\n" + translator(lang)(CONTEXT, T_CANCELLED), file=stderr)
        return EXIT_INTERRUPTED
    options = ProbeOptions(mode=args.mode, timeout=args.timeout, accept_certificate=args.accept_certificate)

    cancel = CancelToken()
    # The probe runs aside so that Ctrl+C lands here, in the main thread, and cancels it cleanly. Starting
    # it is inside the try: under load the probe may connect before the main thread is back from start().
    probe = None
    try:
        probe = run_aside(lambda: probe_and_diagnose(target, options, None, cancel), "ftpwizard-probe")
        probe.wait()
    except KeyboardInterrupt:
        cancel.cancel()
        if probe is not None:
            probe.wait(timeout=2.0)
        print(translator(lang)(CONTEXT, T_CANCELLED), file=stderr)
        return EXIT_INTERRUPTED
    try:
        result: ProbeResult | None = probe.result()
    except Exception:  # the engine never raises; this would be a bug, reported without the password
        result = None
    if result is None:
        print(tr(CONTEXT, T_ERROR).format(message=tr(CONTEXT, T_INTERNAL)), file=stderr)
        return EXIT_CONTROL
    found = programs = None
    judge_programs = not args.no_programs and result.verdict is not None
    output_error: OutputError | None = None
    if not args.json:
        # The verdict first, at once: finding and judging the programs costs ~0.1 s (the clients package's
        # imports), which the reader should not wait through before the answer.
        try:
            write_output(stdout, human_report(result, lang) + "\n")
        except OutputError as exc:  # a full disk or a closed pipe: still write the report the user asked for
            output_error = exc
    if judge_programs:
        # After the probe, never before it: detection loads the clients package (dataclasses, pathlib...),
        # which the probe itself does not need (tests/probe/test_probe_start_up.py).
        from ftpwizard.present.programs import detect_programs, program_reports_for

        found = detect_programs(target.host, env)
        programs = program_reports_for(result, found)
    if args.json:
        message = render(result.verdict, translator(lang)).headline if result.verdict is not None else ""
        data = to_dict(result, message)
        if programs is not None:
            data["programs"] = [p.to_json() for p in programs]
        text = json.dumps(data, ensure_ascii=False)
        if not can_encode(stdout, text):
            text = json.dumps(data)  # \uXXXX escapes: the same JSON, readable through any console encoding
    else:
        text = programs_section(result, lang, programs)
    if text and output_error is None:
        try:
            write_output(stdout, text + "\n")
        except OutputError as exc:  # a full disk or a closed pipe: still write the report the user asked for
            output_error = exc
    if args.report:
        from ftpwizard.present.report.write import write_report_file  # only when asked: keeps start-up light

        error = write_report_file(result, args.report, lang, found=found, detect=not args.no_programs)
        if error:
            print(f"ftpwizard probe: {error}", file=stderr)
    if output_error is not None:
        return output_failed("ftpwizard probe", output_error, lang)
    return exit_code(result)

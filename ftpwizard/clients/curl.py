"""curl: passive unless a config file says ``ftp-port = -`` (or ``-P -``); ``ftp-pasv`` switches back.

curl reads only the first config file it finds (src/tool_findfile.c, findfile(".curlrc", CURLRC_DOTSCORE),
then on Windows tool_execpath() in src/tool_parsecfg.c), so we read and edit exactly that one:
$CURL_HOME/.curlrc, $XDG_CONFIG_HOME/curlrc (curl 8.10+; .curlrc before), $HOME/.curlrc, on Windows
%USERPROFILE%, %APPDATA% and %USERPROFILE%\\Application Data; then, when XDG_CONFIG_HOME is not set,
$CURL_HOME/.config/curlrc and $HOME/.config/curlrc; on Windows last the folder of curl.exe. On Windows each
``.curlrc`` may also be spelled ``_curlrc`` (the only spelling before curl 7.66, e.g. Windows 10's 7.55.1).
Without any file we create %APPDATA%\\_curlrc on Windows (every curl version reads it) and ~/.curlrc
elsewhere: a new file earlier in the order would hide one the user already has. (One corner is left as
older curls have it: with XDG_CONFIG_HOME set on Windows, curl 8.10+ stops trying the ``_curlrc`` spelling.)
In the file: one option per line, long names with or without ``--``, value after spaces, ``=`` or ``:``.

``disable-epsv`` (a fix outcome.py predicts when EPSV's data port is blocked) lives in the same file and is
changed the same way; curl has no per-server configuration, so it applies to every server.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ftpwizard.clients.changes import FileChange, Plan, PlanError
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ChangeScope, ClientStatus, Problem, TargetMode
from ftpwizard.clients.program_facts import default_mode, new_status
from ftpwizard.clients.textedit import decode, insert_line, split_lines

ID = "curl"
EXES = ("curl",)
WRITES_ON_EXIT = False

_LINE = re.compile(r"^(\s*)(--?)?([A-Za-z][\w-]*)(?:(\s*[=:]\s*|\s+)(\S.*?))?\s*$")


def config_candidates(env: Environment, exe: str | None = None) -> list[Path]:
    """Every file curl looks for, in curl's order; it reads the first one that exists."""
    windows = env.platform == "windows"
    dotted = (".curlrc", "_curlrc") if windows else (".curlrc",)
    out: list[Path] = []
    curl_home, xdg, home = env.var_path("CURL_HOME"), env.var_path("XDG_CONFIG_HOME"), env.var_path("HOME")
    if curl_home:
        out += [curl_home / n for n in dotted]
    if xdg:
        out += [xdg / "curlrc", *(xdg / n for n in dotted)]
    if home:
        out += [home / n for n in dotted]
    if windows:
        for base in (env.var_path("USERPROFILE"), env.var_path("APPDATA")):
            if base:
                out += [base / n for n in dotted]
        profile = env.var_path("USERPROFILE")
        if profile:
            out += [profile / "Application Data" / n for n in dotted]
    if not xdg:
        out += [base / ".config" / "curlrc" for base in (curl_home, home) if base]
    if windows:
        if exe:
            out += [Path(exe).parent / n for n in (".curlrc", "_curlrc")]
    elif env.home / ".curlrc" not in out:
        out.append(env.home / ".curlrc")  # curl's last resort: the home folder of the user's account
    return out


def new_config_path(env: Environment) -> Path:
    """Where to create a config file when curl has none."""
    if env.platform == "windows":
        appdata = env.var_path("APPDATA")
        if appdata:
            return appdata / "_curlrc"
    return env.home / ".curlrc"


def config_file(env: Environment, exe: str | None = None) -> Path | None:
    for p in config_candidates(env, exe):
        if p.is_file():
            return p
    return None


@dataclass
class Option:
    line: int
    mode: TargetMode


def _option_lines(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(line index, match of _LINE) for each option line of a config file; comments and blank lines skipped."""
    for i, line in enumerate(split_lines(text)):
        s = line.rstrip("\r\n")
        if not s.strip() or s.lstrip().startswith("#"):
            continue
        m = _LINE.match(s)
        if m:
            yield i, m


def options(text: str) -> list[Option]:
    found = []
    for i, m in _option_lines(text):
        dashes, name = m.group(2) or "", m.group(3)
        if name in ("ftp-port",) or (dashes == "-" and name == "P"):
            found.append(Option(i, "active"))
        elif name == "ftp-pasv":
            found.append(Option(i, "passive"))
        elif dashes == "-" and name.startswith("P") and len(name) > 1:  # "-P-" written without a space
            found.append(Option(i, "active"))
    return found


def detect(env: Environment, host: str | None) -> ClientStatus | None:
    exe = env.which("curl")
    if env.platform == "windows" and not exe:
        windir = env.var_path("SystemRoot") or env.var_path("WINDIR")
        if windir and (windir / "System32" / "curl.exe").is_file():
            exe = str(windir / "System32" / "curl.exe")
    cfg = config_file(env, exe)
    if not exe and cfg is None:
        return None
    status = new_status(ID, can_apply=True, install_path=exe)
    status.config = str(cfg or new_config_path(env))
    if cfg is None:
        status.mode, status.mode_is_default = default_mode(ID), True
        return status
    try:
        found = options(decode(cfg.read_bytes()).text)
    except OSError as e:
        status.problem = Problem("unreadable", str(cfg), e.strerror or str(e))
        status.can_apply = False
        return status
    status.mode = found[-1].mode if found else default_mode(ID)
    status.mode_is_default = not found
    return status


def plan(env: Environment, status: ClientStatus, mode: TargetMode, host: str | None, change_sites: bool) -> Plan:
    if status.mode == mode:
        return Plan()
    path = Path(status.config or "")
    old = path.read_bytes() if path.is_file() else None
    tf = decode(old or b"")
    lines = split_lines(tf.text)
    found = options(tf.text)
    new_line = "ftp-port = -" if mode == "active" else "ftp-pasv"
    if found:
        i = found[-1].line
        m = _LINE.match(lines[i].rstrip("\r\n"))
        if not m:
            raise PlanError("malformed", detail=f"line {i + 1}")
        ending = lines[i][len(lines[i].rstrip("\r\n")) :]
        lines[i] = m.group(1) + new_line + ending
    else:
        insert_line(lines, len(lines), new_line, tf.eol())
    tf.text = "".join(lines)
    return Plan([FileChange(path, old, tf.encode(), f"{path.name}: {new_line}")])


# The boolean options that turn EPSV off or on again (docs/cmdline-opts/disable-epsv.md, epsv.md: "--epsv" is
# the default, "--no-epsv" and "--disable-epsv" turn it off, "--no-disable-epsv" on); the last one wins.
EPSV_OPTIONS = {"disable-epsv": True, "no-epsv": True, "epsv": False, "no-disable-epsv": False}


def epsv_lines(text: str) -> list[tuple[int, bool]]:
    """(line index, EPSV disabled?) for each line of a config file that sets it, in order."""
    return [(i, EPSV_OPTIONS[m.group(3)]) for i, m in _option_lines(text)
            if (m.group(2) or "--") == "--" and m.group(3) in EPSV_OPTIONS]


def read_disable_epsv(path: Path) -> bool | None:
    """Is EPSV disabled by the config file at ``path``? None: the file does not say (curl tries EPSV first)."""
    if not path.is_file():
        return None
    found = epsv_lines(decode(path.read_bytes()).text)
    return found[-1][1] if found else None


def plan_disable_epsv(env: Environment, status: ClientStatus, value: bool, host: str | None,
                      scope: ChangeScope) -> Plan:
    """``disable-epsv`` (value True) or ``epsv`` (False) in the one config file curl reads: the last line that
    says either is changed in place, else the option is added at the end (the file is created if curl has
    none). Every server: curl has no per-server configuration (apply_fix refuses scope "server")."""
    path = Path(status.config or "")
    old = path.read_bytes() if path.is_file() else None
    tf = decode(old or b"")
    found = epsv_lines(tf.text)
    if (found[-1][1] if found else False) == value:
        return Plan()
    new_line = "disable-epsv" if value else "epsv"
    lines = split_lines(tf.text)
    if found:
        i = found[-1][0]
        m = _LINE.match(lines[i].rstrip("\r\n"))
        assert m is not None  # epsv_lines matched it
        ending = lines[i][len(lines[i].rstrip("\r\n")) :]
        lines[i] = m.group(1) + (m.group(2) or "") + new_line + ending
    else:
        insert_line(lines, len(lines), new_line, tf.eol())
    tf.text = "".join(lines)
    return Plan([FileChange(path, old, tf.encode(), f"{path.name}: {new_line}")])

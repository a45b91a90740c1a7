"""curl: passive unless a config file says ``ftp-port = -`` (or ``-P -``); ``ftp-pasv`` switches back.

curl uses the first config file it finds: $CURL_HOME/.curlrc, $XDG_CONFIG_HOME/curlrc, ~/.curlrc;
on Windows also %USERPROFILE%\\.curlrc, %APPDATA%\\.curlrc and the ``_curlrc`` spellings.
In the file: one option per line, long names with or without ``--``, value after spaces, ``=`` or ``:``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ftpwizard.clients.changes import FileChange, Plan, PlanError
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus, Problem, TargetMode
from ftpwizard.clients.textedit import decode, insert_line, split_lines

ID = "curl"
NAME = "curl"
EXES = ("curl",)
WRITES_ON_EXIT = False

_LINE = re.compile(r"^(\s*)(--?)?([A-Za-z][\w-]*)(?:(\s*[=:]\s*|\s+)(\S.*?))?\s*$")


def config_candidates(env: Environment) -> list[Path]:
    names = [".curlrc", "_curlrc"] if env.platform == "windows" else [".curlrc"]
    out: list[Path] = []
    curl_home = env.var_path("CURL_HOME")
    if curl_home:
        out += [curl_home / n for n in names]
    xdg = env.var_path("XDG_CONFIG_HOME")
    if xdg:
        out += [xdg / "curlrc"]
    if env.platform == "windows":
        for var in ("USERPROFILE", "APPDATA"):
            base = env.var_path(var)
            if base:
                out += [base / n for n in names]
    else:
        out += [env.home / ".curlrc"]
    return out


def config_file(env: Environment) -> Path | None:
    for p in config_candidates(env):
        if p.is_file():
            return p
    return None


@dataclass
class Option:
    line: int
    mode: TargetMode


def options(text: str) -> list[Option]:
    found = []
    for i, line in enumerate(split_lines(text)):
        s = line.rstrip("\r\n")
        if not s.strip() or s.lstrip().startswith("#"):
            continue
        m = _LINE.match(s)
        if not m:
            continue
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
    cfg = config_file(env)
    if not exe and cfg is None:
        return None
    status = ClientStatus(ID, NAME, scope="global", can_apply=True, install_path=exe)
    status.config = str(cfg or config_candidates(env)[-1])
    if cfg is None:
        status.mode, status.mode_is_default = "passive", True
        return status
    try:
        found = options(decode(cfg.read_bytes()).text)
    except OSError as e:
        status.problem = Problem("unreadable", str(cfg), e.strerror or str(e))
        status.can_apply = False
        return status
    status.mode = found[-1].mode if found else "passive"
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

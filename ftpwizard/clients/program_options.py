"""The program settings besides the mode that decide an outcome, read from the same files detection reads:
curl's ``disable-epsv`` / ``epsv`` in the one config file it reads, lftp's ``set ftp:prefer-epsv`` in its rc
files (globally, or for this host: ``set ftp:prefer-epsv/HOST on``). Names as in the capabilities' "options".
Read only; nothing here writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ftpwizard.clients import curl, lftp
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus
from ftpwizard.clients.outcome import ProgramSetting, setting_from_status
from ftpwizard.clients.textedit import decode, split_lines


def _curl_options(status: ClientStatus) -> dict[str, Any]:
    path = Path(status.config) if status.config else None
    if path is None or not path.is_file():
        return {}
    try:
        text = decode(path.read_bytes()).text
    except OSError:
        return {}
    disable: bool | None = None
    for line in split_lines(text):
        s = line.rstrip("\r\n")
        if not s.strip() or s.lstrip().startswith("#"):
            continue
        m = curl._LINE.match(s)
        if not m:
            continue
        name = m.group(3)
        if name in ("disable-epsv", "no-epsv"):
            disable = True
        elif name == "epsv":  # --epsv turns it back on; the last one wins
            disable = False
    return {} if disable is None else {"disable-epsv": disable}


def _is_prefer_epsv(name: str) -> bool:
    prefix, sep, rest = name.lower().partition(":")
    if not sep:
        prefix, rest = "ftp", name.lower()
    return bool(prefix) and "ftp".startswith(prefix) and len(rest) >= 8 and "prefer-epsv".startswith(rest)


def _lftp_options(env: Environment, host: str | None) -> dict[str, Any]:
    """The last global ``set ftp:prefer-epsv`` line, unless one for this host exists (lftp then uses that)."""
    found: dict[bool, bool] = {}  # for this host? -> value
    for path in lftp.rc_files(env):
        try:
            text = decode(path.read_bytes()).text
        except OSError:
            continue
        for cmd in lftp.commands(text):
            if cmd[0].text != "set":
                continue
            args = cmd[1:]
            while args and args[0].text.startswith("-"):
                args = args[1:]
            if len(args) < 2:
                continue
            var, _, closure = args[0].text.partition("/")
            if not _is_prefer_epsv(var) or (closure and not (host and lftp.closure_matches(closure, host))):
                continue
            parsed = lftp.parse_bool(args[1].text)
            if parsed is not None:  # lftp ignores an invalid value
                found[bool(closure)] = parsed
    value = found.get(True, found.get(False))
    return {} if value is None else {"ftp:prefer-epsv": value}


def read_setting(env: Environment, status: ClientStatus, host: str | None = None) -> ProgramSetting:
    """The program's setting for ``host`` as predict_outcome wants it: its mode and the options we can read."""
    setting = setting_from_status(status)
    if status.id == "curl":
        options = _curl_options(status)
    elif status.id == "lftp":
        options = _lftp_options(env, host)
    else:
        options = {}
    return ProgramSetting(setting.mode, options)

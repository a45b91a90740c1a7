"""Total Commander: ``wcx_ftp.ini``, one section per FTP connection with ``pasvmode=1|0`` and a
``[default]`` section for new connections. The INI's location comes from ``FtpIniName`` in
``HKCU``/``HKLM\\Software\\Ghisler\\Total Commander``, else %APPDATA%\\GHISLER\\wcx_ftp.ini.
Key names are confirmed by third parties only, so we read them but never write them."""

from __future__ import annotations

import re
from pathlib import Path

from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus, Problem, SiteMode, SiteSetting, host_matches
from ftpwizard.clients.program_facts import new_status
from ftpwizard.clients.textedit import decode, ini_entries, readable

ID = "totalcmd"
EXES = ("totalcmd", "totalcmd64")
TC_KEY = r"Software\Ghisler\Total Commander"


def _expand(value: str, env: Environment, install: str | None) -> Path:
    value = env.expand(value)
    if value.startswith((".\\", "./")) and install:
        return Path(install) / value[2:]
    if not re.search(r"[\\/]", value):
        windir = env.var("WINDIR") or env.var("SystemRoot") or r"C:\Windows"
        return Path(windir) / value
    return Path(value)


def detect(env: Environment, host: str | None) -> ClientStatus | None:
    if env.platform != "windows" or env.registry is None:
        return None
    installed, version, install = False, None, None
    for e in env.uninstall_entries():
        if e.key.lower() in ("totalcmd", "totalcmd64") or e.display_name.startswith("Total Commander"):
            installed, version, install = True, e.version, e.install_location
            break
    ini_name = None
    for hive in ("HKCU", "HKLM"):
        d = env.registry.get(hive, TC_KEY, "InstallDir")
        if d:
            installed, install = True, install or d.as_text()
        n = env.registry.get(hive, TC_KEY, "FtpIniName")
        if n and not ini_name:
            ini_name = n.as_text()
    if not installed:
        return None
    appdata = env.var_path("APPDATA")
    ini = _expand(ini_name, env, install) if ini_name else (appdata / "GHISLER" / "wcx_ftp.ini" if appdata else None)
    status = new_status(ID, version=version, install_path=install,
                        config=str(ini) if ini else None)
    if ini is None or not ini.is_file():
        return status
    try:
        sections = read_ini(ini)
    except ValueError as e:
        status.problem = Problem("malformed", str(ini), str(e))
        return status
    default = sections.get("default", {}).get("pasvmode")
    status.mode = {"1": "passive", "0": "active"}.get((default or "").strip(), "unknown")  # type: ignore[assignment]
    if host:
        for name, values in sections.items():
            if name in ("connections", "default", "general") or "host" not in values:
                continue
            if host_matches(values["host"], host):
                raw = values.get("pasvmode", "").strip()
                mode: SiteMode = "passive" if raw == "1" else "active" if raw == "0" else "default"
                status.sites.append(SiteSetting(name, values["host"], mode))
    return status


def read_ini(path: Path) -> dict[str, dict[str, str]]:
    """{section: {lower-case key: value}}; "default" and "connections" lower-cased, text made readable."""
    sections: dict[str, dict[str, str]] = {}
    for section, key, value in ini_entries(decode(path.read_bytes()).text):
        if section is None:
            continue
        name = readable(section)
        name = name.lower() if name.lower() in ("default", "connections") else name
        sections.setdefault(name, {})[key.lower()] = readable(value)
    return sections

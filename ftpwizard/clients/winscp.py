"""WinSCP: session value ``FtpPasvMode`` (REG_DWORD / INI 0|1) per stored site.

Storage: ``WinSCP.ini`` whenever the INI file WinSCP looks for exists (see ini_for_reading), with sections
``[Sessions\\<escaped name>]``; else ``HKCU\\Software\\Martin Prikryl\\WinSCP 2\\Sessions\\<escaped name>``.
WinSCP saves a session value only when it differs from its factory defaults, so a missing value means the
factory default, passive. The "Default Settings" site only seeds new sites; we report it as the global mode.
Site names are PuTTY-style percent-escaped; non-ASCII names are UTF-8 with a BOM before escaping.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from urllib.parse import quote, unquote_to_bytes

from ftpwizard.clients.changes import FileChange, Plan, PlanError, RegChange
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus, Problem, SiteMode, SiteSetting, TargetMode, host_matches
from ftpwizard.clients.program_facts import default_mode, new_status
from ftpwizard.clients.registry import REG_DWORD, RegValue, app_path
from ftpwizard.clients.textedit import decode, ini_entries, insert_line, split_lines

ID = "winscp"
EXES = ("winscp",)
CONFIG_KEY = r"Software\Martin Prikryl\WinSCP 2"
OVERRIDE_KEY = CONFIG_KEY + " Override"  # value IniFile: a custom INI path set in Preferences > Storage
SESSIONS_KEY = CONFIG_KEY + r"\Sessions"
DEFAULT_SITE = "Default%20Settings"
FTP_PROTOCOL = 5


def decode_name(escaped: str) -> str:
    raw = unquote_to_bytes(escaped)
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace")
    for enc in ("utf-8", "cp949"):  # old versions wrote the ANSI code page
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def encode_name(name: str) -> str:
    raw = name.encode("utf-8")
    if not name.isascii():
        raw = codecs.BOM_UTF8 + raw
    return quote(raw, safe="/-_.~")


def _install_dir(env: Environment) -> tuple[bool, str | None, Path | None]:
    if env.registry is None:
        return False, None, None
    for e in env.uninstall_entries():
        if e.key.lower() == "winscp3_is1" or e.display_name.startswith("WinSCP"):
            loc = Path(e.install_location) if e.install_location else None
            return True, e.version, loc
    exe = app_path(env.registry, "WinSCP.exe")
    if exe:
        return True, None, Path(exe).parent
    for var in ("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"):
        base = env.var_path(var)
        for sub in ("WinSCP", "Programs/WinSCP"):
            if base and (base / sub / "WinSCP.exe").is_file():
                return True, None, base / sub
    if env.registry.exists("HKCU", CONFIG_KEY):
        return True, None, None
    return False, None, None


def ini_for_reading(env: Environment, install: Path | None) -> Path | None:
    """The INI file WinSCP would read, existing or not (TConfiguration::GetIniFileStorageName(true)):
    the path in ``HKCU\\...\\WinSCP 2 Override`` value ``IniFile`` (environment variables expanded), else
    WinSCP.ini next to WinSCP.exe if it exists, else %APPDATA%\\WinSCP.ini if it exists, else the one next
    to WinSCP.exe; in the last three cases a copy in the VirtualStore (UAC virtualization) wins.
    None when it cannot be known (no custom path and no install folder nor APPDATA)."""
    if env.registry is not None:
        custom = env.registry.get("HKCU", OVERRIDE_KEY, "IniFile")
        if custom is not None and (custom.as_text() or "").strip():
            return Path(env.expand((custom.as_text() or "").strip()))
    program_ini = install / "WinSCP.ini" if install else None
    appdata = env.var_path("APPDATA")
    appdata_ini = appdata / "WinSCP.ini" if appdata else None
    if program_ini is not None and program_ini.is_file():
        chosen: Path | None = program_ini
    elif appdata_ini is not None and appdata_ini.is_file():
        chosen = appdata_ini
    else:
        chosen = program_ini
    if chosen is None:
        return None
    virtual = env.virtual_store(chosen)
    return virtual if virtual is not None and virtual.is_file() else chosen


def storage(env: Environment, install: Path | None) -> Path | None:
    """The INI file WinSCP uses, or None for the registry (TWinConfiguration::DetectStorage): an existing
    INI file always wins, even when the registry holds a configuration too (WinSCP leaves the registry
    data behind when the user switches storage)."""
    ini = ini_for_reading(env, install)
    if ini is not None and ini.is_file():
        return ini
    return None


class _Sessions:
    """Sessions as {escaped name: {value name: text}}, from the registry or an INI file."""

    def __init__(self, env: Environment, ini: Path | None) -> None:
        self.env = env
        self.ini = ini
        self.data: dict[str, dict[str, str]] = {}
        if ini is None:
            reg = env.registry
            assert reg is not None
            for sub in reg.subkeys("HKCU", SESSIONS_KEY):
                values = {}
                for name in ("HostName", "FSProtocol", "FtpPasvMode"):
                    v = reg.get("HKCU", f"{SESSIONS_KEY}\\{sub}", name)
                    if v is not None and v.as_text() is not None:
                        values[name] = v.as_text() or ""
                self.data[sub] = values
        else:
            self._read_ini(ini)

    def _read_ini(self, ini: Path) -> None:
        try:
            tf = decode(ini.read_bytes())
        except OSError as e:
            raise PlanError("unreadable", path=str(ini), detail=e.strerror or str(e)) from None
        try:
            for section, key, value in ini_entries(tf.text, comments=(";", "#"), strict=True):
                if section and section.lower().startswith("sessions\\"):
                    self.data.setdefault(section[len("sessions\\") :], {})[key] = value
        except ValueError as e:
            raise PlanError("malformed", path=str(ini), detail=str(e)) from None

    def mode(self, escaped: str) -> SiteMode:
        raw = self.data.get(escaped, {}).get("FtpPasvMode")
        if raw is None:
            return "default"
        if raw.strip() in ("0", "1"):
            return "passive" if raw.strip() == "1" else "active"
        raise PlanError("malformed", detail=f"FtpPasvMode = {raw!r}")


def detect(env: Environment, host: str | None) -> ClientStatus | None:
    if env.platform != "windows":
        return None
    installed, version, install = _install_dir(env)
    if not installed:
        return None
    ini = storage(env, install)
    status = new_status(ID, version=version, can_apply=True, site_default=default_mode(ID),
                        install_path=str(install) if install else None)
    status.config = str(ini) if ini else f"HKCU\\{SESSIONS_KEY}"
    try:
        sessions = _Sessions(env, ini)
        default = sessions.mode(DEFAULT_SITE)
        status.mode = "active" if default == "active" else "passive"
        status.mode_is_default = default == "default"
        if host:
            status.sites = [s for _escaped, s in _sites(sessions) if host_matches(s.host, host)]
    except PlanError as e:
        status.problem = Problem(e.key, status.config, e.params.get("detail", ""))
        status.can_apply = False
    return status


def _sites(sessions: _Sessions) -> list[tuple[str, SiteSetting]]:
    """The FTP sites, each with its escaped session name: the key to edit, since two stored names
    (an old ANSI one and a UTF-8 one) can read the same once decoded."""
    sites = []
    for escaped, values in sessions.data.items():
        if escaped == DEFAULT_SITE:
            continue
        # A stored site does not inherit from Default Settings: no FSProtocol = the factory default, SFTP.
        proto = values.get("FSProtocol")
        if proto is None or proto.strip() != str(FTP_PROTOCOL):
            continue
        host = unquote_to_bytes(values.get("HostName", "")).decode("utf-8", errors="replace")
        sites.append((escaped, SiteSetting(decode_name(escaped), host, sessions.mode(escaped))))
    return sites


def plan(env: Environment, status: ClientStatus, mode: TargetMode, host: str | None, change_sites: bool) -> Plan:
    ini = Path(status.config) if status.config and not status.config.startswith("HKCU\\") else None
    sessions = _Sessions(env, ini)
    result = Plan()
    targets: list[tuple[str, str]] = []  # (escaped session name, description)
    if status.mode != mode:  # detect() derived it from the Default Settings site the same way
        targets.append((DEFAULT_SITE, "Default Settings"))
    contradicting = [(escaped, s) for escaped, s in _sites(sessions)
                     if (host is None or host_matches(s.host, host)) and status.site_mode(s) != mode]
    if change_sites:
        targets += [(escaped, s.name) for escaped, s in contradicting]
    else:
        result.conflicts = [s for _escaped, s in contradicting]
    return _plan_sessions(env, ini, targets, mode, result)


def plan_server(env: Environment, status: ClientStatus, mode: TargetMode, host: str) -> Plan:
    """Set FtpPasvMode of the saved sites of ``host`` that do not use ``mode`` now; Default Settings (which
    new sites start from) and other sites stay as they are."""
    ini = Path(status.config) if status.config and not status.config.startswith("HKCU\\") else None
    targets = [(escaped, s.name) for escaped, s in _sites(_Sessions(env, ini))
               if host_matches(s.host, host) and status.site_mode(s) != mode]
    return _plan_sessions(env, ini, targets, mode, Plan())


def _plan_sessions(env: Environment, ini: Path | None, targets: list[tuple[str, str]], mode: TargetMode,
                   result: Plan) -> Plan:
    """Add to ``result`` the changes that set FtpPasvMode of the ``targets`` sessions (escaped name, label)."""
    value = 1 if mode == "passive" else 0
    if ini is None:
        for escaped, label in targets:
            key = f"{SESSIONS_KEY}\\{escaped}"
            assert env.registry is not None
            old = env.registry.get("HKCU", key, "FtpPasvMode")
            result.changes.append(RegChange("HKCU", key, "FtpPasvMode", old, RegValue(REG_DWORD, value),
                                            f"WinSCP '{label}': FtpPasvMode -> {value}"))
    elif targets:
        data = ini.read_bytes()
        new = data
        for escaped, _label in targets:
            new = set_ini_value(new, f"Sessions\\{escaped}", "FtpPasvMode", str(value))
        result.changes.append(FileChange(ini, data, new, f"{ini.name}: FtpPasvMode -> {value} ({len(targets)})"))
    return result


def set_ini_value(data: bytes, section: str, key: str, value: str) -> bytes:
    """Set ``key=value`` in ``[section]`` (case-insensitive names), adding the key or the section if needed."""
    tf = decode(data)
    lines = split_lines(tf.text)
    eol = tf.eol()
    current = None
    last_in_section = None
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("[") and s.endswith("]"):
            current = s[1:-1]
            if current.lower() == section.lower():
                last_in_section = i
            continue
        if current is not None and current.lower() == section.lower():
            if s:
                last_in_section = i
            k, sep, _v = line.partition("=")
            if sep and k.strip().lower() == key.lower():
                ending = line[len(line.rstrip("\r\n")) :]
                lines[i] = f"{k}={value}{ending}"
                tf.text = "".join(lines)
                return tf.encode()
    if last_in_section is not None:
        insert_line(lines, last_in_section + 1, f"{key}={value}", eol)
    else:
        insert_line(lines, len(lines), f"[{section}]", eol)
        insert_line(lines, len(lines), f"{key}={value}", eol)
    tf.text = "".join(lines)
    return tf.encode()

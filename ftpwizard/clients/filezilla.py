"""FileZilla 3.x: filezilla.xml ``<Setting name="Use Pasv mode">`` (global, default 1 = passive) and
sitemanager.xml ``<Server><PasvMode>MODE_DEFAULT|MODE_ACTIVE|MODE_PASSIVE`` (per site)."""

from __future__ import annotations

import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ftpwizard.clients.changes import FileChange, Plan, PlanError
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus, Problem, SiteMode, SiteSetting, TargetMode, host_matches
from ftpwizard.clients.program_facts import new_status
from ftpwizard.clients.registry import app_path
from ftpwizard.clients.textedit import decode, line_indent

ID = "filezilla"
EXES = ("filezilla",)
SETTING = "Use Pasv mode"
# Protocols whose sites have a transfer mode (FTP, FTPS, FTPES, insecure FTP); SFTP etc. have none.
FTP_PROTOCOLS = {"0", "3", "4", "6"}
PASV_VALUES: dict[str, SiteMode] = {"MODE_ACTIVE": "active", "MODE_PASSIVE": "passive"}
SITE_VALUE = {"active": "MODE_ACTIVE", "passive": "MODE_PASSIVE"}


# The installer writes DisplayName "FileZilla <version>" (data/install.nsi.in); older ones "FileZilla Client
# <version>". "FileZilla Server" is the server, not an FTP program for the user.
_CLIENT_DISPLAY_NAME = re.compile(r"FileZilla (?:Client\b|\d)")


def config_dir(env: Environment, install: str | None = None) -> Path | None:
    """FileZilla's settings folder (fz_paths.cpp GetSettingsDir): where fzdefaults.xml's "Config Location"
    points (managed and portable installs), else the usual per-user folder. Raises PlanError when an
    fzdefaults.xml exists but cannot be read: the settings may then be anywhere."""
    defaults = defaults_dir(env, install)
    if defaults is not None:
        moved = _config_location(env, defaults)
        if moved is not None:
            return moved
    return _unadjusted_config_dir(env)


def defaults_dir(env: Environment, install: str | None) -> Path | None:
    """The folder holding the fzdefaults.xml FileZilla reads (fz_paths.cpp GetDefaultsDir, GetFZDataDir):
    on Linux the settings folder, then /etc/filezilla; then $FZ_DATADIR, FileZilla's own program folder
    and, for a program in .../bin, .../share/filezilla; on a Mac the bundle's SharedSupport."""
    folders: list[Path] = []
    if env.platform == "linux":
        unadjusted = _unadjusted_config_dir(env)
        if unadjusted is not None:
            folders.append(unadjusted)
        folders.append(env.path("/etc/filezilla"))
    if env.platform == "macos":
        if install:
            folders.append(Path(install) / "Contents" / "SharedSupport")
    else:
        datadir = env.var_path("FZ_DATADIR")
        if datadir:
            folders.append(datadir)
        if install:
            exe_dir = Path(install) if env.platform == "windows" else Path(install).parent
            folders.append(exe_dir)
            if exe_dir.name == "bin":
                folders.append(exe_dir.parent / "share" / "filezilla")
    for folder in folders:
        if (folder / "fzdefaults.xml").is_file():
            return folder
    return None


def _config_location(env: Environment, defaults: Path) -> Path | None:
    """fzdefaults.xml's "Config Location", expanded the way FileZilla does (ExpandPath: a path segment
    "$NAME" is the environment variable NAME, "$$x" is "$x"); relative to the fzdefaults.xml folder. None
    when not set or when the folder does not exist (FileZilla then uses its usual folder)."""
    path = defaults / "fzdefaults.xml"
    parsed = _parse(path)
    if parsed is None:
        return None
    value = ""
    for setting in parsed[1].iter("Setting"):
        if setting.get("name") == "Config Location":
            value = (setting.text or "").strip()
            break
    if not value:
        return None
    segments = re.split(r"[\\/]" if env.platform == "windows" else "/", value)
    expanded = []
    for segment in segments:
        if segment.startswith("$$"):
            expanded.append(segment[1:])
        elif segment.startswith("$"):
            expanded.append((env.var(segment[1:]) or "") if len(segment) > 1 else "")
        else:
            expanded.append(segment)
    moved = defaults / "/".join(expanded)
    return moved if moved.exists() else None


def _unadjusted_config_dir(env: Environment) -> Path | None:
    if env.platform == "windows":
        appdata = env.var_path("APPDATA")
        return appdata / "FileZilla" if appdata else None
    candidates = []
    xdg = env.var_path("XDG_CONFIG_HOME")
    if xdg:
        candidates.append(xdg / "filezilla")
    candidates += [env.home / ".config" / "filezilla", env.home / ".filezilla"]
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[0]


def _installed(env: Environment) -> tuple[bool, str | None, str | None]:
    """(installed, version, install path)."""
    if env.platform == "windows" and env.registry is not None:
        for e in env.uninstall_entries():
            if e.key == "FileZilla Client" or _CLIENT_DISPLAY_NAME.match(e.display_name):
                return True, e.version, e.install_location
        for hive in ("HKLM", "HKCU"):
            for key in (r"SOFTWARE\FileZilla Client", r"SOFTWARE\WOW6432Node\FileZilla Client"):
                v = env.registry.get(hive, key, "Version")
                if v or env.registry.exists(hive, key):
                    d = env.registry.get(hive, key, "")
                    return True, v.as_text() if v else None, d.as_text() if d else None
        exe = app_path(env.registry, "filezilla.exe")
        if exe:
            return True, None, str(Path(exe).parent)
    if env.platform == "windows":
        for var in ("ProgramFiles", "ProgramFiles(x86)"):
            base = env.var_path(var)
            if base and (base / "FileZilla FTP Client" / "filezilla.exe").is_file():
                return True, None, str(base / "FileZilla FTP Client")
        return False, None, None
    if env.platform == "macos":
        for apps in (env.path("/Applications"), env.home / "Applications"):
            bundle = apps / "FileZilla.app"
            if bundle.is_dir():
                return True, bundle_version(bundle), str(bundle)
    exe = env.which("filezilla")
    if exe:
        return True, None, exe
    return False, None, None


def bundle_version(bundle: Path) -> str | None:
    try:
        with open(bundle / "Contents" / "Info.plist", "rb") as f:
            info = plistlib.load(f)
    except (OSError, plistlib.InvalidFileException, ValueError):
        return None
    v = info.get("CFBundleShortVersionString") or info.get("CFBundleVersion")
    return str(v) if v else None


def detect(env: Environment, host: str | None) -> ClientStatus | None:
    installed, version, install = _installed(env)
    try:
        cdir = config_dir(env, install)
    except PlanError as e:  # an unreadable fzdefaults.xml: the settings could be anywhere, change nothing
        if not installed:
            return None
        return new_status(ID, version=version, install_path=install,
                          problem=Problem(e.key, e.params.get("path", ""), e.params.get("detail", "")))
    settings = cdir / "filezilla.xml" if cdir else None
    # On Linux a config folder alone counts: FileZilla may run from a Flatpak or a tarball.
    if not installed and not (env.platform == "linux" and settings and settings.is_file()):
        return None
    status = new_status(ID, version=version, install_path=install, can_apply=True)
    status.config = str(settings) if settings else None
    if settings is None:
        status.can_apply = False
        return status
    try:
        value = read_global(settings)
    except PlanError as e:
        status.problem = Problem(e.key, str(settings), e.params.get("detail", ""))
        status.can_apply = False
        return status
    status.mode = "active" if value == "0" else "passive"
    status.mode_is_default = value is None
    if host:
        try:
            status.sites = [s for s in read_sites(settings.parent / "sitemanager.xml") if host_matches(s.host, host)]
        except PlanError as e:
            status.problem = Problem(e.key, str(settings.parent / "sitemanager.xml"), e.params.get("detail", ""))
            status.can_apply = False
    return status


def _parse(path: Path) -> tuple[bytes, ET.Element] | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise PlanError("unreadable", path=str(path), detail=e.strerror or str(e)) from None
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise PlanError("malformed", path=str(path), detail=str(e)) from None
    if root.tag != "FileZilla3":
        raise PlanError("malformed", path=str(path), detail=f"root element <{root.tag}>, expected <FileZilla3>")
    return data, root


def read_global(path: Path) -> str | None:
    """The stored "Use Pasv mode" value ("1"/"0"), or None when not stored (FileZilla then uses 1)."""
    parsed = _parse(path)
    if parsed is None:
        return None
    for s in parsed[1].iter("Setting"):
        if s.get("name") == SETTING:
            value = (s.text or "").strip()
            if value not in ("0", "1"):
                raise PlanError("malformed", path=str(path), detail=f"{SETTING} = {value!r}")
            return value
    return None


def read_sites(path: Path) -> list[SiteSetting]:
    return [site for _position, site in _ftp_sites(path)]


def _ftp_sites(path: Path) -> list[tuple[int, SiteSetting]]:
    """The FTP sites, each with its position among all <Server> elements (SFTP ones included): the
    position set_site() edits, so that skipping an SFTP site never shifts the edit onto another site."""
    parsed = _parse(path)
    if parsed is None:
        return []
    sites = []
    for position, server in enumerate(parsed[1].iter("Server")):
        if (server.findtext("Protocol") or "0").strip() not in FTP_PROTOCOLS:
            continue
        raw = (server.findtext("PasvMode") or "").strip()
        site = SiteSetting(
            name=(server.findtext("Name") or "").strip() or (server.findtext("Host") or "").strip(),
            host=(server.findtext("Host") or "").strip(),
            mode=PASV_VALUES.get(raw, "default"),
        )
        sites.append((position, site))
    return sites


def plan(env: Environment, status: ClientStatus, mode: TargetMode, host: str | None, change_sites: bool) -> Plan:
    assert status.config is not None
    settings = Path(status.config)
    result = Plan()
    want = "1" if mode == "passive" else "0"
    if status.mode != mode:  # detect() read the global value moments ago (apply_mode detects, then plans)
        old = settings.read_bytes() if settings.exists() else None
        new = set_global(old, want)
        result.changes.append(FileChange(settings, old, new, f"{settings.name}: {SETTING} -> {want}"))
    sm = settings.parent / "sitemanager.xml"
    contradicting = [
        (position, site)
        for position, site in _ftp_sites(sm)
        if site.mode not in ("default", mode) and (host is None or host_matches(site.host, host))
    ]
    if change_sites and contradicting:
        data = sm.read_bytes()
        new = data
        try:
            for position, _site in contradicting:
                new = set_site(new, position, SITE_VALUE[mode])
        except PlanError as e:
            raise PlanError(e.key, **{**e.params, "path": str(sm)}) from None
        result.changes.append(
            FileChange(sm, data, new, f"{sm.name}: PasvMode -> {SITE_VALUE[mode]} ({len(contradicting)})")
        )
    else:
        result.conflicts = [site for _position, site in contradicting]
    return result


def plan_server(env: Environment, status: ClientStatus, mode: TargetMode, host: str) -> Plan:
    """Set <PasvMode> of the saved sites of ``host`` that do not use ``mode`` now (including those that follow
    the global setting); the global setting, Quick Connect and other sites stay as they are."""
    assert status.config is not None
    sm = Path(status.config).parent / "sitemanager.xml"
    wrong = [position for position, site in _ftp_sites(sm)
             if host_matches(site.host, host) and status.site_mode(site) != mode]
    if not wrong:
        return Plan()
    data = sm.read_bytes()
    new = data
    for position in wrong:
        new = set_site(new, position, SITE_VALUE[mode])
    return Plan([FileChange(sm, data, new, f"{sm.name}: PasvMode -> {SITE_VALUE[mode]} ({len(wrong)})")])


_SETTING_RE = re.compile(r'(<Setting\s+name="Use Pasv mode"[^>]*>)([^<]*)(</Setting>)')


def set_global(data: bytes | None, value: str) -> bytes:
    if data is None:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3>\n\t<Settings>\n'
            f'\t\t<Setting name="{SETTING}">{value}</Setting>\n\t</Settings>\n</FileZilla3>\n'
        ).encode()
    tf = decode(data)
    text = tf.text
    m = _SETTING_RE.search(text)
    if m:
        tf.text = text[: m.start(2)] + value + text[m.end(2) :]
    else:
        close = text.find("</Settings>")
        eol = tf.eol()
        if close >= 0:
            prev = text.rfind("<Setting ", 0, close)
            indent = line_indent(text, prev) if prev >= 0 else line_indent(text, close) + "\t"
            line_start = close - len(line_indent(text, close))
            element = f'{indent}<Setting name="{SETTING}">{value}</Setting>{eol}'
            if text[line_start:close].strip() == "":
                tf.text = text[:line_start] + element + text[line_start:]
            else:
                tf.text = text[:close] + element + text[close:]
        elif "<Settings/>" in text or "<Settings />" in text:
            tag = "<Settings/>" if "<Settings/>" in text else "<Settings />"
            tf.text = text.replace(tag, f'<Settings><Setting name="{SETTING}">{value}</Setting></Settings>', 1)
        else:
            close = text.rfind("</FileZilla3>")
            if close < 0:
                raise PlanError("malformed", detail="no </FileZilla3>")
            element = f'\t<Settings>{eol}\t\t<Setting name="{SETTING}">{value}</Setting>{eol}\t</Settings>{eol}'
            tf.text = text[:close] + element + text[close:]
    return tf.encode()


_SERVER_RE = re.compile(r"<Server\b[^>]*>.*?</Server>", re.S)
_PASV_RE = re.compile(r"(<PasvMode>)([^<]*)(</PasvMode>)")


def set_site(data: bytes, index: int, value: str) -> bytes:
    """Set <PasvMode> of the index-th <Server> (in document order, counting every protocol), inserting it
    when absent."""
    tf = decode(data)
    text = tf.text
    blocks = list(_SERVER_RE.finditer(text))
    parsed = _parse_bytes(data)
    if len(blocks) != len(list(parsed.iter("Server"))):
        raise PlanError("malformed", detail="unexpected <Server> layout")
    b = blocks[index]
    block = b.group(0)
    m = _PASV_RE.search(block)
    if m:
        block = block[: m.start(2)] + value + block[m.end(2) :]
    else:
        close = block.rfind("</Server>")
        first_child = block.find("<", block.find(">") + 1)
        indent = line_indent(text, b.start() + first_child)
        close_indent = line_indent(text, b.start() + close)
        line_start = close - len(close_indent)
        if block[line_start:close].strip() == "":
            block = block[:line_start] + f"{indent}<PasvMode>{value}</PasvMode>{tf.eol()}" + block[line_start:]
        else:
            block = block[:close] + f"<PasvMode>{value}</PasvMode>" + block[close:]
    tf.text = text[: b.start()] + block + text[b.end() :]
    return tf.encode()


def _parse_bytes(data: bytes) -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as e:
        raise PlanError("malformed", detail=str(e)) from None

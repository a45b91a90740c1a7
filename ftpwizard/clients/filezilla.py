"""FileZilla 3.x: filezilla.xml ``<Setting name="Use Pasv mode">`` (global, default 1 = passive) and
sitemanager.xml ``<Server><PasvMode>MODE_DEFAULT|MODE_ACTIVE|MODE_PASSIVE`` (per site).

Two more per-site values, the fixes outcome.py predicts (src/commonui/xml_file.cpp GetServer reads them,
xmlfunctions.cpp SetServer writes them, FileZilla 3.6x): the character set, ``<EncodingType>Custom</EncodingType>``
with ``<CustomEncoding>NAME</CustomEncoding>`` (any other EncodingType is UTF-8/auto; "Custom" with an empty
name makes FileZilla drop the whole site, so we never write one), and the site's connection limit,
``<MaximumMultipleConnections>N</MaximumMultipleConnections>`` (0 or absent: no limit; the browsing connection
counts towards it, src/interface/QueueView.cpp CanStartTransfer, so N is the most it opens). FileZilla has no
program-wide character set; its global "Maximum simultaneous transfers" is left alone: the per-site limit
changes only the tested server.
"""

from __future__ import annotations

import plistlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from ftpwizard.clients.changes import FileChange, Plan, PlanError
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import (
    ChangeScope,
    ClientStatus,
    Problem,
    SiteMode,
    SiteSetting,
    TargetMode,
    host_matches,
)
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


def set_site(data: bytes, index: int, value: str) -> bytes:
    """Set <PasvMode> of the index-th <Server> (in document order, counting every protocol), inserting it
    when absent."""
    return set_site_element(data, index, "PasvMode", value)


def set_site_element(data: bytes, index: int, name: str, value: str, after: str | None = None) -> bytes:
    """Set the text of element ``name`` of the index-th <Server> (document order, every protocol counted),
    changing no other byte. An absent element is added on its own line after element ``after`` when the site
    has one, else before </Server>. ``value`` is ASCII (a mode, a number, a character set's name)."""
    tf = decode(data)
    text = tf.text
    blocks = list(_SERVER_RE.finditer(text))
    parsed = _parse_bytes(data)
    servers = list(parsed.iter("Server"))
    if len(blocks) != len(servers):
        raise PlanError("malformed", detail="unexpected <Server> layout")
    b = blocks[index]
    block = b.group(0)
    m = re.search(rf"(<{name}>)([^<]*)(</{name}>)", block)
    if m:
        block = block[: m.start(2)] + value + block[m.end(2) :]
    elif servers[index].find(name) is not None:  # <Name/> or <Name attr=...>: not as FileZilla writes it
        raise PlanError("malformed", detail=f"<{name}> in an unexpected form")
    else:
        element = f"<{name}>{value}</{name}>"
        anchor = re.search(rf"<{after}>[^<]*</{after}>", block) if after else None
        if anchor is not None:
            indent = line_indent(text, b.start() + anchor.start())
            if text[b.start() + anchor.start() - len(indent) - 1 : b.start() + anchor.start() - len(indent)] in "\n\r":
                block = block[: anchor.end()] + tf.eol() + indent + element + block[anchor.end() :]
            else:
                block = block[: anchor.end()] + element + block[anchor.end() :]
        else:
            close = block.rfind("</Server>")
            first_child = block.find("<", block.find(">") + 1)
            indent = line_indent(text, b.start() + first_child)
            close_indent = line_indent(text, b.start() + close)
            line_start = close - len(close_indent)
            if block[line_start:close].strip() == "":
                block = block[:line_start] + f"{indent}{element}{tf.eol()}" + block[line_start:]
            else:
                block = block[:close] + element + block[close:]
    tf.text = text[: b.start()] + block + text[b.end() :]
    return tf.encode()


# The character sets a NAMES_NOT_UTF8 finding names (core/diagnosis/findings.py: Korean servers), plus Latin-1,
# as FileZilla's converter knows them: it hands <CustomEncoding> to wxCSConv (src/interface/encoding_converter.cpp),
# whose names for code page 949 include "CP949" and "EUC-KR" (wxWidgets src/common/fmapbase.cpp, 3.x); iconv takes
# them too. Not yet tried in a real FileZilla on Windows. Anything else is guided, not written.
CUSTOM_ENCODINGS = {"cp949": "CP949", "ms949": "CP949", "uhc": "CP949", "euc-kr": "EUC-KR", "euc_kr": "EUC-KR",
                    "iso-8859-1": "ISO-8859-1", "latin-1": "ISO-8859-1", "latin1": "ISO-8859-1"}
MAX_SITE_CONNECTIONS = 10  # the Site Manager's own range for "Maximum number of connections": 1-10


def custom_encoding(value: object) -> str:
    """The <CustomEncoding> name for a character set the probe found ("cp949" -> "CP949"); ValueError else."""
    name = CUSTOM_ENCODINGS.get(str(value).strip().lower())
    if name is None:
        raise ValueError(value)
    return name


def connection_limit(value: object) -> int:
    """A site's connection limit, 1-10; ValueError else."""
    if isinstance(value, bool):
        raise ValueError(value)
    n = int(str(value).strip())
    if not 1 <= n <= MAX_SITE_CONNECTIONS:
        raise ValueError(value)
    return n


def _host_sites(status: ClientStatus, host: str | None) -> tuple[Path, list[tuple[int, ET.Element]]]:
    """sitemanager.xml and the FTP sites saved for ``host``, each with its position among all <Server>s."""
    assert status.config is not None
    sm = Path(status.config).parent / "sitemanager.xml"
    parsed = _parse(sm)
    if parsed is None or not host:
        return sm, []
    found = []
    for position, server in enumerate(parsed[1].iter("Server")):
        if (server.findtext("Protocol") or "0").strip() in FTP_PROTOCOLS and \
                host_matches((server.findtext("Host") or "").strip(), host):
            found.append((position, server))
    return sm, found


def _site_charset(server: ET.Element) -> str | None:
    if (server.findtext("EncodingType") or "").strip() != "Custom":
        return None
    return (server.findtext("CustomEncoding") or "").strip().upper() or None


def _site_limit(server: ET.Element) -> int:
    try:
        return int((server.findtext("MaximumMultipleConnections") or "0").strip())
    except ValueError:
        return 0


def _plan_sites(status: ClientStatus, host: str | None, what: str, differs: Callable[[ET.Element], bool],
                elements: list[tuple[str, str, str | None]]) -> Plan:
    """Set ``elements`` ((name, value, after)) in every saved FTP site of ``host`` for which ``differs``."""
    sm, sites = _host_sites(status, host)
    if not sites:
        raise PlanError("fix_no_site", path=str(sm), host=host or "")
    wrong = [position for position, server in sites if differs(server)]
    if not wrong:
        return Plan()
    data = sm.read_bytes()
    new = data
    try:
        for position in wrong:
            for name, value, after in elements:
                new = set_site_element(new, position, name, value, after)
    except PlanError as e:
        raise PlanError(e.key, **{**e.params, "path": str(sm)}) from None
    return Plan([FileChange(sm, data, new, f"{sm.name}: {what} ({len(wrong)})")])


def plan_charset(env: Environment, status: ClientStatus, value: str, host: str | None, scope: ChangeScope) -> Plan:
    """The saved sites of ``host`` read names in ``value`` (a <CustomEncoding> name from custom_encoding)."""
    return _plan_sites(status, host, f"EncodingType -> Custom {value}", lambda s: _site_charset(s) != value,
                       [("EncodingType", "Custom", "PasvMode"), ("CustomEncoding", value, "EncodingType")])


def read_charset(env: Environment, status: ClientStatus, host: str | None) -> str | None:
    """The custom character set every saved site of ``host`` uses, None when they differ or use UTF-8."""
    values = {_site_charset(server) for _position, server in _host_sites(status, host)[1]}
    return values.pop() if len(values) == 1 else None


def plan_connection_limit(env: Environment, status: ClientStatus, value: int, host: str | None,
                          scope: ChangeScope) -> Plan:
    """The saved sites of ``host`` open at most ``value`` connections at once."""
    return _plan_sites(status, host, f"MaximumMultipleConnections -> {value}", lambda s: _site_limit(s) != value,
                       [("MaximumMultipleConnections", str(value), "PasvMode")])


def read_connection_limit(env: Environment, status: ClientStatus, host: str | None) -> int | None:
    """The connection limit every saved site of ``host`` has (0: none), None when they differ."""
    values = {_site_limit(server) for _position, server in _host_sites(status, host)[1]}
    return values.pop() if len(values) == 1 else None


def _parse_bytes(data: bytes) -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as e:
        raise PlanError("malformed", detail=str(e)) from None

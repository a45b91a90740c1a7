"""Cyberduck: no global switch; each bookmark (``*.duck``, an XML property list) may hold
``FTP Connect Mode`` = ``active``/``passive``; absent means Default, which connects passively."""

from __future__ import annotations

import plistlib
from pathlib import Path

from ftpwizard.clients.env import Environment
from ftpwizard.clients.filezilla import bundle_version
from ftpwizard.clients.model import ClientStatus, Problem, SiteMode, SiteSetting, host_matches
from ftpwizard.clients.program_facts import default_mode, new_status

ID = "cyberduck"
EXES = ("cyberduck",)
FTP_PROTOCOLS = {"ftp", "ftps"}
# The Microsoft Store edition: no uninstall entry in the registry; its data lives in its package folder.
STORE_PACKAGE = "Packages/iterate.37637C3DE32E5_gr99yradmgg3r"


def bookmark_dirs(env: Environment) -> list[Path]:
    if env.platform == "macos":
        return [
            env.home / "Library/Group Containers/G69SCX94XU.duck/Library/Application Support/duck/Bookmarks",
            env.home / "Library/Application Support/Cyberduck/Bookmarks",
        ]
    if env.platform == "windows":
        dirs = []
        appdata, local = env.var_path("APPDATA"), env.var_path("LOCALAPPDATA")
        if appdata:
            dirs.append(appdata / "Cyberduck" / "Bookmarks")
        if local:
            dirs.append(local / STORE_PACKAGE / "LocalCache/Roaming/Cyberduck/Bookmarks")
        return dirs
    return []


def _installed(env: Environment) -> tuple[bool, str | None, str | None]:
    if env.platform == "macos":
        for apps in (env.path("/Applications"), env.home / "Applications"):
            if (apps / "Cyberduck.app").is_dir():
                return True, bundle_version(apps / "Cyberduck.app"), str(apps / "Cyberduck.app")
    if env.platform == "windows" and env.registry is not None:
        for e in env.uninstall_entries():
            if e.display_name.startswith("Cyberduck"):
                return True, e.version, e.install_location
        appdata, local = env.var_path("APPDATA"), env.var_path("LOCALAPPDATA")
        if appdata and (appdata / "Cyberduck").is_dir():
            return True, None, None
        if local and (local / STORE_PACKAGE).is_dir():
            return True, None, None
    return False, None, None


def detect(env: Environment, host: str | None) -> ClientStatus | None:
    installed, version, install = _installed(env)
    if not installed:
        return None
    status = new_status(ID, version=version, mode=default_mode(ID), mode_is_default=True, install_path=install,
                        site_default=default_mode(ID))
    dirs = [d for d in bookmark_dirs(env) if d.is_dir()]
    status.config = str(dirs[0]) if dirs else None
    if host:
        for d in dirs:
            for f in sorted(d.glob("*.duck")):
                try:
                    site = read_bookmark(f)
                except ValueError as e:
                    status.problem = Problem("malformed", str(f), str(e))
                    continue
                if site and host_matches(site.host, host):
                    status.sites.append(site)
    return status


def read_bookmark(path: Path) -> SiteSetting | None:
    try:
        with open(path, "rb") as f:
            data = plistlib.load(f)
    except (OSError, plistlib.InvalidFileException, ValueError) as e:
        raise ValueError(str(e) or "not a property list") from None
    if not isinstance(data, dict):
        raise ValueError("not a dictionary")
    protocol = str(data.get("Protocol", "")).lower()
    if protocol not in FTP_PROTOCOLS:
        return None
    raw = str(data.get("FTP Connect Mode", "")).lower()
    mode: SiteMode = {"active": "active", "port": "active", "passive": "passive", "pasv": "passive"}.get(
        raw, "default")  # type: ignore[assignment]
    host = str(data.get("Hostname", ""))
    return SiteSetting(str(data.get("Nickname") or host), host, mode)

"""Programs we can find but whose setting is stored in an unknown or proprietary format:
AlFTP (알FTP), EditPlus, WS_FTP and CuteFTP. They get a picture guide, never an automatic change."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus
from ftpwizard.clients.program_facts import new_status
from ftpwizard.clients.registry import Hive, app_path


@dataclass(frozen=True)
class GuideOnlyProgram:
    ID: str
    EXES: tuple[str, ...]
    display_name: re.Pattern[str]  # matched against uninstall DisplayName
    # (hive, key, value holding the version or "", value holding the install folder or "")
    vendor_keys: tuple[tuple[Hive, str, str, str], ...]
    program_dirs: tuple[str, ...]  # relative to Program Files (with /), holding one of EXES

    def detect(self, env: Environment, host: str | None) -> ClientStatus | None:
        if env.platform != "windows" or env.registry is None:
            return None
        found, version, install = False, None, None
        for e in env.uninstall_entries():
            if self.display_name.search(e.display_name):
                found, version, install = True, e.version, e.install_location
                break
        for hive, key, version_value, dir_value in self.vendor_keys:
            for k in (key, key.replace("SOFTWARE\\", "SOFTWARE\\WOW6432Node\\", 1)):
                if env.registry.exists(hive, k):
                    found = True
                    v = env.registry.get(hive, k, version_value) if version_value else None
                    version = version or (v.as_text() if v else None)
                    folder = env.registry.get(hive, k, dir_value) if dir_value else None
                    install = install or (folder.as_text() if folder else None)
        for exe in self.EXES:
            p = app_path(env.registry, exe + ".exe")
            if p:
                found, install = True, install or str(Path(p).parent)
        for var in ("ProgramFiles", "ProgramFiles(x86)"):
            base = env.var_path(var)
            for d in self.program_dirs:
                if base and _holds_exe(base / d, self.EXES):
                    found, install = True, install or str(base / d)
        if not found:
            return None
        return new_status(self.ID, version=version, mode="unknown", install_path=install)


def _holds_exe(folder: Path, exes: tuple[str, ...]) -> bool:
    """One of ``exes`` in ``folder``, in any case: Windows' names are case-insensitive (Xftp.exe, ALFTP.exe)."""
    wanted = {e.lower() + ".exe" for e in exes}
    try:
        return any(p.name.lower() in wanted and p.is_file() for p in folder.iterdir())
    except OSError:
        return False


ALFTP = GuideOnlyProgram(
    "alftp", ("alftp",), re.compile(r"ALFTP|알FTP", re.I),
    (("HKLM", r"SOFTWARE\ESTsoft\ALFTP", "Version", ""), ("HKCU", r"SOFTWARE\ESTsoft\ALFTP", "", "")),
    ("ESTsoft/ALFTP",),
)
EDITPLUS = GuideOnlyProgram(
    "editplus", ("editplus",), re.compile(r"^EditPlus", re.I),
    (("HKCU", r"SOFTWARE\ES-Computing\EditPlus\Install", "", ""),
     ("HKCU", r"SOFTWARE\ES-Computing\EditPlus 3\Install", "", ""),
     ("HKCU", r"SOFTWARE\ES-Computing\EditPlus 2\Install", "", "")),
    ("EditPlus", "EditPlus 3", "EditPlus 2"),
)
# Detection scripts read the install folder from the value "Dir"; the Home edition has its own key.
# "WS_FTP Server" is Ipswitch's server product, not an FTP program for the user.
WSFTP = GuideOnlyProgram(
    "wsftp", ("wsftppro", "wsftp95", "wsftpgui"),
    re.compile(r"^(?!.*WS_FTP Server).*WS_FTP", re.I),
    (("HKLM", r"SOFTWARE\Ipswitch\WS_FTP", "Version", "Dir"), ("HKLM", r"SOFTWARE\Ipswitch\WS_FTP Home", "Version", "Dir")),
    ("Ipswitch/WS_FTP 12", "Ipswitch/WS_FTP Professional", "Ipswitch/WS_FTP Home", "Progress/WS_FTP Professional"),
)
# cftppro.exe: the Professional edition's program before CuteFTP 9 (cuteftppro.exe).
CUTEFTP = GuideOnlyProgram(
    "cuteftp", ("cuteftppro", "cftppro", "cuteftp", "cutftp32"), re.compile(r"CuteFTP", re.I),
    (("HKCU", r"SOFTWARE\GlobalSCAPE\CuteFTP 9", "", ""), ("HKCU", r"SOFTWARE\GlobalSCAPE\CuteFTP 8 Professional", "", ""),
     ("HKCU", r"SOFTWARE\GlobalSCAPE\CuteFTP 8 Home", "", ""), ("HKLM", r"SOFTWARE\GlobalSCAPE\CuteFTP", "", "")),
    ("Globalscape/CuteFTP", "GlobalSCAPE/CuteFTP 9", "GlobalSCAPE/CuteFTP 8 Professional"),
)
# NetSarang's Xftp (common in Korea; also part of Xmanager). Its sessions are .xfp files whose passive key
# is not confirmed, so it gets a guide only. Uninstall names "Xftp 7", "Xftp 8"; vendor key
# HKCU\Software\NetSarang\Xftp (third-party inventories, unverified on a real install).
XFTP = GuideOnlyProgram(
    "xftp", ("xftp",), re.compile(r"^Xftp\b", re.I),
    (("HKCU", r"SOFTWARE\NetSarang\Xftp", "", ""), ("HKLM", r"SOFTWARE\NetSarang\Xftp", "", "")),
    ("NetSarang/Xftp 8", "NetSarang/Xftp 7", "NetSarang/Xftp 6"),
)

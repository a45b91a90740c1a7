"""Windows' own command-line FTP program, %SystemRoot%\\System32\\ftp.exe: on every Windows, active mode
only (it has no passive command), no settings file. Hosting companies' upload scripts still use it."""

from __future__ import annotations

from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus
from ftpwizard.clients.program_facts import default_mode, new_status

ID = "ftp-exe"
EXES = ("ftp",)


def detect(env: Environment, host: str | None) -> ClientStatus | None:
    if env.platform != "windows":
        return None
    system_root = env.var_path("SystemRoot") or env.var_path("WINDIR") or env.path("/Windows")
    exe = system_root / "System32" / "ftp.exe"
    if not exe.is_file():
        return None
    # Nothing to read: the one mode it has is the mode it uses.
    return new_status(ID, mode=default_mode(ID), mode_is_default=True, install_path=str(exe.parent))

"""Find the FTP programs installed here and read each one's current mode."""

from __future__ import annotations

from typing import Any, Protocol

from ftpwizard.clients import (
    curl,
    cyberduck,
    filezilla,
    ftp_exe,
    guide_only,
    internet_options,
    lftp,
    totalcmd,
    vscode,
    winscp,
)
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import CLIENT_IDS, ClientStatus, Problem


class ClientModule(Protocol):
    ID: str
    NAME: str
    EXES: tuple[str, ...]

    def detect(self, env: Environment, host: str | None) -> ClientStatus | None: ...


MODULES: dict[str, Any] = {
    m.ID: m
    for m in (
        guide_only.ALFTP,
        guide_only.EDITPLUS,
        guide_only.WSFTP,
        guide_only.CUTEFTP,
        internet_options,
        filezilla,
        winscp,
        totalcmd,
        cyberduck,
        lftp,
        curl,
    )
}
assert tuple(MODULES) == CLIENT_IDS
# Programs whose capabilities and guides exist (issue 14) but which the program list, the CLI and the
# reports do not show yet; wiring one in = moving it to MODULES and its id to CLIENT_IDS and GUIDE_IDS.
MORE_MODULES: dict[str, Any] = {
    m.ID: m
    for m in (ftp_exe, guide_only.XFTP, vscode.VSCODE_SFTP, vscode.VSCODE_FTP_SIMPLE, vscode.VSCODE_FTP_KR)
}


def detect_clients(env: Environment, host: str | None = None) -> list[ClientStatus]:
    """Installed programs only, in CLIENT_IDS order. A program whose detection fails unexpectedly is
    still listed, with the problem, rather than hiding every other result."""
    return _detect(env, host, MODULES)


def detect_more_programs(env: Environment, host: str | None = None) -> list[ClientStatus]:
    """The programs of MORE_MODULES that are installed here (Windows' ftp.exe, Xftp, VS Code's FTP
    extensions), for the per-program outcomes; not part of detect_clients' list yet."""
    return _detect(env, host, MORE_MODULES)


def _detect(env: Environment, host: str | None, modules: dict[str, Any]) -> list[ClientStatus]:
    env = env.for_one_pass()  # many programs, one look at the uninstall list
    found = []
    for cid, module in modules.items():
        try:
            status = module.detect(env, host)
        except (OSError, ValueError) as e:
            status = ClientStatus(cid, module.NAME, problem=Problem("unreadable", "", str(e)))
        if status is not None:
            found.append(status)
    return found

"""Find the FTP programs installed here and read each one's current mode."""

from __future__ import annotations

from typing import Any, Protocol

from ftpwizard.clients import (
    curl,
    cyberduck,
    filezilla,
    guide_only,
    internet_options,
    lftp,
    totalcmd,
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


def detect_clients(env: Environment, host: str | None = None) -> list[ClientStatus]:
    """Installed programs only, in CLIENT_IDS order. A program whose detection fails unexpectedly is
    still listed, with the problem, rather than hiding every other result."""
    env = env.for_one_pass()  # eleven programs, one look at the uninstall list
    found = []
    for cid, module in MODULES.items():
        try:
            status = module.detect(env, host)
        except (OSError, ValueError) as e:
            status = ClientStatus(cid, module.NAME, problem=Problem("unreadable", "", str(e)))
        if status is not None:
            found.append(status)
    return found

"""Find the FTP programs installed here and read each one's current mode."""

from __future__ import annotations

from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus, Problem
from ftpwizard.clients.programs import PROGRAMS


def detect_clients(env: Environment, host: str | None = None) -> list[ClientStatus]:
    """Installed programs only, in the registry's order. A program whose detection fails unexpectedly is
    still listed, with the problem, rather than hiding every other result."""
    env = env.for_one_pass()  # many programs, one look at the uninstall list
    found = []
    for spec in PROGRAMS:
        try:
            status = spec.detect(env, host)
        except (OSError, ValueError) as e:
            status = ClientStatus(spec.id, spec.name, scope=spec.facts.scope,
                                  problem=Problem("unreadable", "", str(e)))
        if status is not None:
            found.append(status)
    return found

"""The fixes the program panel's "Change it for me" applies, other than the mode.

A program's outcome (clients/outcome.py) names its fixes (``Fix(setting, value, auto)``). The mode goes
through ``clients.apply_mode`` in the panel, with its scope question and undo, as it always has. Every other
setting (curl's disable-epsv, FileZilla's character set and connection limit, lftp's prefer-epsv) goes
through ``clients.apply.apply_fix``, which has the mode switch's safety (refused while the program runs,
backup, verify, byte-exact undo through the same journal).
"""

from __future__ import annotations

from collections.abc import Iterable

from ftpwizard.clients.apply import apply_fix
from ftpwizard.clients.changes import Outcome
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ChangeScope
from ftpwizard.clients.outcome import Fix
from ftpwizard.clients.programs import fix_scopes


def applicable_fix(fixes: Iterable[Fix]) -> Fix | None:
    """The first fix the button can apply (auto: ftpwizard can write it), or None: the customer changes it."""
    return next((fix for fix in fixes if fix.auto), None)


def apply_other_fix(env: Environment, client_id: str, fix: Fix, host: str | None = None) -> Outcome:
    """Apply a fix other than the mode. Only the tested server's setting where the program keeps one per
    server (FileZilla's sites, lftp's per-host line): like the mode's default, other servers stay as they are;
    program-wide where it has nothing else (curl)."""
    return apply_fix(env, client_id, fix, host=host, scope=fix_scope(client_id, fix, host))


def fix_scope(client_id: str, fix: Fix, host: str | None) -> ChangeScope:
    """Where the button makes ``fix``: the tested server alone when the program keeps it per server."""
    return "server" if host and "server" in fix_scopes(client_id, fix.setting) else "all"


__all__ = ["applicable_fix", "apply_other_fix", "fix_scope"]

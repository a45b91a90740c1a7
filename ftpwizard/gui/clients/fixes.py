"""The fixes the program panel's "Change it for me" applies, other than the mode.

A program's outcome (clients/outcome.py) names its fixes (``Fix(setting, value, auto)``). The mode goes
through ``clients.apply_mode`` in the panel, with its scope question and undo, as it always has. Every other
setting (curl's disable-epsv, FileZilla's character set and connection limit, lftp's prefer-epsv) goes
through ``apply_other_fix`` below: the ONE place to point at ``clients.apply.apply_fix`` once it exists, and
``APPLIED_SETTINGS`` says which fixes the button offers until then.
"""

from __future__ import annotations

from collections.abc import Iterable

from ftpwizard.clients.changes import Outcome
from ftpwizard.clients.env import Environment
from ftpwizard.clients.outcome import Fix
from ftpwizard.clients.programs import spec

# The settings the button changes; a fix of any other setting is shown as words and pictures (a guide).
# Add the settings apply_fix handles when it is wired in.
APPLIED_SETTINGS: frozenset[str] = frozenset({"mode"})


def applicable_fix(fixes: Iterable[Fix]) -> Fix | None:
    """The first fix the button can apply (auto and handled here), or None: the customer changes it."""
    return next((fix for fix in fixes if fix.auto and fix.setting in APPLIED_SETTINGS), None)


def apply_other_fix(env: Environment, client_id: str, fix: Fix, host: str | None = None) -> Outcome:
    """Apply a fix other than the mode. Until clients.apply.apply_fix is merged it changes nothing and says
    so (the panel never offers such a fix: see APPLIED_SETTINGS)."""
    program = spec(client_id)
    name = program.name if program is not None else client_id
    return Outcome(False, "not_supported", {"id": client_id, "client": name})


__all__ = ["APPLIED_SETTINGS", "applicable_fix", "apply_other_fix"]

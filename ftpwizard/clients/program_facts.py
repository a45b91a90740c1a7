"""A program's name, scope and default mode, read from its resources/clients/<id>.json only.

The JSON is the one place these facts are written; detectors build their statuses with ``new_status`` so
no Python copy of a name or scope exists. Plain Python, no Qt; cached (one read per program and process)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from ftpwizard.clients.model import ClientStatus, Mode, Scope
from ftpwizard.core.resources import resources_root

SCOPES: tuple[str, ...] = ("global", "per-site", "none")
DEFAULTS: tuple[str, ...] = ("passive", "active", "auto", "unknown")


class ProgramFactsError(ValueError):
    pass


@dataclass(frozen=True)
class ProgramFacts:
    id: str
    name: dict[str, str]  # {"ko": .., "en": ..}
    scope: Scope
    default: Mode  # the program's own default mode; "unknown" when nobody knows

    @property
    def english_name(self) -> str:
        """The name in ``ClientStatus.name`` and ``clients --json`` (people see ``name`` in their language)."""
        return self.name["en"]


def json_path(program_id: str) -> Any:
    return resources_root() / "clients" / f"{program_id}.json"


@cache
def program_facts(program_id: str) -> ProgramFacts:
    """ProgramFactsError when the file is missing or its id, name, scope or default is not usable."""
    path = json_path(program_id)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ProgramFactsError(f"{path}: {e}") from None
    if not isinstance(doc, dict) or doc.get("id") != program_id:
        raise ProgramFactsError(f"{path}: id is not {program_id!r}")
    name = doc.get("name")
    if not (isinstance(name, dict) and isinstance(name.get("ko"), str) and isinstance(name.get("en"), str)
            and name["en"]):
        raise ProgramFactsError(f"{path}: name")
    if doc.get("scope") not in SCOPES:
        raise ProgramFactsError(f"{path}: scope {doc.get('scope')!r}")
    default = doc.get("default") or "unknown"
    if default not in DEFAULTS:
        raise ProgramFactsError(f"{path}: default {default!r}")
    return ProgramFacts(program_id, {"ko": name["ko"], "en": name["en"]}, cast(Scope, doc["scope"]),
                        cast(Mode, default))


def new_status(program_id: str, **fields: Any) -> ClientStatus:
    """A detection result with the JSON's name and scope (the detector fills in what it read)."""
    facts = program_facts(program_id)
    return ClientStatus(program_id, facts.english_name, scope=facts.scope, **fields)


def default_mode(program_id: str) -> Mode:
    """What the program uses when nothing is stored (the JSON's "default")."""
    return program_facts(program_id).default

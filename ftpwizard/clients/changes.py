"""A planned change to a program's setting, and the outcome of applying or undoing it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ftpwizard.clients.model import SiteSetting
from ftpwizard.clients.registry import RegValue


@dataclass
class FileChange:
    path: Path
    old: bytes | None  # None: the file does not exist yet and will be created
    new: bytes
    what: str  # for messages: "filezilla.xml: Use Pasv mode 1 -> 0"


@dataclass
class RegChange:
    hive: str
    key: str
    name: str
    old: RegValue | None
    new: RegValue
    what: str


Change = FileChange | RegChange


@dataclass
class Plan:
    changes: list[Change] = field(default_factory=list)
    # Per-site values that contradict the new mode and stay as they are (the user did not ask).
    conflicts: list[SiteSetting] = field(default_factory=list)


class PlanError(Exception):
    """The change cannot be planned (e.g. the file is not in the format we know)."""

    def __init__(self, key: str, **params: str) -> None:
        self.key = key
        self.params = params
        super().__init__(key, params)


@dataclass
class Outcome:
    """Result of apply/undo. ``key`` names the message (see messages.py); ``ok`` False = refused/failed."""

    ok: bool
    key: str
    params: dict[str, str] = field(default_factory=dict)
    changed: list[str] = field(default_factory=list)
    conflicts: list[SiteSetting] = field(default_factory=list)
    backups: list[str] = field(default_factory=list)

"""The one registry of FTP programs: one typed ``ClientSpec`` per program, in the order the CLI and the GUI
list them (the seed article's programs first). Plain Python, no Qt.

A spec says how to find the program and read its setting (``detect``), which process names it runs as
(``exes``), how ftpwizard changes its setting if it can (``applier``; None = a picture guide only), and where
its guide and capabilities are (resources/clients/<id>.json). The name, scope and default mode are read
from that JSON only (``facts``); tests/clients/test_program_registry.py checks every spec against its file.

Adding a program = its detector module, its JSON (guide and capabilities) and one line in PROGRAMS.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

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
from ftpwizard.clients.changes import Plan
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ChangeScope, ClientStatus, TargetMode
from ftpwizard.clients.program_facts import ProgramFacts, program_facts

if TYPE_CHECKING:
    from ftpwizard.clients.capabilities import Capabilities

Detector = Callable[[Environment, "str | None"], "ClientStatus | None"]
# plan(env, status, mode, host, change_sites): the edits that set the program-wide setting (and, with
# change_sites, the tested server's sites that say otherwise).
Planner = Callable[[Environment, ClientStatus, TargetMode, "str | None", bool], Plan]
# plan_server(env, status, mode, host): the edits that set what ``host`` alone uses.
ServerPlanner = Callable[[Environment, ClientStatus, TargetMode, str], Plan]
# Where a per-server change goes: lftp keeps a line per host name (any host), FileZilla and WinSCP only
# the sites saved in their site manager. None: one setting for every server.
ServerScope = Literal["host", "saved-site"]


@dataclass(frozen=True)
class OptionFixer:
    """How ftpwizard changes one of the program's settings besides the mode: a fix outcome.py predicts
    (``Fix.setting`` is the key in ``Applier.options``, a name from the capabilities' "options"). Applied,
    backed up, verified and journalled by apply_fix in apply.py, exactly like the mode."""

    # plan(env, status, value, host, scope): the edits (raises PlanError to refuse, e.g. "fix_no_site").
    plan: Callable[[Environment, ClientStatus, Any, str | None, ChangeScope], Plan]
    # read(env, status, host): the value in force after the change, compared with the value asked for.
    read: Callable[[Environment, ClientStatus, str | None], Any]
    # value(raw): the value to write, from a Fix's value or the command line's text; ValueError when invalid.
    value: Callable[[Any], Any]
    scopes: tuple[ChangeScope, ...]  # "all" (program-wide) and/or "server" (what the tested server uses)


def bool_value(raw: Any) -> bool:
    """A boolean option's value: True/False, or the words a user types (on/off, true/false, yes/no, 1/0)."""
    if isinstance(raw, bool):
        return raw
    word = str(raw).strip().lower()
    if word in ("on", "true", "yes", "1"):
        return True
    if word in ("off", "false", "no", "0"):
        return False
    raise ValueError(raw)


@dataclass(frozen=True)
class Applier:
    """How ftpwizard changes the program's setting. The edits ``plan`` returns are applied, backed up,
    verified (by detecting again) and journalled for Undo by the one engine in ftpwizard/clients/apply.py."""

    plan: Planner
    plan_server: ServerPlanner | None = None  # present exactly when server_scope is
    server_scope: ServerScope | None = None
    # A running program that writes its settings back on exit (FileZilla, WinSCP) would undo our change:
    # apply and undo are refused while it runs.
    writes_on_exit: bool = True
    changed_key: str = "changed"  # the outcome message after a change / an undo
    undone_key: str = "undone"
    # Settings besides the mode it can change, by the name in its capabilities' "options" (their "auto").
    options: Mapping[str, OptionFixer] = field(default_factory=dict)


@dataclass(frozen=True)
class ClientSpec:
    id: str  # also the JSON's file name and id, the guide's id and the CLI's name
    exes: tuple[str, ...]  # its process names without ".exe" (matched case-insensitively)
    detect: Detector
    applier: Applier | None = None

    @property
    def facts(self) -> ProgramFacts:
        """Name, scope and default mode, from resources/clients/<id>.json."""
        return program_facts(self.id)

    @property
    def name(self) -> str:
        return self.facts.english_name

    @property
    def guide_id(self) -> str:
        return self.id

    def guide(self) -> dict[str, Any]:
        from ftpwizard.clients.guides import load_guide

        return load_guide(self.guide_id)

    def capabilities(self) -> Capabilities:
        from ftpwizard.clients.capabilities import load_capabilities

        return load_capabilities(self.id)


def _guide_only(program: guide_only.GuideOnlyProgram | vscode.VSCodeExtension) -> ClientSpec:
    return ClientSpec(program.ID, program.EXES, program.detect)


PROGRAMS: tuple[ClientSpec, ...] = (
    _guide_only(guide_only.ALFTP),
    _guide_only(guide_only.EDITPLUS),
    _guide_only(guide_only.WSFTP),
    _guide_only(guide_only.CUTEFTP),
    ClientSpec(internet_options.ID, internet_options.EXES, internet_options.detect,
               Applier(internet_options.plan, writes_on_exit=internet_options.WRITES_ON_EXIT,
                       changed_key=internet_options.CHANGED_KEY, undone_key=internet_options.UNDONE_KEY)),
    ClientSpec(filezilla.ID, filezilla.EXES, filezilla.detect,
               Applier(filezilla.plan, filezilla.plan_server, "saved-site", options={
                   # FileZilla keeps both in its saved sites only: no program-wide value to change.
                   "charset": OptionFixer(filezilla.plan_charset, filezilla.read_charset, filezilla.custom_encoding,
                                          ("server",)),
                   "max_connections": OptionFixer(filezilla.plan_connection_limit, filezilla.read_connection_limit,
                                                  filezilla.connection_limit, ("server",)),
               })),
    ClientSpec(winscp.ID, winscp.EXES, winscp.detect, Applier(winscp.plan, winscp.plan_server, "saved-site")),
    ClientSpec(totalcmd.ID, totalcmd.EXES, totalcmd.detect),
    ClientSpec(cyberduck.ID, cyberduck.EXES, cyberduck.detect),
    ClientSpec(lftp.ID, lftp.EXES, lftp.detect,
               Applier(lftp.plan, lftp.plan_server, "host", writes_on_exit=lftp.WRITES_ON_EXIT, options={
                   "ftp:prefer-epsv": OptionFixer(lftp.plan_prefer_epsv,
                                                  lambda env, status, host: lftp.read_prefer_epsv(env, host) or False,
                                                  bool_value, ("all", "server")),
               })),
    ClientSpec(curl.ID, curl.EXES, curl.detect, Applier(curl.plan, writes_on_exit=curl.WRITES_ON_EXIT, options={
        # One config file, no per-server configuration: every server.
        "disable-epsv": OptionFixer(curl.plan_disable_epsv,
                                    lambda env, status, host: curl.read_disable_epsv(Path(status.config or "")) or False,
                                    bool_value, ("all",)),
    })),
    ClientSpec(ftp_exe.ID, ftp_exe.EXES, ftp_exe.detect),
    _guide_only(guide_only.XFTP),
    _guide_only(vscode.VSCODE_SFTP),
    _guide_only(vscode.VSCODE_FTP_SIMPLE),
    _guide_only(vscode.VSCODE_FTP_KR),
)
BY_ID: dict[str, ClientSpec] = {s.id: s for s in PROGRAMS}
assert len(BY_ID) == len(PROGRAMS), "two specs with one id"

# Derived views, for callers that only need the ids.
CLIENT_IDS: tuple[str, ...] = tuple(BY_ID)
APPLY_SUPPORTED: frozenset[str] = frozenset(s.id for s in PROGRAMS if s.applier is not None)
# Guides without a program to detect: shown at the end of the program list.
EXTRA_GUIDE_IDS: tuple[str, ...] = ("browsers", "generic")
GUIDE_IDS: tuple[str, ...] = tuple(s.guide_id for s in PROGRAMS) + EXTRA_GUIDE_IDS


def spec(program_id: str) -> ClientSpec | None:
    return BY_ID.get(program_id)


def can_fix(program_id: str, setting: str, value: Any) -> bool:
    """Can ftpwizard set ``setting`` (not the mode) of ``program_id`` to ``value``? (a Fix's ``auto``)"""
    s = BY_ID.get(program_id)
    fixer = s.applier.options.get(setting) if s is not None and s.applier is not None else None
    if fixer is None:
        return False
    try:
        fixer.value(value)
    except (TypeError, ValueError):
        return False
    return True


def fix_scopes(program_id: str, setting: str) -> tuple[ChangeScope, ...]:
    """Where ``setting`` ("mode" or an option) of ``program_id`` can be changed: "server" (what the tested server
    uses) and/or "all" (program-wide); () when ftpwizard cannot change it. For the GUI's choice of scope."""
    s = BY_ID.get(program_id)
    applier = s.applier if s is not None else None
    if applier is None:
        return ()
    if setting == "mode":
        return ("server", "all") if applier.server_scope is not None else ("all",)
    fixer = applier.options.get(setting)
    return fixer.scopes if fixer is not None else ()


def can_change_for_server(client: ClientStatus, host: str | None) -> bool:
    """Can ``client``'s mode be changed for ``host`` alone? ``client`` must come from detection with that
    host, so that its ``sites`` are the saved sites of that server."""
    s = BY_ID.get(client.id)
    applier = s.applier if s else None
    if not host or applier is None or not client.can_apply:
        return False
    return applier.server_scope == "host" or (applier.server_scope == "saved-site" and bool(client.sites))

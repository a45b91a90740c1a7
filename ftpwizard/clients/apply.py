"""Change a program's FTP mode, or another setting a predicted fix names, for the user, safely, and undo it.

Entry points (Qt-free; the GUI and ``ftpwizard clients apply`` call these):

    apply_mode(env, client_id, "passive"|"active", host=None, change_sites=False, scope="all") -> Outcome
    apply_fix(env, client_id, fix: Fix, host=None, scope="all") -> Outcome
        fix: an outcome.Fix from predict_outcome (only those with ``auto`` True can be applied).
        "mode" goes to apply_mode; any other setting to the program's OptionFixer (programs.py):
        curl "disable-epsv" (scope "all" only: curl has no per-server configuration), lftp "ftp:prefer-epsv"
        ("all" or "server"), FileZilla "charset" and "max_connections" ("server" only: its saved sites of
        ``host``). Outcome.key names the message (messages.OUTCOME); refusals: "fix_not_supported",
        "bad_fix_value", "no_server_scope", "fix_site_only", "fix_no_site", "fix_host_overrides", "running",
        and every refusal of apply_mode ("malformed", "unreadable", "read_only"...). Done: "fix_changed" /
        "fix_changed_server", nothing to do: "fix_already" (params "setting", "value", "host").
        programs.fix_scopes(client_id, setting) says which scopes a setting has (e.g. to pick "server").
    undo(env, client_id) -> Outcome   # restores, byte for byte, whatever apply_mode or apply_fix did last

Rules (the user's files are precious):
- refuse while the program runs (FileZilla and WinSCP write their settings back when they exit);
- never touch a file we could not parse;
- back the file up next to itself (``name.ftpwizard-YYYYmmdd-HHMMSS.bak``), write a temp file in the same
  folder and rename it over the original (atomic), read it back and re-read the setting;
- on any failure put the original bytes back;
- remember what was done in a small journal so Undo can restore the original byte for byte, and only if
  nobody changed the file since (otherwise Undo refuses and names the backup).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ftpwizard.clients.changes import Change, FileChange, Outcome, Plan, PlanError, RegChange
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ChangeScope, ClientStatus, TargetMode
from ftpwizard.clients.programs import ClientSpec, can_change_for_server, spec
from ftpwizard.clients.registry import RegistryError, RegValue

if TYPE_CHECKING:  # only its fields are read: importing outcome (and the diagnosis) is left to the caller
    from ftpwizard.clients.outcome import Fix


def apply_mode(
    env: Environment, client_id: str, mode: TargetMode, host: str | None = None, change_sites: bool = False,
    scope: ChangeScope = "all",
) -> Outcome:
    """Set ``client_id`` to ``mode``.

    ``scope="all"``: the program-wide setting (every server). Site entries for ``host`` that say otherwise
    are reported in ``conflicts``, and changed too only when ``change_sites`` is True.
    ``scope="server"``: only what ``host`` uses (lftp's per-host line, FileZilla's and WinSCP's saved sites
    of that server); refused with "no_server_scope" where the program cannot keep it per server."""
    if mode not in ("passive", "active"):
        return Outcome(False, "bad_mode", {"mode": str(mode)})
    module = spec(client_id)
    if module is None:
        return Outcome(False, "unknown_client", {"client": client_id})
    applier = module.applier
    if applier is None:
        return Outcome(False, "not_supported", _about(client_id, module))
    status = _detected(env, client_id, module, host)
    if isinstance(status, Outcome):
        return status
    if scope == "server" and not (host and can_change_for_server(status, host)):
        return Outcome(False, "no_server_scope", _about(client_id, module, host=host or ""))
    refusal = _refuse_if_running(env, client_id, module)
    if refusal is not None:
        return refusal
    try:
        if scope == "server":
            # can_change_for_server said yes: the applier has a server scope, hence plan_server.
            assert host is not None and applier.plan_server is not None
            plan = applier.plan_server(env, status, mode, host)
        else:
            plan = applier.plan(env, status, mode, host, change_sites)
    except PlanError as e:
        # The refusal names a file; a planner that could not say which one means the program's settings.
        return Outcome(False, e.key, _about(client_id, module, **{"path": status.config or "", **e.params}))
    except OSError as e:
        return Outcome(False, "unreadable",
                       _about(client_id, module, path=str(e.filename or ""), detail=e.strerror or str(e)))
    for_server = {"host": host or ""} if scope == "server" else {}
    if not plan.changes:
        return Outcome(True, "already_server" if for_server else "already",
                       _about(client_id, module, mode=mode, **for_server), conflicts=plan.conflicts)

    def verified(after: ClientStatus) -> bool:
        # A per-server change is judged by what the server uses; a program-wide one by the program's own setting.
        ok = (after.effective_mode() if scope == "server" else after.mode) == mode
        if ok and change_sites:
            ok = all(s.mode in ("default", mode) for s in after.sites)
        return ok

    backups = _commit(env, client_id, module, host, plan, verified, {"mode": mode})
    if isinstance(backups, Outcome):
        return backups
    # A per-server change says which server; a program whose open settings window would write over a
    # program-wide change has its own message (CHANGED_KEY; Internet Options has no per-server setting).
    key = "changed_server" if for_server else applier.changed_key
    return Outcome(True, key, _about(client_id, module, mode=mode, **for_server),
                   changed=[c.what for c in plan.changes], conflicts=plan.conflicts, backups=backups)


def _commit(env: Environment, client_id: str, module: ClientSpec, host: str | None, plan: Plan,
            verified: Callable[[ClientStatus], bool], what: dict[str, Any]) -> list[str] | Outcome:
    """Apply ``plan``'s changes, detect the program again and check ``verified`` on what it reads now, then
    journal the edits for Undo; the backup files made when all of that worked. On any failure every edit is
    rolled back and the refusal returned: a change that cannot be verified or undone is not kept."""
    if env.state_dir is None:
        return Outcome(False, "no_state_dir", _about(client_id, module))
    done: list[dict[str, Any]] = []
    backups: list[str] = []
    for change in plan.changes:
        try:
            record = _apply_one(env, change)
        except _Failed as f:
            _rollback(env, done)
            return Outcome(False, f.key, _about(client_id, module, **f.params))
        done.append(record)
        if record.get("backup"):
            backups.append(record["backup"])
    after = module.detect(env, host)
    try:
        ok = after is not None and after.problem is None and verified(after)
    except (OSError, PlanError):
        ok = False
    if not ok:
        _rollback(env, done)
        return Outcome(False, "verify_failed", _about(client_id, module))
    try:
        _journal_push(env, client_id, {**what, "when": env.now().isoformat(timespec="seconds"), "edits": done})
    except OSError as e:
        _rollback(env, done)  # a change that cannot be undone is not made
        return Outcome(False, "write_failed",
                       _about(client_id, module, path=str(env.state_dir), detail=e.strerror or str(e)))
    return backups


def apply_fix(env: Environment, client_id: str, fix: Fix, host: str | None = None,
              scope: ChangeScope = "all") -> Outcome:
    """Apply one fix predict_outcome proposed (see the module's docstring), with apply_mode's safety: refused
    while the program runs, a file we cannot parse is never touched, a backup next to the file, only that
    value changed, verified by reading it back, journalled so ``undo`` restores the original exactly.
    ``scope="server"``: only what ``host`` uses; ``"all"``: the program-wide setting."""
    module = spec(client_id)
    if module is None:
        return Outcome(False, "unknown_client", {"client": client_id})
    if fix.setting == "mode":
        return apply_mode(env, client_id, fix.value, host=host, scope=scope)
    about_fix = {"setting": fix.setting, "value": _shown(fix.value)}
    fixer = module.applier.options.get(fix.setting) if module.applier is not None else None
    if fixer is None:
        return Outcome(False, "fix_not_supported", _about(client_id, module, **about_fix))
    try:
        value = fixer.value(fix.value)
    except (TypeError, ValueError):
        return Outcome(False, "bad_fix_value", _about(client_id, module, **about_fix))
    about_fix["value"] = _shown(value)
    status = _detected(env, client_id, module, host)
    if isinstance(status, Outcome):
        return status
    if scope not in fixer.scopes:
        key = "no_server_scope" if scope == "server" else "fix_site_only"
        return Outcome(False, key, _about(client_id, module, host=host or "", **about_fix))
    if scope == "server" and not host:
        return Outcome(False, "no_server_scope", _about(client_id, module, host="", **about_fix))
    refusal = _refuse_if_running(env, client_id, module)
    if refusal is not None:
        return refusal
    try:
        plan = fixer.plan(env, status, value, host, scope)
    except PlanError as e:
        return Outcome(False, e.key, _about(client_id, module, **{"path": status.config or "", "host": host or "",
                                                                  **about_fix, **e.params}))
    except OSError as e:
        return Outcome(False, "unreadable",
                       _about(client_id, module, path=str(e.filename or ""), detail=e.strerror or str(e)))
    for_server = {"host": host or ""} if scope == "server" else {}
    if not plan.changes:
        return Outcome(True, "fix_already", _about(client_id, module, **about_fix, **for_server))
    backups = _commit(env, client_id, module, host, plan, lambda after: fixer.read(env, after, host) == value,
                      {"fix": fix.setting, "value": value})
    if isinstance(backups, Outcome):
        return backups
    return Outcome(True, "fix_changed_server" if for_server else "fix_changed",
                   _about(client_id, module, **about_fix, **for_server),
                   changed=[c.what for c in plan.changes], backups=backups)


def _shown(value: Any) -> str:
    """A fix's value in a message: booleans as on/off, the way the programs' own files write them."""
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def _detected(env: Environment, client_id: str, module: ClientSpec, host: str | None) -> ClientStatus | Outcome:
    """The program as detection finds it now, or the refusal when it is missing or its settings unreadable."""
    status = module.detect(env, host)
    if status is None:
        return Outcome(False, "not_installed", _about(client_id, module))
    if status.problem is not None:
        problem = status.problem
        return Outcome(False, problem.key, _about(client_id, module, path=problem.path, detail=problem.detail))
    if not status.can_apply:
        return Outcome(False, "not_supported", _about(client_id, module))
    return status


def undo(env: Environment, client_id: str) -> Outcome:
    """Undo the most recent change made to ``client_id`` by apply_mode or apply_fix."""
    module = spec(client_id)
    if module is None:
        return Outcome(False, "unknown_client", {"client": client_id})
    entry = _journal_peek(env, client_id)
    if entry is None:
        return Outcome(False, "nothing_to_undo", _about(client_id, module))
    refusal = _refuse_if_running(env, client_id, module)
    if refusal is not None:
        return refusal
    # Check everything first, so Undo is all or nothing.
    for rec in entry["edits"]:
        problem = _changed_since(env, rec)
        if problem:
            return Outcome(False, "changed_since", _about(client_id, module, **problem))
    restored = []
    for rec in reversed(entry["edits"]):
        try:
            restored.append(_restore(env, rec))
        except _Failed as f:
            return Outcome(False, f.key, _about(client_id, module, **f.params))
    _journal_pop(env, client_id)
    undone_key = module.applier.undone_key if module.applier else "undone"
    return Outcome(True, undone_key, _about(client_id, module), changed=restored)


def undo_available(env: Environment, client_id: str) -> bool:
    return _journal_peek(env, client_id) is not None


def _about(client_id: str, module: ClientSpec, /, **params: str) -> dict[str, str]:
    """An outcome's parameters: which program (its id for the GUI, its name for messages), then the rest."""
    return {"id": client_id, "client": module.name, **params}


def _refuse_if_running(env: Environment, client_id: str, module: ClientSpec) -> Outcome | None:
    """A running FileZilla or WinSCP writes its settings back on exit, over ours (and over an undo)."""
    running = env.is_running(module.exes)
    if running and (module.applier is None or module.applier.writes_on_exit):
        return Outcome(False, "running", _about(client_id, module, process=running))
    return None


# ---------------------------------------------------------------- one change


class _Failed(Exception):
    def __init__(self, key: str, **params: str) -> None:
        self.key = key
        self.params = params
        super().__init__(key)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _apply_one(env: Environment, change: Change) -> dict[str, Any]:
    if isinstance(change, RegChange):
        return _apply_reg(env, change)
    return _apply_file(env, change)


def _link_target(path: Path) -> Path:
    """The file a symbolic link (a dotfile manager's, e.g. ~/.lftprc -> ~/dotfiles/lftprc) points to, else
    ``path``. We edit and restore the target, so the link stays a link: renaming our temp file over the
    link itself would replace it with a plain file, cut off from the user's dotfiles."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _apply_file(env: Environment, change: FileChange) -> dict[str, Any]:
    path = _link_target(change.path)
    current = path.read_bytes() if path.exists() else None
    if current != change.old:  # changed between planning and now
        raise _Failed("changed_meanwhile", path=str(path))
    if current is not None and not os.access(path, os.W_OK):
        # os.replace would succeed on POSIX even for a read-only file; respect the user's protection.
        raise _Failed("read_only", path=str(path))
    backup = None
    if current is not None:
        backup = _backup_name(env, path)
        try:
            shutil.copy2(path, backup)
        except OSError as e:
            key = "in_use" if _held_open(e) else "write_failed"
            raise _Failed(key, path=str(path), detail=e.strerror or str(e)) from None
    try:
        _write_checked(path, change.new, like=path if current is not None else None)
    except OSError as e:
        if current is not None:
            _restore_bytes(path, current)
        if backup:
            Path(backup).unlink(missing_ok=True)
        key = "in_use" if _held_open(e) else "read_only" if isinstance(e, PermissionError) else "write_failed"
        raise _Failed(key, path=str(path), detail=e.strerror or str(e)) from None
    return {"kind": "file", "path": str(path), "backup": str(backup) if backup else None,
            "written_sha256": _sha(change.new), "what": change.what}


# ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: another program (antivirus, OneDrive, a backup tool) has
# the file open right now. Python raises them as PermissionError, like a read-only file, but the
# advice differs: wait and retry, not "remove the protection".
_HELD_OPEN_WINERRORS = (32, 33)


def _held_open(e: OSError) -> bool:
    return getattr(e, "winerror", None) in _HELD_OPEN_WINERRORS


def _apply_reg(env: Environment, change: RegChange) -> dict[str, Any]:
    reg = env.registry
    assert reg is not None
    where = f"{change.hive}\\{change.key}\\{change.name}"
    if reg.get(change.hive, change.key, change.name) != change.old:
        raise _Failed("changed_meanwhile", path=where)
    try:
        reg.set(change.hive, change.key, change.name, change.new)
    except RegistryError as e:
        raise _Failed("read_only", path=where, detail=e.strerror or str(e)) from None
    if reg.get(change.hive, change.key, change.name) != change.new:
        _restore_reg(env, change.hive, change.key, change.name, change.old)
        raise _Failed("verify_failed", path=where)
    return {"kind": "registry", "hive": change.hive, "key": change.key, "name": change.name,
            "before": _reg_json(change.old), "after": _reg_json(change.new), "what": change.what}


def _backup_name(env: Environment, path: Path) -> Path:
    stamp = env.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.ftpwizard-{stamp}.bak")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.ftpwizard-{stamp}-{n}.bak")
        n += 1
    return candidate


def _atomic_write(path: Path, data: bytes, like: Path | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if like is not None:
            shutil.copymode(like, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_checked(path: Path, data: bytes, like: Path | None) -> None:
    """Write atomically, then read the file back: a write that reads back differently has failed."""
    _atomic_write(path, data, like)
    if path.read_bytes() != data:
        raise OSError(0, "the file reads back differently")


def _restore_bytes(path: Path, data: bytes) -> None:
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    _atomic_write(path, data, like=path if path.exists() else None)


def _rollback(env: Environment, done: list[dict[str, Any]]) -> None:
    for rec in reversed(done):
        try:
            _restore(env, rec)
        except _Failed:
            continue  # the backup file stays next to the original; the message names it


def _changed_since(env: Environment, rec: dict[str, Any]) -> dict[str, str] | None:
    if rec["kind"] == "file":
        path = Path(rec["path"])
        try:
            current = path.read_bytes()
        except OSError:
            return {"path": rec["path"], "backup": rec.get("backup") or ""}
        if _sha(current) != rec["written_sha256"]:
            return {"path": rec["path"], "backup": rec.get("backup") or ""}
        if rec.get("backup") and not Path(rec["backup"]).is_file():
            return {"path": rec["path"], "backup": rec["backup"]}
        return None
    assert env.registry is not None
    if _reg_json(env.registry.get(rec["hive"], rec["key"], rec["name"])) != rec["after"]:
        return {"path": f"{rec['hive']}\\{rec['key']}\\{rec['name']}", "backup": ""}
    return None


def _restore(env: Environment, rec: dict[str, Any]) -> str:
    if rec["kind"] == "file":
        path = Path(rec["path"])
        try:
            if rec.get("backup"):
                original = Path(rec["backup"]).read_bytes()
                _write_checked(path, original, like=Path(rec["backup"]))
                Path(rec["backup"]).unlink(missing_ok=True)
            else:
                path.unlink(missing_ok=True)  # we created it
        except OSError as e:
            key = "in_use" if _held_open(e) else "write_failed"
            raise _Failed(key, path=str(path), detail=e.strerror or str(e)) from None
        return str(path)
    _restore_reg(env, rec["hive"], rec["key"], rec["name"], _reg_from_json(rec["before"]))
    return f"{rec['hive']}\\{rec['key']}\\{rec['name']}"


def _restore_reg(env: Environment, hive: str, key: str, name: str, value: RegValue | None) -> None:
    assert env.registry is not None
    try:
        if value is None:
            env.registry.delete(hive, key, name)
        else:
            env.registry.set(hive, key, name, value)
    except RegistryError as e:
        raise _Failed("read_only", path=f"{hive}\\{key}\\{name}", detail=e.strerror or str(e)) from None


def _reg_json(v: RegValue | None) -> dict[str, Any] | None:
    if v is None:
        return None
    if isinstance(v.data, bytes):
        return {"type": v.type, "hex": v.data.hex()}
    return {"type": v.type, "data": v.data}


def _reg_from_json(d: dict[str, Any] | None) -> RegValue | None:
    if d is None:
        return None
    if "hex" in d:
        return RegValue(d["type"], bytes.fromhex(d["hex"]))
    return RegValue(d["type"], d["data"])


# ---------------------------------------------------------------- journal


def _journal_path(env: Environment, client_id: str) -> Path:
    assert env.state_dir is not None
    return env.state_dir / f"undo-{client_id}.json"


def _journal_load(env: Environment, client_id: str) -> list[dict[str, Any]]:
    if env.state_dir is None:
        return []
    try:
        data = json.loads(_journal_path(env, client_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


def _journal_save(env: Environment, client_id: str, entries: list[dict[str, Any]]) -> None:
    path = _journal_path(env, client_id)
    if not entries:
        path.unlink(missing_ok=True)
        return
    _atomic_write(path, json.dumps(entries, ensure_ascii=False, indent=1).encode("utf-8"), like=None)


def _journal_push(env: Environment, client_id: str, entry: dict[str, Any]) -> None:
    _journal_save(env, client_id, [*_journal_load(env, client_id), entry])


def _journal_peek(env: Environment, client_id: str) -> dict[str, Any] | None:
    entries = _journal_load(env, client_id)
    return entries[-1] if entries else None


def _journal_pop(env: Environment, client_id: str) -> None:
    _journal_save(env, client_id, _journal_load(env, client_id)[:-1])

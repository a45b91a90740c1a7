"""Internet Options (inetcpl.cpl) "Use Passive FTP": ``HKCU\\Software\\Microsoft\\Ftp`` value ``Use PASV``
(REG_SZ "yes"/"no"). Windows File Explorer's ftp:// folders read it too (HKCU, then HKLM, default yes)."""

from __future__ import annotations

from ftpwizard.clients.changes import Plan, RegChange
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus, Problem, TargetMode
from ftpwizard.clients.program_facts import default_mode, new_status
from ftpwizard.clients.registry import REG_SZ, RegValue

ID = "internet-options"
# The value is written by the Internet Options dialog (inetcpl.cpl) when the user presses OK or Apply, and
# that dialog runs inside rundll32, control.exe or a browser: no process name tells that it is open, and
# iexplore itself never writes it. So nothing is refused; the messages ask to close the dialog instead.
EXES: tuple[str, ...] = ()
WRITES_ON_EXIT = False
CHANGED_KEY = "changed_dialog_open"
UNDONE_KEY = "undone_dialog_open"
KEY = r"Software\Microsoft\Ftp"
VALUE = "Use PASV"


def _read(env: Environment) -> str | None:
    """The stored value, lower-cased ("yes"/"no" unless someone mistyped it), or None when not stored."""
    assert env.registry is not None
    for hive in ("HKCU", "HKLM"):
        v = env.registry.get(hive, KEY, VALUE)
        if v is not None:
            return (v.as_text() or "").strip().lower()
    return None


def detect(env: Environment, host: str | None) -> ClientStatus | None:
    if env.platform != "windows" or env.registry is None:
        return None
    ie_key = r"SOFTWARE\Microsoft\Internet Explorer"
    v = env.registry.get("HKLM", ie_key, "svcVersion") or env.registry.get("HKLM", ie_key, "Version")
    version = v.as_text() if v else None
    status = new_status(ID, version=version, can_apply=True,
                        config=f"HKCU\\{KEY}\\{VALUE}")
    value = _read(env)
    if value is None:
        status.mode, status.mode_is_default = default_mode(ID), True
    elif value in ("yes", "no"):
        status.mode = "passive" if value == "yes" else "active"
    else:
        status.problem = Problem("malformed", status.config or "", f"{VALUE} = {value!r}")
        status.can_apply = False
    return status


def plan(env: Environment, status: ClientStatus, mode: TargetMode, host: str | None, change_sites: bool) -> Plan:
    assert env.registry is not None
    if status.mode == mode:
        return Plan()
    old = env.registry.get("HKCU", KEY, VALUE)
    text = "yes" if mode == "passive" else "no"
    return Plan([RegChange("HKCU", KEY, VALUE, old, RegValue(REG_SZ, text), f"HKCU\\{KEY}\\{VALUE} -> {text}")])

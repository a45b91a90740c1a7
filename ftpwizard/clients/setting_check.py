"""Is a program already set the way the test recommends? One answer for the GUI's program list and page
(and any other view); plain Python, no Qt."""

from __future__ import annotations

from typing import Literal

from ftpwizard.clients.model import ClientStatus

# "right": already set to the recommended mode; "change": set to the other mode; "check": could not be read
# (or the tested server's sites disagree), so the user checks by hand; "cannot": the program has no such mode
# (Windows' ftp command is active only, VS Code's FTP extensions passive only); "none": no mode to recommend.
SettingCheck = Literal["right", "change", "check", "cannot", "none"]


def check_setting(client: ClientStatus, target: str | None) -> SettingCheck:
    """``client`` as detected for the tested server; ``target`` the mode it should use (None, "auto" or
    anything but passive/active: the test found no mode to recommend)."""
    if target not in ("passive", "active"):
        return "none"
    if target not in program_modes(client.id):
        return "cannot"
    if client.problem is not None:
        return "check"
    # A site of the tested server with its own value decides; several sites may disagree.
    modes = {client.site_mode(s) for s in client.sites} or {client.mode}
    if modes == {target}:
        return "right"
    if not modes <= {"passive", "active"}:
        return "check"
    return "change"


def program_modes(program_id: str) -> tuple[str, ...]:
    """The modes the program can be set to (its capabilities); both when nothing is known about it."""
    from ftpwizard.clients.capabilities import CapabilitiesError
    from ftpwizard.clients.programs import spec

    found = spec(program_id)
    try:
        return found.capabilities().modes if found is not None else ("passive", "active")
    except CapabilitiesError:
        return ("passive", "active")

"""Is a program already set the way the test recommends? One answer for the GUI's program list and page
(and any other view); plain Python, no Qt."""

from __future__ import annotations

from typing import Literal

from ftpwizard.clients.model import ClientStatus

# "right": already set to the recommended mode; "change": set to the other mode; "check": could not be read
# (or the tested server's sites disagree), so the user checks by hand; "none": no mode to recommend.
SettingCheck = Literal["right", "change", "check", "none"]


def check_setting(client: ClientStatus, target: str | None) -> SettingCheck:
    """``client`` as detected for the tested server; ``target`` the mode it should use (None, "auto" or
    anything but passive/active: the test found no mode to recommend)."""
    if target not in ("passive", "active"):
        return "none"
    if client.problem is not None:
        return "check"
    # A site of the tested server with its own value decides; several sites may disagree.
    modes = {client.site_mode(s) for s in client.sites} or {client.mode}
    if modes == {target}:
        return "right"
    if not modes <= {"passive", "active"}:
        return "check"
    return "change"

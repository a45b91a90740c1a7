"""What detection reports about one FTP program (the ``ftpwizard clients --json`` schema)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Mode = Literal["passive", "active", "auto", "unknown"]
Scope = Literal["global", "per-site", "none"]
SiteMode = Literal["passive", "active", "default"]
TargetMode = Literal["passive", "active"]
# What "Change it for me" changes: the tested server only, or the program-wide setting (every server).
ChangeScope = Literal["server", "all"]

SCHEMA = "ftpwizard.clients/1"


@dataclass
class SiteSetting:
    name: str
    host: str
    mode: SiteMode


@dataclass
class Problem:
    """Why a setting could not be read; ``key`` is stable (the GUI and CLI translate it)."""

    key: str  # "malformed" | "unreadable"
    path: str
    detail: str = ""


@dataclass
class ClientStatus:
    id: str
    name: str
    version: str | None = None
    mode: Mode = "unknown"
    scope: Scope = "global"
    sites: list[SiteSetting] = field(default_factory=list)
    can_apply: bool = False
    config: str | None = None
    # True when nothing is stored and ``mode`` is the program's documented default.
    mode_is_default: bool = False
    problem: Problem | None = None
    install_path: str | None = None
    # What a site marked "default" uses: None = the global ``mode`` (FileZilla); WinSCP sites fall back
    # to WinSCP's factory default (passive), not to the "Default Settings" site.
    site_default: Mode | None = None

    def site_mode(self, site: SiteSetting, global_mode: Mode | None = None) -> Mode:
        if site.mode != "default":
            return site.mode
        return self.site_default or global_mode or self.mode

    def effective_mode(self) -> Mode:
        """The mode used for the tested server: the matching sites' values win over the global one."""
        modes = {self.site_mode(s) for s in self.sites}
        if len(modes) == 1:
            return modes.pop()
        if len(modes) > 1:
            return "unknown"  # several sites for this server, set differently
        return self.mode

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "mode": self.mode,
            "scope": self.scope,
            "sites": [{"name": s.name, "host": s.host, "mode": s.mode} for s in self.sites],
            "can_apply": self.can_apply,
            "config": self.config,
        }


def host_matches(stored: str, wanted: str) -> bool:
    """Same server name? Case-insensitive, ignores a trailing dot, a scheme and a port, and
    treats a Korean (IDN) name and its punycode form as equal."""

    def norm(h: str) -> str:
        h = h.strip().lower()
        for scheme in ("ftp://", "ftps://", "ftpes://", "sftp://"):
            if h.startswith(scheme):
                h = h[len(scheme) :]
        h = h.split("/", 1)[0]
        if "@" in h:
            h = h.rsplit("@", 1)[1]
        if h.startswith("["):
            h = h[1:].split("]", 1)[0]
        elif h.count(":") == 1:
            h = h.split(":", 1)[0]
        h = h.rstrip(".")
        try:
            return h.encode("idna").decode("ascii")
        except UnicodeError:
            return h

    return bool(stored.strip()) and norm(stored) == norm(wanted)

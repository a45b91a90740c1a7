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

# Order of the list in the CLI and the GUI: the seed article's programs first.
CLIENT_IDS: tuple[str, ...] = (
    "alftp",
    "editplus",
    "wsftp",
    "cuteftp",
    "internet-options",
    "filezilla",
    "winscp",
    "totalcmd",
    "cyberduck",
    "lftp",
    "curl",
)
# Programs whose setting we change ourselves; the others get a guide only.
APPLY_SUPPORTED: frozenset[str] = frozenset({"filezilla", "winscp", "internet-options", "lftp", "curl"})
# Programs that keep the mode per server: lftp for any host name (``set ftp:passive-mode/HOST``), FileZilla and
# WinSCP only for the sites saved in their site manager. curl and Internet Options have one global setting.
PER_HOST: frozenset[str] = frozenset({"lftp"})
PER_SITE: frozenset[str] = frozenset({"filezilla", "winscp"})


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


def can_change_for_server(client: ClientStatus, host: str | None) -> bool:
    """Can ``client``'s mode be changed for ``host`` alone? ``client`` must come from detection with that
    host, so that its ``sites`` are the saved sites of that server."""
    if not host or client.id not in APPLY_SUPPORTED or not client.can_apply:
        return False
    return client.id in PER_HOST or (client.id in PER_SITE and bool(client.sites))


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

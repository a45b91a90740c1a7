"""FTP-program detection, reading their active/passive setting, and changing it safely (no Qt here).

    env = Environment.real()
    for c in detect_clients(env, host="ftp.example.com"):
        print(c.id, c.mode, c.sites)
    apply_mode(env, "filezilla", "passive")   -> Outcome
    apply_fix(env, "curl", Fix("disable-epsv", True, True))   -> Outcome (a fix predict_outcome proposed)
    undo(env, "filezilla")                    -> Outcome
"""

# Loaded on first use (PEP 562): judging programs after a probe reads detection only, and importing the
# change machinery (hashlib, tempfile, shutil…) cost the probe command ~60 ms it never needed.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ftpwizard.clients.apply import apply_fix, apply_mode, undo, undo_available
    from ftpwizard.clients.changes import Outcome
    from ftpwizard.clients.detect import detect_clients
    from ftpwizard.clients.env import Environment
    from ftpwizard.clients.model import ClientStatus, SiteSetting
    from ftpwizard.clients.programs import APPLY_SUPPORTED, CLIENT_IDS, PROGRAMS, ClientSpec

_HOMES = {
    "apply_fix": "apply", "apply_mode": "apply", "undo": "apply", "undo_available": "apply",
    "Outcome": "changes", "detect_clients": "detect", "Environment": "env", "ClientStatus": "model",
    "SiteSetting": "model", "APPLY_SUPPORTED": "programs", "CLIENT_IDS": "programs", "PROGRAMS": "programs",
    "ClientSpec": "programs",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


__all__ = [
    "APPLY_SUPPORTED",
    "CLIENT_IDS",
    "ClientSpec",
    "ClientStatus",
    "Environment",
    "Outcome",
    "PROGRAMS",
    "SiteSetting",
    "apply_fix",
    "apply_mode",
    "detect_clients",
    "undo",
    "undo_available",
]

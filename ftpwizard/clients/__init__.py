"""FTP-program detection, reading their active/passive setting, and changing it safely (no Qt here).

    env = Environment.real()
    for c in detect_clients(env, host="ftp.example.com"):
        print(c.id, c.mode, c.sites)
    apply_mode(env, "filezilla", "passive")   -> Outcome
    apply_fix(env, "curl", Fix("disable-epsv", True, True))   -> Outcome (a fix predict_outcome proposed)
    undo(env, "filezilla")                    -> Outcome
"""

from ftpwizard.clients.apply import apply_fix, apply_mode, undo, undo_available
from ftpwizard.clients.changes import Outcome
from ftpwizard.clients.detect import detect_clients
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus, SiteSetting
from ftpwizard.clients.programs import APPLY_SUPPORTED, CLIENT_IDS, PROGRAMS, ClientSpec

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

"""The real curl and lftp, run in the lab's client namespace against the lab's daemon.

Issue 14: ftpwizard predicts whether the customer's own program will list the folder
(ftpwizard/clients/outcome.py); these runs are what the prediction is checked against. Each program runs
with no rc file of the machine's user (curl -q, lftp --norc), short waits (the failing cases end quickly),
and its default settings except the mode and what FTPS needs here (TLS required, the lab's self-signed
certificate accepted). The password goes in on stdin (curl -K -, lftp's script), never on the command line.
tests/clients/test_real_programs.py runs the same programs against pyftpdlib servers on 127.0.0.1.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from typing import Literal

import netlab
from lab_daemons import LISTING

# A file every lab folder holds: its name in the output means the listing came back.
LISTED_NAME = "readme.txt"
assert LISTED_NAME in LISTING
CURL_WAITS = ("--connect-timeout", "2", "--max-time", "8")
LFTP_WAITS = "set net:timeout 2; set net:max-retries 3; set net:reconnect-interval-base 1; "


@dataclass(frozen=True)
class ProgramSetting:
    program: str  # "curl" | "lftp": the id load_capabilities() takes
    mode: Literal["default", "active"]  # as ftpwizard's ProgramSetting says it
    curl_args: tuple[str, ...] = ()
    lftp_set: str = ""


# By the labels the scenarios' ``programs`` use (the same as tests/clients/test_real_programs.py).
SETTINGS: dict[str, ProgramSetting] = {
    "curl": ProgramSetting("curl", "default"),
    "curl -P -": ProgramSetting("curl", "active", curl_args=("-P", "-")),
    "lftp": ProgramSetting("lftp", "default"),
    "lftp passive-mode off": ProgramSetting("lftp", "active", lftp_set="set ftp:passive-mode off; "),
}
# curl that does not resume TLS sessions: what a program without session reuse meets on vsftpd's default.
# Not a setting ftpwizard predicts (no program option for it), a witness that the 522 bites a real program.
CURL_NO_SESSION_REUSE = ProgramSetting("curl", "default", curl_args=("--no-sessionid",))


def missing() -> str | None:
    for name in ("curl", "lftp"):
        if shutil.which(name) is None:
            return f"the real {name} is not installed (apt-get install curl lftp)"
    return None


def run_program(lab: netlab.Lab, label: str, user: str, password: str, tls: bool) -> bytes:
    """What the program printed (its listing, when it got one) for the lab server's top folder."""
    return run(lab, SETTINGS[label], user, password, tls).stdout


def run(lab: netlab.Lab, setting: ProgramSetting, user: str, password: str,
        tls: bool) -> subprocess.CompletedProcess[bytes]:
    """The program listing the lab server's top folder, in the client namespace."""
    if setting.program == "curl":
        ftps_args = ("--ssl-reqd", "-k") if tls else ()
        cmd = ["curl", "-q", "-sS", *CURL_WAITS, *ftps_args, *setting.curl_args, "-K", "-",
               f"ftp://{netlab.SERVER_ADDR}/"]
        stdin = f'user = "{user}:{password}"\n'
    else:
        ftps = ("set ftp:ssl-force yes; set ftp:ssl-protect-data yes; set ssl:verify-certificate no; "
                if tls else "")
        cmd = ["lftp", "--norc"]
        stdin = LFTP_WAITS + ftps + setting.lftp_set + f"open -u {user},{password} {netlab.SERVER_ADDR}; ls\n"
    return subprocess.run(lab.exec_cmd(lab.client, cmd), input=stdin.encode(), capture_output=True,
                          timeout=60, env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"})


def listed(output: bytes) -> bool:
    return LISTED_NAME.encode() in output

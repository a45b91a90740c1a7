"""Real FTP daemons (vsftpd, ProFTPD, Pure-FTPd from Debian, and pyftpdlib) run in the lab's server namespace.

Each daemon runs in the foreground with a config file written here, never as a system service, and is
stopped by its own process group id. Log-in uses one lab account:

* vsftpd and Pure-FTPd authenticate against /etc/passwd + /etc/shadow (through PAM for vsftpd). They run
  in a private mount namespace in which lab copies of passwd/shadow/group, with the lab user added, and a
  minimal /etc/pam.d are bind-mounted over the real ones: the real files are never changed.
* ProFTPD reads its own AuthUserFile; pyftpdlib has the account in memory.

Debian's FTP daemon packages conflict with each other, so one can be apt-installed and the others unpacked
with ``apt-get download`` + ``dpkg -x`` into FTPLAB_DAEMON_ROOT (default /opt/ftpwizard-lab); see
scripts/lab/install_daemons.sh.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import netlab

DAEMON_ROOT = Path(os.environ.get("FTPLAB_DAEMON_ROOT", "/opt/ftpwizard-lab"))
PASV_PORTS = (40000, 40100)
LAB_UID = 2001
LAB_USER = "ftplab"
LISTING = {"readme.txt": "ftpwizard lab\n", "report-2024.csv": "a,b\n1,2\n", "photo.jpg": "x" * 2048}
SUBDIR = "public_html"
# An old Korean server's files: their names' bytes are CP949 (in UTF-8 the same text is other bytes).
# "한글" is the same bytes in EUC-KR; "똠" exists only in CP949 (its UHC extension): together, CP949 is the
# one character set that reads the folder.
CP949_FILE_NAMES = tuple(name.encode("cp949") for name in ("한글.txt", "똠방각하.txt"))
CP949_FOLDER = "home-cp949"  # the served folder of the CP949 row: LISTING plus those files


def find_binary(name: str) -> str | None:
    for candidate in (shutil.which(name), f"/usr/sbin/{name}", str(DAEMON_ROOT / "usr/sbin" / name)):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@dataclass(frozen=True)
class DaemonOptions:
    """How a daemon is configured for a scenario group."""

    pasv_address: str = netlab.SERVER_ADDR  # what the daemon advertises in its 227 reply
    tls: bool = False  # explicit FTPS (AUTH TLS), and log-in without it refused
    max_per_ip: int | None = None  # vsftpd max_per_ip, Pure-FTPd -C: logged-in connections per client address
    folder: str = "home"  # the served folder, under LabFiles.dir (vsftpd only: local_root)


class LabFiles:
    """Everything the daemons share: the account, the served folder, lab passwd files, a certificate."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix=netlab.temp_prefix("files")))
        # The lab user must be able to walk into its home: the temp dir is 0700 by default.
        self.dir.chmod(0o755)
        self.user = LAB_USER
        self.password = secrets.token_urlsafe(12)
        self.home = self.dir / "home"
        self.home.mkdir(mode=0o755)
        for name, text in LISTING.items():
            (self.home / name).write_text(text)
        (self.home / SUBDIR).mkdir(mode=0o755)
        cp949 = self.dir / CP949_FOLDER
        shutil.copytree(self.home, cp949)
        for raw_name in CP949_FILE_NAMES:
            # A bytes path: the name is written as these bytes, whatever the file system's encoding says.
            with open(bytes(cp949) + b"/" + raw_name, "wb") as f:
                f.write(b"CP949\n")
        self.empty = self.dir / "empty"  # vsftpd's secure_chroot_dir: root-owned, not writable
        self.empty.mkdir(mode=0o755)
        self._write_account_files()
        self.cert, self.key = self.dir / "cert.pem", self.dir / "key.pem"
        self._make_certificate()
        self.cert_sha256 = self._fingerprint()

    def _hash(self) -> str:
        return netlab.run(["openssl", "passwd", "-6", "-stdin"], input=self.password + "\n").strip()

    def _write_account_files(self) -> None:
        pw_hash = self._hash()
        etc = self.dir / "etc"
        etc.mkdir(mode=0o755)
        # Lab copies of the real files with the lab user (and an anonymous 'ftp' user) added.
        drop = (f"{LAB_USER}:", "ftp:")
        for name, extra in (
            ("passwd", [f"{LAB_USER}:x:{LAB_UID}:{LAB_UID}:ftpwizard lab:{self.home}:/bin/sh",
                        f"ftp:x:{LAB_UID + 1}:{LAB_UID}:anonymous:{self.home}:/usr/sbin/nologin"]),
            ("shadow", [f"{LAB_USER}:{pw_hash}:19000:0:99999:7:::", "ftp:*:19000:0:99999:7:::"]),
            ("group", [f"{LAB_USER}:x:{LAB_UID}:"]),
        ):
            real = Path("/etc", name).read_text().splitlines()
            lines = [ln for ln in real if not ln.startswith(drop)] + extra
            path = etc / name
            path.write_text("\n".join(lines) + "\n")
            path.chmod(0o640 if name == "shadow" else 0o644)
        # The lab's own PAM configuration (bind-mounted over /etc/pam.d): the host's policy (common-auth,
        # a pam_faillock that would lock the user after the wrong-password scenario, an apt run
        # rewriting those files mid-test) must not change what the daemons answer.
        pam = etc / "pam.d"
        pam.mkdir(mode=0o755)
        policy = "auth required pam_unix.so\naccount required pam_unix.so\nsession required pam_permit.so\n"
        for service in ("vsftpd", "other"):
            (pam / service).write_text(policy)
        # ProFTPD's own account files (same format as passwd/group).
        auth = self.dir / "proftpd.passwd"
        auth.write_text(f"{LAB_USER}:{pw_hash}:{LAB_UID}:{LAB_UID}::{self.home}:/bin/sh\n")
        auth.chmod(0o600)
        (self.dir / "proftpd.group").write_text(f"{LAB_USER}:x:{LAB_UID}:\n")

    def _make_certificate(self) -> None:
        netlab.run([
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "7",
            "-subj", "/CN=ftplab.test", "-addext", f"subjectAltName=IP:{netlab.SERVER_ADDR}",
            "-keyout", str(self.key), "-out", str(self.cert),
        ])
        self.key.chmod(0o600)

    def _fingerprint(self) -> str:
        out = netlab.run(["openssl", "x509", "-in", str(self.cert), "-noout", "-fingerprint", "-sha256"])
        return out.strip().split("=", 1)[1].upper()  # "AB:CD:..."

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


@dataclass
class Daemon:
    """One FTP server implementation: how to configure and start it."""

    name: str
    binary_name: str | None  # None: pyftpdlib (runs with this Python)
    supports_tls: bool = False
    overlay_etc: bool = False  # needs the lab passwd/shadow/group bind-mounted

    def missing(self) -> str | None:
        if self.binary_name and find_binary(self.binary_name) is None:
            return (f"{self.name} not installed (scripts/lab/install_daemons.sh installs it; "
                    f"looked in PATH, /usr/sbin and {DAEMON_ROOT}/usr/sbin)")
        return None

    def command(self, files: LabFiles, opts: DaemonOptions, workdir: Path) -> list[str]:
        raise NotImplementedError


class Vsftpd(Daemon):
    def command(self, files: LabFiles, opts: DaemonOptions, workdir: Path) -> list[str]:
        conf = {
            "listen": "YES", "listen_ipv6": "NO", "background": "NO",
            "anonymous_enable": "NO", "local_enable": "YES", "write_enable": "NO",
            "pam_service_name": "vsftpd",
            "secure_chroot_dir": str(files.empty),
            "connect_from_port_20": "YES",
            "pasv_enable": "YES", "pasv_address": opts.pasv_address,
            "pasv_min_port": str(PASV_PORTS[0]), "pasv_max_port": str(PASV_PORTS[1]),
            "ftpd_banner": "ftplab vsftpd ready.",
            "xferlog_enable": "YES", "xferlog_std_format": "NO", "log_ftp_protocol": "YES",
            "vsftpd_log_file": str(workdir / "vsftpd.log"),
        }
        if opts.max_per_ip is not None:
            conf["max_per_ip"] = str(opts.max_per_ip)
        if opts.folder != "home":
            conf["local_root"] = str(files.dir / opts.folder)
        if opts.tls:
            conf |= {
                "ssl_enable": "YES", "rsa_cert_file": str(files.cert), "rsa_private_key_file": str(files.key),
                "force_local_logins_ssl": "YES", "force_local_data_ssl": "YES",
            }
        path = workdir / "vsftpd.conf"
        path.write_text("".join(f"{k}={v}\n" for k, v in conf.items()))
        path.chmod(0o600)  # vsftpd refuses a config file not owned by root / writable by others
        return [find_binary("vsftpd") or "vsftpd", str(path)]


class Proftpd(Daemon):
    def command(self, files: LabFiles, opts: DaemonOptions, workdir: Path) -> list[str]:
        if opts.tls or opts.max_per_ip or opts.folder != "home":
            raise ValueError("the lab configures TLS, max_per_ip and the folder only for vsftpd")
        lines = [
            'ServerName "ftplab ProFTPD"', "ServerType standalone", "DefaultServer on", "Port 21",
            "UseIPv6 off", "User nobody", "Group nogroup", "UseReverseDNS off", "WtmpLog off",
            f"PidFile {workdir}/proftpd.pid", f"ScoreboardFile {workdir}/proftpd.scoreboard",
            f"SystemLog {workdir}/proftpd.log", "TransferLog none", "DelayEngine off",
            "AuthPAM off", "AuthOrder mod_auth_file.c",
            f"AuthUserFile {files.dir}/proftpd.passwd", f"AuthGroupFile {files.dir}/proftpd.group",
            "RequireValidShell off", "MaxInstances 50",
            f"PassivePorts {PASV_PORTS[0]} {PASV_PORTS[1]}", f"MasqueradeAddress {opts.pasv_address}",
        ]
        path = workdir / "proftpd.conf"
        path.write_text("\n".join(lines) + "\n")
        return [find_binary("proftpd") or "proftpd", "-n", "-c", str(path)]


class PureFtpd(Daemon):
    def command(self, files: LabFiles, opts: DaemonOptions, workdir: Path) -> list[str]:
        if opts.tls or opts.folder != "home":
            raise ValueError("the lab configures TLS and the folder only for vsftpd")
        per_ip = ["--maxclientsperip", str(opts.max_per_ip)] if opts.max_per_ip else []
        return [
            find_binary("pure-ftpd") or "pure-ftpd",
            "--bind", "0.0.0.0,21", "--ipv4only", "--dontresolve",
            "--login", "unix", "--noanonymous", "--minuid", "1000",
            "--passiveportrange", f"{PASV_PORTS[0]}:{PASV_PORTS[1]}", "--forcepassiveip", opts.pasv_address,
            *per_ip,
        ]


class Pyftpdlib(Daemon):
    def command(self, files: LabFiles, opts: DaemonOptions, workdir: Path) -> list[str]:
        if opts.tls or opts.max_per_ip or opts.folder != "home":
            raise ValueError("the lab configures TLS, max_per_ip and the folder only for vsftpd")
        return [
            sys.executable, str(Path(__file__).with_name("lab_pyftpd_server.py")),
            "--user", files.user, "--root", str(files.home),
            "--pasv-address", opts.pasv_address, "--pasv-ports", f"{PASV_PORTS[0]}:{PASV_PORTS[1]}",
        ]


DAEMONS: dict[str, Daemon] = {
    d.name: d
    for d in (
        Vsftpd("vsftpd", "vsftpd", supports_tls=True, overlay_etc=True),
        Proftpd("proftpd", "proftpd"),
        PureFtpd("pure-ftpd", "pure-ftpd", overlay_etc=True),
        Pyftpdlib("pyftpdlib", None),
    )
}


@dataclass
class RunningDaemon:
    daemon: Daemon
    opts: DaemonOptions
    lab: netlab.Lab
    files: LabFiles
    proc: subprocess.Popen[bytes] | None = None
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix=netlab.temp_prefix("daemon"))))

    def start(self) -> RunningDaemon:
        cmd = self.daemon.command(self.files, self.opts, self.workdir)
        if self.daemon.overlay_etc:
            etc = self.files.dir / "etc"
            # A private mount namespace: the bind mounts are seen by this daemon only.
            script = ('mount --bind "$1" /etc/passwd && mount --bind "$2" /etc/shadow && '
                      'mount --bind "$3" /etc/group && mount --bind "$4" /etc/pam.d && shift 4 && exec "$@"')
            cmd = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh",
                   str(etc / "passwd"), str(etc / "shadow"), str(etc / "group"), str(etc / "pam.d"), *cmd]
        env = {"PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"),
               "FTPLAB_PASSWORD": self.files.password, "PYTHONDONTWRITEBYTECODE": "1"}
        log = open(self.workdir / "output.log", "wb")  # closed below: the child has its own copy
        # Every exec in the chain (ip netns exec, unshare, sh) replaces itself: the PID is the daemon's,
        # and start_new_session makes it the leader of a process group that also holds its children.
        self.proc = subprocess.Popen(
            self.lab.exec_cmd(self.lab.server, cmd), stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, env=env, start_new_session=True,
        )
        log.close()
        try:
            self._wait_ready()
        except Exception:
            self.remove()
            raise
        return self

    def _wait_ready(self, timeout: float = 15.0) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.daemon.name} exited ({self.proc.returncode}): {self.log_tail()}")
            out = netlab.run(self.lab.exec_cmd(self.lab.server, ["ss", "-Hltn", "sport = :21"]), check=False)
            if out.strip():
                return
            time.sleep(0.05)
        raise RuntimeError(f"{self.daemon.name} not listening on 21 after {timeout:.0f} s: {self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        texts = []
        for path in sorted(self.workdir.glob("*.log")):
            text = path.read_text(errors="replace").splitlines()[-lines:]
            texts.append(f"--- {path.name}\n" + "\n".join(text))
        return "\n".join(texts)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            pgid = self.proc.pid
            try:
                os.killpg(pgid, signal.SIGTERM)
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(pgid, signal.SIGKILL)
                self.proc.wait(timeout=5)
            except ProcessLookupError:
                pass
        if self.proc is not None:
            # Session processes (one per connection) may outlive the listener: vsftpd puts them in
            # their own process groups, and one still connecting back to a firewalled client lives 60 s.
            # Only the daemon and its children ever run in the server namespace: end them by PID.
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            for pid in netlab.run(["ip", "netns", "pids", self.lab.server], check=False).split():
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except (ProcessLookupError, ValueError):
                    pass
        self.proc = None
        self.lab.kill_sockets(self.lab.server)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)

"""A small independent FTP client (Python's ftplib) that the lab runs inside the client namespace.

It proves the lab itself - that each scenario's firewall/NAT rules and each daemon do what the scenario
says - independently of ftpwizard's probe engine. Prints one JSON object::

    {"control": {"ok", "error", "reply", "elapsed_ms"},
     "active":  {"ok", "step", "error", "reply", "elapsed_ms", "names"},
     "passive": {... same, plus "advertised"}}

"step" is the step that failed (2 = PORT/PASV answered with an error, 3 = data connection, 4 = listing).
"names" are the listing's last words; bytes that are not UTF-8 come out as surrogates (surrogateescape), so
a test can compare them with the exact bytes the server sent. With ``--connections N`` it instead opens N
logged-in connections at once and prints ``{"connections": [{"ok", "error", "reply"}, ...]}``.
Password from the environment variable FTPWIZARD_PASSWORD.
"""

from __future__ import annotations

import argparse
import ftplib
import json
import os
import select
import socket
import ssl
import time
from typing import Any


def _error_name(exc: BaseException) -> str:
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "timeout"
    if isinstance(exc, ConnectionRefusedError):
        return "refused"
    if isinstance(exc, ConnectionResetError):
        return "reset"
    if isinstance(exc, OSError) and exc.errno in (113, 101):  # EHOSTUNREACH, ENETUNREACH
        return "unreachable"
    if isinstance(exc, ftplib.Error):
        return "rejected"
    if isinstance(exc, ssl.SSLError):
        return "tls"
    return type(exc).__name__


class Client:
    def __init__(self, host: str, port: int, tls: bool, timeout: float, data_wait: float,
                 session_reuse: bool = True) -> None:
        self.ctx = ssl.create_default_context()
        self.ctx.check_hostname = False
        self.ctx.verify_mode = ssl.CERT_NONE
        self.ftp: ftplib.FTP = ftplib.FTP_TLS(context=self.ctx, timeout=timeout) if tls else ftplib.FTP(timeout=timeout)
        self.host, self.port, self.tls, self.data_wait = host, port, tls, data_wait
        self.session_reuse = session_reuse

    def login(self, user: str, password: str, opts_utf8: bool = False) -> dict[str, Any]:
        t0 = time.monotonic()
        out: dict[str, Any] = {"ok": False, "error": None, "reply": None}
        try:
            out["reply"] = self.ftp.connect(self.host, self.port)
            if isinstance(self.ftp, ftplib.FTP_TLS):
                self.ftp.auth()
            out["reply"] = self.ftp.login(user, password)
            if opts_utf8:  # what clients send to ask for UTF-8 names (RFC 2640); the reply is recorded
                try:
                    out["opts_utf8"] = self.ftp.sendcmd("OPTS UTF8 ON")
                except ftplib.Error as exc:
                    out["opts_utf8"] = str(exc)
            if isinstance(self.ftp, ftplib.FTP_TLS):
                self.ftp.prot_p()
            # Log-in replies may be slow (failed log-ins are delayed); after it, waiting longer than
            # the data wait for a reply only makes a blocked scenario slower to check.
            self.ftp.sock.settimeout(self.data_wait)
            out["ok"] = True
        except Exception as exc:  # every failure is a result here
            out["error"] = _error_name(exc)
            out["reply"] = str(exc)
        out["elapsed_ms"] = round((time.monotonic() - t0) * 1000)
        return out

    def _wrap(self, conn: socket.socket) -> socket.socket:
        if not self.tls:
            return conn
        # Reuse the control connection's TLS session: vsftpd requires it (require_ssl_reuse=YES).
        # Without reuse (--no-session-reuse) the data connection is what a client that does not resume
        # sessions opens.
        session = self.ftp.sock.session if self.session_reuse else None  # type: ignore[attr-defined]
        return self.ctx.wrap_socket(conn, session=session)

    def _read_listing(self, conn: socket.socket) -> list[str]:
        conn.settimeout(self.data_wait)
        conn = self._wrap(conn)
        chunks = []
        while data := conn.recv(65536):
            chunks.append(data)
        conn.close()
        self.ftp.voidresp()
        text = b"".join(chunks).decode(errors="surrogateescape")
        return [line.split()[-1] for line in text.splitlines() if line]

    def active(self) -> dict[str, Any]:
        t0 = time.monotonic()
        out: dict[str, Any] = {"ok": False, "step": None, "error": None, "reply": None}
        listener = socket.create_server((self.ftp.sock.getsockname()[0], 0))
        try:
            addr, port = listener.getsockname()[:2]
            step = 2
            out["reply"] = self.ftp.sendcmd(f"PORT {addr.replace('.', ',')},{port >> 8},{port & 255}")
            step = 3
            self.ftp.putcmd("LIST")
            ready, _, _ = select.select([listener, self.ftp.sock], [], [], self.data_wait)
            if listener in ready:
                conn, _ = listener.accept()
                out["reply"] = self.ftp.getresp()  # 150
                step = 4
                out["names"] = self._read_listing(conn)
                out["ok"] = True
            elif ready:
                out["reply"] = self.ftp.getline()
                out["error"] = "rejected"
            else:
                out["error"] = "timeout"
            out["step"] = None if out["ok"] else step
        except Exception as exc:
            out["step"], out["error"], out["reply"] = step, _error_name(exc), str(exc)
        finally:
            listener.close()
        out["elapsed_ms"] = round((time.monotonic() - t0) * 1000)
        return out

    def passive(self) -> dict[str, Any]:
        t0 = time.monotonic()
        out: dict[str, Any] = {"ok": False, "step": None, "error": None, "reply": None, "advertised": None}
        step = 2
        try:
            reply = self.ftp.sendcmd("PASV")
            out["reply"] = reply
            host, port = ftplib.parse227(reply)
            out["advertised"] = f"{host}:{port}"
            step = 3
            conn = socket.create_connection((host, port), timeout=self.data_wait)
            self.ftp.putcmd("LIST")
            out["reply"] = self.ftp.getresp()  # 150
            step = 4
            out["names"] = self._read_listing(conn)
            out["ok"] = True
        except Exception as exc:
            out["step"], out["error"] = step, _error_name(exc)
            out["reply"] = str(exc) if out["error"] != "timeout" or step != 3 else out["reply"]
        out["elapsed_ms"] = round((time.monotonic() - t0) * 1000)
        return out


def connections(args: argparse.Namespace, password: str) -> list[dict[str, Any]]:
    """Open ``args.connections`` logged-in connections one after the other, all kept open, then close all."""
    clients, out = [], []
    try:
        for _ in range(args.connections):
            client = Client(args.host, args.port, args.tls, args.timeout, args.data_wait)
            clients.append(client)
            got = client.login(args.user, password)
            out.append({k: got[k] for k in ("ok", "error", "reply")})
    finally:
        for client in clients:
            try:
                client.ftp.close()
            except OSError:
                pass
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("--port", type=int, default=21)
    parser.add_argument("--user", required=True)
    parser.add_argument("--tls", action="store_true")
    parser.add_argument("--modes", default="passive,active")
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--data-wait", type=float, default=4.0)
    parser.add_argument("--no-session-reuse", action="store_true", help="TLS data connections start a new session")
    parser.add_argument("--connections", type=int, default=0)
    parser.add_argument("--opts-utf8", action="store_true", help="send OPTS UTF8 ON after logging in")
    args = parser.parse_args()
    password = os.environ.get("FTPWIZARD_PASSWORD", "")
    if args.connections:
        print(json.dumps({"connections": connections(args, password)}))
        return
    result: dict[str, Any] = {}
    for mode in args.modes.split(","):
        # A fresh control connection per mode: a failed data connection can leave the session unusable.
        client = Client(args.host, args.port, args.tls, args.timeout, args.data_wait, not args.no_session_reuse)
        result["control"] = client.login(args.user, password, args.opts_utf8)
        if result["control"]["ok"]:
            result[mode] = client.active() if mode == "active" else client.passive()
        try:
            client.ftp.close()
        except OSError:
            pass
        if not result["control"]["ok"]:
            break
    print(json.dumps(result))


if __name__ == "__main__":
    main()

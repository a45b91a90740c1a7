"""FTP server behaviours for the probe tests: pyftpdlib handler subclasses, each one real server habit."""

from __future__ import annotations

import socket
import struct
from typing import Any

from probe_servers import FTPHandler, closed_port


class Port500(FTPHandler):
    """vsftpd/ProFTPD when the announced address is not the one they see: the client is behind NAT."""

    def _make_eport(self, ip: str, port: int) -> None:
        self.respond("500 Illegal PORT command.")


class Port501(FTPHandler):
    def _make_eport(self, ip: str, port: int) -> None:
        self.respond(f"501 Rejected data connection to foreign address {ip}:{port}.")


class ActiveDisabled502(FTPHandler):
    def ftp_PORT(self, line: str) -> None:
        self.respond("502 Active mode disabled.")

    ftp_EPRT = ftp_PORT


class ActiveNotImplemented504(FTPHandler):
    def ftp_PORT(self, line: str) -> None:
        self.respond("504 Command not implemented for that parameter.")

    ftp_EPRT = ftp_PORT


class ActiveSilent(FTPHandler):
    """Accept PORT, then never manage to connect and say nothing: the PC's firewall drops the connection."""

    def _make_eport(self, ip: str, port: int) -> None:
        self._pretend_active = True
        self.respond("200 PORT command successful. Consider using PASV.")

    def ftp_LIST(self, path: str) -> Any:
        if getattr(self, "_pretend_active", False):
            self._pretend_active = False
            return None  # the real server would be busy connecting to the client here
        return super().ftp_LIST(path)


class HangsUpWhileActiveWaits(FTPHandler):
    """Accept PORT, then hang up while the client waits for the data connection (step ③): a server that
    stops, restarts or drops the session. ``reset``: with an RST (a crashed host, a killed process with
    unread data) instead of an orderly close."""

    reset = False

    def _make_eport(self, ip: str, port: int) -> None:
        self._pretend_active = True
        self.respond("200 PORT command successful. Consider using PASV.")

    def ftp_LIST(self, path: str) -> Any:
        if not getattr(self, "_pretend_active", False):
            return super().ftp_LIST(path)  # passive mode, on the other connection, works
        if self.reset:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close()
        return None


class Refuses421WhileActiveWaits(FTPHandler):
    """Accept PORT, then answer LIST with a 421 and hang up instead of connecting back (step ③): a server
    that is full or shutting down. The PC's firewall has nothing to do with it."""

    def _make_eport(self, ip: str, port: int) -> None:
        self._pretend_active = True
        self.respond("200 PORT command successful. Consider using PASV.")

    def ftp_LIST(self, path: str) -> Any:
        if not getattr(self, "_pretend_active", False):
            return super().ftp_LIST(path)  # passive mode, on the other connection, works
        self.respond("421 Too many users, closing control connection.")
        self.close_when_done()
        return None


class ActiveConnectsToClosedPort(FTPHandler):
    """pyftpdlib's own active connect, sent to a port where nothing listens: its real 425 reply."""

    def _make_eport(self, ip: str, port: int) -> None:
        super()._make_eport(ip, closed_port())


class PasvTo(FTPHandler):
    """Names ``pasv_port`` in the 227/229 reply instead of a real passive port."""

    pasv_port = 0

    def _make_epasv(self, extmode: bool = False) -> None:
        port = self.pasv_port
        if extmode:
            self.respond(f"229 Entering extended passive mode (|||{port}|).")
        else:
            self.respond(f"227 Entering passive mode (127,0,0,1,{port >> 8},{port & 0xFF}).")


class PasvRefused(FTPHandler):
    def ftp_PASV(self, line: str) -> None:
        self.respond("502 Passive mode disabled.")

    ftp_EPSV = ftp_PASV


class PasvGarbage(FTPHandler):
    def ftp_PASV(self, line: str) -> None:
        self.respond("227 Entering passive mode (the port is a secret).")


class BothBlocked(ActiveSilent, PasvTo):
    pass


class Port500PasvRefused(Port500, PasvRefused):
    pass


class ActiveUnreachablePasvRefused(ActiveConnectsToClosedPort, PasvRefused):
    """Active fails at step 3 (425), passive at step 2 (502): two replies, one verdict."""


class Port500BadAddress(Port500):
    masquerade_address = "10.1.2.3"


class UserNeedsTls530(FTPHandler):
    def ftp_USER(self, line: str) -> None:
        self.respond("530 Non-anonymous sessions must use encryption.")


class UserNeedsTls534(FTPHandler):
    def ftp_USER(self, line: str) -> None:
        self.respond("534 Policy requires SSL.")


class NoAnswerToUser(FTPHandler):
    def ftp_USER(self, line: str) -> None:
        pass


class Banner421(FTPHandler):
    def handle(self) -> None:
        self.respond("421 Too many users, sorry.")
        self.close_when_done()


class Banner120(FTPHandler):
    def handle(self) -> None:
        self.respond("120 Service ready in 5 minutes.")


class ClosesOnPasv(FTPHandler):
    def ftp_PASV(self, line: str) -> None:
        self.respond("421 Service not available, closing control connection.")
        self.close_when_done()


class SecondConnectionClosed(FTPHandler):
    """Closes every control connection after the first, without a word (some hosting firewalls)."""

    seen = 0

    def handle(self) -> None:
        type(self).seen += 1
        if type(self).seen > 1:
            self.close()
            return
        super().handle()


class LoginOrder(FTPHandler):
    """Logs, in the server's own order, each control connection's arrival, the commands it received and
    the replies it sent: ``order`` gets (connection number, "accepted" | "> COMMAND" | "< CODE").

    It holds the first connection's answer to PASS until a second connection has arrived (at most
    ``hold_s``), so that the order the tests read from it is decided by the probe, not by the timing:
    a probe that opens its second connection only after logging in makes the test fail, not hang.
    Give each server its own ``order=[]`` and ``arrived=[0]``.
    """

    order: list[tuple[int, str]]
    arrived: list[int]
    hold_s = 2.0

    def handle(self) -> None:
        self.arrived[0] += 1
        self._number = self.arrived[0]
        self.order.append((self._number, "accepted"))
        super().handle()

    def pre_process_command(self, line: str, cmd: str, arg: str) -> None:
        self.order.append((self._number, "> " + cmd))
        super().pre_process_command(line, cmd, arg)

    def respond(self, resp: str, logfun: Any = None) -> None:
        self.order.append((self._number, "< " + resp[:3]))
        super().respond(resp)

    def ftp_PASS(self, line: str, waited: float = 0.0) -> None:
        if self._number == 1 and self.arrived[0] < 2 and waited < self.hold_s:
            self.ioloop.call_later(0.01, self.ftp_PASS, line, waited + 0.01)  # the server's loop goes on
            return
        super().ftp_PASS(line)


class FixedListing(FTPHandler):
    """LIST answers with exactly ``listing`` (bytes, as some server wrote them): an IIS/DOS listing, a
    server's own layout, names in a character set pyftpdlib would not write."""

    listing = b""

    def ftp_LIST(self, path: str) -> Any:
        self.push_dtp_data(self.listing, isproducer=False, cmd="LIST")
        return path


class Utf8OnRequest(FTPHandler):
    """Names in CP949 until the client sends OPTS UTF8 ON, in UTF-8 after it (IIS, Serv-U, ProFTPD's
    mod_lang convert so); FEAT lists UTF8 all the same."""

    encoding = "cp949"

    def ftp_FEAT(self, line: str) -> None:
        own, self.encoding = self.encoding, "utf8"
        try:
            super().ftp_FEAT(line)
        finally:
            self.encoding = own

    def ftp_OPTS(self, line: str) -> None:
        if line.strip().upper() == "UTF8 ON":
            self.encoding = "utf8"
        super().ftp_OPTS(line)
# ---------------------------------------------------------------- server policies that split programs (issue 14)


class EpsvTo(FTPHandler):
    """EPSV names ``epsv_port`` (where connections are refused or dropped); PASV works."""

    epsv_port = 0

    def ftp_EPSV(self, line: str) -> None:
        self.respond(f"229 Entering extended passive mode (|||{self.epsv_port}|).")


class PasvOnlyTo(FTPHandler):
    """PASV names ``pasv_port`` at the server's own address; EPSV works."""

    pasv_port = 0

    def ftp_PASV(self, line: str) -> None:
        port = self.pasv_port
        self.respond(f"227 Entering passive mode (127,0,0,1,{port >> 8},{port & 0xFF}).")


class EpsvRefused(FTPHandler):
    """An older server that does not know EPSV (RFC 2428): 500, as programs expect, who then send PASV."""

    def ftp_EPSV(self, line: str) -> None:
        self.respond("500 'EPSV': command not understood.")


class LoginLimit(FTPHandler):
    """ProFTPD's MaxClientsPerUser: a login beyond ``max_logins`` at once gets a 530 that says so (the
    connection itself was accepted and greeted). Give each server its own ``logged_in=[0]``."""

    max_logins = 2
    logged_in: list[int]

    def ftp_PASS(self, line: str) -> None:
        if self.logged_in[0] >= self.max_logins:
            self.respond(f"530 Sorry, the maximum number of clients ({self.max_logins}) for this user are "
                         "already connected.")
            return
        self.logged_in[0] += 1
        self._counted = True
        super().ftp_PASS(line)

    def on_close(self) -> None:
        if getattr(self, "_counted", False):
            self.logged_in[0] -= 1
        super().on_close()


class CountsConnections(FTPHandler):
    """Counts the control connections that reached the server: ``arrived=[0]`` per server."""

    arrived: list[int]

    def handle(self) -> None:
        self.arrived[0] += 1
        super().handle()

    def handle_max_cons_per_ip(self) -> None:  # refused by the server's per-address limit
        self.arrived[0] += 1
        super().handle_max_cons_per_ip()


def requires_session_reuse() -> type:
    """vsftpd's default ``require_ssl_reuse=YES`` on pyftpdlib's TLS handler: a protected data connection that
    does not resume the control connection's TLS session is refused with vsftpd's own 522 reply. (Built on
    demand: pyftpdlib's TLS handler needs pyOpenSSL.)"""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # pyftpdlib imports asyncore
        from OpenSSL._util import lib as openssl
        from pyftpdlib.handlers import TLS_FTPHandler
        from pyftpdlib.handlers.ftps.data import TLS_DTPHandler

    class SessionReuseDTP(TLS_DTPHandler):  # type: ignore[misc, valid-type]
        def handle_ssl_established(self) -> None:
            if not openssl.SSL_session_reused(self.socket._ssl):
                self.cmd_channel.respond("522 SSL connection failed: session reuse required")
                self.close()
                return
            super().handle_ssl_established()

    class RequiresSessionReuse(TLS_FTPHandler):  # type: ignore[misc, valid-type]
        dtp_handler = SessionReuseDTP

        @classmethod
        def get_ssl_context(cls) -> Any:
            if cls.ssl_context is None:
                super().get_ssl_context().set_session_id(b"ftpwizard-tests")  # lets clients resume sessions
            return cls.ssl_context

    return RequiresSessionReuse


class SilentFrom(FTPHandler):
    """Greets the first ``greeted`` connections; later ones are accepted and never greeted (an overloaded
    server, or a firewall that lets the connection in and holds it). ``arrived=[0]`` per server."""

    greeted = 2
    arrived: list[int]

    def handle(self) -> None:
        self.arrived[0] += 1
        if self.arrived[0] <= self.greeted:
            super().handle()

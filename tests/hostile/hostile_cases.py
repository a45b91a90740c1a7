"""The misbehaviours, and what the probe must conclude about each (shared by the tests and the benchmark).

The bound, with ``--timeout T`` (the engine's ``ProbeOptions.timeout``):
  * the TCP connect, each whole reply (every line of a multi-line reply together) and each TLS handshake
    take at most T;
  * the data-connection wait (passive connect, active accept) at most W = min(T, max(3 s, 10 x RTT));
  * a listing read at most T (without data: a timeout; with data: a truncated listing, which passes);
  * a silent banner costs 1 s more: the probe sends HELP to tell a mute web server from a mute FTPS one.
A step is bounded by the sum of the waits in it. Each behaviour here uses up at most one wait per
connection (``Case.stall``: none, T or T+1), so the tests assert: the failing step <= its stall + 1 s
(a problem seen in what arrives must be reported within 1 s), and the whole probe <= 2T + 1.5 s + 1 s
(the two modes run in parallel; the 1.5 s covers a stalled banner's poke and saying QUIT).
"""

from __future__ import annotations

import random
import select
from dataclasses import dataclass, field
from typing import Any

from hostile_server import Closed, Session

from ftpwizard.core.probe.model import ErrorKind

POKE_S = 1.0  # the probe's extra wait after a silent banner


# ---------------------------------------------------------------- misbehaviours


class SilentBanner(Session):
    """1. Accepts the connection, then says nothing at all."""

    def greet(self) -> None:
        self.idle()


class SlowlorisBanner(Session):
    """2. The banner, one byte per second."""

    def greet(self) -> None:
        for byte in b"220 Welcome to the slowest FTP server in the world.\r\n":
            self.send(bytes([byte]))
            self.pause(1.0)


class HugeLineBanner(Session):
    """3. A 1 MB line with no newline, then silence."""

    def greet(self) -> None:
        self.send(b"220 " + b"A" * (1024 * 1024))
        self.idle()


class HugeLinePasv(Session):
    """3. (after login) The reply to PASV is a 1 MB line without a newline."""

    def cmd_PASV(self, arg: str) -> None:
        self.send(b"227 " + b"7" * (1024 * 1024))
        self.idle()


class GarbageBanner(Session):
    """4. Random bytes instead of a greeting."""

    def greet(self) -> None:
        noise = random.Random(4).randbytes(3000)
        self.send(noise + b"\r\n")
        self.idle()


class InvalidUtf8Banner(Session):
    """4. A greeting whose text is neither UTF-8 nor CP949."""

    def greet(self) -> None:
        self.send(b"220 \xff\xfe\xfd\xc3\x28\xa0\xa1\x80 ready\r\n")
        self.idle()


class InvalidUtf8Pasv(Session):
    """4. (after login) Invalid bytes in the 227 reply, next to the echoed password."""

    def pasv_reply(self, port: int) -> str:
        raise NotImplementedError  # replaced by cmd_PASV

    def cmd_PASV(self, arg: str) -> None:
        port = self._listen()
        self.send(
            b"227 \xff\xff\x80 " + self.password.encode() + f" (127,0,0,1,{port >> 8},{port & 0xFF})\r\n".encode()
        )


class ControlCharsBanner(Session):
    """4. Terminal escape sequences and NUL in the greeting: must never reach the user's terminal."""

    def greet(self) -> None:
        self.send(b"220 \x1b[2J\x1b]0;owned\x07\x00 hostile server ready\r\n")


class EndlessMultilineFast(Session):
    """5. A multi-line banner that never ends, as fast as the client reads."""

    def greet(self) -> None:
        self.send(b"220-Welcome\r\n")
        while True:
            self.send(b"220-and another line of welcome\r\n" * 64)


class EndlessMultilineSlow(Session):
    """5. A multi-line banner that never ends, a line every 0.3 s."""

    def greet(self) -> None:
        self.send(b"220-Welcome\r\n")
        while True:
            self.pause(0.3)
            self.send(b" still welcoming you\r\n")


class EndlessMultilinePasv(Session):
    """5. (after login) The reply to PASV opens a multi-line reply and never closes it."""

    def cmd_PASV(self, arg: str) -> None:
        self.send(b"227-Entering Passive Mode\r\n")
        while True:
            self.send(b" (127,0,0,1,1,1)\r\n" * 64)


def fixed_banner(raw: bytes) -> type[Session]:
    class FixedBanner(Session):
        def greet(self) -> None:
            self.send(raw)
            self.idle()

    FixedBanner.__doc__ = f"6. The banner is {raw!r}."
    return FixedBanner


def fixed_pasv(text: str, *, refuse_pasv: bool = False) -> type[Session]:
    class FixedPasv(Session):
        def cmd_PASV(self, arg: str) -> None:
            if refuse_pasv:
                self.reply("502 PASV not implemented, use EPSV.")
                return
            port = self._listen()
            self.reply(text.format(p1=port >> 8, p2=port & 0xFF, port=port))

        def cmd_EPSV(self, arg: str) -> None:
            if not refuse_pasv:
                return super().cmd_EPSV(arg)
            port = self._listen()
            self.reply(text.format(p1=port >> 8, p2=port & 0xFF, port=port))

    FixedPasv.__doc__ = f"6/7. The passive reply is {text!r}."
    return FixedPasv


class ThirdPartyPasv(Session):
    """8. The 227 reply names another host (127.0.0.2), where a spy listens on the same port."""

    def pasv_reply(self, port: int) -> str:
        return f"227 Entering Passive Mode (127,0,0,2,{port >> 8},{port & 0xFF})."


class CloseMidList(Session):
    """9. Sends half the listing, then closes the data and the control connection."""

    def transfer(self, data: Any) -> None:
        self.send_to(data, b"-rw-r--r--   1 ftp ftp        51 Jan 01 12:00 ind")
        self.pause(0.2)
        data.close()
        self.sock.close()
        raise Closed()


class SilentData(Session):
    """10. Opens the data connection, says 150, then sends no data and no 226, ever."""

    def transfer(self, data: Any) -> None:
        while True:
            readable, _w, _x = select.select([data], [], [], 0.05)
            if self.stopping:
                return
            if readable and not data.recv(4096):
                return  # the client gave up

    def after_transfer(self) -> None:
        self.idle()


class EndlessData(Session):
    """11. Data without end on the data connection."""

    def transfer(self, data: Any) -> None:
        line = b"-rw-r--r-- 1 ftp ftp 1 Jan 01 12:00 endless.txt\r\n"
        chunk = line * (65536 // len(line))
        while True:
            self.send_to(data, chunk)


class TrickleData(Session):
    """11. Data without end, one byte every 0.2 s: the inactivity timer alone would never fire."""

    def transfer(self, data: Any) -> None:
        while True:
            self.send_to(data, b"x")
            self.pause(0.2)


class GarbageAfter234(Session):
    """12. AUTH TLS answered 234, then garbage instead of a TLS handshake."""

    def cmd_AUTH(self, arg: str) -> None:
        self.reply("234 Proceed with negotiation.")
        self._recv(self.sock)  # the client's hello
        self.send(b"HTTP/1.0 400 Bad Request\r\n\r\n" + random.Random(12).randbytes(500))
        self.idle()


class SilentAfter234(Session):
    """12. AUTH TLS answered 234, then no handshake at all."""

    def cmd_AUTH(self, arg: str) -> None:
        self.reply("234 Proceed with negotiation.")
        self.idle()


class Reply421AfterLogin(Session):
    """13. 421 to everything after login."""

    def after_login(self, verb: str, arg: str) -> bool:
        self.reply(f"421 Service not available ({self.password}).")
        return True


class EchoPasswordRejected(Session):
    """The login is refused with the password quoted back in the 530 reply."""

    def cmd_PASS(self, arg: str) -> None:
        self.password = arg
        self.server.passwords.append(arg)
        self.reply(f"530 Login incorrect: '{arg}' is not the password of {self.user}.")


# ---------------------------------------------------------------- expectations

STALLS = {"": lambda t: 0.0, "T": lambda t: t, "T+1": lambda t: t + POKE_S}


@dataclass(frozen=True)
class Case:
    name: str
    session: type[Session]
    verdict: str
    # The wait the behaviour uses up at the failing (or slowest) step: "" when the probe must see the
    # problem in what arrives, without waiting; "T" one timeout; "T+1" a silent banner and its poke.
    stall: str
    control: tuple[str, ErrorKind] | None = None  # the control step that must fail
    # per mode: (failed step, error kind), or "ok"
    modes: dict[str, tuple[int, ErrorKind] | str] = field(default_factory=dict)
    tls: str = "none"
    number: int = 0  # the behaviour's number in the issue

    def step_bound(self, t: float) -> float:
        return STALLS[self.stall](t)

    def total_bound(self, t: float) -> float:
        return 2 * t + 1.5

    @property
    def stalled_step(self) -> tuple[str, str | int]:
        if self.control:
            return "control", self.control[0]
        for mode, expected in self.modes.items():
            if isinstance(expected, tuple):
                return mode, expected[0]
        return "passive", 4


ModeExpectation = tuple[int, ErrorKind] | str
PASV_PROTOCOL: dict[str, ModeExpectation] = {"passive": (2, ErrorKind.PROTOCOL), "active": "ok"}

CASES: list[Case] = [
    Case("banner-silent", SilentBanner, "not_ftp_server", "T+1",
         control=("banner", ErrorKind.TIMEOUT), number=1),
    Case("banner-slowloris", SlowlorisBanner, "control_protocol_error", "T",
         control=("banner", ErrorKind.TIMEOUT), number=2),
    Case("banner-1mb-line", HugeLineBanner, "control_protocol_error", "",
         control=("banner", ErrorKind.PROTOCOL), number=3),
    Case("pasv-1mb-line", HugeLinePasv, "control_protocol_error", "", modes=PASV_PROTOCOL, number=3),
    Case("banner-garbage", GarbageBanner, "control_protocol_error", "",
         control=("banner", ErrorKind.PROTOCOL), number=4),
    Case("banner-invalid-utf8", InvalidUtf8Banner, "control_protocol_error", "",
         control=("banner", ErrorKind.PROTOCOL), number=4),
    Case("pasv-invalid-utf8", InvalidUtf8Pasv, "control_protocol_error", "", modes=PASV_PROTOCOL, number=4),
    Case("banner-control-chars", ControlCharsBanner, "both_ok", "",
         modes={"passive": "ok", "active": "ok"}, number=4),
    Case("multiline-endless-fast", EndlessMultilineFast, "control_protocol_error", "",
         control=("banner", ErrorKind.PROTOCOL), number=5),
    Case("multiline-endless-slow", EndlessMultilineSlow, "control_protocol_error", "T",
         control=("banner", ErrorKind.TIMEOUT), number=5),
    Case("pasv-multiline-endless", EndlessMultilinePasv, "control_protocol_error", "",
         modes=PASV_PROTOCOL, number=5),
    Case("banner-code-999", fixed_banner(b"999 Welcome\r\n"), "control_protocol_error", "",
         control=("banner", ErrorKind.PROTOCOL), number=6),
    Case("banner-code-2", fixed_banner(b"2\r\n"), "control_protocol_error", "",
         control=("banner", ErrorKind.PROTOCOL), number=6),
    Case("banner-empty-line", fixed_banner(b"\r\n"), "control_protocol_error", "",
         control=("banner", ErrorKind.PROTOCOL), number=6),
    Case("pasv-code-999", fixed_pasv("999 ({p1},{p2})"), "control_protocol_error", "",
         modes=PASV_PROTOCOL, number=6),
    Case("pasv-227-no-text", fixed_pasv("227"), "control_protocol_error", "", modes=PASV_PROTOCOL, number=6),
    Case("pasv-port-0", fixed_pasv("227 Entering Passive Mode (127,0,0,1,0,0)."), "control_protocol_error",
         "", modes=PASV_PROTOCOL, number=7),
    Case("pasv-port-70000", fixed_pasv("227 Entering Passive Mode (127,0,0,1,273,112)."),
         "control_protocol_error", "", modes=PASV_PROTOCOL, number=7),
    Case("pasv-malformed-tuple", fixed_pasv("227 Entering Passive Mode (127,0,0,1,{p1})."),
         "control_protocol_error", "", modes=PASV_PROTOCOL, number=7),
    Case("epsv-wrong-delimiters", fixed_pasv("229 Entering Extended Passive Mode (|||{port}/)", refuse_pasv=True),
         "control_protocol_error", "", modes=PASV_PROTOCOL, number=7),
    Case("pasv-third-party", ThirdPartyPasv, "passive_bad_address", "",
         modes={"passive": "ok", "active": "ok"}, number=8),
    Case("close-mid-list", CloseMidList, "data_transfer_failed", "",
         modes={"passive": (4, ErrorKind.RESET), "active": (4, ErrorKind.RESET)}, number=9),
    Case("data-silent", SilentData, "data_transfer_failed", "T",
         modes={"passive": (4, ErrorKind.TIMEOUT), "active": (4, ErrorKind.TIMEOUT)}, number=10),
    Case("data-endless", EndlessData, "both_ok", "", modes={"passive": "ok", "active": "ok"}, number=11),
    Case("data-trickle", TrickleData, "both_ok", "T", modes={"passive": "ok", "active": "ok"}, number=11),
    Case("tls-garbage-after-234", GarbageAfter234, "tls_failed", "",
         control=("tls", ErrorKind.TLS), tls="explicit", number=12),
    Case("tls-silent-after-234", SilentAfter234, "tls_failed", "T",
         control=("tls", ErrorKind.TIMEOUT), tls="explicit", number=12),
    Case("reply-421-after-login", Reply421AfterLogin, "server_refused_service", "",
         modes={"passive": (2, ErrorKind.REJECTED), "active": (2, ErrorKind.REJECTED)}, number=13),
    Case("login-530-echoes-password", EchoPasswordRejected, "login_failed", "",
         control=("login", ErrorKind.REJECTED)),
]

CASES_BY_NAME = {case.name: case for case in CASES}

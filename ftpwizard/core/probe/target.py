"""Turn what a user types or pastes into a probe target, or say plainly what is wrong with it.

Accepted: ``host``, ``host:port``, ``[2001:db8::1]:2121``, ``2001:db8::1``, ``ftp://user@host:21/path``,
``ftp://user:pass@host``, ``ftps://host`` (implicit TLS), ``ftpes://host`` (explicit TLS), Korean (IDN)
domain names, surrounding spaces. Anything else raises ``TargetError`` whose ``key`` names the problem
(the GUI translates it) and whose message is English text for the command line.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

from ftpwizard.core.probe.records import record, replace
from ftpwizard.core.vocabulary import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:  # the model's many records are not needed to read an address
    from ftpwizard.core.probe.model import TlsMode

MAX_HOST_LEN = 253


class TargetError(ValueError):
    """Bad input for a target. ``key`` is a stable identifier, ``params`` fill the message."""

    # Marked for pyside6-lupdate (context ServerInput, in wizard_<lang>.ts): the wizard and the command
    # line show these in the user's language.
    MESSAGES: dict[str, str] = {
        "empty": QT_TRANSLATE_NOOP("ServerInput", "Enter the server's address, for example ftp.example.com."),
        "bad_port": QT_TRANSLATE_NOOP("ServerInput", "The port must be a number from 1 to 65535 (FTP normally uses 21)."),
        "email": QT_TRANSLATE_NOOP("ServerInput", "This looks like an e-mail address. Enter the FTP server's address (for example ftp.{domain})."),
        "sftp": QT_TRANSLATE_NOOP("ServerInput", "sftp:// is SSH, not FTP: this program tests FTP and FTPS servers. Ask your hosting company whether the server also offers FTP."),
        "scheme": QT_TRANSLATE_NOOP("ServerInput", "'{scheme}://' is not an FTP address. Use an address like ftp.example.com or ftp://ftp.example.com."),
        "spaces": QT_TRANSLATE_NOOP("ServerInput", "A server address cannot contain spaces."),
        "too_long": QT_TRANSLATE_NOOP("ServerInput", "That address is too long to be a server name (at most 253 characters)."),
        "bad_host": QT_TRANSLATE_NOOP("ServerInput", "'{host}' is not a valid server name or IP address."),
        "bad_ipv6": QT_TRANSLATE_NOOP("ServerInput", "That IPv6 address is not valid. Write it in brackets, for example [2001:db8::1]."),
        "user_at": QT_TRANSLATE_NOOP("ServerInput", "The address contains more than one '@'. Enter the user name in its own field."),
        "query": QT_TRANSLATE_NOOP("ServerInput", "The address has a '?' or '#' part that an FTP address never has."),
        "port_conflict": QT_TRANSLATE_NOOP("ServerInput", "The address says port {address_port} but the Port field says {field_port}. Remove the port from the address or make the two the same."),
        "user_line_break": QT_TRANSLATE_NOOP("ServerInput", "The user name contains a line break. Type it again on one line."),
        "password_line_break": QT_TRANSLATE_NOOP("ServerInput", "The password contains a line break, which FTP cannot send. Type or paste only the password itself."),
    }

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        # What the user typed is quoted back: never with control characters (a pasted escape sequence or
        # newline would garble the one-line message on a terminal, or split it).
        self.params = {k: "".join(c if c.isprintable() else "\ufffd" for c in str(v)) for k, v in params.items()}
        super().__init__(self.MESSAGES[key].format(**self.params))

    def text(self, translate: Callable[[str, str], str]) -> str:
        """The message in the reader's language (``translate(context, source)``)."""
        try:
            return translate("ServerInput", self.MESSAGES[self.key]).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return str(self)


@record(frozen=True)
class Target:
    host: str  # ASCII: punycode for IDN, bare IPv6 without brackets
    port: int = 21
    tls: TlsMode = "none"
    user: str = ""  # empty = anonymous
    password: str = ""  # never printed; repr hides it
    path: str = ""
    display_host: str = ""  # what the user typed (e.g. the Korean name), for messages
    password_from_url: bool = False
    port_in_address: int | None = None  # the port written in the address itself (host:port, a URL), if any

    def __repr__(self) -> str:  # the password must never reach a log or a traceback
        return (
            f"Target(host={self.host!r}, port={self.port}, tls={self.tls!r}, user={self.user!r}, "
            f"password={'****' if self.password else ''!r})"
        )

    __str__ = __repr__

    @property
    def is_ipv6(self) -> bool:
        return ":" in self.host

    @property
    def login_user(self) -> str:
        return self.user or "anonymous"

    def with_credentials(self, user: str | None = None, password: str | None = None) -> Target:
        """The same target with another user and/or password; TargetError if either has a line break."""
        user = self.user if user is None else user
        password = self.password if password is None else password
        check_credentials(user, password)
        return replace(self, user=user, password=password)

    def as_dict(self) -> dict[str, object]:
        return {"host": self.host, "port": self.port, "tls": self.tls, "user": self.user}


def check_credentials(user: str, password: str) -> None:
    """A line break in USER or PASS would end the command early and start another (or, sent as is, look
    like a misbehaving server): refuse it before anything is sent. The message never quotes the password."""
    if "\r" in user or "\n" in user:
        raise TargetError("user_line_break")
    if "\r" in password or "\n" in password:
        raise TargetError("password_line_break")


def strip_line_end(text: str) -> str:
    """``text`` without one trailing line ending (CR LF, LF or CR): what a password file or a pipe adds."""
    for ending in ("\r\n", "\n", "\r"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


_SCHEMES: dict[str, TlsMode] = {"ftp": "none", "ftps": "implicit", "ftpes": "explicit"}
_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s/:]+@([^@\s/:]+\.[^@\s/:]+)$")


def parse_port(text: str) -> int:
    """A port number as typed (a URL's ``:port``, the GUI's Port field), or TargetError("bad_port")."""
    text = text.strip()
    if not text.isdigit() or not text.isascii():
        raise TargetError("bad_port")
    port = int(text)
    if not 1 <= port <= 65535:
        raise TargetError("bad_port")
    return port


def _normalize_host(host: str) -> str:
    """Return the ASCII form of a host name or IP address, or raise TargetError."""
    if not host:
        raise TargetError("empty")
    if any(c.isspace() for c in host):
        raise TargetError("spaces")
    if ":" in host:
        try:
            return str(ipaddress.IPv6Address(host.split("%", 1)[0]))
        except ValueError:
            raise TargetError("bad_ipv6") from None
    try:
        return str(ipaddress.IPv4Address(host))
    except ValueError:
        pass
    name = host.rstrip(".")
    if len(name) > MAX_HOST_LEN:
        raise TargetError("too_long")
    if not name.isascii():
        try:
            # Korean domains (한국.kr) become punycode; idna 2003 is what the stdlib has.
            name = name.encode("idna").decode("ascii")
        except UnicodeError:
            raise TargetError("bad_host", host=host[:80]) from None
    if len(name) > MAX_HOST_LEN:
        raise TargetError("too_long")
    labels = name.split(".")
    if not all(_LABEL.match(label) for label in labels):
        raise TargetError("bad_host", host=host[:80])
    if labels[-1].isdigit():  # "1.2.3" or "999.1.1.1" are not host names
        raise TargetError("bad_host", host=host[:80])
    return name.lower()


def parse_target(text: str, *, tls: TlsMode | None = None, port: int | None = None) -> Target:
    """Parse user input. ``tls``/``port`` given separately (GUI fields, CLI flags) win over defaults."""
    if not isinstance(text, str):
        raise TargetError("empty")
    raw = text.strip()
    if not raw:
        raise TargetError("empty")
    scheme_tls: TlsMode = "none"
    user = password = path = ""
    password_from_url = False
    m = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$", raw, re.DOTALL)
    if m:
        scheme = m.group(1).lower()
        if scheme == "sftp" or scheme == "ssh":
            raise TargetError("sftp")
        if scheme not in _SCHEMES:
            raise TargetError("scheme", scheme=scheme[:20])
        scheme_tls = _SCHEMES[scheme]
        rest = m.group(2)
        if "?" in rest or "#" in rest:
            raise TargetError("query")
        hostpart, _, path = rest.partition("/")
        if "@" in hostpart:
            userinfo, _, hostpart = hostpart.rpartition("@")
            if "@" in userinfo:
                raise TargetError("user_at")
            from urllib.parse import unquote  # only for a URL with a user part (start-up time)

            user_enc, sep, pass_enc = userinfo.partition(":")
            user = unquote(user_enc)
            if sep:
                password = unquote(pass_enc)
                password_from_url = bool(password)
        path = "/" + path if path else ""
    else:
        if "/" in raw:
            # Echo only what follows the user part: "user:password@host/x" must not print the password.
            raise TargetError("bad_host", host=raw.rpartition("@")[2][:80])
        em = _EMAIL.match(raw)
        if em:
            raise TargetError("email", domain=em.group(1)[:80])
        if raw.count("@") > 1:
            raise TargetError("user_at")
        hostpart = raw
        if "@" in hostpart:
            userinfo, _, hostpart = hostpart.partition("@")
            # "user:password@host" without ftp:// is the same user part as in a URL, not a user name
            # with a colon (which would send the password as "USER user:password" and print it).
            user, sep, password = userinfo.partition(":")
            password_from_url = bool(sep and password)
    if any(c.isspace() for c in hostpart):
        raise TargetError("spaces")
    parsed_port: int | None = None
    if hostpart.startswith("["):
        end = hostpart.find("]")
        if end < 0:
            raise TargetError("bad_ipv6")
        host_raw, after = hostpart[1:end], hostpart[end + 1 :]
        if after:
            if not after.startswith(":"):
                raise TargetError("bad_ipv6")
            parsed_port = parse_port(after[1:])
        if ":" not in host_raw:
            raise TargetError("bad_ipv6")
    elif hostpart.count(":") >= 2:
        host_raw = hostpart  # bare IPv6 without a port
    elif ":" in hostpart:
        host_raw, _, port_text = hostpart.partition(":")
        parsed_port = parse_port(port_text)
    else:
        host_raw = hostpart
    if not host_raw:
        raise TargetError("empty")
    host = _normalize_host(host_raw)
    final_tls: TlsMode = tls if tls is not None else scheme_tls
    default_port = 990 if final_tls == "implicit" else 21
    final_port = port if port is not None else (parsed_port or default_port)
    if not 1 <= final_port <= 65535:
        raise TargetError("bad_port")
    check_credentials(user, password)  # a URL may carry them encoded (%0D%0A)
    return Target(
        host=host,
        port=final_port,
        tls=final_tls,
        user=user,
        password=password,
        path=path,
        display_host=host_raw,
        password_from_url=password_from_url,
        port_in_address=parsed_port,
    )

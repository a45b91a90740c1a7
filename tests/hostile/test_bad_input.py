"""Bad input: the target parser, the CLI arguments and the reply parsers raise only their documented errors."""

from __future__ import annotations

import contextlib
import io
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest
from hostile_harness import REPO, TIMEOUT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftpwizard.commands.probe import EXIT_CONTROL, EXIT_USAGE, T_ERROR, run
from ftpwizard.core.i18n import LANGUAGES, translator
from ftpwizard.core.probe.cancel import CancelToken
from ftpwizard.core.probe.connection import ProbeFTP, Transcript
from ftpwizard.core.probe.errors import ProbeError, ProtocolViolation
from ftpwizard.core.probe.modes import _parse_227, _parse_229
from ftpwizard.core.probe.target import Target, TargetError, parse_target

pytestmark = pytest.mark.timeout(300)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def printable_line(text: str) -> bool:
    return "\n" not in text and "\r" not in text and all(c == "\t" or c.isprintable() for c in text)


# ---------------------------------------------------------------- hostnames, one by one

BAD_TARGETS = [
    ("", "empty"),
    ("   ", "empty"),
    ("ftp://", "empty"),
    ("ftp example.com", "spaces"),
    ("ftp.example.com :21", "spaces"),
    ("a" * 300, "too_long"),
    ("x." * 150 + "com", "too_long"),
    ("example.com:0", "bad_port"),
    ("example.com:99999", "bad_port"),
    ("example.com:", "bad_port"),
    ("example.com:-1", "bad_port"),
    ("example.com:２１", "bad_port"),  # full-width digits
    ("ftp://user:Sekret123@example.com:70000", "bad_port"),
    ("sftp://example.com", "sftp"),
    ("ssh://example.com:22", "sftp"),
    ("http://example.com/path", "scheme"),
    ("https://example.com/?a=b", "scheme"),
    ("user@@example.com", "user_at"),
    ("ftp://a@b@example.com", "user_at"),
    ("someone@example.com", "email"),
    ("ftp://example.com/path?x=1", "query"),
    ("ftp://example.com/#top", "query"),
    ("example.com/public_html", "bad_host"),
    ("999.1.1.1", "bad_host"),
    ("1.2.3", "bad_host"),
    ("-bad-.example.com", "bad_host"),
    ("exa_mple..com", "bad_host"),
    ("[2001:db8::1", "bad_ipv6"),
    ("[::1]x", "bad_ipv6"),
    ("[example.com]:21", "bad_ipv6"),
    ("::zz", "bad_ipv6"),
    ("2001:db8::1::2", "bad_ipv6"),
]

GOOD_TARGETS = [
    ("ftp.example.com", "ftp.example.com", 21, "none", "", ""),
    ("  FTP.Example.COM:2121  ", "ftp.example.com", 2121, "none", "", ""),
    ("한국.kr", "xn--3e0b707e.kr", 21, "none", "", ""),
    ("ftp://사용자@한국.kr:2121/웹", "xn--3e0b707e.kr", 2121, "none", "사용자", "/웹"),
    ("::1", "::1", 21, "none", "", ""),
    ("[::1]", "::1", 21, "none", "", ""),
    ("[::1]:2121", "::1", 2121, "none", "", ""),
    ("2001:db8::1", "2001:db8::1", 21, "none", "", ""),
    ("ftps://example.com", "example.com", 990, "implicit", "", ""),
    ("ftpes://bob@example.com", "example.com", 21, "explicit", "bob", ""),
    ("ftp://example.com/public_html/sub", "example.com", 21, "none", "", "/public_html/sub"),
    ("bob@example.com:21", "example.com", 21, "none", "bob", ""),
    ("127.0.0.1:65535", "127.0.0.1", 65535, "none", "", ""),
]


@pytest.mark.parametrize(("text", "key"), BAD_TARGETS)
def test_bad_target_is_named(text: str, key: str) -> None:
    with pytest.raises(TargetError) as caught:
        parse_target(text)
    assert caught.value.key == key
    assert printable_line(str(caught.value)) and str(caught.value)


def test_user_colon_password_without_scheme_is_split() -> None:
    target = parse_target("bob:Sekret123@example.com")
    assert (target.user, target.password, target.password_from_url) == ("bob", "Sekret123", True)
    with pytest.raises(TargetError) as caught:
        parse_target("bob:Sekret123@example.com/dir")
    assert "Sekret123" not in str(caught.value)


@pytest.mark.parametrize(("text", "host", "port", "tls", "user", "path"), GOOD_TARGETS)
def test_good_target(text: str, host: str, port: int, tls: str, user: str, path: str) -> None:
    target = parse_target(text)
    assert (target.host, target.port, target.tls, target.user, target.path) == (host, port, tls, user, path)


def cli(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    """The probe command in this process; argparse's own exits come back as codes."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = run(argv, io.StringIO(stdin), out, err)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def assert_usage_error(code: int, out: str, err: str) -> None:
    assert code == EXIT_USAGE
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    # In the language asked for: a random command line may well contain "--lang ko".
    prefixes = tuple(translator(lang)("Cli", T_ERROR).split("{message}")[0] for lang in LANGUAGES)
    assert lines[0].startswith(prefixes) and printable_line(lines[0]), err
    assert "Traceback" not in err


@pytest.mark.parametrize(("text", "key"), BAD_TARGETS)
def test_cli_bad_target_is_one_line_exit_64(text: str, key: str) -> None:
    assert_usage_error(*cli([text, "--json"]))


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["127.0.0.1", "--mode", "sideways"],
        ["127.0.0.1", "--lang", "ko", "--mode", "sideways"],  # the message in Korean, still one line, exit 64
        ["127.0.0.1", "--tls", "maybe"],
        ["127.0.0.1", "--timeout", "soon"],
        ["127.0.0.1", "--timeout", "0"],
        ["127.0.0.1", "--timeout", "nan"],
        ["127.0.0.1", "--timeout", "inf"],
        ["127.0.0.1", "--timeout", "-3"],
        ["127.0.0.1", "--lang", "fr"],
        ["127.0.0.1", "--frobnicate"],
        ["127.0.0.1", "second-target"],
        ["127.0.0.1", "--user"],
    ],
)
def test_cli_bad_arguments_are_one_line_exit_64(argv: list[str]) -> None:
    assert_usage_error(*cli(argv))


def test_cli_bad_input_in_a_real_process_has_no_traceback() -> None:
    for argv in (["ftp://a@b@host"], ["host", "--timeout", "x"], ["sftp://host"], [" "]):
        proc = subprocess.run([sys.executable, "-m", "ftpwizard", "probe", *argv], capture_output=True, text=True,
                              cwd=REPO, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=30)
        assert proc.returncode == EXIT_USAGE
        assert_usage_error(proc.returncode, proc.stdout, proc.stderr)


# ---------------------------------------------------------------- the target parser, at random


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_is_a_target_or_a_target_error(text: str) -> None:
    try:
        target = parse_target(text)
    except TargetError as exc:
        assert exc.key in TargetError.MESSAGES
        assert str(exc) and printable_line(str(exc)), repr(str(exc))
        return
    assert isinstance(target, Target)
    assert target.host and target.host.isascii() and not any(c.isspace() for c in target.host)
    assert 1 <= target.port <= 65535


URL_CHARS = st.characters(blacklist_categories=["Cs"], blacklist_characters="@/?#")
SECRET = st.text(URL_CHARS, min_size=1, max_size=20).map(lambda s: "Zq9" + s + "Xk7")


@SETTINGS
@given(
    user=st.text(URL_CHARS, max_size=12).filter(lambda s: ":" not in s),
    password=SECRET,
    host=st.one_of(st.sampled_from(["example.com", "127.0.0.1", "[::1]", "bad host", "한국.kr", "x" * 300, ""]),
                   st.text(max_size=30)),
    shape=st.sampled_from(["ftp://{u}:{p}@{h}", "ftp://{u}:{p}@{h}/dir", "{u}:{p}@{h}", "{u}:{p}@{h}/dir",
                           "ftp://{u}:{p}@{h}:99999", "{u}:{p}@{h}?x", "ftps://{u}:{p}@{h}#f"]),
)
def test_a_password_typed_into_the_address_is_never_echoed(user: str, password: str, host: str, shape: str) -> None:
    text = shape.format(u=user, p=password, h=host)
    try:
        target = parse_target(text)
    except TargetError as exc:
        assert password not in str(exc) and password not in repr(exc.params)
        return
    assert password not in repr(target) and password not in str(target.as_dict())
    assert password not in target.user and password not in target.host


# ---------------------------------------------------------------- the CLI arguments, at random


@pytest.fixture(scope="module")
def closed_port() -> int:
    """A loopback port where nothing listens: a target that fails fast without leaving this machine."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


OPTION = st.sampled_from(["--user", "-u", "--mode", "--tls", "--timeout", "--accept-certificate", "--lang",
                          "--json", "--password-stdin", "--bogus", "-x", "--"])
VALUE = st.one_of(st.sampled_from(["active", "passive", "both", "none", "explicit", "implicit", "ko", "en",
                                   "0.5", "1", "300", "301", "nan", "-1", "1e9", "", " "]),
                  st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=20))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(st.one_of(OPTION, VALUE), max_size=6),
    target=st.one_of(st.sampled_from([t for t, _k in BAD_TARGETS]), st.just("LOOPBACK")),
)
def test_any_arguments_give_exit_64_or_a_verdict(closed_port: int, words: list[str], target: str) -> None:
    if any(w in ("-h", "--help") for w in words):
        return
    argv = [target.replace("LOOPBACK", f"127.0.0.1:{closed_port}"), *words]
    code, out, err = cli(argv, stdin="not-a-real-password\n")
    assert "Traceback" not in err
    if code == EXIT_USAGE:
        assert_usage_error(code, out, err)
    else:
        assert code == EXIT_CONTROL, (argv, code, out, err)  # nothing listens there: refused
        assert out.strip()
        assert "not-a-real-password" not in out + err


# ---------------------------------------------------------------- the reply parsers, at random


@contextlib.contextmanager
def tcp_pair() -> Iterator[tuple[socket.socket, socket.socket]]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        client = socket.create_connection(listener.getsockname())
        server, _addr = listener.accept()
    try:
        yield client, server
    finally:
        client.close()
        server.close()


REPLY_BYTES = st.one_of(
    st.binary(max_size=600),
    st.lists(st.sampled_from([b"220", b"220-", b"227 ", b"999", b"2", b"\r\n", b"\n", b"\xff", b"\xc3", b"(",
                              b"1,2,3,4,5,6", b")", b" ", b"Zq9secretXk7", b"\x1b[2J", b"\x00", b"-"]),
             max_size=40).map(b"".join),
)


@SETTINGS
@given(REPLY_BYTES)
def test_read_reply_returns_a_reply_or_raises_a_probe_error(raw: bytes) -> None:
    transcript = Transcript(["Zq9secretXk7"])
    with tcp_pair() as (client, server):
        ftp = ProbeFTP(transcript=transcript, cancel=CancelToken(), timeout=TIMEOUT)
        ftp.attach(client, "127.0.0.1")
        server.sendall(raw)
        server.shutdown(socket.SHUT_WR)
        try:
            reply = ftp.read_reply(timeout=1.0)
        except ProbeError as exc:
            assert str(exc)
        else:
            assert reply[:3].isdigit() and reply[0] in "12345"
            assert "Zq9secretXk7" not in reply
            assert all(printable_line(line) for line in reply.split("\n"))
        finally:
            ftp.sock = None  # the pair closes the socket
    for line in transcript.lines:
        assert "Zq9secretXk7" not in line.line and printable_line(line.line)


@SETTINGS
@given(st.one_of(st.text(max_size=80), st.from_regex(r"\A227 [^(]*\((-?\d{1,4},){5}-?\d{1,4}\)\Z")))
def test_parse_227_gives_a_usable_address_or_a_protocol_violation(text: str) -> None:
    try:
        host, port = _parse_227(text)
    except ProtocolViolation:
        return
    assert 1 <= port <= 65535
    assert all(0 <= int(octet) <= 255 for octet in host.split("."))


@SETTINGS
@given(st.one_of(st.text(max_size=80), st.from_regex(r"\A229 [^(]*\((.)\1\1[^)]{0,8}\1\)\Z")))
def test_parse_229_gives_a_port_or_a_protocol_violation(text: str) -> None:
    try:
        port = _parse_229(text, "127.0.0.1")
    except ProtocolViolation:
        return
    assert 1 <= port <= 65535

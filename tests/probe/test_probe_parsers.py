"""The target parser and the 227/229 reply parsers: accepted forms, clear errors, and (hypothesis) nothing
but their own error type whatever they are given."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ftpwizard.core.probe.errors import ProtocolViolation
from ftpwizard.core.probe.modes import _parse_227, _parse_229
from ftpwizard.core.probe.target import Target, TargetError, parse_target

# ---------------------------------------------------------------- accepted targets


@pytest.mark.parametrize(
    ("text", "host", "port", "tls", "user", "path"),
    [
        ("ftp.example.com", "ftp.example.com", 21, "none", "", ""),
        ("  ftp.example.com \t\n", "ftp.example.com", 21, "none", "", ""),
        ("FTP.Example.COM.", "ftp.example.com", 21, "none", "", ""),
        ("ftp.example.com:2121", "ftp.example.com", 2121, "none", "", ""),
        ("192.0.2.5", "192.0.2.5", 21, "none", "", ""),
        ("192.0.2.5:65535", "192.0.2.5", 65535, "none", "", ""),
        ("[2001:db8::1]:2121", "2001:db8::1", 2121, "none", "", ""),
        ("[2001:DB8:0::1]", "2001:db8::1", 21, "none", "", ""),
        ("2001:db8::1", "2001:db8::1", 21, "none", "", ""),
        ("ftp://user@host.example:21/path", "host.example", 21, "none", "user", "/path"),
        ("ftp://user@host.example/www/html", "host.example", 21, "none", "user", "/www/html"),
        ("FTP://user@host.example", "host.example", 21, "none", "user", ""),
        ("ftps://host.example", "host.example", 990, "implicit", "", ""),
        ("ftps://host.example:2990", "host.example", 2990, "implicit", "", ""),
        ("ftpes://host.example", "host.example", 21, "explicit", "", ""),
        ("ftp://[::1]:2121", "::1", 2121, "none", "", ""),
        ("ftp://user%40shop.example@host.example", "host.example", 21, "none", "user@shop.example", ""),
        ("localhost", "localhost", 21, "none", "", ""),
    ],
)
def test_accepted(text: str, host: str, port: int, tls: str, user: str, path: str) -> None:
    target = parse_target(text)
    assert (target.host, target.port, target.tls, target.user, target.path) == (host, port, tls, user, path)
    assert target.password == ""


def test_password_in_url() -> None:
    target = parse_target("ftp://user:p%3Ass%40w0rd@host.example")
    assert target.user == "user" and target.password == "p:ss@w0rd"
    assert target.password_from_url
    assert "p:ss@w0rd" not in repr(target) and "p:ss@w0rd" not in str(target)
    assert "password" not in target.as_dict()


def test_password_without_scheme_is_not_part_of_the_user_name() -> None:
    target = parse_target("user:secret-1@host.example")
    assert target.user == "user" and target.password == "secret-1" and target.password_from_url


def test_korean_domain_becomes_punycode() -> None:
    target = parse_target(" 한국인터넷정보센터.한국:2121 ")
    assert target.host == "xn--3e0bx5euxnjje69i70af08bea817g.xn--3e0b707e"
    assert target.host.isascii() and target.port == 2121
    assert target.display_host == "한국인터넷정보센터.한국"
    assert parse_target("ftp://웹호스팅.kr").host == "xn--" + "웹호스팅".encode("punycode").decode() + ".kr"


def test_separate_fields_win() -> None:
    target = parse_target("ftps://host.example", tls="explicit", port=2121)
    assert target.tls == "explicit" and target.port == 2121
    assert parse_target("host.example", tls="implicit").port == 990
    with pytest.raises(TargetError) as err:
        parse_target("host.example", port=70000)
    assert err.value.key == "bad_port"


def test_with_credentials() -> None:
    target = parse_target("ftp://a@host.example").with_credentials(user="b", password="pw-xyz")
    assert target.user == "b" and target.password == "pw-xyz" and target.login_user == "b"
    assert parse_target("host.example").login_user == "anonymous"


# ---------------------------------------------------------------- refused targets


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ("", "empty", "address"),
        ("   ", "empty", "address"),
        ("host.example:0", "bad_port", "1 to 65535"),
        ("host.example:65536", "bad_port", "1 to 65535"),
        ("host.example:ftp", "bad_port", "1 to 65535"),
        ("host.example:", "bad_port", "1 to 65535"),
        ("host.example:２１", "bad_port", "1 to 65535"),  # full-width digits
        ("[2001:db8::1]:99999", "bad_port", "1 to 65535"),
        ("ftp://host.example:-1", "bad_port", "1 to 65535"),
        ("webmaster@example.com", "email", "e-mail address"),
        ("sftp://host.example", "sftp", "SSH, not FTP"),
        ("ssh://host.example:22", "sftp", "SSH, not FTP"),
        ("http://host.example", "scheme", "not an FTP address"),
        ("https://host.example/login", "scheme", "not an FTP address"),
        ("ftp.exa mple.com", "spaces", "spaces"),
        ("a" * 64 + ".example", "bad_host", "not a valid"),
        ("." .join(["abcdefghij"] * 26), "too_long", "too long"),
        ("-bad.example", "bad_host", "not a valid"),
        ("bad..example", "bad_host", "not a valid"),
        ("999.1.1.1", "bad_host", "not a valid"),
        ("1.2.3", "bad_host", "not a valid"),
        ("host!.example", "bad_host", "not a valid"),
        ("host.example/folder", "bad_host", "not a valid"),
        ("[2001:db8::1", "bad_ipv6", "IPv6"),
        ("[zz::1]:21", "bad_ipv6", "IPv6"),
        ("[192.0.2.1]:21", "bad_ipv6", "IPv6"),
        ("2001:db8::zz", "bad_ipv6", "IPv6"),
        ("ftp://a@b@host.example", "user_at", "more than one '@'"),
        ("a@b@host.example", "user_at", "more than one '@'"),
        ("ftp://host.example/?x=1", "query", "'?'"),
        ("ftp://host.example#top", "query", "'?'"),
        ("ftp://", "empty", "address"),
    ],
)
def test_refused_with_a_clear_message(text: str, key: str, words: str) -> None:
    with pytest.raises(TargetError) as err:
        parse_target(text)
    assert err.value.key == key
    assert words in str(err.value)
    assert isinstance(err.value, ValueError)  # callers may catch ValueError


def test_errors_never_echo_a_password() -> None:
    for text in ("u:Pw-secret-9@host.example/x", "ftp://u:Pw-secret-9@bad host", "ftp://u:Pw-secret-9@host:0",
                 "ftp://u:Pw-secret-9@[zz::1]", "u:Pw-secret-9@-bad.example", "ftp://u:Pw-secret-9@x@y"):
        with pytest.raises(TargetError) as err:
            parse_target(text)
        assert "Pw-secret-9" not in str(err.value) and "Pw-secret-9" not in repr(err.value.params), text


# ---------------------------------------------------------------- hypothesis

_hosts = st.one_of(
    st.from_regex(r"[a-z0-9-]{1,12}(\.[a-z0-9-]{1,12}){0,3}", fullmatch=True),
    st.ip_addresses(v=4).map(str),
    st.ip_addresses(v=6).map(lambda a: f"[{a}]"),
    st.ip_addresses(v=6).map(str),
    st.sampled_from(["한국.kr", "웹호스팅.한국", "xn--3e0b707e", "localhost", "ÄÖ.example"]),
    st.text(max_size=20),
)
_targets = st.builds(
    lambda scheme, userinfo, host, port, path, pad: f"{pad}{scheme}{userinfo}{host}{port}{path}{pad}",
    st.sampled_from(["", "ftp://", "ftps://", "ftpes://", "sftp://", "http://", "FTP://", "ftp:/", "://"]),
    st.one_of(st.just(""), st.from_regex(r"[^@/\s]{0,8}(:[^@/]{0,8})?@", fullmatch=True), st.just("@@")),
    _hosts,
    st.one_of(st.just(""), st.integers(-5, 70000).map(lambda p: f":{p}"), st.text(max_size=6).map(lambda t: ":" + t)),
    st.one_of(st.just(""), st.text(max_size=10).map(lambda t: "/" + t)),
    st.sampled_from(["", " ", "\t", "\n "]),
)


def _check_target(text: str) -> None:
    try:
        target = parse_target(text)
    except TargetError as exc:
        assert exc.key in TargetError.MESSAGES
        assert str(exc)
        return
    assert isinstance(target, Target)
    assert 1 <= target.port <= 65535
    assert target.host and target.host.isascii() and not any(c.isspace() for c in target.host)
    assert target.tls in ("none", "explicit", "implicit")


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_target_parser_any_text(text: str) -> None:
    _check_target(text)


@settings(max_examples=600, deadline=None)
@given(_targets)
def test_target_parser_target_like_text(text: str) -> None:
    _check_target(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=40).map(lambda b: b.decode("latin-1")))
def test_target_parser_control_characters(text: str) -> None:
    _check_target(text)


# 227 / 229

_numbers = st.integers(-3, 300).map(str) | st.sampled_from(["", "00", "0255", "1e3", "٣", "+1", " 1"])


@st.composite
def _reply_227(draw: st.DrawFn) -> str:
    parts = [draw(_numbers) for _ in range(draw(st.integers(0, 8)))]
    sep = draw(st.sampled_from([",", ", ", ".", "|"]))
    body = sep.join(parts)
    wrap = draw(st.sampled_from(["({})", "{}", "=({}).", "(({}))"]))
    code = draw(st.sampled_from(["227", "227-", "229", "22", "2270", ""]))
    return f"{code} Entering Passive Mode {wrap.format(body)}{draw(st.text(max_size=8))}"


@st.composite
def _reply_229(draw: st.DrawFn) -> str:
    d = draw(st.sampled_from(["|", "!", "", "||", "(", ")"]))
    port = draw(st.one_of(st.integers(-5, 70000).map(str), st.text(max_size=6)))
    inner = draw(st.sampled_from([f"{d}{d}{d}{port}{d}", f"{d}{d}{port}{d}", f"{d}{d}{d}{port}", port]))
    code = draw(st.sampled_from(["229", "227", "2290", ""]))
    return f"{code} Entering Extended Passive Mode ({inner}){draw(st.text(max_size=8))}"


def _check_227(reply: str) -> None:
    try:
        host, port = _parse_227(reply)
    except ProtocolViolation as exc:
        assert exc.kind.value == "protocol"
        return
    octets = host.split(".")
    assert len(octets) == 4 and all(o.isdigit() and 0 <= int(o) <= 255 for o in octets)
    assert 1 <= port <= 65535


def _check_229(reply: str) -> None:
    try:
        port = _parse_229(reply, "192.0.2.1")
    except ProtocolViolation:
        return
    assert isinstance(port, int) and 1 <= port <= 65535


@settings(max_examples=500, deadline=None)
@given(st.one_of(_reply_227(), st.text()))
def test_parse_227_raises_only_protocol_violation(reply: str) -> None:
    _check_227(reply)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_reply_229(), st.text()))
def test_parse_229_raises_only_protocol_violation(reply: str) -> None:
    _check_229(reply)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("227 Entering Passive Mode (127,0,0,1,195,80).", ("127.0.0.1", 50000)),
        ("227 Entering Passive Mode (10,1,2,3,4,1)", ("10.1.2.3", 1025)),
        ("227 =127,000,000,001,0,21", ("127.0.0.1", 21)),
    ],
)
def test_parse_227_examples(reply: str, expected: tuple[str, int]) -> None:
    assert _parse_227(reply) == expected


@pytest.mark.parametrize(
    "reply",
    ["227 Entering Passive Mode (256,0,0,1,4,1)", "227 Entering Passive Mode (1,2,3,4,0,0)",
     "227 Entering Passive Mode (1,2,3,4,256,0)", "227 nothing here", "227 (1,2,3,4,5)"],
)
def test_parse_227_refuses(reply: str) -> None:
    with pytest.raises(ProtocolViolation):
        _parse_227(reply)


def test_parse_229() -> None:
    assert _parse_229("229 Entering Extended Passive Mode (|||50123|)", "192.0.2.1") == 50123
    for bad in ("229 Entering Extended Passive Mode (|||0|)", "229 (|||70000|)", "229 no port", "229 (|||x|)"):
        with pytest.raises(ProtocolViolation):
            _parse_229(bad, "192.0.2.1")

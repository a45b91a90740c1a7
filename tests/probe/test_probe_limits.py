"""The engine's limits against servers that send too much or nonsense: reply lines ≤ 8 KiB, multi-line
replies ≤ 100 lines, listings read ≤ 1 MiB, undecodable bytes and impossible codes are protocol errors."""

from __future__ import annotations

import time
from typing import Any

import pytest
from probe_servers import PASSWORD, FTPHandler, probe, push_raw, says

from ftpwizard.core.probe.connection import MAX_LINE, MAX_REPLY_LINES
from ftpwizard.core.probe.model import ErrorKind
from ftpwizard.core.probe.modes import LIST_LIMIT


def test_the_documented_limits() -> None:
    assert MAX_LINE == 8 * 1024
    assert MAX_REPLY_LINES == 100
    assert LIST_LIMIT == 1024 * 1024


def test_a_long_banner_under_the_limit_is_fine(ftp_server: Any) -> None:
    server = ftp_server(banner="w" * (MAX_LINE - 100))
    result = probe(server.url(), PASSWORD, mode="passive")
    assert result.verdict.code == "passive_ok"
    assert len(result.control.banner) > MAX_LINE - 100


def test_a_line_over_8_kib_is_a_protocol_error(raw_server: Any) -> None:
    server = raw_server(says(b"220 " + b"a" * (MAX_LINE + 100) + b"\r\n"))
    result = probe(server.hostport, timeout=2.0)
    assert result.verdict.code == "control_protocol_error"
    assert result.control.error is ErrorKind.PROTOCOL


def test_an_endless_line_is_refused_without_waiting_for_the_timeout(raw_server: Any) -> None:
    server = raw_server(says(b"220 " + b"a" * (5 * MAX_LINE)))  # never a newline
    started = time.monotonic()
    result = probe(server.hostport, timeout=5.0)
    assert result.verdict.code == "control_protocol_error"
    assert time.monotonic() - started < 2.0


class ManyLines(FTPHandler):
    lines = 0

    def handle(self) -> None:
        push_raw(self, b"".join(b"220-line %d\r\n" % i for i in range(self.lines - 1)) + b"220 end\r\n")


def test_a_reply_of_100_lines_is_fine(ftp_server: Any) -> None:
    server = ftp_server(ManyLines, lines=MAX_REPLY_LINES)
    result = probe(server.url(), PASSWORD, mode="passive")
    assert result.verdict.code == "passive_ok"


def test_a_reply_of_more_than_100_lines_is_a_protocol_error(ftp_server: Any) -> None:
    server = ftp_server(ManyLines, lines=MAX_REPLY_LINES + 50)
    result = probe(server.url(), PASSWORD, timeout=2.0)
    assert result.verdict.code == "control_protocol_error"
    assert result.control.failed_step == "banner"


class KoreanBanner(FTPHandler):
    def handle(self) -> None:
        push_raw(self, "220 한국 웹호스팅 FTP 서버입니다.\r\n".encode("cp949"))


def test_an_old_korean_server_greeting_in_cp949_is_understood(ftp_server: Any) -> None:
    server = ftp_server(KoreanBanner)
    result = probe(server.url(), PASSWORD, mode="passive")
    assert result.verdict.code == "passive_ok"
    assert result.control.banner == "220 한국 웹호스팅 FTP 서버입니다."


class UndecodablePasv(FTPHandler):
    def ftp_PASV(self, line: str) -> None:
        push_raw(self, b"227 \xff\xff\xff (127,0,0,1,4,1)\r\n")


class NonsenseCode(FTPHandler):
    def ftp_PASV(self, line: str) -> None:
        self.respond("999 Entering Passive Mode (127,0,0,1,4,1)")


class NoCodeAtAll(FTPHandler):
    def ftp_PORT(self, line: str) -> None:
        self.respond("OK fine")


@pytest.mark.parametrize(("handler", "mode"), [(UndecodablePasv, "passive"), (NonsenseCode, "passive"),
                                               (NoCodeAtAll, "active")])
def test_nonsense_during_a_mode_is_a_protocol_error(ftp_server: Any, handler: type, mode: str) -> None:
    server = ftp_server(handler)
    result = probe(server.url(), PASSWORD, mode=mode, timeout=2.0)
    assert result.verdict.code == "control_protocol_error"
    assert result.modes[mode].failed_step == 2
    assert result.modes[mode].step(2).error is ErrorKind.PROTOCOL


def test_a_listing_over_1_mib_is_read_only_up_to_the_limit(ftp_server: Any) -> None:
    # 4500 entries of ~250 bytes: more than 1 MiB of LIST output from a real pyftpdlib.
    files = {f"{'f' * 190}-{i:06d}.html": "" for i in range(4500)}
    server = ftp_server(files=files)
    result = probe(server.url(), PASSWORD, mode="passive", timeout=5.0)
    passive = result.modes["passive"]
    assert result.verdict.code == "passive_ok"
    assert passive.data_truncated is True
    assert LIST_LIMIT <= passive.data_bytes < LIST_LIMIT + 65536
    assert passive.step(4).ok and passive.step(4).detail["truncated"] is True


class FeatLikeProftpd(FTPHandler):
    def ftp_FEAT(self, line: str) -> None:
        features = ["AUTH TLS", "CCC", "CLNT", "EPRT", "EPSV", "HOST", "LANG en-US*;ko-KR", "MDTM", "MFF modify;",
                    "MLST modify*;perm*;size*;type*;", "MLSD", "PBSZ", "PROT", "REST STREAM", "SIZE", "UTF8"]
        push_raw(self, ("211-Features:\r\n" + "".join(f" {f}\r\n" for f in features) + "211 End\r\n").encode())


def test_features_are_recorded(ftp_server: Any) -> None:
    server = ftp_server(FeatLikeProftpd)
    result = probe(server.url(), PASSWORD, mode="passive")
    assert {"EPSV", "EPRT", "AUTH TLS", "MLSD", "UTF8"} <= set(result.control.features)
    assert "CCC" not in result.control.features


class NoFeat(FTPHandler):
    def ftp_FEAT(self, line: str) -> None:
        self.respond("502 Command not implemented.")


def test_a_server_without_feat_still_works(ftp_server: Any) -> None:
    server = ftp_server(NoFeat)
    result = probe(server.url(), PASSWORD)
    assert result.verdict.code == "both_ok"
    assert result.control.features == []

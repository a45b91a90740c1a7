"""What the probe learns from the folder listing it already reads (issue 14, section 1's last point):
the names' character set and lines no FTP program parses, through the real command and real servers."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from probe_handlers import FixedListing
from probe_servers import PASSWORD, USER, probe

from ftpwizard.commands.main import main
from ftpwizard.core.diagnosis.findings import LISTING_UNPARSED, NAMES_NOT_UTF8
from ftpwizard.core.diagnosis.verdict import diagnose
from ftpwizard.core.probe.listing import SAMPLE_LIMIT, ListingFacts, analyse
from ftpwizard.core.probe.serialize import to_dict

IIS = (b"12-01-26  10:00AM       <DIR>          images\r\n"
       b"12-01-26  10:05AM                 1234 index.html\r\n")


def probe_json(server: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
               *args: str) -> dict[str, Any]:
    """``ftpwizard probe URL --json`` as the command line runs it; its one JSON object."""
    monkeypatch.setenv("FTPWIZARD_PASSWORD", PASSWORD)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["probe", server.url(), "--json", "--timeout", "3", *args])
    out = capsys.readouterr().out
    assert code == 0, out
    data: dict[str, Any] = json.loads(out)
    return data


def test_cp949_names_are_named_in_the_verdict_and_the_json(ftp_server: Any, capsys: Any, monkeypatch: Any) -> None:
    server = ftp_server(files={"index.html": "home", "자료실/공지.txt": "data"}, encoding="cp949")
    data = probe_json(server, capsys, monkeypatch)
    verdict = data["verdict"]
    assert verdict["code"] == "both_ok"
    assert NAMES_NOT_UTF8 in verdict["findings"] and LISTING_UNPARSED not in verdict["findings"]
    assert verdict["params"]["encoding"] == "cp949"
    assert verdict["params"]["utf8_feature"] is False  # pyftpdlib lists UTF8 in FEAT only when it writes UTF-8
    for mode in ("active", "passive"):
        listing = data["modes"][mode]["listing"]
        assert listing["encoding"] == "cp949" and listing["unparsed"] == 0 and listing["formats"] == ["unix"]
        assert listing["lines"] == 2 and listing["sample_bytes"] == data["modes"][mode]["data_bytes"]
    # The note says what it means, in the customer's words, in English and Korean.
    assert "CP949" in verdict["message"] or any("CP949" in n for n in _notes(server, "en"))
    assert any("CP949" in n and "한글" in n for n in _notes(server, "ko"))


def _notes(server: Any, lang: str) -> list[str]:
    from ftpwizard.core.diagnosis import messages
    from ftpwizard.core.i18n import translator

    result = probe(server.url(), password=PASSWORD, timeout=3.0)
    assert result.verdict is not None
    return list(messages.render(result.verdict, translator(lang)).notes)


def test_a_healthy_utf8_server_has_nothing_to_say(ftp_server: Any, capsys: Any, monkeypatch: Any) -> None:
    server = ftp_server(files={"index.html": "home", "자료.txt": "data"})  # pyftpdlib writes UTF-8
    data = probe_json(server, capsys, monkeypatch)
    assert data["verdict"]["findings"] == ["both_ok"]
    assert "encoding" not in data["verdict"]["params"] and "sample" not in data["verdict"]["params"]
    assert data["modes"]["passive"]["listing"]["encoding"] == "utf-8"
    assert data["modes"]["passive"]["listing"]["unparsed"] == 0


def test_an_iis_listing_parses(ftp_server: Any) -> None:
    server = ftp_server(FixedListing, listing=IIS)
    result = probe(server.url(), password=PASSWORD, timeout=3.0)
    assert result.verdict is not None and result.verdict.findings == ["both_ok"]
    passive = result.modes["passive"]
    assert passive is not None and passive.listing is not None
    assert passive.listing.formats == ["dos"] and passive.listing.lines == 2 and passive.listing.encoding is None


def test_a_line_no_program_parses_is_kept_redacted(ftp_server: Any, capsys: Any, monkeypatch: Any) -> None:
    odd = ("type=file;size=12;modify=20261201100000; index.html\r\n"
           f"Owner {USER} key {PASSWORD} 파일 목록\x1b[31m\r\n").encode("cp949")
    server = ftp_server(FixedListing, listing=odd)
    data = probe_json(server, capsys, monkeypatch)
    verdict = data["verdict"]
    assert LISTING_UNPARSED in verdict["findings"]
    # Decoded as what it is (CP949), the password masked, the terminal escape neutralised.
    assert verdict["params"]["sample"] == f"Owner {USER} key **** 파일 목록\ufffd[31m"
    assert verdict["params"]["unparsed_lines"] == 1
    # The names are CP949 although FEAT lists UTF8 (FileZilla then assumes UTF-8): said as well.
    assert NAMES_NOT_UTF8 in verdict["findings"] and verdict["params"]["utf8_feature"] is True
    assert data["modes"]["active"]["listing"]["formats"] == ["mlsd"]
    assert PASSWORD not in json.dumps(data, ensure_ascii=False)


def test_only_the_first_64_kib_are_kept(ftp_server: Any) -> None:
    line = b"-rw-r--r--    1 owner    group         123 Dec 01 10:00 index.html\r\n"
    server = ftp_server(FixedListing, listing=line * 4000)  # 280 kB
    result = probe(server.url(), password=PASSWORD, timeout=3.0)
    for mode in result.modes.values():
        assert mode is not None and mode.data_bytes == len(line) * 4000
        assert len(mode.listing_sample) == SAMPLE_LIMIT
        assert mode.listing is not None and mode.listing.truncated and mode.listing.unparsed == 0
        assert mode.listing.lines == SAMPLE_LIMIT // len(line)  # the cut last line is not judged


def test_a_result_saved_before_listings_were_analysed_still_reads(ftp_server: Any) -> None:
    server = ftp_server()
    result = probe(server.url(), password=PASSWORD, timeout=3.0)
    saved = to_dict(result)
    for mode in saved["modes"].values():
        del mode["listing"]  # as an older ftpwizard wrote it
        assert ListingFacts.from_dict(mode.get("listing")) is None
    for mode in result.modes.values():
        assert mode is not None
        mode.listing = None  # and as it is in memory when read back without it
    assert diagnose(result).code == "both_ok"
    assert to_dict(result)["modes"]["passive"]["listing"] is None
    facts = analyse("-rw-r--r-- 1 a b 1 Dec 01 10:00 자료.txt\r\n".encode("cp949"))
    assert ListingFacts.from_dict(json.loads(json.dumps(facts.as_dict()))) == facts


@pytest.mark.parametrize(("raw", "encoding"), [
    (b"-rw-r--r-- 1 a b 1 Dec 01 10:00 index.html\r\n", None),
    ("-rw-r--r-- 1 a b 1 Dec 01 10:00 자료.txt\r\n".encode(), "utf-8"),
    ("-rw-r--r-- 1 a b 1 Dec 01 10:00 자료.txt\r\n".encode("cp949"), "cp949"),  # EUC-KR's range: still cp949
    ("-rw-r--r-- 1 a b 1 Dec 01 10:00 똠방각하.txt\r\n".encode("cp949"), "cp949"),  # beyond EUC-KR
    ("a 자료.txt\r\nb 공지.txt\r\n".encode() + "c 자료.txt\r\n".encode("cp949"), "cp949"),  # mixed folder
    (b"-rw-r--r-- 1 a b 1 Dec 01 10:00 \xff\xfe.txt\r\n", "unknown"),
])
def test_character_set_of_the_names(raw: bytes, encoding: str | None) -> None:
    assert analyse(raw).encoding == encoding


@pytest.mark.parametrize("line", [
    "-rw-r--r--    1 owner    group         123 Dec 01 10:00 index.html",
    "drwxr-xr-x   2 user group 4096 2026-12-01 10:00 docs",
    "-rw-r--r-- 1 user 123 Jan  1  2020 a b.txt",
    "lrwxrwxrwx 1 root root 7 Mar 3 2021 www -> public_html",
    "12-01-26  10:00AM       <DIR>          docs",
    "2026-12-01  22:00               1,234 a.txt",
    "type=file;size=123;modify=20261201100000; index.html",
    "+i8388621.48594,m825718503,r,s280,\tdjb.html",
    "-rw-r--r--    1 owner    group         123 12월  1 10:00 자료.txt",  # a Korean server's ls (LANG=ko_KR)
    "-rwxrwxrwx   1 root     staff          0 2003   3월 20 file",
])
def test_formats_programs_parse(line: str) -> None:
    facts = analyse(line.encode("cp949") + b"\r\ntotal 12\r\n\r\n")
    assert (facts.lines, facts.unparsed) == (1, 0)


@pytest.mark.parametrize("line", [
    "자료.txt    123 bytes    2026-12-01",  # a server's own layout
    "index.html",  # names only, as NLST
])
def test_lines_programs_do_not_parse(line: str) -> None:
    facts = analyse(line.encode("cp949") + b"\r\n")
    assert (facts.unparsed, facts.unparsed_sample) == (1, line)


@pytest.mark.parametrize(("lang", "fact", "note"), [
    ("en", "File list: 2 lines (Unix), names: CP949 (old Korean)", "set the character set for this server to CP949"),
    ("ko", "파일 목록: 2줄(Unix), 이름의 문자 코드: CP949(옛 한글 문자 코드)", "문자 코드를 CP949에 맞게 설정하세요"),
])
def test_the_reports_say_what_the_listing_showed(ftp_server: Any, capsys: Any, monkeypatch: Any, tmp_path: Any,
                                                 lang: str, fact: str, note: str) -> None:
    server = ftp_server(files={"index.html": "home", "자료.txt": "data"}, encoding="cp949")
    monkeypatch.setenv("FTPWIZARD_PASSWORD", PASSWORD)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    text_report, html_report = tmp_path / "r.txt", tmp_path / "r.html"
    for path in (text_report, html_report):
        assert main(["probe", server.url(), "--timeout", "3", "--lang", lang, "--report", str(path)]) == 0
    printed = capsys.readouterr().out
    assert note in printed  # the command line's own notes
    text = text_report.read_text(encoding="utf-8")
    assert f"  {fact}" in text and note in text
    html = html_report.read_text(encoding="utf-8")
    assert note in html and fact.split(": ", 1)[1] in html


def test_opts_utf8_on_is_sent_where_feat_lists_utf8_and_each_listing_says_how_it_was_read(ftp_server: Any) -> None:
    """The first connection asks for UTF-8 as FileZilla and lftp do, the second does not (as curl): a server
    that converts only when asked shows both faces, and the verdict names CP949 for the programs that do not ask."""
    from probe_handlers import Utf8OnRequest

    server = ftp_server(Utf8OnRequest, files={"index.html": "home", "자료.txt": "data"})
    result = probe(server.url(), password=PASSWORD, timeout=3.0)
    assert result.control.opts_utf8 is True
    passive, active = result.modes["passive"], result.modes["active"]
    assert passive is not None and passive.listing is not None and active is not None and active.listing is not None
    assert (passive.listing.opts_utf8, passive.listing.encoding) == (True, "utf-8")
    assert (active.listing.opts_utf8, active.listing.encoding) == (False, "cp949")
    assert result.verdict is not None and NAMES_NOT_UTF8 in result.verdict.findings
    assert result.verdict.params["encoding"] == "cp949" and result.verdict.params["utf8_after_opts"] is True
    sent = [t.line for t in result.transcript if t.dir == ">"]
    assert sent.count("OPTS UTF8 ON") == 1


def test_no_opts_utf8_where_feat_does_not_list_it(ftp_server: Any) -> None:
    server = ftp_server(files={"자료.txt": "data"}, encoding="cp949")  # pyftpdlib: no UTF8 in FEAT then
    result = probe(server.url(), password=PASSWORD, timeout=3.0)
    assert result.control.opts_utf8 is None
    assert not any(t.line.startswith("OPTS") for t in result.transcript)
    assert result.verdict is not None and result.verdict.params["utf8_after_opts"] is False

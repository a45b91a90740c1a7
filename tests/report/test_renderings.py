"""Text, HTML and JSON renderings of real probe results: complete, self-contained, and never the password."""

from __future__ import annotations

import base64
import json
import re
from html.parser import HTMLParser

import pytest

from ftpwizard.core.diagnosis.messages import render
from ftpwizard.core.i18n import translator
from ftpwizard.core.probe.serialize import to_dict
from ftpwizard.demo.server import SCENARIOS
from ftpwizard.present import theme
from ftpwizard.present.report import texts as T
from ftpwizard.present.report.model import Environment, LocalAddress, build_report
from ftpwizard.present.report.render_html import to_html
from ftpwizard.present.report.render_json import to_json
from ftpwizard.present.report.render_text import to_text

ENV = Environment("2026-11-25T14:32:05+09:00", "0.1.0", "Windows", "10 (10.0.19045)",
                  (LocalAddress("192.168.0.23", "private"), LocalAddress("203.0.113.9", "documentation")))
CLIENTS = [
    # As `ftpwizard clients --json` gives them; "pass" stands for a field a future detector might add.
    {"id": "filezilla", "name": "FileZilla", "version": "3.66.5", "mode": "active", "scope": "global",
     "sites": [{"name": "My shop", "host": "ftp.example.com", "mode": "default", "pass": "c2VjcmV0"}],
     "can_apply": True, "config": "C:/Users/kim/AppData/Roaming/FileZilla/filezilla.xml"},
    {"id": "winscp", "name": "WinSCP", "version": "6.3.5", "mode": "passive", "scope": "per-site",
     "sites": [{"name": "shop", "host": "ftp.example.com", "mode": "active"}], "can_apply": True, "config": None},
]
RENDERERS = {
    "text": lambda report, lang: to_text(report, lang),
    "html": lambda report, lang: to_html(report, lang),
    "json": lambda report, lang: to_json(report, lang),
}


def _html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("fmt", sorted(RENDERERS))
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_rendering_has_verdict_steps_and_transcript_but_no_password(runs, password, scenario, fmt, lang):
    run = runs[scenario]
    report = build_report(run.result, CLIENTS, environment=ENV)
    out = RENDERERS[fmt](report, lang)
    assert password.encode() not in out.encode("utf-8")
    readable = json.dumps(json.loads(out), ensure_ascii=False) if fmt == "json" else out
    if fmt == "html":
        readable = _html_unescape(out)
    tr = translator(lang)

    words = render(run.result.verdict, tr)
    assert words.headline in readable
    if fmt != "json":  # the JSON carries the verdict as code + headline; the others say all of it
        assert words.why in readable and words.advice in readable
        for mode, names in T.STEP_NAMES.items():
            if run.result.modes.get(mode) is not None:
                for name in names:
                    assert tr("Report", name) in readable, (mode, name)
    else:
        data = json.loads(out)
        assert data["verdict"]["code"] == run.result.verdict.code
        for mode in ("active", "passive"):
            assert [s["ok"] for s in data["modes"][mode]["steps"]] == [s.ok for s in run.result.modes[mode].steps]
    for entry in run.result.transcript:
        assert entry.line in readable, entry.line
    assert "PASS ****" in readable


def test_text_is_verdict_first_then_one_line_per_step(runs):
    report = build_report(runs["client-firewall"].result, None, environment=ENV)
    text = to_text(report, "en")
    lines = text.splitlines()
    assert lines[0].startswith("FTP connection check — 127.0.0.1:")
    assert lines[2].startswith("Verdict: Use passive mode")
    step_lines = [line for line in lines if re.match(r"^  [①②③④] [✓✗·] ", line)]
    assert len(step_lines) == 8
    active = [line for line in step_lines if "PORT" in line or "server accepts" in line or "connects to your PC" in line]
    assert any("✗" in line and "no answer (timeout)" in line for line in active)
    assert "FTP programs were not checked." in text


def test_text_in_korean_uses_the_report_translations(runs):
    report = build_report(runs["healthy"].result, CLIENTS, environment=ENV)
    text = to_text(report, "ko")
    for korean in ("진단 결과", "패시브 모드", "액티브 모드", "통신 기록", "이 PC의 FTP 프로그램", "PC가 패시브 모드를 요청"):
        assert korean in text
    assert "FileZilla 3.66.5 — 현재 모드: 액티브 · 사이트: My shop (ftp.example.com, 프로그램 기본값)" in text
    assert "WinSCP 6.3.5 — 현재 모드: 패시브 · 사이트: shop (ftp.example.com, 액티브)" in text


def test_json_is_the_probe_json_plus_environment_and_clients(runs):
    result = runs["server-firewall"].result
    report = build_report(result, CLIENTS, environment=ENV)
    data = json.loads(to_json(report, "en"))
    probe_json = json.loads(json.dumps(to_dict(result)))
    for key, value in probe_json.items():
        if key == "verdict":
            assert data[key]["code"] == value["code"] and data[key]["params"] == value["params"]
        else:
            assert data[key] == value, key
    assert data["schema"] == "ftpwizard.core.probe/1"
    assert data["report_schema"] == "ftpwizard.present.report/1"
    assert data["environment"] == {
        "created_at": "2026-11-25T14:32:05+09:00",
        "ftpwizard_version": "0.1.0",
        "os": {"name": "Windows", "version": "10 (10.0.19045)"},
        "local_addresses": [
            {"address": "192.168.0.23", "class": "private", "private": True},
            {"address": "203.0.113.9", "class": "documentation", "private": True},
        ],
    }
    assert [c["mode"] for c in data["clients"]] == ["active", "passive"]
    assert "pass" not in data["clients"][0]["sites"][0]  # a stored site password never reaches a report
    assert data["target"] == {"host": "127.0.0.1", "port": result.target.port, "tls": "none", "user": "demo"}


class _Collector(HTMLParser):
    VOID = {"meta", "br", "img", "link", "input", "hr", "path", "rect", "circle", "line"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
        else:
            self.stack.pop()


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_html_is_self_contained_and_well_formed(runs, scenario):
    html = to_html(build_report(runs[scenario].result, CLIENTS, environment=ENV), "ko")
    parser = _Collector()
    parser.feed(html)
    assert parser.errors == [] and parser.stack == []
    names = [tag for tag, _ in parser.tags]
    assert "script" not in names and "link" not in names and "iframe" not in names
    for tag, attrs in parser.tags:
        for attr in ("src", "href"):
            value = attrs.get(attr)
            assert value is None or value.startswith("data:"), (tag, attr, value)
    assert "url(" not in html and "@import" not in html
    # The only "http" is the SVG namespace name, which is never fetched.
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) <= {"http://www.w3.org/2000/svg"}
    assert names.count("svg") == 2  # the command line's diagrams: one per mode
    assert "Malgun Gothic" in html and "Apple SD Gothic Neo" in html and "NanumGothic" in html
    assert "@media print" in html
    assert '<html lang="ko">' in html


def test_html_uses_the_gui_images_when_given(runs):
    png_active = b"\x89PNG\r\n\x1a\n" + b"active-picture"
    png_passive = b"\x89PNG\r\n\x1a\n" + b"passive-picture"
    report = build_report(runs["healthy"].result, None, {"active": png_active, "passive": png_passive}, environment=ENV)
    html = to_html(report, "en")
    found = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert sorted(base64.b64decode(f) for f in found) == sorted([png_active, png_passive])
    assert "<svg" not in html


def test_html_marks_the_failed_step_in_the_diagram(runs):
    html = to_html(build_report(runs["client-nat"].result, None, environment=ENV), "en")
    active = html[html.index('class="mode mode-active"'):]
    diagram = active[: active.index("</svg>")]
    assert diagram.count(f'stroke="{theme.REPORT_ERROR}"') >= 2  # the red arrow and the cross
    assert "rejected by the server" in diagram


def test_an_echoed_password_is_masked_everywhere(runs, password):
    """A server that puts the password in a reply, and an error text that quotes it: both masked."""
    result = runs["client-nat"].result
    import copy

    leaky = copy.deepcopy(result)
    leaky.modes["active"].steps[1].reply = f"500 Illegal PORT command for {password}."
    leaky.transcript[0].line = f"230 welcome {password}"
    leaky.control.banner = f"220 {password}"
    leaky.verdict.params["reply"] = password
    report = build_report(leaky, [{"name": "X", "mode": "active", "sites": [f"ftp://u:{password}@h"]}], environment=ENV)
    for fmt, renderer in RENDERERS.items():
        out = renderer(report, "en")
        assert password not in out, fmt
        assert "****" in out
    assert password in leaky.transcript[0].line  # the caller's result is left as it was
    assert report.target.password == ""


def test_cancelled_and_control_failures_render(runs):
    import copy

    cancelled = copy.deepcopy(runs["healthy"].result)
    cancelled.verdict = None
    cancelled.cancelled = True
    report = build_report(cancelled, None, environment=ENV)
    assert "The test was cancelled" in to_text(report, "en")
    assert "The test was cancelled" in to_html(report, "en")
    assert json.loads(to_json(report))["verdict"]["code"] == "cancelled"


def test_programs_are_named_as_people_know_them(runs):
    """The detector's constant ("ALFTP (알FTP)") is not what a Korean customer calls the program."""
    alftp = {"id": "alftp", "name": "ALFTP (알FTP)", "version": "5.31", "mode": "unknown", "scope": "per-site",
             "sites": [], "can_apply": False, "config": None}
    report = build_report(runs["healthy"].result, [alftp], environment=ENV)
    korean = to_text(report, "ko")
    assert "  알FTP 5.31 — 현재 모드" in korean and "ALFTP" not in korean
    assert "  ALFTP 5.31 — Current mode" in to_text(report, "en")
    assert "알FTP 5.31" in to_html(report, "ko")



def test_an_anonymous_login_reads_as_such_in_korean(runs):
    from ftpwizard.core.probe import records

    result = runs["healthy"].result
    anonymous = records.replace(result, target=records.replace(result.target, user=""))
    assert anonymous.target.login_user == "anonymous"
    report = build_report(anonymous, None, environment=ENV)
    assert "아이디: 익명(anonymous) · " in to_text(report, "ko")
    assert "User: anonymous · " in to_text(report, "en")
    assert "<td>익명(anonymous)</td>" in to_html(report, "ko")



def test_the_server_fix_for_a_wrong_passive_address_is_in_the_report_only(runs):
    """The customer's verdict leaves vsftpd directives out; the hosting company reads them in the report."""
    from ftpwizard.core.diagnosis.messages import render
    from ftpwizard.core.i18n import translator

    result = runs["bad-pasv-address"].result
    assert "pasv_address" not in render(result.verdict, translator("ko")).advice
    report = build_report(result, None, environment=ENV)
    assert "* 서버 담당자 참고: 패시브 응답에 FTP 프로그램이 쓸 수 없는 주소가 들어 있습니다." in to_text(report, "ko")
    assert "pasv_address in vsftpd" in to_html(report, "en")
    assert "pasv_address" not in to_text(build_report(runs["healthy"].result, None, environment=ENV), "en")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_programs_section_says_each_programs_outcome_in_every_rendering_without_the_password(
        runs, password, lang):
    """"Your FTP programs": the customer's FileZilla set to active behind a firewall that blocks active mode;
    its settings file's path happens to hold the password (it must be masked there too)."""
    from ftpwizard.clients.program_facts import new_status
    from ftpwizard.clients.program_reports import program_reports
    from ftpwizard.present import program_words

    result = runs["client-firewall"].result
    filezilla = new_status("filezilla", mode="active", config=f"C:\\Users\\{password}\\filezilla.xml", can_apply=True)
    programs = program_reports(result, [filezilla])
    report = build_report(result, CLIENTS, environment=ENV, programs=programs)
    mine = programs[0]
    # Beside the verdict, a program failing for the verdict's own reason does not say that reason again.
    headline = program_words.outcome_headline(mine, lang, result.verdict.params, said=result.verdict.code)
    assert len(headline) < len(program_words.outcome_headline(mine, lang, result.verdict.params))
    for fmt, renderer in RENDERERS.items():
        out = renderer(report, lang)
        assert password not in out, fmt
        if fmt == "json":
            data = json.loads(out)
            assert [p["id"] for p in data["programs"]] == [p.id for p in programs]
            assert data["programs"][0]["outcome"] == "fails" and data["programs"][0]["setting"]["mode"] == "active"
            continue
        readable = _html_unescape(out) if fmt == "html" else out
        assert program_words.translate(program_words.SECTION_TITLE, lang) in readable, fmt
        assert headline in readable and program_words.outcome_label("fails", lang) in readable, fmt
        for fix in program_words.fix_lines(mine, lang):
            assert fix in readable, fmt
        # programs not on this PC are not spoken of (the JSON lists them, marked "detected": false)
        assert program_words.outcome_label("works", lang, probably=True) not in readable, fmt

"""write_report_file: format by extension, whole files only, and a plain message instead of a traceback."""

from __future__ import annotations

import json
import os
import sys

import pytest

from ftpwizard.present.report import write as write_module
from ftpwizard.present.report.write import format_of, write_report_file


@pytest.mark.parametrize(("name", "check"), [
    ("report.html", lambda text: text.startswith("<!DOCTYPE html>")),
    ("REPORT.HTM", lambda text: text.startswith("<!DOCTYPE html>")),
    ("report.txt", lambda text: text.startswith("FTP connection check")),
    ("report.json", lambda text: json.loads(text)["report_schema"] == "ftpwizard.present.report/1"),
])
def test_each_extension_writes_its_format(runs, password, tmp_path, name, check):
    path = tmp_path / name
    assert write_report_file(runs["healthy"].result, str(path), "en") is None
    text = path.read_text(encoding="utf-8")
    assert check(text)
    assert password not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left behind


def test_an_existing_report_is_replaced(runs, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("old content that is longer than nothing " * 100, encoding="utf-8")
    assert write_report_file(runs["client-nat"].result, path, "en") is None
    assert "old content" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("make_path", "expected"), [
    (lambda tmp: tmp / "report.pdf", "unknown format '.pdf'; use a name ending in .html, .txt or .json"),
    (lambda tmp: tmp / "report", "unknown format '(none)'"),
    (lambda tmp: tmp / "missing" / "folder" / "report.html", "the folder '{tmp}/missing/folder' does not exist"),
])
def test_bad_paths_give_a_clear_message(runs, tmp_path, make_path, expected):
    path = make_path(tmp_path)
    message = write_report_file(runs["healthy"].result, str(path), "en")
    assert message is not None
    assert message.startswith(f"cannot write the report '{path}'")
    assert expected.format(tmp=tmp_path) in message
    assert list(tmp_path.rglob("*")) == []


def test_a_folder_given_as_the_report_path(runs, tmp_path):
    folder = tmp_path / "reports.html"
    folder.mkdir()
    message = write_report_file(runs["healthy"].result, str(folder), "en")
    assert message is not None and "that is a folder" in message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/sys refuses new files even to root on Linux")
def test_permission_denied(runs):
    message = write_report_file(runs["healthy"].result, "/sys/ftpwizard-report.html", "en")
    assert message == "cannot write the report '/sys/ftpwizard-report.html': permission denied"


def test_messages_are_korean_for_korean_users(runs, tmp_path):
    message = write_report_file(runs["healthy"].result, str(tmp_path / "x.pdf"), "ko")
    assert message is not None and "저장할 수 없습니다" in message and "'.pdf'" in message


def test_a_renderer_bug_becomes_a_message_without_the_password(runs, password, tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError(f"boom {password}")

    monkeypatch.setattr(write_module, "render", broken)
    message = write_report_file(runs["healthy"].result, str(tmp_path / "r.html"), "en")
    assert message is not None and "RuntimeError: boom ****" in message
    assert password not in message
    assert not (tmp_path / "r.html").exists()


def test_format_of():
    assert format_of("a.HTML") == "html"
    assert format_of(os.path.join("x", "b.json")) == "json"
    assert format_of("c.txt") == "text"
    assert format_of("d.docx") is None


class _Status:
    def __init__(self, data):
        self.data = data

    def to_json(self):
        return self.data


def _install_detector(monkeypatch, detect):
    """Stands in for ftpwizard.clients (its own branch) behind the same two names the report imports."""
    import types

    detect_module = types.ModuleType("ftpwizard.clients.detect")
    detect_module.detect_clients = detect
    env_module = types.ModuleType("ftpwizard.clients.env")
    env_module.Environment = types.SimpleNamespace(real=lambda: "the real machine")
    monkeypatch.setitem(sys.modules, "ftpwizard.clients", types.ModuleType("ftpwizard.clients"))
    monkeypatch.setitem(sys.modules, "ftpwizard.clients.detect", detect_module)
    monkeypatch.setitem(sys.modules, "ftpwizard.clients.env", env_module)


def test_the_command_line_report_lists_the_detected_programs(runs, tmp_path, monkeypatch):
    seen = []

    def detect(env, host=None):
        seen.append((env, host))
        return [_Status({"id": "filezilla", "name": "FileZilla", "version": "3.66.5", "mode": "active",
                         "scope": "global", "sites": [], "can_apply": True, "config": None})]

    _install_detector(monkeypatch, detect)
    path = tmp_path / "r.json"
    assert write_report_file(runs["healthy"].result, path, "en") is None
    assert seen == [("the real machine", "127.0.0.1")]
    assert json.loads(path.read_text(encoding="utf-8"))["clients"][0]["name"] == "FileZilla"


def test_a_failing_detection_still_writes_the_report(runs, tmp_path, monkeypatch):
    def detect(env, host=None):
        raise OSError("registry unreadable")

    _install_detector(monkeypatch, detect)
    path = tmp_path / "r.txt"
    assert write_report_file(runs["healthy"].result, path, "en") is None
    assert "FTP programs were not checked." in path.read_text(encoding="utf-8")

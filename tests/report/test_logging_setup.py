"""The log file: in the given folder, rotating, and no registered password in any part of any record."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

import pytest
from report_fixtures import FAST, PASSWORD, demo, demo_server

from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.probe import parse_target
from ftpwizard.present.report import logging_setup
from ftpwizard.present.report.logging_setup import (
    SecretRegistry,
    register_secret,
    setup_logging,
    shutdown_logging,
)


@pytest.fixture
def registry() -> SecretRegistry:
    return SecretRegistry()


@pytest.fixture
def log_path(tmp_path, registry):
    path = setup_logging(registry, folder=tmp_path / "logs")
    yield path
    shutdown_logging()


def _text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_every_part_of_a_record_is_masked(log_path, registry, password):
    registry.register(password)
    log = logging.getLogger("ftpwizard.test")
    log.warning("login with %s failed", password)
    log.warning(f"direct {password} in the message")
    log.warning("in a dict: %(pw)s", {"pw": password})
    try:
        raise ValueError(f"server said: 530 {password!r}")
    except ValueError:
        log.exception("probe crashed")
    log.warning("with stack", stack_info=True, extra={"note": password})
    text = _text(log_path)
    assert password not in text
    assert text.count("****") >= 4
    assert "ValueError: server said: 530 '****'" in text
    assert "probe crashed" in text and "Traceback" in text


def test_the_filter_masks_extra_fields_and_keeps_every_record(registry, password):
    registry.register(password)
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "user %s pw %s", ("kim", password), None)
    record.note = f"typed {password}"
    assert logging_setup.RedactingFilter(registry).filter(record) is True
    assert record.getMessage() == "user kim pw ****"
    assert record.note == "typed ****"


def test_a_password_registered_later_is_masked_from_then_on(log_path, registry):
    log = logging.getLogger("ftpwizard.test")
    secret = "Later-Typed-Secret-42"
    registry.register(secret)
    log.error("echo %s", secret)
    assert secret not in _text(log_path)


def test_url_encoded_and_escaped_forms_are_masked(log_path, registry):
    secret = "p@ss wörd/1\\2"
    registry.register(secret)
    log = logging.getLogger("ftpwizard.test")
    log.warning("url ftp://kim:%s@host", "p%40ss%20w%C3%B6rd%2F1%5C2")
    log.warning("repr %r", secret)
    text = _text(log_path)
    assert "p%40ss%20w%C3%B6rd%2F1%5C2" not in text
    assert "p@ss wörd/1\\\\2" not in text and secret not in text


def test_the_log_rotates(tmp_path, monkeypatch, registry):
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2000)
    path = setup_logging(registry, folder=tmp_path)
    try:
        log = logging.getLogger("ftpwizard.test")
        for i in range(200):
            log.warning("line %d %s", i, "x" * 50)
        files = sorted(p.name for p in tmp_path.iterdir())
        assert files == ["ftpwizard.log", "ftpwizard.log.1", "ftpwizard.log.2", "ftpwizard.log.3"]
        assert path.stat().st_size <= 2000
    finally:
        shutdown_logging()


def test_setting_up_twice_keeps_one_handler(tmp_path, registry):
    root = logging.getLogger()
    before = len(root.handlers)
    setup_logging(registry, folder=tmp_path / "a")
    second = setup_logging(registry, folder=tmp_path / "b")
    try:
        assert len(root.handlers) == before + 1
        logging.getLogger("ftpwizard.test").warning("to b")
        assert "to b" in _text(second)
        assert not (tmp_path / "a" / "ftpwizard.log").read_text(encoding="utf-8")
    finally:
        shutdown_logging()
    assert len(root.handlers) == before


def test_an_unusable_log_folder_falls_back_to_the_temp_folder(tmp_path, registry):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    path = setup_logging(registry, folder=blocker / "logs")
    try:
        assert path.parent.name == "ftpwizard-logs"
        logging.getLogger("ftpwizard.test").warning("still logged")
        assert "still logged" in _text(path)
    finally:
        shutdown_logging()


def test_default_folder_is_the_platform_log_folder(monkeypatch):
    monkeypatch.delenv("FTPWIZARD_LOG_DIR", raising=False)
    folder = logging_setup.log_folder()
    if sys.platform.startswith("linux"):
        assert folder.parts[-2:] == ("ftpwizard", "log")
    monkeypatch.setenv("FTPWIZARD_LOG_DIR", "/tmp/x")
    assert logging_setup.log_folder() == Path("/tmp/x")


def test_a_real_probe_at_debug_level_leaves_no_password(tmp_path):
    """The module-level registry, as the wizard uses it, and the whole engine logging at DEBUG."""
    path = setup_logging(folder=tmp_path, level=logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    register_secret(PASSWORD)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(demo, "DEMO_PASSWORD", PASSWORD)
            with demo_server("client-nat") as server:
                target = parse_target(f"{server.host}:{server.port}").with_credentials(user="demo", password=PASSWORD)
                logging.getLogger("ftpwizard.test").info("probing %r with %s", target, PASSWORD)
                probe_and_diagnose(target, FAST)
        text = _text(path)
        assert "probing Target(host='127.0.0.1'" in text
        assert PASSWORD not in text
    finally:
        root.setLevel(old_level)
        logging_setup.SECRETS.clear()
        shutdown_logging()

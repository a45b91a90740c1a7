"""The wizard's clients panel on a real Qt event loop (offscreen), with fake machines."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from real_programs import LFTP, lftp_data_command, needs_lftp

from ftpwizard.clients import undo_available
from ftpwizard.core.i18n import translator
from ftpwizard.gui.clients.change_questions import ChangeQuestions
from ftpwizard.gui.clients.panel import BROWSERS, GENERIC, ClientsPanel
from ftpwizard.gui.clients.picture_view import PictureView
from ftpwizard.present import theme

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "clients"


class TsTranslator(QTranslator):
    """Korean from the .ts files, the way the app does it when no .qm is compiled."""

    def __init__(self) -> None:
        super().__init__()
        self._translate = translator("ko")

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        text = self._translate(context, source)
        return text if text != source else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(autouse=True)
def korean(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Korean))
    ts = TsTranslator()
    qapp.installTranslator(ts)
    yield
    qapp.removeTranslator(ts)
    QLocale.setDefault(old)


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A real modal box would wait for a click forever: every test answers through confirm/choose."""

    def unexpected(self, parent, title: str, question: str, *more: object) -> None:  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected question: {question}")

    monkeypatch.setattr(ChangeQuestions, "ask", unexpected)
    monkeypatch.setattr(ChangeQuestions, "ask_choice", unexpected)


class Answers:
    """Stands in for the yes/no message box: records the questions, answers from a list."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, title: str, question: str) -> bool:
        self.asked.append(question)
        return self.answers.pop(0)


class Choices:
    """Stands in for the choice box ("only this server" / "all servers"): records question and buttons."""

    def __init__(self, *answers: int | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, list[str]]] = []

    def __call__(self, title: str, question: str, labels: list[str]) -> int | None:
        self.asked.append((question, labels))
        return self.answers.pop(0)


def ids(panel: ClientsPanel) -> list[str]:
    return [panel.list.item(i).data(0x0100) for i in range(panel.list.count())]


def select(panel: ClientsPanel, cid: str) -> None:
    panel.list.setCurrentRow(ids(panel).index(cid))


def save_shot(qtlog, panel: ClientsPanel, name: str) -> None:  # type: ignore[no-untyped-def]
    if os.environ.get("FTPWIZARD_WRITE_SCREENSHOTS") == "1":
        with qtlog.disabled():  # the offscreen platform warns about size hints when a window is grabbed
            panel.grab().save(str(SCREENSHOTS / name))


def test_nothing_found_shows_browsers_and_generic_advice(qtbot, linux) -> None:  # type: ignore[no-untyped-def]
    panel = ClientsPanel(env=linux.env)
    qtbot.addWidget(panel)
    panel.set_context("passive", "ftp.example.com")
    assert ids(panel) == [BROWSERS, GENERIC]
    assert "FTP 프로그램을 찾지 못했습니다" in panel.status.text()
    assert panel.heading.text() == "내 PC에서 FTP 프로그램을 찾지 못했습니다."
    assert len(panel.pictures.findChildren(PictureView)) == 1
    assert panel.apply_button.isHidden()


def test_programs_with_one_mode_are_listed_and_never_told_to_change(qtbot, qtlog, windows) -> None:  # type: ignore[no-untyped-def]
    """Windows' ftp command (active only) and a VS Code extension (passive only) on the program page: the
    one that cannot use the recommended mode says so instead of "needs a change"."""
    windows.write(windows.base / "Windows/System32/ftp.exe", b"MZ")
    windows.write(windows.base / "Users/kim/.vscode/extensions/natizyskunk.sftp-1.16.3/package.json", "{}")
    panel = ClientsPanel(env=windows.env)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.set_context("passive", "ftp.example.com")
    assert ids(panel) == ["internet-options", "ftp-exe", "vscode-sftp", BROWSERS, GENERIC]
    texts = {cid: panel.list.item(i).text() for i, cid in enumerate(ids(panel))}
    assert texts["ftp-exe"].startswith("Windows ftp 명령") and "권장 모드 없음" in texts["ftp-exe"]
    assert texts["vscode-sftp"].startswith("VS Code SFTP 확장 1.16.3") and "이미 맞게 설정됨" in texts["vscode-sftp"]
    select(panel, "ftp-exe")
    assert "Windows ftp 명령 프로그램에는 패시브 모드 설정이 없습니다." in panel.status.text()
    assert "바꿔야" not in panel.status.text()
    assert panel.apply_button.isHidden() and panel.undo_button.isHidden()
    save_shot(qtlog, panel, "panel-ftp-exe-no-passive-ko.png")
    panel.set_context("active", "ftp.example.com")
    assert "이미 맞게 설정됨" in panel.list.item(ids(panel).index("ftp-exe")).text()
    assert "권장 모드 없음" in panel.list.item(ids(panel).index("vscode-sftp")).text()


def test_change_and_undo_lftp(qtbot, qtlog, linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["lftp"] = "/usr/bin/lftp"
    rc = linux.write(linux.env.home / ".lftprc", "set ftp:passive-mode off\n")
    panel = ClientsPanel(env=linux.env)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.set_context("passive", "ftp.example.com")
    assert ids(panel) == ["lftp", BROWSERS, GENERIC]
    assert "바꿔야 함" in panel.list.item(0).text()
    assert panel.apply_button.isEnabled() and not panel.undo_button.isEnabled()
    save_shot(qtlog, panel, "panel-lftp-needs-change-ko.png")

    panel.choose = Choices(None)
    panel.apply_button.click()
    assert rc.read_bytes() == b"set ftp:passive-mode off\n"  # cancelled: nothing happened

    panel.choose = Choices(1)  # for all servers
    with qtbot.waitSignal(panel.changed) as sig:
        panel.apply_button.click()
    assert sig.args[0] is True and "lftp 설정을 바꿨습니다. 이제 패시브 모드입니다." in sig.args[1]
    assert rc.read_bytes() == b"set ftp:passive-mode on\n"
    assert "이미 맞게 설정됨" in panel.list.item(0).text()
    assert not panel.result.isHidden() and not panel.apply_button.isEnabled() and panel.undo_button.isEnabled()
    save_shot(qtlog, panel, "panel-lftp-changed-ko.png")

    panel.confirm = Answers(True)
    with qtbot.waitSignal(panel.changed) as sig:
        panel.undo_button.click()
    assert sig.args[0] is True
    assert rc.read_bytes() == b"set ftp:passive-mode off\n"
    assert not undo_available(linux.env, "lftp")


def test_site_override_changed_only_when_asked(qtbot, qtlog, windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    sites = (cdir / "sitemanager.xml").read_bytes()
    panel = ClientsPanel(env=windows.env)
    qtbot.addWidget(panel)
    panel.set_context("passive", "ftp.example.com")
    select(panel, "filezilla")
    assert "사이트 '내 홈페이지'(ftp.example.com): 액티브 모드" in panel.status.text()
    # Global is passive already but a site forces active: the program as a whole needs checking.
    assert panel.apply_button.isEnabled()
    panel.resize(1000, 760)
    save_shot(qtlog, panel, "panel-filezilla-site-override-ko.png")

    # "For all servers": the program-wide setting is right already; the site that overrides it is only
    # changed when the user says so.
    panel.choose = Choices(1)
    panel.confirm = answers = Answers(False)
    with qtbot.waitSignal(panel.changed) as sig:
        panel.apply_button.click()
    assert "내 홈페이지" in answers.asked[0]
    assert sig.args[0] is True and "'내 홈페이지'" in sig.args[1]
    assert (cdir / "sitemanager.xml").read_bytes() == sites

    panel.choose = Choices(1)
    panel.confirm = Answers(True)
    with qtbot.waitSignal(panel.changed) as sig:
        panel.apply_button.click()
    assert sig.args[0] is True
    assert b"<PasvMode>MODE_PASSIVE</PasvMode>" in (cdir / "sitemanager.xml").read_bytes()
    assert "이미 맞게 설정됨" in panel.list.currentItem().text()


def test_filezilla_change_for_the_tested_server_changes_its_sites_only(qtbot, windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    settings, sites = (cdir / "filezilla.xml").read_bytes(), (cdir / "sitemanager.xml").read_text(encoding="utf-8")
    panel = ClientsPanel(env=windows.env)
    qtbot.addWidget(panel)
    panel.set_context("active", "ftp.example.com")
    select(panel, "filezilla")
    panel.confirm = Answers()  # no yes/no question: the choice box asks
    panel.choose = choices = Choices(0)
    with qtbot.waitSignal(panel.changed) as sig:
        panel.apply_button.click()
    question, labels = choices.asked[0]
    assert labels == ["ftp.example.com 서버에만", "모든 서버에"]
    assert "다른 서버의 설정은 그대로" in question and "모든 서버가 액티브 모드 설정을 씁니다" in question
    assert sig.args[0] is True and "ftp.example.com 서버만" in sig.args[1]
    assert (cdir / "filezilla.xml").read_bytes() == settings  # the program-wide setting (Quick Connect) stays
    # The one FTP site of this server that followed the global passive now says active; the others as they were.
    expected = sites.replace("<Name>Other port, no mode stored</Name>\n",
                             "<Name>Other port, no mode stored</Name>\n\t\t\t\t<PasvMode>MODE_ACTIVE</PasvMode>\n")
    assert (cdir / "sitemanager.xml").read_text(encoding="utf-8") == expected
    assert "이미 맞게 설정됨" in panel.list.currentItem().text()


@needs_lftp
def test_lftp_change_for_the_tested_server_only_and_all_servers_as_a_choice(  # type: ignore[no-untyped-def]
        qtbot, linux, ftp_server) -> None:
    linux.on_path["lftp"] = LFTP
    home = linux.env.home
    rc = linux.write(home / ".lftprc", "set ftp:passive-mode on\n")
    panel = ClientsPanel(env=linux.env)
    qtbot.addWidget(panel)
    panel.set_context("active", "127.0.0.1")
    select(panel, "lftp")
    panel.confirm = Answers(True)  # would be a yes/no that does not say which servers change
    panel.choose = choices = Choices(0)
    with qtbot.waitSignal(panel.changed) as sig:
        panel.apply_button.click()
    assert sig.args[0] is True
    assert choices.asked[0][1] == ["127.0.0.1 서버에만", "모든 서버에"]
    assert rc.read_bytes() == b"set ftp:passive-mode on\nset ftp:passive-mode/127.0.0.1 off\n"
    # The real lftp: active for the tested server, passive for any other server name.
    assert lftp_data_command(home, "127.0.0.1", ftp_server) in ("PORT", "EPRT")
    assert lftp_data_command(home, "localhost", ftp_server) in ("PASV", "EPSV")
    assert "이미 맞게 설정됨" in panel.list.currentItem().text()

    panel.confirm = Answers(True)
    with qtbot.waitSignal(panel.changed):
        panel.undo_button.click()
    assert rc.read_bytes() == b"set ftp:passive-mode on\n"

    panel.choose = Choices(1)  # the separate, clearly worded choice: every server
    with qtbot.waitSignal(panel.changed) as sig:
        panel.apply_button.click()
    assert sig.args[0] is True
    assert rc.read_bytes() == b"set ftp:passive-mode off\n"
    assert lftp_data_command(home, "localhost", ftp_server) in ("PORT", "EPRT")


def test_curl_confirmation_says_every_server_changes(qtbot, linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["curl"] = "/usr/bin/curl"
    curlrc = linux.write(linux.env.home / ".curlrc", "silent\n")
    panel = ClientsPanel(env=linux.env)
    qtbot.addWidget(panel)
    panel.set_context("active", "ftp.example.com")
    select(panel, "curl")
    panel.choose = Choices()  # curl has no per-server setting: nothing to choose
    panel.confirm = answers = Answers(False)
    panel.apply_button.click()
    assert "curl 프로그램은 모든 서버에 설정 하나를 씁니다" in answers.asked[0]
    assert "모든 서버의 설정이 바뀝니다" in answers.asked[0]
    assert curlrc.read_bytes() == b"silent\n"


def test_running_program_is_refused_with_a_clear_message(qtbot, windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    original = (cdir / "filezilla.xml").read_bytes()
    windows.running.append("filezilla.exe")
    panel = ClientsPanel(env=windows.env)
    qtbot.addWidget(panel)
    panel.set_context("active", "other.example.org")
    select(panel, "filezilla")
    panel.confirm = Answers(True)
    with qtbot.waitSignal(panel.changed) as sig:
        panel.apply_button.click()
    assert sig.args[0] is False and "실행 중입니다" in sig.args[1]
    assert f"color:{theme.PANEL_ERROR}" in panel.result.styleSheet()
    assert (cdir / "filezilla.xml").read_bytes() == original


def test_no_recommendation_offers_no_change(qtbot, windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    install_filezilla(windows)
    panel = ClientsPanel(env=windows.env)
    qtbot.addWidget(panel)
    panel.set_context(None, "ftp.example.com")
    select(panel, "filezilla")
    assert not panel.apply_button.isEnabled()
    assert "바꿔도 해결되지 않습니다" in panel.status.text()


def test_guide_only_program_has_no_change_button(qtbot, windows) -> None:  # type: ignore[no-untyped-def]
    windows.registry.put("HKLM", r"SOFTWARE\ESTsoft\ALFTP", "Version", 1, "5.31")
    panel = ClientsPanel(env=windows.env)
    qtbot.addWidget(panel)
    panel.set_context("passive", None)
    select(panel, "alftp")
    assert "직접 확인 필요" in panel.list.currentItem().text()
    assert panel.apply_button.isHidden()
    assert len(panel.pictures.findChildren(PictureView)) == 2  # two steps



class MarkingTranslator(QTranslator):
    """A "language" that wraps the panel's own texts in «»: shows that a language switch relabels."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return f"«{source}»" if context == "ClientsPanel" else None

    def isEmpty(self) -> bool:
        return False


def test_refresh_draws_the_guide_once_and_a_language_switch_does_not_redetect(  # type: ignore[no-untyped-def]
        qtbot, qapp, monkeypatch, windows, install_filezilla) -> None:
    from ftpwizard.gui.clients import guide_strip
    from ftpwizard.gui.clients import panel as panel_module

    drawn: list[str] = []
    detected: list[str | None] = []
    real_render, real_detect = guide_strip.render_guide, panel_module.detect_clients

    def counting_render(guide_id, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append(guide_id)
        return real_render(guide_id, *args, **kwargs)

    def counting_detect(env, *args, **kwargs):  # type: ignore[no-untyped-def]
        detected.append(kwargs.get("host"))
        return real_detect(env, *args, **kwargs)

    monkeypatch.setattr(guide_strip, "render_guide", counting_render)
    monkeypatch.setattr(panel_module, "detect_clients", counting_detect)
    install_filezilla(windows)
    panel = ClientsPanel(env=windows.env)
    qtbot.addWidget(panel)
    panel.set_context("passive", "ftp.example.com")
    first = ids(panel)[0]
    assert "filezilla" in ids(panel)
    assert drawn == [first] and len(detected) == 1
    select(panel, GENERIC)
    assert drawn == [first, GENERIC]
    panel.rescan_button.click()
    assert drawn == [first, GENERIC, GENERIC], "the selection is kept and its guide drawn once"
    assert len(detected) == 2
    marking = MarkingTranslator()
    qapp.installTranslator(marking)  # Qt sends LanguageChange to every widget
    try:
        qtbot.waitUntil(lambda: panel.list.item(panel.list.count() - 1).text().startswith("«"), timeout=2000)
        assert "«" in panel.list.item(0).text() and panel.rescan_button.text().startswith("«")
        assert drawn == [first, GENERIC, GENERIC, GENERIC] and panel.list.currentRow() == len(ids(panel)) - 1
        assert len(detected) == 2, "a language switch only relabels the list"
    finally:
        qapp.removeTranslator(marking)
    qtbot.waitUntil(lambda: "«" not in panel.list.item(0).text(), timeout=2000)
    assert len(detected) == 2


def test_verdict_page_names_the_mode_the_way_each_detected_program_does(qtbot, windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    """The verdict says 패시브 모드; FileZilla says 수동형 and Internet Options has a check box. With a wrong
    passive address Internet Options (which follows the address) is told to untick it."""
    from ftpwizard.core.diagnosis.run import probe_and_diagnose
    from ftpwizard.core.probe.engine import ProbeOptions
    from ftpwizard.core.probe.target import parse_target
    from ftpwizard.demo.server import start_demo_server
    from ftpwizard.gui.wizard.verdict import VerdictPage
    from ftpwizard.present.wizard.flow import WizardState

    install_filezilla(windows)
    server = start_demo_server("bad-pasv-address")
    try:
        target = parse_target(f"ftp://{server.user}@{server.host}:{server.port}")
        result = probe_and_diagnose(target.with_credentials(password=server.password), ProbeOptions(timeout=3))
    finally:
        server.stop()
    state = WizardState()
    state.result = result
    page = VerdictPage(state)
    qtbot.addWidget(page)
    page.clients_env = windows.env
    page.show_result(result)
    # The programs are found on a worker: their names come with its answer.
    qtbot.waitUntil(lambda: "FileZilla [" in page.todo.text(), timeout=5000)
    todo = page.todo.text()
    assert todo.endswith("내 PC의 FTP 프로그램에서는 이렇게 표시됩니다: "
                         "인터넷 옵션 / 파일 탐색기 [수동 FTP 사용] 체크 해제, FileZilla [수동형]"), todo
    assert "다음 화면" in todo  # the wizard has a next page; the shared verdict text does not say so


def test_guide_words_are_selectable_text_with_copy_buttons_and_describe_the_picture(qtbot, qapp, linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["lftp"] = "/usr/bin/lftp"
    panel = ClientsPanel(env=linux.env)
    qtbot.addWidget(panel)
    panel.set_context("passive", "ftp.example.com")
    select(panel, "lftp")
    command = "echo 'set ftp:passive-mode on' >> ~/.lftprc"
    [view] = panel.pictures.findChildren(PictureView)
    assert view.accessibleName() == "lftp — 1단계 중 1단계"
    assert command in view.accessibleDescription()
    assert "set ftp:passive-mode/ftp.example.com on" in view.accessibleDescription()
    [words] = panel.pictures.findChildren(QLabel, "guideText")
    assert command in words.text()
    assert words.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert words.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    [field] = panel.pictures.findChildren(QLineEdit, "guideCommand")
    assert field.text() == command and field.isReadOnly()
    [copy] = panel.pictures.findChildren(QPushButton, "copyCommand")
    assert copy.text() == "복사" and command in copy.accessibleName()
    qapp.clipboard().clear()
    copy.click()
    assert qapp.clipboard().text() == command
    assert view.image.devicePixelRatio() == panel.devicePixelRatioF()


def test_windows_command_prompt_and_powershell_commands_are_copied_without_the_prompt(qtbot, qapp, windows) -> None:  # type: ignore[no-untyped-def]
    """curl's Windows pictures show "C:\\>" and "PS>" prompts; what the customer copies is the command alone,
    as on the $ terminal, or cmd would try to run "C:\\>" and PowerShell "PS>"."""
    windows.write(windows.base / "Windows/System32/curl.exe", b"MZ")
    panel = ClientsPanel(env=windows.env)
    qtbot.addWidget(panel)
    panel.set_context("active", "ftp.example.com")
    select(panel, "curl")
    # (the first program's rows are hidden and only deleted later, so only what the customer can see counts)
    commands = [f.text() for f in panel.pictures.findChildren(QLineEdit, "guideCommand") if f.isVisibleTo(panel)]
    assert 'echo ftp-port = - >>"%APPDATA%\\_curlrc"' in commands, commands
    assert "Add-Content \"$env:APPDATA\\_curlrc\" 'ftp-port = -' -Encoding ASCII" in commands, commands
    assert commands.count("curl.exe -P - ftp://ftp.example.com/") == 2  # once per Windows shell
    assert len(commands) == 6 and not [c for c in commands if c.startswith(("C:\\>", "PS>", "$"))], commands
    words = "\n".join(w.text() for w in panel.pictures.findChildren(QLabel, "guideText") if w.isVisibleTo(panel))
    assert "curl에서는 패시브 모드가 [--ftp-pasv], 액티브 모드가 [-P -]입니다." in words  # the program's own names


SHARP_AT_150 = """
import sys
from PySide6.QtWidgets import QApplication
from ftpwizard.clients.env import Environment
from ftpwizard.gui.clients.panel import ClientsPanel
from ftpwizard.gui.clients.picture_view import PictureView
app = QApplication([])
panel = ClientsPanel(env=Environment(platform="linux", home=__import__("pathlib").Path(sys.argv[1]), vars={},
                                     root=__import__("pathlib").Path(sys.argv[1]), state_dir=None))
panel.set_context("passive", "ftp.example.com")
panel.show()
app.processEvents()
view = panel.pictures.findChildren(PictureView)[0]
print(panel.devicePixelRatioF(), view.image.devicePixelRatio(), view.image.width(), view.sizeHint().width())
"""


def test_pictures_are_drawn_at_the_screens_device_pixel_ratio(tmp_path: Path) -> None:
    """At 150 % (QT_SCALE_FACTOR, as Windows' display scaling) the pictures have 1.5 pixels per logical
    pixel, so they are sharp, and keep their logical size in the layout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5"}
    out = subprocess.run([sys.executable, "-c", SHARP_AT_150, str(tmp_path)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    screen_dpr, image_dpr, pixels, logical = out.stdout.split()
    assert float(screen_dpr) == 1.5 and float(image_dpr) == 1.5
    assert int(pixels) == 1140 and int(logical) == 760


def test_internet_options_confirmation_says_every_server_changes(qtbot, windows) -> None:  # type: ignore[no-untyped-def]
    panel = ClientsPanel(env=windows.env)
    qtbot.addWidget(panel)
    panel.set_context("active", "ftp.example.com")
    select(panel, "internet-options")
    panel.choose = Choices()  # one setting for every server: nothing to choose
    panel.confirm = answers = Answers(False)
    panel.apply_button.click()
    assert "모든 서버에 설정 하나를 씁니다" in answers.asked[0] and "모든 서버의 설정이 바뀝니다" in answers.asked[0]
    assert windows.registry.get("HKCU", r"Software\Microsoft\Ftp", "Use PASV") is None  # said no: unchanged

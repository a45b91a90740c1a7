"""Every picture guide renders offscreen to PNG, in both languages, for both target modes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ftpwizard.clients.guides import load_guide, unverified, validate_guide
from ftpwizard.clients.programs import CLIENT_IDS, GUIDE_IDS, PROGRAMS
from ftpwizard.gui.clients.guide_renderer import WIDTH, render_guide, render_guide_images

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "clients"
KOREAN_UNVERIFIED_KO = "한국어 메뉴 이름은 확인되지 않았으며"
MAY_DIFFER_KO = "프로그램 버전에 따라 메뉴 이름이나 위치가 다를 수 있습니다"


def test_every_program_has_a_valid_guide() -> None:
    assert set(CLIENT_IDS) <= set(GUIDE_IDS)
    for gid in GUIDE_IDS:
        assert validate_guide(load_guide(gid)) == []


def test_validator_catches_mistakes() -> None:
    doc = dict(load_guide("filezilla"))
    doc["steps"] = [{"kind": "dialog", "title": {"ko": "x", "en": "x"},
                     "body": [{"type": "checkbox", "label": {"ko": "a", "en": "a"}, "target": True}]}]
    assert validate_guide(doc) == ["step 1: checkbox means"]
    doc["steps"] = [{"kind": "menu", "menubar": [], "open": 0, "items": [], "pick": 0}]
    assert "step 1: open" in validate_guide(doc)


@pytest.mark.parametrize("gid", GUIDE_IDS)
def test_renders_to_png_in_both_languages_and_modes(qapp, gid: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_docs = os.environ.get("FTPWIZARD_WRITE_SCREENSHOTS") == "1"
    for lang in ("ko", "en"):
        for mode in ("passive", "active", None):
            images = render_guide_images(gid, mode, lang)
            assert len(images) == len(load_guide(gid)["steps"])
            for n, image in enumerate(images, 1):
                assert image.width() == WIDTH and 120 < image.height() < 1400
                path = tmp_path / f"{gid}-{mode}-{lang}-{n}.png"
                assert image.save(str(path))
                assert QImage(str(path)).size() == image.size()
                if write_docs and mode is not None and (lang == "ko" or mode == "passive"):
                    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                    image.save(str(SCREENSHOTS / f"{gid}-{mode}-{lang}-{n}.png"))


# Programs with a setting to draw: two modes to choose from (Windows' ftp command and the VS Code
# extensions have one mode only, and their guide says so whichever mode the test recommends).
SWITCHABLE = [s.id for s in PROGRAMS if len(s.capabilities().modes) == 2]


@pytest.mark.parametrize("gid", SWITCHABLE)
def test_target_state_is_drawn_and_said(qapp, gid: str) -> None:  # type: ignore[no-untyped-def]
    passive = render_guide(gid, "passive", "ko")
    active = render_guide(gid, "active", "ko")
    # The last picture shows the setting: it must look different for the two modes.
    assert passive[-1].image != active[-1].image
    assert passive[-1].instructions != active[-1].instructions


def test_checkbox_wording_follows_the_verdict(qapp) -> None:  # type: ignore[no-untyped-def]
    passive = render_guide("internet-options", "passive", "ko")[1].instructions
    active = render_guide("internet-options", "active", "ko")[1].instructions
    label = "방화벽 및 DSL 모뎀과 호환되는 수동 FTP 사용"
    assert f"[{label}] 상자에 체크합니다(✔ 표시)." in passive
    assert f"[{label}] 상자의 체크를 해제합니다(빈 상자로)." in active
    english = render_guide("internet-options", "active", "en")[1].instructions
    assert "Untick [Use Passive FTP (for firewall and DSL modem compatibility)] (clear the tick)." in english


def test_unverified_guides_say_the_wording_may_differ(qapp) -> None:  # type: ignore[no-untyped-def]
    for gid in GUIDE_IDS:
        doc = load_guide(gid)
        for step, picture in zip(doc["steps"], render_guide(gid, "passive", "ko"), strict=True):
            says = any(MAY_DIFFER_KO in line or KOREAN_UNVERIFIED_KO in line for line in picture.instructions)
            assert says == unverified(doc, step), (gid, picture.instructions)
    assert unverified(load_guide("totalcmd")) and not unverified(load_guide("filezilla"))


def test_guides_name_the_modes_the_way_the_program_does(qapp) -> None:  # type: ignore[no-untyped-def]
    """The customer reads our word (패시브 모드) and the program's (수동형) side by side, on the picture
    that shows the control."""
    filezilla = render_guide("filezilla", "passive", "ko")
    assert "FileZilla에서는 패시브 모드가 [수동형], 액티브 모드가 [능동형]입니다." in filezilla[1].instructions
    assert not any("[수동형]" in line and "액티브" in line for line in filezilla[0].instructions)
    options = render_guide("internet-options", "active", "ko")[1].instructions
    assert any(line.startswith("인터넷 옵션") and "[수동 FTP 사용] 상자가 패시브 모드 설정입니다" in line for line in options)
    cuteftp = render_guide("cuteftp", "passive", "en")[1].instructions
    assert "In CuteFTP, passive mode is called [PASV] and active mode [PORT]." in cuteftp
    for gid in GUIDE_IDS:
        doc = load_guide(gid)
        # One-mode programs have nothing to name; Xftp's labels were not seen on a real install yet.
        assert ("mode_labels" in doc) == (gid in SWITCHABLE and gid != "xftp"), gid


def test_korean_unverified_programs_show_the_english_label_too(qapp) -> None:  # type: ignore[no-untyped-def]
    for gid in ("totalcmd", "cyberduck"):
        lines = [line for picture in render_guide(gid, "passive", "ko") for line in picture.instructions]
        assert any(KOREAN_UNVERIFIED_KO in line for line in lines), gid
        assert not any(MAY_DIFFER_KO in line for line in lines), gid
    totalcmd = render_guide("totalcmd", "passive", "ko")[2].instructions
    assert any("Use passive mode for transfers" in line and "체크합니다" in line for line in totalcmd)


def test_example_site_names_read_as_examples(qapp) -> None:  # type: ignore[no-untyped-def]
    winscp = render_guide("winscp", "passive", "ko")[0].instructions
    assert "왼쪽 목록에서 이 서버에 접속할 때 쓰는 사이트를 고릅니다(그림에서는 [내 홈페이지])." in winscp


def test_filezilla_korean_steps(qapp) -> None:  # type: ignore[no-untyped-def]
    pictures = render_guide("filezilla", "passive", "ko")
    assert pictures[0].instructions == ["[편집(E)] 메뉴를 누릅니다.", "메뉴에서 [설정(S)...] 항목을 누릅니다."]
    assert "[수동형(S) (권장)] 항목을 선택합니다." in pictures[1].instructions
    assert any("사이트 관리자에 저장한 사이트로 접속할 때만 필요합니다" in line for line in pictures[3].instructions)


@pytest.mark.parametrize(("mode", "word"), [("passive", "on"), ("active", "off")])
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_lftp_per_server_example_follows_the_recommended_mode(qapp, mode: str, word: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    lines = render_guide("lftp", mode, lang)[-1].instructions
    examples = [line for line in lines if "ftp:passive-mode/ftp.example.com" in line]
    assert examples and all(f"ftp:passive-mode/ftp.example.com {word}" in line for line in examples), lines


def test_pictures_drawn_for_a_150_percent_screen_are_sharp_and_say_the_same(qapp) -> None:  # type: ignore[no-untyped-def]
    for gid in GUIDE_IDS:
        plain, sharp = render_guide(gid, "active", "ko"), render_guide(gid, "active", "ko", dpr=1.5)
        for one, finer in zip(plain, sharp, strict=True):
            assert finer.image.devicePixelRatio() == 1.5 and finer.image.width() == round(WIDTH * 1.5)
            assert finer.image.deviceIndependentSize().width() == WIDTH
            assert abs(finer.image.deviceIndependentSize().height() - one.image.height()) <= 1
            assert finer.words == one.words


def test_the_guide_words_need_no_qt(tmp_path: Path) -> None:
    """The words are a Qt-free model (the panel's text, the renderer's drawing and later layouts share it)."""
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "from ftpwizard.clients.guides import guide_text\n"
            "print(guide_text('lftp', 'active', 'en')[0].plain())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Type this command and press Enter: echo 'set ftp:passive-mode off' >> ~/.lftprc" in out.stdout
    assert "set ftp:passive-mode/ftp.example.com off" in out.stdout

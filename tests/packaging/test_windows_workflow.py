""".github/workflows/windows.yml, checked offline on Linux before any Windows runner ever runs it.

zizmor (a PyPI wheel with its binary inside, installed by scripts/setup.sh test) validates the file against
GitHub's workflow schema and audits it (pinned actions, no persisted credentials, no template injection).
It is part of the test extras, so it is never skipped: a missing zizmor is a failed set-up.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


@pytest.fixture(scope="module")
def zizmor() -> str:
    beside_python = Path(sys.executable).with_name("zizmor.exe" if sys.platform == "win32" else "zizmor")
    found = str(beside_python) if beside_python.exists() else shutil.which("zizmor")
    assert found, "zizmor is missing: `bash scripts/setup.sh test` installs it (pyproject.toml, test extras)"
    return found


def _zizmor(zizmor: str, path: Path) -> subprocess.CompletedProcess[str]:
    # --offline: no GitHub API calls (the tests run without network); every offline audit still runs.
    return subprocess.run([zizmor, "--offline", "--no-progress", "--persona", "pedantic", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_the_workflow_is_valid_and_has_no_findings(zizmor: str) -> None:
    proc = _zizmor(zizmor, WORKFLOW)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No findings to report" in proc.stdout, proc.stdout


@pytest.mark.parametrize(
    ("broken", "change"),
    [
        ("a misspelt key", ("runs-on:", "runs_on:")),
        ("a number that is not one", ("timeout-minutes: 60", "timeout-minutes: sixty")),
        ("an action pinned only to a tag", ("@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f", "@v7")),
    ],
)
def test_the_check_rejects_a_broken_copy(zizmor: str, tmp_path: Path, broken: str, change: tuple[str, str]) -> None:
    """The check above can fail: the same file with one mistake is refused."""
    text = WORKFLOW.read_text(encoding="utf-8")
    assert change[0] in text
    copy = tmp_path / "windows.yml"
    copy.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    assert _zizmor(zizmor, copy).returncode != 0, f"zizmor accepted {broken}"


def _steps() -> list[str]:
    """The workflow's steps as text blocks (each from its `- ` line to the next)."""
    text = WORKFLOW.read_text(encoding="utf-8")
    steps_part = text.split("\n    steps:\n", 1)[1]
    return [block for block in re.split(r"\n(?=      - )", steps_part) if block.strip()]


def test_the_workflow_builds_checks_signs_and_uploads_in_that_order() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"^\s+runs-on: windows-latest$", text, re.M)
    assert re.search(r'^\s+python-version: "3\.11"$', text, re.M)
    steps = _steps()

    def index(pattern: str) -> int:
        found = [i for i, block in enumerate(steps) if re.search(pattern, block)]
        assert found, f"no step matches {pattern!r}"
        return found[0]

    inno = index(r"ISCC\.exe")
    build = index(r"run: python installer/build\.py --mode both --installer$")
    self_test = index(r"ftpwizard-cli\.exe --self-test")
    probe = index(r'& \$cli probe "ftp://demo@127\.0\.0\.1:2121" --json')
    sign = index(r"signtool")
    upload = index(r"uses: actions/upload-artifact@")
    assert inno < build < self_test < probe < sign < upload
    # The frozen probe runs against the frozen demo server, started from the same bundle.
    assert '-ArgumentList "demo-server"' in steps[probe] and "$cli = \"dist\\ftpwizard\\ftpwizard-cli.exe\"" in steps[probe]
    # Signing is optional: skipped without the certificate secret, and the .pfx never outlives the step.
    assert "if: env.HAVE_SIGNING_CERTIFICATE == 'true'" in steps[sign]
    assert "secrets.WINDOWS_SIGNING_CERTIFICATE != ''" in text
    assert "Remove-Item $pfx" in steps[sign]
    for artifact in ("dist/ftpwizard/", "dist/ftpwizard-portable.exe", "dist/installer/*.exe"):
        assert artifact in steps[upload]


def test_the_installer_readme_explains_the_workflow_and_smartscreen() -> None:
    readme = (ROOT / "installer" / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Windows build workflow", 1)
    assert len(section) == 2, "installer/README.md has no 'Windows build workflow' section"
    body = section[1].split("\n## ", 1)[0]
    assert ".github/workflows/windows.yml" in body and "SmartScreen" in body and "WINDOWS_SIGNING_CERTIFICATE" in body

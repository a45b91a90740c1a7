"""`ftpwizard probe TARGET --report PATH` in a real subprocess, with Qt made impossible to import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from report_fixtures import PASSWORD, demo, demo_server

ROOT = Path(__file__).resolve().parents[2]
# Runs the real command line; any attempt to import PySide6 fails loudly, and the end checks sys.modules.
RUNNER = r"""
import sys, runpy

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt must not be imported on the command-line path: " + name)
        return None

sys.meta_path.insert(0, NoQt())
sys.argv = ["ftpwizard"] + sys.argv[1:]
code = 0
try:
    runpy.run_module("ftpwizard", run_name="__main__")
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else 1
loaded = sorted(m for m in sys.modules if m.startswith("PySide6"))
sys.stderr.write("QT-MODULES:" + ",".join(loaded) + "\n")
sys.exit(code)
"""


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-W", "ignore::DeprecationWarning", "-c", RUNNER, *args],
        input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture(scope="module")
def server():
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(demo, "DEMO_PASSWORD", PASSWORD)
        with demo_server("client-nat") as running:
            yield running


@pytest.mark.parametrize("name", ["out.html", "out.txt", "out.json"])
def test_probe_writes_the_report_without_qt(server, tmp_path, name):
    path = tmp_path / name
    proc = _run(["probe", f"{server.host}:{server.port}", "--user", "demo", "--password-stdin",
                 "--timeout", "3", "--lang", "en", "--report", str(path)])
    assert proc.returncode == 0, proc.stderr  # passive works: exit 0
    assert "QT-MODULES:\n" in proc.stderr
    content = path.read_text(encoding="utf-8")
    assert "Use passive mode: your PC is behind a router" in content
    assert PASSWORD not in content and PASSWORD not in proc.stdout and PASSWORD not in proc.stderr
    if name.endswith(".json"):
        data = json.loads(content)
        assert data["verdict"]["code"] == "active_rejected_nat"
        assert data["environment"]["ftpwizard_version"]
    if name.endswith(".html"):
        assert content.count("<svg") == 2


def test_a_bad_report_path_is_a_message_and_keeps_the_exit_code(server, tmp_path):
    path = tmp_path / "no-such-folder" / "out.html"
    proc = _run(["probe", f"{server.host}:{server.port}", "--user", "demo", "--password-stdin",
                 "--timeout", "3", "--lang", "en", "--report", str(path)])
    assert proc.returncode == 0
    assert f"ftpwizard probe: cannot write the report '{path}': the folder '{path.parent}' does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "Verdict: Use passive mode" in proc.stdout  # the result itself is still printed
    assert not path.parent.exists()

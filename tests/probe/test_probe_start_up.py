"""`ftpwizard probe` starts lean (issue 2: at most 1.5x a bare ftplib script, see benchmarks/probe_speed.py).

The figures live in the benchmark; these tests hold the causes in place: which modules the command loads,
and that the quick reading of the command line agrees with argparse on every command line it accepts.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from probe_servers import PASSWORD

from ftpwizard.commands.probe import _parse_plain, build_parser, parse_args
from ftpwizard.core.probe.engine import local_iso_timestamp

ROOT = Path(__file__).resolve().parents[2]

# Each of these cost the start-up a millisecond or more and is not needed to probe and print JSON:
# Qt above all; typing, dataclasses (+inspect), argparse (+gettext, shutil), datetime; xml and pathlib
# (the Korean catalogue, read only for --lang ko).
HEAVY = ("PySide6", "shiboken6", "typing", "dataclasses", "inspect", "argparse", "gettext", "shutil", "datetime",
         "xml", "pathlib", "string", "encodings.cp949")

# Only what the command adds counts: the interpreter may load more before it (an editable install's
# import hook brings pathlib), and a bare ftplib script pays for that too. Two lists: what was loaded when
# the probe had its verdict (start-up and probe), and at the end (with the FTP programs' outcome, which is
# judged after the probe and loads the clients package; --no-programs skips it).
PROBE_AND_LIST_MODULES = """
import sys
before = set(sys.modules)
import ftpwizard.commands.probe as command
from ftpwizard.commands.main import main
probe_and_diagnose = command.probe_and_diagnose
at_verdict = []
def watched(*args, **kwargs):
    result = probe_and_diagnose(*args, **kwargs)
    at_verdict.append(set(sys.modules))
    return result
command.probe_and_diagnose = watched
code = main(["probe", sys.argv[1], "--json", *sys.argv[2:]])
print(" ".join(sorted(at_verdict[0] - before)), file=sys.stderr)
print(" ".join(sorted(set(sys.modules) - before)), file=sys.stderr)
sys.exit(code)
"""


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY)


@pytest.mark.parametrize("programs", [True, False], ids=["programs", "no-programs"])
def test_the_probe_command_loads_none_of_the_heavy_modules(ftp_server: Any, programs: bool) -> None:
    server = ftp_server()
    env = dict(os.environ, PYTHONPATH=str(ROOT), FTPWIZARD_PASSWORD=PASSWORD, LANG="C.UTF-8")
    extra = [] if programs else ["--no-programs"]
    proc = subprocess.run([sys.executable, "-c", PROBE_AND_LIST_MODULES, server.url(), *extra],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["verdict"]["code"] == "both_ok"
    at_verdict, at_end = (set(line.split()) for line in proc.stderr.splitlines()[-2:])
    assert {"ftpwizard.core.probe.engine", "ftplib", "json"} <= at_verdict  # the list is real
    assert _heavy(at_verdict) == []  # start-up and probe: lean either way
    if programs:  # the programs are judged after the probe, never before it
        assert "programs" in data and "ftpwizard.clients.detect" in at_end - at_verdict
    else:
        assert "programs" not in data
        assert _heavy(at_end) == [] and not any(m.startswith("ftpwizard.clients") for m in at_end)


# ---------------------------------------------------------------- the quick reading of the command line


def test_the_usual_command_lines_are_read_without_argparse() -> None:
    args = _parse_plain(["ftp://demo@host:2121", "--mode", "passive", "--json", "-u", "kim", "--timeout", "3",
                         "--tls", "explicit", "--lang", "ko", "--report", "r.html", "--password-stdin",
                         "--accept-certificate", "AB:CD"])
    assert args is not None
    assert vars(args) == {"target": "ftp://demo@host:2121", "user": "kim", "password_stdin": True,
                          "mode": "passive", "tls": "explicit", "timeout": 3.0, "accept_certificate": "AB:CD",
                          "json": True, "report": "r.html", "lang": "ko", "no_programs": False}


@pytest.mark.parametrize("argv", [
    [],  # no target
    ["--help"],
    ["host", "--json=yes"],
    ["host", "--mod", "active"],  # an abbreviation: argparse's to accept
    ["host", "--mode", "sideways"],
    ["host", "--timeout", "soon"],
    ["host", "--timeout", "-5"],
    ["host", "--user"],
    ["host", "--user", "--json"],
    ["host", "other-host"],
    ["--", "host"],
    ["-host"],
])
def test_anything_unusual_is_left_to_argparse(argv: list[str]) -> None:
    assert _parse_plain(argv) is None


def test_argparse_still_gives_help_and_clear_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as help_exit:
        parse_args(["--help"])
    assert help_exit.value.code == 0
    assert "--password-stdin" in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad:
        parse_args(["host", "--mode", "sideways"])
    assert bad.value.code == 64
    assert "invalid choice: 'sideways'" in capsys.readouterr().err


TOKENS = st.sampled_from([
    "--user", "-u", "--password-stdin", "--mode", "--tls", "--timeout", "--accept-certificate", "--json", "--no-programs",
    "--report", "--lang", "--help", "--jso", "--", "-", "-5", "-x", "--user=kim", "active", "passive", "both",
    "none", "explicit", "implicit", "ko", "en", "3", "0.5", "1e3", " 7 ", "nan", "inf", "1_0", "", "host",
    "ftp://u@h:21/p", "한국.kr", "kim", "AB:CD",
])


def _same(a: object, b: object) -> bool:
    return (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b)) or a == b


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(TOKENS, st.text(max_size=6)), max_size=8))
def test_the_quick_reading_agrees_with_argparse(argv: list[str]) -> None:
    quick = _parse_plain(argv)
    if quick is None:
        return
    full = vars(build_parser().parse_args(argv))  # must not exit: the quick reading accepted this line
    assert full.keys() == vars(quick).keys()
    assert all(_same(full[k], v) for k, v in vars(quick).items()), (argv, full, vars(quick))


def test_the_start_time_is_written_as_datetime_would() -> None:
    import datetime

    now = time.time()
    expected = datetime.datetime.fromtimestamp(int(now)).astimezone().isoformat(timespec="seconds")
    assert local_iso_timestamp(int(now)) == expected

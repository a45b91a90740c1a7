"""How the probe runs its steps and waits (ftpwizard/core/probe/steps.py, cancel.Deadline).

- Whatever a step meets while talking to a server (``STEP_ERRORS``) fails that step with a kind and is
  diagnosed, never the "internal error" path: here ``putline`` refusing a line with a CR in it, which a
  user reaches by typing a folder with a line break into the address (``ftp://host/a<CR>b``).
- No wait in the probe loops on its own: every blocking call that waits sits in a ``for`` over
  ``Deadline.slices(cancel)``, the one loop that checks the cancel token (a structural check of the source).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest
from probe_servers import PASSWORD, USER

from ftpwizard.commands.main import main
from ftpwizard.core.probe.model import ErrorKind

ROOT = Path(__file__).resolve().parents[2]
PROBE_SOURCES = sorted((ROOT / "ftpwizard" / "core" / "probe").glob("*.py")) + [ROOT / "ftpwizard" / "commands" / "probe.py"]


# ---------------------------------------------------------------- a ValueError is a step failure


@pytest.mark.parametrize(("mode", "step"), [("passive", 4), ("active", 3)])
def test_a_line_the_probe_cannot_send_fails_its_step_not_the_probe(
    ftp_server: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, mode: str, step: int
) -> None:
    server = ftp_server()
    monkeypatch.setenv("FTPWIZARD_PASSWORD", PASSWORD)
    url = f"ftp://{USER}@{server.host}:{server.port}/pub\rDELE x"  # LIST would carry the CR: putline refuses

    code = main(["probe", url, "--mode", mode, "--json"])

    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["control"]["ok"] is True
    failed = data["modes"][mode]
    assert failed["failed_step"] == step
    assert failed["steps"][step - 1]["error"] == ErrorKind.PROTOCOL.value
    assert not any("internal error" in line["line"] for line in data["transcript"])
    assert not any(line["line"].startswith("DELE") for line in data["transcript"])  # nothing was sent
    assert code != 0 and "Traceback" not in err and PASSWORD not in out + err


# ---------------------------------------------------------------- every wait goes through Deadline

# The primitives that block until something happens or their timeout passes. ``join``/``wait`` count when
# given a time (Thread.join(s), Event.wait(s)); a string's join and the Aside's keyword-only wait/result,
# which wait through Deadline themselves, do not.
BLOCKING = {"select", "recv", "accept", "do_handshake", "getaddrinfo", "join", "wait"}
# Functions whose blocking call does not wait, with the reason.
NOT_WAITING = {
    ("cancel.py", "CancelToken.wait"),  # Event.wait(seconds): the one-shot wait a Deadline slice is made of
    ("addresses.py", "local_addresses"),  # the machine's own addresses: no server is involved
}


def _calls(node: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(node) if isinstance(n, ast.Call)]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _is_deadline_loop(node: ast.AST) -> bool:
    return isinstance(node, ast.For) and any(_name(c) == "slices" for c in _calls(node.iter))


def _functions(tree: ast.Module) -> list[tuple[str, ast.FunctionDef]]:
    found: list[tuple[str, ast.FunctionDef]] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found.append((node.name, node))
        elif isinstance(node, ast.ClassDef):
            found += [(f"{node.name}.{f.name}", f) for f in node.body if isinstance(f, ast.FunctionDef)]
    return found


def _is_blocking(call: ast.Call) -> bool:
    name = _name(call)
    if name in ("join", "wait"):
        receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
        return bool(call.args) and not isinstance(receiver, ast.Constant)
    return name in BLOCKING


def _unguarded_waits(source: Path) -> list[str]:
    """Blocking calls outside a ``for ... in deadline.slices(...)`` loop (or a function run aside), and loops
    that wait by themselves."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    problems = []
    for qualname, function in _functions(tree):
        if (source.name, qualname) in NOT_WAITING:
            continue
        guarded = {id(c) for loop in ast.walk(function) if _is_deadline_loop(loop) for c in _calls(loop)}
        guarded |= {id(c) for aside in _calls(function) if _name(aside) == "run_aside" for c in _calls(aside)}
        for call in _calls(function):
            if _is_blocking(call) and id(call) not in guarded:
                problems.append(f"{source.name}:{call.lineno} {qualname}: {_name(call)}() outside Deadline.slices")
        for loop in ast.walk(function):
            if isinstance(loop, ast.While) and any(_is_blocking(c) for c in _calls(loop)):
                problems.append(f"{source.name}:{loop.lineno} {qualname}: a while loop that waits by itself")
    return problems


def test_every_wait_in_the_probe_goes_through_deadline_slices() -> None:
    problems = [p for source in PROBE_SOURCES for p in _unguarded_waits(source)]
    assert problems == []


def test_only_the_deadline_knows_the_poll_slice() -> None:
    users = [s.name for s in PROBE_SOURCES if "POLL_SLICE_S" in s.read_text(encoding="utf-8")]
    assert users == ["cancel.py"]


def test_every_thread_of_the_probe_is_run_aside() -> None:
    """A thread started by hand would need its own join loop: they all go through steps.run_aside."""
    users = [s.name for s in PROBE_SOURCES if "Thread(" in s.read_text(encoding="utf-8")]
    assert users == ["steps.py"]


def test_the_structural_check_finds_a_hand_written_wait(tmp_path: Path) -> None:
    wait_loop = tmp_path / "bad.py"
    wait_loop.write_text(
        "import select, time\n"
        "def wait_reply(sock, deadline, cancel):\n"
        "    while time.monotonic() < deadline:\n"
        "        if select.select([sock], [], [], 0.05)[0]:\n"
        "            return sock.recv(4096)\n"
        "def join_worker(worker, cancel):\n"
        "    for wait_s in Deadline(None).slices(cancel):\n"
        "        worker.join(wait_s)\n"
        "    worker.join(2.0)\n"
        "    return ', '.join(['a', 'b'])\n",
        encoding="utf-8",
    )
    problems = _unguarded_waits(wait_loop)
    # select and recv outside a Deadline loop, the while loop itself, and the join after the Deadline loop
    assert [p.split(" ", 1)[0] for p in problems] == ["bad.py:4", "bad.py:5", "bad.py:3", "bad.py:9"]

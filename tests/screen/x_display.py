"""A real X server for one test: Xvfb at a laptop's screen size, with the Openbox window manager drawing
title bars and keeping a "taskbar" strip free (its margins shrink the work area, _NET_WORKAREA, the way a
Windows taskbar does), so the window meets the screen the way it does on a customer's PC.

Both processes are started here and stopped when the context ends: nothing is left running. The display
number is the first free one from $FTPWIZARD_XVFB_FIRST_DISPLAY (default 50) up.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

START_TIMEOUT_S = 30.0
TASKBAR_LOGICAL = 40  # a Windows taskbar: 40 px at 100 %, scaled with the rest
WALK_CHILD = Path(__file__).resolve().parent / "walk_child.py"

OPENBOX_RC = """<?xml version="1.0" encoding="UTF-8"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <margins><top>0</top><bottom>{taskbar}</bottom><left>0</left><right>0</right></margins>
  <placement><policy>Smart</policy><center>yes</center></placement>
</openbox_config>
"""


def missing_tools() -> list[str]:
    return [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]


def _read_line(fd: int, what: str) -> str:
    """One line from ``fd`` once the process writes it; fails after START_TIMEOUT_S."""
    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], START_TIMEOUT_S)
        if not ready:
            raise RuntimeError(f"{what} did not start within {START_TIMEOUT_S:.0f} s")
        chunk = os.read(fd, 64)
        if not chunk:
            raise RuntimeError(f"{what} exited before it was ready")
        data += chunk
    return data.decode().strip()


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on the first free display number from $FTPWIZARD_XVFB_FIRST_DISPLAY up (-displayfd: when ready).
    Not from :0, which a developer's own screen or another tool may be about to take."""
    first = int(os.environ.get("FTPWIZARD_XVFB_FIRST_DISPLAY", "50"))
    for number in range(first, first + 100):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", f":{number}", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        try:
            return xvfb, ":" + _read_line(read_fd, "Xvfb")
        except RuntimeError:
            _stop(xvfb)  # taken meanwhile by someone else: try the next number
        finally:
            os.close(read_fd)
    raise RuntimeError(f"no free X display number in :{first}..:{first + 99}")


@contextlib.contextmanager
def x_display(width: int, height: int, taskbar_px: int) -> Iterator[str]:
    """Yields the DISPLAY (":N") of a running Xvfb + Openbox; ``taskbar_px`` is kept free at the bottom."""
    with tempfile.TemporaryDirectory(prefix="ftpwizard-x-") as tmp:
        xvfb, display = _start_xvfb(width, height)
        openbox = None
        try:
            rc = Path(tmp, "rc.xml")
            rc.write_text(OPENBOX_RC.format(taskbar=taskbar_px), encoding="utf-8")
            ready = Path(tmp, "ready")
            os.mkfifo(ready)
            env = {**os.environ, "DISPLAY": display, "XDG_CACHE_HOME": tmp, "XDG_CONFIG_HOME": tmp}
            # --startup runs once Openbox manages the screen (work area set): it says so through the FIFO.
            openbox = subprocess.Popen(
                ["openbox", "--config-file", str(rc), "--startup", f"sh -c 'echo ready > {ready}'"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            fifo = os.open(ready, os.O_RDONLY | os.O_NONBLOCK)
            try:
                _read_line(fifo, "Openbox")
            finally:
                os.close(fifo)
            yield display
        finally:
            if openbox is not None:
                _stop(openbox)
            _stop(xvfb)


def walk_program(out: Path, width: int, height: int, scale: float, lang: str = "ko", shots: str = "",
                 home: Path | None = None, minimum: bool = False) -> subprocess.CompletedProcess[str]:
    """Start the program (fresh settings) on its own X server at ``width`` x ``height`` with Windows-like
    ``scale`` and walk every page (walk_child.py): ``out`` gets pages.json, the PNGs named in ``shots``, or
    error.txt. ``minimum``: the window is first made as small as it allows."""
    with contextlib.ExitStack() as stack:
        if home is None:
            home = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ftpwizard-home-")))
        display = stack.enter_context(x_display(width, height, taskbar_px=round(TASKBAR_LOGICAL * scale)))
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_SCALE_FACTOR": str(scale),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "FTPWIZARD_LOG_DIR": str(home / "log"),
        }
        command = [sys.executable, str(WALK_CHILD), str(out), "--shots", shots]
        command += ["--minimum"] if minimum else []
        command += ["--", "--lang", lang]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)

"""The `ftpwizard` command: the wizard by default; `probe`, `clients` and `demo-server` subcommands.

Subcommands import only what they need: `ftpwizard probe` must start without loading Qt.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def _listen_port(text: str) -> int:
    """--port: 0 (any free port) to 65535; argparse turns the ValueError into one line and exit 64."""
    port = int(text)  # a non-number is argparse's "invalid _listen_port value"
    if not 0 <= port <= 65535:
        raise ValueError(text)
    return port


_listen_port.__name__ = "port"  # argparse names the type in its message: "invalid port value: '65536'"


class _Terminated(Exception):
    """SIGTERM (a service manager, `kill`, closing the console window on Windows): stop like Ctrl+C."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated()


def _demo_server(argv: list[str]) -> int:
    import argparse
    import signal
    import threading

    from ftpwizard.demo.scenarios import SCENARIOS

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> Any:  # bad arguments exit 64 (EX_USAGE), like `probe`
            self.exit(64, f"{self.prog}: error: {message} (the port is 1 to 65535, or 0 for any free port)\n"
                      if "--port" in message else f"{self.prog}: error: {message}\n")

    parser = Parser(prog="ftpwizard demo-server", description="Run the built-in demo FTP server.")
    parser.add_argument("--scenario", choices=SCENARIOS, default="healthy")
    parser.add_argument("--port", type=_listen_port, default=2121,
                        help="1 to 65535, or 0 for any free port (default 2121)")
    args = parser.parse_args(argv)
    from ftpwizard.demo.server import start_demo_server  # after the arguments: pyftpdlib only to serve

    try:
        server = start_demo_server(args.scenario, port=args.port)
    except OSError as exc:
        print(f"ftpwizard demo-server: cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    # Stopped by SIGTERM as by Ctrl+C: the sample folder in the temporary folder is removed either way.
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        print(f"Demo server ({args.scenario}) on ftp://{server.host}:{server.port}  user {server.user} / password "
              f"{server.password} (or anonymous). Ctrl+C stops it.", flush=True)
        threading.Event().wait()
    except (KeyboardInterrupt, _Terminated):
        pass
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
    return 0


def main(argv: list[str] | None = None) -> int:
    from ftpwizard.commands.console import (
        OutputError,
        flush_standard_output,
        output_failed,
        prepare_standard_streams,
    )

    prepare_standard_streams()
    args = sys.argv[1:] if argv is None else list(argv)
    command = args[0] if args else ""
    try:
        code = _run_command(command, args)
        flush_standard_output()
    except (OutputError, BrokenPipeError) as exc:  # a full disk or a closed pipe: one line, exit 74
        return output_failed(f"ftpwizard {command}" if command in COMMANDS else "ftpwizard", exc)
    except KeyboardInterrupt:  # Ctrl+C anywhere else than a probe (which cancels itself): no traceback
        return 130
    return code


COMMANDS = ("probe", "demo-server", "clients")


def _run_command(command: str, args: list[str]) -> int:
    if command == "probe":
        from ftpwizard.commands.probe import run

        return run(args[1:])
    if command == "demo-server":
        return _demo_server(args[1:])
    if command == "clients":
        from ftpwizard.commands.clients import run_clients_command

        return run_clients_command(args[1:], sys.stdout, sys.stderr)
    from ftpwizard.gui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())

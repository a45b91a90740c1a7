"""pyftpdlib as a lab daemon: started by lab_daemons.py inside the server namespace, in the foreground.

The password comes from the environment (FTPLAB_PASSWORD), never from the command line.
"""

from __future__ import annotations

import argparse
import os

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import FTPServer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=21)
    parser.add_argument("--user", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--pasv-address", required=True)
    parser.add_argument("--pasv-ports", required=True, help="first:last")
    args = parser.parse_args()

    authorizer = DummyAuthorizer()
    authorizer.add_user(args.user, os.environ["FTPLAB_PASSWORD"], args.root, perm="elr")

    first, last = (int(p) for p in args.pasv_ports.split(":"))
    handler = FTPHandler
    handler.authorizer = authorizer
    handler.masquerade_address = args.pasv_address
    handler.passive_ports = list(range(first, last + 1))
    handler.banner = "ftplab pyftpdlib ready."

    server = FTPServer(("0.0.0.0", args.port), handler)
    server.serve_forever()


if __name__ == "__main__":
    main()

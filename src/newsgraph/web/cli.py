"""``newsgraph serve``: the web UI over a corpus store, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import argparse
import ipaddress
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The store, host and port."""
    parser.add_argument("--db", required=True, help="The SQLite corpus store (opened read-only).")
    parser.add_argument("--host", default="127.0.0.1", help="Interface to bind (default 127.0.0.1: this machine only).")
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000; 0 picks a free one).")


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; 2 when the store is missing."""
    import uvicorn

    from newsgraph.web.app import create_app

    try:
        app = create_app(args.db)
    except FileNotFoundError as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return 2
    if not is_loopback(args.host):
        print(f"newsgraph: warning: serving on {args.host}, reachable from other machines; the app has no "
              "authentication and shows the whole corpus", file=sys.stderr)
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="warning")
    listening = config.bind_socket()  # bound first, so that --port 0 can say which port it got
    listening.listen(config.backlog)  # and listening: a client that connects at once waits for the app to start
    host, port = listening.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"newsgraph: serving {args.db} read-only at http://{shown}:{port}/ (Ctrl-C stops)", file=sys.stderr)
    uvicorn.Server(config).run(sockets=[listening])
    return 0

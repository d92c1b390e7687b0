"""``byline serve``: the same app in a web browser, through textual-serve.

Each browser tab starts its own ``byline`` process. The server listens on 127.0.0.1 unless told
otherwise: the app reads the user's files, so it must not be open to the network by accident.
From another machine, tunnel it over SSH instead (see the README). Only the address it prints,
with a secret for the run, opens the app (``serve_guard``).
"""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
EPILOG = """\
From another machine, keep the server on 127.0.0.1 and tunnel to it over SSH:
  ssh -L 8000:127.0.0.1:8000 you@server 'byline serve'
then open the address it prints (http://127.0.0.1:8000/?token=...) on your own machine: the
token is a secret for this run. With a different local port (ssh -L 9000:127.0.0.1:8000 ...),
tell the server: byline serve --public-url http://127.0.0.1:9000
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``byline serve``."""
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or folders to browse (default: the seed corpus)")
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--public-url", metavar="URL",
                        help="the address the browser uses, when it differs (e.g. a tunnel to another port)")
    parser.add_argument("--index", metavar="DIR", help="index folder")
    parser.add_argument("--config", metavar="FILE", help="config file")
    parser.add_argument("--ansi", action="store_true", help=argparse.SUPPRESS)  # a browser has no palette
    parser.add_argument("--no-mouse", action="store_true", help=argparse.SUPPRESS)


def app_command(args: argparse.Namespace) -> str:
    """The shell command that starts one browser session's ``byline``."""
    argv = [sys.executable, "-m", "tui.cli"]
    if getattr(args, "index", None):
        argv += ["--index", str(Path(args.index).expanduser().resolve())]
    if getattr(args, "config", None):
        argv += ["--config", str(Path(args.config).expanduser().resolve())]
    # Absolute paths: the served process must open the same corpus whatever its working folder.
    argv += [str(Path(p).expanduser().resolve()) for p in getattr(args, "paths", [])]
    return shlex.join(argv)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_serve(args: argparse.Namespace) -> int:
    """``byline serve [--host 127.0.0.1] [--port 8000] [--public-url URL] [PATH ...]``."""
    missing = [p for p in getattr(args, "paths", []) if not Path(p).expanduser().exists()]
    if missing:
        print(f"byline: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    if not 0 < args.port < 65536:
        print(f"byline serve: {args.port} is not a port number", file=sys.stderr)
        return 2
    try:
        from .serve_guard import GuardedServer, new_token
    except ImportError:
        print("byline serve needs textual-serve: pip install textual-serve", file=sys.stderr)
        return 1
    if not is_loopback(args.host):
        print(f"byline serve: listening on {args.host}: anyone who can reach it can read your articles "
              f"through byline. An SSH tunnel to 127.0.0.1 is safer.", file=sys.stderr)
    public_url = getattr(args, "public_url", None)
    server = GuardedServer(app_command(args), token=new_token(), host=args.host, port=args.port, title="byline",
                           public_url=public_url.rstrip("/") if public_url else None)
    try:
        server.serve()
    except OSError as e:
        print(f"byline serve: cannot listen on {args.host}:{args.port}: {e.strerror or e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="byline serve", description="Serve byline in a web browser.",
                                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser)
    return cmd_serve(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())

"""textual-serve with a door: only the page ``byline serve`` printed may drive byline.

A WebSocket is not bound by the same-origin policy: any web page the user visits could open
one to 127.0.0.1 and search and read their articles, and a page on a domain that resolves to
127.0.0.1 (DNS rebinding) could load the app as its own. So every request must name this
server in its Host header (an IP address, ``localhost`` or the public URL's host: never some
other domain), a browser's Origin must be this server, and the page and its WebSocket need a
secret made for this run and printed with the address, as Jupyter does, so that another user
of the machine cannot connect either.
"""

from __future__ import annotations

import ipaddress
import secrets
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server

REFUSED = ("byline serve: open the address byline serve printed; it holds a secret for this run, "
           "and this request did not")


def new_token() -> str:
    return secrets.token_urlsafe(24)


def _split(netloc: str, default_port: int) -> tuple[str, int] | None:
    try:
        parts = urlsplit(f"//{netloc}")
        return (parts.hostname or "").lower(), parts.port or default_port
    except ValueError:  # a port that is not a number, an unclosed [
        return None


def _is_address(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class GuardedServer(Server):
    """textual-serve's server, its page and WebSocket behind the checks above."""

    def __init__(self, command: str, *, token: str, **kwargs) -> None:
        super().__init__(command, **kwargs)
        self.token = token
        public = urlsplit(self.public_url)
        # A Host header without a port means the scheme's own, as in the public URL.
        self.default_port = 443 if public.scheme == "https" else 80
        self.public_host = ((public.hostname or "").lower(), public.port or self.default_port)

    @property
    def url(self) -> str:
        """The address to open: the page, with this run's secret."""
        return f"{self.public_url}/?token={self.token}"

    def host_ok(self, netloc: str) -> bool:
        """Whether a Host header (or an Origin's host) names this server."""
        found = _split(netloc, self.default_port)
        if found is None:
            return False
        if found == self.public_host:
            return True
        host, port = found
        # An address typed as such cannot be rebound by DNS; a name other than ours can.
        return _is_address(host) and port in (self.port, self.public_host[1])

    def origin_ok(self, origin: str | None) -> bool:
        if origin is None:  # not a browser: only the secret tells the owner from anyone else
            return True
        parts = urlsplit(origin)
        return parts.scheme in ("http", "https") and self.host_ok(parts.netloc)

    def token_ok(self, given: str | None) -> bool:
        return given is not None and secrets.compare_digest(given.encode(), self.token.encode())

    @web.middleware
    async def guard(self, request: web.Request, handler):
        if not self.host_ok(request.host) or not self.origin_ok(request.headers.get("Origin")):
            return web.Response(status=403, text=REFUSED)
        path = request.path
        if path == "/" and not self.token_ok(request.query.get("token")):
            return web.Response(status=403, text=REFUSED)
        if path.startswith("/ws") and not self.token_ok(path.removeprefix("/ws/")):
            return web.Response(status=403, text=REFUSED)
        return await handler(request)

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self.guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes([
            web.get("/", self.handle_index, name="index"),
            # The secret in the path: the page's script appends "?width=…" to this address.
            web.get(f"/ws/{self.token}", self.handle_websocket, name="websocket"),
            web.get("/download/{key}", self.handle_download, name="download"),
            web.static("/static", self.statics_path, name="static"),
        ])
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    async def on_startup(self, app: web.Application) -> None:
        print(f"byline serve: open {self.url}\nPress Ctrl+C to stop.", flush=True)

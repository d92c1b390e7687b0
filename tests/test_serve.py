import argparse
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tui.serve import add_arguments, app_command, is_loopback, main

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def parse(argv):
    p = argparse.ArgumentParser()
    add_arguments(p)
    return p.parse_args(argv)


def test_defaults_are_loopback_and_8000():
    args = parse([])
    assert args.host == "127.0.0.1" and args.port == 8000 and args.paths == []
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("example.org")


def test_app_command_runs_byline_from_this_python(tmp_path):
    corpus = tmp_path / "my news"
    corpus.mkdir()
    args = parse([str(corpus), "--index", str(tmp_path / "ix")])
    argv = shlex.split(app_command(args))
    assert argv[:3] == [sys.executable, "-m", "tui.cli"]
    assert argv[3:] == ["--index", str(tmp_path / "ix"), str(corpus)]
    # the command really starts byline (its help needs no terminal)
    done = subprocess.run(shlex.split(app_command(parse([]))) + ["--help"], capture_output=True, text=True,
                          timeout=30, cwd=tmp_path)
    assert done.returncode == 0 and "usage: byline" in done.stdout


def test_missing_path_and_bad_port_fail_cleanly(tmp_path, capsys):
    assert main([str(tmp_path / "nope")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["--port", "0"]) == 2


def _get(url: str, deadline: float):
    last = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8", "replace")
        except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
            last = e
            time.sleep(0.2)
    raise AssertionError(f"server did not answer {url}: {last}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def _serve(tmp_path, port: int, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """A running ``byline serve`` and the address it printed."""
    proc = subprocess.Popen([sys.executable, "-m", "tui.serve", "--port", str(port)], cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    for line in proc.stdout:  # the server prints the address, or exits and the loop ends
        text = line.decode("utf-8", "replace")
        if text.startswith("byline serve: open "):
            return proc, text.removeprefix("byline serve: open ").strip()
    _stop(proc)
    raise AssertionError("byline serve printed no address")


def test_serve_answers_http_with_the_app_page(tmp_path):
    port = free_port()
    proc, url = _serve(tmp_path, port)
    token = url.partition("?token=")[2]
    try:
        assert url.startswith(f"http://127.0.0.1:{port}/?token=") and len(token) >= 32
        status, ctype, body = _get(url, time.monotonic() + 20)
        assert status == 200 and ctype.startswith("text/html")
        assert "<html" in body.lower() and "byline" in body
        assert f"ws://127.0.0.1:{port}/ws/{token}" in body  # where the browser connects to the app
        # bound to loopback only: the machine's other addresses do not answer
        with socket.socket() as s:
            s.settimeout(1)
            other = socket.gethostbyname(socket.gethostname())
            if not other.startswith("127."):
                assert s.connect_ex((other, port)) != 0
    finally:
        _stop(proc)
    assert proc.returncode is not None
    output = proc.stdout.read().decode("utf-8", "replace")
    assert "Traceback" not in output


def test_a_browser_session_starts_the_app(tmp_path):
    """What the page's websocket does: the server starts byline and streams its screen."""
    import asyncio

    import aiohttp

    port = free_port()
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc, url = _serve(tmp_path, port, env)
    token = url.partition("?token=")[2]

    async def session() -> bytes:
        got = b""
        async with aiohttp.ClientSession() as s:
            async with s.ws_connect(f"http://127.0.0.1:{port}/ws/{token}?width=100&height=30",
                                    origin=f"http://127.0.0.1:{port}") as ws:
                try:
                    async with asyncio.timeout(20):
                        async for msg in ws:
                            if msg.type == aiohttp.WSMsgType.BINARY:
                                got += msg.data
                            if len(got) > 2000:
                                break
                except TimeoutError:
                    pass
        return got

    try:
        _get(url, time.monotonic() + 20)
        screen = asyncio.run(session())
    finally:
        _stop(proc)
    assert b"\x1b[?1049h" in screen  # a full-screen Textual app is drawing
    assert len(screen) > 2000 and b"Traceback" not in screen


def test_only_its_own_page_with_the_secret_gets_in(tmp_path):
    """Cross-site WebSocket hijacking, DNS rebinding and another local user are all refused;
    the address ``serve`` printed, and the page it serves, are let in."""
    import asyncio

    import aiohttp

    port = free_port()
    proc, url = _serve(tmp_path, port)
    token = url.partition("?token=")[2]
    own = f"http://127.0.0.1:{port}"

    async def handshake(path: str, **headers) -> int:
        async with aiohttp.ClientSession() as s:
            try:
                async with s.ws_connect(f"{own}{path}", headers=headers) as ws:
                    await ws.close()
                    return 101
            except aiohttp.WSServerHandshakeError as e:
                return e.status

    async def page(path: str, **headers) -> tuple[int, str]:
        async with aiohttp.ClientSession() as s, s.get(f"{own}{path}", headers=headers) as r:
            return r.status, await r.text()

    async def checks() -> dict[str, int]:
        ws = f"/ws/{token}?width=80&height=24"
        return {
            "own page": (await page(f"/?token={token}"))[0],
            "own page by localhost": (await page(f"/?token={token}", Host=f"localhost:{port}"))[0],
            "no secret": (await page("/"))[0],
            "wrong secret": (await page("/?token=guess"))[0],
            "rebound host": (await page(f"/?token={token}", Host=f"evil.example:{port}"))[0],
            "ws from its page": await handshake(ws, Origin=own),
            "ws foreign origin": await handshake(ws, Origin="http://evil.example"),
            "ws foreign origin, same host": await handshake(ws, Origin=f"http://evil.example:{port}",
                                                            Host=f"evil.example:{port}"),
            "ws rebound host": await handshake(ws, Host=f"evil.example:{port}", Origin=f"http://evil.example:{port}"),
            "ws no secret": await handshake("/ws?width=80&height=24", Origin=own),
            "ws wrong secret": await handshake("/ws/guess?width=80&height=24", Origin=own),
            "ws other port origin": await handshake(ws, Origin="http://127.0.0.1:1"),
        }

    try:
        _get(url, time.monotonic() + 20)
        got = asyncio.run(checks())
        status, body = asyncio.run(page("/"))
    finally:
        _stop(proc)
    assert got == {"own page": 200, "own page by localhost": 200, "no secret": 403, "wrong secret": 403,
                   "rebound host": 403, "ws from its page": 101, "ws foreign origin": 403,
                   "ws foreign origin, same host": 403, "ws rebound host": 403, "ws no secret": 403,
                   "ws wrong secret": 403, "ws other port origin": 403}
    assert "open the address byline serve printed" in body and token not in body


def test_hosts_that_name_this_server():
    from tui.serve_guard import GuardedServer

    server = GuardedServer("byline", token="t", host="127.0.0.1", port=8000)
    assert server.host_ok("127.0.0.1:8000") and server.host_ok("localhost:8000") and server.host_ok("[::1]:8000")
    assert not server.host_ok("127.0.0.1:8001") and not server.host_ok("evil.example:8000")
    assert not server.host_ok("127.0.0.1.nip.io:8000") and not server.host_ok("[bad")
    tunnel = GuardedServer("byline", token="t", host="127.0.0.1", port=8000, public_url="https://news.example")
    assert tunnel.host_ok("news.example") and tunnel.host_ok("news.example:443") and tunnel.host_ok("127.0.0.1:8000")
    assert tunnel.origin_ok("https://news.example") and not tunnel.origin_ok("https://evil.example")
    assert not tunnel.origin_ok("file://") and not tunnel.origin_ok("null")

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


def test_serve_answers_http_with_the_app_page(tmp_path):
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "tui.serve", "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        status, ctype, body = _get(f"http://127.0.0.1:{port}/", time.monotonic() + 20)
        assert status == 200 and ctype.startswith("text/html")
        assert "<html" in body.lower() and "byline" in body
        assert f"ws://127.0.0.1:{port}/ws" in body  # where the browser connects to the app
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
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.Popen([sys.executable, "-m", "tui.serve", "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    async def session() -> bytes:
        got = b""
        async with aiohttp.ClientSession() as s:
            async with s.ws_connect(f"http://127.0.0.1:{port}/ws?width=100&height=30") as ws:
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
        _get(f"http://127.0.0.1:{port}/", time.monotonic() + 20)
        screen = asyncio.run(session())
    finally:
        _stop(proc)
    assert b"\x1b[?1049h" in screen  # a full-screen Textual app is drawing
    assert len(screen) > 2000 and b"Traceback" not in screen

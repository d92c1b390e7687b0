"""The real thing in a real terminal: byline inside tmux, driven with keys, read off the screen."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")]


def tmux(*args: str, check: bool = True) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=check).stdout


def wait_for(session: str, needle: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session, check=False)
        if needle in screen:
            return screen
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} never appeared; the screen was:\n{screen}")


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
def test_search_open_read_quit_in_tmux(app_env, size):
    session = f"byline-test-{os.getpid()}-{size[0]}"
    index = app_env / "index"
    done = app_env / "exit-code"
    byline = Path(sys.executable).with_name("byline")
    command = (f"{shlex.quote(str(byline))} --index {shlex.quote(str(index))} {shlex.quote(str(SEEDS))}; "
               f"echo $? > {shlex.quote(str(done))}")
    env = {"TERM": "xterm-256color", **{k: os.environ[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                                                    "XDG_CACHE_HOME")}}
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    tmux("new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]),
         f"env -u COLORTERM {exports} sh -c {shlex.quote(command)}")
    try:
        wait_for(session, "Type to search 3 articles")
        tmux("send-keys", "-t", session, "spores")
        screen = wait_for(session, "1 hit")
        assert "Stranger Things" in screen
        tmux("send-keys", "-t", session, "Enter")
        screen = wait_for(session, "match 1/")
        assert "2022-07-06" in screen and "spores" in screen
        tmux("send-keys", "-t", session, "n")
        wait_for(session, "match 2/")
        tmux("send-keys", "-t", session, "Escape")
        time.sleep(0.3)
        tmux("send-keys", "-t", session, "C-q")
        deadline = time.monotonic() + 15
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done.read_text().strip() == "0"
    finally:
        tmux("kill-session", "-t", session, check=False)

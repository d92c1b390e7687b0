"""The real thing in a real terminal: byline inside tmux, driven with keys, read off the screen."""

from __future__ import annotations

import os
import re
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


def wait_for_match(session: str, pattern: str, timeout: float = 30) -> re.Match:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session, check=False)
        if found := re.search(pattern, screen):
            return found
        time.sleep(0.1)
    raise AssertionError(f"{pattern!r} never matched; the screen was:\n{screen}")


def test_own_folder_at_80x24_indexes_with_progress_and_answers_meanwhile(app_env):
    """A new user's folder of 300 articles in the most common window: progress, a search
    answered before indexing ends, then all 300; a result opens beside its quotes."""
    from search.tools.synthetic import write

    corpus = app_env / "articles"
    write(corpus, 300)
    session = f"byline-own-{os.getpid()}"
    done = app_env / "exit-code"
    root = Path(__file__).resolve().parent.parent
    command = (f"cd {shlex.quote(str(root))} && {shlex.quote(sys.executable)} -m tui.cli "
               f"--index {shlex.quote(str(app_env / 'index'))} {shlex.quote(str(corpus))}; "
               f"echo $? > {shlex.quote(str(done))}")
    env = {"TERM": "xterm-256color", **{k: os.environ[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                                                    "XDG_CACHE_HOME")}}
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24",
         f"env -u COLORTERM {exports} sh -c {shlex.quote(command)}")
    try:
        wait_for_match(session, r"Indexing 300 articles… \d+/300")
        tmux("send-keys", "-t", session, "said")
        # Answered from what is indexed so far, while the rest is still being read.
        wait_for_match(session, r"\d+ hits? · \d+ ms · indexing \d+/300", timeout=60)
        tmux("send-keys", "-t", session, "Escape")  # clears the box
        wait_for(session, "Type to search 300 articles", timeout=180)
        tmux("send-keys", "-t", session, "said")
        wait_for_match(session, r"\d+ hits? · \d+ ms")
        tmux("send-keys", "-t", session, "Enter")
        screen = wait_for(session, "match 1/")
        lines = screen.splitlines()
        assert len(lines) <= 24 and "Quit" in lines[-1]
        top = next(line for line in lines if "─ Article" in line)
        assert re.search(r"─ Quotes · \d+", top), screen  # the reader and its quotes side by side
        assert sum(1 for line in lines if line.startswith("│") and line.rstrip().endswith("│")) >= 8
        tmux("send-keys", "-t", session, "C-q")
        deadline = time.monotonic() + 15
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done.read_text().strip() == "0"
    finally:
        tmux("kill-session", "-t", session, check=False)

"""Drive the real ``byline`` app in a pseudo-terminal and measure what a user (and an SSH link) sees.

Everything is read from the bytes the app writes to the terminal, with nothing inside the app
instrumented: time to the first painted frame (beside a bare Textual app with one ``Static``, the
median of pairs taken in turn), keystroke → results painted while typing a query, bytes written
per search keystroke, per PageDown in the reader and per idle second, and the app's peak RSS.

``python -m tui.bench_app --corpus DIR --index DIR --query TEXT [--query TEXT…]`` prints one JSON object.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from dataclasses import dataclass, field

COLS, ROWS = 80, 24
TYPE_GAP_S = 0.9  # between keystrokes: longer than the app's debounce plus a search
ERASE_GAP_S = 0.03  # between the Backspaces that empty the box: a burst, searched once
PAGE_GAP_S = 0.5
IDLE_S = 3.0
FRAME_PAIRS = 5  # byline and bare Textual first frames, taken in turn
BURST_GAP_S = 0.03  # writes closer than this belong to one frame
VISIBLE_FOR_FRAME = 20  # printable characters that make a painted frame, not just setup codes
RESULTS = re.compile(r"\d+ (?:hit|quote)s? ·|No articles match")

_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    r"|\x1bP[^\x1b]*\x1b\\"  # DCS
    r"|\x1b[()][0-9A-Za-z]|\x1b[=>78c]"
)

BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("byline bench: a bare Textual app showing one Static widget")

Bare().run()
"""


def visible(data: bytes) -> str:
    return _ESCAPES.sub("", data.decode("utf-8", "replace"))


@dataclass
class Terminal:
    """A child process on the slave side of a pty; every chunk it writes is kept with its time."""

    proc: subprocess.Popen
    master: int
    started: float
    chunks: list[tuple[float, bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _reader: threading.Thread | None = None

    @classmethod
    def spawn(cls, argv: list[str], env: dict[str, str]) -> Terminal:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                                start_new_session=True, close_fds=True)
        os.close(slave)
        return cls(proc, master, started)

    def __post_init__(self) -> None:
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.2)
                if not ready:
                    if self.proc.poll() is not None:
                        return
                    continue
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            with self.lock:
                self.chunks.append((time.perf_counter(), data))

    def send(self, keys: str) -> float:
        t = time.perf_counter()
        os.write(self.master, keys.encode())
        return t

    def since(self, t: float) -> list[tuple[float, bytes]]:
        with self.lock:
            return [c for c in self.chunks if c[0] >= t]

    def wait_for(self, test, timeout: float, after: float | None = None) -> float | None:
        """The end of the write burst in which ``test`` (on the visible text since ``after``) came true."""
        after = self.started if after is None else after
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            chunks = self.since(after)
            text = ""
            for t, data in chunks:
                text += visible(data)
                if test(text):
                    return self._burst_end(t)
            time.sleep(0.01)
        return None

    def _burst_end(self, t: float) -> float:
        end = t
        while True:
            time.sleep(BURST_GAP_S)
            later = [c[0] for c in self.since(end) if c[0] > end]
            if not later or later[0] - end > BURST_GAP_S:
                return end
            end = later[-1]

    def quiet(self, seconds: float = 0.3, timeout: float = 10) -> None:
        """Wait until nothing has been written for ``seconds``, counted from now at the earliest:
        keys sent just before must have had time to be answered."""
        now = time.perf_counter()
        deadline = now + timeout
        while time.perf_counter() < deadline:
            with self.lock:
                last = max(self.chunks[-1][0] if self.chunks else self.started, now)
            if time.perf_counter() - last >= seconds:
                return
            time.sleep(0.05)

    def peak_rss_mb(self) -> float | None:
        try:
            for line in open(f"/proc/{self.proc.pid}/status", encoding="ascii"):
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
        except OSError:
            pass
        return None

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send("\x11")  # Ctrl+Q
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        try:
            os.close(self.master)
        except OSError:
            pass


def _env(home: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTUAL", "COLORTERM"))}
    # A user's own config or cache must not change the figures.
    env.update(TERM="xterm-256color", COLUMNS=str(COLS), LINES=str(ROWS), XDG_CONFIG_HOME=f"{home}/config",
               XDG_CACHE_HOME=f"{home}/cache", NO_COLOR="")
    env.pop("NO_COLOR")
    # An installed byline has its modules compiled (pip compiles them at install, as it did
    # Textual's); a development tree run with this set compiles them again at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def first_frame(term: Terminal, timeout: float = 60) -> float | None:
    end = term.wait_for(lambda text: sum(not c.isspace() for c in text) >= VISIBLE_FOR_FRAME, timeout)
    return None if end is None else round(end - term.started, 3)


def bare_first_frame(env: dict[str, str]) -> float | None:
    term = Terminal.spawn([sys.executable, "-c", BARE_APP], env)
    try:
        return first_frame(term)
    finally:
        term.close()


def percentile(values: list[float], p: int) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[max(0, min(len(ordered) - 1, -(-p * len(ordered) // 100) - 1))], 1)


def drive(corpus: str, index: str, queries: list[str], env: dict[str, str]) -> dict:
    """``queries`` are typed one after another, the box emptied between them: one query's dozen
    keys made its p95 the slowest key, and a query typed again would be answered from the cache."""
    argv = [sys.executable, "-m", "tui.cli", corpus, "--index", index]
    term = Terminal.spawn(argv, env)
    out: dict = {}
    try:
        out["first_frame_s"] = first_frame(term)
        # The app checks the corpus for changes on start; typing begins once it says it is ready.
        if term.wait_for(lambda text: "Type to search" in text, 120) is None:
            raise AppFailed(_tail(term))
        # The search box has the focus from the start: a "/" sent here was typed into the query.
        term.quiet(0.5)
        painted, echo, sizes = [], [], []
        for n, query in enumerate(queries):
            if n:
                for _ in queries[n - 1]:
                    term.send("\x7f")  # Backspace, in a burst: the box empties to the newest articles
                    time.sleep(ERASE_GAP_S)
                term.quiet(0.5)
            for ch in query:
                t = term.send(ch)
                done = term.wait_for(lambda text, ch=ch: bool(RESULTS.search(text)) or ch == " ", 10, after=t)
                time.sleep(max(0.0, TYPE_GAP_S - (time.perf_counter() - t)))
                chunks = term.since(t)
                if chunks:
                    echo.append((chunks[0][0] - t) * 1000)
                if ch != " " and done is not None:
                    painted.append((done - t) * 1000)
                sizes.append(sum(len(d) for _, d in chunks))
        out["keystroke_ms"] = {"p50": percentile(painted, 50), "p95": percentile(painted, 95)}
        out["keystroke_each_ms"] = [round(x) for x in painted]
        out["keystroke_echo_ms"] = {"p50": percentile(echo, 50), "p95": percentile(echo, 95)}
        out["keystrokes"] = sum(map(len, queries))
        out["bytes_per_keystroke"] = round(sum(sizes) / max(len(sizes), 1))
        out["bytes_per_keystroke_max"] = max(sizes, default=None)

        term.quiet(0.5)
        term.send("\r")  # opens the top result
        term.quiet(0.5, timeout=15)
        pages = []
        for _ in range(6):
            t = term.send("\x1b[6~")  # PageDown
            time.sleep(PAGE_GAP_S)
            pages.append(sum(len(d) for _, d in term.since(t)))
        out["bytes_per_pagedown"] = round(sum(pages) / len(pages))
        out["bytes_per_pagedown_max"] = max(pages)

        term.quiet(1.0)
        t = time.perf_counter()
        time.sleep(IDLE_S)
        out["idle_bytes_per_s"] = round(sum(len(d) for _, d in term.since(t)) / IDLE_S, 1)
        out["rss_app_mb"] = term.peak_rss_mb()
    finally:
        term.close()
    return out


class AppFailed(Exception):
    """The app never became ready; the message is the end of what it showed."""


def _tail(term: Terminal) -> str:
    shown = visible(b"".join(d for _, d in term.since(term.started)))
    lines = [ln.strip() for ln in shown.splitlines() if ln.strip()]
    state = "exited" if term.proc.poll() is not None else "still running"
    return f"the app never said 'Type to search' ({state}); it last showed: " + " | ".join(lines[-6:])


def byline_first_frame(corpus: str, index: str, env: dict[str, str]) -> float | None:
    term = Terminal.spawn([sys.executable, "-m", "tui.cli", corpus, "--index", index], env)
    try:
        return first_frame(term)
    finally:
        term.close()


def first_frame_pairs(corpus: str, index: str, env: dict[str, str], pairs: int = FRAME_PAIRS) -> dict:
    """byline's first frame beside a bare Textual app's, as the median of pairs taken in turn
    (and each pair in the other order from the last), so a disk cache warming up or a burst of
    load elsewhere on the machine weighs on both sides alike."""
    ours, bare, ratios = [], [], []
    for n in range(pairs):
        if n % 2:
            b, o = bare_first_frame(env), byline_first_frame(corpus, index, env)
        else:
            o, b = byline_first_frame(corpus, index, env), bare_first_frame(env)
        if o is not None and b is not None:
            ours.append(o)
            bare.append(b)
            ratios.append(o / b)
    return {"first_frame_s": _median(ours, 3), "bare_textual_first_frame_s": _median(bare, 3),
            "first_frame_ratio": _median(ratios, 2), "first_frame_pairs": len(ratios)}


def _median(values: list[float], digits: int) -> float | None:
    return round(statistics.median(values), digits) if values else None


def measure(corpus: str, index: str, queries: list[str]) -> dict:
    with tempfile.TemporaryDirectory(prefix="byline-bench-app-") as home:
        env = _env(home)
        frames = first_frame_pairs(corpus, index, env)
        out = drive(corpus, index, queries, env)
    return {"cols": COLS, "rows": ROWS, **out, **frames}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tui.bench_app", description=__doc__.splitlines()[0])
    p.add_argument("--corpus", required=True)
    p.add_argument("--index", required=True)
    p.add_argument("--query", action="append", help="a query to type (again for more, in turn)")
    args = p.parse_args(argv)
    try:
        print(json.dumps(measure(args.corpus, args.index, args.query or ["series said"])))
    except AppFailed as e:
        print(json.dumps({"app_error": str(e)}))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A non-editable install, run from another folder, still opens on the embedded seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_non_editable_install_finds_the_seeds(tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, system_site_packages=False)
    py = env_dir / "bin" / "python"
    subprocess.run([py, "-m", "pip", "install", "-q", "--no-deps", str(ROOT)], check=True, cwd=tmp_path)
    # Reuse the dependencies already installed for the tests rather than downloading them again:
    # a .pth file puts them after the new environment's own packages, so byline comes from there.
    where_whoosh = "import whoosh, os; print(os.path.dirname(os.path.dirname(whoosh.__file__)))"
    deps = subprocess.run([sys.executable, "-c", where_whoosh], capture_output=True, text=True,
                          check=True).stdout.strip()
    own_site = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              capture_output=True, text=True, check=True).stdout.strip()
    Path(own_site, "test-deps.pth").write_text(deps + "\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("PYTHONPATH", None)
    byline = env_dir / "bin" / "byline"
    run = subprocess.run([byline, "search", "Eddie", "--json"], capture_output=True, text=True, cwd=tmp_path,
                         env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    hits = [json.loads(line) for line in run.stdout.splitlines()]
    assert {h["path"] for h in hits} == {"000_2bc512eb9d235db8.txt", "001_98fbb6be0883bf20.txt"}
    where = subprocess.run([py, "-c", "import search.library as l; print(l.SEEDS)"], capture_output=True,
                           text=True, cwd=tmp_path, env=env, check=True).stdout.strip()
    assert Path(where).is_relative_to(env_dir) and Path(where, "000_2bc512eb9d235db8.txt").is_file()

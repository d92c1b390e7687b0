"""Speed work must not change what extraction finds: ``byline extract --json`` on the labelled
corpora and on synthetic articles gives byte for byte the output recorded in
``data/extract-output.sha256``.

A change that means to alter extraction regenerates the file, deliberately, in its own commit:
``python -m tests.test_extraction_identical``.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
HASHES = DATA / "extract-output.sha256"
CORPORA = {
    "devcorpus": DATA / "devcorpus" / "articles",
    "realworld-quotes": DATA / "realworld" / "quotes" / "articles",
    "realworld-people": DATA / "realworld" / "people" / "articles",
}
SYNTHETIC = 100  # articles of the benchmark's corpus, seed 1: copies, casts and quotes at volume


def _output(folder: Path) -> str:
    run = subprocess.run([sys.executable, "-m", "tui.cli", "extract", "--json", str(folder)],
                         capture_output=True, timeout=300, check=True, cwd=Path(__file__).parent.parent)
    assert run.stdout.count(b"\n") >= 5, run.stderr  # something was extracted
    return hashlib.sha256(run.stdout).hexdigest()


def _synthetic(root: Path) -> Path:
    from search.tools import synthetic

    synthetic.write(root, SYNTHETIC, 1)
    return root


def digests(tmp: Path) -> dict[str, str]:
    return {name: _output(folder) for name, folder in {**CORPORA, "synthetic": _synthetic(tmp)}.items()}


def _recorded() -> dict[str, str]:
    return {name: digest for digest, name in (line.split() for line in HASHES.read_text().splitlines() if line)}


@pytest.mark.parametrize("name", [*CORPORA, "synthetic"])
def test_extract_output_is_unchanged(name, tmp_path):
    folder = CORPORA[name] if name in CORPORA else _synthetic(tmp_path)
    assert _output(folder) == _recorded()[name]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        HASHES.write_text("".join(f"{d}  {n}\n" for n, d in digests(Path(tmp)).items()))
    print(HASHES.read_text(), end="")

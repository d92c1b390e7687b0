"""The browser on the cluster backend, under Pilot: search, read, and a node dying while in use."""

from __future__ import annotations

import asyncio
import re
import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.skipif(shutil.which("searchd") is None,
                                 reason="Sphinx searchd is not installed (apt-get install sphinxsearch)"),
              pytest.mark.usefixtures("app_env")]
pytest.importorskip("pymysql")

from search.backends.adapter import BackendLibrary  # noqa: E402
from search.backends.sphinx import cluster  # noqa: E402
from tests.conftest import settle, status  # noqa: E402
from tui.app import BylineApp  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "devcorpus" / "articles"


def test_the_app_searches_reads_and_survives_a_dead_node(tmp_path):
    url = cluster.up(tmp_path / "cluster", 3)
    try:
        library = BackendLibrary(url, [CORPUS])
        library.update()
        served = BackendLibrary(url)  # the cluster as it stands: nothing is re-read

        async def drive() -> None:
            app = BylineApp(served)
            async with app.run_test(size=(100, 30)) as pilot:
                await settle(pilot)
                assert status(app) == "Type to search 16 articles · newest first"
                app.screen.pane.input.value = "Glasswater"
                await settle(pilot)
                results = app.screen.results
                assert app.screen.pane.table.row_count == len(results.hits) >= 3
                assert re.match(rf"{results.total} hits · \d+ ms", status(app)), status(app)

                await pilot.press("enter")
                await settle(pilot)
                reader = app.screen.reader
                text = reader.text_area.text
                assert reader.spans == [m.span() for m in re.finditer(r"\bglasswater\b", text, re.I)]

                cluster.kill_node(cluster.read_nodes(tmp_path / "cluster")[2])
                # Sphinx rotates between a shard's mirrors, so the first query to meet the dead
                # node may come a search later; it is reported once, and results keep coming.
                seen = []
                for query in ("Glasswater season", "Glasswater panel", "Glasswater cast"):
                    app.screen.pane.input.value = query
                    await settle(pilot)
                    seen.append(app.screen.pane.status_text)  # the line itself may be cut short
                    assert app.screen.pane.table.row_count >= 1
                assert sum("is down; its shards answer from mirrors" in s for s in seen) == 1, seen

        asyncio.run(drive())
        library.close()
    finally:
        cluster.down(tmp_path / "cluster")


def test_a_cluster_gone_mid_session_is_a_notice_not_a_traceback(tmp_path):
    url = cluster.up(tmp_path / "cluster", 1)
    try:
        library = BackendLibrary(url, [CORPUS])
        library.update()
        assert library.search("Glasswater").hits
    finally:
        cluster.down(tmp_path / "cluster")
    gone = library.search("Glasswater")
    assert gone.hits == [] and gone.notice.startswith("cannot reach the Sphinx cluster at 127.0.0.1:")
    assert library.article("glasswater-fablecon-screenline.txt") is None
    assert library.related("glasswater-fablecon-screenline.txt") == [] and library.count() == 0
    library.close()

"""The app as the command line and the config file set it up."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS, SIZE, settle, sync
from tui.app import app_from_args
from tui.cli import build_browse_parser

pytestmark = pytest.mark.usefixtures("app_env")


def args_for(*argv):
    return build_browse_parser().parse_args(list(argv))


@sync
async def test_config_sets_theme_keys_and_reader_width(app_env, seeds_index):
    config = app_env / "byline.toml"
    config.write_text('theme = "nord"\nreader_width = 60\nmouse = false\n[keys]\npeople = "f6"\n',
                      encoding="utf-8")
    app, mouse = app_from_args(args_for("--config", str(config), "--index", str(seeds_index), str(SEEDS)))
    assert mouse is False
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "nord"
        assert app.screen.query_one("#article").styles.max_width.value == 62
        await pilot.press("tab", "f6")
        await settle(pilot)
        assert app.screen.query("#people-table")


@sync
async def test_bad_config_says_where_and_uses_defaults(app_env, seeds_index):
    config = app_env / "bad.toml"
    config.write_text('theme = "nord"\nanimations = maybe\n', encoding="utf-8")
    app, _ = app_from_args(args_for("--config", str(config), "--index", str(seeds_index)))
    notes = []
    real = app.notify
    app.notify = lambda message, **kw: (notes.append(str(message)), real(message, **kw))[1]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("line 2" in n for n in notes), notes
        assert app.theme != "nord"  # the whole file is set aside, not half of it
        assert app.animation_level == "none"


def test_ansi_flag_picks_the_terminal_palette(app_env, seeds_index):
    app, _ = app_from_args(args_for("--ansi", "--index", str(seeds_index)))
    assert app._start_theme in ("ansi-dark", "ansi-light")


@sync
async def test_an_unknown_key_id_in_the_config_is_reported(app_env, seeds_index):
    config = app_env / "byline.toml"
    config.write_text('[keys]\npeople = "f6"\npeeple = "f7"\n', encoding="utf-8")
    app, _ = app_from_args(args_for("--config", str(config), "--index", str(seeds_index), str(SEEDS)))
    said = []
    real = app.notify
    app.notify = lambda message, **kw: (said.append(str(message)), real(message, **kw))[1]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("peeple" in m and "people" not in m.replace("peeple", "") for m in said), said

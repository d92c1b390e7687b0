import asyncio

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, Markdown, Static

from tui.config import apply, load_config
from tui.help import HELP_MD, HelpRow, HelpScreen, binding_rows, keys_text


class Pane(Static, can_focus=True):
    HELP_TITLE = "Reader"
    BINDINGS = [
        Binding("n", "next", "Next match", id="next_match"),
        Binding("N", "prev", "Previous match", id="prev_match"),
        Binding("x", "secret", "Hidden action", id="secret"),  # disabled by check_action
    ]

    moves = 0

    def check_action(self, action, parameters):
        return action != "secret"

    def action_next(self):
        self.moves += 1


class Main(Screen):
    BINDINGS = [Binding("slash", "search", "Search", id="focus_search")]

    def compose(self) -> ComposeResult:
        yield Input(id="box")
        yield Pane("article", id="pane")

    def action_search(self):
        self.query_one(Input).focus()


class Tiny(App):
    BINDINGS = [Binding("question_mark", "help", "Help", id="help")]

    def on_mount(self):
        self.push_screen(Main())

    def action_help(self):
        self.push_screen(HelpScreen())


def run(app, coro_fn, size=(100, 40)):
    async def drive():
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await coro_fn(pilot)

    asyncio.run(drive())


def rows_by_id(rows):
    return {r.binding_id: r for r in rows if r.binding_id}


def test_help_lists_live_bindings_with_a_remapped_key(tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[keys]\nnext_match = ["ctrl+f", "f3"]\n')
    config, message = load_config(cfg)
    assert message is None
    app = Tiny()

    async def steps(pilot):
        apply(app, config)
        app.screen.query_one("#pane").focus()
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = rows_by_id(help_screen.rows)
        assert rows["next_match"].keys == "^f, f3"
        assert rows["next_match"].section == "Reader"
        assert rows["prev_match"].keys == "N"
        assert rows["focus_search"].keys == "/" and rows["focus_search"].section == "Main"
        assert rows["help"].section == "Everywhere"
        assert "secret" not in rows  # a disabled action is not offered
        # Input's own cursor keys are Textual's, not byline's
        assert not any(r.description.lower().startswith("move cursor") for r in help_screen.rows)
        shown = keys_text(help_screen.rows).plain.splitlines()
        assert any(line.split() == ["^f,", "f3", "Next", "match", "next_match"] for line in shown)
        assert "Reader" in shown and "Everywhere" in shown
        source = help_screen.query_one(Markdown).source
        assert "`actor:`" in source and "date:[2022-01-01 TO 2022-07-31]" in source
        await pilot.press("n")  # the old key does nothing, and help stays open
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, Main)
        pane = app.screen.query_one("#pane")
        await pilot.press("n", "ctrl+f", "f3")  # the config's keys work, the old one no longer does
        assert pane.moves == 2

    run(app, steps)


def test_help_closes_with_q_and_question_mark():
    app = Tiny()

    async def steps(pilot):
        app.screen.query_one("#pane").focus()  # in the search box ? is typed, not a key
        for key in ("q", "question_mark", "escape"):
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, Main), key

    run(app, steps)


def test_help_fits_a_small_window():
    app = Tiny()

    async def steps(pilot):
        app.screen.query_one("#pane").focus()
        await pilot.press("question_mark")
        await pilot.pause()
        frame = app.screen.query_one("#help-frame")
        assert frame.region.width <= 60 and frame.region.height <= 20
        await pilot.press("j", "j", "G")
        await pilot.pause()
        assert frame.scroll_y > 0

    run(app, steps, size=(60, 20))


def test_keys_text_is_one_line_per_action_and_inert():
    rows = [HelpRow("Reader", "n", "Next [b]match[/b]", "next_match"),
            HelpRow("Reader", "^q, q", "Quit", None),
            HelpRow("Everywhere", "?", "Help", "help")]
    assert keys_text(rows).plain.splitlines() == [
        "Reader", "  n      Next [b]match[/b]  next_match", "  ^q, q  Quit", "",
        "Everywhere", "  ?      Help               help"]


def test_help_md_ships_with_the_package():
    assert HELP_MD.exists() and "## Searching" in HELP_MD.read_text(encoding="utf-8")


def test_binding_rows_without_a_running_help_screen():
    app = Tiny()

    async def steps(pilot):
        rows = rows_by_id(binding_rows(app.screen))
        assert rows["next_match"].keys == "n"

    run(app, steps)

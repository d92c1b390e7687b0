import argparse

import pytest

from tui import config as C
from tui.config import Config, load_config, theme_for, write_example


def write(tmp_path, text):
    p = tmp_path / "config.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_missing_default_file_is_silent_defaults(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    config, message = load_config(None, env)
    assert config == Config() and message is None


def test_xdg_config_home_is_honoured(tmp_path):
    assert C.default_path({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "byline" / "config.toml"
    (tmp_path / "byline").mkdir()
    (tmp_path / "byline" / "config.toml").write_text('theme = "nord"\n')
    config, message = load_config(None, {"XDG_CONFIG_HOME": str(tmp_path)})
    assert config.theme == "nord" and message is None


def test_explicit_missing_file_says_so(tmp_path):
    config, message = load_config(tmp_path / "nope.toml")
    assert config == Config() and "nope.toml" in message and "defaults" in message


def test_full_config_is_read(tmp_path):
    p = write(tmp_path, """
theme = "ansi-light"
animations = true
cursor_blink = true
mouse = false
paths = ["~/news", "/srv/clips"]
index = "/tmp/idx"
reader_width = 72
sidebar = "hide"

[keys]
focus_search = "ctrl+s"
next_match = ["n", "f3"]
""")
    config, message = load_config(p)
    assert message is None
    assert config.theme == "ansi-light" and config.animations and config.cursor_blink and not config.mouse
    assert config.paths[0].endswith("news") and not config.paths[0].startswith("~")
    assert config.paths[1] == "/srv/clips" and config.index == "/tmp/idx"
    assert config.reader_width == 72 and config.sidebar == "hide"
    assert config.keys == {"focus_search": "ctrl+s", "next_match": "n,f3"}


def test_syntax_error_names_file_and_line_and_uses_defaults(tmp_path):
    p = write(tmp_path, 'theme = "nord"\n\n# fine so far\nanimations true\n')
    config, message = load_config(p)
    assert config == Config()
    assert message.startswith(f"{p} line 4: ")
    assert "expected '='" in message.lower() and message.endswith("using defaults")
    assert "\n" not in message


def test_bad_value_falls_back_for_that_setting_only(tmp_path):
    p = write(tmp_path, 'theme = "nord"\nreader_width = "wide"\n')
    config, message = load_config(p)
    assert config.theme == "nord" and config.reader_width == 90
    assert message.startswith(f"{p} line 2: reader_width") and "90" in message


def test_several_problems_give_one_message(tmp_path):
    p = write(tmp_path, 'theme = "neon"\nmouse = "yes"\ncolour = 3\n[keys]\nquit = 5\n')
    config, message = load_config(p)
    assert config == Config()
    assert message.count("\n") == 0 and "line 1" in message and "and 3 more problems" in message


def test_bad_key_value_names_line_in_keys_table(tmp_path):
    p = write(tmp_path, 'quit = "x"\n[keys]\nhelp = "f1"\nquit = 5\n')
    config, message = load_config(p)
    assert config.keys == {"help": "f1"}
    # the top-level unknown `quit` is line 1; the bad key is line 4 inside [keys]
    assert "line 1" in message and "1 more problem" in message
    p2 = write(tmp_path, '[keys]\nhelp = "f1"\nquit = 5\n')
    assert "line 3" in load_config(p2)[1]


def test_undecodable_file_never_raises(tmp_path):
    p = tmp_path / "config.toml"
    p.write_bytes(b"theme = \"\xff\xfe\"\n")
    config, message = load_config(p)
    assert config == Config() and "UTF-8" in message


def test_example_round_trips_to_defaults(tmp_path):
    p = write_example(tmp_path / "sub" / "config.toml")
    assert p.exists()
    config, message = load_config(p)
    assert message is None and config == Config()
    with pytest.raises(FileExistsError):
        write_example(p)


def test_theme_names_exist_in_textual():
    from textual.theme import BUILTIN_THEMES

    assert set(C.TEXTUAL_THEMES) <= set(BUILTIN_THEMES)


@pytest.mark.parametrize("theme, ansi, env, expected", [
    ("nord", False, {}, "nord"),
    ("nord", True, {}, "ansi-dark"),
    ("textual-light", False, {"NO_COLOR": "1"}, "ansi-light"),
    ("catppuccin-latte", True, {}, "ansi-light"),
    ("nord", False, {"NO_COLOR": ""}, "nord"),
    ("ansi-light", True, {"NO_COLOR": "1"}, "ansi-light"),
])
def test_theme_for(theme, ansi, env, expected):
    assert theme_for(Config(theme=theme), ansi, env) == expected


def _args(tmp_path, **kw):
    return argparse.Namespace(config=str(tmp_path / "c.toml"), init=kw.get("init", False),
                              path=kw.get("path", False))


def test_cmd_config_init_path_and_refusal(tmp_path, capsys):
    assert C.cmd_config(_args(tmp_path, path=True)) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "c.toml")
    assert C.cmd_config(_args(tmp_path)) == 0
    assert "not created yet" in capsys.readouterr().out
    assert C.cmd_config(_args(tmp_path, init=True)) == 0
    assert (tmp_path / "c.toml").read_text() == C.EXAMPLE
    (tmp_path / "c.toml").write_text("mine = 1\n" + C.EXAMPLE)
    assert C.cmd_config(_args(tmp_path, init=True)) == 1
    assert "already exists" in capsys.readouterr().err
    assert "mine = 1" in (tmp_path / "c.toml").read_text()
    assert C.cmd_config(_args(tmp_path)) == 1
    assert "unknown setting 'mine'" in capsys.readouterr().err


def test_add_arguments_parses():
    p = argparse.ArgumentParser()
    C.add_arguments(p)
    args = p.parse_args(["--init", "--config", "x.toml"])
    assert args.init and not args.path and args.config == "x.toml"


def test_remapped_key_works_in_an_app(tmp_path):
    import asyncio

    from textual.app import App
    from textual.binding import Binding

    class Tiny(App):
        BINDINGS = [Binding("x", "hit", "Hit", id="hit")]
        hits = 0

        def action_hit(self):
            self.hits += 1

    p = write(tmp_path, '[keys]\nhit = "ctrl+f"\n')
    config, message = load_config(p)
    assert message is None
    app = Tiny()

    async def drive():
        async with app.run_test() as pilot:
            C.apply(app, config, ansi=True, environ={})
            await pilot.press("x")
            assert app.hits == 0
            await pilot.press("ctrl+f")
            assert app.hits == 1
            assert app.theme == "ansi-dark" and app.animation_level == "none"

    asyncio.run(drive())


def test_config_command_stays_headless(tmp_path):
    import subprocess
    import sys

    code = ("import sys, argparse; from tui.config import cmd_config; "
            "cmd_config(argparse.Namespace(config=sys.argv[1], init=True, path=False)); "
            "sys.exit(any(m.split('.')[0] in ('textual', 'rich') for m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "c.toml")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "c.toml").exists()

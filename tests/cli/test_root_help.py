"""`runapi --help` is written without click's commands, and is exactly the page click writes.

The `runapi` entry point (`runapi.cli.main`) writes the root help with click's help formatter
alone (`runapi.cli._show_root_help`); these tests hold that page to the one click's root group
writes, at every terminal width and for both help flags, and prove in a fresh process that
click's commands are not imported for it.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys

import pytest
from runapi import cli as cli_package
from runapi.cli import cli, main


def _written(
    run: object, columns: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[object, str, str]:
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.delenv("_RUNAPI_COMPLETE", raising=False)
    with pytest.raises(SystemExit) as stopped:
        run()  # type: ignore[operator]
    out, err = capsys.readouterr()
    return stopped.value.code, out, err


@pytest.mark.parametrize("flag", ["--help", "-h"])
@pytest.mark.parametrize("columns", [40, 52, 60, 78, 80, 99, 100, 101, 102, 160])
def test_root_help_is_the_page_click_writes(
    flag: str, columns: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = _written(lambda: main([flag]), columns, capsys, monkeypatch)
    clicks = _written(
        lambda: cli.main(args=[flag], prog_name="runapi"), columns, capsys, monkeypatch
    )
    assert ours == clicks
    assert ours[0] == 0 and ours[1].startswith("Usage: runapi [OPTIONS] COMMAND [ARGS]...")


def test_root_help_texts_need_no_cleaning() -> None:
    # click cleans a help text and its epilog (inspect.cleandoc, cut at a form feed) before it
    # writes them; the page written without click uses them as they are.
    for text in (cli_package.ROOT_HELP, cli_package.EXIT_CODES):
        assert inspect.cleandoc(text) == text
        assert "\f" not in text
    assert cli.help == cli_package.ROOT_HELP and cli.epilog == cli_package.EXIT_CODES


def test_root_help_options_are_the_ones_written() -> None:
    # The page lists --version and the help flags, in that order: the root group's parameters.
    import click

    context = click.Context(cli, info_name="runapi")
    records = [p.get_help_record(context) for p in cli.get_params(context)]
    assert records == [
        ("--version", "Show the version and exit."),
        ("-h, --help", "Show this message and exit."),
    ]
    assert cli.collect_usage_pieces(context) == ["[OPTIONS]", "COMMAND [ARGS]..."]


def test_other_arguments_and_completion_go_through_click(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `--help` after a group is that group's page; a completion request is click's.
    code, out, _err = _written(lambda: main(["seedance", "--help"]), 80, capsys, monkeypatch)
    assert code == 0 and out.startswith("Usage: runapi seedance [OPTIONS] COMMAND [ARGS]...")
    monkeypatch.setenv("_RUNAPI_COMPLETE", "bash_source")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "_RUNAPI_COMPLETE" in capsys.readouterr().out


def test_root_help_in_a_fresh_process_imports_no_click_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The process boundary is the point: click is imported whole in the test's own process.
    code = (
        "import sys\n"
        "from runapi.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "finally:\n"
        "    loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'click')\n"
        "    sys.stderr.write('CLICK=' + ','.join(loaded))\n"
    )
    env = {**os.environ, "COLUMNS": "80"}
    env.pop("_RUNAPI_COMPLETE", None)
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert completed.returncode == 0, completed.stderr
    loaded = completed.stderr.rpartition("CLICK=")[2].split(",")
    assert "click.core" not in loaded and "click.formatting" in loaded
    _code, by_click, _err = _written(
        lambda: cli.main(args=["--help"], prog_name="runapi"), 80, capsys, monkeypatch
    )
    assert completed.stdout == by_click


@pytest.mark.parametrize("columns", [None, "", "wide", "0", "-3", "37", "120", " 90 "])
def test_the_width_is_the_one_shutil_gives(
    columns: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The root page takes the terminal's width as click's formatter does, without shutil.
    import shutil

    from runapi.cli import terminal_columns

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


@pytest.mark.parametrize("columns", [None, "", "0", "90"])
def test_the_width_of_a_terminal_is_the_one_shutil_gives(columns: str | None) -> None:
    # stdout a terminal 123 columns wide (a pseudo-terminal): its width, unless COLUMNS says.
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 123, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    if columns is not None:
        env["COLUMNS"] = columns
    code = (
        "import shutil, sys\n"
        "from runapi.cli import terminal_columns\n"
        "sys.stderr.write(f'{terminal_columns()} {shutil.get_terminal_size().columns}')\n"
    )
    try:
        completed = subprocess.run(
            [sys.executable, "-c", code],
            stdout=follower,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            check=True,
        )
    finally:
        os.close(follower)
        os.close(leader)
    ours, shutils = completed.stderr.split()
    assert ours == shutils == ("90" if columns == "90" else "123")

"""The command tree: one command per operation, help at every level, completion, lazy imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import click
import pytest
from runapi.cli import BUILTINS, cli
from runapi.cli._build import OperationCommand

from .conftest import invoke

PROJECT = Path(__file__).resolve().parents[2]
HEAVY = ("httpx", "pydantic", "jsonschema")


def walk(
    group: click.Group, words: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    context = click.Context(group)
    for name in group.list_commands(context):
        if not words and name in BUILTINS:
            continue
        command = group.get_command(context, name)
        assert command is not None, f"{' '.join((*words, name))} is listed but not found"
        if isinstance(command, click.Group):
            yield from walk(command, (*words, name))
        else:
            yield (*words, name), command


def spec_operation_ids() -> set[str]:
    document = json.loads((PROJECT / "generated" / "openapi.json").read_text(encoding="utf-8"))
    return {
        operation["operationId"]
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def test_every_operation_has_exactly_one_command() -> None:
    found: dict[str, tuple[str, ...]] = {}
    helpers = 0
    for words, command in walk(cli, ()):
        assert isinstance(command, OperationCommand), words
        spec = command.spec
        if spec.action in ("run", "wait"):
            helpers += 1
            continue
        assert spec.operation_id not in found, (
            f"{spec.operation_id}: {found.get(spec.operation_id)} and {words}"
        )
        found[spec.operation_id] = words
        # The command line mirrors the SDK call path, underscores shown as dashes.
        assert list(words) == [part.replace("_", "-") for part in spec.operation_id.split(".")]
    assert set(found) == spec_operation_ids()
    assert len(found) == 190
    assert helpers > 0


def test_documented_examples() -> None:
    commands = dict(walk(cli, ()))
    assert ("seedance", "text-to-video", "create") in commands
    assert ("suno", "boost-style") in commands
    assert ("keys", "update") in commands
    update = commands[("keys", "update")]
    assert [p.human_readable_name for p in update.params if isinstance(p, click.Argument)] == ["ID"]


def test_root_help_lists_groups_and_exit_codes() -> None:
    result = invoke(["--help"])
    assert result.exit_code == 0
    for text in ("seedance", "suno", "keys", "auth", "webhooks", "completion", "Exit codes"):
        assert text in result.output
    for code in range(10):
        assert f"  {code}  " in result.output


def test_root_help_shows_each_group_description_whole_at_80_columns() -> None:
    # CliRunner's terminal is 80 columns wide: long descriptions wrap, none is cut short.
    from runapi.cli._index import GROUPS

    result = invoke(["--help"])
    assert result.exit_code == 0
    flat = " ".join(result.output.split())
    for name, (_module, summary) in GROUPS.items():
        assert " ".join(summary.strip().split("\n")[0].split()) in flat, name


def test_group_and_operation_help() -> None:
    group = invoke(["seedance", "--help"])
    assert group.exit_code == 0
    assert "text-to-video" in group.output
    resource = invoke(["seedance", "text-to-video", "--help"])
    assert all(word in resource.output for word in ("create", "get", "run", "wait"))
    operation = invoke(["seedance", "text-to-video", "create", "--help"])
    text = operation.output
    assert operation.exit_code == 0
    for option in (
        "--model",
        "--prompt",
        "--aspect-ratio",
        "--duration-seconds",
        "--dry-run",
        "--json",
    ):
        assert option in text
    assert "Request shapes (chosen by model)" in text
    assert "model=seedance-1.5-pro" in text
    assert "reference_audio_urls requires at least one reference_image_urls" in text
    assert "runapi seedance text-to-video create --model" in text


@pytest.mark.parametrize(
    "shell, marker",
    [("bash", "_RUNAPI_COMPLETE"), ("zsh", "#compdef runapi"), ("fish", "complete")],
)
def test_completion_scripts(shell: str, marker: str) -> None:
    result = invoke(["completion", shell])
    assert result.exit_code == 0
    assert marker in result.output
    assert "runapi" in result.output


def test_completion_of_groups_and_options() -> None:
    env = {"_RUNAPI_COMPLETE": "bash_complete", "COMP_WORDS": "runapi seed", "COMP_CWORD": "1"}
    completed = subprocess.run(
        [sys.executable, "-m", "runapi.cli"], env=env, capture_output=True, text=True, check=False
    )
    assert "seedance" in completed.stdout and "seedream" in completed.stdout


_PROBE = """
import sys
from runapi.cli import main
sys.argv = ["runapi", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
groups = [m for m in sys.modules if m.startswith("runapi.cli.commands.")]
loaded = sorted([m for m in sys.modules if m.split(".")[0] in {heavy!r}] + groups)
sys.stderr.write("LOADED=" + ",".join(loaded) + "\\n")
sdk = sorted(m for m in sys.modules if m.startswith("runapi"))
sys.stderr.write("RUNAPI=" + ",".join(sdk) + "\\n")
"""


@cache
def _probe(*args: str) -> dict[str, list[str]]:
    """The modules a fresh `runapi <args>` imported: heavy ones and groups, and runapi's own
    (one process per command line, whichever tests ask about it)."""
    code = _PROBE.format(heavy=HEAVY)
    env = {**os.environ, "RUNAPI_API_KEY": "probe-key-" + "0" * 20}
    completed = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env
    )
    found = {}
    for prefix in ("LOADED", "RUNAPI"):
        line = next(x for x in completed.stderr.splitlines() if x.startswith(f"{prefix}="))
        found[prefix] = [m for m in line.removeprefix(f"{prefix}=").split(",") if m]
    return found


def _loaded(*args: str) -> list[str]:
    return _probe(*args)["LOADED"]


def test_root_help_imports_no_heavy_module_and_no_group() -> None:
    assert _loaded("--help") == []


def test_root_help_imports_no_part_of_the_client() -> None:
    # `runapi/__init__.py` loads its public names on first use: the root help needs the index and
    # the version only, not the client, its transport or its exceptions.
    assert _probe("--help")["RUNAPI"] == [
        "runapi",
        "runapi._version",
        "runapi.cli",
        "runapi.cli._index",
    ]


def test_dry_run_imports_its_group_only_and_no_models() -> None:
    # A dry run validates and builds the request (httpx, and the validation's own modules), but
    # parses no answer: no pydantic, no response models, no other group.
    modules = _probe(
        *("seedance", "text-to-video", "create", "--model", "seedance-1.5-pro"),
        *("--prompt", "a lighthouse", "--aspect-ratio", "16:9", "--dry-run"),
    )
    assert "pydantic" not in modules["LOADED"]
    assert [m for m in modules["LOADED"] if m.startswith("runapi.cli.commands.")] == [
        "runapi.cli.commands.seedance"
    ]
    sdk = modules["RUNAPI"]
    assert [m for m in sdk if m.startswith("runapi.resources.")] == ["runapi.resources.seedance"]
    assert not [m for m in sdk if m.startswith("runapi.types")]
    assert "runapi._models" not in sdk


def test_operation_help_imports_only_its_group() -> None:
    assert _loaded("seedance", "text-to-video", "create", "--help") == [
        "runapi.cli.commands.seedance"
    ]

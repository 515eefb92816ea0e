"""`runapi agent list-targets|install-skill`: the RunAPI skill for agent runtimes.

The skill (SKILL.md plus reference files, in the Agent Skills format) is generated from the
spec with the package and installed from it, offline. Each runtime reads personal skills from
a directory under the home directory; --target-dir picks another one (a project's
`.claude/skills`, say).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import _output

__all__ = ["TARGETS", "agent"]

#: Target -> (skills directory below $HOME, the runtime).
TARGETS: dict[str, tuple[str, str]] = {
    "claude": (".claude/skills", "Claude Code"),
    "codex": (".agents/skills", "Codex"),
    "gemini": (".gemini/skills", "Gemini CLI"),
    "openclaw": (".openclaw/skills", "OpenClaw"),
    "hermes": (".hermes/skills", "Hermes Agent"),
}


def skills_dir(target: str) -> Path:
    return Path.home() / TARGETS[target][0]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def agent() -> None:
    """Install the RunAPI skill into an agent runtime.

    \b
    Where each runtime reads personal skills (the skill goes into <dir>/runapi-cli):
      claude    ~/.claude/skills     Claude Code
      codex     ~/.agents/skills     Codex
      gemini    ~/.gemini/skills     Gemini CLI (also reads ~/.agents/skills)
      openclaw  ~/.openclaw/skills   OpenClaw
      hermes    ~/.hermes/skills     Hermes Agent
    """


@agent.command("list-targets")
@click.option(
    "--output", "-o", type=click.Choice(["json", "table"]), default="json", show_default=True
)
def list_targets(output: str) -> None:
    """List the supported runtimes, where the skill goes for each, and whether it is there."""
    from ._skill_install import MANIFEST, SKILL_NAME

    rows = []
    for name, (_relative, runtime) in TARGETS.items():
        path = skills_dir(name) / SKILL_NAME
        rows.append(
            {
                "target": name,
                "runtime": runtime,
                "path": str(path),
                "installed": (path / MANIFEST).is_file(),
            }
        )
    _output.emit(rows, output)


@agent.command("install-skill")
@click.option("--target", type=click.Choice(list(TARGETS)), help="The agent runtime.")
@click.option(
    "--target-dir",
    type=click.Path(file_okay=False),
    metavar="PATH",
    help="Install into PATH/runapi-cli instead of the runtime's own directory.",
)
def install_skill(target: str | None, target_dir: str | None) -> None:
    """Write the RunAPI skill where an agent runtime reads it (offline, from this package).

    \b
      runapi agent install-skill --target claude
      runapi agent install-skill --target codex --target-dir ./.agents/skills

    Running it again updates the skill. Files this command did not write (or that were edited
    since) are never overwritten: it then writes nothing, names them and exits 2.
    """
    from .._version import __version__
    from ._skill_install import Conflict, install, skill_files

    if target is None and target_dir is None:
        raise click.UsageError("pass --target (see `runapi agent list-targets`) or --target-dir")
    directory = Path(target_dir).expanduser() if target_dir else skills_dir(str(target))
    try:
        result = install(directory, skill_files(), __version__)
    except Conflict as exc:
        _output.message(
            f"error: {exc.directory} holds files this command did not write (or that were "
            f"edited since): {', '.join(exc.paths)}; nothing was written. Move them away or "
            "pass another --target-dir."
        )
        sys.exit(2)
    except OSError as exc:
        _output.message(f"error: cannot write the skill into {directory}: {exc.strerror}")
        sys.exit(2)
    _output.emit(
        {
            "installed": True,
            "target": target,
            "path": str(result.directory),
            "written": result.written,
            "unchanged": result.unchanged,
            "removed": result.removed,
        },
        "json",
    )
    _output.message(f"installed the RunAPI skill into {result.directory}")

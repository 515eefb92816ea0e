"""`runapi completion bash|zsh|fish`: print click's completion script for the shell."""

from __future__ import annotations

import click

__all__ = ["completion"]


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print a shell completion script for SHELL.

    \b
      bash:  eval "$(runapi completion bash)"       (in ~/.bashrc)
      zsh:   eval "$(runapi completion zsh)"        (in ~/.zshrc)
      fish:  runapi completion fish > ~/.config/fish/completions/runapi.fish
    """
    from click.shell_completion import get_completion_class

    from . import cli

    found = get_completion_class(shell)
    if found is None:  # pragma: no cover - the three shells are built into click
        raise click.UsageError(f"no completion support for {shell}")
    script = found(cli, {}, "runapi", "_RUNAPI_COMPLETE").source()
    click.echo(script)

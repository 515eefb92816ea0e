"""`runapi version`: the SDK, CLI and API versions, as JSON (or a table)."""

from __future__ import annotations

import platform

import click

from . import _output

__all__ = ["version", "versions"]


def versions() -> dict[str, str]:
    """The CLI ships inside the SDK package, so the two share one version; the API version is
    the spec's `info.version` the package was generated from."""
    from .._version import __api_version__, __version__

    return {
        "sdk": __version__,
        "cli": __version__,
        "api": __api_version__,
        "python": platform.python_version(),
    }


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--output", "-o", type=click.Choice(["json", "table"]), default="json", show_default=True
)
def version(output: str) -> None:
    """Print the SDK, CLI and API versions (`runapi --version` prints them on one line)."""
    _output.emit(versions(), output)

"""`runapi auth import-token`: store an API key for headless use, after checking it works.

`--token -` reads the key from stdin (`printf '%s' "$RUNAPI_API_KEY" | runapi auth import-token
--token -`), so it never shows in `ps` or the shell history; a key given as the flag's value
works too, with a warning. The key is verified with `GET /api/v1/me` (the check RunAPI's own CLI
makes) before the config file is written, unless --skip-verify is given (offline images). The
key is never printed, only masked.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from . import _checks, _config, _output

__all__ = ["VERIFY_PATH", "import_token"]

#: The account endpoint a key is checked against: any valid API key may call it.
VERIFY_PATH = "/api/v1/me"
_EXIT_AUTH = 3
_EXIT_API = 6
_EXIT_TIMEOUT = 8
_EXIT_CONNECTION = 9


def _key(token: str) -> str:
    if token != "-":
        _output.message(
            "warning: a key given on the command line is visible to other users in `ps`; "
            "prefer `--token -` with the key on stdin"
        )
        key = token.strip()
        if not key or any(c.isspace() for c in key):
            raise click.BadParameter(
                "the key is empty or contains whitespace", param_hint="'--token'"
            )
        return key
    from ._auth import _read_key

    return _read_key("API key")


def _fail(code: int, text: str) -> None:
    _output.message(f"error: {text}")
    sys.exit(code)


def verify(key: str, base_url: str | None) -> None:
    """Raise SystemExit with the CLI's exit code unless RunAPI accepts `key`."""
    from .. import _exceptions as errors
    from .._client import RunAPI
    from .._types import Operation

    operation = Operation(
        operation_id="auth.verify", method="GET", path=VERIFY_PATH, auth="api_key", body="none"
    )
    hint = "; pass --skip-verify to store it without checking"
    try:
        with RunAPI(api_key=key, base_url=base_url, max_retries=1, timeout=30.0) as client:
            client.request(operation)
    except (errors.AuthenticationError, errors.PermissionDeniedError) as exc:
        _fail(_EXIT_AUTH, f"RunAPI refused the key (HTTP {exc.status_code}); nothing was saved")
    except errors.APIStatusError as exc:
        _fail(
            _EXIT_API,
            f"could not verify the key: GET {VERIFY_PATH} answered HTTP {exc.status_code}{hint}",
        )
    except errors.APITimeoutError:
        _fail(_EXIT_TIMEOUT, f"could not verify the key: GET {VERIFY_PATH} timed out{hint}")
    except errors.APIConnectionError:
        _fail(_EXIT_CONNECTION, f"could not verify the key: RunAPI could not be reached{hint}")


@click.command("import-token", context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--token",
    default="-",
    show_default=True,
    metavar="KEY|-",
    help="The API key, or - to read it from stdin (recommended: not visible in `ps`).",
)
@click.option("--skip-verify", is_flag=True, help="Store the key without checking it online.")
@click.option("--base-url", metavar="URL", help="Also store a default API base URL.")
def import_token(token: str, skip_verify: bool, base_url: str | None) -> None:
    """Verify an API key with RunAPI, then store it in the config file (0600).

    \b
      printf '%s' "$RUNAPI_API_KEY" | runapi auth import-token --token -
      runapi auth import-token --token - --skip-verify < key.txt   (offline images)

    The key is checked with GET /api/v1/me against the base URL in effect (--base-url, then
    RUNAPI_BASE_URL, then the config file); a refused key exits 3 and writes nothing.
    """
    if base_url:
        _checks.base_url(_config.Setting(base_url, "flag"))
    key = _key(token)
    data = _config.load()
    target = _checks.base_url(_config.resolve("base_url", base_url, data))
    if not skip_verify:
        verify(key, target)
    data["api_key"] = key
    if base_url:
        data["base_url"] = base_url
    path = _config.save(data)
    report: dict[str, Any] = {
        "saved": True,
        "api_key": _config.mask(key),
        "verified": not skip_verify,
        "config_file": str(path),
    }
    _output.emit(report, "json")
    verb = "verified and saved" if not skip_verify else "saved (not verified)"
    _output.message(f"{verb} the API key ({_config.mask(key)}) to {path}")

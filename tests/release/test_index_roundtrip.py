"""The release loop end to end, against a real package index (pypiserver on 127.0.0.1).

1. release and publish N (the first release, 1.0.0);
2. a feature edit (a new model on an endpoint), release and publish N+1: a minor bump;
3. a breaking edit (a removed field, a new required field), release and publish N+2: a major bump;
4. each version is installed from the index into a fresh virtualenv, imported, and a recorded
   exchange is replayed through it;
5. each changelog entry names its changes.

Lean by design: the spec is a small one (one group: a task with two models, its status, a
call), installs take no dependencies from the index (`--no-deps`; the fresh virtualenv sees the
project's environment through a .pth file) and pip is the project's own, run by the fresh
virtualenv's interpreter.
"""

from __future__ import annotations

import copy
import json
import os
import socket
import subprocess
import sys
import sysconfig
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import commands as cli
from generator.changelog import entries
from generator.collector import tuned_garbage_collector
from tests.release import project
from tests.release.minispec import Doc, schemas

FIXTURES = Path(__file__).parent / "fixtures" / "demo"

#: Runs inside the fresh virtualenv: replays recorded exchanges through the installed SDK (the
#: request it sends must be the recorded one, its answer parses into the typed result), checks
#: that bodies the version refuses are refused before sending, and reports the versions.
REPLAY = textwrap.dedent(
    """
    import json, sys
    import httpx, runapi
    from click.testing import CliRunner
    from runapi.cli import cli

    plan = json.loads(sys.argv[1])
    sent = []

    def answer(request):
        sent.append(request)
        recorded = plan["exchanges"][len(sent) - 1]["response"]
        return httpx.Response(recorded["status"], json=recorded["body"])

    client = runapi.RunAPI(
        api_key="YOUR_API_TOKEN",
        base_url="https://runapi.invalid",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    results = []
    for exchange in plan["exchanges"]:
        request = exchange["request"]
        if request["method"] == "POST":
            result = client.demo.render.create(**request["body"])
        else:
            result = client.demo.render.get(request["path"].rsplit("/", 1)[1])
        got = sent[-1]
        assert (got.method, got.url.path) == (request["method"], request["path"]), got
        assert got.headers["authorization"] == request["headers"]["Authorization"]
        if "body" in request:
            assert json.loads(got.content) == request["body"], got.content
        results.append(result.model_dump(exclude_none=True))
    refused = []
    for body in plan["refused"]:
        try:
            client.demo.render.validate(**body)
        except runapi.ValidationError as exc:
            refused.append(str(exc))
    print(json.dumps({"file": runapi.__file__, "version": runapi.__version__,
                      "api": runapi.__api_version__, "results": results, "refused": refused,
                      "cli": CliRunner().invoke(cli, ["--version"]).output.strip()}))
    """
)


#: What each release must do: the exchanges it replays and the bodies it must refuse.
@dataclass(frozen=True)
class Plan:
    exchanges: list[str]  # <operationId>:<exchange name> in FIXTURES
    refused: list[dict[str, Any]]  # bodies the version's validation refuses


PLANS = {
    "1.0.0": Plan(
        ["demo.render.create:fast", "demo.render.get:completed"],
        [{"model": "turbo", "prompt": "a cat"}],  # no turbo model yet
    ),
    "1.1.0": Plan(["demo.render.create:fast", "demo.render.create:turbo"], []),
    "2.0.0": Plan(
        ["demo.render.create:fast-styled", "demo.render.get:completed"],
        # `style` is now required for fast; `callback_url` is gone from slow.
        [
            {"model": "fast", "prompt": "a cat"},
            {"model": "slow", "prompt": "a cat", "callback_url": "https://example.com/cb"},
        ],
    ),
}


def _exchange(reference: str) -> dict[str, Any]:
    operation, name = reference.split(":")
    recorded = yaml.safe_load((FIXTURES / f"{operation}.yaml").read_text(encoding="utf-8"))
    found: dict[str, Any] = next(e for e in recorded["exchanges"] if e["name"] == name)
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A pypiserver on 127.0.0.1 that takes uploads without authentication."""
    packages = tmp_path_factory.mktemp("index")
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pypiserver",
            "run",
            "--interface",
            "127.0.0.1",
            "--port",
            str(port),
            "--authenticate",
            ".",
            "--passwords",
            ".",
            "--disable-fallback",
            "--log-stream",
            "none",
            str(packages),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):  # readiness, not timing: at most ~20 s for a cold start
            if server.poll() is not None:
                error = server.stderr.read().decode() if server.stderr else ""
                raise RuntimeError(f"pypiserver exited: {error}")
            try:
                with urllib.request.urlopen(f"{url}/simple/", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            raise RuntimeError("pypiserver did not answer")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with tuned_garbage_collector():
        code = cli.main(list(args))
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    return captured.out


def _install(index: str, version: str, into: Path) -> Path:
    """A fresh virtualenv with runapi==version from the index; dependencies from this env."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(into)], check=True)
    python = into / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The project's environment supplies httpx, pydantic, jsonschema and click.
    Path(purelib, "_project_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    env = {**os.environ, "PIP_FIND_LINKS": "", "PIP_CONFIG_FILE": os.devnull}
    # The fresh interpreter runs this environment's pip (on its path through the .pth file):
    # what `pip --python` does, without a second pip process to start it.
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--ignore-installed",
            "--no-cache-dir",
            # No .pyc files at install: the replay imports the package (compiling what it
            # imports); pip's byte-compilation never fails an install, so it checks nothing.
            "--no-compile",
            "--disable-pip-version-check",  # asks no index about pip itself
            "--index-url",
            f"{index}/simple/",
            f"runapi=={version}",
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert install.returncode == 0, install.stderr
    return python


def _replay(python: Path, version: str, cwd: Path) -> dict[str, Any]:
    plan = PLANS[version]
    payload = {"exchanges": [_exchange(ref) for ref in plan.exchanges], "refused": plan.refused}
    result = subprocess.run(
        [str(python), "-I", "-c", REPLAY, json.dumps(payload)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout)
    assert len(found["refused"]) == len(plan.refused), found
    for exchange, got in zip(payload["exchanges"], found["results"], strict=True):
        assert got == exchange["response"]["body"], (got, exchange)
    return found


def _feature_edit(groups: dict[str, Doc]) -> None:
    """A new model on an endpoint: `turbo` for demo.render.create, with its own `boost`."""
    component = schemas(groups["demo"])
    turbo = copy.deepcopy(component["DemoRenderSlow"])
    turbo["properties"]["model"] = {"const": "turbo"}
    turbo["properties"]["boost"] = {"type": "boolean", "description": "Render faster."}
    component["DemoRenderTurbo"] = turbo
    union = component["DemoRenderRequest"]
    union["oneOf"].append({"$ref": "#/components/schemas/DemoRenderTurbo"})
    union["discriminator"]["mapping"]["turbo"] = "#/components/schemas/DemoRenderTurbo"


def _breaking_edit(groups: dict[str, Doc]) -> None:
    """A removed field (slow's callback_url) and a new required field (fast's style)."""
    component = schemas(groups["demo"])
    del component["DemoRenderSlow"]["properties"]["callback_url"]
    component["DemoRenderFast"]["properties"]["style"] = {
        "type": "string",
        "description": "Look of the render.",
    }
    component["DemoRenderFast"]["required"].append("style")
    create = groups["demo"]["paths"]["render"]["post"]
    create["requestBody"]["content"]["application/json"]["examples"]["basic"]["value"] = {
        "model": "fast",
        "prompt": "cat",
        "style": "noir",
    }


def test_release_publish_install_replay(
    index: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "project"
    spec = str(root / "spec" / "openapi.yaml")
    groups = project.create(root)
    # twine wants credentials even for an index that takes anyone; they never reach a log.
    monkeypatch.setenv("TWINE_USERNAME", "release-test")
    monkeypatch.setenv("TWINE_PASSWORD", "not-a-secret")

    def release(day: str) -> str:
        out = _main(capsys, "release", "--spec", spec, "--no-redocly", "--date", day)
        _main(capsys, "publish", "--spec", spec, "--repository-url", f"{index}/")
        return out

    first = release("2026-01-05")
    assert "released 1.0.0 (first release), tag v1.0.0" in first

    _feature_edit(groups)
    project.write_spec(root, groups)
    project.commit(root, "demo: turbo model")
    second = release("2026-02-10")  # it prints `make diff`'s report first
    assert "next SDK version: 1.1.0 (minor bump from 1.0.0)" in second
    assert "released 1.1.0 (minor bump), tag v1.1.0" in second

    _breaking_edit(groups)
    project.write_spec(root, groups)
    project.commit(root, "demo: style required for fast; slow drops callback_url")
    third = release("2026-03-15")
    assert "next SDK version: 2.0.0 (major bump from 1.1.0)" in third
    assert "released 2.0.0 (major bump), tag v2.0.0" in third

    # The index serves all three, each installable and working as released.
    with urllib.request.urlopen(f"{index}/simple/runapi/") as page:
        listing = page.read().decode()
    for version in PLANS:
        assert f"runapi-{version}-py3-none-any.whl" in listing
        python = _install(index, version, tmp_path / f"venv-{version}")
        result = _replay(python, version, tmp_path)
        assert result["version"] == version and result["api"] == "1.0.0", result
        assert str(tmp_path / f"venv-{version}") in str(result["file"]), result
        assert result["cli"] == f"runapi {version} (API 1.0.0)", result

    # Each changelog entry names its changes, breaking ones first with their migration.
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    released = {entry.version: entry for entry in entries(changelog)}
    assert list(released) == ["2.0.0", "1.1.0", "1.0.0"]
    assert "First release" in released["1.0.0"].body
    assert released["1.1.0"].date == "2026-02-10"
    assert "### Added" in released["1.1.0"].body
    assert "- `demo.render.create`: new model `turbo`." in released["1.1.0"].body
    assert "Breaking" not in released["1.1.0"].body
    major = released["2.0.0"].body
    assert major.index("### Breaking changes") < major.index("#### demo")
    assert "field `callback_url` removed" in major
    assert "**Migration:** stop passing `callback_url`" in major
    assert "new required field `style`" in major
    assert "**Migration:** pass `style` in every call" in major
    # The docs site's Changes page carries the same entries; tags and commits are in place.
    page = (root / "generated" / "docs" / "changes.md").read_text(encoding="utf-8")
    assert "## 2.0.0 (2026-03-15)" in page and "## 1.0.0 (2026-01-05)" in page
    assert project.git(root, "tag", "--list").split() == ["v1.0.0", "v1.1.0", "v2.0.0"]
    assert project.git(root, "status", "--porcelain") == ""
    print("\n--- feature release ---\n" + second + "\n--- breaking release ---\n" + third)
    print("\n--- CHANGELOG.md ---\n" + changelog)

"""The built site: strict build, no external resources, and a real browser reading it."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from generator.project import PROJECT
from tests.local_server import serving

SCRIPT = Path(__file__).with_name("browser_check.mjs")
ARTIFACTS = PROJECT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
GROUP_PAGE = "reference/seedance.html"
QUERY = "Seedance video task"
EXPECTED = "reference/seedance.html#seedance-text_to_video-create"


def test_every_operation_anchor_is_in_the_html(site: Path, bundled: dict[str, Any]) -> None:
    ids: set[str] = set()
    for page in (site / "reference").glob("*.html"):
        ids |= set(re.findall(r'id="([^"]+)"', page.read_text(encoding="utf-8")))
    operation_ids = [
        op["operationId"]
        for item in bundled["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op and method != "parameters"
    ]
    missing = [o for o in operation_ids if o.replace(".", "-") not in ids]
    assert not missing


def test_site_loads_nothing_from_other_hosts(site: Path) -> None:
    external = re.compile(r'(?:src|href)="(https?:)?//(?!runapi\.ai)[^"]+"')
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for match in external.finditer(text):
            tag_start = text.rfind("<", 0, match.start())
            tag = text[tag_start : match.start()]
            # Plain links in the text are fine; stylesheets, scripts and images are not.
            assert not tag.startswith(("<script", "<link", "<img", "<iframe")), (page, match[0])
    assert "fonts.googleapis" not in "".join(p.read_text() for p in site.rglob("*.html"))


def test_search_index_knows_the_operations(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert "reference/seedance.html#seedance-text_to_video-create" in locations


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), handler)) as url:
        yield f"{url}/"


def _browser_missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} not found (apt-get install chromium; .ci/run installs it)"
    if not (PROJECT / "node_modules" / "playwright-core").exists():
        return "playwright-core is not installed (make setup)"
    return None


def test_site_in_a_browser(served: str, site: Path) -> None:
    reason = _browser_missing()
    if reason:
        pytest.skip(reason)
    ARTIFACTS.mkdir(exist_ok=True)
    result = subprocess.run(
        ["node", str(SCRIPT), served, str(ARTIFACTS), GROUP_PAGE, QUERY, EXPECTED, str(site)],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        check=False,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["pages"]["home"]["errors"] == []
    assert report["pages"]["group"]["errors"] == []
    assert report["external"] == []
    assert report["search"]["found"], report["search"]
    assert report["fileSearch"]["results"] > 0  # search works from file:// too
    for name in ("home", "group", "search"):
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000

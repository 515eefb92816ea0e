"""`make release` and `make publish`: version, changelog, regenerate, build, check, tag, upload.

A release never leaves the project half-done. It starts only from a clean working tree and a
free tag; `--dry-run` prints the plan and writes nothing; every file it touches (SDK_VERSION,
CHANGELOG.md, generated/) is backed up first and put back when any later step fails (render,
the build, `twine check`, commit, tag), and built files reach dist/ only after the check
passed. On success it commits those files as "Release X.Y.Z" and tags the commit `vX.Y.Z`.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import logging
import os
import shutil
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from .build import build_api
from .changelog import insert_entry, render_entry
from .changes import Layout, ReleaseDiff, compare, working_spec
from .diff import Change
from .gitrefs import GitError, git, is_clean, release_tags, tag_name
from .pipeline import generate
from .sdk_version import VERSION_FILE, read_sdk_version, write_sdk_version
from .semver import Bump, Version

DIST_NAME = "runapi"


class ReleaseError(RuntimeError):
    """A release or publish that cannot go ahead; nothing was left changed."""


@dataclass
class ReleasePlan:
    version: Version
    bump: Bump | None  # None: the first release, at SDK_VERSION as it is
    tag: str
    entry: str  # the CHANGELOG.md entry
    diff: ReleaseDiff | None  # None for the first release


def _first_release_intro(layout: Layout) -> tuple[str, str]:
    api = build_api(working_spec(layout).document)
    groups = len(api.namespaces)
    intro = (
        f"First release: typed sync and async clients, CLI and docs for all "
        f"{len(api.operations)} operations in {groups} API group{'s' if groups != 1 else ''}."
    )
    return intro, api.version


def plan_release(layout: Layout, *, day: date) -> ReleasePlan:
    current = read_sdk_version(layout.spec)
    if current is None:
        raise ReleaseError(f"{layout.root / VERSION_FILE} is missing: the SDK version lives there")
    if not release_tags(layout.root):
        intro, api_version = _first_release_intro(layout)
        entry = render_entry(current, day, [], (api_version, api_version), intro)
        return ReleasePlan(current, None, tag_name(current), entry, None)
    diff = compare(layout)
    changes = list(diff.changes)
    planned = diff.next_version()
    if planned is not None:
        bump, version = planned
    elif _package_changed(layout, diff.base):
        bump, version = "patch", current.bumped("patch")
        changes = [
            Change(
                "fix",
                "sdk",
                "python",
                "runapi",
                f"SDK changes without API changes (see the commits since {diff.base})",
                "the generated package changed while the spec did not",
            )
        ]
    else:
        raise ReleaseError(f"nothing to release: no change since {diff.base}")
    api_versions = (diff.report.old_version, diff.report.new_version)
    entry = render_entry(version, day, changes, api_versions)
    return ReleasePlan(version, bump, tag_name(version), entry, diff)


def _package_changed(layout: Layout, base: str) -> bool:
    listing = git(layout.root, "diff", "--name-only", base, "HEAD", "--", "generated/python")
    return bool(listing.strip())


def _check_clean(layout: Layout) -> None:
    dirty = is_clean(layout.root)
    if dirty:
        shown = ", ".join(dirty[:5]) + (" ..." if len(dirty) > 5 else "")
        raise ReleaseError(f"commit or stash your changes first (working tree: {shown})")


def _check_tag_free(layout: Layout, plan: ReleasePlan) -> None:
    try:
        git(layout.root, "rev-parse", "--verify", "--quiet", f"refs/tags/{plan.tag}")
    except GitError:
        return
    raise ReleaseError(f"tag {plan.tag} already exists")


@contextmanager
def _restored_on_failure(layout: Layout) -> Iterator[None]:
    """Put SDK_VERSION, CHANGELOG.md and generated/ back as they were if the body fails."""
    files = [layout.root / VERSION_FILE, layout.changelog]
    saved = {path: path.read_bytes() if path.exists() else None for path in files}
    backup = Path(tempfile.mkdtemp(prefix="runapi-release-backup-"))
    had_generated = layout.generated.exists()
    if had_generated:
        shutil.copytree(layout.generated, backup / "generated", symlinks=True)
    try:
        yield
    except BaseException:
        for path, content in saved.items():
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)
        shutil.rmtree(layout.generated, ignore_errors=True)
        if had_generated:
            shutil.move(backup / "generated", layout.generated)
        raise
    finally:
        shutil.rmtree(backup, ignore_errors=True)


def build_artifacts(layout: Layout, into: Path, day: date) -> list[Path]:
    """sdist and wheel of generated/python with its PEP 517 backend, then `twine check --strict`."""
    # The backend (hatchling) comes from this environment, pinned in pyproject.toml: no
    # download, and the same backend on every machine. SOURCE_DATE_EPOCH makes the archives
    # depend on the release date only.
    epoch = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
    _build_with_backend(layout.generated / "python", into, {"SOURCE_DATE_EPOCH": str(epoch)})
    built = sorted(into.glob(f"{DIST_NAME}-*"))
    if len(built) != 2:
        raise ReleaseError(f"the build made {[p.name for p in built]}, not an sdist and a wheel")
    _twine("check", ["--strict", *map(str, built)])
    return built


def _build_with_backend(package: Path, into: Path, environ: dict[str, str]) -> None:
    """What `python -m build --no-isolation --sdist --wheel` does, in this process: the backend
    that the package's pyproject.toml names (its requirements checked against this environment,
    as `--no-isolation` does) builds the sdist and the wheel from the package folder. No build
    frontend process, and no interpreter per PEP 517 hook (each importing the backend again).
    """
    import build  # the frontend's dependency check, loaded by a release only

    system = tomllib.loads((package / "pyproject.toml").read_text(encoding="utf-8"))
    system = system.get("build-system", {})
    missing = [
        " -> ".join(chain)
        for requirement in system.get("requires", [])
        for chain in build.check_dependency(requirement)
    ]
    if missing:
        raise ReleaseError(f"the build backend's requirements are missing: {', '.join(missing)}")
    name = system.get("build-backend", "")
    output = io.StringIO()
    try:
        backend = importlib.import_module(name)
        with (
            contextlib.chdir(package),
            _environment(environ),
            contextlib.redirect_stdout(output),
            contextlib.redirect_stderr(output),
        ):
            backend.build_sdist(str(into))
            backend.build_wheel(str(into))
    except Exception as exc:  # the backend's own errors: a bad pyproject.toml, a missing file
        raise ReleaseError(f"the build ({name}) failed:\n{_tail(output)}\n{exc}".strip()) from exc


@contextmanager
def _environment(variables: dict[str, str]) -> Iterator[None]:
    """`variables` set in os.environ (where the backend reads them) for the block only."""
    saved = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _twine(command: str, args: list[str]) -> None:
    """`twine <command> <args>`, in this process: its entry point without the console setup of
    `python -m twine` (which reconfigures the process's logging). Its messages (rich prints,
    log records) are collected for the error a failure raises."""
    import twine.commands.check
    import twine.commands.upload

    entry = {"check": twine.commands.check.main, "upload": twine.commands.upload.main}[command]
    output = io.StringIO()
    handler = logging.StreamHandler(output)
    twine_logger = logging.getLogger("twine")
    level = twine_logger.level  # twine's settings set it
    twine_logger.addHandler(handler)
    try:
        with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
            failed = entry(args)
    except (
        Exception,
        SystemExit,
    ) as exc:  # twine's errors, an HTTP error from the index
        raise ReleaseError(f"twine {command} failed:\n{_tail(output)}\n{exc}".strip()) from exc
    finally:
        twine_logger.removeHandler(handler)
        twine_logger.setLevel(level)
    if failed:
        raise ReleaseError(f"twine {command} failed:\n{_tail(output)}")


def _tail(output: io.StringIO) -> str:
    return output.getvalue().strip()[-3000:]


def release(
    layout: Layout,
    *,
    dry_run: bool = False,
    day: date | None = None,
    use_redocly: bool = True,
) -> ReleasePlan:
    day = day or date.today()
    _check_clean(layout)
    plan = plan_release(layout, day=day)
    _check_tag_free(layout, plan)
    if dry_run:
        return plan
    changelog = layout.changelog.read_text(encoding="utf-8") if layout.changelog.exists() else None
    head = git(layout.root, "rev-parse", "HEAD").strip()
    with tempfile.TemporaryDirectory(prefix="runapi-dist-") as tmp:
        try:
            with _restored_on_failure(layout):
                write_sdk_version(layout.spec, plan.version)
                layout.changelog.write_text(insert_entry(changelog, plan.entry), encoding="utf-8")
                generate(layout.spec, layout.generated, use_redocly=use_redocly)
                built = build_artifacts(layout, Path(tmp), day)
                _commit_and_tag(layout, plan, head)
        except ReleaseError:
            raise
        except Exception as exc:  # a SpecError, a git failure: the files are already back
            raise ReleaseError(f"release {plan.version} failed, nothing changed: {exc}") from exc
        layout.dist.mkdir(exist_ok=True)
        for path in built:
            shutil.copy2(path, layout.dist / path.name)
    return plan


def _commit_and_tag(layout: Layout, plan: ReleasePlan, head: str) -> None:
    paths = [VERSION_FILE, layout.changelog.name, layout.generated.name]
    try:
        git(layout.root, "add", "--all", "--", *paths)
        git(
            layout.root,
            "commit",
            "--quiet",
            "-m",
            f"Release {plan.version}",
            "--",
            *paths,
        )
        git(layout.root, "tag", "-a", plan.tag, "-m", f"runapi {plan.version}")
    except GitError:
        # Undo a commit made here (the files themselves are restored by the caller).
        if git(layout.root, "rev-parse", "HEAD").strip() != head:
            git(layout.root, "reset", "--quiet", "--soft", head)
        git(layout.root, "reset", "--quiet", "--", *paths)
        raise


def artifacts(layout: Layout, version: Version) -> list[Path]:
    return [
        layout.dist / f"{DIST_NAME}-{version}.tar.gz",
        layout.dist / f"{DIST_NAME}-{version}-py3-none-any.whl",
    ]


def publish(layout: Layout, repository_url: str) -> list[Path]:
    """Upload the current release's sdist and wheel with twine.

    Credentials come from twine's usual places (TWINE_USERNAME / TWINE_PASSWORD, keyring,
    ~/.pypirc); they are never passed on the command line or printed.
    """
    version = read_sdk_version(layout.spec)
    if version is None:
        raise ReleaseError(f"{layout.root / VERSION_FILE} is missing")
    tag = tag_name(version)
    if tag not in {t for _, t in release_tags(layout.root)}:
        raise ReleaseError(f"{version} is not released yet (no tag {tag}): run `make release`")
    files = artifacts(layout, version)
    missing = [p.name for p in files if not p.exists()]
    if missing:
        raise ReleaseError(f"missing in {layout.dist}: {', '.join(missing)} (run `make release`)")
    arguments = ["--non-interactive", "--disable-progress-bar"]
    _twine("upload", [*arguments, "--repository-url", repository_url, *map(str, files)])
    return files

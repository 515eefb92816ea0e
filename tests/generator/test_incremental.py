"""Issue 12, goal 2: regeneration after an edit reuses what the edit did not touch, and its output
is byte for byte what a run without any cache writes.

Every case works in a copy of the project (generator, templates, spec) with a cache folder of
its own, so it can edit templates and generator code too: a run with the cache of the previous
run (incremental) is compared with a run on an empty cache (full). A run of the copy's own
generator is a forked child of this process that imports the copy's modules in place of the
project's (tests/generator/forked.py): a process of its own, without a fresh interpreter's
imports of every library.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import importlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import cache as content_cache
from generator.build import build_api
from generator.bundle import Bundle, bundle
from generator.cache import CACHE_ENV
from generator.collector import tuned_garbage_collector
from generator.fragments import reduced
from generator.ir import Api, Namespace, Operation, Param
from generator.pipeline import generate, render_bundle
from generator.project import PROJECT
from generator.targets import TARGETS
from generator.targets.units import Units, api_digests
from generator.validate import validate_spec

from .forked import run_forked
from .minimal_spec import fresh, write_spec

#: What a run reads from the project besides the spec (the committed sources, no outputs).
COPIED = (
    "generator",
    "templates",
    "SDK_VERSION",
    "CHANGELOG.md",
    "package.json",
    "redocly.yaml",
)


class ProjectCopy:
    def __init__(self, root: Path, spec: Path | None = None) -> None:
        self.root = root
        for name in COPIED:
            source = PROJECT / name
            if source.is_dir():
                # (with the bytecode: a module is compiled again only once edited, as Python
                # checks each one against its source's size and time)
                shutil.copytree(source, root / name)
            else:
                shutil.copy2(source, root / name)
        if spec is None:  # else the test wrote one into root/spec
            shutil.copytree(PROJECT / "spec", root / "spec")
        self.spec = spec or root / "spec" / "openapi.yaml"
        self._counters()

    @classmethod
    def of(cls, source: ProjectCopy, root: Path) -> ProjectCopy:
        """A copy of another copy as its last run left it: sources, spec and cache."""
        shutil.copytree(source.root, root, ignore=shutil.ignore_patterns("out-*", "empty-cache-*"))
        copy = cls.__new__(cls)
        copy.root = root
        copy.spec = root / source.spec.relative_to(source.root)
        copy._counters()
        return copy

    def _counters(self) -> None:
        self.cache = self.root / ".cache" / "generator"
        self.runs = 0
        self.recomputed: dict[str, int] = {}  # by cache kind, in the last run

    def generate(self, *, cache: Path | None = None, in_process: bool = False) -> dict[str, bytes]:
        """Generate into a fresh folder with `cache` (default: the copy's own, kept across runs).

        `in_process` runs the project's own generator in this process (for edits of the spec
        only: the copy's generator and templates are the project's); else the copy's runs.
        """
        self.runs += 1
        out = self.root / f"out-{self.runs}"
        if in_process:
            self._generate_here(cache or self.cache, out)
        else:
            self._generate_apart(cache or self.cache, out)
        return {
            str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()
        }

    def _generate_here(self, cache: Path, out: Path) -> None:
        saved = os.environ.get(CACHE_ENV)
        os.environ[CACHE_ENV] = str(cache)
        content_cache.reused.clear()
        content_cache.recomputed.clear()
        try:
            with (
                tuned_garbage_collector()
            ):  # as in a process of its own (tests/generator/in_process.py)
                generate(self.spec, out, use_redocly=False)
        finally:
            if saved is None:
                del os.environ[CACHE_ENV]
            else:
                os.environ[CACHE_ENV] = saved
        self.recomputed = {
            kind: content_cache.recomputed[kind]
            for kind in content_cache.reused.keys() | content_cache.recomputed.keys()
        }

    def _generate_apart(self, cache: Path, out: Path) -> None:
        argv = ["generate", "--no-redocly", "--spec", str(self.spec), "--out", str(out)]
        env = {CACHE_ENV: str(cache), content_cache.STATS_ENV: "1"}
        ended = run_forked(lambda: _run_copy(self.root, argv, env))
        assert ended.code == 0, ended.output
        # "cache: formatted 227/230, models 1/1, ..." (reused / looked up, by kind)
        lines = [line for line in ended.output.splitlines() if line.startswith("cache: ")]
        assert lines, "the run printed no cache statistics"
        stats = lines[-1].removeprefix("cache: ").strip()
        self.recomputed = {}
        for entry in stats.split(", "):
            kind, _, counts = entry.partition(" ")
            reused, total = (int(n) for n in counts.split("/"))
            self.recomputed[kind] = total - reused

    def full(self, *, in_process: bool = False) -> dict[str, bytes]:
        """What the copy's generator renders from its spec with no cache at all (the spec
        passed validation in the run compared with this one: checking it again would not
        change a byte), in this process or in a forked child as `generate` would."""
        if in_process:
            return _full_render(self.spec)
        self.runs += 1
        out = self.root / f"out-{self.runs}"
        ended = run_forked(lambda: _render_copy(self.root, self.spec, out))
        assert ended.code == 0, ended.output
        return {
            str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()
        }

    def edit(self, relative: str, change: Callable[[str], str]) -> None:
        path = self.root / relative
        before = path.read_text(encoding="utf-8")
        after = change(before)
        assert after != before, f"the edit of {relative} changed nothing"
        path.write_text(after, encoding="utf-8")


def _run_copy(root: Path, argv: list[str], env: dict[str, str]) -> int:
    """In a forked child: `python -m generator <argv>` as the copy at `root` runs it."""
    os.environ.update(env)
    copied = _import_copy(root, "generator.commands")
    with _import_copy(root, "generator.collector").tuned_garbage_collector():
        code: int = copied.main(argv)
    return code


def _render_copy(root: Path, spec: Path, out: Path) -> int:
    """In a forked child: what the copy at `root` renders from `spec` with no cache (as
    `_full_render` for the project), written below `out`."""
    os.environ[CACHE_ENV] = "off"
    render_bundle = _import_copy(root, "generator.pipeline").render_bundle
    bundle_of = _import_copy(root, "generator.bundle").bundle
    with _import_copy(root, "generator.collector").tuned_garbage_collector():
        files: dict[str, bytes] = render_bundle(bundle_of(spec, root))
    for relative, content in files.items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_bytes(content)
    return 0


def _import_copy(root: Path, module: str) -> Any:
    """`module` of the generator package of the copy at `root`, imported in place of the
    project's (whose modules are dropped first): in a forked child only."""
    if sys.path[:1] != [str(root)]:
        os.chdir(root)
        for name in [n for n in sys.modules if n == "generator" or n.startswith("generator.")]:
            del sys.modules[name]
        sys.path.insert(0, str(root))
        importlib.invalidate_caches()
    imported = importlib.import_module(module)
    assert Path(imported.__file__ or "").is_relative_to(root), imported.__file__
    return imported


def _differing(one: dict[str, bytes], other: dict[str, bytes]) -> list[str]:
    return sorted(name for name in one.keys() | other.keys() if one.get(name) != other.get(name))


def _seed(cache: Path) -> None:
    """Start `cache` from the project's own cache (the copy's spec is the project's): hard links,
    as cheap as they are safe (an entry is replaced by a new file, never rewritten in place).
    Where the temporary folder is on another file system (a tmpfs /tmp, as Debian 13 mounts
    it), symbolic links: as safe for the same reason, and an entry pruned meanwhile is a miss."""
    project_cache = content_cache.cache_folder()
    if project_cache is None or not project_cache.is_dir():
        return
    existing = next(folder for folder in (cache, *cache.parents) if folder.exists())
    same_device = existing.stat().st_dev == project_cache.stat().st_dev
    link_to = os.link if same_device else os.symlink
    # `make test` runs `make check` beside pytest, which may be storing or pruning entries of
    # the same cache meanwhile: a file being written (a dot file) or gone is skipped.
    for entry in project_cache.rglob("*"):
        if entry.name.startswith(".") or not entry.is_file():
            continue
        link = cache / entry.relative_to(project_cache)
        link.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            link_to(entry, link)


def _full_render(spec: Path) -> dict[str, bytes]:
    """What every target renders from `spec` with no cache at all (the spec passed validation
    in the runs compared with this one: checking it again would not change a byte)."""
    saved = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = "off"
    try:
        with tuned_garbage_collector():
            return render_bundle(bundle(spec, PROJECT))
    finally:
        if saved is None:
            del os.environ[CACHE_ENV]
        else:
            os.environ[CACHE_ENV] = saved


def test_a_group_edit_regenerates_byte_identical_to_a_full_run(tmp_path: Path) -> None:
    """The real spec: one group file's operation and request schema change."""
    project = ProjectCopy(tmp_path)
    _seed(project.cache)
    # The spec is all that changes: the project's generator runs in this process.
    before = project.generate(in_process=True)
    cache_entries = sum(1 for p in project.cache.rglob("*") if p.is_file())
    assert cache_entries > 0

    project.edit(
        "spec/paths/kling.yaml",
        lambda text: text.replace(
            "summary: Create a Kling AI Avatar task",
            "summary: Create a Kling AI Avatar task (edited)",
            1,
        ).replace("description: |", "description: |\n        Edited for the test.", 2),
    )
    incremental = project.generate(in_process=True)
    # Only what the edit touched was recomputed: one file parsed, the edited path items
    # checked, a few modules formatted; the models (no response schema changed) reused.
    assert project.recomputed["yaml"] == 1
    assert 1 <= project.recomputed["structure"] <= 3
    assert 1 <= project.recomputed["semantic-items"] <= 3
    assert 1 <= project.recomputed["formatted"] <= 6
    assert project.recomputed["models"] == 0
    assert project.recomputed["verdict-python"] == 1  # the document changed: checked again
    full = _full_render(project.spec)
    assert _differing(incremental, full) == []
    changed = _differing(before, incremental)
    assert "openapi.json" in changed
    assert any(name.startswith("python/src/runapi/resources/kling") for name in changed)
    # Groups the edit did not touch come out as before.
    assert not any("seedance" in name for name in changed)


EDITS: dict[str, tuple[str, Callable[[str], str]]] = {
    "a shared component in the root file": (
        "spec/openapi.yaml",
        lambda text: text.replace("- error\n", "- error\n      description: Edited error.\n", 1),
    ),
    "a template": (
        "templates/python/package/README.md.j2",
        lambda text: text + "\nEdited template line.\n",
    ),
    # (each namespace's modules are a remembered unit: targets/units.py)
    "a template a remembered unit renders": (
        "templates/python/package/resources/namespace.py.j2",
        lambda text: text.replace("Generated from spec/openapi.yaml.", "Generated (edited).", 1),
    ),
    "the runtime copied into the package": (
        "templates/python/static/_exceptions.py",
        lambda text: text + "\n# edited runtime\n",
    ),
    "generator code": (
        "generator/targets/python_models.py",
        lambda text: text.replace(
            'HEADER = "# Generated from spec/openapi.yaml by datamodel-code-generator.',
            'HEADER = "# Generated (edited) from spec/openapi.yaml by datamodel-code-generator.',
            1,
        ),
    ),
    "generator code a remembered unit runs": (
        "generator/targets/docs_site.py",
        lambda text: text.replace("Answers `202` with the task id", "Answers (edited) `202`", 1),
    ),
}


@pytest.fixture(scope="module")
def minimal_project(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[ProjectCopy, dict[str, bytes]]:
    """A copy of the project with the minimal spec, generated once (its cache filled)."""
    root = tmp_path_factory.mktemp("minimal-project")
    project = ProjectCopy(root, write_spec(root / "spec", *fresh()))
    return project, project.generate()


@pytest.mark.parametrize("case", list(EDITS))
def test_edits_outside_a_group_file_are_picked_up(
    case: str, tmp_path: Path, minimal_project: tuple[ProjectCopy, dict[str, bytes]]
) -> None:
    """Whatever the edit, the cached run equals a run without a cache (and shows the edit)."""
    source, before = minimal_project
    project = ProjectCopy.of(source, tmp_path / "project")
    relative, change = EDITS[case]
    project.edit(relative, change)
    # An edit of the spec alone runs in this process (the copy's generator and templates are
    # the project's); any other needs the copy's own, in a process of its own.
    here = relative.startswith("spec/")
    incremental = project.generate(in_process=here)
    assert _differing(incremental, project.full(in_process=here)) == []
    assert _differing(before, incremental) != []


# -- validation per group: an edited path item is checked alone, reported as a whole check --


def _checkable() -> tuple[dict[str, Any], dict[str, Any]]:
    """The minimal spec, with the summary Redocly wants on its callback operation."""
    root, group = fresh()
    callbacks = group["paths"]["render"]["post"]["callbacks"]
    callbacks["taskStatus"]["{$request.body#/callback_url}"]["post"]["summary"] = "Status"
    return root, group


def _drop_4xx(group: dict[str, Any]) -> None:
    """Valid, with a Redocly warning on the edited path item (operation-4xx-response)."""
    group["paths"]["render_by_id"]["get"]["responses"].pop("400")


def _bad_example(group: dict[str, Any]) -> None:
    body = group["paths"]["render"]["post"]["requestBody"]["content"]["application/json"]
    body["examples"]["basic"]["value"]["prompt"] = 5


def _taken_operation_id(group: dict[str, Any]) -> None:
    """The edited item takes the other item's operationId: a verdict about both items."""
    group["paths"]["render_by_id"]["get"]["operationId"] = "demo.render.create"


GROUP_EDITS: dict[str, tuple[Callable[[dict[str, Any]], None], bool]] = {
    # name: (edit of the group file, checked with Redocly)
    "a valid edit Redocly warns about": (_drop_4xx, True),
    "an example that does not validate": (_bad_example, False),
    "an operationId the other path item has": (_taken_operation_id, True),
}


def _validate(
    spec: Path,
    cache_folder: Path | None,
    redocly: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[list[str], list[str], dict[str, int]]:
    """(errors, warnings, recomputed lookups by cache kind) of an in-process validation."""
    monkeypatch.setenv("RUNAPI_GENERATOR_CACHE", str(cache_folder) if cache_folder else "off")
    content_cache.reused.clear()
    content_cache.recomputed.clear()
    report = validate_spec(spec, PROJECT, use_redocly=redocly)
    return (
        [d.format() for d in report.errors],
        [d.format() for d in report.warnings],
        dict(content_cache.recomputed),
    )


@pytest.fixture(scope="module")
def checked_with_redocly(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache folder a validation of the unedited spec with Redocly filled (the spec valid,
    with no warning): the first run of every case checked with Redocly."""
    tmp = tmp_path_factory.mktemp("checked")
    spec = write_spec(tmp / "spec", *_checkable())
    folder = tmp / "cache"
    with pytest.MonkeyPatch.context() as monkeypatch:
        errors, warnings, _ = _validate(spec, folder, True, monkeypatch)
    assert (errors, warnings) == ([], [])
    return folder


@pytest.mark.parametrize("case", list(GROUP_EDITS))
def test_a_group_edit_is_checked_alone_and_reported_as_a_whole_check(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    edit, redocly = GROUP_EDITS[case]
    root, group = _checkable()
    spec = write_spec(tmp_path / "spec", root, group)
    folder = tmp_path / "cache"
    if redocly:  # the same first run for each: done once, its cache copied (hard links)
        checked = request.getfixturevalue("checked_with_redocly")
        shutil.copytree(checked, folder, copy_function=os.link)
    else:
        errors, warnings, _ = _validate(spec, folder, redocly, monkeypatch)
        assert (errors, warnings) == ([], [])

    edit(group)
    write_spec(tmp_path / "spec", root, group)
    incremental = _validate(spec, folder, redocly, monkeypatch)
    full = _validate(spec, None, redocly, monkeypatch)
    assert incremental[:2] == full[:2]
    assert incremental[0] or incremental[1], "the edit should be reported"
    # Only the edited path item was checked again: the other one and the shared part were
    # remembered (by the library's and the examples' checks, and by Redocly's lint).
    assert incremental[2]["semantic-items"] == 1
    if redocly:
        assert incremental[2]["redocly-items"] == 1


def test_a_reduced_document_keeps_what_its_path_items_reach(tmp_path: Path) -> None:
    """What Redocly lints after a group edit: the edited item, the components it reaches
    (transitively), every security scheme; the other items and what only they use are left out.
    """
    root, group = _checkable()
    spec = write_spec(tmp_path / "spec", root, group)
    document = bundle(spec, tmp_path).document
    kept = reduced(document, {"/api/v1/demo/render/{id}"}, reachable_only=True)
    assert list(kept["paths"]) == ["/api/v1/demo/render/{id}"]
    components = kept["components"]
    assert set(components["parameters"]) == {"TaskId"}  # the callback headers are the other's
    assert set(components["responses"]) == {"BadRequest"}
    assert "Error" in components["schemas"]  # reached through BadRequest
    assert "DemoRenderStatus" in components["schemas"]
    assert "DemoRenderRequest" not in components["schemas"]  # the other item's body
    assert components["securitySchemes"] == document["components"]["securitySchemes"]
    assert {k: v for k, v in kept.items() if k not in ("paths", "components")} == {
        k: v for k, v in document.items() if k not in ("paths", "components")
    }


# -- rendering units (generator/targets/units.py): each is keyed on everything it reads -------
#
# In this process, target by target: a render with the units of an earlier render must equal a
# render that remembers no unit, after a change each unit sees only through one part of its key.


@pytest.fixture(scope="module")
def minimal_render() -> tuple[Api, Bundle]:
    """The minimal spec, bundled, with its IR (kept unchanged: cases copy what they change)."""
    with tempfile.TemporaryDirectory(prefix="units-spec-") as tmp:
        spec = write_spec(Path(tmp) / "spec", *fresh())
        result = bundle(spec, Path(tmp))
    return build_api(result.document), result


def _render_targets(
    names: tuple[str, ...], api: Api, result: Bundle, *, remembered: bool
) -> dict[str, bytes]:
    """The files of the targets `names`; without `remembered`, every unit is rendered."""
    api_digests(api)
    with pytest.MonkeyPatch.context() as patch:
        if not remembered:
            patch.setattr(Units, "get", lambda _self, _name, _inputs, compute, *a: compute(*a))
        files: dict[str, bytes] = {}
        for name in names:
            files.update(TARGETS[name](api, result))
    return files


def _split(api: Api) -> Api:
    """The minimal API with its status operation in a group of its own: the create operation's
    pages then read an operation of another group."""
    (demo,) = api.namespaces
    status = next(op for op in demo.operations if op.kind == "task_status")
    moved = dataclasses.replace(status, namespace="other")
    other = Namespace("other", "Other", "Other group.", (moved,), (), ())
    kept = dataclasses.replace(demo, operations=tuple(op for op in demo.operations if op != status))
    operations = tuple(moved if op == status else op for op in api.operations)
    return dataclasses.replace(api, namespaces=(kept, other), operations=operations)


def _with_status(api: Api, change: Callable[[Operation], Operation]) -> Api:
    """`api` with its status operation changed (in whichever group holds it)."""
    status = next(op for op in api.operations if op.kind == "task_status")
    changed = change(status)

    def swap(ops: tuple[Operation, ...]) -> tuple[Operation, ...]:
        return tuple(changed if op == status else op for op in ops)

    namespaces = tuple(
        dataclasses.replace(ns, operations=swap(ns.operations)) for ns in api.namespaces
    )
    return dataclasses.replace(api, namespaces=namespaces, operations=swap(api.operations))


def _second_creator(api: Api, first: bool) -> Api:
    """The split API with a second create operation, in the status operation's group, placed
    before or after the first among all operations (the order of the status page's links)."""
    api = _split(api)
    create = next(op for op in api.operations if op.kind == "task_create")
    twin = dataclasses.replace(create, operation_id="other.render.create", namespace="other")
    demo, other = api.namespaces
    other = dataclasses.replace(other, operations=(twin, *other.operations))
    rest = tuple(op for op in api.operations if op != create)
    operations = (create, twin, *rest) if first else (twin, create, *rest)
    return dataclasses.replace(api, namespaces=(demo, other), operations=operations)


def _edited_document(result: Bundle, edit: Callable[[dict[str, Any]], None]) -> Bundle:
    document = copy.deepcopy(result.document)
    edit(document)
    return dataclasses.replace(result, document=document)


def _response_description(document: dict[str, Any]) -> None:
    """Read from the path item only (the IR does not hold it)."""
    item = document["paths"]["/api/v1/demo/render/{id}"]["get"]
    item["responses"]["200"]["description"] = "Edited status answer."


def _component_description(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["DemoRenderStatus"]["description"] = "Edited status."


def _completed_fields(op: Operation) -> Operation:
    return dataclasses.replace(op, completed_fields=(*op.completed_fields, "edited_field"))


def _shares_a_component(op: Operation) -> Operation:
    """The status operation now reads the create operation's answer schema too: that
    component moves to the TypeScript module the groups share."""
    ref = {"$ref": "#/components/schemas/TaskAccepted"}
    return dataclasses.replace(op, query_params=(Param("accepted", False, "", ref),))


UnitCase = tuple[
    tuple[str, ...],  # the targets rendered
    Callable[[Api, Bundle], tuple[Api, Bundle]],  # the state before the change
    Callable[[Api, Bundle], tuple[Api, Bundle]],  # after it
]

UNIT_CASES: dict[str, UnitCase] = {
    # DocumentParts.of: the operation's own path item
    "a path item part the IR does not hold": (
        ("docs", "bundle"),
        lambda api, b: (api, b),
        lambda api, b: (api, _edited_document(b, _response_description)),
    ),
    # DocumentParts.rest: the components (and everything else outside paths)
    "a component": (
        ("python", "docs", "typescript", "mcp", "bundle"),
        lambda api, b: (api, b),
        lambda api, b: (api, _edited_document(b, _component_description)),
    ),
    # namespace_inputs' `related`: a status operation of another group
    "an operation of another group a page reads": (
        ("docs", "skill", "mcp"),
        lambda api, b: (_split(api), b),
        lambda api, b: (_with_status(_split(api), _completed_fields), b),
    ),
    # the docs' link order: where the operations stand among all
    "the order of operations across groups": (
        ("docs", "skill"),  # (the skill's units are not keyed on the order: they are reused)
        lambda api, b: (_second_creator(api, True), b),
        lambda api, b: (_second_creator(api, False), b),
    ),
    # the TypeScript groups' shared input: where each component is declared
    "which group declares a component": (
        ("typescript",),
        lambda api, b: (_split(api), b),
        lambda api, b: (_with_status(_split(api), _shares_a_component), b),
    ),
}


@pytest.mark.parametrize("case", list(UNIT_CASES))
def test_a_unit_is_rendered_again_when_what_it_reads_changes(
    case: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    minimal_render: tuple[Api, Bundle],
) -> None:
    targets, before, after = UNIT_CASES[case]
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    first = _render_targets(targets, *before(*minimal_render), remembered=True)
    changed = after(*minimal_render)
    content_cache.reused.clear()
    incremental = _render_targets(targets, *changed, remembered=True)
    assert sum(n for kind, n in content_cache.reused.items() if kind.startswith("units-")) > 0
    full = _render_targets(targets, *changed, remembered=False)
    assert _differing(incremental, full) == []
    assert _differing(first, full) != [], "the change should show in the output"

"""Issue 12, goal 1: validation is remembered by content, checked in fragments, never trusted
when stale or corrupt.

- the structure check cut into fragments (path items, component schemas, the rest) finds
  exactly what the whole-document check finds, on broken documents too;
- a passing verdict is reused for the same content, and recomputed when the content, the
  generator's code or a validator's version changes;
- a failing spec is checked every time (its diagnostics carry source lines);
- a corrupt or truncated cache entry is a miss: the run recomputes and rewrites it;
- Redocly's verdict is remembered like the others (the Node process is not started again);
- the second process running the structure check hands back results and failures.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

from generator import cache, redocly, validate
from generator.bundle import bundle
from generator.fragments import fragments as fragments_of
from generator.oas_schema import OAS_SCHEMA, Fragment, fragment_errors, fragments
from generator.parallel import Beside, Later
from generator.project import PROJECT

from .minimal_spec import fresh, write_spec


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    return folder


def _document(tmp_path: Path) -> dict[str, Any]:
    spec = write_spec(tmp_path / "spec", *fresh())
    document: dict[str, Any] = bundle(spec, tmp_path).document
    return document


def _whole(document: dict[str, Any]) -> list[tuple[tuple[str, ...], str]]:
    return sorted(fragment_errors(Fragment((), OAS_SCHEMA, document)))


def _in_fragments(document: dict[str, Any]) -> list[tuple[tuple[str, ...], str]]:
    return sorted(error for part in fragments(document) for error in fragment_errors(part))


def _break_path_item(document: dict[str, Any]) -> None:
    item = next(iter(document["paths"].values()))
    operation = next(v for k, v in item.items() if k in ("get", "post"))
    operation["responses"] = 5
    item["bogus"] = 1


def _break_paths_object(document: dict[str, Any]) -> None:
    document["paths"]["no-leading-slash"] = {}
    document["paths"][next(iter(document["paths"]))] = {"$ref": 3}


def _break_component_schemas(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    names = list(schemas)
    schemas[names[0]]["required"] = [[1]]
    schemas[names[1]] = "not a schema"
    schemas["bad name!"] = {}
    schemas[names[2]]["properties"] = {"x": {"allOf": None}}


def _break_the_rest(document: dict[str, Any]) -> None:
    document["info"]["title"] = 3
    document["x-fine"] = {"anything": True}
    document["unknown"] = 1
    document["components"]["responses"] = {"Bad": {"content": 5}}


BREAKS = {
    "a path item": _break_path_item,
    "the paths object": _break_paths_object,
    "component schemas": _break_component_schemas,
    "outside paths and schemas": _break_the_rest,
}


def test_the_valid_document_passes_in_fragments(tmp_path: Path) -> None:
    document = _document(tmp_path)
    assert _whole(document) == [] == _in_fragments(document)
    assert len(list(fragments(document))) > 3  # path items, schemas and the rest


@pytest.mark.parametrize("where", list(BREAKS))
def test_fragments_find_what_the_whole_document_check_finds(where: str, tmp_path: Path) -> None:
    document = copy.deepcopy(_document(tmp_path))
    BREAKS[where](document)
    expected = _whole(document)
    assert expected, "the break must be an error"
    assert _in_fragments(document) == expected


def _counting_python_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = validate._python_checks

    def counted(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(validate, "_python_checks", counted)
    return calls


def test_a_passing_verdict_is_reused_until_content_code_or_versions_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = write_spec(tmp_path / "spec", *fresh())
    calls = _counting_python_checks(monkeypatch)
    first = validate.validate_spec(spec, tmp_path, use_redocly=False)
    second = validate.validate_spec(spec, tmp_path, use_redocly=False)
    assert first.ok and second.ok and len(calls) == 1
    assert first.stats == second.stats  # the counts come back with the verdict

    root, group = fresh()
    group["paths"]["render"]["post"]["summary"] = "Render a demo clip, edited"
    write_spec(tmp_path / "spec", root, group)
    assert validate.validate_spec(spec, tmp_path, use_redocly=False).ok
    assert len(calls) == 2

    monkeypatch.setattr(cache, "code_fingerprint", lambda: "another generator")
    assert validate.validate_spec(spec, tmp_path, use_redocly=False).ok
    assert len(calls) == 3

    monkeypatch.setattr(cache, "versions", lambda *names: "jsonschema==99")
    assert validate.validate_spec(spec, tmp_path, use_redocly=False).ok
    assert len(calls) == 4


def test_a_failing_spec_is_checked_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, group = fresh()
    group["paths"]["render"]["post"]["responses"]["202"].pop("links")
    spec = write_spec(tmp_path / "spec", root, group)
    calls = _counting_python_checks(monkeypatch)
    reports = [validate.validate_spec(spec, tmp_path, use_redocly=False) for _ in range(2)]
    assert len(calls) == 2
    assert reports[0].errors == reports[1].errors != []
    assert any(d.rule == "task-link" and d.origin.line > 1 for d in reports[1].errors)


def test_a_corrupt_cache_is_recomputed_and_rewritten(
    tmp_path: Path, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = write_spec(tmp_path / "spec", *fresh())
    expected = validate.validate_spec(spec, tmp_path, use_redocly=False)
    entries = [p for p in own_cache.rglob("*") if p.is_file()]
    assert {p.relative_to(own_cache).parts[0] for p in entries} >= {
        "verdict-python",
        "structure",
        "meta-checks",
        "yaml",
    }
    for number, entry in enumerate(entries):
        # garbage, a truncated pickle, an empty file
        damaged = [b"\x80\x04garbage", entry.read_bytes()[:20], b""][number % 3]
        entry.write_bytes(damaged)
    calls = _counting_python_checks(monkeypatch)
    again = validate.validate_spec(spec, tmp_path, use_redocly=False)
    assert len(calls) == 1  # nothing usable was found: everything ran again
    assert (again.ok, again.stats) == (expected.ok, expected.stats)
    # ... and the entries are whole again: the next run reuses them.
    assert (
        cache.load(
            "verdict-python",
            validate._verdict_key(fragments_of(again.bundle.document), spec),
        )
        is not None
    )
    assert validate.validate_spec(spec, tmp_path, use_redocly=False).ok
    assert len(calls) == 1


def test_an_unwritable_cache_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker))
    spec = write_spec(tmp_path / "spec", *fresh())
    assert validate.validate_spec(spec, tmp_path, use_redocly=False).ok
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    assert validate.validate_spec(spec, tmp_path, use_redocly=False).ok


@pytest.mark.skipif(
    not (PROJECT / "node_modules" / ".bin" / "redocly").exists(), reason="needs npm ci"
)
def test_redoclys_verdict_is_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root, group = fresh()
    # Redocly wants a summary on every operation, the callback's too.
    callbacks = group["paths"]["render"]["post"]["callbacks"]
    for callback in callbacks.values():
        for item in callback.values():
            for operation in item.values():
                operation.setdefault("summary", "Task status callback")
    spec = write_spec(tmp_path / "spec", root, group)
    assert validate.validate_spec(spec, PROJECT).ok

    def no_node(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("Redocly ran again for content it already passed")

    monkeypatch.setattr(redocly, "RedoclyLint", no_node)
    assert validate.validate_spec(spec, PROJECT).ok


def _square(value: int) -> int:
    return value * value


def _fail(message: str) -> int:
    raise ValueError(message)


def test_the_second_process_returns_results_and_failures() -> None:
    assert Beside(_square, 7).result() == 49
    with pytest.raises(ValueError, match="broken fragment"):
        Beside(_fail, "broken fragment").result()
    running = Beside(_square, 3)
    running.close()  # dropped without waiting: no process is left behind
    assert running.result() == 9  # asked anyway: computed here


_PREPARED: list[str] = []


def _prepare() -> None:
    _PREPARED.append("ready")


def _prepared_then(value: int) -> tuple[list[str], int]:
    return list(_PREPARED), value * value


def _broken_prepare() -> None:
    raise ImportError("no such library")


def test_a_process_forked_before_its_input_prepares_then_runs() -> None:
    running = Later(_prepared_then, _prepare)
    running.start(6)
    assert running.result() == (["ready"], 36)  # prepared in the child, before the function
    assert _PREPARED == []  # and only there
    premature = Later(_square, _prepare)
    with pytest.raises(RuntimeError, match="before start"):
        premature.result()
    assert premature._process is None  # stopped: nothing waits for arguments at exit
    failing = Later(_fail, _prepare)
    failing.start("broken input")
    with pytest.raises(ValueError, match="broken input"):
        failing.result()
    unprepared = Later(_square, _broken_prepare)
    unprepared.start(2)
    with pytest.raises(ImportError, match="no such library"):  # the function's failure
        unprepared.result()
    unwanted = Later(_square, _prepare)
    process = unwanted._process
    unwanted.close()  # never started: stopped, no process is left behind
    assert process is not None and not process.is_alive()


def test_checks_forked_before_bundling_place_their_findings_in_the_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A process without the check libraries forks the checks before bundling (a test run has
    # them, so it forks after); their findings come back unplaced and are placed here.
    root, group = fresh()
    group["paths"]["render"]["post"]["responses"]["202"].pop("links")
    group["paths"]["render"]["post"]["operationId"] = "render 2"
    spec = write_spec(tmp_path / "spec", root, group)
    after = validate.validate_spec(spec, tmp_path, use_redocly=False)
    early: list[Later[validate.ChecksOutcome]] = []

    def forked_early() -> Later[validate.ChecksOutcome]:
        early.append(Later(validate._checks_apart, validate._import_checks))
        return early[-1]

    monkeypatch.setattr(validate, "_early_checks", forked_early)
    before = validate.validate_spec(spec, tmp_path, use_redocly=False)
    assert len(early) == 1 and early[0]._process is None  # it ran, and it is gone
    assert before.errors == after.errors
    assert {d.rule for d in before.errors} == {"task-link", "operation-id"}
    assert all(d.origin.file.endswith(".yaml") and d.origin.line > 1 for d in before.errors)
    # A remembered verdict needs no checks: the early process is stopped unused.
    valid = write_spec(tmp_path / "valid", *fresh())
    assert validate.validate_spec(valid, tmp_path, use_redocly=False).ok
    assert validate.validate_spec(valid, tmp_path, use_redocly=False).ok
    assert len(early) == 3 and all(e._process is None for e in early)


def test_the_cache_folder_is_pruned_to_its_bound_keeping_what_was_used_last(
    own_cache: Path,
) -> None:
    """Past its bound the folder loses the entries used longest ago; a read counts as a use."""
    for index in range(8):
        cache.store("demo", f"key-{index}", "x" * 10_000)
    entries = {
        index: own_cache / "demo" / f"key-{index}"[:2] / f"key-{index}" for index in range(8)
    }
    for index, path in entries.items():  # stored in order, one minute apart
        os.utime(path, (1_000_000 + 60 * index, 1_000_000 + 60 * index))
    assert cache.load("demo", "key-0") == "x" * 10_000  # the oldest, used again just now
    size = entries[0].stat().st_size
    assert cache.prune(max_bytes=100 * size) == 0  # within the bound: nothing goes
    removed = cache.prune(max_bytes=4 * size)
    kept = sorted(index for index, path in entries.items() if path.exists())
    assert removed == 5 and kept == [
        0,
        6,
        7,
    ]  # down to 3/4 of the bound, the used one kept
    assert cache.load("demo", "key-7") == "x" * 10_000
    assert cache.load("demo", "key-1") is None  # pruned: a miss, recomputed by its caller


def test_a_generate_that_stored_nothing_does_not_walk_the_cache(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "_grown", False)
    cache.store("demo", "key", "value")
    monkeypatch.setattr(cache, "_grown", False)
    monkeypatch.setenv(cache.MAX_MB_ENV, "0")
    assert cache.prune() == 0  # nothing stored by this run: the folder is left alone
    cache.store("demo", "other", "value")
    assert cache.prune() == 2  # bound 0: everything goes


def test_the_versions_in_cache_keys_are_those_importlib_metadata_reads() -> None:
    from importlib import metadata

    names = sorted({dist.metadata["Name"] for dist in metadata.distributions()})
    assert len(names) > 20
    for name in [*names, "no-such-distribution"]:
        try:
            expected = metadata.version(name)
        except metadata.PackageNotFoundError:
            expected = "absent"
        assert cache.versions(name) == f"{name}=={expected}"


# -- Memo: many small results in a few files, each rewritten only when it gains an entry ------


def _memo_files(own_cache: Path, kind: str) -> dict[str, tuple[int, int]]:
    """The memo files of `kind`, each with its (inode, size): a rewrite is a new file."""
    return {
        p.name: (p.stat().st_ino, p.stat().st_size)
        for p in (own_cache / kind).rglob("*")
        if p.is_file()
    }


def test_a_memo_keeps_its_entries_across_runs(own_cache: Path) -> None:
    first = cache.Memo("demo", "memo-key")
    values = {f"entry-{n}": f"value {n}" for n in range(200)}
    for key, value in values.items():
        first.put(key, value)
    first.save()
    # Spread over the memo's files (each a cache entry of its own), none lost.
    assert len(_memo_files(own_cache, "demo")) == cache.MEMO_FILES
    second = cache.Memo("demo", "memo-key")
    assert {key: second.get(key) for key in values} == values
    assert second.get("never-stored") is None
    assert cache.Memo("demo", "another-key").get("entry-1") is None


def test_a_save_rewrites_only_the_file_that_gains_an_entry(own_cache: Path) -> None:
    first = cache.Memo("demo", "memo-key")
    for n in range(200):
        first.put(f"entry-{n}", "x" * 1000)
    first.save()
    before = _memo_files(own_cache, "demo")
    second = cache.Memo("demo", "memo-key")
    for n in range(200):  # every entry used again, one new
        assert second.get(f"entry-{n}") is not None
    second.put("entry-new", "y")
    second.save()
    after = _memo_files(own_cache, "demo")
    rewritten = {name for name in before if after[name] != before[name]}
    assert rewritten == {f"memo-key.{cache._memo_file('entry-new')}"}
    assert cache.Memo("demo", "memo-key").get("entry-new") == "y"
    # A run that adds nothing writes nothing.
    third = cache.Memo("demo", "memo-key")
    assert third.get("entry-new") == "y"
    third.save()
    assert _memo_files(own_cache, "demo") == after


def test_memos_saved_side_by_side_keep_each_others_entries(own_cache: Path) -> None:
    # Two memos of one entry opened before either saves: the target threads of one run, or
    # two runs at once. The second save merges what the first wrote.
    one, other = cache.Memo("demo", "memo-key"), cache.Memo("demo", "memo-key")
    for n in range(50):
        one.put(f"one-{n}", n)
        other.put(f"other-{n}", n)
    one.save()
    other.save()
    merged = cache.Memo("demo", "memo-key")
    assert all(merged.get(f"one-{n}") == n and merged.get(f"other-{n}") == n for n in range(50))


def test_a_memo_past_its_limit_keeps_what_the_last_run_used(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "MEMO_LIMIT", cache.MEMO_FILES * 4)  # 4 entries per file
    first = cache.Memo("demo", "memo-key")
    for n in range(200):
        first.put(f"old-{n}", n)
    first.save()
    second = cache.Memo("demo", "memo-key")
    for n in range(200):
        second.put(f"new-{n}", n)
    second.save()
    third = cache.Memo("demo", "memo-key")
    assert all(third.get(f"new-{n}") == n for n in range(200))
    assert all(third.get(f"old-{n}") is None for n in range(200))

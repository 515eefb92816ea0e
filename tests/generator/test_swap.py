"""Issue 8, item 8: a run killed at any step of the swap is repaired by the next generate or check.

A forked child of the test process runs `generate` with an audit hook that counts its filesystem
operations next to the output folder (creating the staging tree, each write, the mode, both
renames, each removal) and SIGKILLs itself just before the chosen one. Rendering is replaced by
the real output of the minimal spec, computed once, so each kill costs one fork.
"""

from __future__ import annotations

import os
import re
import signal
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.commands import main
from generator.pipeline import render_all
from generator.project import PROJECT

from .forked import run_forked
from .hostile.support import leftovers, snapshot
from .minimal_spec import write_spec

#: The file creations, writes and folder operations the hook counts.
WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT
COUNTED = ("os.mkdir", "os.chmod", "os.rename", "shutil.rmtree", "os.link")


def _rendering(files: dict[str, bytes]) -> Callable[..., dict[str, bytes]]:
    """A stand-in for pipeline.render_all that renders `files`: handed to `meanwhile` (where
    generate writes its staging tree, as the real one does before its verdicts), then returned."""

    def render_all(
        spec: Path,
        *,
        use_redocly: bool = True,
        meanwhile: Callable[[dict[str, bytes]], None] | None = None,
    ) -> dict[str, bytes]:
        if meanwhile is not None:
            meanwhile(files)
        return files

    return render_all


def _killed_generate(files: dict[str, bytes], out: Path, kill_at: int, log: Path) -> int:
    """In the child: `generate` into `out` rendering `files`, each counted operation logged to
    `log`, killed by SIGKILL just before operation number `kill_at` (0: never)."""
    os.chdir(PROJECT)
    # The child's own module: the test process keeps its own.
    pipeline.render_all = _rendering(files)
    watched = str(out.parent) + os.sep
    count = 0

    def hook(event: str, args: tuple[Any, ...]) -> None:
        nonlocal count
        if event == "open":
            relevant = str(args[0]).startswith(watched) and bool(args[2] & WRITES)
        elif event in COUNTED:
            relevant = str(args[0]).startswith(watched)
        elif event in ("os.remove", "os.rmdir"):  # inside rmtree, names are relative to a dir fd
            relevant = str(args[0]).startswith(watched) or args[-1] not in (None, -1)
        else:
            relevant = False
        if relevant:
            count += 1
            name = str(args[0]).replace(watched, "")
            name = re.sub(r"\.generated-[0-9a-f]+", ".generated-*", name)
            with open(log, "a") as handle:
                handle.write(f"{event} {name}\n")
            if count == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)

    sys.addaudithook(hook)
    pipeline.generate(Path("unused.yaml"), out, use_redocly=False)
    return 0


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """What `generate` writes for the minimal spec (the new tree)."""
    spec = write_spec(tmp_path_factory.mktemp("spec"))
    return render_all(spec, use_redocly=False)


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _old_tree(new: dict[str, bytes]) -> dict[str, bytes]:
    """The tree a previous spec produced: one file differs, one is gone, one is extra."""
    old = dict(new)
    old["openapi.json"] = b"{}\n"
    old.pop(sorted(old)[-1])
    old["python/removed_module.py"] = b"gone = True\n"
    return old


class Workspace:
    def __init__(self, tmp: Path, new: dict[str, bytes]) -> None:
        self.tmp = tmp
        self.new = new
        self.old = _old_tree(new)
        self.out = tmp / "work" / "generated"
        for relative, content in self.old.items():
            (self.out / relative).parent.mkdir(parents=True, exist_ok=True)
            (self.out / relative).write_bytes(content)
        self.out.chmod(0o750)
        # A staging tree an earlier killed run left behind.
        (self.out.parent / ".generated-stale0000" / "python").mkdir(parents=True)

    def run_child(self, kill_at: int) -> tuple[int, list[str]]:
        log = self.tmp / f"events-{kill_at}.log"
        ended = run_forked(lambda: _killed_generate(self.new, self.out, kill_at, log))
        events = log.read_text().splitlines() if log.exists() else []
        return ended.code, events


@pytest.fixture(scope="module")
def events(rendered: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Every counted operation of an uninterrupted run, in order."""
    workspace = Workspace(tmp_path_factory.mktemp("record"), rendered)
    code, recorded = workspace.run_child(kill_at=0)
    assert code == 0
    assert _tree(workspace.out) == rendered
    return recorded


def _first(predicate: Callable[[str], bool]) -> Callable[[list[str]], int]:
    return lambda events: next(i for i, e in enumerate(events) if predicate(e))


def _last(predicate: Callable[[str], bool]) -> Callable[[list[str]], int]:
    return lambda events: max(i for i, e in enumerate(events) if predicate(e))


def _renames(events: list[str]) -> list[int]:
    return [i for i, e in enumerate(events) if e.startswith("os.rename")]


STEPS: dict[str, Callable[[list[str]], int]] = {
    "removing a stale staging tree": _first(lambda e: e.startswith("shutil.rmtree")),
    "creating the staging tree": _first(lambda e: e.startswith("os.mkdir")),
    "writing the first file": _first(lambda e: e.startswith("open")),
    # (a file the old tree holds unchanged is hard-linked into the new one)
    "linking the first unchanged file": _first(lambda e: e.startswith("os.link")),
    "linking the last unchanged file": _last(lambda e: e.startswith("os.link")),
    "writing the last file": _last(lambda e: e.startswith("open")),
    "giving the tree its mode": _first(lambda e: e.startswith("os.chmod")),
    "moving the old tree aside": lambda events: _renames(events)[0],
    "moving the new tree in (between the renames)": lambda events: _renames(events)[1],
    "removing the old tree": lambda events: _renames(events)[1] + 1,
    "half way through removing the old tree": lambda events: (
        (_renames(events)[1] + 1 + len(events)) // 2
    ),
    "removing the old tree's last entry": _last(lambda e: e.startswith("os.rmdir")),
    "cleaning up after the swap": lambda events: len(events) - 1,
}


def _check(out: Path) -> int:
    return main(["check", "--spec", "unused.yaml", "--out", str(out)])


def _generate(out: Path) -> int:
    return main(["generate", "--spec", "unused.yaml", "--out", str(out), "--no-redocly"])


@pytest.mark.parametrize("step", list(STEPS))
def test_kill_during_the_swap_is_repaired(
    step: str,
    events: list[str],
    rendered: dict[str, bytes],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = STEPS[step](events)
    workspace = Workspace(tmp_path, rendered)
    code, seen = workspace.run_child(kill_at=index + 1)
    assert code == -signal.SIGKILL, f"the run was not killed before {events[index]}"
    assert seen == events[: index + 1]

    monkeypatch.setattr(pipeline, "render_all", _rendering(rendered))
    swapped = index > _renames(events)[1]
    # check first: it repairs, then compares a whole tree (the old one or the new one).
    assert _check(workspace.out) == (0 if swapped else 1)
    assert _tree(workspace.out) == (workspace.new if swapped else workspace.old)
    assert leftovers(workspace.out.parent) == []
    # generate then produces the new tree, with the mode the folder had.
    assert _generate(workspace.out) == 0
    assert _tree(workspace.out) == workspace.new
    assert stat.S_IMODE(workspace.out.stat().st_mode) == 0o750
    assert leftovers(workspace.out.parent) == []
    assert _check(workspace.out) == 0


def test_generate_after_a_kill_repairs_without_a_check(
    events: list[str], rendered: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = Workspace(tmp_path, rendered)
    code, _ = workspace.run_child(kill_at=_renames(events)[1] + 1)
    assert code == -signal.SIGKILL
    assert not workspace.out.exists()  # the window: only generated.previous and staging remain
    monkeypatch.setattr(pipeline, "render_all", _rendering(rendered))
    assert _generate(workspace.out) == 0
    assert _tree(workspace.out) == workspace.new
    assert stat.S_IMODE(workspace.out.stat().st_mode) == 0o750
    assert leftovers(workspace.out.parent) == []


def test_generated_keeps_its_mode(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    out.mkdir()
    out.chmod(0o755)
    before = snapshot(out)["."]
    assert main(["generate", "--spec", str(spec), "--out", str(out), "--no-redocly"]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == before[0] == 0o755


def test_first_generated_tree_gets_the_usual_mode(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    umask = os.umask(0o022)
    try:
        assert main(["generate", "--spec", str(spec), "--out", str(out), "--no-redocly"]) == 0
    finally:
        os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o755


def test_only_files_the_old_tree_holds_unchanged_are_reused(tmp_path: Path) -> None:
    """The new tree hard-links a file of the old one only when it is a plain file with the same
    bytes and the mode a new file gets: a file edited by hand, given another mode or replaced
    by a symbolic link is written again."""
    spec = write_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    generate = ["generate", "--spec", str(spec), "--out", str(out), "--no-redocly"]
    assert main(generate) == 0
    expected = _tree(out)
    names = sorted(expected)
    edited, chmodded, linked, unchanged = names[0], names[1], names[2], names[3]
    content = (out / edited).read_bytes()
    (out / edited).write_bytes(content[:-1] + (b"x" if content[-1:] != b"x" else b"y"))
    (out / chmodded).chmod(0o600)
    (tmp_path / "elsewhere").write_bytes((out / linked).read_bytes())
    (out / linked).unlink()
    (out / linked).symlink_to(tmp_path / "elsewhere")
    kept = (out / unchanged).stat().st_ino
    assert main(generate) == 0
    assert _tree(out) == expected
    fresh = stat.S_IMODE((out / edited).stat().st_mode)  # written: the mode of a new file
    assert stat.S_IMODE((out / chmodded).stat().st_mode) == fresh != 0o600
    assert not (out / linked).is_symlink()
    assert (tmp_path / "elsewhere").stat().st_nlink == 1
    assert (out / unchanged).stat().st_ino == kept  # reused, not written again
    assert (out / unchanged).stat().st_nlink == 1  # the old tree is gone

"""The targets render in threads; CPython 3.11's ast constructor keeps its recursion depth per
interpreter, so two threads building ASTs at once can fail with "SystemError: AST constructor
recursion depth mismatch" (python/cpython#106905). A thread switch inside the constructor needs
Python code to run there: a garbage collector callback does (hypothesis installs one, and a
release test once failed this way). Every AST the rendering builds, through ast.parse or jinja2's
lexer, is built under generator.targets.render.AST_LOCK.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.targets import render

TEMPLATES = render.PROJECT / "templates"
#: Python sources the targets parse, and every folder of templates.
SOURCES = sorted((TEMPLATES / "python" / "static").glob("*.py"))[:6]
TEMPLATE_FOLDERS = sorted({p.parent for p in TEMPLATES.rglob("*.j2")})


@pytest.fixture
def thread_switches_inside_the_ast_constructor() -> Iterator[None]:
    """A collector that runs often, with a callback that lets another thread run."""

    def let_others_run(phase: str, info: dict[str, Any]) -> None:
        time.sleep(0)

    thresholds = gc.get_threshold()
    interval = sys.getswitchinterval()
    # What the session holds is left out of the frequent collections' scans (they still run as
    # often, each with the callback): only their cost goes.
    gc.freeze()
    gc.set_threshold(50, 5, 5)
    sys.setswitchinterval(1e-6)
    gc.callbacks.append(let_others_run)
    try:
        yield
    finally:
        gc.callbacks.remove(let_others_run)
        sys.setswitchinterval(interval)
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _in_threads(work: Callable[[], None], threads: int = 4) -> list[BaseException]:
    failures: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:
            failures.append(exc)

    started = [threading.Thread(target=run) for _ in range(threads)]
    for thread in started:
        thread.start()
    for thread in started:
        thread.join()
    return failures


@pytest.mark.usefixtures("thread_switches_inside_the_ast_constructor")
def test_parsing_runtime_sources_from_several_threads() -> None:
    def work() -> None:
        for _ in range(4):
            for source in SOURCES:
                render.parse_python(source)

    assert _in_threads(work) == []


def test_jinja2_evaluates_template_literals_under_the_lock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """jinja2's lexer turns a template's float literals into values with ast.literal_eval
    (which parses them): compiling a template, loaded or from a string, holds AST_LOCK."""
    import jinja2.lexer

    evaluated: list[bool] = []
    real = jinja2.lexer.literal_eval  # type: ignore[attr-defined]

    def watched(text: str) -> Any:
        evaluated.append(render.AST_LOCK.locked())
        return real(text)

    monkeypatch.setattr(jinja2.lexer, "literal_eval", watched)
    # compiled now, not loaded (from this process or the cache folder)
    monkeypatch.setattr(render, "_COMPILED", {})
    monkeypatch.setattr(render, "_folder_bytecode_cache", lambda: None)
    environment = render.template_environment(TEMPLATE_FOLDERS[0])
    assert environment.from_string("{{ 1.5 + 2.25 }}").render() == "3.75"
    for folder in TEMPLATE_FOLDERS:  # the real templates compile the same way
        loaded = render.template_environment(folder)
        for name in loaded.list_templates(extensions=["j2"]):
            loaded.get_template(name)
    assert evaluated == [True, True]


def test_the_sources_and_templates_exist() -> None:
    assert all(isinstance(p, Path) and p.is_file() for p in SOURCES) and len(SOURCES) == 6
    assert len(TEMPLATE_FOLDERS) >= 5

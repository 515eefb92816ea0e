"""Compiled templates (generator/targets/render.py): each is compiled once per process and
kept in the cache folder for the next run, and an edited template is always compiled anew."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cache import CACHE_ENV
from generator.targets import render


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates compiled from source from now on (this process starts with
    none compiled)."""
    compiled: list[str] = []
    real = render._Environment.compile

    def counting(
        self: render._Environment, source: object, name: str | None = None, *a: object, **k: object
    ) -> object:
        compiled.append(str(name))
        return real(self, source, name, *a, **k)

    monkeypatch.setattr(render._Environment, "compile", counting)
    monkeypatch.setattr(render, "_COMPILED", {})
    return compiled


def _render(folder: Path, name: str = "page.j2") -> str:
    return render.template_environment(folder).get_template(name).render(who="you")


def test_a_template_is_compiled_once_per_process_even_with_caching_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiles: list[str]
) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    (tmp_path / "page.j2").write_text("Hello {{ who }}.\n", encoding="utf-8")
    # Every render makes its environments anew (targets/*.py): the second one reuses the code.
    assert _render(tmp_path) == _render(tmp_path) == "Hello you.\n"
    assert compiles == ["page.j2"]


def test_an_edited_template_is_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiles: list[str]
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    templates = tmp_path / "templates"
    templates.mkdir()
    page = templates / "page.j2"
    page.write_text("Hello {{ who }}.\n", encoding="utf-8")
    assert _render(templates) == "Hello you.\n"
    page.write_text("Goodbye {{ who }}.\n", encoding="utf-8")
    assert _render(templates) == "Goodbye you.\n"
    # Back to the first text: that code is known (by the source's checksum), in memory.
    page.write_text("Hello {{ who }}.\n", encoding="utf-8")
    assert _render(templates) == "Hello you.\n"
    assert compiles == ["page.j2", "page.j2"]


def test_the_same_name_in_another_folder_is_another_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiles: list[str]
) -> None:
    monkeypatch.setenv(CACHE_ENV, "off")
    for folder, text in (("one", "One {{ who }}."), ("two", "Two {{ who }}.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.j2").write_text(text, encoding="utf-8")
    assert _render(tmp_path / "one") == "One you."
    assert _render(tmp_path / "two") == "Two you."
    assert len(compiles) == 2


def test_a_new_process_loads_what_the_cache_folder_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiles: list[str]
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    (tmp_path / "page.j2").write_text("Hello {{ who }}.\n", encoding="utf-8")
    assert _render(tmp_path) == "Hello you.\n"
    assert list((tmp_path / "cache" / "jinja").iterdir()), "the folder kept nothing"
    monkeypatch.setattr(render, "_COMPILED", {})  # as a process of its own starts
    assert _render(tmp_path) == "Hello you.\n"
    assert compiles == ["page.j2"]

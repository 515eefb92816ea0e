"""Shared rendering tools: the jinja2 environment and black formatting."""

from __future__ import annotations

import ast
import functools
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2

from .. import cache

PROJECT = Path(__file__).resolve().parent.parent.parent


def _folder_bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept with the generator's cache, for the next run (None: caching is
    off or the folder cannot be made)."""
    folder = cache.cache_folder()
    if folder is None:
        return None
    try:
        (folder / "jinja").mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder / "jinja"))


#: Templates compiled in this process, by jinja2's key (the template's name and file) and its
#: source's checksum. A process that renders many times (a test session: every render makes
#: its environments anew, many with the cache folder off) compiles each template once.
_COMPILED: dict[tuple[str, str], CodeType] = {}
_COMPILED_LIMIT = 4096  # templates copied into many folders would each add theirs


class _CompiledTemplates(jinja2.BytecodeCache):
    """jinja2's bytecode cache: this process's compiled templates, then the cache folder's.

    Nothing stale can come out of either: jinja2 asks by the template's file and checks the
    source's checksum, so an edited template is compiled again. Compiled code also depends on
    the environment's settings, which every environment here shares (template_environment).
    """

    def __init__(self, folder: jinja2.BytecodeCache | None) -> None:
        self._folder = folder

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = _COMPILED.get((bucket.key, bucket.checksum))
        if code is not None:
            bucket.code = code
            return
        if self._folder is not None:
            self._folder.load_bytecode(bucket)  # leaves bucket.code None when it has none
            self._remember(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._remember(bucket)
        if self._folder is not None:
            self._folder.dump_bytecode(bucket)

    @staticmethod
    def _remember(bucket: jinja2.bccache.Bucket) -> None:
        if bucket.code is None:
            return
        if len(_COMPILED) >= _COMPILED_LIMIT:
            _COMPILED.clear()
        _COMPILED[(bucket.key, bucket.checksum)] = bucket.code


#: The targets render in threads (generator/pipeline.py), and CPython 3.11 keeps the state of
#: its ast constructor per interpreter, not per thread: two threads building ASTs at once can
#: fail with "SystemError: AST constructor recursion depth mismatch" (python/cpython#106905).
#: Whatever builds one (ast.parse, jinja2's lexer through ast.literal_eval) holds this lock.
AST_LOCK = threading.Lock()


def parse_python(path: Path) -> ast.Module:
    """`ast.parse` of a source file, safe beside the other rendering threads."""
    source = path.read_text(encoding="utf-8")
    with AST_LOCK:
        return ast.parse(source, filename=str(path))


class _Environment(jinja2.Environment):
    """jinja2's environment whose template compilation (lexing uses ast.literal_eval) takes
    AST_LOCK: templates compile on first use, from any rendering thread."""

    def compile(self, *args: Any, **kwargs: Any) -> Any:
        with AST_LOCK:
            return super().compile(*args, **kwargs)


def template_environment(folder: Path) -> jinja2.Environment:
    return _Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        bytecode_cache=_CompiledTemplates(_folder_bytecode_cache()),
        undefined=jinja2.StrictUndefined,  # a typo in a template fails the build, loudly
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def format_all(files: dict[str, str], package_root: str) -> dict[str, str]:
    """Lint-fix and format every .py/.pyi file below `package_root` with ruff.

    Ruff's formatter produces black's style (the test suite runs `black --check` on the output)
    at a fraction of black's time, which keeps `make generate` fast on a large API. Ruff runs
    with the package's own configuration (its pyproject.toml is among `files`), the same one a
    maintainer's `ruff check generated/python` uses.
    """
    names = [n for n in files if n.startswith(package_root) and n.endswith((".py", ".pyi"))]
    # Ruff fixes and formats each file on its own (given the package's configuration), so a
    # file's result is remembered by its text: only new or changed files go through ruff.
    memo = cache.Memo(
        "formatted",
        cache.digest(
            cache.versions("ruff"),
            cache.code_fingerprint(),
            files.get(f"{package_root}/pyproject.toml", ""),
        ),
    )
    keys = {name: cache.digest(name, files[name]) for name in names}
    formatted: dict[str, str] = {}
    for name in names:
        found = memo.get(keys[name])
        if isinstance(found, str):
            formatted[name] = found
    missing = [name for name in names if name not in formatted]
    if missing:
        formatted.update(_ruff_format(files, missing, package_root))
        for name in missing:
            memo.put(keys[name], formatted[name])
    memo.save()
    return {**files, **formatted}


def _ruff_format(files: dict[str, str], names: list[str], package_root: str) -> dict[str, str]:
    """`names` fixed and formatted by ruff, in a tree with the package's other files."""
    with tempfile.TemporaryDirectory(prefix="runapi-format-") as tmp:
        root = Path(tmp)
        # Ruff reads the files it formats and the package's configuration, nothing else (the
        # package's own modules are known as first-party by its `src` setting).
        config = f"{package_root}/pyproject.toml"
        for name in [*names, *([config] if config in files else [])]:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(files[name], encoding="utf-8")
        package = root / package_root
        # Templates import what any module might need; drop the unused, sort the rest.
        _ruff(package, ["check", "--fix", "--select=F401,I001,RUF022", "--exit-zero"])
        _ruff(package, ["format"])
        return {n: (root / n).read_text(encoding="utf-8") for n in names}


#: The targets render in threads: the first lookup of ruff's executable is made once, under
#: this lock (sysconfig fills its variables lazily, and a second thread can see them half made).
_RUFF_LOCK = threading.Lock()


@functools.cache
def _ruff_binary() -> list[str]:
    """Ruff's own executable (`python -m ruff` would start an interpreter just to exec it)."""
    with _RUFF_LOCK:
        try:
            from ruff import find_ruff_bin  # type: ignore[import-untyped]

            return [find_ruff_bin()]
        except (ImportError, FileNotFoundError):
            return [sys.executable, "-m", "ruff"]


def _ruff(cwd: Path, arguments: list[str]) -> None:
    command = [*_ruff_binary(), *arguments, "--no-cache", "--quiet", "."]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"ruff {arguments[0]} failed on generated code:\n{result.stderr}")

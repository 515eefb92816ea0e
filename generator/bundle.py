"""Bundle the multi-file spec into one self-contained OpenAPI document.

Conventions (spec/README.md): the root's `paths` entries may `$ref` a path item of a group file;
every other `$ref`, in any file, points into a `components` section. Bundling inlines the path
items, merges every file's components into the root's (names are global, duplicates refused) and
rewrites each `$ref` to the local form `#/components/<section>/<name>`. The result keeps the
component names the authors chose, and tells where each node was written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from .diagnostics import Diagnostic, Origin, SpecError, escape_token, join_pointer, split_pointer
from .load import SourceFile, load_file
from .ref_cycles import ref_cycles

#: Keywords that name other documents or change how refs resolve. The bundler follows only `$ref`s
#: to files inside the spec folder; other tools would follow these anywhere, network included.
FOREIGN_KEYWORDS = (
    "$id",
    "$schema",
    "$anchor",
    "$dynamicAnchor",
    "$dynamicRef",
    "externalValue",
    "jsonSchemaDialect",
)


#: A key that is its own JSON pointer token (no `~` or `/` to escape).
_PLAIN = re.compile(r"[^~/]*\Z")


#: Where a subtree of the bundled document was copied from: its source file and pointer there.
Copied = tuple[SourceFile, str]


@dataclass
class Bundle:
    """The bundled document plus the source position of each of its nodes."""

    document: dict[str, Any]
    #: Each copied subtree by its pointer in `document` (a root field, a path item, a component).
    #: Below it, a node's pointer in its source is the subtree's source pointer followed by the
    #: same tokens: positions are looked up only when a diagnostic asks, not kept for every node.
    copies: dict[str, Copied]
    files: list[SourceFile]
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def origin(self, pointer: str) -> Origin:
        probe = pointer
        while probe and probe not in self.copies:
            probe = probe.rsplit("/", 1)[0]
        copied = self.copies.get(probe)
        if copied is None:  # the root itself, or a node the bundler made (components)
            return Origin(self.files[0].display, 1, pointer)
        source, source_pointer = copied
        found = source.origin(source_pointer + pointer[len(probe) :])
        return Origin(found.file, found.line, pointer)

    def placed(self, findings: Iterable[Sequence[str]]) -> list[Diagnostic]:
        """Remembered findings (pointer, rule, message) at their positions in these sources
        (lines may have moved since they were found)."""
        return [
            Diagnostic(self.origin(pointer), rule, message) for pointer, rule, message in findings
        ]


#: The file of a diagnostic found without the document's sources (in a second process, or on a
#: reduced document): only its JSON pointer is known, and the sources' owner places it.
UNPLACED = "<unplaced>"


class UnplacedBundle(Bundle):
    """A bundled document without its sources: each diagnostic keeps only its JSON pointer."""

    def __init__(self, document: dict[str, Any]) -> None:
        super().__init__(document, {}, [])

    def origin(self, pointer: str) -> Origin:
        return Origin(UNPLACED, 0, pointer)


def _resolve_pointer(data: Any, pointer: str) -> tuple[bool, Any]:
    node = data
    for token in split_pointer(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False, None
    return True, node


def _token(key: str) -> str:
    """`key` as a JSON pointer token (most keys need no escaping)."""
    return key if _PLAIN.match(key) else escape_token(key)


def _last_token(pointer: str) -> str:
    return split_pointer(pointer)[-1] if pointer else ""


def inside(path: Path, folder: Path) -> bool:
    """Whether `path`, once every symlink is followed, lies in the (resolved) `folder`."""
    return path.resolve().is_relative_to(folder)


@dataclass
class _Bundler:
    root_dir: Path  # display names are relative to it
    spec_dir: Path  # the root spec file's folder: no ref may leave it
    files: dict[Path, SourceFile] = field(default_factory=dict)
    merged: set[Path] = field(default_factory=set)
    pending: list[SourceFile] = field(default_factory=list)
    copies: dict[str, Copied] = field(default_factory=dict)
    components: dict[str, dict[str, Any]] = field(default_factory=dict)
    owners: dict[tuple[str, str], str] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    resolved: dict[Path, Path] = field(default_factory=dict)  # ref path -> real path
    # (referencing file, file part of a ref) -> the real path it was accepted as
    accepted: dict[tuple[Path, str], Path] = field(default_factory=dict)
    # (referencing file, ref) -> what it resolved to; most refs name a component named before
    targets: dict[tuple[Path, str], tuple[SourceFile, str]] = field(default_factory=dict)
    # Every `$ref` value written into the bundled document (the cycle check starts from them).
    written_refs: set[str] = field(default_factory=set)

    def load(self, path: Path) -> SourceFile:
        """The file at `path` (resolved: every symlink followed), parsed once."""
        if path not in self.files:
            try:
                display = str(path.relative_to(self.root_dir))
            except ValueError:
                display = str(path)
            self.files[path] = load_file(path, display)
            self.pending.append(self.files[path])
        return self.files[path]

    def adopt(self, exc: SpecError, source: SourceFile, where: str) -> None:
        """A referenced file's problems: a missing file is the referencing line's fault."""
        for problem in exc.diagnostics:
            if problem.rule == "file":
                message = f"{problem.origin.file}: {problem.message}"
                self.diagnostics.append(Diagnostic(source.origin(where), "file", message))
            else:
                self.diagnostics.append(problem)

    def refuse(self, source: SourceFile, where: str, rule: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(source.origin(where), rule, message))

    def ref_file(self, file_part: str, ref: str, source: SourceFile, where: str) -> Path | None:
        """The real path of the file a `$ref` names, or None (with a diagnostic) when it is not
        one we may read."""
        accepted = self.accepted.get((source.path, file_part))
        if accepted is not None:  # the same file named again from the same file
            return accepted
        if urlsplit(ref).scheme or ref.startswith("//"):
            message = f"$ref {ref!r} is a URL: a ref names a file inside the spec folder "
            self.refuse(source, where, "ref-external", message + "(nothing is downloaded)")
            return None
        relative = unquote(file_part)
        if PurePosixPath(relative).is_absolute():
            message = f"$ref {ref!r} is an absolute path: use a path relative to this file"
            self.refuse(source, where, "ref-outside", message)
            return None
        path = source.path.parent / relative
        if path not in self.resolved:
            self.resolved[path] = path.resolve()
        if not self.resolved[path].is_relative_to(self.spec_dir):
            message = f"$ref {ref!r} leads outside the spec folder"
            plain = Path(os.path.normpath(path.absolute()))
            link = " (through a symbolic link)" if self.resolved[path] != plain else ""
            self.refuse(source, where, "ref-outside", message + link)
            return None
        self.accepted[(source.path, file_part)] = self.resolved[path]
        return self.resolved[path]

    def target(self, ref: str, source: SourceFile, where: str) -> tuple[SourceFile, str] | None:
        """The file and pointer a `$ref` names, or None (with a diagnostic) if it is broken."""
        known = self.targets.get((source.path, ref))
        if known is not None:  # resolved before from the same file (a broken one is reported anew)
            return known
        file_part, _, fragment = ref.partition("#")
        pointer = unquote(fragment)
        target = source
        if file_part or urlsplit(ref).scheme:
            path = self.ref_file(file_part, ref, source, where)
            if path is None:
                return None
            try:
                target = self.load(path)
            except SpecError as exc:
                self.adopt(exc, source, where)
                return None
        found, _ = _resolve_pointer(target.data, pointer) if pointer.startswith("/") else (False, 0)
        if not found:
            self.refuse(source, where, "ref-unresolved", f"$ref {ref!r} does not resolve")
            return None
        self.targets[(source.path, ref)] = (target, pointer)
        return target, pointer

    def rewrite_ref(self, ref: str, source: SourceFile, where: str) -> str:
        resolved = self.target(ref, source, where)
        if resolved is None:
            return ref
        _, pointer = resolved
        # At least three tokens, the first `components` (tokens are split on "/" alone).
        if not pointer.startswith("/components/") or pointer.count("/") < 3:
            self.diagnostics.append(
                Diagnostic(
                    source.origin(where),
                    "ref-target",
                    f"$ref {ref!r} must point into a components section",
                )
            )
            return ref
        return "#" + pointer

    def copy_subtree(self, value: Any, source: SourceFile, src: str, out: str) -> Any:
        """`value` (at `src` in `source`) copied to `out` in the bundled document."""
        self.copies[out] = (source, src)
        return self.copy(value, source, src)

    def copy(self, value: Any, source: SourceFile, src: str) -> Any:
        """`value`, at `src` in `source`, with its refs rewritten. Below a copied subtree a
        node's pointer in the bundle ends in the same tokens as `src` (Bundle.origin).

        The hot loop of bundling: a value that is not a container is taken as it is, and a
        pointer is built only for a container or a key that needs looking at."""
        if isinstance(value, list):
            return [
                self.copy(item, source, f"{src}/{index}")
                if isinstance(item, (dict, list))
                else item
                for index, item in enumerate(value)
            ]
        if not isinstance(value, dict):
            return value
        result: dict[str, Any] = {}
        for key, item in value.items():
            key_text = str(key)
            if key_text == "$ref":
                if isinstance(item, str):
                    ref = self.rewrite_ref(item, source, f"{src}/$ref")
                    self.written_refs.add(ref)
                    result[key_text] = ref
                else:
                    self.refuse(source, f"{src}/$ref", "ref-invalid", "$ref must be a string")
            elif isinstance(item, (dict, list)):
                child = f"{src}/{_token(key_text)}"
                if key_text == "mapping" and _last_token(src) == "discriminator":
                    result[key_text] = self.copy_mapping(item, source, child)
                else:
                    result[key_text] = self.copy(item, source, child)
            elif key_text in FOREIGN_KEYWORDS and isinstance(item, str):
                self.refuse(
                    source,
                    f"{src}/{_token(key_text)}",
                    "ref-keyword",
                    f"{key_text} is not supported: it makes other tools fetch or resolve "
                    "documents the bundler does not (refs are file paths inside the spec "
                    "folder; examples are inline values)",
                )
            else:
                result[key_text] = item
        return result

    def copy_mapping(self, mapping: Any, source: SourceFile, src: str) -> Any:
        """A discriminator's mapping: its values are refs (other tools follow them as such)."""
        if not isinstance(mapping, dict):
            return self.copy(mapping, source, src)
        result: dict[str, Any] = {}
        for name, target in mapping.items():
            where = join_pointer(src, name)
            result[name] = (
                self.rewrite_ref(target, source, where) if isinstance(target, str) else target
            )
        return result

    def merge_components(self, source: SourceFile) -> None:
        sections = source.data.get("components") if isinstance(source.data, dict) else None
        if sections is None:
            return
        if not isinstance(sections, dict):
            self.refuse(source, "/components", "component-shape", "components must be a mapping")
            return
        for section, entries in sections.items():
            if not isinstance(entries, dict):
                message = f"components/{section} must be a mapping of names to definitions"
                self.refuse(
                    source, join_pointer("/components", section), "component-shape", message
                )
                continue
            merged = self.components.setdefault(section, {})
            for name, value in entries.items():
                src = join_pointer("/components", section, name)
                owner = self.owners.get((section, name))
                if owner is not None:
                    self.diagnostics.append(
                        Diagnostic(
                            source.origin(src),
                            "component-duplicate",
                            f"components/{section}/{name} is already defined in {owner}",
                        )
                    )
                    continue
                self.owners[(section, name)] = source.display
                merged[name] = self.copy_subtree(value, source, src, src)

    def drain(self) -> None:
        while self.pending:
            source = self.pending.pop(0)
            if source.path not in self.merged:
                self.merged.add(source.path)
                self.merge_components(source)


def bundle(root_path: Path, root_dir: Path | None = None) -> Bundle:
    """Load `root_path` and everything it references into one document.

    Problems are collected in `Bundle.diagnostics` (the document then holds what could be
    bundled); only an unreadable root raises SpecError.
    """
    spec_dir = root_path.absolute().parent.resolve()
    bundler = _Bundler(root_dir=(root_dir or Path.cwd()).resolve(), spec_dir=spec_dir)
    if not inside(root_path, spec_dir):
        display = str(root_path)
        message = "the root spec file is a symbolic link to outside its folder"
        raise SpecError([Diagnostic(Origin(display, 1, ""), "ref-outside", message)])
    root = bundler.load(root_path.resolve())
    bundler.pending.remove(root)
    if not isinstance(root.data, dict):
        raise SpecError([Diagnostic(root.origin(""), "root", "the root document is not a mapping")])
    document: dict[str, Any] = {}
    for key, value in root.data.items():
        if key == "paths" and isinstance(value, dict):
            document["paths"] = {}
            for path, item in value.items():
                where = join_pointer("/paths", path)
                if (
                    isinstance(item, dict)
                    and set(item) == {"$ref"}
                    and isinstance(item["$ref"], str)
                ):
                    resolved = bundler.target(item["$ref"], root, join_pointer(where, "$ref"))
                    if resolved is None:
                        continue
                    source, pointer = resolved
                    _, target = _resolve_pointer(source.data, pointer)
                    document["paths"][path] = bundler.copy_subtree(target, source, pointer, where)
                else:
                    document["paths"][path] = bundler.copy_subtree(item, root, where, where)
        elif key != "components":
            document[key] = bundler.copy_subtree(value, root, "/" + key, "/" + key)
    bundler.merged.add(root.path)
    bundler.merge_components(root)
    bundler.drain()
    # Every reader of the bundle looks schemas up by name: the section exists, even if empty.
    sections = dict(bundler.components)
    sections.setdefault("schemas", {})
    document["components"] = {
        section: dict(sorted(entries.items())) for section, entries in sections.items()
    }
    others = sorted((f for f in bundler.files.values() if f is not root), key=lambda f: f.display)
    result = Bundle(document, bundler.copies, [root, *others])
    cycles = [
        Diagnostic(result.origin(site), "ref-cycle", message)
        for site, message in ref_cycles(document, bundler.written_refs)
    ]
    result.diagnostics = sorted(set(bundler.diagnostics + cycles))
    return result

"""The compiled request validators (runapi/_validators/) against jsonschema, error for error.

Request validation is generated Python (generator/targets/python_validators.py). It must say
exactly what the JSON Schema 2020-12 validator it replaced says, so for every operation with a
body, over its examples, recorded fixtures and rule cases plus hypothesis mutations of them
(top-level and nested fields dropped, set to other kinds of values, unknown fields added):

- every schema the SDK validates against (each variant, each `oneOf` branch) gives the same
  verdict as `jsonschema`, and the same errors: keyword, keyword value, instance and schema
  paths, message, in the same order;
- the problems the SDK names are word for word those of the jsonschema-based implementation it
  replaced (tests/sdk/reference_validation.py).

Plus: the `format: uri` shortcut agrees with rfc3986-validator, the runtime never imports
jsonschema (nor httpx or pydantic) to validate, the package no longer depends on it, and the
compiler refuses what it does not know.
"""

from __future__ import annotations

import copy
import functools
import json
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from runapi import _schema_checks, _validation
from runapi._schema_checks import Branch, Choice, Node, OneOf, Variant

from generator.targets.python_validators import validator_module
from tests.conftest import PROJECT
from tests.sdk import reference_validation as reference
from tests.sdk.test_validation_agreement import BASES, OPERATIONS, mutated_bodies

from ..typescript.test_agreement import URI_PROBES

PACKAGE = PROJECT / "generated" / "python"


def _schema_nodes(node: Node) -> Iterator[Variant | Branch]:
    """Every variant and `oneOf` branch reachable from an operation's body schema."""
    if isinstance(node, Variant):
        yield node
    elif isinstance(node, Choice):
        for child in node.mapping.values():
            yield from _schema_nodes(child)
    elif isinstance(node, OneOf):
        for branch in node.branches:
            yield branch
            yield from _schema_nodes(branch.node)


class _OneBody:
    """jsonschema's answers for one body, each schema asked once.

    The reference implementation validates the body against the variant it selects (and the
    `oneOf` branches on the way), all of which `_assert_same` has just validated it against: it
    is handed the same errors instead of running jsonschema again on the same schema and body.
    """

    def __init__(self, namespace: str, body: Any) -> None:
        self.schemas = reference._schemas(namespace)
        self.body = body
        self.errors: dict[str, list[Any]] = {}

    def validator(self, pointer: str) -> _Answered:
        return _Answered(self, pointer)

    def errors_at(self, pointer: str, body: Any) -> list[Any]:
        assert body is self.body, "one body per check"
        found = self.errors.get(pointer)
        if found is None:
            found = list(self.schemas.validator(pointer).iter_errors(body))
            self.errors[pointer] = found
        return found

    @contextmanager
    def answering(self) -> Iterator[None]:
        """The reference asks this object for its validators while the body is checked."""
        self.schemas.validator = self.validator  # type: ignore[method-assign,assignment]
        try:
            yield
        finally:
            del self.schemas.validator


@dataclass(frozen=True)
class _Answered:
    """A reference validator of one schema, answering from `_OneBody`."""

    answers: _OneBody
    pointer: str

    def iter_errors(self, body: Any) -> Iterator[Any]:
        return iter(self.answers.errors_at(self.pointer, body))

    def is_valid(self, body: Any) -> bool:
        return not self.answers.errors_at(self.pointer, body)


def _jsonschema_errors(answers: _OneBody, where: str, body: Any) -> list[tuple[Any, ...]]:
    return [
        (
            e.validator,
            e.validator_value,
            list(e.absolute_path),
            list(e.relative_schema_path),
            e.message,
        )
        for e in answers.errors_at(where, body)
    ]


def _compiled_errors(node: Variant | Branch, body: Any) -> list[tuple[Any, ...]]:
    return [
        (e.validator, e.validator_value, list(e.path), list(e.schema_path), e.message)
        for e in node.errors(body)
    ]


def _assert_same(operation_id: str, body: Any) -> None:
    namespace = operation_id.split(".")[0]
    root = _validation._bodies(namespace)[operation_id]
    answers = _OneBody(namespace, body)
    for node in _schema_nodes(root):
        expected = _jsonschema_errors(answers, node.where, body)
        assert _compiled_errors(node, body) == expected, (node.where, body)
        assert node.valid(body) == (expected == []), (node.where, body)
    problems = _validation.body_problems(namespace, operation_id, body)
    with answers.answering():
        assert problems == reference.body_problems(namespace, operation_id, body), body


# What a nested mutation puts in place of the value it picks.
REPLACEMENTS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-2, max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=8),
    st.sampled_from(["https://example.com/a.png", "not a url", "", "http://[::1]/x"]),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)
DEPTHS = st.integers(min_value=0, max_value=3)


@functools.cache
def _known_bodies(operation_id: str) -> st.SearchStrategy[Any]:
    # Built once per operation, not on every draw (the draws are the same).
    return st.sampled_from(BASES[operation_id] or [{}])


@st.composite
def nested_mutations(draw: st.DrawFn, operation_id: str) -> Any:
    """A known body with one value somewhere inside (not only at the top) dropped or replaced."""
    body: Any = copy.deepcopy(draw(_known_bodies(operation_id)))
    node = body
    for _ in range(draw(DEPTHS)):
        children = (
            list(node.items())
            if isinstance(node, dict)
            else list(enumerate(node))
            if isinstance(node, list)
            else []
        )
        containers = [(k, v) for k, v in children if isinstance(v, dict | list) and v]
        if not containers:
            break
        _, node = draw(st.sampled_from(containers))
    if isinstance(node, dict) and node:
        key = draw(st.sampled_from(sorted(node)))
        if draw(st.booleans()):
            del node[key]
        else:
            node[key] = draw(REPLACEMENTS)
    elif isinstance(node, list) and node:
        index = draw(st.integers(min_value=0, max_value=len(node) - 1))
        node[index] = draw(REPLACEMENTS)
    return body


SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.mark.parametrize("operation_id", [op.operation_id for op in OPERATIONS])
def test_compiled_validators_say_what_jsonschema_says(operation_id: str) -> None:
    for body in BASES[operation_id]:
        _assert_same(operation_id, body)
    odd_bodies: list[Any] = [None, [], "text", 3, {}, {"model": True}, {"model": 1.0}]
    for odd in odd_bodies:
        _assert_same(operation_id, odd)

    @SETTINGS
    @given(body=st.one_of(mutated_bodies(operation_id), nested_mutations(operation_id)))
    def agree(body: Any) -> None:
        _assert_same(operation_id, body)

    agree()


URI_ALPHABET = "abcxyz019:/?#[]@!$&'()*+,;=-._~% \u00e9\n"


@SETTINGS
@given(
    st.one_of(
        st.text(alphabet=URI_ALPHABET, max_size=30),
        st.builds(
            lambda scheme, rest: scheme + rest,
            st.sampled_from(["http://", "https://", "HTTPS://", "ftp://", "http:", "https:/"]),
            st.text(alphabet=URI_ALPHABET, max_size=30),
        ),
    )
)
@example("https://example.com/a.png")
@example("https://example.com:99999/a?b=c")
@example("https://ex-ample.com./x")
@example("https://-example.com/x")
@example("https://example.com/a.png\n")
def test_the_uri_shortcut_agrees_with_rfc3986_validator(text: str) -> None:
    from rfc3986_validator import validate_rfc3986  # type: ignore[import-untyped]

    assert _schema_checks.is_uri(text) == bool(validate_rfc3986(text, rule="URI"))


@pytest.mark.parametrize("text", URI_PROBES)
def test_uri_probes_agree_with_rfc3986_validator(text: str) -> None:
    from rfc3986_validator import validate_rfc3986

    assert _schema_checks.is_uri(text) == bool(validate_rfc3986(text, rule="URI"))


def test_validation_imports_no_json_schema_library_nor_httpx_or_pydantic() -> None:
    code = (
        "import sys, runapi._validation as v\n"
        "before = set(sys.modules)\n"
        "try:\n"
        "    v.check_body('seedance', 'seedance.text_to_video.create', {'model': 'seedance-2.0'})\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__)\n"
        "v.check_body('seedance', 'seedance.text_to_video.create', "
        "{'model': 'seedance-2.0', 'prompt': 'a lake', 'callback_url': 'https://e.com/h'})\n"
        "loaded = sorted(set(sys.modules) - before)\n"
        "print(' '.join(m for m in loaded if m.split('.')[0] != 'runapi' or 'valid' in m))\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT
    )
    refused, loaded, everything = result.stdout.splitlines()
    assert refused == "ValidationError"
    assert loaded.split() == ["runapi._validators", "runapi._validators.seedance"]
    for heavy in ("jsonschema", "referencing", "rpds", "httpx", "pydantic"):
        assert heavy not in everything.split(), heavy


def test_the_package_does_not_depend_on_jsonschema() -> None:
    project = tomllib.loads((PACKAGE / "pyproject.toml").read_text(encoding="utf-8"))
    names = [
        dep.split(">")[0].split("<")[0].split("=")[0] for dep in project["project"]["dependencies"]
    ]
    assert "jsonschema" not in names
    assert "rfc3986-validator" in names  # `format: uri` is still checked with it


def _payload(schema: dict[str, Any]) -> dict[str, Any]:
    return {"bodies": {"demo.render.create": schema}, "components": {"schemas": {}}}


@pytest.mark.parametrize(
    ("schema", "refused"),
    [
        ({"type": "object", "unevaluatedProperties": False}, "keyword 'unevaluatedProperties'"),
        ({"type": "string", "format": "email"}, "format 'email'"),
        ({"$ref": "https://example.com/schema.json"}, "does not point into the document"),
        ({"$ref": "#/components/schemas/Missing"}, "names nothing"),
    ],
)
def test_the_compiler_refuses_what_it_does_not_know(schema: dict[str, Any], refused: str) -> None:
    with pytest.raises(ValueError, match=refused):
        validator_module(_payload(schema), "demo")


def test_a_compiled_module_is_plain_python_that_loads_without_the_package_schemas() -> None:
    source = validator_module(
        _payload(
            {
                "type": "object",
                "required": ["prompt"],
                "additionalProperties": False,
                "properties": {"prompt": {"type": "string", "maxLength": 5}},
            }
        ),
        "demo",
    )
    assert "json" not in source.split("\n\n\n", 1)[1]  # no schema document is read at run time
    namespace: dict[str, Any] = {}
    exec(
        compile(
            source.replace("from .._schema_checks", "from runapi._schema_checks"), "demo", "exec"
        ),
        namespace,
    )
    variant = namespace["BODIES"]["demo.render.create"]
    assert variant.valid({"prompt": "abc"})
    assert not variant.valid({"prompt": "abcdef", "seed": 1})
    messages = [e.message for e in variant.errors({"prompt": "abcdef", "seed": 1})]
    assert messages == [
        "Additional properties are not allowed ('seed' was unexpected)",
        "'abcdef' is too long",
    ]
    assert json.dumps(messages)  # plain strings

"""openapi-spec-validator's own checks of a structurally valid document (operation ids, path
parameters, `required` lists, defaults, each Schema Object against its dialect's meta-schema).

The meta-schema check of each schema is most of their cost. The library builds a fresh
meta-schema validator for every schema; here one validator per dialect is built once and
reused, and each schema's passing verdict is remembered by its content (a schema that passed
once passes again: the check reads nothing but the schema). Failures are always recomputed, so
their messages come from the library itself. Everything else is the library's code, unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from jsonschema.exceptions import SchemaError, ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from jsonschema_path.paths import SchemaPath
from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SPECIFICATIONS
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords

from . import cache as content_cache
from .fragments import Fragments, interacts, reduced
from .structure_check import VALIDATOR_DISTRIBUTIONS


@cache
def _meta_validator(validator_class: type[Validator]) -> Validator:
    """What `validator_class.check_schema` builds on every call (openapi-schema-validator's
    check_openapi_schema: the class's meta-schema, its format checker, the OpenAPI registry)."""
    meta_class = validator_for(validator_class.META_SCHEMA, default=validator_class)
    return meta_class(
        validator_class.META_SCHEMA,
        format_checker=keywords.OpenAPIV31SchemaValidator.schema_validator_format_checker,
        registry=OPENAPI_SPECIFICATIONS,
    )


def _passed() -> content_cache.Memo:
    """The schemas that passed their meta-schema check, by dialect and content."""
    key = content_cache.digest(
        content_cache.versions(*VALIDATOR_DISTRIBUTIONS), content_cache.code_fingerprint()
    )
    return content_cache.Memo("meta-checks", key)


def _checker(
    dialect: str, validator_class: type[Validator], memo: content_cache.Memo
) -> Callable[[Any], None]:
    def check(schema: Any) -> None:
        key = content_cache.digest(dialect, json.dumps(schema, ensure_ascii=False))
        if memo.get(key):
            return
        for error in _meta_validator(validator_class).iter_errors(schema):
            raise SchemaError.create_from(error)
        memo.put(key, True)

    return check


class _SchemaValidator(keywords.OpenAPIV31SchemaValidator):
    memo: content_cache.Memo  # set by semantic_errors for its run

    def _get_schema_checker(self, schema: SchemaPath, schema_value: Any) -> Callable[[Any], None]:
        dialect = self._get_schema_dialect_id(schema, schema_value)
        validator_class = self._get_validator_class_for_dialect(dialect)
        if validator_class is None:
            raise ValueError(f"Unknown JSON Schema dialect: {dialect!r}")
        return _checker(dialect, validator_class, self.memo)


class _SpecValidator(OpenAPIV31SpecValidator):
    # The library's registry of keyword validators, with the schema check swapped.
    keyword_validators = {  # noqa: RUF012 (a plain class attribute in the base class too)
        **OpenAPIV31SpecValidator.keyword_validators,
        "schema": _SchemaValidator,
    }


class _SkipComponents(keywords.ComponentsValidator):
    def __call__(self, components: SchemaPath) -> Iterator[ValidationError]:
        return iter(())


class _PathsOnlyValidator(_SpecValidator):
    """The checks of the path items only (the components passed with the same content)."""

    keyword_validators = {  # noqa: RUF012 (as in the base class)
        **_SpecValidator.keyword_validators,
        "components": _SkipComponents,
    }


def semantic_errors(
    document: dict[str, Any], *, components: bool = True
) -> Iterator[ValidationError]:
    """The library's findings on `document` (which must have passed the structure check);
    `components=False` leaves out the checks of the components section's own entries."""
    validator = (_SpecValidator if components else _PathsOnlyValidator)(document)
    memo = _passed()
    schema_check = validator.keyword_validators_registry["schema"]
    assert isinstance(schema_check, _SchemaValidator)
    schema_check.memo = memo
    try:
        yield from validator.root_validator(validator.schema_path)
    finally:
        memo.save()


class SemanticPlan:
    """What the per-item checks (the library's, the examples') must look at, given what
    earlier runs found passing.

    A path item that passed with the same shared part (root fields, components) passes again
    (generator/fragments.py); once the shared part has passed in a check of a whole document,
    a later document is checked with only its new or changed path items (`subset`,
    `document`). Any finding sends the caller back to the whole document, so reported errors
    are always the whole run's.
    """

    def __init__(self, document: dict[str, Any], parts: Fragments) -> None:
        self.parts = parts
        self._whole = document
        key = content_cache.digest(
            content_cache.versions(*VALIDATOR_DISTRIBUTIONS),
            content_cache.code_fingerprint(),
            parts.shared,
        )
        self.memo = content_cache.Memo("semantic-items", key)
        changed = {path for path, item in parts.items.items() if self.memo.get(item) is not True}
        whole = self.memo.get("") is not True or interacts(document, changed)
        self.subset: set[str] | None = None if whole else changed
        self.document = document if whole else reduced(document, changed)

    def whole(self) -> None:
        """Check the whole document after all (a finding in the subset)."""
        self.subset = None
        self.document = self._whole

    def passed(self) -> None:
        """Remember the path items checked (and the shared part, after a whole check)."""
        checked = self.parts.items if self.subset is None else self.subset
        for path in checked:
            self.memo.put(self.parts.items[path], True)
        if self.subset is None:
            self.memo.put("", True)
        self.memo.save()

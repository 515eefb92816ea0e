"""What the generated request validators (`runapi/_validators/<group>.py`) stand on.

The generator compiles every request body schema (JSON Schema 2020-12) into two Python functions
per schema: one that only answers "valid?" (the path every well-formed call takes), and one that
lists the errors exactly as `jsonschema`'s `iter_errors` would (same keywords, order, paths and
messages), which `_validation` turns into plain words. This module holds the few helpers they
share, with `jsonschema`'s semantics: JSON equality, the number types, `format: uri`.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import Any, NamedTuple, TypeAlias

__all__ = [
    "Branch",
    "Choice",
    "Err",
    "Node",
    "OneOf",
    "Rule",
    "Variant",
    "additional_message",
    "equal",
    "is_integer",
    "is_number",
    "is_uri",
    "not_multiple",
    "prefixed",
    "unique",
    "unmatched_message",
]


class Err:
    """One schema error, shaped as the `jsonschema.ValidationError` fields `_validation` reads."""

    __slots__ = (
        "declared",
        "instance",
        "message",
        "path",
        "schema_path",
        "validator",
        "validator_value",
    )

    def __init__(
        self,
        keyword: str | None,
        value: Any,
        instance: Any,
        message: str,
        declared: tuple[str, ...] = (),
    ) -> None:
        self.validator = keyword
        self.validator_value = value
        self.instance = instance
        self.message = message
        self.declared = declared  # additionalProperties: the names `properties` declares
        self.path: list[str | int] = []
        self.schema_path: list[str | int] = [] if keyword is None else [keyword]

    @property
    def absolute_path(self) -> list[str | int]:
        return self.path

    @property
    def relative_schema_path(self) -> list[str | int]:
        return self.schema_path


def prefixed(
    errors: list[Err], schema_path: tuple[str | int, ...], path: str | int | None = None
) -> list[Err]:
    """`errors` of a subschema as seen from its parent (jsonschema's `descend`)."""
    for error in errors:
        if path is not None:
            error.path.insert(0, path)
        error.schema_path[0:0] = schema_path
    return errors


def is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int | float | numbers.Number)


def is_integer(value: Any) -> bool:
    # Draft 4 on: 1.0 is an integer too.
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def not_multiple(value: Any, divisor: Any) -> bool:
    """`multipleOf` fails, as jsonschema decides it (float divisors by division)."""
    if isinstance(divisor, float):
        quotient = value / divisor
        try:
            return bool(int(quotient) != quotient)
        except OverflowError:
            from fractions import Fraction

            return (Fraction(value) / Fraction(divisor)).denominator != 1
    return bool(value % divisor)


def additional_message(extras: list[Any]) -> str:
    shown = sorted(set(extras), key=str)
    verb = "was" if len(shown) == 1 else "were"
    names = ", ".join(repr(extra) for extra in shown)
    return f"Additional properties are not allowed ({names} {verb} unexpected)"


def unmatched_message(extras: list[Any], patterns: str) -> str:
    shown = sorted(set(extras))
    verb = "does" if len(shown) == 1 else "do"
    names = ", ".join(repr(extra) for extra in shown)
    return f"{names} {verb} not match any of the regexes: {patterns}"


def _unbool(value: Any, true: object = object(), false: object = object()) -> Any:
    if value is True:
        return true
    if value is False:
        return false
    return value


def equal(one: Any, two: Any) -> bool:
    """JSON equality as `jsonschema._utils.equal`: True is not 1, 1 equals 1.0."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, Sequence) and isinstance(two, Sequence):
        return len(one) == len(two) and all(equal(i, j) for i, j in zip(one, two, strict=False))
    if isinstance(one, Mapping) and isinstance(two, Mapping):
        return len(one) == len(two) and all(
            key in two and equal(value, two[key]) for key, value in one.items()
        )
    return bool(_unbool(one) == _unbool(two))


def unique(items: list[Any]) -> bool:
    """`uniqueItems` as `jsonschema._utils.uniq`."""
    try:
        ordered = sorted(_unbool(i) for i in items)
        return not any(equal(i, j) for i, j in pairwise(ordered))
    except (NotImplementedError, TypeError):
        seen: list[Any] = []
        for item in items:
            item = _unbool(item)
            if any(equal(i, item) for i in seen):
                return False
            seen.append(item)
    return True


# An absolute http(s) URI with a plain host and nothing to escape: every string this matches is
# an RFC 3986 URI, so most URLs are settled without rfc3986-validator, whose grammar takes ~15 ms
# to compile on import. Anything else goes to rfc3986-validator (tests prove the shortcut agrees).
_PLAIN_URL = re.compile(
    r"https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?"
    r"(?:/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(?:\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?"
)


def is_uri(value: str) -> bool:
    """`format: uri` as jsonschema checks it with rfc3986-validator installed."""
    if _PLAIN_URL.fullmatch(value) is not None:
        return True
    from rfc3986_validator import validate_rfc3986  # type: ignore[import-untyped]

    return validate_rfc3986(value, rule="URI") is not None


# ---------------------------------------------------------------------------------------------
# The variant graph: how `_validation` walks from an operation's body schema to the variant a
# body selects (by discriminator, or by the `oneOf` branch it matches), as the generator laid out.
# Its nodes are named tuples: every create of the CLI imports this module to check its body, and
# defining each node class as a frozen dataclass cost that start-up about a millisecond.
# ---------------------------------------------------------------------------------------------

Valid: TypeAlias = Callable[[Any], bool]
Errors: TypeAlias = Callable[[Any], list[Err]]
Rule: TypeAlias = dict[str, Any]


class Variant(NamedTuple):
    """A schema with no discriminator and no `oneOf` left: the body is checked against it."""

    rules: tuple[Rule, ...]  # its x-runapi-rules
    valid: Valid
    errors: Errors
    all_of: tuple[str | None, ...]  # the description of each `allOf` entry, if any
    where: str  # its JSON pointer in _schemas/<group>.json


class Choice(NamedTuple):
    """A `oneOf` with a discriminator: the body's `name` field picks the branch."""

    rules: tuple[Rule, ...]
    name: str
    mapping: dict[str, Node]


class Branch(NamedTuple):
    """One branch of a plain `oneOf`: its validators, `const` pins and where it leads."""

    valid: Valid
    errors: Errors
    pins: dict[str, Any]
    node: Node
    where: str  # its JSON pointer in _schemas/<group>.json


class OneOf(NamedTuple):
    """A `oneOf` without a discriminator: the branch the body matches (or comes closest to)."""

    rules: tuple[Rule, ...]
    branches: tuple[Branch, ...]


Node: TypeAlias = Variant | Choice | OneOf

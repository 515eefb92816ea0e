"""Base class of the response models, and the lenient parse every answer goes through.

The API may send what the spec does not describe yet: a new task status, a new enum value, a
number where a string was documented. Failing the whole answer over one such value would cost
the caller a result the server already produced (and billed), so `parse_model` keeps the
unknown value as sent and validates everything around it, field by field: nested objects stay
models and lists stay lists of models, so ``status.images[0].url`` works whatever else is new.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Literal, NamedTuple, TypeVar, Union, get_args, get_origin

import pydantic

__all__ = ["BaseModel", "UnreadableAnswer", "missing_fields", "parse_model", "parse_value"]

ModelT = TypeVar("ModelT", bound=pydantic.BaseModel)


class BaseModel(pydantic.BaseModel):
    """Response model base. Unknown fields are kept (the API may add fields at any time)."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        # Fields such as `model_id` or `model_version` are legitimate API names here.
        protected_namespaces=(),
    )


class UnreadableAnswer(ValueError):
    """The data is not even the JSON kind the model describes (an array for an object)."""


def parse_model(model: type[ModelT], data: Any) -> ModelT:
    """`data` validated into `model`, keeping values the spec does not describe (see above).

    Raises `UnreadableAnswer` when `data` cannot be the model at all (not a JSON object for an
    object model): there is nothing typed to keep.
    """
    try:
        # `model.model_validate(data)` without its keyword handling: every answer comes here.
        parsed: ModelT = model.__pydantic_validator__.validate_python(data)
        return parsed
    except pydantic.ValidationError:
        pass
    if issubclass(model, pydantic.RootModel):
        return model.model_construct(_lenient(_root_annotation(model), data))
    if not isinstance(data, dict):
        raise UnreadableAnswer(f"expected a JSON object, got {_json_kind(data)}")
    return _construct(model, data)


def parse_value(annotation: Any, data: Any) -> Any:
    """`data` validated against any type (a union of event models, say), leniently as above;
    data that fits no part of it is returned as it came."""
    parsed = _lenient(annotation, data)
    # A union of event kinds may be a RootModel; callers get the event itself.
    return parsed.root if isinstance(parsed, pydantic.RootModel) else parsed


def missing_fields(model: type[pydantic.BaseModel], data: Any, prefix: str = "") -> tuple[str, ...]:
    """Required fields of `model` that `data` lacks: absent, null or of the wrong JSON kind (an
    object where a list was documented), nested required fields included ("videos[0].url")."""
    required = _required_fields(model)
    if not isinstance(data, dict):
        return tuple(f"{prefix}{field.name}" for field in required)
    missing: list[str] = []
    for field in required:
        value = None
        for key in field.keys:
            if key in data:
                value = data[key]
                break
        if value is None or not field.fits(value):
            missing.append(f"{prefix}{field.name}")
        elif field.nested:
            missing += _nested_missing(field.annotation, value, f"{prefix}{field.name}")
    return tuple(missing)


class _RequiredField(NamedTuple):
    name: str
    keys: tuple[str, ...]  # the keys it may have in the data: its alias, then its name
    annotation: Any
    fits: Callable[[Any], bool]  # `_fits(annotation, value)`
    nested: bool  # whether `_nested_missing` can find anything inside a value that fits


@functools.lru_cache(maxsize=1024)
def _required_fields(model: type[pydantic.BaseModel]) -> tuple[_RequiredField, ...]:
    """The required fields of `model`, each with its checks: worked out once per model, as every
    answer of a task create or poll checks them."""
    found = []
    for name, field in model.model_fields.items():
        if field.is_required():
            alias = field.validation_alias if isinstance(field.validation_alias, str) else field.alias
            keys = tuple(str(k) for k in (alias, name) if k is not None)
            annotation: Any = field.annotation
            try:
                fits = _fit_test(annotation)
                nested = _nesting(annotation)[0] != ""
            except TypeError:  # an unhashable annotation: decide each value afresh
                fits = functools.partial(_fits_uncached, annotation)
                nested = True
            found.append(_RequiredField(name, keys, annotation, fits, nested))
    return tuple(found)


def _nested_missing(annotation: Any, value: Any, path: str) -> list[str]:
    try:
        kind, inner = _nesting(annotation)
    except TypeError:  # an unhashable annotation: work it out afresh
        kind, inner = _nesting.__wrapped__(annotation)
    if kind == "model":
        return list(missing_fields(inner, value, f"{path}."))
    if kind == "list" and isinstance(value, list):
        item = inner
        found: list[str] = []
        for index, entry in enumerate(value):
            entry_path = f"{path}[{index}]"
            if entry is None or not _fits(item, entry):
                found.append(entry_path)
            else:
                found += _nested_missing(item, entry, entry_path)
        return found
    return []


@functools.lru_cache(maxsize=1024)
def _nesting(annotation: Any) -> tuple[str, Any]:
    """What `_nested_missing` looks inside for `annotation`: ("model", the model class),
    ("list", the item annotation) or ("", None); worked out once per annotation."""
    annotation = _unwrap(annotation)
    if _is_model(annotation) and not issubclass(annotation, pydantic.RootModel):
        return "model", annotation
    if get_origin(annotation) in (list, Sequence):
        (item,) = get_args(annotation) or (Any,)
        return "list", item
    return "", None


# ---------------------------------------------------------------------------------------------
# The field-by-field fallback
# ---------------------------------------------------------------------------------------------


def _lenient(annotation: Any, value: Any) -> Any:
    if value is None:
        return None
    adapter = _adapter(annotation)
    if adapter is not None:
        try:
            return adapter.validate_python(value)
        except pydantic.ValidationError:
            pass
    return _salvage(annotation, value)


def _salvage(annotation: Any, value: Any) -> Any:
    """`value` rebuilt part by part where `annotation` as a whole rejected it."""
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin is Annotated:
        return _lenient(args[0], value)
    if _is_model(annotation):
        if issubclass(annotation, pydantic.RootModel):
            return annotation.model_construct(_lenient(_root_annotation(annotation), value))
        return _construct(annotation, value) if isinstance(value, dict) else value
    if origin is Union or origin is types.UnionType:
        members = [member for member in args if member is not type(None)]
        return _lenient(_closest(members, value), value) if members else value
    if origin in (list, Sequence) and isinstance(value, list):
        item = args[0] if args else Any
        return [_lenient(item, entry) for entry in value]
    if origin in (dict, Mapping) and isinstance(value, dict):
        item = args[1] if len(args) == 2 else Any
        return {key: _lenient(item, entry) for key, entry in value.items()}
    # A scalar the spec does not know (a new enum value, another type): keep it as sent.
    return value


def _construct(model: type[ModelT], data: dict[str, Any]) -> ModelT:
    values: dict[str, Any] = {}
    used: set[str] = set()
    for name, field in model.model_fields.items():
        key = _key_in(field, name, data)
        if key is None:
            continue  # a default applies, or (required) the attribute stays unset
        used.add(key)
        values[name] = _lenient(field.annotation, data[key])
    fields = model.model_fields
    extra = {key: value for key, value in data.items() if key not in used and key not in fields}
    return model.model_construct(**values, **extra)


def _closest(members: list[Any], value: Any) -> Any:
    """The union member `value` most likely was meant to be: the one whose literal tags (such as
    ``type: "message_start"``) it matches, then the one it breaks the fewest rules of. A tag
    that matches no member (a new one) decides nothing: the rest of the value then does."""

    def score(member: Any) -> tuple[int, int]:
        return (_matching_tags(member, value), -_error_count(member, value))

    return max(members, key=score)  # max keeps the first of equals: the declared order


def _matching_tags(member: Any, value: Any) -> int:
    member = _unwrap(member)
    if not _is_model(member) or not isinstance(value, dict):
        return 0
    matches = 0
    for name, field in member.model_fields.items():
        annotation = _unwrap(field.annotation)
        key = _key_in(field, name, value)
        if get_origin(annotation) is Literal and key is not None and value[key] in get_args(annotation):
            matches += 1
    return matches


def _error_count(member: Any, value: Any) -> int:
    adapter = _adapter(member)
    if adapter is None:
        return 1_000_000
    try:
        adapter.validate_python(value)
    except pydantic.ValidationError as exc:
        return exc.error_count()
    return 0


def _fits(annotation: Any, value: Any) -> bool:
    """Whether `value` is at least the JSON kind `annotation` describes."""
    try:
        test = _fit_test(annotation)
    except TypeError:  # an unhashable annotation: decide it afresh
        return _fits_uncached(annotation, value)
    return test(value)


@functools.lru_cache(maxsize=1024)
def _fit_test(annotation: Any) -> Callable[[Any], bool]:
    """`_fits` for one annotation, with the typing introspection done once (same order of
    cases as `_fits_uncached`)."""
    annotation = _unwrap(annotation)
    origin = get_origin(annotation)
    if annotation is Any:
        return lambda value: value is not None
    if origin is Union or origin is types.UnionType:
        tests = tuple(_fit_test(member) for member in get_args(annotation))
        return lambda value: any(test(value) for test in tests)
    if origin is Literal:
        return lambda value: isinstance(value, str | int | float | bool)
    if origin in (list, Sequence):
        return lambda value: isinstance(value, list)
    if origin in (dict, Mapping):
        return lambda value: isinstance(value, dict)
    if annotation is type(None):
        return lambda value: value is None
    if _is_model(annotation):
        if issubclass(annotation, pydantic.RootModel):
            return _fit_test(_root_annotation(annotation))
        return lambda value: isinstance(value, dict)
    if annotation is bool:
        return lambda value: isinstance(value, bool)
    if annotation is int or annotation is float:
        return lambda value: isinstance(value, int | float) and not isinstance(value, bool)
    if annotation is str:
        return lambda value: isinstance(value, str)
    return lambda value: True


def _fits_uncached(annotation: Any, value: Any) -> bool:
    annotation = _unwrap(annotation)
    origin = get_origin(annotation)
    if annotation is Any:
        return value is not None
    if origin is Union or origin is types.UnionType:
        return any(_fits(member, value) for member in get_args(annotation))
    if origin is Literal:
        return isinstance(value, str | int | float | bool)
    if origin in (list, Sequence):
        return isinstance(value, list)
    if origin in (dict, Mapping):
        return isinstance(value, dict)
    if annotation is type(None):
        return value is None
    if _is_model(annotation):
        if issubclass(annotation, pydantic.RootModel):
            return _fits(_root_annotation(annotation), value)
        return isinstance(value, dict)
    if annotation is bool:
        return isinstance(value, bool)
    if annotation is int or annotation is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if annotation is str:
        return isinstance(value, str)
    return True


def _key_in(field: Any, name: str, data: dict[str, Any]) -> str | None:
    """The key `field` has in `data` (its alias, else its name), or None if absent."""
    alias = field.validation_alias if isinstance(field.validation_alias, str) else field.alias
    for key in (alias, name):
        if key is not None and key in data:
            return str(key)
    return None


def _unwrap(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel)


def _root_annotation(model: type[pydantic.BaseModel]) -> Any:
    return model.model_fields["root"].annotation


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "null" if value is None else type(value).__name__


@functools.lru_cache(maxsize=512)
def _cached_adapter(annotation: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(annotation)


def _adapter(annotation: Any) -> pydantic.TypeAdapter[Any] | None:
    """A (cached) validator of `annotation`; None for a type pydantic cannot validate."""
    try:
        return _cached_adapter(annotation)
    except TypeError:  # unhashable (an Annotated with unhashable metadata): build it each time
        try:
            return pydantic.TypeAdapter(annotation)
        except pydantic.PydanticSchemaGenerationError:
            return None
    except pydantic.PydanticSchemaGenerationError:
        return None

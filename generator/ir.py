"""The intermediate model: what every renderer needs to know about the API, decided once.

`build.py` turns the validated bundle into these objects; targets only read them. Names, the SDK
call path of each operation, task links, per-variant parameters, rule texts and docs text all
live here, so the client, the stubs, the CLI and the docs agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Json = Any
OperationKind = Literal["task_create", "task_status", "call"]
Auth = Literal["api_key", "management_key", "llm"]


@dataclass(frozen=True)
class Param:
    """One request body field, or a path or query parameter."""

    name: str
    required: bool
    description: str
    schema: Json  # the field's schema, refs resolved at the top level; targets type it
    default: Json = None
    has_default: bool = False


@dataclass(frozen=True)
class Variant:
    """One self-contained shape a request body can take (a leaf of the discriminator tree)."""

    selectors: tuple[tuple[str, Json], ...]  # (("model", "seedance-1.5-pro"),); () if plain
    params: tuple[Param, ...]
    rules: tuple[str, ...]  # plain-words conditional rules (allOf entries and x-runapi-rules)
    open: bool  # accepts fields the spec does not list
    description: str = ""  # the variant schema's own description (one per model, often)

    @property
    def models(self) -> tuple[str, ...]:
        """The model ids this shape accepts (its `model` field's `const` or `enum`)."""
        for param in self.params:
            if param.name == "model" and isinstance(param.schema, dict):
                if "const" in param.schema:
                    return (str(param.schema["const"]),)
                if isinstance(param.schema.get("enum"), list):
                    return tuple(str(v) for v in param.schema["enum"])
        return ()

    @property
    def label(self) -> str:
        return ", ".join(f"{name}={value}" for name, value in self.selectors)


@dataclass(frozen=True)
class Body:
    media_type: str  # application/json or multipart/form-data
    schema_pointer: str  # in the bundled document
    variants: tuple[Variant, ...]
    discriminators: tuple[str, ...]  # properties the variants are selected by, outermost first


@dataclass(frozen=True)
class Operation:
    operation_id: str
    namespace: str  # client attribute: client.<namespace>
    resource_path: tuple[str, ...]  # attributes below the namespace
    method_name: str
    http_method: str
    path: str
    tag: str
    summary: str
    description: str
    kind: OperationKind
    auth: Auth
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body: Body | None
    success_status: int
    response_schema: str | None  # component name of the success JSON body
    stream_event_schema: str | None  # component name of one SSE event, when it can stream
    stream_event_members: tuple[str, ...] = ()  # the event kinds, when the event is a oneOf
    status_operation_id: str | None = None  # task create -> its status operation
    callback_schema: str | None = None  # task create -> body of its callback
    completed_fields: tuple[str, ...] = ()  # task status -> fields a completed task has
    request_examples: tuple[tuple[str, Json], ...] = ()  # (name, body) from the spec
    media_kind: str = ""  # id of the Kind this operation belongs to ("video", "image", ...)

    @property
    def models(self) -> tuple[str, ...]:
        """Model ids the body names, in spec order (empty when `model` is free or absent)."""
        found: dict[str, None] = {}
        for variant in self.body.variants if self.body else ():
            found.update(dict.fromkeys(variant.models))
        return tuple(found)

    @property
    def call_path(self) -> tuple[str, ...]:
        return (self.namespace, *self.resource_path, self.method_name)


@dataclass(frozen=True)
class Task:
    """A create operation and its linked status operation: one SDK resource with wait/run."""

    create: Operation
    status: Operation
    status_schema: str
    completed_schema: str  # generated model name of a completed status
    completed_fields: tuple[str, ...]


@dataclass(frozen=True)
class Namespace:
    """A client attribute (`client.seedance`) and everything under it, loaded on first use."""

    name: str
    class_name: str
    description: str
    operations: tuple[Operation, ...]
    tasks: tuple[Task, ...]
    response_schemas: tuple[str, ...]  # component names whose models live in this namespace
    kinds: tuple[str, ...] = ()  # ids of the kinds (x-tagGroups) it belongs to, main one first

    @property
    def kind(self) -> str:
        return self.kinds[0] if self.kinds else ""


@dataclass(frozen=True)
class Kind:
    """A media kind: one `x-tagGroups` entry of the spec ("Video", "Music and audio")."""

    id: str  # "video", "music": the first word of the name, lower case (`--kind video`)
    name: str
    namespaces: tuple[str, ...]  # namespaces with at least one operation of this kind


@dataclass(frozen=True)
class Model:
    """One model id of the API: what it makes and where it is called."""

    id: str
    kind: str  # Kind.id
    operation_ids: tuple[str, ...]  # the operations whose body accepts it
    description: str  # one line


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str
    namespaces: tuple[Namespace, ...]
    operations: tuple[Operation, ...] = field(default_factory=tuple)
    kinds: tuple[Kind, ...] = ()  # in spec order
    models: tuple[Model, ...] = ()  # by kind (spec order), then id

    def operation(self, operation_id: str) -> Operation:
        return next(op for op in self.operations if op.operation_id == operation_id)

    def kind(self, kind_id: str) -> Kind:
        return next(kind for kind in self.kinds if kind.id == kind_id)

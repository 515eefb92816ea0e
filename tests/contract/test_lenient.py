"""One off-spec value costs no typed access elsewhere (issue 8, item 3): every response model.

For every recorded success answer (JSON bodies and every event of every stream), each leaf
value in turn is replaced by one the spec does not describe (a new enum value, a value of the
wrong kind), and the answer is replayed through the generated client, sync and async. The call
must succeed, keep the new value as sent, and give back exactly the models a valid answer gives
everywhere else: ``status.images[0]`` is still a `MediaUrl` when ``status.status`` is "queued".
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

import httpx
import pydantic
import pytest
import runapi

from ._support import (
    BASE_URL,
    Exchange,
    build_call,
    load_exchanges,
    resolve_attribute,
    sse_payloads,
)

Path = tuple[str | int, ...]
Flavour = Literal["sync", "async"]
NEW_TEXT = "a-value-the-spec-does-not-know"


def _leaves(value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    else:
        yield path, value


def _off_spec(value: Any) -> list[Any]:
    """Values no schema of `value`'s field accepts (or, for text, a new enum value)."""
    if isinstance(value, bool):
        return ["maybe"]
    if isinstance(value, int | float):
        return ["not-a-number"]
    if isinstance(value, str):
        return [NEW_TEXT, 12345]
    return [NEW_TEXT]


def _set(document: Any, path: Path, value: Any) -> Any:
    changed = copy.deepcopy(document)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


@dataclass(frozen=True)
class Answer:
    """A recorded success answer: a JSON body, or the payloads of a stream's events."""

    exchange: Exchange

    @property
    def documents(self) -> list[Any]:
        if self.exchange.is_stream:
            return sse_payloads(str(self.exchange.response["body_raw"]))
        return [self.exchange.response["body"]]

    def response(self, documents: list[Any]) -> httpx.Response:
        headers = {str(k): str(v) for k, v in (self.exchange.response.get("headers") or {}).items()}
        if self.exchange.is_stream:
            raw = "".join(f"data: {json.dumps(d)}\n\n" for d in documents)
            return httpx.Response(self.exchange.status, headers=headers, content=raw.encode())
        return httpx.Response(
            self.exchange.status, headers=headers, content=json.dumps(documents[0]).encode()
        )


ANSWERS = [
    Answer(e)
    for e in load_exchanges()
    if 200 <= e.status < 300 and (e.is_stream or isinstance(e.response.get("body"), dict | list))
]


class Replayer:
    """Replays an answer, with any documents in place of the recorded ones, through one client
    of the flavour (and, for the async one, one event loop: a test replays its answer once per
    off-spec value, and a new client and event loop for each replay were a sixth of its time)."""

    def __init__(self, answer: Answer, flavour: Flavour) -> None:
        self.answer = answer
        self.documents: list[Any] = []
        self.call = build_call(answer.exchange)
        self.runner = asyncio.Runner() if flavour == "async" else None

        def handler(request: httpx.Request) -> httpx.Response:
            return answer.response(self.documents)

        async def ahandler(request: httpx.Request) -> httpx.Response:
            return handler(request)

        options: dict[str, Any] = {
            "api_key": self.call.api_key,
            "management_key": self.call.management_key,
            "base_url": BASE_URL,
            "max_retries": 0,
        }
        self.client = (
            runapi.AsyncRunAPI(
                **options, http_client=httpx.AsyncClient(transport=httpx.MockTransport(ahandler))
            )
            if self.runner is not None
            else runapi.RunAPI(
                **options, http_client=httpx.Client(transport=httpx.MockTransport(handler))
            )
        )

    def __enter__(self) -> Replayer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.runner is not None:
            self.runner.close()

    def __call__(self, documents: list[Any]) -> list[Any]:
        """What the client gives back for `documents`: [result] or the stream's events."""
        self.documents = documents
        call = self.call
        resource, method = resolve_attribute(self.client, self.answer.exchange.operation_id)
        if self.runner is None:
            result = getattr(resource, method)(
                *call.args, extra_headers=call.extra_headers, **call.kwargs
            )
            return list(result) if isinstance(result, runapi.Stream) else [result]

        async def main() -> list[Any]:
            result = await getattr(resource, method)(
                *call.args, extra_headers=call.extra_headers, **call.kwargs
            )
            if isinstance(result, runapi.AsyncStream):
                return [event async for event in result]
            return [result]

        return self.runner.run(main())


_MISSING = object()


def _at(value: Any, path: Path) -> Any:
    """What typed access along `path` gives (attributes on models, items elsewhere)."""
    for step in path:
        if isinstance(value, pydantic.RootModel):
            value = value.root
        if isinstance(value, pydantic.BaseModel):
            value = getattr(value, str(step), _MISSING)
        elif isinstance(value, dict | list):
            try:
                value = value[step]  # type: ignore[index]
            except (KeyError, IndexError, TypeError):
                return _MISSING
        else:
            return _MISSING
    return value


def _is_tag(model: Any, key: str | int) -> bool:
    """Whether `key` is a literal-typed field of `model` (a union member's tag)."""
    if not isinstance(model, pydantic.BaseModel) or not isinstance(key, str):
        return False
    field = type(model).model_fields.get(key)
    if field is None:
        return False
    annotation = field.annotation
    members = get_args(annotation) if get_origin(annotation) is not Literal else (annotation,)
    return any(get_origin(member) is Literal for member in members)


def _problems(
    documents: list[Any],
    reference: list[Any],
    result: list[Any],
    index: int,
    path: Path,
    value: Any,
) -> list[str]:
    problems: list[str] = []
    if _at(result[index], path) != value:
        problems.append(f"{path}: the off-spec value was not kept ({_at(result[index], path)!r})")
    for document_index, document in enumerate(documents):
        nodes: list[tuple[Path, Any]] = [((), document)]
        while nodes:
            node_path, node = nodes.pop()
            mutated_here = document_index == index
            if mutated_here and path[: len(node_path)] == node_path and node_path != path:
                # An ancestor of the changed value: still the same model, unless the value was
                # the tag that tells union members apart.
                expected = _at(reference[document_index], node_path)
                got = _at(result[document_index], node_path)
                if type(got) is not type(expected) and not _is_tag(expected, path[len(node_path)]):
                    problems.append(
                        f"{node_path}: {type(got).__name__}, not {type(expected).__name__}"
                    )
            elif not (mutated_here and node_path[: len(path)] == path):
                expected = _at(reference[document_index], node_path)
                got = _at(result[document_index], node_path)
                if type(got) is not type(expected) or (
                    not isinstance(expected, pydantic.BaseModel | dict | list) and got != expected
                ):
                    problems.append(f"{node_path}: {got!r} instead of {expected!r}")
            if isinstance(node, dict):
                nodes += [((*node_path, k), v) for k, v in node.items()]
            elif isinstance(node, list):
                nodes += [((*node_path, i), v) for i, v in enumerate(node)]
    return problems


def _is_task_id(answer: Answer, path: Path) -> bool:
    return (
        answer.exchange.operation_id.endswith(".create")
        and answer.exchange.status == 202
        and path == ("id",)
    )


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("answer", ANSWERS, ids=[a.exchange.id for a in ANSWERS])
def test_one_off_spec_value_keeps_everything_else_typed(answer: Answer, flavour: Flavour) -> None:
    with Replayer(answer, flavour) as replay:
        _check_every_off_spec_value(answer, replay)


def _check_every_off_spec_value(answer: Answer, replay: Replayer) -> None:
    documents = answer.documents
    reference = replay(documents)
    assert len(reference) == len(documents)
    failures: list[str] = []
    tried = 0
    for index, document in enumerate(documents):
        for path, original in _leaves(document):
            if not path:
                continue
            for value in _off_spec(original):
                tried += 1
                changed = [*documents]
                changed[index] = _set(document, path, value)
                if _is_task_id(answer, path) and not isinstance(value, str):
                    # The one value that cannot be kept as sent: without a string id the task
                    # cannot be followed, and the caller must hear so (it was created).
                    with pytest.raises(runapi.APIResponseValidationError, match="no task id"):
                        replay(changed)
                    continue
                try:
                    result = replay(changed)
                except Exception as exc:  # any failure is what this test reports
                    failures.append(f"{index}{path} = {value!r}: {type(exc).__name__}: {exc}")
                    continue
                failures += [
                    f"{index}{path} = {value!r}: {problem}"
                    for problem in _problems(documents, reference, result, index, path, value)
                ]
    assert tried > 0
    assert not failures, (
        f"{len(failures)} of {tried} off-spec values broke the answer:\n" + "\n".join(failures[:20])
    )


def test_every_model_kind_is_covered() -> None:
    """The recorded answers reach plain models, root models (lists, unions) and stream events."""
    kinds = {
        ("stream" if a.exchange.is_stream else type(a.exchange.response["body"]).__name__)
        for a in ANSWERS
    }
    assert kinds == {"dict", "list", "stream"}
    assert len(ANSWERS) > 200

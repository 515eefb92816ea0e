"""The NOT_GIVEN sentinel, the Operation record and the model base class."""

from __future__ import annotations

import copy
import pickle

import pytest
from runapi._models import BaseModel
from runapi._types import NOT_GIVEN, NotGiven, Operation


def test_not_given_is_a_falsy_singleton() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
    assert copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


def test_operation_is_frozen() -> None:
    operation = Operation("keys.list", "GET", "/api/v1/keys", "management_key", "none")
    with pytest.raises(AttributeError):
        operation.method = "POST"  # type: ignore[misc]
    assert operation == Operation("keys.list", "GET", "/api/v1/keys", "management_key", "none")
    assert hash(operation)


def test_models_keep_unknown_fields() -> None:
    class Accepted(BaseModel):
        id: str
        status: str | None = None

    accepted = Accepted.model_validate({"id": "t1", "status": "processing", "eta": 30})
    assert accepted.id == "t1" and accepted.status == "processing"
    assert accepted.model_extra == {"eta": 30}
    assert accepted.model_dump() == {"id": "t1", "status": "processing", "eta": 30}
    assert Accepted.model_validate({"id": "t2"}).status is None


def test_model_namespace_fields_are_allowed() -> None:
    class Result(BaseModel):
        model_id: str

    assert Result(model_id="m").model_id == "m"

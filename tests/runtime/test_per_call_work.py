"""What a call works out once and reuses, and that the requests stay what they were.

Per call, the SDK reuses a request URL it parsed before (a create's URL never changes, a poll
asks for the same one again and again), splits a path template once, and checks a body for NaN
and infinities without building a path for every value. These tests hold the results to what
they were: the same URLs, queries and path errors, and the same verdict on every body.
"""

from __future__ import annotations

import math
from collections import OrderedDict, UserDict
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from runapi import _validation
from runapi._base_client import _resolve_path
from runapi._types import Operation

from ._helpers import BASE_URL, TASK_CREATE, TASK_GET, Script, json_reply, sync_client

TWO_PARAMS = Operation("a.b.get", "GET", "/api/v1/things/{thing}/parts/{part}", "api_key", "none")


def test_path_parameters_are_quoted_in_place() -> None:
    params = {"thing": "a/b c", "part": "ü?#", "unused": "x"}
    assert _resolve_path(TWO_PARAMS, params) == "/api/v1/things/a%2Fb%20c/parts/%C3%BC%3F%23"
    assert _resolve_path(TWO_PARAMS, {"thing": 7, "part": True}) == "/api/v1/things/7/parts/True"
    assert _resolve_path(TASK_CREATE, None) == TASK_CREATE.path


def test_the_first_missing_or_empty_path_parameter_is_named() -> None:
    with pytest.raises(TypeError, match=r"^a\.b\.get: missing path parameter 'thing'$"):
        _resolve_path(TWO_PARAMS, {"part": ""})
    with pytest.raises(ValueError, match=r"^a\.b\.get: path parameter 'thing' is empty$"):
        _resolve_path(TWO_PARAMS, {"thing": "", "part": "p"})
    with pytest.raises(TypeError, match=r"^a\.b\.get: missing path parameter 'part'$"):
        _resolve_path(TWO_PARAMS, {"thing": "t"})
    with pytest.raises(TypeError, match="missing path parameter 'thing'"):
        _resolve_path(TWO_PARAMS, None)


def test_a_repeated_call_parses_no_url_and_sends_the_same_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = Script([json_reply(200, {"id": "t", "status": "processing"})])
    client = sync_client(script)
    client.request(TASK_GET, path_params={"id": "t-1"})
    client.request(TASK_GET, path_params={"id": "t-1"}, query={"verbose": "1"})

    import httpx._urls

    parsed: list[str] = []
    real = httpx._urls.urlparse  # type: ignore[attr-defined]

    def counting(url: str = "", **kwargs: Any) -> Any:
        parsed.append(url)
        return real(url, **kwargs)

    monkeypatch.setattr(httpx._urls, "urlparse", counting)
    client.request(TASK_GET, path_params={"id": "t-1"})
    client.request(TASK_GET, path_params={"id": "t-1"}, query={"verbose": "1"})
    assert parsed == []  # both URLs were parsed by the first two calls
    client.request(TASK_GET, path_params={"id": "a-task-no-other-test-asks-for"})
    assert parsed == [f"{BASE_URL}/api/v1/seedance/text_to_video/a-task-no-other-test-asks-for"]

    urls = [str(request.url) for request in script.requests]
    first = f"{BASE_URL}/api/v1/seedance/text_to_video/t-1"
    # A query is added to the request's own URL, never to the shared parsed one.
    assert urls == [first, f"{first}?verbose=1", first, f"{first}?verbose=1", urls[-1]]
    assert urls[-1].endswith("/a-task-no-other-test-asks-for")


_FLOATS = st.floats(allow_nan=True, allow_infinity=True)
_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=3) | _FLOATS


def _mappings(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    plain = st.dictionaries(st.text(max_size=3), children, max_size=4)
    return plain | plain.map(OrderedDict) | plain.map(UserDict)


_VALUES = st.recursive(
    _SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.lists(children, max_size=4).map(tuple)
        | _mappings(children)
    ),
    max_leaves=20,
)


class _Real(float):
    """A float subclass: the fast walk must hand it to the general one."""


@given(_VALUES)
def test_the_fast_finiteness_walk_agrees_with_the_one_that_names_the_path(value: Any) -> None:
    assert _validation._all_finite(value) == (_validation._non_finite_number(value) is None)


def test_a_non_finite_value_of_any_container_or_float_type_is_found() -> None:
    for body in (
        {"a": [1, {"b": (2.0, math.nan)}]},
        {"a": OrderedDict(b=math.inf)},
        {"a": UserDict(b=[-math.inf])},
        {"a": _Real("nan")},
    ):
        assert not _validation._all_finite(body)
        assert _validation.non_finite_problem(body) is not None
    assert _validation.non_finite_problem({"a": [1, "x", None, True, 2.5, {"b": _Real(1)}]}) is None

"""NaN and infinities have no JSON form: a body holding one is refused before anything is sent,
with validation on or off, naming the field; never a bare ValueError from the JSON encoder."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
import runapi

NON_FINITE = [math.nan, math.inf, -math.inf]
KLING: Any = {"model": "kling-3.0", "prompt": "p", "aspect_ratio": "16:9"}


def _client(validate: bool, sent: list[httpx.Request]) -> runapi.RunAPI:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(202, json={"id": "t"})

    transport = httpx.MockTransport(answer)
    return runapi.RunAPI(
        api_key="sk-test", validate_requests=validate, http_client=httpx.Client(transport=transport)
    )


@pytest.mark.parametrize("validate", [True, False])
@pytest.mark.parametrize("value", NON_FINITE, ids=repr)
def test_a_non_finite_field_is_a_validation_error(validate: bool, value: float) -> None:
    sent: list[httpx.Request] = []
    client = _client(validate, sent)
    with pytest.raises(runapi.ValidationError) as caught:
        client.kling.text_to_video.create(**KLING, cfg_scale=value)
    assert caught.value.problems == [
        "cfg_scale must be a finite number (JSON has no NaN or Infinity)"
    ]
    assert sent == []


@pytest.mark.parametrize("validate", [True, False])
def test_a_nested_non_finite_value_is_named_by_its_path(validate: bool) -> None:
    sent: list[httpx.Request] = []
    client = _client(validate, sent)
    body: Any = {"model": "gpt-5.2", "messages": [{"role": "user", "content": "hi"}]}
    with pytest.raises(runapi.ValidationError) as caught:
        client.openai.chat.completions.create(**body, metadata={"deep": [1, math.nan]})
    assert caught.value.problems == [
        "metadata.deep.1 must be a finite number (JSON has no NaN or Infinity)"
    ]
    assert sent == []


def test_validate_request_refuses_non_finite_numbers() -> None:
    with pytest.raises(runapi.ValidationError, match="prompt must be a finite number"):
        runapi.validate_request(
            "POST", "/api/v1/kling/text_to_video", {**KLING, "prompt": math.inf}
        )

"""Key and header checks, the redacting headers repr and the scrub of quoted text."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from runapi._base_client import AsyncAPIClient, SyncAPIClient
from runapi._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    InvalidCredentialsError,
    make_status_error,
)
from runapi._secrets import (
    REDACTED,
    check_headers,
    is_secret_header,
    normalize_key,
    redact,
    redacting_headers,
    secrets_of,
)

from ._helpers import API_KEY, BASE_URL, LLM_CREATE, TASK_CREATE, Script, async_client, json_reply

OTHER = "sk-other-caller-chosen-0987654321"


@pytest.mark.parametrize("raw", [API_KEY, f"{API_KEY}\n", f"{API_KEY}\r\n", f" \t{API_KEY}  "])
def test_keys_lose_surrounding_whitespace(raw: str) -> None:
    assert normalize_key("api_key", raw, source="argument") == API_KEY


@pytest.mark.parametrize(
    ("inner", "described"),
    [
        ("\n", "a line break"),
        ("\t", "a tab"),
        (" ", "a space"),
        ("\x00", "a control character (U+0000)"),
        ("\x7f", "a control character (U+007F)"),
        ("\u200b", "a non-ASCII character (U+200B)"),
        ("é", "a non-ASCII character (U+00E9)"),
    ],
)
def test_keys_with_anything_but_visible_ascii_inside_are_refused(
    inner: str, described: str
) -> None:
    key = API_KEY[:8] + inner + API_KEY[8:]
    with pytest.raises(InvalidCredentialsError) as caught:
        normalize_key("management_key", key, source="RUNAPI_MANAGEMENT_KEY")
    message = str(caught.value)
    assert described in message and "position 9 of" in message
    assert "management key (from RUNAPI_MANAGEMENT_KEY)" in message
    assert API_KEY[:8] not in message and API_KEY[8:] not in message
    assert caught.value.key_name == "management_key"


def test_clients_refuse_malformed_keys_and_strip_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNAPI_API_KEY", API_KEY + "\n")
    monkeypatch.delenv("RUNAPI_MANAGEMENT_KEY", raising=False)
    for cls in (SyncAPIClient, AsyncAPIClient):
        assert cls().api_key == API_KEY
        assert cls(api_key=f" {API_KEY}\n").api_key == API_KEY
        with pytest.raises(InvalidCredentialsError):
            cls(api_key=API_KEY + "\nX: y")
        with pytest.raises(InvalidCredentialsError):
            cls(api_key=API_KEY).with_options(management_key="mk-\x1b[0m")


def test_header_values_are_stripped_and_checked() -> None:
    assert check_headers({"X-Trace": " abc \n", "Authorization": f"Bearer {API_KEY}\n"}) == {
        "X-Trace": "abc",
        "Authorization": f"Bearer {API_KEY}",
    }
    for bad in (f"Bearer {API_KEY}\r\nX-Evil: 1", f"{API_KEY}\x00", f"{API_KEY}é"):
        with pytest.raises(ValueError, match="nothing was sent") as caught:
            check_headers({"x-api-key": bad})
        assert API_KEY not in str(caught.value) and "'x-api-key'" in str(caught.value)


def test_invalid_header_names_are_not_echoed() -> None:
    with pytest.raises(ValueError, match="header #2 has an invalid name") as caught:
        check_headers({"X-Ok": "1", f"Authorization: Bearer {API_KEY}": ""})
    assert API_KEY not in str(caught.value)


def test_credential_headers_are_recognised_by_name() -> None:
    for name in (
        "Authorization",
        "Proxy-Authorization",
        "x-api-key",
        "X-Goog-Api-Key",
        "X-Auth-Token",
        "Cookie",
    ):
        assert is_secret_header(name), name
    for name in ("Accept", "User-Agent", "Content-Type", "X-Request-Id"):
        assert not is_secret_header(name), name


def test_redacting_headers_hide_every_credential_in_their_repr() -> None:
    plain = httpx.Headers(
        {"x-api-key": API_KEY, "Authorization": f"Bearer {OTHER}", "Accept": "a/b"}
    )
    assert API_KEY in repr(plain)  # why the SDK wraps them: httpx hides Authorization only
    wrapped = redacting_headers(plain)
    assert isinstance(wrapped, httpx.Headers) and wrapped["x-api-key"] == API_KEY
    assert API_KEY not in repr(wrapped) and OTHER not in repr(wrapped) and "a/b" in repr(wrapped)
    assert repr(wrapped).startswith("Headers(")


def test_redact_scrubs_whole_values_and_tokens_from_text_and_json() -> None:
    secrets = secrets_of(httpx.Headers({"Authorization": f"Bearer {API_KEY}", "Accept": "*/*"}))
    assert API_KEY in secrets and f"Bearer {API_KEY}" in secrets
    assert (
        redact(f"echo: Authorization=Bearer {API_KEY}", secrets)
        == f"echo: Authorization={REDACTED}"
    )
    assert redact({"seen": [API_KEY, 3]}, secrets) == {"seen": [REDACTED, 3]}


def test_errors_built_from_an_echoing_answer_quote_no_key() -> None:
    request = redacting_headers(httpx.Headers({"x-api-key": API_KEY}))
    sent = httpx.Request("POST", f"{BASE_URL}/v1/messages", headers=request)
    echo = f"you sent x-api-key: {API_KEY}"
    status_error = make_status_error(httpx.Response(400, text=echo, request=sent))
    answer = httpx.Response(200, text=echo, request=sent)
    unreadable = APIResponseValidationError("not JSON", response=answer, body=answer.text)
    for error in (status_error, unreadable):
        assert API_KEY not in str(error) and API_KEY not in repr(error.body)
        assert REDACTED in str(error.body)


def test_requests_kept_on_exceptions_print_no_credential() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset", request=request)

    client = SyncAPIClient(
        api_key=API_KEY,
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(fail)),
    )
    for operation, headers in ((LLM_CREATE, None), (TASK_CREATE, {"X-Goog-Api-Key": OTHER})):
        with pytest.raises(APIConnectionError) as caught:
            client.request(operation, json={}, headers=headers)
        assert caught.value.request is not None
        shown = repr(caught.value.request.headers)
        assert API_KEY not in shown and OTHER not in shown


def test_async_clients_check_headers_before_sending() -> None:
    script = Script([json_reply(200, {})])
    client = async_client(script)

    async def main() -> None:
        await client.request(LLM_CREATE, json={}, headers={"x-api-key": f"{OTHER}\n\r"})
        with pytest.raises(ValueError, match="nothing was sent"):
            await client.request(LLM_CREATE, json={}, headers={"x-api-key": f"{OTHER}\nX: 1"})

    asyncio.run(main())
    assert len(script.requests) == 1
    assert script.requests[0].headers["x-api-key"] == OTHER

"""Keys never leak (issue 8, item 4), over real sockets, for every auth header scheme.

A key is stripped of surrounding whitespace (``cat key.txt`` leaves a newline) and refused at
construction when anything but visible ASCII remains, with a message that does not quote it.
Whatever then goes wrong (a reset, a timeout, an error page that echoes the request, an answer
that cannot be read, a caller header that cannot be sent), the key appears in no exception
message, args, repr or traceback, in no `repr(exc.request.headers)`, and in no log record of
httpx, httpcore or the SDK, sync or async, on a client or on a `with_options()` copy.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import runapi

from .sdk_servers import (
    MESSAGES_BODY,
    SEEDANCE_BODY,
    Action,
    Arrival,
    Reply,
    Reset,
    Stall,
    json_reply,
    serve,
)

KEY = "sk-leakcheck-0123456789abcdefghij-SECRET"
OTHER_KEY = "sk-callerchosen-9876543210zyxwvu-SECRET"
MANAGEMENT = "mk-leakcheck-fedcba9876543210-SECRET"
SECRETS = (KEY, OTHER_KEY, MANAGEMENT)
GEMINI_BODY: dict[str, Any] = {"contents": [{"role": "user", "parts": [{"text": "Hi"}]}]}


@dataclass(frozen=True)
class Scheme:
    """One way a credential travels: the header it ends up in and how the call is made."""

    header: str
    secret: str
    call: Callable[[Any, dict[str, str] | None], Any]
    client_options: dict[str, Any]
    extra_headers: dict[str, str] | None = None


SCHEMES: dict[str, Scheme] = {
    "bearer-api-key": Scheme(
        "authorization",
        KEY,
        lambda c, h: c.seedance.text_to_video.create(**SEEDANCE_BODY, extra_headers=h),
        {"api_key": KEY},
    ),
    "x-api-key-llm": Scheme(
        "x-api-key",
        KEY,
        lambda c, h: c.anthropic.messages.create(**MESSAGES_BODY, extra_headers=h),
        {"api_key": KEY},
    ),
    "bearer-management-key": Scheme(
        "authorization",
        MANAGEMENT,
        lambda c, h: c.keys.list(extra_headers=h),
        {"management_key": MANAGEMENT},
    ),
    "caller-bearer-on-llm": Scheme(
        "authorization",
        OTHER_KEY,
        lambda c, h: c.anthropic.messages.create(**MESSAGES_BODY, extra_headers=h),
        {"api_key": KEY},
        {"Authorization": f"Bearer {OTHER_KEY}"},
    ),
    "caller-x-goog-api-key": Scheme(
        "x-goog-api-key",
        OTHER_KEY,
        lambda c, h: c.gemini.models.stream_generate_content(
            "gemini-3-flash-preview", **GEMINI_BODY, extra_headers=h
        ),
        {"api_key": KEY},
        {"x-goog-api-key": OTHER_KEY},
    ),
    "caller-default-x-api-key": Scheme(
        "x-api-key",
        OTHER_KEY,
        lambda c, h: c.anthropic.messages.create(**MESSAGES_BODY, extra_headers=h),
        {"api_key": KEY, "default_headers": {"x-api-key": OTHER_KEY}},
    ),
}


def _echo_page(status: int) -> Callable[[Arrival], Action]:
    """A debugging proxy: quotes every request header back in an HTML page."""

    def answer(arrival: Arrival) -> Action:
        quoted = "".join(f"<li>{name}: {value}</li>" for name, value in arrival.headers.items())
        return Reply(
            status, f"<html><ul>{quoted}</ul></html>".encode(), {"Content-Type": "text/html"}
        )

    return answer


def _echo_json(status: int) -> Callable[[Arrival], Action]:
    def answer(arrival: Arrival) -> Action:
        return json_reply(status, {"error": f"rejected {arrival.headers}", "seen": arrival.headers})

    return answer


# Faults after which the caller holds an exception (and the request on it).
# The exception class is named, and looked up when the test runs.
FAULTS: dict[str, tuple[Callable[[Arrival], Action] | None, str]] = {
    "reset": (lambda arrival: Reset(), "APIConnectionError"),
    "timeout": (lambda arrival: Stall(), "APITimeoutError"),
    "401-echo-json": (_echo_json(401), "AuthenticationError"),
    "502-echo-page": (_echo_page(502), "InternalServerError"),
    "200-echo-page": (_echo_page(200), "APIResponseValidationError"),
    "connect-refused": (None, "APIConnectionError"),
}


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every record of every logger, at DEBUG (httpcore logs each step of a request there)."""
    with caplog.at_level(logging.DEBUG):
        yield caplog


def _free_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


# A stalled answer never comes, so any read timeout ends the call the same way: it is waited
# for briefly. Every other fault gets seconds, so that a loaded machine never turns a prompt
# answer into a timeout.
STALLED = httpx.Timeout(10.0, read=0.02)
PROMPT = httpx.Timeout(10.0)


def _client(flavour: str, url: str, copy: bool, timeout: httpx.Timeout, **options: Any) -> Any:
    cls = runapi.RunAPI if flavour == "sync" else runapi.AsyncRunAPI
    base = cls(base_url=url, timeout=timeout, max_retries=1, **options)
    client = base.with_options(max_retries=0) if copy else base
    if flavour == "sync":
        client._sleep = lambda _seconds: None
    else:

        async def no_sleep(_seconds: float) -> None:
            return None

        client._sleep = no_sleep
    return client


def _raised(
    scheme: Scheme, flavour: str, url: str, copy: bool, timeout: httpx.Timeout = PROMPT
) -> BaseException:
    client = _client(flavour, url, copy, timeout, **scheme.client_options)
    try:
        if flavour == "sync":
            with client:
                scheme.call(client, scheme.extra_headers)
        else:

            async def main() -> None:
                async with client:
                    await scheme.call(client, scheme.extra_headers)

            asyncio.run(main())
    except BaseException as exc:  # the exception is the subject of the test
        return exc
    raise AssertionError("no exception")


def _surfaces(exc: BaseException) -> dict[str, str]:
    """Everything a caller, a logger or a crash report could print about `exc`."""
    shown = {
        "str": str(exc),
        "repr": repr(exc),
        "args": repr(exc.args),
        "traceback": "".join(traceback.format_exception(exc)),
    }
    for name in ("message", "body"):
        if hasattr(exc, name):
            shown[name] = repr(getattr(exc, name))
    request = getattr(exc, "request", None)
    if request is not None:
        shown["request"] = repr(request)
        shown["request.headers"] = repr(request.headers)
        shown["str(request.headers)"] = str(request.headers)
    return shown


def assert_no_secret(texts: dict[str, str]) -> None:
    for where, text in texts.items():
        for secret in SECRETS:
            assert secret not in text, f"{secret[:12]}... leaked in {where}: {text[:300]}"


def _log_texts(logs: pytest.LogCaptureFixture) -> dict[str, str]:
    shown: dict[str, str] = {}
    for index, record in enumerate(logs.records):
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += "".join(traceback.format_exception(record.exc_info[1]))
        shown[f"log {index} ({record.name})"] = text
    return shown


@pytest.mark.parametrize("copy", [False, True], ids=["client", "with_options-copy"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("scheme_name", sorted(SCHEMES))
def test_no_error_path_shows_the_key(
    scheme_name: str, fault: str, flavour: str, copy: bool, logs: pytest.LogCaptureFixture
) -> None:
    scheme = SCHEMES[scheme_name]
    scenario, expected = FAULTS[fault]
    if scenario is None:
        error = _raised(scheme, flavour, _free_port_url(), copy)
    else:
        with serve(scenario) as server:
            timeout = STALLED if fault == "timeout" else PROMPT
            error = _raised(scheme, flavour, server.url, copy, timeout)
            server.arrived(1)  # a timed-out call may end before the server has read it
            arrival = server.arrivals[0]
            assert arrival.headers[scheme.header].removeprefix("Bearer ") == scheme.secret
    assert_no_secret(_surfaces(error))
    assert_no_secret(_log_texts(logs))
    assert isinstance(error, getattr(runapi, expected)), repr(error)
    request = error.request
    if request is not None and scheme.header in request.headers:
        # The request still carries the key (httpx needs it); only its printed form hides it.
        assert request.headers[scheme.header].endswith(scheme.secret)


# -- keys as they are read from files and environment variables --------------------------------

WHITESPACE = {
    "trailing-newline": KEY + "\n",
    "trailing-crlf": KEY + "\r\n",
    "surrounding-spaces": f"  {KEY}\t",
}
MALFORMED = {
    "inner-newline": KEY[:12] + "\n" + KEY[12:],
    "header-injection": KEY + "\r\nX-Injected: yes",
    "nul": KEY[:12] + "\x00" + KEY[12:],
    "escape-sequence": KEY[:12] + "\x1b[2J" + KEY[12:],
    "inner-space": KEY[:12] + " " + KEY[12:],
    "zero-width-space": KEY[:12] + "\u200b" + KEY[12:],
    "non-ascii": KEY[:12] + "é" + KEY[12:],
    "del": KEY[:12] + "\x7f" + KEY[12:],
}


def _balance(arrival: Arrival) -> Action:
    return json_reply(200, {"balance_cents": 100, "currency": "USD"})


def _keys(arrival: Arrival) -> Action:
    return json_reply(200, [])


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("source", ["argument", "environment", "with_options"])
@pytest.mark.parametrize("kind", sorted(WHITESPACE))
def test_surrounding_whitespace_is_stripped(
    kind: str,
    source: str,
    flavour: str,
    monkeypatch: pytest.MonkeyPatch,
    logs: pytest.LogCaptureFixture,
) -> None:
    raw = WHITESPACE[kind]
    monkeypatch.delenv("RUNAPI_API_KEY", raising=False)
    monkeypatch.delenv("RUNAPI_MANAGEMENT_KEY", raising=False)
    options: dict[str, Any] = {}
    if source == "argument":
        options = {"api_key": raw, "management_key": raw.replace(KEY, MANAGEMENT)}
    elif source == "environment":
        monkeypatch.setenv("RUNAPI_API_KEY", raw)
        monkeypatch.setenv("RUNAPI_MANAGEMENT_KEY", raw.replace(KEY, MANAGEMENT))

    def scenario(arrival: Arrival) -> Action:
        return _keys(arrival) if arrival.path == "/api/v1/keys" else _balance(arrival)

    with serve(scenario) as server:
        cls = runapi.RunAPI if flavour == "sync" else runapi.AsyncRunAPI
        client: Any = cls(base_url=server.url, **options)
        if source == "with_options":
            client = client.with_options(api_key=raw, management_key=raw.replace(KEY, MANAGEMENT))
        assert client.api_key == KEY and client.management_key == MANAGEMENT

        async def both() -> None:
            await client.account.get_balance()
            await client.keys.list()
            await client.anthropic.messages.create(**MESSAGES_BODY)

        if flavour == "sync":
            client.account.get_balance()
            client.keys.list()
            client.anthropic.messages.create(**MESSAGES_BODY)
        else:
            server.scenario = lambda a: (
                _keys(a)
                if a.path == "/api/v1/keys"
                else json_reply(
                    200,
                    {
                        "id": "m",
                        "type": "message",
                        "role": "assistant",
                        "content": [],
                        "model": "m",
                    },
                )
                if a.path == "/v1/messages"
                else _balance(a)
            )
            asyncio.run(both())
        balance, keys, message = server.arrivals
    assert balance.headers["authorization"] == f"Bearer {KEY}"
    assert keys.headers["authorization"] == f"Bearer {MANAGEMENT}"
    assert message.headers["x-api-key"] == KEY
    assert_no_secret(_log_texts(logs))


@pytest.mark.parametrize("key_name", ["api_key", "management_key"])
@pytest.mark.parametrize(
    ("kind", "source"),
    [
        (kind, source)
        for kind in sorted(MALFORMED)
        for source in ("argument", "environment", "with_options")
        # An environment variable cannot hold a NUL byte.
        if not (source == "environment" and "\x00" in MALFORMED[kind])
    ],
)
def test_malformed_keys_are_refused_at_construction_without_quoting_them(
    kind: str, source: str, key_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = MALFORMED[kind]
    given: dict[str, Any] = {key_name: bad}
    env = "RUNAPI_API_KEY" if key_name == "api_key" else "RUNAPI_MANAGEMENT_KEY"
    monkeypatch.delenv("RUNAPI_API_KEY", raising=False)
    monkeypatch.delenv("RUNAPI_MANAGEMENT_KEY", raising=False)
    for cls in (runapi.RunAPI, runapi.AsyncRunAPI):
        with pytest.raises(runapi.InvalidCredentialsError) as caught:
            if source == "argument":
                cls(**given)
            elif source == "environment":
                monkeypatch.setenv(env, bad)
                cls()
            else:
                cls(api_key="sk-fine", management_key="mk-fine").with_options(**given)
        error = caught.value
        assert isinstance(error, ValueError)  # refused before anything is sent
        assert error.key_name == key_name
        assert "position" in str(error)
        if source == "environment":
            assert env in str(error)
        for where, text in _surfaces(error).items():
            assert KEY[:12] not in text and KEY[12:] not in text, f"leaked in {where}"


BAD_CALLER_HEADERS = {
    "newline-in-x-api-key": {"x-api-key": OTHER_KEY[:10] + "\n" + OTHER_KEY[10:]},
    "crlf-injection-in-authorization": {"Authorization": f"Bearer {OTHER_KEY}\r\nX-Evil: 1"},
    "nul-in-x-goog-api-key": {"x-goog-api-key": OTHER_KEY + "\x00"},
    "non-ascii-in-authorization": {"Authorization": f"Bearer {OTHER_KEY}é"},
    "non-ascii-in-custom-token": {"X-Auth-Token": f"{OTHER_KEY}\u2026"},
    "bad-header-name": {f"Authorization: Bearer {OTHER_KEY}": "x"},
}


@pytest.mark.parametrize("via", ["extra_headers", "default_headers", "with_options"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("case", sorted(BAD_CALLER_HEADERS))
def test_caller_headers_that_cannot_be_sent_fail_before_sending(
    case: str, flavour: str, via: str, logs: pytest.LogCaptureFixture
) -> None:
    headers = BAD_CALLER_HEADERS[case]
    with serve(_balance) as server:
        cls = runapi.RunAPI if flavour == "sync" else runapi.AsyncRunAPI
        error: BaseException | None = None
        try:
            if via == "default_headers":
                client = cls(api_key=KEY, base_url=server.url, default_headers=headers)
            elif via == "with_options":
                client = cls(api_key=KEY, base_url=server.url).with_options(default_headers=headers)
            else:
                client = cls(api_key=KEY, base_url=server.url)
            call = client.anthropic.messages.create(**MESSAGES_BODY, extra_headers=headers)
            if flavour == "async":
                asyncio.run(call)
        except BaseException as exc:  # the exception is the subject of the test
            error = exc
        assert server.arrivals == []
    # A plain ValueError naming the header (not a UnicodeEncodeError or an httpx error).
    assert type(error) is ValueError, repr(error)
    assert "nothing was sent" in str(error)
    assert_no_secret(_surfaces(error))
    assert_no_secret(_log_texts(logs))


def test_caller_header_values_lose_surrounding_whitespace() -> None:
    with serve(
        lambda arrival: json_reply(
            200, {"id": "m", "type": "message", "role": "assistant", "content": [], "model": "m"}
        )
    ) as server:
        with runapi.RunAPI(api_key=KEY, base_url=server.url) as client:
            client.anthropic.messages.create(
                **MESSAGES_BODY, extra_headers={"Authorization": f"Bearer {OTHER_KEY}\n"}
            )
        (arrival,) = server.arrivals
    assert arrival.headers["authorization"] == f"Bearer {OTHER_KEY}"
    assert "x-api-key" not in arrival.headers  # the caller chose the scheme


def test_client_repr_hides_every_key() -> None:
    client = runapi.RunAPI(api_key=KEY, management_key=MANAGEMENT)
    copy = client.with_options(default_headers={"x-goog-api-key": OTHER_KEY})
    for shown in (repr(client), str(client), repr(copy)):
        assert_no_secret({"repr": shown})

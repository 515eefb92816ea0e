"""Every recorded callback verifies and parses through its task resource's `parse_callback`.

The recorded deliveries are signed with the public TEST_SECRET over the bytes
`callback_body_bytes(body)`; their timestamps are fixed (and old), so the accepted cases pass a
tolerance wide enough to cover any clock, while the stale case proves the default tolerance
refuses them.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
import runapi

from tests.tools.sign_fixtures import TEST_SECRET, callback_body_bytes

from ._support import BASE_URL, Callback, declared_returns, dump, load_callbacks

CALLBACKS = load_callbacks()
WIDE_TOLERANCE = 10**10
WRONG_SECRET = base64.b64encode(b"some-other-callback-secret").decode()


def _resource(callback: Callback, flavour: str) -> Any:
    client: runapi.RunAPI | runapi.AsyncRunAPI
    if flavour == "sync":
        client = runapi.RunAPI(api_key="unused", base_url=BASE_URL)
    else:
        client = runapi.AsyncRunAPI(api_key="unused", base_url=BASE_URL)
    target: Any = client
    for name in callback.resource_path.split("."):
        target = getattr(target, name)
    return target


def _params(flavours: tuple[str, ...]) -> list[Any]:
    return [
        pytest.param(callback, flavour, id=f"{callback.id}-{flavour}")
        for callback in CALLBACKS
        for flavour in flavours
    ]


@pytest.mark.parametrize(("callback", "flavour"), _params(("sync", "async")))
def test_recorded_callback_parses_to_status_model(callback: Callback, flavour: str) -> None:
    resource = _resource(callback, flavour)
    raw = callback_body_bytes(callback.body)
    status = resource.parse_callback(
        raw, callback.headers, secret=TEST_SECRET, tolerance=WIDE_TOLERANCE
    )
    declared = declared_returns(resource, "parse_callback")
    assert type(status) in declared.models, f"{type(status)} not in {set(declared.models)}"
    # The status model accepts the recorded body (no silent fallback), and keeps every field.
    type(status).model_validate(callback.body)
    assert dump(status) == callback.body
    assert status.status == callback.body["status"]
    # The raw body may also be given as text.
    again = resource.parse_callback(
        raw.decode("utf-8"), callback.headers, secret=TEST_SECRET, tolerance=WIDE_TOLERANCE
    )
    assert dump(again) == callback.body


def _refused(callback: Callback, raw: bytes, headers: dict[str, str], **options: Any) -> None:
    resource = _resource(callback, "sync")
    with pytest.raises(runapi.WebhookVerificationError):
        resource.parse_callback(raw, headers, **options)


@pytest.mark.parametrize(("callback", "flavour"), _params(("sync",)))
def test_tampered_body_is_refused(callback: Callback, flavour: str) -> None:
    body = json.loads(callback_body_bytes(callback.body))
    body["status"] = "completed" if body.get("status") != "completed" else "failed"
    tampered = callback_body_bytes(body)
    _refused(callback, tampered, callback.headers, secret=TEST_SECRET, tolerance=WIDE_TOLERANCE)
    # Even one extra byte (re-serialised JSON) breaks the signature.
    spaced = callback_body_bytes(callback.body) + b" "
    _refused(callback, spaced, callback.headers, secret=TEST_SECRET, tolerance=WIDE_TOLERANCE)


@pytest.mark.parametrize(("callback", "flavour"), _params(("sync",)))
def test_wrong_secret_is_refused(callback: Callback, flavour: str) -> None:
    raw = callback_body_bytes(callback.body)
    _refused(callback, raw, callback.headers, secret=WRONG_SECRET, tolerance=WIDE_TOLERANCE)


@pytest.mark.parametrize(("callback", "flavour"), _params(("sync",)))
def test_stale_timestamp_is_refused_with_default_tolerance(
    callback: Callback, flavour: str
) -> None:
    # The recorded timestamps are fixed points in the past (2026-01-01 and later).
    raw = callback_body_bytes(callback.body)
    _refused(callback, raw, callback.headers, secret=TEST_SECRET)


@pytest.mark.parametrize(("callback", "flavour"), _params(("sync",)))
def test_forged_timestamp_or_id_is_refused(callback: Callback, flavour: str) -> None:
    raw = callback_body_bytes(callback.body)
    moved = {
        **callback.headers,
        "X-Callback-Timestamp": str(int(callback.headers["X-Callback-Timestamp"]) + 1),
    }
    _refused(callback, raw, moved, secret=TEST_SECRET, tolerance=WIDE_TOLERANCE)
    renamed = {**callback.headers, "X-Callback-Id": callback.headers["X-Callback-Id"] + "x"}
    _refused(callback, raw, renamed, secret=TEST_SECRET, tolerance=WIDE_TOLERANCE)
    unsigned = {k: v for k, v in callback.headers.items() if k != "X-Callback-Signature"}
    _refused(callback, raw, unsigned, secret=TEST_SECRET, tolerance=WIDE_TOLERANCE)


UNREADABLE_BODIES = [b"[1, 2]", b'"completed"', b"null", b"not json", b"\xff\xfe{}"]


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("raw", UNREADABLE_BODIES, ids=repr)
def test_genuine_delivery_without_a_json_object_is_refused(flavour: str, raw: bytes) -> None:
    # Correctly signed, yet not a status object: the receiver gets the one documented error it
    # answers 400 on, never a bare JSONDecodeError, UnicodeDecodeError or parse error.
    from runapi import webhooks

    callback = CALLBACKS[0]
    callback_id, timestamp = "delivery-1", "1767225600"
    headers = {
        "X-Callback-Id": callback_id,
        "X-Callback-Timestamp": timestamp,
        "X-Callback-Signature": webhooks.sign(raw, callback_id, timestamp, TEST_SECRET),
    }
    resource = _resource(callback, flavour)
    with pytest.raises(runapi.WebhookVerificationError, match="callback body is not"):
        resource.parse_callback(raw, headers, secret=TEST_SECRET, tolerance=WIDE_TOLERANCE)

"""Callback signature verification."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from runapi.webhooks import WebhookVerificationError, sign, verify

SECRET = base64.b64encode(b"runapi-webhook-secret-for-tests").decode()
OTHER_SECRET = base64.b64encode(b"another-secret-entirely").decode()
NOW = 1_767_225_600
BODY = b'{"id":"task_1","status":"completed","videos":[{"url":"https://x.test/a.mp4"}]}'
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def headers(
    body: bytes | str = BODY, *, timestamp: int | str = NOW, secret: str = SECRET
) -> dict[str, str]:
    return {
        "X-Callback-Id": "cb_1",
        "X-Callback-Timestamp": str(timestamp),
        "X-Callback-Signature": sign(body, "cb_1", timestamp, secret),
    }


def rejected(body: bytes | str, hdrs: dict[str, str], secret: str = SECRET, **kw: Any) -> str:
    with pytest.raises(WebhookVerificationError) as caught:
        verify(body, hdrs, secret, now=kw.pop("now", NOW), **kw)
    message = str(caught.value)
    # Neither the secret nor any signature ever appears in the message.
    assert SECRET not in message and OTHER_SECRET not in message
    assert sign(body, "cb_1", NOW, SECRET) not in message
    assert hdrs.get("X-Callback-Signature", "\0") not in message
    return message


def test_valid_delivery() -> None:
    verify(BODY, headers(), SECRET, now=NOW)


def test_known_signature() -> None:
    # From `printf id.1.body | openssl dgst -sha256 -hmac key -binary | base64`.
    secret = base64.b64encode(b"key").decode()
    assert sign(b"body", "id", 1, secret) == "sYA3/+8KvyXbe4KAKZy0QWKFoLKSHDq/QWu0xQZyY7s="


def test_str_and_bytes_bodies_are_equivalent() -> None:
    text = '{"id":"t","status":"failed","error":"Ünïcödé"}'
    verify(text, headers(text.encode()), SECRET, now=NOW)
    verify(text.encode(), headers(text), SECRET, now=NOW)


def test_header_names_are_case_insensitive() -> None:
    lowered = {name.lower(): value for name, value in headers().items()}
    verify(BODY, lowered, SECRET, now=NOW)
    upper = {name.upper(): value for name, value in headers().items()}
    verify(BODY, upper, SECRET, now=NOW)


def test_rotation_any_listed_signature_may_match() -> None:
    hdrs = headers()
    good = hdrs["X-Callback-Signature"]
    stale = sign(BODY, "cb_1", NOW, OTHER_SECRET)
    hdrs["X-Callback-Signature"] = f"{stale}, {good}"
    verify(BODY, hdrs, SECRET, now=NOW)
    verify(BODY, hdrs, OTHER_SECRET, now=NOW)
    hdrs["X-Callback-Signature"] = f"{good},{stale}"
    verify(BODY, hdrs, SECRET, now=NOW)


def test_tampered_body() -> None:
    assert "no signature" in rejected(BODY.replace(b"completed", b"failed"), headers())


def test_tampered_id_or_timestamp() -> None:
    hdrs = headers()
    hdrs["X-Callback-Id"] = "cb_2"
    assert "no signature" in rejected(BODY, hdrs)
    hdrs = headers()
    hdrs["X-Callback-Timestamp"] = str(NOW + 1)
    assert "no signature" in rejected(BODY, hdrs)


def test_wrong_secret() -> None:
    assert "no signature" in rejected(BODY, headers(), OTHER_SECRET)


def test_stale_and_future_timestamps() -> None:
    assert "too old" in rejected(BODY, headers(timestamp=NOW - 301))
    assert "future" in rejected(BODY, headers(timestamp=NOW + 301))
    verify(BODY, headers(timestamp=NOW - 300), SECRET, now=NOW)
    verify(BODY, headers(timestamp=NOW + 300), SECRET, now=NOW)
    assert "too old" in rejected(BODY, headers(timestamp=NOW - 11), tolerance=10)


def test_default_now_is_the_current_time() -> None:
    with pytest.raises(WebhookVerificationError, match="too old"):
        verify(BODY, headers(timestamp=1000), SECRET)


@pytest.mark.parametrize("name", ["X-Callback-Id", "X-Callback-Timestamp", "X-Callback-Signature"])
def test_missing_headers(name: str) -> None:
    hdrs = headers()
    del hdrs[name]
    assert f"missing {name}" in rejected(BODY, hdrs)
    hdrs[name] = "  "
    assert f"missing {name}" in rejected(BODY, hdrs)


@pytest.mark.parametrize("timestamp", ["abc", "1.5", "-5", "1e9", "0x10", "١٢٣"])
def test_malformed_timestamp(timestamp: str) -> None:
    hdrs = headers()
    hdrs["X-Callback-Timestamp"] = timestamp
    assert "not an integer" in rejected(BODY, hdrs)


@pytest.mark.parametrize("secret", ["not base64!", "abc", "", "====", "YWJj\n!"])
def test_invalid_secret(secret: str) -> None:
    message = rejected(BODY, headers(), secret)
    assert "secret" in message
    assert secret not in message or secret == ""


def test_garbage_signatures_are_rejected() -> None:
    hdrs = headers()
    hdrs["X-Callback-Signature"] = "Zm9v, ünicode, ,"
    assert "no signature" in rejected(BODY, hdrs)


def test_recorded_fixture_callbacks_verify() -> None:
    """The fixtures' callbacks are signed with the public test secret of tests/tools."""
    from tests.tools.sign_fixtures import TEST_SECRET, callback_body_bytes

    checked = 0
    for path in sorted(FIXTURES.rglob("*.yaml"))[:40]:
        for callback in yaml.safe_load(path.read_text(encoding="utf-8")).get("callbacks") or []:
            hdrs = {k: str(v) for k, v in callback["headers"].items()}
            body = callback_body_bytes(callback["body"])
            verify(body, hdrs, TEST_SECRET, now=float(hdrs["X-Callback-Timestamp"]))
            checked += 1
    assert checked > 0


@given(
    body=st.binary(max_size=2048),
    callback_id=st.text(min_size=1, max_size=40).filter(lambda s: s.strip() == s and s),
    timestamp=st.integers(min_value=0, max_value=4_000_000_000),
    key=st.binary(min_size=1, max_size=64),
)
def test_sign_verify_round_trip(body: bytes, callback_id: str, timestamp: int, key: bytes) -> None:
    secret = base64.b64encode(key).decode()
    hdrs = {
        "X-Callback-Id": callback_id,
        "X-Callback-Timestamp": str(timestamp),
        "X-Callback-Signature": sign(body, callback_id, timestamp, secret),
    }
    verify(body, hdrs, secret, now=timestamp)
    with pytest.raises(WebhookVerificationError):
        verify(body + b"x", hdrs, secret, now=timestamp)


@given(text=st.text(max_size=500))
def test_round_trip_for_text_bodies(text: str) -> None:
    body = json.dumps({"data": text})
    verify(body, headers(body), SECRET, now=NOW)

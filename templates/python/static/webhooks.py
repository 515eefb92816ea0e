"""Verify the signature of RunAPI's task callbacks (the POSTs sent to your ``callback_url``).

Each delivery carries ``X-Callback-Id``, ``X-Callback-Timestamp`` and ``X-Callback-Signature``:
one or more comma-separated values of
``base64(HMAC-SHA256(base64decode(secret), "{id}.{timestamp}.{raw body}"))``. Several values
appear while a secret is being rotated; the delivery is authentic if any of them matches.

Verify the raw body exactly as received, before parsing it: re-serialised JSON differs.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import time
from collections.abc import Mapping
from typing import Final

from ._exceptions import WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "ID_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "WebhookVerificationError",
    "sign",
    "verify",
]

ID_HEADER: Final = "X-Callback-Id"
TIMESTAMP_HEADER: Final = "X-Callback-Timestamp"
SIGNATURE_HEADER: Final = "X-Callback-Signature"
# Five minutes bounds replays of a captured delivery while allowing ordinary clock skew.
DEFAULT_TOLERANCE: Final = 300.0

_TIMESTAMP = re.compile(r"[0-9]+")
# Unix time has 10 digits until the year 2286; a longer value is no clock reading, and its
# arithmetic with floats would overflow (400 digits) or not even parse (over 4,300 digits).
_MAX_TIMESTAMP_DIGITS: Final = 12


def verify(
    raw_body: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise `WebhookVerificationError` unless the delivery is authentic and recent.

    `headers` may be any mapping (a plain dict, a framework's headers object); names are
    matched case-insensitively. `now` defaults to the current Unix time. `tolerance` is the
    largest accepted difference, in seconds, between `now` and the signed timestamp (either
    way; `math.inf` skips the check). Whatever the header values hold, the only error raised
    is `WebhookVerificationError`.
    """
    # hmac and hashlib load OpenSSL: imported on use, as `import runapi` imports this module.
    import hmac

    if math.isnan(tolerance) or tolerance < 0:
        raise ValueError("tolerance must be a number of seconds >= 0 (or math.inf)")
    lowered = {str(name).lower(): value for name, value in headers.items()}
    callback_id = _required(lowered, ID_HEADER)
    timestamp = _required(lowered, TIMESTAMP_HEADER).strip()
    signatures = [part.strip() for part in _required(lowered, SIGNATURE_HEADER).split(",")]
    if not _TIMESTAMP.fullmatch(timestamp):
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} is not an integer Unix time")
    if len(timestamp) > _MAX_TIMESTAMP_DIGITS:
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} is not a plausible Unix time")
    age = (time.time() if now is None else now) - int(timestamp)
    if age > tolerance:
        raise WebhookVerificationError("the callback timestamp is too old (possible replay)")
    if age < -tolerance:
        raise WebhookVerificationError("the callback timestamp is too far in the future")
    try:
        signed_id = callback_id.encode("utf-8")
    except UnicodeEncodeError:
        raise WebhookVerificationError(f"{ID_HEADER} is not valid text") from None
    expected = _signature(raw_body, signed_id, timestamp.encode("ascii"), secret)
    # Compare against every candidate (no early exit) so timing reveals nothing about which.
    # A candidate that is not ASCII cannot be Base64; it is compared as its UTF-8 bytes
    # (unencodable characters replaced), which never equal a signature.
    candidates = [c.encode("utf-8", errors="replace") for c in signatures]
    matches = [hmac.compare_digest(expected, candidate) for candidate in candidates]
    if not any(matches):
        raise WebhookVerificationError("no signature in the callback matches")


def sign(raw_body: bytes | str, callback_id: str, timestamp: int | str, secret: str) -> str:
    """The signature RunAPI sends for this body; for tests and local tools."""
    digest = _signature(raw_body, str(callback_id).encode(), str(timestamp).encode(), secret)
    return digest.decode("ascii")


def _signature(raw_body: bytes | str, callback_id: bytes, timestamp: bytes, secret: str) -> bytes:
    """base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")), as ASCII bytes."""
    import hashlib
    import hmac

    body = raw_body.encode() if isinstance(raw_body, str) else raw_body
    signed = callback_id + b"." + timestamp + b"." + body
    digest = hmac.new(_decode_secret(secret), signed, hashlib.sha256).digest()
    return base64.b64encode(digest)


def _required(headers: Mapping[str, object], name: str) -> str:
    value = headers.get(name.lower())
    if isinstance(value, bytes):
        # Some frameworks hand over raw header bytes; HTTP header bytes are Latin-1.
        value = value.decode("latin-1")
    if value is None or not isinstance(value, str) or not value.strip():
        raise WebhookVerificationError(f"missing {name} header")
    return value


def _decode_secret(secret: str) -> bytes:
    try:
        key = base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError):
        # `from None`: the decoder's message could quote part of the secret.
        raise WebhookVerificationError("the webhook secret is not valid base64") from None
    if not key:
        raise WebhookVerificationError("the webhook secret is empty")
    return key

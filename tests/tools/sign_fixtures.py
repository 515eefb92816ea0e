"""Fill in the X-Callback-Signature of every recorded callback in tests/fixtures.

The signature scheme is RunAPI's: base64(HMAC-SHA256(base64decode(secret),
"{X-Callback-Id}.{X-Callback-Timestamp}.{raw body}")). Fixtures are signed with TEST_SECRET, a
public value that exists only for these tests; no real secret is ever written to a fixture.
Run: `.venv/bin/python -m tests.tools.sign_fixtures` after adding callbacks.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEST_SECRET = base64.b64encode(b"runapi-test-callback-secret-not-real").decode()


def callback_body_bytes(body: Any) -> bytes:
    """The exact bytes a recorded callback body is sent as."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign(callback_id: str, timestamp: str, raw_body: bytes, secret: str = TEST_SECRET) -> str:
    signed = f"{callback_id}.{timestamp}.".encode() + raw_body
    digest = hmac.new(base64.b64decode(secret), signed, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _signature_line(signature: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        return match.group(1) + f"'{signature}'"

    return replace


def main() -> None:
    changed = 0
    for path in sorted(FIXTURES.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        for callback in data.get("callbacks") or []:
            headers = callback["headers"]
            signature = sign(
                headers["X-Callback-Id"],
                str(headers["X-Callback-Timestamp"]),
                callback_body_bytes(callback["body"]),
            )
            if headers.get("X-Callback-Signature") == signature:
                continue
            # Rewrite only the signature line of this callback id, keeping the file as written.
            pattern = re.compile(
                r"(X-Callback-Id: ['\"]?"
                + re.escape(headers["X-Callback-Id"])
                + r"['\"]?\n(?:.*\n)*?\s*X-Callback-Signature: ).*"
            )
            text, count = pattern.subn(_signature_line(signature), text, count=1)
            changed += count
        path.write_text(text, encoding="utf-8")
    print(f"signed {changed} callbacks")


if __name__ == "__main__":
    main()

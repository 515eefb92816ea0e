"""Keeping credentials out of everything the SDK prints.

Three defences, each cheap enough for every request:

- keys are normalised (surrounding whitespace stripped: ``cat key.txt`` leaves a newline) and
  refused at client construction when anything but visible ASCII remains, with a message that
  says what is wrong and where, never the key;
- every outgoing header is checked the same way before httpx sees it, so no transport error,
  ``UnicodeEncodeError`` or httpcore debug record can ever quote a header value;
- the request kept on an exception prints its headers with every credential-like value hidden,
  and any text quoted in an error message is scrubbed of the request's credentials.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, Final

from ._exceptions import InvalidCredentialsError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "REDACTED",
    "check_headers",
    "is_secret_header",
    "normalize_key",
    "redact",
    "redacting_headers",
    "secrets_of",
]

REDACTED: Final = "<redacted>"

# Header names that carry credentials: Authorization, x-api-key, x-goog-api-key, Cookie, and
# whatever a caller chooses (X-Auth-Token, Api-Key, ...). Redacting a harmless header by mistake
# costs nothing; printing a key costs the key.
_SECRET_WORDS: Final = ("auth", "key", "token", "secret", "cookie", "password", "credential")

# RFC 9110 token characters (header names) and visible ASCII plus space and tab (values).
_HEADER_NAME: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE: Final = re.compile(r"[\x20-\x7e\t]*")
_KEY: Final = re.compile(r"[\x21-\x7e]+")
# Shorter values are not worth scrubbing from text (and would mangle unrelated words).
_MIN_SECRET_LENGTH: Final = 4


def is_secret_header(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def _describe(char: str) -> str:
    if char in "\r\n":
        return "a line break"
    if char == "\t":
        return "a tab"
    if char == " ":
        return "a space"
    if ord(char) > 0x7E and ord(char) != 0x7F:
        return f"a non-ASCII character (U+{ord(char):04X})"
    return f"a control character (U+{ord(char):04X})"


def _first_bad(value: str, allowed: re.Pattern[str]) -> int:
    """Index of the first character `allowed` does not cover (len(value) if none)."""
    match = allowed.match(value)
    return match.end() if match else 0


def normalize_key(key_name: str, value: str | None, *, source: str) -> str | None:
    """`value` without surrounding whitespace; raises `InvalidCredentialsError` when what is left
    holds anything but visible ASCII (a key never does: it was pasted or read wrongly).

    `source` says where the key came from ("argument" or the environment variable's name).
    """
    if value is None:
        return None
    key = value.strip()
    index = _first_bad(key, _KEY)
    if index < len(key):
        raise InvalidCredentialsError(
            key_name=key_name,
            problem=f"contains {_describe(key[index])} at position {index + 1} of {len(key)}",
            source=source,
        )
    return key


def check_headers(headers: dict[str, str]) -> dict[str, str]:
    """The headers with surrounding whitespace stripped from each value (it is not part of the
    value in HTTP); raises ValueError, quoting no value, if a name or value cannot be sent."""
    cleaned: dict[str, str] = {}
    for position, (name, raw) in enumerate(headers.items(), start=1):
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            # The name itself is not echoed: a malformed name is often a whole pasted header line.
            bad = _first_bad(name, _HEADER_NAME) if isinstance(name, str) else 0
            raise ValueError(
                f"header #{position} has an invalid name (a character HTTP does not allow in "
                f"header names at position {bad + 1}); nothing was sent"
            )
        if not isinstance(raw, str):
            raise TypeError(f"header {name!r}: the value must be a str, not {type(raw).__name__}")
        value = raw.strip()
        index = _first_bad(value, _HEADER_VALUE)
        if index < len(value):
            raise ValueError(
                f"header {name!r}: the value contains {_describe(value[index])} at position "
                f"{index + 1}; nothing was sent"
            )
        cleaned[name] = value
    return cleaned


def secrets_of(headers: httpx.Headers | None) -> tuple[str, ...]:
    """The credential values a request carries (whole header values and their token parts),
    longest first so that scrubbing never leaves the tail of a longer one behind."""
    if headers is None:
        return ()
    found: set[str] = set()
    for name, value in headers.multi_items():
        if not is_secret_header(name):
            continue
        for part in (value, value.partition(" ")[2].strip()):
            if len(part) >= _MIN_SECRET_LENGTH:
                found.add(part)
                found.add(repr(part)[1:-1])  # as it appears inside a quoted repr
    return tuple(sorted(found, key=len, reverse=True))


def redact(value: Any, secrets: tuple[str, ...]) -> Any:
    """`value` (text, or JSON values holding text) with every secret replaced by `REDACTED`."""
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, dict):
        return {redact(k, secrets): redact(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(item, secrets) for item in value]
    return value


@functools.cache
def _redacting_headers_class() -> type[httpx.Headers]:
    import httpx

    class RedactingHeaders(httpx.Headers):
        """httpx.Headers whose repr hides every credential (httpx hides only Authorization)."""

        def __repr__(self) -> str:
            items = [
                (name, "[secure]" if is_secret_header(name) else value)
                for name, value in self.multi_items()
            ]
            as_dict = dict(items)
            shown: object = as_dict if len(as_dict) == len(items) else items
            return f"Headers({shown!r})"

    return RedactingHeaders


def redacting_headers(headers: httpx.Headers) -> httpx.Headers:
    """A copy of `headers` that prints no credential (for the requests kept on exceptions)."""
    return _redacting_headers_class()(headers)

"""Checks of a base URL and of extra request headers, made before anything is sent.

httpx accepts much that cannot work (`runapi.ai` without a scheme, a host with a space, a header
value with a line break) and fails only when sending, as a connection error that invites a
retry. These checks name the problem up front instead. Their messages never quote a header value
or URL credentials: either may hold a key.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Final
from urllib.parse import SplitResult, urlsplit

__all__ = ["check_base_url", "check_header", "check_url"]

#: A header name is an RFC 9110 token.
_TOKEN: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
#: Visible ASCII, space and tab: what httpx can encode and no server reads as a line break.
_HEADER_VALUE: Final = re.compile(r"[\t\x20-\x7e]*")
#: One DNS label, leniently: underscores appear in container and service names.
_LABEL: Final = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?")
_SPACE_OR_CONTROL: Final = re.compile(r"[\s\x00-\x1f\x7f]")


def check_url(url: str, *, what: str = "URL") -> str:
    """`url` itself if it is an absolute http(s) URL with a valid host, else `ValueError`.

    Credentials in the URL (`user:pass@`) are refused: they would be shown wherever the URL
    is, and the API authenticates with headers.
    """
    if not isinstance(url, str) or not url:
        raise ValueError(f"the {what} is empty")
    if _SPACE_OR_CONTROL.search(url):
        raise ValueError(f"the {what} {_shown(url)} contains whitespace or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port that is not a number in 0..65535
    except ValueError:
        raise ValueError(f"the {what} {_shown(url)} is not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https"):
        hint = ""
        if "://" not in url:
            hint = f"; did you mean 'https://{_masked(url)}'?"
        raise ValueError(f"the {what} {_shown(url)} must start with https:// or http://{hint}")
    if "@" in parts.netloc:
        raise ValueError(f"the {what} must not contain credentials (user:password@)")
    _check_host(parts, what, url)
    if port == 0:
        raise ValueError(f"the {what} {_shown(url)} has port 0")
    return url


def check_base_url(url: str) -> str:
    """`url` as the API base: a `check_url` URL with neither query nor fragment.

    The client appends operation paths to it, so a `?` or `#` would swallow them.
    """
    check_url(url, what="base URL")
    parts = urlsplit(url)
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        raise ValueError(f"the base URL {_shown(url)} must not have a query or fragment")
    return url


def check_header(name: str, value: str) -> None:
    """`ValueError` unless `name: value` can be sent as one HTTP header line."""
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        raise ValueError(
            f"{name!r} is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)"
        )
    if not isinstance(value, str):
        raise ValueError(f"the value of header {name!r} is not text")
    if not _HEADER_VALUE.fullmatch(value):
        # The value itself is never shown: it may be a credential.
        if re.search(r"[\r\n]", value):
            problem = "a line break (CR or LF)"
        elif re.search(r"[\x00-\x08\x0a-\x1f\x7f]", value):
            problem = "a control character"
        else:
            problem = "a non-ASCII character"
        raise ValueError(f"the value of header {name!r} contains {problem}")


def _check_host(parts: SplitResult, what: str, url: str) -> None:
    host = parts.hostname or ""
    if not host:
        raise ValueError(f"the {what} {_shown(url)} has no host")
    if parts.netloc.startswith("["):
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            raise ValueError(f"the {what} {_shown(url)} has an invalid IPv6 host") from None
        return
    name = host[:-1] if host.endswith(".") else host
    if not name.isascii():
        try:
            name = name.encode("idna").decode("ascii")
        except UnicodeError:
            raise ValueError(f"the {what} {_shown(url)} has an invalid host name") from None
    labels = name.split(".")
    if len(name) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        raise ValueError(f"the {what} {_shown(url)} has an invalid host name")


def _shown(url: str) -> str:
    """The URL quoted for a message, any `user:password@` part masked."""
    return repr(_masked(url))


def _masked(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        authority = "***@" + authority.rsplit("@", 1)[1]
    return scheme + sep + authority + slash + path

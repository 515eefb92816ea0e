"""Request validation of the files operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

import re
from typing import Any

from .._schema_checks import (
    Err,
    Node,
    Variant,
    additional_message,
    is_uri,
    prefixed,
)

_C0 = frozenset(["base64_data", "file_name"])
_C1 = ["base64_data"]
_C2 = ("base64_data", "file_name")
_C3 = frozenset(["file", "file_name"])
_C4 = ["file"]
_C5 = ("file", "file_name")
_C6 = frozenset(["file_name", "file_url"])
_C7 = ["file_url"]
_C8 = ("file_name", "file_url")


def _v1(x: Any) -> bool:
    return isinstance(x, str)


def _e1(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _v0(x: Any) -> bool:
    return isinstance(x, dict) and "base64_data" in x and x.keys() <= _C0 and _p0(x)


def _p0(x: dict[str, Any]) -> bool:
    if "base64_data" in x:
        y = x["base64_data"]
        if not (isinstance(y, str)):
            return False
    if "file_name" in x:
        y = x["file_name"]
        if not _v1(y):
            return False
    return True


def _e0(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "base64_data" not in x:
            out.append(Err("required", _C1, x, "'base64_data' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C0]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C2))
    if isinstance(x, dict):
        if "base64_data" in x:
            out += prefixed(_e1(x["base64_data"]), ("properties", "base64_data"), "base64_data")
        if "file_name" in x:
            out += prefixed(_e1(x["file_name"]), ("properties", "file_name"), "file_name")
    return out


def _v2(x: Any) -> bool:
    return isinstance(x, dict) and "file" in x and x.keys() <= _C3 and _p2(x)


def _p2(x: dict[str, Any]) -> bool:
    if "file" in x:
        y = x["file"]
        if not (isinstance(y, str)):
            return False
    if "file_name" in x:
        y = x["file_name"]
        if not _v1(y):
            return False
    return True


def _e3(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    return out


def _e2(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "file" not in x:
            out.append(Err("required", _C4, x, "'file' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C3]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C5))
    if isinstance(x, dict):
        if "file" in x:
            out += prefixed(_e3(x["file"]), ("properties", "file"), "file")
        if "file_name" in x:
            out += prefixed(_e1(x["file_name"]), ("properties", "file_name"), "file_name")
    return out


def _v4(x: Any) -> bool:
    return isinstance(x, dict) and "file_url" in x and x.keys() <= _C6 and _p4(x)


def _p4(x: dict[str, Any]) -> bool:
    if "file_url" in x:
        y = x["file_url"]
        if not (
            isinstance(y, str)
            and is_uri(y)
            and re.search("^[Hh][Tt][Tt][Pp][Ss]://", y) is not None
        ):
            return False
    if "file_name" in x:
        y = x["file_name"]
        if not _v1(y):
            return False
    return True


def _e5(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, str)):
        out.append(Err("type", "string", x, repr(x) + " is not of type 'string'"))
    if isinstance(x, str):
        if not is_uri(x):
            out.append(Err("format", "uri", x, repr(x) + " is not a 'uri'"))
    if isinstance(x, str):
        if re.search("^[Hh][Tt][Tt][Pp][Ss]://", x) is None:
            out.append(
                Err(
                    "pattern",
                    "^[Hh][Tt][Tt][Pp][Ss]://",
                    x,
                    repr(x) + " does not match '^[Hh][Tt][Tt][Pp][Ss]://'",
                )
            )
    return out


def _e4(x: Any) -> list[Err]:
    out: list[Err] = []
    if not (isinstance(x, dict)):
        out.append(Err("type", "object", x, repr(x) + " is not of type 'object'"))
    if isinstance(x, dict):
        if "file_url" not in x:
            out.append(Err("required", _C7, x, "'file_url' is a required property"))
    if isinstance(x, dict):
        extras = [k for k in x if k not in _C6]
        if extras:
            out.append(Err("additionalProperties", False, x, additional_message(extras), _C8))
    if isinstance(x, dict):
        if "file_url" in x:
            out += prefixed(_e5(x["file_url"]), ("properties", "file_url"), "file_url")
        if "file_name" in x:
            out += prefixed(_e1(x["file_name"]), ("properties", "file_name"), "file_name")
    return out


_N0 = Variant((), _v0, _e0, (), "/components/schemas/FilesFromBase64Request")
_N1 = Variant((), _v2, _e2, (), "/components/schemas/FilesFromStreamRequest")
_N2 = Variant((), _v4, _e4, (), "/components/schemas/FilesFromUrlRequest")


BODIES: dict[str, Node] = {
    "files.from_base64": _N0,
    "files.from_stream": _N1,
    "files.from_url": _N2,
}

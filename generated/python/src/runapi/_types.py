"""Small shared types: the NOT_GIVEN sentinel, the operation descriptor and common aliases."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Final, Literal, NamedTuple, TypeAlias

if TYPE_CHECKING:
    # Annotations only: importing httpx costs tens of milliseconds that `import runapi` should not
    # pay. The modules that send requests import it when they first need it.
    import httpx

__all__ = [
    "NOT_GIVEN",
    "AuthKind",
    "BodyKind",
    "FileContent",
    "FileInput",
    "Headers",
    "NotGiven",
    "Operation",
    "Query",
    "Timeout",
]


class NotGiven:
    """Marks an argument the caller left out, where ``None`` is itself a meaningful value.

    ``timeout=None`` means "no timeout"; ``timeout=NOT_GIVEN`` means "use the client default".
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # One instance only, so `is NOT_GIVEN` checks stay valid after copy/pickle round-trips.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

AuthKind: TypeAlias = Literal["api_key", "management_key", "llm"]
BodyKind: TypeAlias = Literal["json", "multipart", "none"]


class Operation(NamedTuple):
    """One API operation, as the generated operation table describes it.

    A named tuple, not a frozen dataclass: every command of the CLI imports this module, and a
    frozen dataclass costs its start-up about a millisecond to build."""

    operation_id: str  # "seedance.text_to_video.create"
    method: str  # "POST"
    path: str  # "/api/v1/seedance/text_to_video/{id}"
    auth: AuthKind
    body: BodyKind


# A string, so the alias is usable at run time without httpx being imported.
Timeout: TypeAlias = "float | httpx.Timeout | None"
Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]

FileContent: TypeAlias = bytes | IO[bytes]
FileInput: TypeAlias = (
    str
    | os.PathLike[str]
    | bytes
    | IO[bytes]
    | tuple[str, FileContent]
    | tuple[str, FileContent, str | None]
)
"""A file to upload: a path, raw bytes, a binary file object or ``(filename, content[, type])``."""

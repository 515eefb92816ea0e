"""The exception hierarchy of the SDK and the mapping from HTTP error answers to it.

Messages carry what the server said and what the caller needs to act on, never credentials:
the request objects kept on the exceptions print their method and URL, and their headers with
every credential hidden; text quoted from an answer is scrubbed of the request's credentials.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Annotations only: the exceptions hold httpx objects but never need the module themselves.
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "IncompleteResultError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidCredentialsError",
    "MissingCredentialsError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "RunAPIError",
    "ServiceUnavailableError",
    "TaskError",
    "TaskFailedError",
    "TaskTimeoutError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "ValidationError",
    "WebhookVerificationError",
    "error_message_from_body",
    "make_status_error",
]

# Longest slice of a non-JSON error body quoted in a message (HTML error pages can be huge).
_MAX_QUOTED_BODY = 500
# Longest raw answer text kept on an APIResponseValidationError.
_MAX_BODY_TEXT = 4000


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit} more characters)"


def _request_secrets(response: httpx.Response) -> tuple[str, ...]:
    # Imported here: _secrets raises InvalidCredentialsError from this module.
    from ._secrets import secrets_of

    try:
        request = response.request
    except RuntimeError:  # a response built by hand, never sent
        return ()
    return secrets_of(request.headers)


def _redact(value: Any, secrets: tuple[str, ...]) -> Any:
    # An answer can quote the request back (an echoing proxy, a debug page): never its keys.
    from ._secrets import redact

    return redact(value, secrets)


class RunAPIError(Exception):
    """Base class of every error the SDK raises on purpose."""


class MissingCredentialsError(RunAPIError):
    """The operation needs a key the client was not given; raised before anything is sent."""

    def __init__(self, *, key_name: str, env_var: str, operation_id: str) -> None:
        self.key_name = key_name
        self.env_var = env_var
        self.operation_id = operation_id
        super().__init__(
            f"{operation_id} needs a {key_name.replace('_', ' ')}: pass {key_name}=... to the "
            f"client or set the {env_var} environment variable"
        )


class InvalidCredentialsError(RunAPIError, ValueError):
    """A key holds characters no key has (a line break, a space, a non-ASCII character).

    Raised when the client is built, so nothing is sent; surrounding whitespace (the newline
    ``cat key.txt`` leaves) is stripped without complaint. The message never quotes the key.
    """

    def __init__(self, *, key_name: str, problem: str, source: str) -> None:
        self.key_name = key_name
        self.source = source
        origin = "" if source == "argument" else f" (from {source})"
        name = "API key" if key_name == "api_key" else key_name.replace("_", " ")
        super().__init__(
            f"the {name}{origin} {problem}; check how it was copied "
            "(keys are plain ASCII without spaces)"
        )


class ValidationError(RunAPIError, ValueError):
    """The request arguments break the operation's documented rules; nothing was sent."""

    def __init__(self, operation_id: str, problems: Sequence[str]) -> None:
        self.operation_id = operation_id
        self.problems: list[str] = list(problems)
        listed = "\n".join(f"  - {problem}" for problem in self.problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"invalid arguments for {operation_id} ({count} {noun}):\n{listed}")


class APIError(RunAPIError):
    """An error tied to an HTTP exchange with RunAPI."""

    def __init__(self, message: str, request: httpx.Request | None = None) -> None:
        self.message = message
        self.request = request
        super().__init__(message)


class APIConnectionError(APIError):
    """No usable answer arrived: the connection failed or broke off.

    `may_have_reached_server` is False only when the connection could not be opened, so nothing
    was sent. When it is True the server may have received the request and acted on it: before
    sending a create again, check whether the first one started a task.
    """

    def __init__(
        self,
        message: str = "Connection error.",
        request: httpx.Request | None = None,
        *,
        may_have_reached_server: bool = True,
    ) -> None:
        self.may_have_reached_server = may_have_reached_server
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing or waiting for the answer)."""

    def __init__(
        self,
        message: str = "Request timed out.",
        request: httpx.Request | None = None,
        *,
        may_have_reached_server: bool = True,
    ) -> None:
        super().__init__(message, request, may_have_reached_server=may_have_reached_server)


class APIStreamError(APIError):
    """The server reported an error inside an event stream, or sent an unreadable event."""

    def __init__(
        self, message: str, *, body: object = None, request: httpx.Request | None = None
    ) -> None:
        self.body = body
        super().__init__(message, request)


class APIResponseValidationError(APIError):
    """RunAPI answered, but the answer could not be read as the operation documents it.

    The request was sent and the server acted on it: a create may have started (and billed) a
    task, so do not simply send it again; look the task up (or wait for its callback) first.
    `body` is the raw answer text (at most 4,000 characters; None if it could not be decoded).
    """

    def __init__(
        self, message: str, *, response: httpx.Response, body: str | None = None
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get("x-request-id")
        secrets = _request_secrets(response)
        self.body = None if body is None else _redact(_clip(body, _MAX_BODY_TEXT), secrets)
        super().__init__(_redact(message, secrets), response.request)

    def __str__(self) -> str:
        text = f"HTTP {self.status_code}: {self.message}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class IncompleteResultError(APIResponseValidationError):
    """A task answered ``completed`` (or an unreadable status) without its result fields.

    `missing` names the fields the completed result must have but the answer lacked (absent,
    null or of the wrong kind), so `wait()`/`run()` never hand back a result without them.
    """

    def __init__(
        self,
        *,
        task_id: str,
        missing: tuple[str, ...],
        response: httpx.Response,
        body: str | None = None,
        status: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.missing = missing
        self.task_status = status
        state = f"is {status}" if status else "has no readable status"
        fields = ", ".join(missing)
        super().__init__(
            f"task {task_id} {state} but its answer lacks {fields}", response=response, body=body
        )


class APIStatusError(APIError):
    """RunAPI answered with an error status (4xx or 5xx)."""

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        self.response = response
        self.status_code = response.status_code
        secrets = _request_secrets(response)
        self.body = _redact(body, secrets)
        self.request_id: str | None = response.headers.get("x-request-id")
        super().__init__(_redact(message, secrets), response.request)

    def __str__(self) -> str:
        text = f"HTTP {self.status_code}: {self.message}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class BadRequestError(APIStatusError):
    """400: invalid parameters or a malformed request."""


class AuthenticationError(APIStatusError):
    """401: the key is invalid or missing."""


class InsufficientCreditsError(APIStatusError):
    """402: the account does not have enough credits."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this, or reached its credit limit."""


class NotFoundError(APIStatusError):
    """404: the task or resource does not exist."""


class RequestTimeoutError(APIStatusError):
    """408: the server timed out (for example fetching a source file)."""


class PayloadTooLargeError(APIStatusError):
    """413: the file exceeds the maximum allowed size."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the file type is not supported."""


class UnprocessableEntityError(APIStatusError):
    """422: validation failed, or the result is still being generated."""


class RateLimitError(APIStatusError):
    """429: too many requests; retry later."""


class InternalServerError(APIStatusError):
    """500 and any other 5xx: something went wrong on RunAPI's side."""


class ServiceUnavailableError(InternalServerError):
    """503: temporary service interruption."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


class TaskError(RunAPIError):
    """An asynchronous task did not produce a result."""

    def __init__(self, message: str, *, task_id: str) -> None:
        self.task_id = task_id
        super().__init__(message)


class TaskFailedError(TaskError):
    """The task finished with status ``failed``; ``message`` is the server's error text."""

    def __init__(self, task_id: str, message: str, status: object) -> None:
        self.message = message
        self.status = status
        super().__init__(f"task {task_id} failed: {message}", task_id=task_id)


class TaskTimeoutError(TaskError):
    """The task was still running when the polling deadline passed (it may still finish)."""

    def __init__(self, task_id: str, waited: float, last_status: object) -> None:
        self.waited = waited
        self.last_status = last_status
        super().__init__(
            f"task {task_id} did not finish within {waited:.1f} s; poll it again later",
            task_id=task_id,
        )


class WebhookVerificationError(RunAPIError):
    """A callback delivery failed signature verification; do not trust its body."""


def error_message_from_body(body: object) -> str | None:
    """The human-readable message of an error body, in RunAPI's or a vendor's shape.

    RunAPI answers ``{"error": "..."}``; the LLM-compatible endpoints answer in their vendor's
    shape, ``{"error": {"message": "..."}}`` or ``{"type": "error", "error": {...}}``.
    """
    if not isinstance(body, dict):
        return None
    error: Any = body.get("error")
    if isinstance(error, str) and error:
        return error
    if isinstance(error, dict):
        message = error.get("message")
        if isinstance(message, str) and message:
            return message
    message = body.get("message")
    if isinstance(message, str) and message:
        return message
    return None


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The exception for an error answer; the response body must already be read."""
    try:
        body: object = response.json()
    except ValueError:
        body = response.text or None
    message = error_message_from_body(body)
    if message is None:
        message = response.reason_phrase or "error"
        if isinstance(body, str) and body.strip():
            message += f" - {body.strip()[:_MAX_QUOTED_BODY]}"
    status = response.status_code
    cls = _STATUS_ERRORS.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(message, response=response, body=body)

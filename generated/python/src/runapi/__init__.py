"""RunAPI Python SDK: typed sync and async clients for every RunAPI operation.

```python
import runapi

client = runapi.RunAPI()  # reads RUNAPI_API_KEY
result = client.nano_banana.text_to_image.run(model="nano-banana", prompt="A cat in a space helmet")
print(result.images[0].url)
```

Generated from spec/openapi.yaml (API version 1.0.0). Do not edit.
"""

# The public names are loaded from their modules on first access (PEP 562), so that importing a
# subpackage such as `runapi.cli` (the `runapi` command) does not pay for the whole client.
from typing import TYPE_CHECKING, Any

from ._version import __api_version__, __version__

if TYPE_CHECKING:
    from . import webhooks
    from ._client import AsyncRunAPI, RunAPI
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APIStreamError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        IncompleteResultError,
        InsufficientCreditsError,
        InternalServerError,
        InvalidCredentialsError,
        MissingCredentialsError,
        NotFoundError,
        PayloadTooLargeError,
        PermissionDeniedError,
        RateLimitError,
        RequestTimeoutError,
        RunAPIError,
        ServiceUnavailableError,
        TaskError,
        TaskFailedError,
        TaskTimeoutError,
        UnprocessableEntityError,
        UnsupportedMediaTypeError,
        ValidationError,
        WebhookVerificationError,
    )
    from ._files import FileInput, adownload, download
    from ._streaming import AsyncStream, Stream
    from ._types import NOT_GIVEN, NotGiven
    from ._validation import validate_request

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AsyncRunAPI",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "FileInput",
    "IncompleteResultError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidCredentialsError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "RunAPI",
    "RunAPIError",
    "ServiceUnavailableError",
    "Stream",
    "TaskError",
    "TaskFailedError",
    "TaskTimeoutError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "ValidationError",
    "WebhookVerificationError",
    "__api_version__",
    "__version__",
    "adownload",
    "download",
    "validate_request",
    "webhooks",
]

#: Public name -> the module that defines it (`webhooks` is the module itself).
_EXPORTS: dict[str, str] = {
    "webhooks": ".webhooks",
    "RunAPI": "._client",
    "AsyncRunAPI": "._client",
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APIStreamError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "IncompleteResultError": "._exceptions",
    "InsufficientCreditsError": "._exceptions",
    "InternalServerError": "._exceptions",
    "InvalidCredentialsError": "._exceptions",
    "MissingCredentialsError": "._exceptions",
    "NotFoundError": "._exceptions",
    "PayloadTooLargeError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "RateLimitError": "._exceptions",
    "RequestTimeoutError": "._exceptions",
    "RunAPIError": "._exceptions",
    "ServiceUnavailableError": "._exceptions",
    "TaskError": "._exceptions",
    "TaskFailedError": "._exceptions",
    "TaskTimeoutError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "UnsupportedMediaTypeError": "._exceptions",
    "ValidationError": "._exceptions",
    "WebhookVerificationError": "._exceptions",
    "FileInput": "._files",
    "adownload": "._files",
    "download": "._files",
    "AsyncStream": "._streaming",
    "Stream": "._streaming",
    "NOT_GIVEN": "._types",
    "NotGiven": "._types",
    "validate_request": "._validation",
}


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = importlib.import_module(module_name, __name__)
    value = module if name == "webhooks" else getattr(module, name)
    globals()[name] = value  # later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

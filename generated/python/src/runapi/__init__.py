"""RunAPI Python SDK: typed sync and async clients for every RunAPI operation.

```python
import runapi

client = runapi.RunAPI()  # reads RUNAPI_API_KEY
result = client.nano_banana.text_to_image.run(model="nano-banana", prompt="A cat in a space helmet")
print(result.images[0].url)
```

Generated from spec/openapi.yaml (API version 1.0.0). Do not edit.
"""

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
from ._version import __api_version__, __version__

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

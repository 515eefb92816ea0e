"""Base class of the response models, and the answer every task create shares."""

from __future__ import annotations

import pydantic

__all__ = ["BaseModel"]


class BaseModel(pydantic.BaseModel):
    """Response model base. Unknown fields are kept (the API may add fields at any time)."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        # Fields such as `model_id` or `model_version` are legitimate API names here.
        protected_namespaces=(),
    )

# Generated from spec/openapi.yaml by datamodel-code-generator. Do not edit.

from __future__ import annotations

from typing import Literal

from pydantic import RootModel

from runapi._models import BaseModel


class LlmModelsAnthropicModel(BaseModel):
    """
    One model in Anthropic format.
    """

    type: Literal["model"]
    id: str
    display_name: str | None = None
    created_at: str | None = None


class LlmModelsOpenaiModel(BaseModel):
    """
    One model in OpenAI format.
    """

    id: str
    object: Literal["model"]
    created: int | None = None
    """
    Unix time (seconds).
    """
    owned_by: str | None = None


class LlmModelsAnthropicList(BaseModel):
    """
    Anthropic Models API list.
    """

    data: list[LlmModelsAnthropicModel]
    has_more: bool
    """
    Whether more models follow.
    """
    first_id: str | None = None
    """
    Id of the first model listed.
    """
    last_id: str | None = None
    """
    Id of the last model listed.
    """


class LlmModelsOpenaiList(BaseModel):
    """
    OpenAI List Models answer.
    """

    object: Literal["list"]
    data: list[LlmModelsOpenaiModel]


class LlmModelsList(RootModel[LlmModelsAnthropicList | LlmModelsOpenaiList]):
    root: LlmModelsAnthropicList | LlmModelsOpenaiList
    """
    A model list in Anthropic format or in OpenAI format (see the operation description for how the format is chosen).
    """

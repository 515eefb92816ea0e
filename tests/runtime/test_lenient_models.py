"""The lenient parse: off-spec values are kept, everything around them stays typed."""

from __future__ import annotations

from typing import Any, Literal

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st
from runapi._models import BaseModel, UnreadableAnswer, missing_fields, parse_model, parse_value


class Media(BaseModel):
    url: str
    width: int | None = None


class Status(BaseModel):
    id: str
    status: Literal["processing", "completed", "failed"]
    images: list[Media] | None = None
    cover: Media | None = None
    meta: dict[str, Any] | None = None


class Completed(Status):
    status: Literal["completed"]
    images: list[Media]


class Start(BaseModel):
    type: Literal["start"]
    message: Media


class Delta(BaseModel):
    type: Literal["delta"]
    text: str
    index: int | None = None


class Event(pydantic.RootModel[Start | Delta]):
    root: Start | Delta


class Items(pydantic.RootModel[list[Media]]):
    root: list[Media]


def test_a_new_status_keeps_nested_models() -> None:
    parsed = parse_model(
        Status,
        {
            "id": "t",
            "status": "queued",
            "images": [{"url": "a"}, {"url": "b", "width": 3}],
            "cover": {"url": "c"},
            "eta": 30,
        },
    )
    status: Any = parsed.status  # kept as sent, outside the declared Literal
    assert status == "queued"
    assert [type(image) for image in parsed.images or []] == [Media, Media]
    assert parsed.images is not None and parsed.images[1].width == 3
    assert type(parsed.cover) is Media
    assert parsed.model_extra == {"eta": 30}
    assert parsed.model_dump(exclude_unset=True)["status"] == "queued"


def test_an_off_spec_value_inside_a_list_item_keeps_the_other_items_and_fields() -> None:
    parsed = parse_model(
        Status,
        {"id": "t", "status": "completed", "images": [{"url": "a", "width": "wide"}, {"url": "b"}]},
    )
    first, second = parsed.images or []
    assert type(first) is Media and first.url == "a" and first.width == "wide"  # type: ignore[comparison-overlap]
    assert type(second) is Media and second.width is None


def test_valid_data_is_validated_normally() -> None:
    parsed = parse_model(Status, {"id": "t", "status": "processing", "images": [{"url": "a"}]})
    assert parsed == Status.model_validate(
        {"id": "t", "status": "processing", "images": [{"url": "a"}]}
    )


def test_a_value_of_another_kind_is_kept_as_sent() -> None:
    parsed: Any = parse_model(Status, {"id": "t", "status": "processing", "images": "none yet"})
    assert parsed.images == "none yet" and parsed.id == "t"


def test_root_models_keep_their_items_typed() -> None:
    parsed = parse_model(Items, [{"url": "a"}, {"url": "b", "width": "x"}])
    assert [type(item) for item in parsed.root] == [Media, Media]
    assert parsed.root[1].width == "x"  # type: ignore[comparison-overlap]


def test_union_members_are_chosen_by_tag_then_by_fit() -> None:
    # The tag names the member even when another value inside is new.
    delta = parse_value(Event, {"type": "delta", "text": "hi", "index": "first"})
    assert type(delta) is Delta
    index: Any = delta.index
    assert index == "first"
    start = parse_value(Event, {"type": "start", "message": {"url": "u", "width": "w"}})
    assert type(start) is Start and type(start.message) is Media
    # A new tag decides nothing: the member the rest fits best wins.
    unknown = parse_value(Event, {"type": "delta_v2", "text": "hi"})
    assert type(unknown) is Delta
    tag: Any = unknown.type
    assert tag == "delta_v2"


def test_data_that_cannot_be_the_model_is_unreadable() -> None:
    for data in ([{"id": "t"}], "t", 3, None, True):
        with pytest.raises(UnreadableAnswer):
            parse_model(Status, data)


def test_missing_fields_names_absent_null_and_wrong_kind_fields() -> None:
    assert (
        missing_fields(Completed, {"id": "t", "status": "completed", "images": [{"url": "a"}]})
        == ()
    )
    assert missing_fields(Completed, {"id": "t", "status": "completed"}) == ("images",)
    assert missing_fields(Completed, {"id": "t", "status": "completed", "images": None}) == (
        "images",
    )
    assert missing_fields(
        Completed, {"id": "t", "status": "completed", "images": {"url": "a"}}
    ) == ("images",)
    assert missing_fields(Completed, {"id": 5, "status": "completed", "images": []}) == ("id",)
    assert missing_fields(Completed, {"id": "t", "status": "completed", "images": [{}, None]}) == (
        "images[0].url",
        "images[1]",
    )
    assert missing_fields(Completed, []) == ("id", "status", "images")
    # Optional fields are not results: absent or null, they are not missing.
    assert (
        missing_fields(Completed, {"id": "t", "status": "completed", "images": [], "cover": None})
        == ()
    )


JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text()
)


@given(
    status=JSON_SCALARS,
    url=JSON_SCALARS,
    width=JSON_SCALARS,
    extra=st.dictionaries(st.text().filter(lambda k: k not in Status.model_fields), JSON_SCALARS),
)
def test_any_scalar_anywhere_keeps_the_structure(
    status: Any, url: Any, width: Any, extra: dict[str, Any]
) -> None:
    data = {"id": "t", "status": status, "images": [{"url": url, "width": width}], **extra}
    result = parse_model(Status, data)
    assert type(result) is Status
    parsed: Any = result
    (image,) = parsed.images
    assert type(image) is Media
    # A valid value reads back as sent, and so does an off-spec one (neither is coerced).
    assert parsed.status == status
    assert image.url == url
    for key, value in extra.items():
        assert parsed.model_extra[key] == value

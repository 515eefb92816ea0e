"""The x-runapi-rules reference evaluator: each operator, paths, absent fields."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from generator import xrules

UNITS = {
    "description": "reference inputs share a 7-unit limit",
    "sum": {
        "terms": [
            {"path": "reference_image_urls", "measure": "count", "weight": 1},
            {"path": "video_list", "measure": "count", "weight": 2},
            {"path": "character_ids", "measure": "count"},
        ],
        "max": 7,
    },
}
WINDOW = {
    "description": "vocal_end_seconds must be greater than vocal_start_seconds",
    "compare": {"left": "vocal_end_seconds", "op": "gt", "right": "vocal_start_seconds"},
}
CLIPS = {
    "description": "each clip ends after it starts",
    "compare": {"each": "video_list", "left": "ends", "op": "gt", "right": "start"},
}
TEXT = {
    "description": "dialogue text totals at most 20 characters",
    "sum": {"terms": [{"path": "inputs[*].text", "measure": "length"}], "max": 20},
}


def test_meta_schema_accepts_the_documented_examples() -> None:
    Draft202012Validator(xrules.META_SCHEMA).validate([UNITS, WINDOW, CLIPS, TEXT])


def test_meta_schema_refuses_two_operators_and_unknown_keys() -> None:
    validator = Draft202012Validator(xrules.META_SCHEMA)
    assert not validator.is_valid([{**WINDOW, "sum": UNITS["sum"]}])
    assert not validator.is_valid([{"description": "x", "between": {}}])
    assert not validator.is_valid([{"description": "x", "compare": {"left": "a", "op": "gt"}}])
    assert not validator.is_valid(
        [{"description": "x", "sum": {"terms": [{"path": "a b", "measure": "count"}], "max": 1}}]
    )


def test_compare_between_fields() -> None:
    assert xrules.evaluate([WINDOW], {"vocal_start_seconds": 3, "vocal_end_seconds": 9}) == []
    (violation,) = xrules.evaluate([WINDOW], {"vocal_start_seconds": 9, "vocal_end_seconds": 9})
    assert violation.description == WINDOW["description"]
    assert "vocal_end_seconds=9" in violation.detail


def test_compare_holds_when_a_side_is_absent() -> None:
    assert xrules.evaluate([WINDOW], {"vocal_end_seconds": 1}) == []


def test_compare_each_item_names_the_failing_item() -> None:
    body = {
        "video_list": [{"url": "a", "start": 0, "ends": 4}, {"url": "b", "start": 5, "ends": 2}]
    }
    (violation,) = xrules.evaluate([CLIPS], body)
    assert violation.detail.startswith("video_list[1]:")


def test_compare_against_a_literal() -> None:
    rule = {"description": "at most 10", "compare": {"left": "n", "op": "le", "value": 10}}
    assert xrules.evaluate([rule], {"n": 10}) == []
    assert xrules.evaluate([rule], {"n": 11})


def test_sum_of_text_lengths_across_items() -> None:
    assert xrules.evaluate([TEXT], {"inputs": [{"text": "a" * 10}, {"text": "b" * 10}]}) == []
    (violation,) = xrules.evaluate([TEXT], {"inputs": [{"text": "a" * 10}, {"text": "b" * 11}]})
    assert "21" in violation.detail


@given(
    images=st.integers(min_value=0, max_value=8),
    clips=st.integers(min_value=0, max_value=4),
    characters=st.integers(min_value=0, max_value=4),
)
def test_weighted_units_match_the_arithmetic(images: int, clips: int, characters: int) -> None:
    body: dict[str, Any] = {}
    if images:
        body["reference_image_urls"] = [f"https://x/{i}.png" for i in range(images)]
    if clips:
        body["video_list"] = [{"url": "u", "start": 0, "ends": 1}] * clips
    if characters:
        body["character_ids"] = [f"c{i}" for i in range(characters)]
    allowed = images + 2 * clips + characters <= 7
    assert (xrules.evaluate([UNITS], body) == []) is allowed


def test_rule_paths_join_each_scope() -> None:
    assert list(xrules.rule_paths(CLIPS)) == [
        ("each", "video_list"),
        ("left", "video_list[*].ends"),
        ("right", "video_list[*].start"),
    ]

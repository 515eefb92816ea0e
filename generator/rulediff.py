"""Compare the conditional rules of two versions of one request variant.

Rules are the variant's `allOf` entries with a rule keyword (`if`/`then`, `not`, `oneOf`,
`anyOf`, `dependentRequired`) and its `x-runapi-rules` (spec/README.md). A rule is matched first
by content (then only its wording changed: docs), then by its description (then its content
changed). A new rule may refuse bodies that were accepted: breaking; a dropped rule accepts
more: a feature. A changed rule is graded where the direction is certain (a `sum` bound moved,
a `compare` made strict or lax, a `dependentRequired` list grown or shrunk) and is breaking
otherwise, because it may refuse what it accepted before.
"""

from __future__ import annotations

from typing import Any

from . import xrules
from .schemadiff import FieldChange, canonical
from .schemawalk import RULE_KEYWORDS

Json = Any

#: compare operators and their lax twins: gt -> ge accepts more.
_LAXER = {"gt": "ge", "lt": "le"}


def rules_of(schema: dict[str, Any]) -> list[dict[str, Any]]:
    entries = [
        e
        for e in schema.get("allOf") or []
        if isinstance(e, dict) and any(k in e for k in RULE_KEYWORDS)
    ]
    entries += [r for r in schema.get(xrules.EXTENSION) or [] if isinstance(r, dict)]
    return entries


def _content(rule: dict[str, Any]) -> str:
    return canonical(
        {k: v for k, v in rule.items() if k != "description" and not k.startswith("x-")}
    )


def _text(rule: dict[str, Any]) -> str:
    return " ".join(str(rule.get("description") or "").split())


def compare_rules(old_schema: dict[str, Any], new_schema: dict[str, Any]) -> list[FieldChange]:
    old_rules, new_rules = rules_of(old_schema), rules_of(new_schema)
    old_left = list(old_rules)
    new_left = []
    changes: list[FieldChange] = []
    for rule in new_rules:
        same = next((o for o in old_left if _content(o) == _content(rule)), None)
        if same is None:
            new_left.append(rule)
            continue
        old_left.remove(same)
        if _text(same) != _text(rule):
            changes.append(
                FieldChange(
                    "rule-docs",
                    "",
                    f"rule reworded: “{_text(rule)}”",
                    "fix",
                    "the rule's message changed; what it accepts did not",
                )
            )
    for rule in new_left:
        previous = next((o for o in old_left if _text(o) == _text(rule)), None)
        if previous is None:
            changes.append(
                FieldChange(
                    "rule-added",
                    "",
                    f"new rule: “{_text(rule)}”",
                    "breaking",
                    "bodies that break it were accepted before and are now refused",
                    f"make calls satisfy: {_text(rule)}",
                )
            )
            continue
        old_left.remove(previous)
        changes.append(_changed(previous, rule))
    for rule in old_left:
        changes.append(
            FieldChange(
                "rule-removed",
                "",
                f"rule dropped: “{_text(rule)}”",
                "feature",
                "bodies it refused are now accepted",
            )
        )
    return changes


def _changed(old: dict[str, Any], new: dict[str, Any]) -> FieldChange:
    text = f"rule changed: “{_text(new)}”"
    looser = _looser(old, new)
    if looser is True:
        return FieldChange("rule-loosened", "", text, "feature", "the rule now accepts more bodies")
    if looser is False:
        return FieldChange(
            "rule-tightened",
            "",
            text,
            "breaking",
            "the rule now refuses bodies it accepted",
            f"make calls satisfy: {_text(new)}",
        )
    return FieldChange(
        "rule-changed",
        "",
        text,
        "breaking",
        "the rule's condition changed and may refuse bodies it accepted",
        f"make calls satisfy: {_text(new)}",
    )


def _looser(old: dict[str, Any], new: dict[str, Any]) -> bool | None:
    """True when `new` accepts a superset of `old`, False for a subset, None when unknown."""
    if "sum" in old and "sum" in new:
        a, b = old["sum"], new["sum"]
        if canonical(a.get("terms")) != canonical(b.get("terms")):
            return None
        return _bounds_looser(a.get("min"), b.get("min"), a.get("max"), b.get("max"))
    if "compare" in old and "compare" in new:
        a, b = dict(old["compare"]), dict(new["compare"])
        op_a, op_b = a.pop("op", None), b.pop("op", None)
        if canonical(a) != canonical(b):
            return None
        if _LAXER.get(str(op_a)) == op_b:
            return True
        if _LAXER.get(str(op_b)) == op_a:
            return False
        return None
    if "dependentRequired" in old and "dependentRequired" in new:
        a, b = old["dependentRequired"], new["dependentRequired"]
        fewer = all(set(b.get(k, [])) <= set(v) for k, v in a.items()) and set(b) <= set(a)
        more = all(set(a.get(k, [])) <= set(v) for k, v in b.items()) and set(a) <= set(b)
        return True if fewer else False if more else None
    return None


def _bounds_looser(old_min: Json, new_min: Json, old_max: Json, new_max: Json) -> bool | None:
    looser = tighter = False
    for before, after, lower in ((old_min, new_min, True), (old_max, new_max, False)):
        if before == after:
            continue
        if after is None or (before is not None and (after < before if lower else after > before)):
            looser = True
        else:
            tighter = True
    if looser and not tighter:
        return True
    if tighter and not looser:
        return False
    return None

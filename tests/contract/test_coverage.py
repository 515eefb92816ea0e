"""Meta-tests: the replay suite covers every operation and silently skips no exchange."""

from __future__ import annotations

from collections import Counter

from ._support import count_recorded_exchanges, load_callbacks, spec_operations
from .test_callbacks import CALLBACKS
from .test_replay import CASES, FLAVOURS
from .test_tasks import TASKS


def test_every_operation_has_a_replayed_exchange() -> None:
    replayed = {case.exchange.operation_id for case in CASES}
    missing = sorted(set(spec_operations()) - replayed)
    assert missing == [], f"operations without a replayed exchange: {missing}"
    unknown = sorted(replayed - set(spec_operations()))
    assert unknown == [], f"replayed exchanges of unknown operations: {unknown}"


def test_every_recorded_exchange_is_replayed_in_every_flavour() -> None:
    recorded = count_recorded_exchanges()
    assert recorded > 0
    assert len(CASES) == recorded * len(FLAVOURS)
    ids = Counter(case.id for case in CASES)
    duplicated = sorted(test_id for test_id, count in ids.items() if count > 1)
    assert duplicated == [], f"exchange names are not unique: {duplicated}"
    per_flavour = Counter(case.flavour for case in CASES)
    assert per_flavour == dict.fromkeys(FLAVOURS, recorded)


def test_every_recorded_callback_is_checked() -> None:
    assert len(CALLBACKS) == len(load_callbacks()) > 0


def test_every_task_resource_is_exercised() -> None:
    creates = {case.exchange.operation_id for case in CASES if case.exchange.status == 202}
    assert {f"{task.resource_path}.create" for task in TASKS} == creates

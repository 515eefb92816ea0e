"""pytest-xdist's `--dist loadgroup`, without its per-test costs (tests/conftest.py installs it).

xdist's LoadGroupScheduling makes every test that has no xdist_group its own work unit. With
~9,000 tests that means one message to a worker per test, a linear `list.index` per unit, and,
after every test, a recount of the pending tests of every unit the worker was ever given:
quadratic, about 10 CPU-seconds of the controller for a run of tiny tests. This scheduler keeps
what loadgroup promises (a group runs whole, on one worker) and:

- deals the ungrouped tests of a module with many of them (parametrized cases, each cheap) in
  batches of consecutive tests; a module with few tests (each may be slow) is dealt one by one;
- queues the groups first, the largest first (each holds an expensive shared fixture), then
  the ungrouped tests, those of the modules with fewest tests first: a module of one or two
  tests is a wheel build, a Java run, a mypy run, while a module of hundreds is parametrized
  cheap cases. So the long work starts at once and the small units even out the end (xdist
  queues in collection order: the slow tests of tests/typing and tests/typescript came last);
- keeps only the units a worker has not finished in its workload, and finds a test's index in
  a worker's collection through a dict.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import pytest
from xdist.scheduler import LoadGroupScheduling  # type: ignore[import-untyped]

WorkerController = Any  # xdist.workermanage.WorkerController (xdist ships no type information)

# A module's ungrouped tests go out in batches of up to BATCH tests, at most 1/SPREAD of the
# module's ungrouped tests each, so a module of fewer than 2 * SPREAD tests is dealt one by one.
BATCH = 8
SPREAD = 16


def plan_units(collection: Sequence[str], group_of: dict[str, str]) -> dict[str, list[str]]:
    """The work units in the order they are dealt: unit name -> its tests (collection order).

    A grouped test's unit is its group; an ungrouped test's unit is a batch of its module's.
    """
    groups: dict[str, list[str]] = {}
    ungrouped: dict[str, list[str]] = {}
    for nodeid in collection:
        if nodeid in group_of:
            groups.setdefault(group_of[nodeid], []).append(nodeid)
        else:
            ungrouped.setdefault(nodeid.split("::", 1)[0], []).append(nodeid)
    units = dict(sorted(groups.items(), key=lambda unit: -len(unit[1])))
    for module, nodeids in sorted(ungrouped.items(), key=lambda module: len(module[1])):
        size = max(1, min(BATCH, len(nodeids) // SPREAD))
        for start in range(0, len(nodeids), size):
            # "::" never appears in a group name (a module path or a plain word), so a batch
            # name cannot be taken for a group.
            units[f"{module}::batch-{start // size}"] = nodeids[start : start + size]
    return units


class BatchedLoadGroupScheduling(LoadGroupScheduling):  # type: ignore[misc]
    """`--dist loadgroup` dealing plan_units()' units (the module docstring says why)."""

    collection: list[str] | None
    workqueue: OrderedDict[str, dict[str, bool]]
    assigned_work: dict[WorkerController, dict[str, dict[str, bool]]]
    registered_collections: dict[WorkerController, list[str]]

    def __init__(self, config: pytest.Config, log: Any = None) -> None:
        super().__init__(config, log)
        self._scope_of: dict[str, str] = {}
        self._left: dict[str, int] = {}  # tests not yet finished, by unit
        self._positions: dict[WorkerController, dict[str, int]] = {}

    def _split_scope(self, nodeid: str) -> str:
        return self._scope_of.get(nodeid) or super()._split_scope(nodeid)

    def schedule(self) -> None:
        assert self.collection_is_completed
        if self.collection is not None:
            for node in self.nodes:
                self._reschedule(node)
            return
        if not self._check_nodes_have_same_collection():
            self.log("**Different tests collected, aborting run**")
            return
        self.collection = list(next(iter(self.registered_collections.values())))
        if not self.collection:
            return
        group_of = {}
        for nodeid in self.collection:
            scope = super()._split_scope(nodeid)
            if scope != nodeid:
                group_of[nodeid] = scope
        units = plan_units(self.collection, group_of)
        self._scope_of = {nodeid: scope for scope, tests in units.items() for nodeid in tests}
        self.workqueue = OrderedDict(
            (scope, dict.fromkeys(tests, False)) for scope, tests in units.items()
        )
        self._left = {scope: len(tests) for scope, tests in units.items()}

        for _ in range(len(self.nodes) - len(self.workqueue)):
            unused, _assigned = self.assigned_work.popitem()
            unused.shutdown()
        for node in self.nodes:
            self._assign_work_unit(node)
        for node in self.nodes:
            self._reschedule(node)
        if not self.workqueue:
            for node in self.nodes:
                node.shutdown()

    def mark_test_complete(
        self, node: WorkerController, item_index: int, duration: float = 0
    ) -> None:
        nodeid = self.registered_collections[node][item_index]
        scope = self._split_scope(nodeid)
        workload = self.assigned_work[node]
        workload[scope][nodeid] = True
        self._left[scope] -= 1
        if self._left[scope] == 0:
            # A finished unit leaves the workload: the pending count stays a sum over the few
            # units in progress (a crashed worker's remaining units are all still there).
            del workload[scope]
        self._reschedule(node)

    def _assign_work_unit(self, node: WorkerController) -> None:
        assert self.workqueue
        scope, work_unit = self.workqueue.popitem(last=False)
        self.assigned_work.setdefault(node, {})[scope] = work_unit
        positions = self._positions.get(node)
        if positions is None:
            collection = self.registered_collections[node]
            positions = self._positions[node] = {nodeid: i for i, nodeid in enumerate(collection)}
        node.send_runtest_some([positions[n] for n, done in work_unit.items() if not done])

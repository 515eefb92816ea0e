"""tests/_scheduling.py: `--dist loadgroup` dealing batches, groups whole, long work first.

The scheduler is driven here the way xdist's controller drives it (add the workers, register
their collections, schedule, report each finished test), with stand-in workers that record the
test indexes they are sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from tests._scheduling import BatchedLoadGroupScheduling, plan_units


@dataclass(eq=False)
class Worker:
    """Stands in for xdist's WorkerController: what it is sent, and whether it was stopped."""

    name: str
    sent: list[list[int]] = field(default_factory=list)
    shutting_down: bool = False

    @property
    def gateway(self) -> SimpleNamespace:
        return SimpleNamespace(id=self.name)

    def send_runtest_some(self, indices: list[int]) -> None:
        self.sent.append(indices)

    def shutdown(self) -> None:
        self.shutting_down = True


def _collection() -> list[str]:
    cases = [f"tests/a/test_cases.py::test_case[{i}]" for i in range(64)]
    grouped = [f"tests/b/test_site.py::test_page[{i}]@docs-site" for i in range(3)]
    slow = ["tests/c/test_wheel.py::test_wheel_builds", "tests/d/test_mypy.py::test_mypy_ran"]
    return [*cases, *grouped, *slow]


def _scheduler(workers: list[Worker], collection: list[str]) -> BatchedLoadGroupScheduling:
    config: Any = SimpleNamespace(getvalue=lambda name: [f"{len(workers)}*popen"])
    scheduler = BatchedLoadGroupScheduling(config)
    for worker in workers:
        scheduler.add_node(worker)
    for worker in workers:
        scheduler.add_node_collection(worker, collection)
    scheduler.schedule()
    return scheduler


def test_units_groups_first_then_the_modules_with_fewest_tests_then_batches() -> None:
    collection = _collection()
    group_of = {nodeid: "docs-site" for nodeid in collection if nodeid.endswith("@docs-site")}
    units = plan_units(collection, group_of)
    names = list(units)
    assert names[:3] == [
        "docs-site",
        "tests/c/test_wheel.py::batch-0",
        "tests/d/test_mypy.py::batch-0",
    ]
    assert units["docs-site"] == collection[64:67]
    # 64 parametrized cases: batches of 64 // 16 = 4, in collection order.
    assert names[3:] == [f"tests/a/test_cases.py::batch-{i}" for i in range(16)]
    assert units["tests/a/test_cases.py::batch-0"] == collection[:4]
    # Every test is in exactly one unit.
    assert sorted(n for tests in units.values() for n in tests) == sorted(collection)


def test_every_test_is_sent_once_in_batches_and_finished_units_leave_the_workload() -> None:
    collection = _collection()
    workers = [Worker("gw0"), Worker("gw1")]
    scheduler = _scheduler(workers, collection)
    done: set[int] = set()
    while len(done) < len(collection):
        progressed = False
        for worker in workers:
            pending = [i for message in worker.sent for i in message if i not in done]
            if pending:
                done.add(pending[0])
                scheduler.mark_test_complete(worker, pending[0])
                progressed = True
                # Only units still in progress stay in a workload (xdist's own keeps every
                # unit, and recounts them all after each test).
                assert len(scheduler.assigned_work[worker]) <= 3
        assert progressed
    sent = [i for worker in workers for message in worker.sent for i in message]
    assert sorted(sent) == list(range(len(collection)))
    messages = [message for worker in workers for message in worker.sent]
    # 69 tests in 19 messages: the group whole, two single slow tests, sixteen batches of four.
    assert len(messages) == 19
    assert sorted(collection.index(n) for n in collection[64:67]) in messages
    assert all(worker.shutting_down for worker in workers)
    assert scheduler.tests_finished and not scheduler.has_pending


def test_a_crashed_worker_gives_its_unfinished_tests_back() -> None:
    collection = _collection()
    workers = [Worker("gw0"), Worker("gw1")]
    scheduler = _scheduler(workers, collection)
    first = workers[0]
    started = first.sent[0]
    scheduler.mark_test_complete(first, started[0])
    crashed = scheduler.remove_node(first)
    assert crashed == collection[started[1]]
    # The crashed worker's unit goes back to the queue with its unfinished tests only.
    requeued = scheduler.workqueue["docs-site"]
    assert [n for n, done in requeued.items() if not done] == [collection[i] for i in started[1:]]
    scheduler.add_node(replacement := Worker("gw2"))
    scheduler.add_node_collection(replacement, collection)
    scheduler.schedule()
    scheduler.workqueue.move_to_end("docs-site", last=False)
    scheduler._assign_work_unit(replacement)
    assert replacement.sent[-1] == started[1:]

"""The models' lock: the shortest text waiting goes next; a waiter whose budget runs out leaves."""

from __future__ import annotations

import threading
import time

import pytest

from companion.budget import Budget, Cancelled
from companion.turns import ShortFirstLock


def _wait_until(condition) -> None:
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


def test_the_shortest_waiting_text_gets_the_next_turn():
    lock = ShortFirstLock()
    order: list[str] = []

    def take(name: str, size: int) -> None:
        with lock.hold(Budget(size=size)):
            order.append(name)

    with lock.hold(Budget(size=100_000)):
        threads = [threading.Thread(target=take, args=("long", 50_000))]
        threads[0].start()
        _wait_until(lambda: len(lock._waiting) == 1)
        threads.append(threading.Thread(target=take, args=("short", 80)))
        threads[1].start()
        _wait_until(lambda: len(lock._waiting) == 2)
    for thread in threads:
        thread.join()
    assert order == ["short", "long"]


@pytest.mark.parametrize(("budget", "reason"), [
    (Budget.within(0.05), "deadline_exceeded"),
    (Budget(abandoned=lambda: True), "abandoned"),
    (Budget(superseded=lambda: True), "superseded"),
])
def test_a_waiter_whose_budget_runs_out_leaves_the_queue(budget, reason):
    lock = ShortFirstLock()
    with lock.hold(Budget()), pytest.raises(Cancelled) as stopped, lock.hold(budget):
        pass
    assert stopped.value.reason == reason
    assert lock._waiting == []
    with lock.hold(Budget()):  # free again
        pass


def test_a_waiting_post_is_not_overtaken_forever_by_shorter_ones(monkeypatch):
    from companion import turns

    monkeypatch.setattr(turns, "SECONDS_PER_CHAR", 1e-9)  # sizes weigh (almost) nothing
    lock = ShortFirstLock()
    order: list[str] = []

    def take(name: str, size: int) -> None:
        with lock.hold(Budget(size=size)):
            order.append(name)

    with lock.hold(Budget(size=100)):
        threads = [threading.Thread(target=take, args=("earlier, longer", 300))]
        threads[0].start()
        _wait_until(lambda: len(lock._waiting) == 1)
        threads.append(threading.Thread(target=take, args=("later, shorter", 100)))
        threads[1].start()
        _wait_until(lambda: len(lock._waiting) == 2)
    for thread in threads:
        thread.join()
    assert order == ["earlier, longer", "later, shorter"]


def test_passing_the_turn_lets_a_shorter_waiter_through_then_goes_on():
    lock = ShortFirstLock()
    order: list[str] = []
    long_budget = Budget(size=100_000)

    def short() -> None:
        with lock.hold(Budget(size=50)):
            order.append("short")

    with lock.hold(long_budget):
        order.append("long, part 1")
        waiter = threading.Thread(target=short)
        waiter.start()
        _wait_until(lambda: len(lock._waiting) == 1)
        lock.pass_turn(long_budget)
        order.append("long, part 2")
    waiter.join()
    assert order == ["long, part 1", "short", "long, part 2"]
    lock.pass_turn(long_budget)  # not holding it: nothing to pass
    assert lock._owner is None

"""A lock that gives the next turn to the waiting analysis that should finish first.

spaCy and the recognizers run under one lock (they are not documented as thread-safe). Long
texts take it slice by slice (segments.py bounds the slices). Each waiter is ranked by when it
arrived plus the time its text would take (SECONDS_PER_CHAR): between two slices of a long text,
a short post that arrived meanwhile goes first, so it waits for at most one slice, never for the
whole text; and no one starves, since every rank is fixed when the waiter arrives (short posts
of similar sizes are served in arrival order). A waiter whose budget runs out (deadline, client
gone, superseded) leaves the queue at once.

A long step that runs under the lock (the policy rules over a whole post) calls `pass_turn`
between its parts: a waiter ranked before it goes first, then the step goes on. So every part of
an analysis that needs the interpreter for long runs in turns: a short post is not slowed down
by long texts sharing the interpreter with it either.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import threading
import time
from collections.abc import Iterator

from companion.budget import Budget

#: How often a waiter looks at its budget (a client may leave at any time).
_POLL_S = 0.1
#: About what analysing one character costs on a slow laptop: a 100,000-character text ranks as
#: if it had arrived 5 s later than it did.
SECONDS_PER_CHAR = 50e-6


class ShortFirstLock:
    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._owner: int | None = None  # thread id of the holder
        self._waiting: list[tuple[float, int]] = []  # heap of (rank, arrival number)
        self._arrivals = itertools.count()

    @contextlib.contextmanager
    def hold(self, budget: Budget) -> Iterator[None]:
        """Holds the lock for one slice of `budget`'s analysis; raises Cancelled (without the
        lock) if the budget runs out first."""
        self._acquire(budget)
        try:
            yield
        finally:
            with self._condition:
                if self._owner == threading.get_ident():  # pass_turn may have lost it
                    self._owner = None
                    self._condition.notify_all()

    def pass_turn(self, budget: Budget) -> None:
        """Called while holding the lock: checks the budget, and lets a waiter ranked before
        this analysis go first. Raises Cancelled (without the lock) if the budget runs out."""
        budget.check()
        with self._condition:
            if (self._owner != threading.get_ident() or not self._waiting
                    or self._waiting[0][0] >= _rank(budget)):
                return
            self._owner = None
            self._condition.notify_all()
        self._acquire(budget)

    def _acquire(self, budget: Budget) -> None:
        ticket = (_rank(budget), next(self._arrivals))
        with self._condition:
            heapq.heappush(self._waiting, ticket)
            try:
                while self._owner is not None or self._waiting[0] != ticket:
                    remaining = budget.remaining()
                    self._condition.wait(_POLL_S if remaining is None
                                         else max(0.0, min(_POLL_S, remaining)))
                    budget.check()
            except BaseException:
                self._waiting.remove(ticket)
                heapq.heapify(self._waiting)
                self._condition.notify_all()
                raise
            heapq.heappop(self._waiting)
            self._owner = threading.get_ident()


def _rank(budget: Budget) -> float:
    return time.monotonic() + budget.size * SECONDS_PER_CHAR

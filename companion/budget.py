"""What may stop one analysis before it is done: its deadline, its client gone, a newer request
from the same compose box. The pipeline calls `check()` between its steps and slices (never in
the middle of one), so an analysis nobody waits for stops within a slice's time."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """The analysis was stopped; `reason` is deadline_exceeded, abandoned or superseded."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _never() -> bool:
    return False


@dataclass(frozen=True)
class Budget:
    #: time.monotonic() past which the analysis stops; None: no deadline (batch, CLI)
    deadline: float | None = None
    #: characters of the text: shorter analyses are served first where they wait (turns.py)
    size: int = 0
    abandoned: Callable[[], bool] = _never
    superseded: Callable[[], bool] = _never

    @classmethod
    def within(cls, seconds: float, size: int = 0, *,
               abandoned: Callable[[], bool] | None = None,
               superseded: Callable[[], bool] | None = None) -> Budget:
        """A budget of `seconds` from now; None for a test that never fires."""
        return cls(time.monotonic() + seconds, size, abandoned or _never, superseded or _never)

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def check(self) -> None:
        """Raises Cancelled when the analysis should stop."""
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise Cancelled("deadline_exceeded")
        if self.superseded():
            raise Cancelled("superseded")
        if self.abandoned():
            raise Cancelled("abandoned")


UNBOUNDED = Budget()

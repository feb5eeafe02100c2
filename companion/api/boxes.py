"""Which request is the newest of each compose box, so that an older one still running stops.

The extension sends the whole draft on every pause; when the user types on, the answer to the
previous draft is no longer wanted. A request may carry `box` (an id the client gives each
compose box) and `seq` (its number within that box). A request is superseded when the request
that arrived last from its box has a greater `seq` (a client that starts counting again from 0
is simply newest again). Only the last BOXES boxes are remembered.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

BOXES = 1_000


class LatestPerBox:
    def __init__(self, boxes: int = BOXES) -> None:
        self._latest: OrderedDict[str, int] = OrderedDict()
        self._boxes = boxes
        self._lock = threading.Lock()

    def arrive(self, box: str, seq: int) -> Callable[[], bool]:
        """Records the request; returns whether it has been superseded since (cheap to call)."""
        with self._lock:
            self._latest[box] = seq
            self._latest.move_to_end(box)
            while len(self._latest) > self._boxes:
                self._latest.popitem(last=False)
        return lambda: self._latest.get(box, seq) > seq

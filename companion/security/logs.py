"""Keeps post text out of logs.

The companion's own log lines carry sizes, timings and counts only. Libraries are another
matter: Presidio's context enhancer logs the words around each finding at DEBUG ("Context list
is: …"), and its decision-process logger would print whole explanations. Their records below
WARNING are dropped by a filter on their loggers, so turning logging up to DEBUG (in the
config, or in code) to investigate a problem never writes a draft to a log.
"""

from __future__ import annotations

import logging

#: Loggers of libraries that see the text, and may quote it below WARNING.
TEXT_SEEING_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "decision_process", "spacy")


class _WarningsAndAbove(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


_FILTER = _WarningsAndAbove()


def keep_text_out_of_logs() -> None:
    for name in TEXT_SEEING_LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(logging.WARNING)  # spares building the records
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)  # holds even if someone lowers the level again

"""Keeps post text out of logs.

The companion's own log lines carry sizes, timings and counts only. Libraries are another
matter: Presidio's context enhancer logs the words around each finding at DEBUG ("Context list
is: …"), and its decision-process logger would print whole explanations. Their loggers are
capped at WARNING, whatever level the user configures, so raising the log level to DEBUG to
investigate a problem never writes a draft to a log.
"""

from __future__ import annotations

import logging

#: Loggers of libraries that see the text, and may quote it below WARNING.
TEXT_SEEING_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "decision_process", "spacy")


def keep_text_out_of_logs() -> None:
    for name in TEXT_SEEING_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)

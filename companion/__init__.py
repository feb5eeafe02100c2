"""Garde-fou companion: analyses a draft post locally and reports personal data and policy breaches.

Data flows through the sub-packages in this order:
text (normalize) → language (detect) → nlp (spaCy via Presidio) → recognizers (personal data)
→ findings (merge overlaps) → policy (organization rules) → suggestions (replacements)
→ api / cli (response).
"""

import os

__version__ = "0.1.0"

# OpenBLAS reads its thread count once, when numpy first loads it. Set before anything here
# imports numpy, it never starts its thread pool: with the pool started and merely limited to one
# thread (nlp.runtime.single_thread_blas), every multiplication still pays for the pool's locks
# (a new 2,000-character English post: 64 ms p95 with the pool, 56 ms without). A value the
# user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

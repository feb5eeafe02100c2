"""Garde-fou companion: analyses a draft post locally and reports personal data and policy breaches.

Data flows through the sub-packages in this order:
text (normalize) → language (detect) → nlp (spaCy via Presidio) → recognizers (personal data)
→ findings (merge overlaps) → policy (organization rules) → suggestions (replacements)
→ api / cli (response).
"""

__version__ = "0.1.0"

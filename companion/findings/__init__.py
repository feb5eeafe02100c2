"""Findings: what the analysis reports, and how overlapping detections are reconciled."""

"""Text preparation before analysis."""

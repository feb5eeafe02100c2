"""spaCy models, loaded once from the installed packages, exposed to Presidio."""

"""The built-in policy packs, as data. In a source checkout this is the folder `policies/`; the
wheel ships it as the package `garde_fou_policies` (see pyproject.toml), read by
companion/policy/catalog.py."""

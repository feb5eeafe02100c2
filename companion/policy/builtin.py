"""Where the built-in policy packs are, in a source checkout and in an installed wheel.

In a checkout they are the repo's top-level `policies/` folder; the wheel ships that folder as the
package `garde_fou_policies`. The PERSON recognizer reads the packs' shared place lexicons from the
same place, so a town is a place for both.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _builtin_dir() -> Path:
    checkout = Path(__file__).resolve().parents[2] / "policies"
    if (checkout / "base" / "pack.yaml").is_file():
        return checkout
    packaged = resources.files("garde_fou_policies")
    if not isinstance(packaged, Path):
        raise RuntimeError(f"the built-in policy packs must be installed as files ({packaged})")
    return packaged


BUILTIN_DIR = _builtin_dir()
SHARED_LEXICONS_DIR = BUILTIN_DIR / "shared" / "lexicons"

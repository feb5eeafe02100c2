"""`python -m companion.native` is what the launcher written by `garde-fou install` runs."""

import sys

from companion.native.host import main

raise SystemExit(main(sys.argv[1:]))

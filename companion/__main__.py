"""`python -m companion` is the same as the `garde-fou` command."""

from companion.cli import main

raise SystemExit(main())

"""`python -m runapi.cli`: the same as the `runapi` console script."""

from __future__ import annotations

from . import main

if __name__ == "__main__":
    main()

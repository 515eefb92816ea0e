"""The files in `cases/` are mypy inputs, never pytest modules."""

collect_ignore_glob: list[str] = ["cases/*"]

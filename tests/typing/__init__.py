"""Type-checking tests of the SDK stubs; `cases/` holds mypy inputs, not tests."""

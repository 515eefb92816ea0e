"""Request body TypedDicts, one module per API group."""

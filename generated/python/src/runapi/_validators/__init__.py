"""Each group's request validation, compiled from its schemas at generate time; see _validation."""

"""Package version: the spec's info.version. Generated; do not edit."""

__version__ = "1.0.0"

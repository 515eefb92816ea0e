"""Request validation of the account operations, compiled from their schemas.

Generated from spec/openapi.yaml by generator/targets/python_validators.py. Do not edit."""

from __future__ import annotations

from .._schema_checks import Node

BODIES: dict[str, Node] = {}

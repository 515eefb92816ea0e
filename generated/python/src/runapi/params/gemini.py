"""Request bodies of the gemini operations, one TypedDict per accepted shape.

Use them to build a body ahead of a call (`client.gemini...create(**body)`); type
checkers then hold the body to the same per-model rules as the call itself.
Generated from spec/openapi.yaml. Do not edit.
"""

from __future__ import annotations

__all__ = []

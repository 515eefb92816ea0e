"""Spec-driven generator for the RunAPI SDK toolchain.

Pipeline: load (YAML with source positions) -> bundle (one document) -> validate (schema,
project lint rules, examples, Redocly) -> render targets -> write atomically into generated/.
"""

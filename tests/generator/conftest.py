"""Fixtures the generator's tests share."""

from __future__ import annotations

import importlib

import pytest

#: What datamodel-codegen imports on its first call (pydantic among it): about 0.4 CPU-s.
CODEGEN_MODULES = (
    "datamodel_code_generator.parser.jsonschema",
    "datamodel_code_generator.model.pydantic_v2",
    "datamodel_code_generator.config",
    "datamodel_code_generator.format",
)


@pytest.fixture(scope="session", autouse=True)
def codegen_imported() -> None:
    """datamodel-codegen's modules, loaded once in the test process. The Python target runs
    datamodel-codegen in a process forked from the one that renders (generator/parallel.py), and
    the copies' runs are forked from this one (tests/generator/forked.py): each run that is not
    served by the cache inherits them instead of importing them again (most tests here render,
    and most renders of a spec a test edits miss the cache). What they generate is the same
    either way."""
    for name in CODEGEN_MODULES:
        importlib.import_module(name)

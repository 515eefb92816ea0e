"""What the generating process loads: the check libraries only where checks run.

jsonschema (with the OpenAPI schemas) and openapi-spec-validator cost about 0.3 s to import.
Only the checks use them, and the checks run in their own process (generator/validate.py,
forked before bundling so that it imports them meanwhile) or not at all when the verdict is
remembered; rendering never needs them. A module-level import of either in a module the
generating process loads puts that cost back on every `make generate`.
"""

from __future__ import annotations

import json
import subprocess
import sys

from generator.project import PROJECT

CHECK_LIBRARIES = (
    "jsonschema",
    "referencing",
    "openapi_spec_validator",
    "openapi_schema_validator",
)


def _loaded_by_generating(selected: str) -> str:
    """A probe printing the modules for which `selected` (an expression of `m`, a module name)
    holds once everything a generating run imports is loaded."""
    return (
        "import json, sys\n"
        "import generator.commands, generator.pipeline\n"
        "from generator.targets import TARGETS\n"
        "from generator.targets import units, python_models, python_validators, "
        "typescript_schemas\n"
        f"print(json.dumps(sorted(m for m in sys.modules if {selected})))\n"
    )


def _printed(probe: str) -> object:
    """What a fresh interpreter running `probe` prints, as JSON."""
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_the_generating_process_does_not_load_the_check_libraries() -> None:
    selected = f"m.split('.')[0] in {CHECK_LIBRARIES!r}"
    assert _printed(_loaded_by_generating(selected)) == []


#: The release loop's and the contract audit's modules: no generating run calls them (the
#: contract record lint imports conformance where it runs, in the checks' process). Together
#: they added 3.7 ms to the imports of every run (medians of 21 interpreters).
NOT_GENERATING = (
    "generator.diff",
    "generator.conformance",
    "generator.contract",
    "generator.release",
)


def test_the_generating_process_does_not_load_the_release_or_audit_modules() -> None:
    assert _printed(_loaded_by_generating(f"m in {NOT_GENERATING!r}")) == []


def test_the_checks_still_load_them_where_they_run() -> None:
    # The probe above would pass vacuously if the checks no longer used these libraries.
    probe = (
        f"CHECK_LIBRARIES = {CHECK_LIBRARIES!r}\n"
        "import json, sys\n"
        "from generator import validate\n"
        "validate._import_checks()\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & set(CHECK_LIBRARIES))))"
    )
    assert _printed(probe) == sorted(CHECK_LIBRARIES)


def test_the_entry_point_starts_redocly_before_importing_the_generator() -> None:
    # generator/__main__.py parses the arguments and starts Redocly with the standard library
    # and four small modules (one is the worker's client): node's 0.4 s of loading overlaps
    # everything imported after.
    probe = (
        "import json, sys\n"
        "import generator.__main__\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('generator.')"
        " or m.split('.')[0] in ('yaml', 'jinja2'))))"
    )
    assert _printed(probe) == [
        "generator.__main__",
        "generator.arguments",
        "generator.project",
        "generator.redocly_process",
        "generator.worker_client",
    ]

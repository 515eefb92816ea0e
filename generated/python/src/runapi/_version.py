"""Package versions. Generated; do not edit.

`__version__` is the SDK's own version (semver for your code, bumped by each release);
`__api_version__` is the version of the RunAPI spec (`info.version`) it was generated from.
"""

__version__ = "1.0.0"
__api_version__ = "1.0.0"

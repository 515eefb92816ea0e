"""One module per API group: its commands as data, imported only when the group is invoked.

Generated from spec/openapi.yaml. Do not edit.
"""

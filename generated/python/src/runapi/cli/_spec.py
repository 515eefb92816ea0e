"""The data a generated command table is made of (`runapi/cli/commands/<group>.py`).

Plain named tuples: a group's table imports in a few milliseconds however many operations it
has, and click objects are built only for the command that runs (`_build.py`).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Cmd", "Opt"]


class Opt(NamedTuple):
    """One option of an operation: a request body field or a query parameter."""

    field: str  # the JSON name sent
    flag: str  # the command-line option, "--aspect-ratio"
    kind: str  # str | int | float | bool | choice | list | json | value | file
    help: str
    choices: tuple[object, ...] = ()  # choice: the allowed values (union over request shapes)
    item: str = ""  # list: the kind of one item (str | int | float | json)
    required: bool = False  # required in every request shape (checked by the client)
    strings: bool = True  # value: plain text is taken as a string when it is not JSON


class Cmd(NamedTuple):
    """One command: an operation, or the `run` / `wait` helper of a task resource."""

    name: str  # the last word of the command line
    path: tuple[str, ...]  # the words between the group and `name`
    operation_id: str  # the operation sent (a task's `wait` names its status operation)
    action: str  # call | create | get | wait | run
    call: tuple[str, ...]  # client attributes leading to the resource
    method: str  # the resource method
    summary: str
    help: str
    epilog: str
    args: tuple[str, ...] = ()  # path parameters, as positional arguments
    query: tuple[Opt, ...] = ()
    options: tuple[Opt, ...] = ()
    body: str = "none"  # json | multipart | none

"""How TypeScript names follow from an operationId (README: "Names").

- Every dotted segment of the operationId becomes a property in camelCase:
  `nano_banana.text_to_image.create` is `client.nanoBanana.textToImage.create`, and
  `openai.chat.completions.create` is `client.openai.chat.completions.create`.
- A task resource (a create with its status operation) is a collection of tasks, and also answers
  to its plural: `client.nanoBanana.textToImages` is the same object as `textToImage` (the API
  reference's own snippet spells it so). The plural is the regular English one of the last word;
  a segment that already ends in `s` has none.
- Classes and types are PascalCase: `TextToImage`, `TextToImageCreateParams`.
"""

from __future__ import annotations

import re

from ..names import pascal

#: Identifiers a property may not take in the generated classes (they are the runtime's own).
RESERVED = frozenset({"constructor", "prototype", "_client", "withOptions", "toJSON", "toString"})


def camel(segment: str) -> str:
    """`nano_banana` -> `nanoBanana`, `gpt_4o_image` -> `gpt4oImage`."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", segment) if w]
    if not words:
        raise ValueError(f"no name in {segment!r}")
    head, *rest = words
    return head[:1].lower() + head[1:] + "".join(w[:1].upper() + w[1:] for w in rest)


def plural(name: str) -> str | None:
    """The plural of a camelCase name's last word, or None when it already ends in `s`."""
    if name.endswith("s"):
        return None
    if re.search(r"(x|z|ch|sh)$", name):
        return name + "es"
    if re.search(r"[^aeiou]y$", name):
        return name[:-1] + "ies"
    return name + "s"


def class_name(path: tuple[str, ...]) -> str:
    """`("text_to_image",)` -> `TextToImage`; `("chat", "completions")` -> `ChatCompletions`."""
    return pascal("_".join(path))


def type_name(*parts: str) -> str:
    return "".join(pascal(part) for part in parts if part)

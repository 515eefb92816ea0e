"""Token sizes of what agents read: the skill's files and the MCP server's tool lists.

Counts are tiktoken's o200k_base (tests/agents/tokens.py, offline). The tool lists are built
by the server's own code (`runapi.mcp._tools`) and dumped as MCP `Tool` objects, as tools/list
sends them. Targets: SKILL.md within 2,000 tokens, the default (dynamic) tool list within 2,500.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from _common import verdict  # noqa: E402

from tests.agents.tokens import count, count_json  # noqa: E402

SKILL = PROJECT / "generated" / "skill" / "runapi-cli"
SKILL_MD_TARGET = 2000
DYNAMIC_TARGET = 2500


def skill() -> dict[str, int]:
    counts = {str(p.relative_to(SKILL)): count(p.read_text()) for p in SKILL.rglob("*.md")}
    references = [n for path, n in counts.items() if path.startswith("references/")]
    return {
        "SKILL.md": counts["SKILL.md"],
        "references (total)": sum(references),
        "largest reference": max(references),
        "all files": sum(counts.values()),
    }


def tool_lists() -> dict[str, tuple[int, int]]:
    import mcp.types as types
    from runapi.mcp._catalog import catalog
    from runapi.mcp._tools import Selection, tool_list

    found = {}
    for label, mode, selection in [
        ("dynamic", "dynamic", Selection()),
        ("dynamic + management", "dynamic", Selection(management=True)),
        ("full", "full", Selection()),
        ("full + management", "full", Selection(management=True)),
        ("full --kind video", "full", Selection(kinds=("video",))),
        ("full --kind image", "full", Selection(kinds=("image",))),
    ]:
        specs = tool_list(catalog(), mode, selection)
        tools = [
            types.Tool(
                name=s.name, description=s.description, input_schema=s.input_schema
            ).model_dump(mode="json", by_alias=True, exclude_none=True)
            for s in specs
        ]
        found[label] = (len(tools), count_json(tools))
    return found


def main() -> int:
    sizes = skill()
    print("skill (o200k_base tokens)")
    for name, value in sizes.items():
        print(f"  {name:22} {value:>7,}")
    print("MCP tool lists (tools, o200k_base tokens)")
    lists = tool_lists()
    for name, (tools, tokens) in lists.items():
        print(f"  {name:22} {tools:>4} tools {tokens:>7,}")
    print(json.dumps({"skill": sizes, "mcp": lists}))
    ok = verdict("agent skill SKILL.md", sizes["SKILL.md"], SKILL_MD_TARGET, "tokens")
    ok &= verdict("MCP dynamic tool list", lists["dynamic"][1], DYNAMIC_TARGET, "tokens")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""The agent skill: its format, its content from the spec, the install rules and its size."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import build_api
from generator.ir import Api
from generator.targets.skill import REACTIONS, cli_exit_codes
from tests.cli.conftest import invoke

from .tokens import count

PROJECT = Path(__file__).resolve().parents[2]
SKILL = PROJECT / "generated" / "skill" / "runapi-cli"
PACKAGED = PROJECT / "generated" / "python" / "src" / "runapi" / "skill"
ARTIFACTS = PROJECT / "test-artifacts"
#: Budgets (o200k_base tokens): the top file is read whenever the skill is used; a reference
#: file only when the agent needs that group.
SKILL_MD_BUDGET = 2000
REFERENCE_BUDGET = 4000


@pytest.fixture(scope="module")
def api(bundled: dict[str, Any]) -> Api:
    return build_api(bundled)


def _files(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _front_matter(text: str) -> dict[str, Any]:
    match = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    assert match, "SKILL.md starts with YAML front matter"
    data: dict[str, Any] = yaml.safe_load(match.group(1))
    return data


def test_the_packaged_skill_is_the_inspected_one() -> None:
    assert _files(SKILL) == _files(PACKAGED)


def test_agent_skills_format() -> None:
    meta = _front_matter((SKILL / "SKILL.md").read_text(encoding="utf-8"))
    assert set(meta) == {"name", "description"}
    # Agent Skills: name = the directory, lowercase letters, digits and hyphens, at most 64.
    assert meta["name"] == SKILL.name and re.fullmatch(r"[a-z0-9-]{1,64}", meta["name"])
    # At most 1024 characters; OpenClaw shows descriptions of at most about 160.
    assert 20 <= len(meta["description"]) <= 160


def test_every_link_of_skill_md_exists_and_every_group_has_a_reference(api: Api) -> None:
    text = (SKILL / "SKILL.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\((references/[^)]+)\)", text)
    assert links and all((SKILL / link).is_file() for link in links)
    references = {p.stem for p in (SKILL / "references").glob("*.md")}
    assert references == {ns.name for ns in api.namespaces}
    for kind in api.kinds:  # pick a model by media kind: every kind is in the table
        assert f"| {kind.id} |" in text


def test_references_name_every_command_model_and_rule(api: Api) -> None:
    for namespace in api.namespaces:
        text = (SKILL / "references" / f"{namespace.name}.md").read_text(encoding="utf-8")
        for op in namespace.operations:
            if op.kind == "task_status":
                continue
            words = ["runapi", *(w.replace("_", "-") for w in op.call_path)]
            if op.kind == "task_create":
                words[-1] = "run|create"
            assert " ".join(words) in text, op.operation_id
            for model in op.models:
                assert model in text, (op.operation_id, model)
            for variant in op.body.variants if op.body else ():
                for rule in variant.rules:
                    assert " ".join(rule.split()) in text, (op.operation_id, rule)


def test_exit_codes_agree_with_the_cli() -> None:
    from runapi.cli import EXIT_CODES

    codes = cli_exit_codes()
    listed = [int(m) for m in re.findall(r"^\s+(\d+)\s", EXIT_CODES, re.M)]
    assert [code for code, _ in codes] == listed
    text = (SKILL / "SKILL.md").read_text(encoding="utf-8")
    for code, meaning in codes:
        assert f"| {code} | {meaning} | {REACTIONS[code]} |" in text


def test_install_refuses_to_overwrite_files_it_did_not_write(home: Path) -> None:
    directory = home / ".claude" / "skills" / "runapi-cli"
    directory.mkdir(parents=True)
    (directory / "SKILL.md").write_text("the user's own skill\n", encoding="utf-8")
    result = invoke(["agent", "install-skill", "--target", "claude"])
    assert result.exit_code == 2
    assert "did not write" in result.stderr and "SKILL.md" in result.stderr
    assert (directory / "SKILL.md").read_text(encoding="utf-8") == "the user's own skill\n"
    assert sorted(p.name for p in directory.iterdir()) == ["SKILL.md"]  # nothing written


def test_install_refuses_edited_files_and_updates_its_own(home: Path) -> None:
    assert invoke(["agent", "install-skill", "--target", "codex"]).exit_code == 0
    directory = home / ".agents" / "skills" / "runapi-cli"
    manifest = json.loads((directory / ".runapi-skill.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == set(_files(SKILL))
    # A file an older version wrote and no longer ships is removed on update, unedited ones only.
    stale = directory / "references" / "retired.md"
    stale.write_text("old\n", encoding="utf-8")
    manifest["files"]["references/retired.md"] = __import__("hashlib").sha256(b"old\n").hexdigest()
    (directory / ".runapi-skill.json").write_text(json.dumps(manifest), encoding="utf-8")
    again = invoke(["agent", "install-skill", "--target", "codex"])
    assert again.exit_code == 0, again.output
    report = json.loads(again.stdout)
    assert report["written"] == [] and report["removed"] == ["references/retired.md"]
    assert not stale.exists()
    # An edit by the user is never overwritten.
    edited = directory / "references" / "suno.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "my notes\n", encoding="utf-8")
    refused = invoke(["agent", "install-skill", "--target", "codex"])
    assert refused.exit_code == 2 and "references/suno.md" in refused.stderr
    assert edited.read_text(encoding="utf-8").endswith("my notes\n")


def test_install_never_follows_a_symlink(home: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("keep\n", encoding="utf-8")
    directory = home / ".gemini" / "skills" / "runapi-cli"
    directory.mkdir(parents=True)
    (directory / "SKILL.md").symlink_to(outside)
    assert invoke(["agent", "install-skill", "--target", "gemini"]).exit_code == 2
    assert outside.read_text(encoding="utf-8") == "keep\n"


def test_install_needs_a_target() -> None:
    result = invoke(["agent", "install-skill"])
    assert result.exit_code == 2 and "--target" in result.output


def test_skill_token_counts_are_small_and_reported() -> None:
    files = _files(SKILL)
    counts = {path: count(text) for path, text in files.items()}
    top = counts["SKILL.md"]
    references = {p: n for p, n in counts.items() if p.startswith("references/")}
    assert top <= SKILL_MD_BUDGET, f"SKILL.md is {top} tokens"
    largest = max(references.items(), key=lambda item: item[1])
    assert largest[1] <= REFERENCE_BUDGET, f"{largest[0]} is {largest[1]} tokens"
    ARTIFACTS.mkdir(exist_ok=True)
    report = {
        "encoding": "o200k_base",
        "skill_md": top,
        "references_total": sum(references.values()),
        "references_count": len(references),
        "largest_reference": {"file": largest[0], "tokens": largest[1]},
        "all_files": sum(counts.values()),
        "per_file": counts,
    }
    (ARTIFACTS / "skill-tokens.json").write_text(json.dumps(report, indent=2) + "\n")

"""generated/typescript is a publishable npm package: `npm pack` gives a tarball whose `exports`,
`types` and `files` are right, and that installs into a fresh folder, imports from Node (both
entries) and type-checks for a TypeScript consumer."""

from __future__ import annotations

import json
import subprocess
import tarfile
from pathlib import Path

from ._support import PACKAGE, TSC, build_package


def _run(command: list[str], cwd: Path) -> str:
    result = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, f"{command}: {result.stdout[-2000:]}{result.stderr[-2000:]}"
    return result.stdout


def test_pack_install_import(tmp_path: Path) -> None:
    build_package()
    manifest = json.loads((PACKAGE / "package.json").read_text(encoding="utf-8"))
    assert manifest["name"] == "@runapi.ai/sdk"
    assert manifest["type"] == "module"
    assert manifest["types"] == "./dist/index.d.ts"
    assert manifest["files"] == ["dist", "README.md"]
    assert manifest["exports"]["."]["types"] == "./dist/index.d.ts"
    assert manifest["exports"]["./node"]["import"] == "./dist/node.js"
    assert "dependencies" not in manifest, "no runtime dependency"

    # The package is built already: pack what is there (prepack would run tsc again).
    packed = json.loads(
        _run(
            ["npm", "pack", "--ignore-scripts", "--json", "--pack-destination", str(tmp_path)],
            PACKAGE,
        )
    )
    tarball = tmp_path / packed[0]["filename"]
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    for required in (
        "package/package.json",
        "package/README.md",
        "package/dist/index.js",
        "package/dist/index.d.ts",
        "package/dist/node.js",
        "package/dist/node.d.ts",
        "package/dist/resources/seedance.d.ts",
    ):
        assert required in names, required
    # Each group's request schemas are a chunk of their own, loaded on first validation.
    assert any(n.startswith("package/dist/chunks/seedance-") for n in names), sorted(names)
    assert not any(n.startswith("package/src/") or n.endswith("tsconfig.json") for n in names)

    consumer = tmp_path / "consumer"
    consumer.mkdir()
    (consumer / "package.json").write_text('{"type": "module", "private": true}', encoding="utf-8")
    _run(
        [
            "npm",
            "install",
            "--offline",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
            str(tarball),
        ],
        consumer,
    )
    probe = """
        import RunApi, { ValidationError, webhooks } from '@runapi.ai/sdk';
        import { fileFromPath } from '@runapi.ai/sdk/node';
        const videos = new RunApi({ apiKey: 'k' }).seedance.textToVideo;
        await videos.validate({ model: 'seedance-2.0', prompt: 'a lake at dawn' });
        const refused = await videos.validate({ model: 'seedance-2.0' }).catch((e) => e);
        if (!(refused instanceof ValidationError)) throw new Error('not refused');
        if (typeof webhooks.verify !== 'function') throw new Error('no webhooks');
        if (typeof fileFromPath !== 'function') throw new Error('no Node entry');
        console.log(import.meta.resolve('@runapi.ai/sdk'));
    """
    (consumer / "probe.mjs").write_text(probe, encoding="utf-8")
    where = _run(["node", "probe.mjs"], consumer).strip()
    assert where.endswith("/node_modules/@runapi.ai/sdk/dist/index.js"), where

    (consumer / "typed.ts").write_text(
        "import RunApi, { type Seedance } from '@runapi.ai/sdk';\n"
        "type Body = Seedance.TextToVideoCreateParams;\n"
        "const body: Body = { model: 'seedance-2.0', prompt: 'a lake' };\n"
        "// @ts-expect-error\n"
        "const wrong: Body = { model: 'seedance-2.0', prompt: 1 };\n"
        "export const run = () => new RunApi().seedance.textToVideo.run(body);\n"
        "void wrong;\n",
        encoding="utf-8",
    )
    config = {
        "compilerOptions": {
            "module": "NodeNext",
            "moduleResolution": "NodeNext",
            "target": "ES2022",
            "strict": True,
            "noEmit": True,
            "lib": ["ES2022", "DOM"],
            "types": [],
        },
        "files": ["typed.ts"],
    }
    (consumer / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    _run([str(TSC), "-p", "tsconfig.json"], consumer)

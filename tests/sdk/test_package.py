"""generated/python is a publishable package: it builds a wheel that installs and imports."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from generator.project import GENERATED, PROJECT

PACKAGE = GENERATED / "python"


def test_wheel_builds_installs_and_imports(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(PACKAGE),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = dist.glob("runapi-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for required in (
        "runapi/py.typed",
        "runapi/resources/seedance.pyi",
        "runapi/_schemas/seedance.json",
        "runapi/params/seedance.py",
        "runapi/types/seedance.py",
    ):
        assert required in names, required

    # A fresh virtualenv that sees the already-installed dependencies but not the project. It
    # gets no pip of its own (ensurepip is most of the test's time): this pip installs into it
    # (`--python` runs pip under the venv's interpreter).
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
        check=True,
    )
    python = venv / "bin" / "python"
    install = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python)),
            *("install", "--no-deps", "--no-index", "--quiet", str(wheel)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    probe = (
        "import runapi, pathlib; "
        "assert 'site-packages' in pathlib.Path(runapi.__file__).as_posix(), runapi.__file__; "
        "c = runapi.RunAPI(api_key='k'); c.seedance.text_to_video.validate("
        "model='seedance-2.0', prompt='a lake at dawn'); "
        "print(runapi.__version__, runapi.__api_version__)"
    )
    result = subprocess.run(
        [str(python), "-I", "-c", probe], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    # The SDK's own version (SDK_VERSION) and the API version it was generated from.
    sdk_version, api_version = result.stdout.split()
    assert sdk_version == (PROJECT / "SDK_VERSION").read_text(encoding="utf-8").strip()
    bundled = json.loads((GENERATED / "openapi.json").read_text(encoding="utf-8"))
    assert api_version == bundled["info"]["version"]

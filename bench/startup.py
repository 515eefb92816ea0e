"""Startup cost of the SDK: import + client construction, and the first use of one group."""

from __future__ import annotations

import subprocess
import sys

from _common import bench_python, interleaved_medians, margin_verdict

REPEAT = 21
IMPORT = "import runapi; runapi.RunAPI(api_key='k')"
GROUP = IMPORT + "; c = runapi.RunAPI(api_key='k'); c.seedance.text_to_video"
# The first call of a session also pays one-time imports (httpx, jsonschema for validation,
# pydantic for the response model). Reported, not a target: it is shared by every group.
FIRST_CALL = (
    "import httpx, runapi; answer = httpx.Response(202, json={'id': 't', 'status': 'processing'}); "
    "c = runapi.RunAPI(api_key='k', http_client=httpx.Client("
    "transport=httpx.MockTransport(lambda request: answer))); "
    "c.seedance.text_to_video.create(model='seedance-2.0', prompt='a lake at dawn')"
)


def main() -> int:
    python = str(bench_python())

    codes = ["pass", IMPORT, GROUP, FIRST_CALL]
    runs = [lambda c=code: subprocess.run([python, "-c", c], check=True) for code in codes]
    for warm in runs:  # the file cache warm and bytecode written before anything is timed
        warm()
    bare, imported, grouped, called = (s * 1000 for s in interleaved_medians(runs, REPEAT))
    print(f"medians of {REPEAT} interleaved runs; bare interpreter: {bare:.1f} ms")
    ok = margin_verdict("import runapi + RunAPI()", imported, "python -c pass", bare, "ms", 100)
    ok &= margin_verdict(
        "first use of client.seedance", grouped, "import runapi + RunAPI()", imported, "ms", 100
    )
    print(
        f"first call of the session (validate, send, parse; one-time imports included): "
        f"{called - imported:.1f} ms over import"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

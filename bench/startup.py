"""Startup cost of the SDK: import + client construction, and the first use of one group."""

from __future__ import annotations

import subprocess
import sys

from _common import bench_python, median_seconds, verdict

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

    def run(code: str) -> float:
        return median_seconds(lambda: subprocess.run([python, "-c", code], check=True), REPEAT)

    run("pass")  # warm the file cache
    bare, imported, grouped, called = run("pass"), run(IMPORT), run(GROUP), run(FIRST_CALL)
    print(f"bare interpreter: {bare * 1000:.1f} ms (median of {REPEAT})")
    ok = verdict("import runapi + RunAPI()", (imported - bare) * 1000, 100, "ms")
    ok &= verdict("first use of client.seedance", (grouped - imported) * 1000, 100, "ms")
    print(
        f"first call of the session (validate, send, parse; one-time imports included): "
        f"{(called - imported) * 1000:.1f} ms over import"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

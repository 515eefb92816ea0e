"""Per-call cost of the SDK against raw httpx, for the same requests and answers.

Primary figure (issue 12, goal 3): on `httpx.MockTransport`, so only client-side cost is timed
(validation on, request building, headers, JSON encoding, response parsing into models): a
create plus a get per call pair, ours <= 1.15x raw httpx. Secondary figure: the same calls to a
local HTTP server (sockets included), target 1.5x. Also: validation alone per create body, and
the import of one group's compiled validator (what `runapi ... --dry-run` adds for validation).

Runs are interleaved (raw, ours, raw, ours...) and the medians compared, so drift on a shared
machine hits both alike.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import runapi
from runapi import _validation

try:  # the shared reporting helper (bench/RESULTS.md), once it has landed
    from _common import ratio_verdict
except ImportError:  # pragma: no cover - the same line, printed only

    def ratio_verdict(
        name: str, ours: float, anchor_name: str, anchor: float, unit: str, target: float
    ) -> bool:
        ratio = ours / anchor
        ok = ratio <= target
        print(
            f"{name}: ours {ours:.1f} {unit} vs {anchor_name} {anchor:.1f} {unit} = "
            f"{ratio:.2f}x (target <= {target:g}x) {'ok' if ok else 'MISSED'}"
        )
        return ok


CALLS = 300  # per round against the local server
ROUNDS = 9
MOCK_CALLS = 100  # per round on the mock transport
MOCK_ROUNDS = 41
TASK = "550e8400-e29b-41d4-a716-446655440000"
CREATE_PATH = "/api/v1/seedance/text_to_video"
BODY = {
    "model": "seedance-1.5-pro",
    "prompt": "A cinematic drone shot of a mountain lake at sunrise",
    "aspect_ratio": "16:9",
    "duration_seconds": 8,
    "output_resolution": "720p",
    "callback_url": "https://example.com/hooks/runapi",
}
ACCEPTED = json.dumps({"id": TASK, "status": "processing"}).encode()
STATUS = json.dumps(
    {
        "id": TASK,
        "status": "completed",
        "videos": [{"url": "https://tempfile.runapi.ai/generated-video.mp4"}],
    }
).encode()
HEADERS = {"Content-Type": "application/json"}


def _answer(request: httpx.Request) -> httpx.Response:
    if request.method == "POST":
        return httpx.Response(202, headers=HEADERS, content=ACCEPTED)
    return httpx.Response(200, headers=HEADERS, content=STATUS)


def _medians(
    runs: list[Callable[[], object]], rounds: int, clock: Callable[[], float] = time.perf_counter
) -> list[float]:
    samples: list[list[float]] = [[] for _ in runs]
    for _ in range(rounds):
        for index, run in enumerate(runs):
            started = clock()
            run()
            samples[index].append(clock() - started)
    return [statistics.median(s) for s in samples]


def _pair(
    raw: httpx.Client, sdk: runapi.RunAPI, calls: int
) -> tuple[Callable[[], None], Callable[[], None]]:
    def raw_calls() -> None:
        for _ in range(calls):
            raw.post(CREATE_PATH, json=BODY).json()
            raw.get(f"{CREATE_PATH}/{TASK}").json()

    def sdk_calls() -> None:
        for _ in range(calls):
            sdk.seedance.text_to_video.create(**BODY)
            sdk.seedance.text_to_video.get(TASK)

    return raw_calls, sdk_calls


#: What the SDK's requests carry besides their credentials; raw httpx sends the same request.
COMMON = {"User-Agent": f"runapi-python/{runapi.__version__}", "Accept": "application/json"}
RAW_HEADERS = {**COMMON, "Authorization": "Bearer k"}


def mock_transport() -> bool:
    base = "https://runapi.test"
    raw = httpx.Client(base_url=base, headers=RAW_HEADERS, transport=httpx.MockTransport(_answer))
    # The httpx client handed to the SDK is configured as the one the SDK creates for itself
    # (its constant headers set once); the SDK adds the credentials per call.
    http = httpx.Client(headers=COMMON, transport=httpx.MockTransport(_answer))
    sdk = runapi.RunAPI(api_key="k", base_url=base, max_retries=0, http_client=http)
    raw_calls, sdk_calls = _pair(raw, sdk, MOCK_CALLS)
    raw_calls()
    sdk_calls()  # warm up: imports, the validator module, models
    # Nothing waits on I/O here, so the process's CPU time is the client's cost, and it is far
    # less disturbed than wall time by other work on a shared machine. Short batches, many
    # rounds, alternating.
    medians = _medians([raw_calls, sdk_calls], MOCK_ROUNDS, time.process_time)
    raw_time, sdk_time = (t / (2 * MOCK_CALLS) * 1e6 for t in medians)
    return ratio_verdict("per call, mock transport", sdk_time, "raw httpx", raw_time, "us", 1.15)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # One buffered write per answer and no Nagle: otherwise delayed ACKs add ~40 ms to every
    # request on loopback and hide the client's own cost.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True

    def _answer(self, status: int, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self._answer(202, ACCEPTED)

    def do_GET(self) -> None:
        self._answer(200, STATUS)

    def log_message(self, *args: Any) -> None:
        pass


def local_server() -> bool:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    raw = httpx.Client(base_url=base, headers=RAW_HEADERS)
    sdk = runapi.RunAPI(api_key="k", base_url=base, max_retries=0)
    raw_calls, sdk_calls = _pair(raw, sdk, CALLS)
    raw_calls()
    sdk_calls()
    raw_time, sdk_time = (t / (2 * CALLS) * 1e6 for t in _medians([raw_calls, sdk_calls], ROUNDS))
    server.shutdown()
    return ratio_verdict("per call, local server", sdk_time, "raw httpx", raw_time, "us", 1.5)


def validation_alone() -> None:
    """Validation of the create body, valid and invalid (informational)."""
    invalid = {**BODY, "duration_seconds": 5, "colour": "red"}
    for name, body in (("valid", BODY), ("invalid", invalid)):
        operation = "seedance.text_to_video.create"
        _validation.body_problems("seedance", operation, body)
        count = 20000
        started = time.perf_counter()
        for _ in range(count):
            _validation.body_problems("seedance", operation, body)
        per_call = (time.perf_counter() - started) / count * 1e6
        print(f"validation of a {name} create body: {per_call:.1f} us")


def validator_import() -> None:
    """Import time of one group's compiled validator in a fresh interpreter (bytecode cached, as
    in an installed package), and whether validating pulled in anything heavy."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(__file__).resolve().parent.parent / ".bench" / "pycache")
    for group in ("seedance", "suno"):
        code = (
            "import sys, time; import runapi._validation as v; t = time.perf_counter(); "
            f"v._bodies({group!r}); d = time.perf_counter() - t; "
            "heavy = [m for m in ('jsonschema', 'httpx', 'pydantic') if m in sys.modules]; "
            "print(f'{d * 1e3:.2f}', ','.join(heavy) or '-')"
        )
        command = [sys.executable, "-c", code]
        runs = [
            subprocess.run(command, capture_output=True, text=True, check=True, env=env)
            for _ in range(8)
        ][1:]  # the first writes the bytecode
        times = sorted(float(r.stdout.split()[0]) for r in runs)
        heavy = runs[0].stdout.split()[1]
        print(
            f"import of the {group} validator: {statistics.median(times):.2f} ms (median of "
            f"{len(runs)} fresh interpreters; jsonschema/httpx/pydantic loaded: {heavy})"
        )


def main() -> int:
    ok = mock_transport()
    ok = local_server() and ok
    validation_alone()
    validator_import()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

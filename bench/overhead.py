"""Per-call overhead of the SDK against raw httpx, on a local server, for the same requests."""

from __future__ import annotations

import json
import statistics
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import runapi
from _common import median_seconds, verdict

CALLS = 400
ROUNDS = 7
BODY = {
    "model": "seedance-1.5-pro",
    "prompt": "A cinematic drone shot of a mountain lake at sunrise",
    "aspect_ratio": "16:9",
    "duration_seconds": 8,
    "output_resolution": "720p",
}
ACCEPTED = json.dumps({"id": "550e8400-e29b-41d4-a716-446655440000", "status": "processing"})
STATUS = json.dumps(
    {
        "id": "550e8400-e29b-41d4-a716-446655440000",
        "status": "completed",
        "videos": [{"url": "https://tempfile.runapi.ai/generated-video.mp4"}],
    }
)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # One buffered write per answer and no Nagle: otherwise delayed ACKs add ~40 ms to every
    # request on loopback and hide the client's own cost.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True

    def _answer(self, status: int, text: str) -> None:
        payload = text.encode()
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


def main() -> int:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    headers = {"Authorization": "Bearer k"}
    raw = httpx.Client(base_url=base, headers=headers)
    sdk = runapi.RunAPI(api_key="k", base_url=base, max_retries=0)
    task = "550e8400-e29b-41d4-a716-446655440000"

    def raw_calls() -> None:
        for _ in range(CALLS):
            raw.post("/api/v1/seedance/text_to_video", json=BODY).json()
            raw.get(f"/api/v1/seedance/text_to_video/{task}").json()

    def sdk_calls() -> None:
        for _ in range(CALLS):
            sdk.seedance.text_to_video.create(**BODY)
            sdk.seedance.text_to_video.get(task)

    raw_calls()
    sdk_calls()  # warm up: imports, validators, connection pools
    raw_rounds, sdk_rounds = [], []
    for _ in range(ROUNDS):  # interleaved, so drift on the machine hits both alike
        raw_rounds.append(median_seconds(raw_calls, 1))
        sdk_rounds.append(median_seconds(sdk_calls, 1))
    raw_time = statistics.median(raw_rounds) / (2 * CALLS)
    sdk_time = statistics.median(sdk_rounds) / (2 * CALLS)
    print(
        f"raw httpx: {raw_time * 1e6:.0f} us/call, SDK: {sdk_time * 1e6:.0f} us/call "
        f"(median of {ROUNDS} rounds of {2 * CALLS} calls: create + get)"
    )
    ok = verdict("SDK / raw httpx", sdk_time / raw_time, 1.5, "x")
    server.shutdown()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

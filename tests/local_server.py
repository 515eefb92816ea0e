"""A test's HTTP server on 127.0.0.1, answering from a daemon thread for the length of a `with`."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import HTTPServer


@contextmanager
def serving(server: HTTPServer) -> Iterator[str]:
    """Serve `server` until the block ends (then shut it down and close it); yields its base
    URL, `http://127.0.0.1:<port>` (no trailing slash)."""
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        server.server_close()

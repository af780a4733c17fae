"""A loopback Greenhouse board that holds its answer until the test releases it: a pause in the middle of a run.

The CLI run fetches the board during its researcher step (after the planner's checkpoint); while the answer is
held, a test breaks the storage under the running process, then releases the answer and the run goes on into it.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.support.datasets import TEST_DATA

PAYLOAD = (TEST_DATA / "job_api_payloads" / "greenhouse_vercel_jobs_content-true_2026_trimmed.json").read_bytes()


class HeldBoard:
    """``asked`` is set when the jobs list is requested; the answer waits for ``release()`` (or 120 s)."""

    def __init__(self) -> None:
        self.asked = threading.Event()
        self._released = threading.Event()
        board = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                if "/jobs" not in self.path:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                board.asked.set()
                board._released.wait(timeout=120)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(PAYLOAD)))
                self.end_headers()
                self.wfile.write(PAYLOAD)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def release(self) -> None:
        """Let the held answer go."""
        self._released.set()

    def __enter__(self) -> HeldBoard:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
        self._server.shutdown()
        self._server.server_close()


assert json.loads(PAYLOAD)["jobs"]  # the recorded payload is a real Greenhouse jobs list

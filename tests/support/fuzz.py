"""Run the schemathesis CLI against a served CareerPilot API and count server errors (5xx)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SCHEMATHESIS = str(Path(sys.executable).with_name("schemathesis"))


def fuzz(url: str, key: str, max_examples: int, workdir: Path, phases: str | None = None) -> tuple[int, int, str]:
    """Run schemathesis; return (cases run, server errors, its summary)."""
    ndjson = workdir / "events.ndjson"
    command = [
        SCHEMATHESIS, "run", f"{url}/openapi.json", "-H", f"X-API-Key: {key}", "-c", "not_a_server_error",
        "-n", str(max_examples), "--seed", "1", "--report", "ndjson", "--report-ndjson-path", str(ndjson),
        # POST /runs starts real background runs and POST /jobs/{id}/documents launches Chromium per case.
        "--exclude-path-regex", "^/runs$|/documents$",
    ]  # fmt: skip
    if phases:
        command += ["--phases", phases]
    done = subprocess.run(command, capture_output=True, text=True, cwd=workdir, timeout=1800)
    output = done.stdout + done.stderr
    cases = sum(1 for line in ndjson.read_text().splitlines() if '"ScenarioFinished"' in line) if ndjson.exists() else 0
    generated = re.search(r"(\d+) generated", output)
    cases = int(generated.group(1)) if generated else cases
    server_errors = len(re.findall(r"ST101 Server error", output))
    tail = "\n".join(line for line in output.splitlines() if line.strip())[-3000:]
    return cases, server_errors, tail

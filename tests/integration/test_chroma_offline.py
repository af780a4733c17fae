"""Chroma with our MiniLM embedding function never opens a network connection (an audit hook watches)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

# Audit hooks cannot be removed once added, so the check runs in its own interpreter.
SCRIPT = textwrap.dedent(
    """
    import ipaddress, json, sys

    attempts = []

    def remote(address):
        if not isinstance(address, tuple):
            return False
        host = str(address[0])
        if host in ("localhost", ""):
            return False
        try:
            return not ipaddress.ip_address(host.split("%")[0]).is_loopback
        except ValueError:
            return True

    def audit(event, args):
        if event == "socket.connect" and remote(args[1]):
            attempts.append(f"connect {args[1]!r}")
        elif event == "socket.getaddrinfo" and args[0] not in ("localhost", "127.0.0.1", "::1", None):
            attempts.append(f"resolve {args[0]!r}")

    sys.addaudithook(audit)

    from careerpilot.memory.embeddings import LocalEmbedder
    from careerpilot.memory.vectors import JOBS, VectorStore, open_chroma

    store = VectorStore(open_chroma(__import__("pathlib").Path(sys.argv[1])), LocalEmbedder())
    texts = {"h1": "Senior Python engineer, PostgreSQL, AWS", "h2": "Account executive for SaaS sales"}
    vectors = store.vectors_for(JOBS, texts)
    nearest = store.similar(JOBS, "backend developer with Python", limit=2)
    print(json.dumps({"attempts": attempts, "dims": len(vectors["h1"]), "nearest": nearest[0]["id"]}))
    """
)


def test_chroma_and_embeddings_make_no_network_connection(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "chroma")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "HF_HUB_OFFLINE": "0"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["attempts"] == []
    assert report["dims"] == 384
    assert report["nearest"] == "h1"

"""A private PostgreSQL cluster (initdb + pg_ctl on a free loopback port) that a test may stop and start.

The machine's server on 5432 is shared; stopping it would break other tests. Debian's binaries refuse to run as
root, so the cluster runs as the ``postgres`` user from a directory it owns.
"""

from __future__ import annotations

import glob
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


class PrivateCluster:
    """Start with ``with PrivateCluster() as pg``; ``pg.url`` names a database; ``stop()``/``start()`` at will."""

    def __init__(self) -> None:
        bin_dir = _binaries()
        if bin_dir is None or shutil.which("runuser") is None:
            pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) or runuser are not installed")
        self._bin = bin_dir
        self._dir = Path(tempfile.mkdtemp(prefix="cp-pg-"))
        shutil.chown(self._dir, "postgres", "postgres")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *args], check=True, capture_output=True, timeout=120, cwd=self._dir
        )

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self._dir} -c fsync=off"
        log = str(self._dir / "server.log")  # the server must not hold our output pipes open
        self._run(str(self._bin / "pg_ctl"), "-D", str(self._dir / "data"), "-l", log, "-o", options, "-w", "start")

    def stop(self) -> None:
        """Stop the server at once, as a crash or an admin's ``immediate`` shutdown does."""
        self._run(str(self._bin / "pg_ctl"), "-D", str(self._dir / "data"), "-m", "immediate", "-w", "stop")

    def __enter__(self) -> PrivateCluster:
        self._run(str(self._bin / "initdb"), "-D", str(self._dir / "data"), "-A", "trust", "-U", "postgres")
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self._bin / "pg_ctl"), "-D", str(self._dir / "data"), "-m",
             "immediate", "stop"],
            capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        shutil.rmtree(self._dir, ignore_errors=True)

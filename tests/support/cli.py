"""The real CLI in a child process, with the settings that reach beyond loopback unset.

Each command runs in a process of its own, forked from one that imported the CLI once (``cli_zygote.py``): the
same ``app`` with its own environment, stdio and exit code, without 4-7 s of imports per command. What that import
printed is prefixed to every command's output, as a fresh interpreter would print it.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

UNSET = ("DATABASE_URL", "LLM_BASE_URL", "OPENAI_API_KEY")
ROOT = Path(__file__).resolve().parents[2]


class Zygote:
    """One ``cli_zygote.py`` process per test process, started on first use and asked for a child per command."""

    _lock = threading.Lock()
    _proc: subprocess.Popen[str] | None = None
    _imported: dict[str, str] = {}

    @classmethod
    def _started(cls) -> subprocess.Popen[str]:
        if cls._proc is None or cls._proc.poll() is not None:
            env = {k: v for k, v in os.environ.items() if k not in UNSET} | {"PYTHONPATH": str(ROOT)}
            cls._proc = subprocess.Popen(
                [sys.executable, "-m", "tests.support.cli_zygote"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
            )  # fmt: skip
            cls._imported = cls._reply(cls._proc)
            atexit.register(cls._stop)
        return cls._proc

    @classmethod
    def _stop(cls) -> None:
        if cls._proc is not None and cls._proc.stdin is not None:
            cls._proc.stdin.close()  # its request loop ends
            cls._proc.wait(timeout=30)

    @staticmethod
    def _reply(proc: subprocess.Popen[str]) -> dict[str, Any]:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the CLI zygote ended (exit {proc.wait()})")
        return dict(json.loads(line))

    @classmethod
    def run(cls, args: list[str], env: dict[str, str], cwd: Path | None, umask: int | None, timeout: float,
            input: str | None = None) -> Any:  # noqa: A002 - subprocess.run's name  # fmt: skip
        """Run one command in a forked child; return it as ``subprocess.run`` would (raises TimeoutExpired)."""
        with cls._lock, tempfile.TemporaryDirectory(prefix="cp-cli-") as tmp:
            proc = cls._started()
            assert proc.stdin is not None
            out, err, given = Path(tmp) / "out", Path(tmp) / "err", Path(tmp) / "in"
            if input is not None:
                given.write_text(input)
            request = {"args": args, "env": env, "cwd": str(cwd or os.getcwd()), "umask": umask,
                       "stdin": str(given) if input is not None else "", "out": str(out), "err": str(err)}  # fmt: skip
            proc.stdin.write(json.dumps(request) + "\n")
            proc.stdin.flush()
            pid = cls._reply(proc)["pid"]
            expired = threading.Event()

            def expire() -> None:
                expired.set()
                os.kill(pid, signal.SIGKILL)

            timer = threading.Timer(timeout, expire)
            timer.start()
            try:
                code = cls._reply(proc)["returncode"]
            finally:
                timer.cancel()
            command = [sys.executable, "-m", "careerpilot.cli", *args]
            if expired.is_set():
                raise subprocess.TimeoutExpired(command, timeout)
            stdout = cls._imported["stdout"] + out.read_text(errors="replace")
            stderr = cls._imported["stderr"] + err.read_text(errors="replace")
            return subprocess.CompletedProcess(command, code, stdout, stderr)


def careerpilot(
    *args: object,
    cwd: Path | None = None,
    timeout: float = 300,
    umask: int | None = None,
    env: dict[str, str] | None = None,
    input: str | None = None,  # noqa: A002 - subprocess.run's name
) -> subprocess.CompletedProcess[str]:
    """Run one CLI command to its end and return what it printed and its exit code (``env``: all of it)."""
    environment = env if env is not None else {k: v for k, v in os.environ.items() if k not in UNSET}
    return Zygote.run([str(a) for a in args], environment, cwd, umask, timeout, input)

"""How fast the CLI answers: wall time and peak RSS of ``careerpilot --help`` and ``careerpilot doctor``.

Prints the median of N runs per command, and the slowest imports of ``--help`` (``python -X importtime``).
Usage: python benchmarks/cli_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = [sys.executable, "-m", "careerpilot.cli"]


def measure(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Return (seconds, peak RSS in MB) of one run, read from /usr/bin/time."""
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", *CLI, *args], capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    rss_kb = int(done.stderr.strip().splitlines()[-1])
    return elapsed, rss_kb / 1024


def slowest_imports(env: dict[str, str], top: int = 8) -> list[tuple[int, str]]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "careerpilot.cli", "--help"], capture_output=True, text=True, env=env
    )
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|(\s*)(\S+)", line)
        if match and len(match.group(2)) <= 2:  # top-level imports only
            rows.append((int(match.group(1)), match.group(3)))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "CAREERPILOT_DATA_DIR": data_dir}
        for args in (["--help"], ["doctor"]):
            samples = [measure(args, env) for _ in range(runs)]
            seconds = statistics.median(s for s, _ in samples)
            rss = statistics.median(r for _, r in samples)
            print(f"careerpilot {' '.join(args):<8} median {seconds:.2f} s, peak RSS {rss:.0f} MB ({runs} runs)")
        print("slowest top-level imports of --help (cumulative µs):")
        for micros, module in slowest_imports(env):
            print(f"  {micros:>9,}  {module}")
    print(f"python {sys.version.split()[0]}, load {os.getloadavg()[0]:.2f}, {Path(sys.executable).parent.parent}")


if __name__ == "__main__":
    main()

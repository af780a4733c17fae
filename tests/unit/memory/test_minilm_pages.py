"""The embedder lets go of the mapped weights it has copied (memory/minilm.py:release_pages)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from careerpilot.memory.minilm import release_pages


def _file_kb() -> int:
    status = Path("/proc/self/status").read_text()
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("RssFile:"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="madvise and /proc")
def test_released_pages_leave_the_rss_and_read_back_the_same(tmp_path):
    values = np.arange(4 << 20, dtype=np.float32)  # 16 MB
    path = tmp_path / "weights.bin"
    values.tofile(path)
    mapped = np.memmap(path, dtype=np.float32, mode="r")
    assert float(mapped.sum(dtype=np.float64)) == float(values.sum(dtype=np.float64))  # every page read in
    held = _file_kb()
    release_pages(mapped)
    assert held - _file_kb() >= 15 << 10
    assert np.array_equal(mapped, values)

"""Opening the data directory from several processes at once never reads as "not writable"."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from careerpilot.domain.errors import StorageError
from careerpilot.services import _open_data_dir


def test_the_data_directory_opened_at_once_from_many_places_is_writable_every_time(tmp_path: Path) -> None:
    data = tmp_path / "data"

    def open_many(_: int) -> int:
        for _ in range(200):
            _open_data_dir(data)
        return 1

    with ThreadPoolExecutor(max_workers=4) as pool:  # a shared probe name failed here within a few hundred opens
        assert sum(pool.map(open_many, range(4))) == 4
    assert [p.name for p in data.iterdir()] == []  # no probe left behind


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_data_directory_is_one_readable_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o500)
    with pytest.raises(StorageError, match="not writable"):
        _open_data_dir(data)

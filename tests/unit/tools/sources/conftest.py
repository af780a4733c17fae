import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.support.shared_data import SHARED_DATA

REPO = Path(__file__).resolve().parents[4]
EXAMPLE_POSTINGS = REPO / "examples" / "postings"


def _shared_path(relative: str) -> Path:
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.skip(f"shared test data not found: {path}")
    return path


@pytest.fixture
def shared_path() -> Callable[[str], Path]:
    """Return a function giving the path of a file under ../shared/data (skips when it is absent)."""
    return _shared_path


@pytest.fixture
def shared_json() -> Callable[[str], Any]:
    """Return a function loading a JSON file under ../shared/data."""
    return lambda relative: json.loads(_shared_path(relative).read_text(encoding="utf-8"))


@pytest.fixture
def shared_text() -> Callable[[str], str]:
    """Return a function reading a text file under ../shared/data."""
    return lambda relative: _shared_path(relative).read_text(encoding="utf-8")

"""Fixtures shared by the matching tests."""

from __future__ import annotations

import pytest

from careerpilot.matching.service import MatchingService
from careerpilot.memory.vectors import VectorStore, open_chroma


@pytest.fixture
def service(tmp_path, embedder) -> MatchingService:
    """A matching service over an empty embedded Chroma in the test's own directory."""
    return MatchingService(VectorStore(open_chroma(tmp_path / "chroma"), embedder))

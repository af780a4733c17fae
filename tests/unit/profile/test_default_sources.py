"""Default sources: what a run searches when it is started without any."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerpilot.domain.errors import InputError
from careerpilot.domain.runs import JobSources
from careerpilot.profile.service import ProfileService

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def test_stored_sources_win_over_the_sources_file_and_folders_are_stored_absolute(tmp_path, monkeypatch):
    service = ProfileService(tmp_path, sources_file=EXAMPLES / "sources.yaml")
    assert service.sources() == [str(EXAMPLES / "sources.yaml")]  # nothing stored: SOURCES_FILE
    monkeypatch.chdir(EXAMPLES)
    stored = service.save_sources(JobSources(sources=["postings", "greenhouse:vercel"]))
    assert stored.sources == [f"local:{EXAMPLES / 'postings'}", "greenhouse:vercel"]
    assert ProfileService(tmp_path).sources() == stored.sources  # read back by a new service


def test_a_source_that_cannot_be_read_is_refused_and_nothing_is_stored(tmp_path):
    service = ProfileService(tmp_path)
    with pytest.raises(InputError, match="no-such-folder"):
        service.save_sources(JobSources(sources=[str(tmp_path / "no-such-folder")]))
    assert service.sources() == []
    with pytest.raises(InputError, match="store your usual ones first"):
        service.run_inputs([])

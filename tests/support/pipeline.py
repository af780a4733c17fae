"""Helpers to run the real graph on examples/ from tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

from careerpilot.domain.runs import RunInputs
from careerpilot.runs.service import Progress, build_inputs

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def example_inputs(goal: str = "senior full-stack roles in the Bay Area") -> RunInputs:
    """Return validated inputs for the example profile, resume, filters and postings."""
    return build_inputs(
        EXAMPLES / "profile.yaml",
        EXAMPLES / "resume.json",
        [str(EXAMPLES / "postings")],
        goal,
        EXAMPLES / "job_filters.yaml",
    )


async def drain(stream: AsyncIterator[Progress]) -> list[Progress]:
    """Consume a run's progress stream and return it."""
    return [progress async for progress in stream]

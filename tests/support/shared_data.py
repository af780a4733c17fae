"""Where the shared, read-only test data (real resumes, job payloads) lives: ../shared/data beside the repo."""

from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"

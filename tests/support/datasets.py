"""Where the read-only test data (real resumes, job payloads, career pages, rjdb pairs) lives: tests/data.

Each folder's PROVENANCE.md says where its files come from and under which licence.
"""

from pathlib import Path

TEST_DATA = Path(__file__).resolve().parents[1] / "data"

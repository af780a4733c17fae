"""One score per (job, resume): `careerpilot run`, GET /jobs/{id}/match, MCP match_job and POST /jobs/from-page agree,
before and after 1,000 unrelated postings are stored (and ranked with it, in the run)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from mcp import Client
from typer.testing import CliRunner

from careerpilot.cli import app
from careerpilot.domain.jobs import JobPosting
from careerpilot.mcp_server.server import create_server
from careerpilot.memory.sql import Store
from careerpilot.services import Services
from tests.support.api import EXAMPLES, ApiServer, prepared_settings

pytestmark = pytest.mark.slow

URL = "https://careers.initech.example/jobs/42"
TARGET = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Senior Full Stack Engineer",
    "url": URL,
    "hiringOrganization": {"@type": "Organization", "name": "Initech"},
    "jobLocationType": "TELECOMMUTE",
    "employmentType": "FULL_TIME",
    "description": (
        "<p>We build the billing platform small businesses run on.</p><h3>Requirements</h3><ul>"
        "<li>5+ years building web applications with TypeScript, React and Node.js</li>"
        "<li>Experience with PostgreSQL and REST APIs</li><li>AWS or GCP in production</li></ul>"
        "<h3>Nice to have</h3><ul><li>GraphQL</li><li>Kubernetes</li></ul>"
    ),
}
# words of the example resume (and a few of the target's): statistics taken from the stored postings would move
SHARED = [
    "monitoring", "data", "call", "science", "production", "systems", "scheduling", "team", "pipelines", "analytics",
    "product", "customer", "health", "patient", "clinics", "appointment", "booking", "platform", "billing", "web",
    "Python scripts", "Linux", "GitHub", "Docker", "MySQL", "pandas", "dashboards", "schemas", "interfaces", "REST",
]  # fmt: skip
TRADES = ["Line Cook", "Warehouse Associate", "Dental Assistant", "Truck Driver", "Electrician", "Bookkeeper"]


def _page(posting: dict[str, Any]) -> str:
    return f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body></body></html>'


def _others(count: int) -> list[JobPosting]:
    """Return unrelated postings, each with its own text (no two share a content hash)."""
    return [
        JobPosting(
            id=f"other{i:04d}",
            source="test",
            title=f"{TRADES[i % len(TRADES)]} {i}",
            company=f"Company {i % 37}",
            description_text=(
                f"Requirements:\n- {1 + i % 5}+ years as a {TRADES[i % len(TRADES)].lower()}\n"
                f"- Shift {i % 3 + 1}, site {i}, valid driver's license\n- Reliable, punctual, team player\n"
                f"- Use our {SHARED[i % len(SHARED)]}, {SHARED[(i * 7) % len(SHARED)]}"
                f" and {SHARED[(i * 11) % len(SHARED)]}"
            ),
        )
        for i in range(count)
    ]


def _run_score(folder: Path, settings: Any, ranked: int) -> float:
    """Run `careerpilot run` over a folder of postings (``ranked`` of them); return the target's stored score."""
    args = ["--profile", EXAMPLES / "profile.yaml", "--resume", EXAMPLES / "resume.json", "--source", folder]
    ran = CliRunner().invoke(app, ["run", *map(str, [*args, "--data-dir", settings.data_path])])
    assert ran.exit_code == 0, ran.output
    store = Store.open(settings.sql_url)
    try:
        run = store.list_runs(1)[0]
        jobs = {m.job_id: m for m, _ in store.matches_for_run(run.id)}
        assert len(jobs) == ranked, (len(jobs), ran.output[-2000:])
        target = [j for j in store.get_jobs(list(jobs)).values() if j.title == TARGET["title"]]
        assert len(target) == 1
        return jobs[target[0].id].score
    finally:
        store.close()


def _api_scores(settings: Any, key: str, embedder: Any, job_id: str) -> tuple[float, float, str]:
    with (
        ApiServer(settings, embedder) as api,
        httpx.Client(base_url=api.url, headers={"X-API-Key": key}, timeout=120) as client,
    ):
        created = client.post("/jobs/from-page", json={"url": URL, "jsonld": TARGET})
        assert created.status_code == 201, created.text
        stored_id = job_id or created.json()["job"]["id"]
        matched = client.get(f"/jobs/{stored_id}/match")
        assert matched.status_code == 200, matched.text
    return created.json()["match"]["score"], matched.json()["match"]["score"], stored_id


async def _mcp_score(settings: Any, embedder: Any, job_id: str) -> float:
    server = create_server(lambda: Services.open(settings, embedder))
    async with Client(server) as client:
        result = await client.call_tool("match_job", {"job_id": job_id})
        assert not result.is_error, result.content
        return float(result.structured_content["match"]["score"])


def test_the_same_job_scores_identically_on_every_path_and_with_1000_other_postings(tmp_path, embedder):
    settings, key = prepared_settings(tmp_path / "data")
    folder = tmp_path / "postings"
    folder.mkdir()
    (folder / "initech.html").write_text(_page(TARGET), encoding="utf-8")

    scores: dict[str, float] = {}
    scores["run"] = _run_score(folder, settings, 1)
    scores["from-page"], scores["GET match"], job_id = _api_scores(settings, key, embedder, "")
    scores["MCP match_job"] = asyncio.run(_mcp_score(settings, embedder, job_id))

    others = _others(1000)
    store = Store.open(settings.sql_url)
    try:
        store.upsert_jobs(others)
    finally:
        store.close()
    (folder / "others.jsonl").write_text("\n".join(o.model_dump_json() for o in others) + "\n", encoding="utf-8")

    after: dict[str, float] = {}
    after["run"] = _run_score(folder, settings, 1001)  # ranked among 1,001 postings
    after["from-page"], after["GET match"], _ = _api_scores(settings, key, embedder, job_id)
    after["MCP match_job"] = asyncio.run(_mcp_score(settings, embedder, job_id))

    assert len(set(scores.values())) == 1, scores
    assert after == scores, (scores, after)
    assert 0 < scores["run"] <= 100

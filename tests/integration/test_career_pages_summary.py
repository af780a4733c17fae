"""Career pages through discovery and the faces: expired postings stored closed, stable ids on a re-read, the
per-source summary (printed by ``careerpilot search``, kept in the run notes) and the extension's capture.

Pages are corpus pages (tests/data/career_pages/corpus, PROVENANCE.md Source C) served on loopback; the store is
a real SQLite database; the CLI runs as a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import httpx
import pytest

from careerpilot.config import Settings
from careerpilot.discovery.service import DiscoveryService
from careerpilot.domain.errors import SourceError
from careerpilot.memory.sql import Store
from careerpilot.memory.tables import JobRow
from tests.support.api import ApiServer, prepared_settings
from tests.support.board_server import BoardServer, Canned
from tests.support.career_corpus import PAGES
from tests.support.cli import careerpilot

BROKEN = '<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "x</script></head></html>'
EMPTY = "<html><body><h1>Careers</h1><p>No openings right now.</p>" + "<p>Text.</p>" * 40 + "</body></html>"


def _corpus(name: str) -> str:
    return (PAGES / "corpus" / f"{name}.html").read_text(encoding="utf-8")


def _two_postings_one_expired() -> str:
    block = json.dumps(
        [
            {
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": "Open Role",
                "validThrough": "2099-01-01",
            },
            {
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": "Old Role",
                "validThrough": "2020-01-31",
            },
        ]
    )
    return f'<html><head><script type="application/ld+json">{block}</script></head><body></body></html>'


@pytest.fixture
def site():
    with BoardServer() as server:
        server.route("/robots.txt", Canned(404, "no"))
        server.route("/multi", Canned(200, _corpus("three_postings_no_urls")))
        server.route("/mixed", Canned(200, _two_postings_one_expired()))
        server.route("/broken", Canned(200, BROKEN))
        server.route("/empty", Canned(200, EMPTY))
        yield server


@pytest.fixture
def discovery(tmp_path, site):
    settings = Settings(
        _env_file=None, data_dir=tmp_path / "data", http_per_host_rate=1000, career_pages_js_fallback=False
    )
    store = Store.open(settings.sql_url)
    yield DiscoveryService(store, settings)
    store.close()


async def test_three_postings_without_urls_are_stored_as_three_and_keep_their_ids(discovery, site):
    first = await discovery.discover([f"careers:{site.url}/multi"])
    again = await discovery.discover([f"careers:{site.url}/multi"])

    assert len(first.job_ids) == 3 and first.duplicates == 0
    assert again.job_ids == first.job_ids and again.new == 0
    assert {job.title for job in discovery.store.list_jobs()} == {"Backend Engineer", "Data Analyst"}
    assert len(discovery.store.list_jobs()) == 3


async def test_an_expired_posting_is_stored_closed_never_ranked_and_shown_as_expired(discovery, site):
    result, shown = await discovery.search([f"careers:{site.url}/mixed"])

    (open_id,) = result.job_ids  # what ranking receives
    (expired_id,) = result.expired_ids
    assert discovery.store.get_job(open_id).title == "Open Role"
    assert [job.title for job in discovery.store.list_jobs()] == ["Open Role"]
    with discovery.store.session() as s:
        assert s.get(JobRow, expired_id).closed is True
    assert [(job.title, job.expired()) for job in shown] == [("Open Role", False), ("Old Role", True)]
    assert "1 expired (stored closed, not ranked)" in result.summaries[0]


async def test_the_summary_says_what_each_career_source_read_and_why_nothing(discovery, site):
    with pytest.raises(SourceError) as failed:
        await discovery.discover([f"careers:{site.url}/broken", f"careers:{site.url}/empty"])

    message = str(failed.value)
    assert "JSON-LD block 1 is not valid JSON" in message
    assert "the page's structured data could not be read" in message
    assert f"careers:{site.url}/empty: 1 page(s) read, 0 posting(s)" in message
    assert "the page holds no schema.org JobPosting and links to no same-site page" in message


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    env |= {"CAREERPILOT_DATA_DIR": str(tmp_path / "data"), "HTTP_PER_HOST_RATE": "1000", "COLUMNS": "400"}
    env |= {"CAREER_PAGES_JS_FALLBACK": "false"}
    return careerpilot("search", *args, env=env, cwd=tmp_path)


def test_search_prints_why_a_page_yields_nothing_with_the_usual_exit_code(tmp_path, site):
    run = _cli(tmp_path, "--source", f"careers:{site.url}/empty")

    assert run.returncode == SourceError.exit_code == 1
    assert "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: no job postings found: ")
    assert "1 page(s) read, 0 posting(s)" in lines[0]
    assert "likely cause: the page holds no schema.org JobPosting" in lines[0]
    assert "try: the URL of one posting" in lines[0]


def test_search_prints_a_summary_line_per_source_and_marks_expired_postings(tmp_path, site):
    run = _cli(tmp_path, "--source", f"careers:{site.url}/mixed")

    assert run.returncode == 0, run.stderr
    assert f"source careers:{site.url}/mixed: 1 page(s) read, 2 posting(s)" in run.stdout
    assert "1 expired (stored closed, not ranked)" in run.stdout
    assert "Old Role (expired 2020-01-31)" in run.stdout


@pytest.mark.slow
def test_the_extension_capture_reads_a_graph_page_through_the_same_reader(tmp_path, embedder):
    settings, key = prepared_settings(tmp_path / "data")
    page = _corpus("yoast_graph_org_ref")
    with (
        ApiServer(settings, embedder) as server,
        httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=60) as client,
    ):
        created = client.post("/jobs/from-page", json={"url": "https://shop.example/careers/cook/", "html": page})

    assert created.status_code == 201, created.text
    job = created.json()["job"]
    assert (job["title"], job["company"], job["remote"]) == ("Cook", "Shop & Co", False)

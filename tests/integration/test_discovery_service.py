"""Discovery end to end over real HTTP: a loopback server replays the real board payloads in
tests/data/job_api_payloads; the store is a real SQLite database; the CLI runs as a subprocess."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from careerpilot.config import Settings
from careerpilot.discovery.service import DiscoveryService, load_source_specs
from careerpilot.domain.errors import SourceError
from careerpilot.memory.sql import Store
from tests.support.board_server import BoardServer, Canned, base_urls, payload, replay_boards
from tests.support.cli import careerpilot

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def boards():
    with BoardServer() as server:
        yield replay_boards(server)


def _settings(tmp_path: Path, server: BoardServer, **extra) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        http_per_host_rate=1000,
        http_backoff_s=0.01,
        http_max_retries=1,
        browser_loopback_only=True,
        source_base_urls=base_urls(server),
        **extra,
    )


@pytest.fixture
def discovery(tmp_path, boards):
    settings = _settings(tmp_path, boards)
    store = Store.open(settings.sql_url)
    yield DiscoveryService(store, settings)
    store.close()


async def test_a_source_that_is_down_is_named_and_the_rest_of_the_run_is_kept(discovery, boards):
    boards.route("/v1/boards/down/jobs", Canned(500, "internal error"))

    result = await discovery.discover(["greenhouse:vercel", "greenhouse:down", "lever:spotify", "ashby:linear"])

    assert list(result.failed_sources) == ["greenhouse:down"]
    assert "HTTP 500 after 2 attempt(s)" in result.failed_sources["greenhouse:down"]
    assert result.per_source["greenhouse:vercel"] == 2 and result.per_source["ashby:linear"] == 2
    assert len(result.job_ids) == result.new == result.fetched - result.duplicates
    assert len(discovery.store.get_jobs(result.job_ids)) == len(result.job_ids)


async def test_when_every_source_fails_the_error_names_each_of_them(discovery, boards):
    with pytest.raises(SourceError, match=r"greenhouse:nope: .*HTTP 404.*lever:gone: .*HTTP 404"):
        await discovery.discover(["greenhouse:nope", "lever:gone"])


async def test_a_daily_rerun_fetches_only_what_changed_and_closes_what_vanished(discovery, boards):
    first = await discovery.discover(["greenhouse:vercel", "workable:zego"])

    again = await discovery.discover(["greenhouse:vercel", "workable:zego"])
    assert sorted(again.unchanged_sources) == ["greenhouse:vercel", "workable:zego"]
    assert again.fetched == 0 and sorted(again.job_ids) == sorted(first.job_ids)

    shrunk = payload("greenhouse_vercel_jobs_content-true_2026_trimmed.json")
    gone = shrunk["jobs"].pop()
    boards.route("/v1/boards/vercel/jobs", shrunk)
    third = await discovery.discover(["greenhouse:vercel", "workable:zego"])

    assert third.unchanged_sources == ["workable:zego"]
    assert third.closed == 1
    assert len(third.job_ids) == len(first.job_ids) - 1
    open_titles = {job.title for job in discovery.store.list_jobs()}
    assert gone["title"] not in open_titles
    closed_id = (set(first.job_ids) - set(third.job_ids)).pop()
    assert discovery.store.get_job(closed_id).title == gone["title"]  # closed, not deleted


async def test_the_same_job_on_the_ats_and_the_company_career_page_is_stored_once(discovery, boards):
    job = payload("greenhouse_vercel_jobs_content-true_2026_trimmed.json")["jobs"][0]
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": job["title"],
        "url": f"https://vercel.com/careers/ae?gh_jid={job['id']}",
        "hiringOrganization": {"@type": "Organization", "name": "Vercel"},
        "description": "<p>Sell Vercel.</p>",
    }
    page = f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body></body></html>'
    boards.route("/careers/ae", Canned(200, page))

    result = await discovery.discover(["greenhouse:vercel", f"careers:{boards.url}/careers/ae"])

    assert result.duplicates == 1 and len(result.job_ids) == 2
    merged = discovery.store.get_jobs(result.job_ids)
    sources = [s["source"] for p in merged.values() for s in p.raw.get("sources", [])]
    assert sorted(sources) == ["greenhouse", "jsonld"]


def test_the_example_sources_file_expands_to_specs():
    specs = load_source_specs(ROOT / "examples" / "sources.yaml")

    assert f"local:{ROOT / 'examples' / 'postings'}" in specs
    assert "greenhouse:vercel" in specs and "remoteok" in specs
    assert any(spec.startswith("jobspy:") and "q=python" in spec for spec in specs)


def test_careerpilot_search_prints_a_table_and_exports_csv_and_json(tmp_path, boards):
    out_csv, out_json = tmp_path / "found.csv", tmp_path / "found.json"
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_BASE_URLS" and not k.endswith("_API_KEY")}
    env |= {"SOURCE_BASE_URLS": f"greenhouse={boards.url},workable={boards.url}", "HTTP_PER_HOST_RATE": "1000"}
    env |= {"CAREERPILOT_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "250"}
    args = ["search", "--source", "greenhouse:vercel", "--source", "workable:zego", "--source", "greenhouse:down"]

    run = careerpilot(*args, "-o", out_csv, env=env, cwd=tmp_path)
    again = careerpilot("search", "--source", "greenhouse:vercel", "-o", out_json, env=env, cwd=tmp_path)
    assert again.returncode == 0, again.stderr

    assert run.returncode == 0, run.stderr
    assert "Analytics Engineer" in run.stdout and "Account Executive, Commercial" in run.stdout
    assert "source greenhouse:down failed" in run.stderr
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert {row["company"] for row in rows} == {"Vercel", "Zego"}
    assert [p["title"] for p in json.loads(out_json.read_text())] == [
        "Account Executive, Commercial",
        "Account Executive, Majors",
    ]

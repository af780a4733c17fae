"""A person starts from nothing over MCP: profile, resume and filters through tools, then a run, its matches and one
explanation; errors on the way read as one sentence."""

from __future__ import annotations

import json

import pytest
import yaml
from mcp import Client, MCPError

from careerpilot.config import Settings
from careerpilot.mcp_server.server import create_server
from careerpilot.services import Services
from tests.support.api import EXAMPLES
from tests.support.mcp_workflow import call, stdio_server

pytestmark = pytest.mark.slow
PASTED_RESUME = """# Sam Rivera
sam.rivera@example.com | Berlin, Germany

## Summary
Backend engineer building Python services and data pipelines.

## Experience
### Senior Software Engineer, Acme GmbH
Jan 2020 - Present
- Built Python and PostgreSQL services handling payments
- Ran Kubernetes deployments for twelve teams

## Skills
Python, PostgreSQL, Kubernetes, FastAPI
"""


def _example(name: str) -> dict:
    return yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))


def _in_process(tmp_path, embedder):
    settings = Settings(_env_file=None, data_dir=tmp_path / "data")
    return Client(create_server(lambda: Services.open(settings, embedder)))


async def _error(client: Client, name: str, **arguments) -> str:
    result = await client.call_tool(name, arguments)
    assert result.is_error, (name, result.structured_content)
    return result.content[0].text


async def test_a_person_sets_up_runs_and_reads_a_match_over_stdio_from_an_empty_data_dir(tmp_path):
    data_dir = tmp_path / "data"
    transcript: list[str] = []
    async with Client(stdio_server(data_dir, tmp_path), read_timeout_seconds=180) as client:
        missing = await _error(client, "get_profile")
        transcript.append(f"get_profile -> error: {missing}")
        assert missing == "get_profile: no profile stored yet: store one with PUT /profile or the MCP tool set_profile"

        profile = await call(client, "set_profile", profile=_example("profile.yaml"))
        transcript.append(f"set_profile -> stored {profile['contact']['name']}")
        resume = await call(client, "set_resume", resume=_example("resume.json"))
        transcript.append(f"set_resume -> stored {len(resume['work'])} jobs, {len(resume['skills'])} skill groups")
        filters = await call(client, "set_filters", filters=_example("job_filters.yaml"))
        transcript.append(f"set_filters -> salary_min {filters['salary_min']}, {filters['employment_types']}")
        stored = json.loads((await client.read_resource("careerpilot://filters")).contents[0].text)
        transcript.append(f"read careerpilot://filters -> excluded_keywords {stored['excluded_keywords']}")
        assert stored["excluded_keywords"] == filters["excluded_keywords"]

        run = await call(client, "start_run", sources=[str(EXAMPLES / "postings")], goal="full-stack roles")
        counts = (run["submitted"], run["needs_you"], run["failed"])
        transcript.append(f"start_run -> {run['run']['status']}, {len(run['top'])} ranked, {len(run['pending'])} "
                          f"pending, submitted/needs_you/failed {counts}")  # fmt: skip
        assert run["run"]["status"] == "awaiting_review" and run["top"] and counts == (0, 0, 0)

        matches = (await call(client, "get_run", run_id=run["run"]["id"]))["top"]
        best = matches[0]
        transcript.append(f"get_run -> best match {best['job']['title']} at {best['job']['company']} ({best['score']})")
        explained = await call(client, "match_job", job_id=best["job"]["id"])
        reasons = explained["match"]["reasons"]
        transcript.append(f"match_job -> score {explained['match']['score']}, {len(reasons)} reasons: {reasons[0]}")
        assert explained["match"]["job_id"] == best["job"]["id"] and reasons

    print("\n".join(transcript))
    assert {p.name for p in data_dir.glob("*.json")} >= {"profile.json", "resume.json", "job_filters.json"}


async def test_a_pasted_resume_is_imported_stored_and_says_what_it_guessed(tmp_path, embedder):
    async with _in_process(tmp_path, embedder) as client:
        parsed = await call(client, "import_resume", text=PASTED_RESUME)
        stored = await call(client, "get_resume")
        both = await _error(client, "import_resume", path="resume.pdf", text=PASTED_RESUME)

    assert parsed["resume"]["basics"]["name"] == "Sam Rivera" == stored["basics"]["name"]
    assert "Python" in json.dumps(stored["skills"]) and isinstance(parsed["uncertain"], list)
    assert "give exactly one of path" in both


async def test_an_argument_that_fails_its_schema_is_one_sentence_naming_it(tmp_path, embedder):
    async with _in_process(tmp_path, embedder) as client:
        no_email = await _error(client, "set_profile", profile={"contact": {"name": "Sam"}})
        currency = await _error(client, "set_filters", filters={"salary_currency": "DOLLARS"})

    assert no_email == "set_profile: argument profile.contact.email: field required"
    assert currency.startswith("set_filters: argument filters.salary_currency: value error, must be an ISO 4217")
    assert "validation error" not in no_email + currency and "\n" not in no_email + currency


async def test_start_run_without_sources_says_what_to_pass(tmp_path, embedder):
    async with _in_process(tmp_path, embedder) as client:
        message = await _error(client, "start_run")
        none_stored = await _error(client, "get_sources")

    assert message == (
        "start_run: sources: give at least one job source, or store your usual ones first (MCP tool set_sources, "
        "PUT /sources): a folder of saved postings (such as examples/postings), "
        "or a board spec: 'greenhouse:COMPANY', 'lever:COMPANY', 'ashby:COMPANY', 'workable:COMPANY', "
        "'careers:https://COMPANY/careers', 'remoteok', 'hn' (docs/discovery.md lists them all)"
    )
    assert none_stored == "get_sources: no default sources stored yet: store your usual ones with set_sources"


async def test_start_run_without_sources_searches_the_stored_default_sources(tmp_path, embedder):
    async with _in_process(tmp_path, embedder) as client:
        await call(client, "set_profile", profile=_example("profile.yaml"))
        await call(client, "set_resume", resume=_example("resume.json"))
        missing = await _error(client, "set_sources", sources=[str(EXAMPLES / "no-such-folder")])
        stored = await call(client, "set_sources", sources=[str(EXAMPLES / "postings")])
        listed = json.loads((await client.read_resource("careerpilot://sources")).contents[0].text)
        run = await call(client, "start_run", goal="full-stack roles")

    assert "no-such-folder" in missing and missing.startswith("set_sources: ")
    assert stored == {"sources": [f"local:{EXAMPLES / 'postings'}"]} == listed
    assert run["run"]["status"] == "awaiting_review" and run["top"]


async def test_an_unknown_resource_is_a_not_found_that_lists_the_resources(tmp_path, embedder):
    async with _in_process(tmp_path, embedder) as client:
        with pytest.raises(MCPError) as unknown:
            await client.read_resource("careerpilot://settings")
        with pytest.raises(MCPError) as no_resume:
            await client.read_resource("careerpilot://resume")

    assert unknown.value.error.message.startswith("no resource careerpilot://settings: CareerPilot serves")
    assert "careerpilot://filters" in unknown.value.error.message
    assert no_resume.value.error.message.startswith("no resume stored yet")


async def test_the_setup_prompt_walks_through_onboarding_and_find_jobs_uses_stored_sources(tmp_path, embedder):
    async with _in_process(tmp_path, embedder) as client:
        setup = (await client.get_prompt("setup")).messages[0].content.text
        find = (await client.get_prompt("find_jobs", {})).messages[0].content.text
        given = (await client.get_prompt("find_jobs", {"sources": "greenhouse:vercel"})).messages[0].content.text

    tools = ("set_profile", "import_resume", "set_resume", "set_filters", "get_sources", "set_sources", "find_jobs")
    assert all(tool in setup for tool in tools)
    assert "Use start_run without sources: it searches my stored default sources" in find
    assert "store them with set_sources" in find
    assert "Use start_run with these sources: greenhouse:vercel." in given

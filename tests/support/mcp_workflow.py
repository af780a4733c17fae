"""Drive every CareerPilot MCP tool, resource and prompt through one client session (any transport)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import mcp_types as types
from mcp import Client, StdioServerParameters

from tests.support.api import EXAMPLES

TOOLS = {
    "search_jobs", "get_job", "match_job", "company_brief", "tailor_resume", "cover_letter", "list_applications",
    "start_run", "get_run", "list_pending_approvals", "approve_application", "reject_application",
    "apply_to_application", "update_application_status", "repair_stranded",
    "get_profile", "set_profile", "get_resume", "set_resume", "import_resume", "get_filters", "set_filters",
    "get_sources", "set_sources",
}  # fmt: skip
PROMPTS = {"setup", "find_jobs", "prepare_application", "weekly_review"}
ROOT = Path(__file__).resolve().parents[2]
# The server of this checkout, whichever checkout the virtualenv was installed from.
SERVER = [sys.executable, "-m", "careerpilot.cli", "mcp"]
DESTRUCTIVE = {"approve_application", "reject_application", "apply_to_application", "update_application_status"}


@dataclass
class Person:
    """The person at an MCP client: answers each elicitation (accept or decline) and keeps what they were shown."""

    answer: Literal["accept", "decline", "cancel"] = "accept"
    shown: list[str] = field(default_factory=list)

    async def __call__(self, context: Any, params: types.ElicitRequestParams) -> types.ElicitResult:
        """Answer one elicitation request as this person would."""
        self.shown.append(params.message)
        if self.answer == "accept":
            return types.ElicitResult(action="accept", content={"approve": True})
        return types.ElicitResult(action=self.answer)


def stdio_server(data_dir: Path, home: Path) -> StdioServerParameters:
    """Return how to spawn ``careerpilot mcp`` over stdio on a data directory, with nothing else of the caller's."""
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "CAREERPILOT_DATA_DIR": str(data_dir),
        "PYTHONPATH": str(ROOT),
    }
    return StdioServerParameters(command=SERVER[0], args=SERVER[1:], env=env)


async def call(client: Client, name: str, **arguments: Any) -> Any:
    """Call a tool that must succeed and return its structured content."""
    result = await client.call_tool(name, arguments)
    assert not result.is_error, (name, result.content)
    return result.structured_content


async def exercise(client: Client, *, reads_files: bool = False) -> dict[str, Any]:
    """Call every tool, read every resource and get every prompt; return what a test may check further."""
    tools = {t.name: t for t in (await client.list_tools()).tools}
    assert set(tools) == TOOLS
    for name, tool in tools.items():
        assert tool.output_schema is not None, name
        assert tool.annotations is not None and tool.annotations.destructive_hint == (name in DESTRUCTIVE), name
        assert tool.annotations.read_only_hint == (name.startswith(("search", "get", "list", "match", "company"))), name

    profile = await call(client, "get_profile")
    assert (await call(client, "set_profile", profile=profile)) == profile
    resume_file = str(EXAMPLES / "resume.json")
    if reads_files:  # stdio: the client runs as the person on their machine
        imported = await call(client, "import_resume", path=resume_file)
    else:  # over HTTP (or lent Services): a key holder never makes the server read a file
        refused = await client.call_tool("import_resume", {"path": resume_file})
        assert refused.is_error and "reads no files for its clients" in refused.content[0].text
        text = (EXAMPLES / "resume.json").read_text(encoding="utf-8")
        imported = await call(client, "import_resume", text=text)
    assert imported["source_format"] == "json" and imported["resume"]["basics"]["name"] == "Maya Okafor"
    resume = await call(client, "get_resume")
    assert (await call(client, "set_resume", resume=resume))["basics"]["name"] == "Maya Okafor"
    filters = await call(client, "set_filters", filters={"excluded_keywords": ["unpaid"]})
    assert (await call(client, "get_filters")) == filters

    sources = await call(client, "set_sources", sources=[str(EXAMPLES / "postings")])
    assert (await call(client, "get_sources")) == sources == {"sources": [f"local:{EXAMPLES / 'postings'}"]}
    run = await call(client, "start_run", goal="full-stack roles")  # no sources: the stored defaults
    run_id = run["run"]["id"]
    assert run["run"]["status"] == "awaiting_review" and run["pending"]
    assert (await call(client, "get_run", run_id=run_id))["run"]["id"] == run_id

    found = (await call(client, "search_jobs", query="engineer", limit=5))["result"]
    job = found[0]
    assert (await call(client, "get_job", job_id=job["id"]))["title"] == job["title"]
    assert (await call(client, "match_job", job_id=job["id"]))["match"]["reasons"]
    brief = await call(client, "company_brief", company=job["company"])
    assert brief["company"] == job["company"] and brief["searched"] is False  # no search provider configured
    assert brief["sources"] and all(url.startswith(("http://", "https://")) for url in brief["sources"])

    pending = (await call(client, "list_pending_approvals", run_id=run_id))["result"]
    first = pending[0]["application_id"]
    refused = await client.call_tool("apply_to_application", {"application_id": first})
    assert refused.is_error and "not approved" in refused.content[0].text
    missing = await client.call_tool("get_job", {"job_id": "0000000000000000"})
    assert missing.is_error and "no job with id" in missing.content[0].text

    tailored = await call(client, "tailor_resume", job_id=job["id"])
    assert tailored["resume"]["basics"]["name"] == "Maya Okafor"
    letter = await call(client, "cover_letter", job_id=job["id"])
    assert letter["text"]

    if len(pending) > 1:
        rejected = await call(client, "reject_application", application_id=pending[1]["application_id"])
        assert rejected["action"] == "reject"
    approved = await call(client, "approve_application", application_id=first, note="yes, apply")
    assert approved["run"]["run"]["status"] in ("completed", "awaiting_review")
    applied = await call(client, "apply_to_application", application_id=first)
    assert applied["application_id"] == first and not applied["submitted"]  # loopback only: nothing can be sent
    after = await call(client, "get_run", run_id=run_id)
    assert (after["submitted"], after["needs_you"]) == (0, 1)
    assert after["run"]["summary"]["submitted"] == 0 and "applied" not in after["run"]["summary"]
    tracked = await call(client, "update_application_status", application_id=first, status="withdrawn")
    assert tracked["status"] == "withdrawn"
    listed = (await call(client, "list_applications"))["result"]
    assert first in [a["id"] for a in listed]

    texts = {}
    uris = ["careerpilot://profile", "careerpilot://resume", "careerpilot://filters", "careerpilot://sources",
            f"job://{job['id']}",
            f"application://{first}",
            f"document://{job['id']}/resume", f"document://{job['id']}/cover_letter"]  # fmt: skip
    for uri in uris:
        contents = (await client.read_resource(uri)).contents
        texts[uri] = contents[0].text
        assert texts[uri], uri
    assert "Maya Okafor" in texts["careerpilot://profile"]
    assert letter["text"] == texts[f"document://{job['id']}/cover_letter"]
    static = {str(r.uri) for r in (await client.list_resources()).resources}
    assert static == {"careerpilot://profile", "careerpilot://resume", "careerpilot://filters", "careerpilot://sources"}
    templates = {t.uri_template for t in (await client.list_resource_templates()).resource_templates}
    assert templates == {"job://{job_id}", "application://{application_id}", "document://{job_id}/{kind}"}

    prompts = {p.name for p in (await client.list_prompts()).prompts}
    assert prompts == PROMPTS
    prepared = await client.get_prompt("prepare_application", {"job_id": job["id"]})
    assert job["id"] in prepared.messages[0].content.text
    return {"run_id": run_id, "job_id": job["id"], "application_id": first}

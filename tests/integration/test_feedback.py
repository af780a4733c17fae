"""Long-term memory of verdicts in real Chroma: a rejection reason changes the next run's ranking."""

from __future__ import annotations

from careerpilot.domain.review import ReviewDecision
from careerpilot.services import Services
from tests.support.pipeline import drain, example_inputs


def _scores(services: Services, run_id: str) -> dict[str, tuple[float, list[str]]]:
    out = {}
    for match, _ in services.store.matches_for_run(run_id):
        out[services.store.get_job(match.job_id).title] = (match.score, match.reasons)
    return out


async def test_a_rejection_reason_lowers_similar_jobs_in_the_next_run(settings, embedder):
    async with Services.open(settings, embedder) as services:
        first = (await drain(services.runs.start(example_inputs())))[0].run_id
        before = _scores(services, first)
        test_engineer = next(j for j in services.store.list_jobs(200) if j.title == "Test Engineer")
        services.feedback.record(test_engineer.id, "not_interested", "not interested: QA and testing roles")

        second = (await drain(services.runs.start(example_inputs())))[0].run_id
        after = _scores(services, second)

    qa_score, qa_reasons = after["Tests / QA Engineer"]
    assert qa_score < before["Tests / QA Engineer"][0] - 10
    assert "QA and testing roles" in qa_reasons[0] and "Test Engineer" in qa_reasons[0]
    assert after["Test Engineer"][0] < before["Test Engineer"][0]
    assert after["Account Executive"][0] == before["Account Executive"][0]  # unrelated work is untouched


async def test_rejecting_at_review_with_a_reason_is_remembered(settings, embedder):
    async with Services.open(settings, embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        pending = services.applying.pending(run_id)[0]
        decision = ReviewDecision(application_id=pending.application.id, action="reject", note="too junior")
        await drain(services.runs.resume(run_id, [decision]))
        remembered = services.feedback.recent()

    assert [(f.job_id, f.verdict, f.reason) for f in remembered] == [(pending.job.id, "rejected", "too junior")]


def test_feedback_command_remembers_a_reason(tmp_path):
    from typer.testing import CliRunner

    from careerpilot.cli import app
    from careerpilot.config import Settings
    from careerpilot.domain.jobs import JobPosting
    from careerpilot.memory.sql import Store

    data = tmp_path / "data"
    store = Store.open(Settings(_env_file=None, data_dir=data).sql_url)
    store.upsert_jobs([JobPosting(id="job1", source="test", title="Recruiter", company="Agency Ltd")])
    result = CliRunner().invoke(
        app, ["feedback", "job1", "--reason", "not interested: agency", "--data-dir", str(data)]
    )
    assert result.exit_code == 0, result.output
    assert "not_interested 'Recruiter'" in result.output
    assert store.audit_events(action="feedback")[0]["detail"]["reason"] == "not interested: agency"
    bad = CliRunner().invoke(app, ["feedback", "job1", "--verdict", "meh", "--data-dir", str(data)])
    assert bad.exit_code == 2
    store.close()


async def test_the_llm_planner_sees_past_verdicts_as_data(tmp_path, embedder, openai_server):
    """The planner through the real ChatOpenAI client against the local OpenAI-wire server."""
    from careerpilot.config import Settings
    from tests.support.openai_server import Reply, ToolCall

    plan = {"roles": ["Full Stack Engineer"], "keywords": ["Python"], "locations": [], "remote_ok": True}

    def answer(request: dict) -> Reply:
        if request.get("tools"):
            return Reply(tool_calls=[ToolCall(name=request["tools"][0]["function"]["name"], arguments=plan)])
        return Reply(content="Thank you.")

    openai_server.responder = answer
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        llm_base_url=openai_server.base_url,
        llm_api_key="sk-test",
        llm_model="local-test",
        llm_max_retries=0,
    )
    async with Services.open(settings, embedder) as services:
        await drain(services.runs.start(example_inputs()))
        job = next(j for j in services.store.list_jobs(200) if j.title == "Test Engineer")
        services.feedback.record(job.id, "not_interested", "no <b>QA</b> roles")
        await drain(services.runs.start(example_inputs()))

    # the matcher's requirement refinement and rerank are function calls too: keep the planner's
    plan_requests = [
        r for r in openai_server.requests if r.get("tools", [{}])[0].get("function", {}).get("name") == "PlanDraft"
    ]
    last = plan_requests[-1]["messages"][1]["content"]
    assert "<past_verdicts>" in last and "not_interested: Test Engineer" in last
    assert "<b>" not in last  # tag look-alikes in the user's words are neutralized

"""The real ChatOpenAI client, built by our factory, against a local server speaking OpenAI's wire format."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import httpx
import openai
import pytest
from langchain_core.exceptions import ModelAPIError, ModelAuthenticationError, ModelRateLimitError
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessageChunk, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import tool
from pydantic import BaseModel, Field

from careerpilot.config import Settings
from careerpilot.llm.chat_model import build_chat_model
from tests.support.openai_server import OpenAIServer, Reply, ToolCall


class SearchJobs(BaseModel):
    """Search job boards for postings."""

    query: str = Field(description="Keywords such as a job title")
    remote: bool = False


class MatchVerdict(BaseModel):
    """How well a job fits the candidate."""

    score: int
    reasons: list[str]


@tool
def count_open_roles(company: str) -> int:
    """Count the open roles a company lists."""
    return {"Acme": 3}.get(company, 0)


def settings_for(server: OpenAIServer, **overrides: Any) -> Settings:
    # _env_file=None and explicit llm_model keep a developer's .env or OPENAI_* variables out of the test.
    values: dict[str, Any] = {
        "llm_base_url": server.base_url,
        "llm_api_key": "test",
        "llm_model": "gpt-4o-mini",
        "llm_max_retries": 0,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def model_for(server: OpenAIServer, **overrides: Any) -> BaseChatModel:
    model = build_chat_model(settings_for(server, **overrides))
    assert model is not None
    return model


def joined(chunks: list[AIMessageChunk]) -> AIMessageChunk:
    total = chunks[0]
    for chunk in chunks[1:]:
        total = total + chunk
    return total


def test_invoke_returns_the_scripted_text_and_sends_the_configured_model(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply(content="Three roles match your profile."))

    answer = model_for(openai_server).invoke([SystemMessage("You rank jobs."), HumanMessage("Rank these.")])

    assert answer.content == "Three roles match your profile."
    assert answer.usage_metadata is not None and answer.usage_metadata["total_tokens"] == 15
    sent = openai_server.requests[0]
    assert sent["model"] == "gpt-4o-mini"
    assert sent["messages"] == [
        {"role": "system", "content": "You rank jobs."},
        {"role": "user", "content": "Rank these."},
    ]
    assert not sent.get("stream")
    assert openai_server.headers[0]["authorization"] == "Bearer test"


def test_stream_chunks_concatenate_to_the_scripted_text(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply(content="Tailored resume ready for review."))

    chunks = list(model_for(openai_server).stream("Tailor my resume."))

    assert len([c for c in chunks if c.content]) > 1
    assert "".join(str(c.content) for c in chunks) == "Tailored resume ready for review."
    assert openai_server.requests[0]["stream"] is True


def test_stream_usage_arrives_in_a_final_chunk_when_requested(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply(content="ok", prompt_tokens=42, completion_tokens=1))

    total = joined(list(model_for(openai_server).stream("hi", stream_usage=True)))

    assert openai_server.requests[0]["stream_options"] == {"include_usage": True}
    assert total.usage_metadata is not None
    assert (total.usage_metadata["input_tokens"], total.usage_metadata["output_tokens"]) == (42, 1)


async def test_ainvoke_returns_the_scripted_text(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply(content="Cover letter drafted."))

    answer = await model_for(openai_server).ainvoke("Draft a cover letter.")

    assert answer.content == "Cover letter drafted."


async def test_astream_chunks_concatenate_to_the_scripted_text(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply(content="Found 12 new postings today."))

    chunks = [chunk async for chunk in model_for(openai_server).astream("Any news?")]

    assert "".join(str(c.content) for c in chunks) == "Found 12 new postings today."


def test_bound_tool_comes_back_as_a_tool_call_with_parsed_args(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply(tool_calls=[ToolCall("SearchJobs", {"query": "python developer", "remote": True})]))

    answer = model_for(openai_server).bind_tools([SearchJobs]).invoke("Find remote Python jobs.")

    assert [(c["name"], c["args"]) for c in answer.tool_calls] == [
        ("SearchJobs", {"query": "python developer", "remote": True})
    ]
    sent_tool = openai_server.requests[0]["tools"][0]
    assert sent_tool["type"] == "function"
    assert sent_tool["function"]["name"] == "SearchJobs"
    assert set(sent_tool["function"]["parameters"]["properties"]) == {"query", "remote"}


def test_tool_loop_sends_the_tool_result_back_and_gets_the_final_answer(openai_server: OpenAIServer) -> None:
    openai_server.script(
        Reply(tool_calls=[ToolCall("count_open_roles", {"company": "Acme"}, id="call_acme")]),
        Reply(content="Acme has 3 open roles."),
    )
    model = model_for(openai_server).bind_tools([count_open_roles])
    messages: list[BaseMessage] = [HumanMessage("How many roles does Acme have open?")]

    ask = model.invoke(messages)
    messages += [ask, *(count_open_roles.invoke(call) for call in ask.tool_calls)]
    final = model.invoke(messages)

    assert final.content == "Acme has 3 open roles."
    second = openai_server.requests[1]["messages"]
    assert second[1]["tool_calls"][0]["id"] == "call_acme"
    assert second[1]["tool_calls"][0]["function"]["name"] == "count_open_roles"
    assert second[2] == {"role": "tool", "tool_call_id": "call_acme", "content": "3"}
    assert isinstance(messages[2], ToolMessage)


async def test_streamed_tool_call_deltas_aggregate_into_one_call(openai_server: OpenAIServer) -> None:
    arguments = {"query": "staff machine learning engineer", "remote": False}
    openai_server.script(Reply(tool_calls=[ToolCall("SearchJobs", arguments)]))

    stream = model_for(openai_server).bind_tools([SearchJobs]).astream("Search.")
    chunks = [cast(AIMessageChunk, chunk) async for chunk in stream]

    assert len([c for c in chunks if c.tool_call_chunks]) > 2
    calls = joined(chunks).tool_calls
    assert [(c["name"], c["args"]) for c in calls] == [("SearchJobs", arguments)]


def test_server_error_raises_at_once_with_retries_off(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply(status=500, error_message="upstream exploded"))

    with pytest.raises(ModelAPIError, match="upstream exploded") as raised:
        model_for(openai_server).invoke("hi")

    assert isinstance(raised.value, openai.InternalServerError)
    assert len(openai_server.requests) == 1


def test_rate_limit_raises_a_rate_limit_error(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply(status=429, error_message="slow down"))

    with pytest.raises(ModelRateLimitError, match="slow down"):
        model_for(openai_server).invoke("hi")


def test_one_retry_recovers_from_a_single_server_error(openai_server: OpenAIServer) -> None:
    openai_server.script(Reply(status=500), Reply(content="second time lucky"))

    answer = model_for(openai_server, llm_max_retries=1).invoke("hi")

    assert answer.content == "second time lucky"
    assert len(openai_server.requests) == 2


def test_structured_output_by_function_calling_returns_the_model(openai_server: OpenAIServer) -> None:
    verdict = {"score": 82, "reasons": ["Python", "remote"]}
    openai_server.script(Reply(tool_calls=[ToolCall("MatchVerdict", verdict)]))

    structured = model_for(openai_server).with_structured_output(MatchVerdict, method="function_calling")
    result = structured.invoke("Score this job.")

    assert result == MatchVerdict(score=82, reasons=["Python", "remote"])
    sent = openai_server.requests[0]
    assert [t["function"]["name"] for t in sent["tools"]] == ["MatchVerdict"]
    assert sent["tool_choice"] == {"type": "function", "function": {"name": "MatchVerdict"}}


def test_responder_can_answer_by_reading_the_system_prompt(openai_server: OpenAIServer) -> None:
    def answer(request: dict[str, Any]) -> Reply:
        system = request["messages"][0]["content"]
        return Reply(content="PLAN" if "planner" in system else "OTHER")

    openai_server.responder = answer
    model = model_for(openai_server)

    assert model.invoke([SystemMessage("You are the planner."), HumanMessage("go")]).content == "PLAN"
    assert model.invoke([SystemMessage("You are the reviewer."), HumanMessage("go")]).content == "OTHER"


def test_running_out_of_script_fails_loudly(openai_server: OpenAIServer) -> None:
    with pytest.raises(ModelAPIError, match="no scripted reply left"):
        model_for(openai_server).invoke("hi")

    assert openai_server.errors == ["no scripted reply left for request #1"]


def test_models_endpoint_lists_the_served_models(openai_server: OpenAIServer) -> None:
    client = openai.OpenAI(base_url=openai_server.base_url, api_key="test", max_retries=0)

    assert [m.id for m in client.models.list()] == ["gpt-4o-mini", "test-model"]


def test_required_key_is_enforced_in_openai_error_shape() -> None:
    with OpenAIServer(["never sent"], require_key="secret") as server:
        missing = httpx.post(f"{server.base_url}/chat/completions", json={"model": "m", "messages": []})
        with pytest.raises(ModelAuthenticationError):
            model_for(server, llm_api_key=None).invoke("hi")
        accepted = model_for(server, llm_api_key="secret").invoke("hi")

    assert missing.status_code == 401
    assert set(missing.json()["error"]) == {"message", "type", "param", "code"}
    assert [h.get("authorization") for h in server.headers] == [None, "Bearer not-needed", "Bearer secret"]
    assert accepted.content == "never sent"


def test_each_event_loop_gets_its_own_connections(openai_server: OpenAIServer) -> None:
    """Two runs in one process, each under its own ``asyncio.run`` (the CLI, the worker): the second must not
    close the first loop's pooled connection under the new loop ("Event loop is closed")."""
    openai_server.script(Reply(content="first"), Reply(content="second"))

    async def ask() -> str:
        return str((await model_for(openai_server).ainvoke([HumanMessage("Rank these.")])).content)

    assert asyncio.run(ask()) == "first"
    assert asyncio.run(ask()) == "second"

"""The scripted chat model that unit tests of services and graph nodes use in place of a real LLM."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage
from pydantic import BaseModel

from tests.support.fake_chat import ScriptedChatModel, ScriptExhaustedError


class SearchJobs(BaseModel):
    """Search job boards."""

    query: str


def search_call(query: str) -> AIMessage:
    return AIMessage(content="", tool_calls=[{"name": "SearchJobs", "args": {"query": query}, "id": "call_1"}])


def test_replies_come_back_in_order_and_strings_become_ai_messages() -> None:
    model = ScriptedChatModel(replies=["first", AIMessage(content="second")])

    assert [model.invoke("a").content, model.invoke("b").content] == ["first", "second"]
    assert model.pending == 0


def test_bind_tools_returns_the_same_model_and_records_the_tools() -> None:
    model = ScriptedChatModel(replies=[search_call("python")])

    bound = model.bind_tools([SearchJobs], tool_choice="any")
    answer = bound.invoke("find jobs")

    assert bound is model
    assert (model.bound_tools, model.tool_choice) == ([SearchJobs], "any")
    assert answer.tool_calls[0]["args"] == {"query": "python"}


def test_the_messages_of_every_call_are_recorded() -> None:
    model = ScriptedChatModel(replies=["ok"])

    model.invoke([HumanMessage("hello")])

    assert model.calls == [[HumanMessage("hello")]]


def test_structured_output_reads_the_scripted_tool_call() -> None:
    model = ScriptedChatModel(replies=[search_call("rust")])

    assert model.with_structured_output(SearchJobs).invoke("find") == SearchJobs(query="rust")


def test_stream_splits_text_into_chunks_that_add_up_to_the_reply() -> None:
    model = ScriptedChatModel(replies=[AIMessage(content="three word answer", tool_calls=search_call("go").tool_calls)])

    chunks = list(model.stream("hi"))
    total = chunks[0]
    for chunk in chunks[1:]:
        total = total + chunk

    assert len(chunks) == 3
    assert isinstance(total, AIMessageChunk)
    assert total.content == "three word answer"
    assert total.tool_calls[0]["args"] == {"query": "go"}


async def test_async_calls_and_streams_use_the_same_script() -> None:
    model = ScriptedChatModel(replies=["async answer", "streamed async answer"])

    answer = await model.ainvoke("a")
    pieces = [chunk.content async for chunk in model.astream("b")]

    assert answer.content == "async answer"
    assert "".join(str(p) for p in pieces) == "streamed async answer"


def test_a_scripted_exception_is_raised_and_an_empty_script_fails_loudly() -> None:
    model = ScriptedChatModel(replies=[TimeoutError("model down")])

    with pytest.raises(TimeoutError, match="model down"):
        model.invoke("a")
    with pytest.raises(ScriptExhaustedError, match="no reply left for call #2"):
        model.invoke("b")

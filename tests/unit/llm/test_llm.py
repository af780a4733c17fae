"""The chat-model factory: None without an LLM, ChatOpenAI with the configured values otherwise."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from langchain_openai import ChatOpenAI

from careerpilot.config import Settings
from careerpilot.llm.chat_model import PLACEHOLDER_API_KEY, build_chat_model

LLM_ENV_VARS = ("LLM_BASE_URL", "OPENAI_BASE_URL", "OPENAI_API_BASE", "LLM_API_KEY", "OPENAI_API_KEY", "LLM_MODEL")


@pytest.fixture(autouse=True)
def no_llm_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in LLM_ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def settings_with(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_no_model_is_built_when_nothing_is_configured() -> None:
    assert build_chat_model(settings_with()) is None


def test_local_endpoint_without_a_key_gets_a_placeholder_key() -> None:
    model = build_chat_model(settings_with(llm_base_url="http://127.0.0.1:11434/v1", llm_model="llama3.1"))

    assert isinstance(model, ChatOpenAI)
    assert model.openai_api_base == "http://127.0.0.1:11434/v1"
    assert model.model_name == "llama3.1"
    assert model.openai_api_key is not None
    assert model.openai_api_key.get_secret_value() == PLACEHOLDER_API_KEY  # type: ignore[union-attr]


def test_key_without_a_base_url_targets_the_openai_api() -> None:
    model = build_chat_model(settings_with(llm_api_key="sk-real"))

    assert isinstance(model, ChatOpenAI)
    assert model.openai_api_base is None
    assert model.openai_api_key.get_secret_value() == "sk-real"  # type: ignore[union-attr]


def test_every_llm_setting_reaches_the_model() -> None:
    model = build_chat_model(
        settings_with(
            llm_base_url="http://vllm.local:8000/v1",
            llm_api_key="k",
            llm_model="qwen2.5-7b",
            llm_temperature=0.7,
            llm_timeout_s=12.5,
            llm_max_retries=0,
        )
    )

    assert isinstance(model, ChatOpenAI)
    assert (model.model_name, model.temperature, model.request_timeout, model.max_retries) == (
        "qwen2.5-7b",
        0.7,
        12.5,
        0,
    )


def test_the_key_never_shows_in_settings_or_model_text() -> None:
    configured = settings_with(llm_base_url="http://127.0.0.1:8000/v1", llm_api_key="sk-very-secret")
    model = build_chat_model(configured)

    for text in (repr(configured), str(configured), repr(model), str(model)):
        assert "sk-very-secret" not in text


def test_building_logs_the_endpoint_but_never_the_key_or_userinfo(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="careerpilot.llm.chat_model")

    build_chat_model(
        settings_with(llm_base_url="https://user:pa55word@proxy.example:8443/v1?token=t0k", llm_api_key="sk-hidden")
    )

    assert "https://proxy.example:8443" in caplog.text
    for secret in ("sk-hidden", "pa55word", "t0k"):
        assert secret not in caplog.text

"""The chat model of the plain one-endpoint settings (``LLM_BASE_URL``/``LLM_MODEL``), and what model calls raise.

The services use the routed models of llm/router.py instead (one per step, with failover); this stays for callers
that want the one endpoint directly. Every OpenAI-compatible endpoint (OpenAI, OpenRouter, Gemini's and Grok's
compatible APIs, Ollama, vLLM, llama.cpp) goes through ``ChatOpenAI`` with a configurable ``base_url``. Nodes
receive the model built here and never read model settings themselves; with no LLM configured they get ``None`` and
use their rule-based fallback.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import openai
from langchain_core.caches import BaseCache
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.exceptions import LangChainException
from langchain_core.language_models import BaseChatModel
from pydantic import SecretStr

from careerpilot.config import Settings

logger = logging.getLogger(__name__)

# Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the OpenAI client refuses to start without one.
PLACEHOLDER_API_KEY = "not-needed"


def build_chat_model(
    settings: Settings, callbacks: list[BaseCallbackHandler] | None = None, cache: BaseCache | None = None
) -> BaseChatModel | None:
    """Build the chat model the settings describe, or return None when no LLM is configured."""
    if not settings.llm_configured:
        logger.info("No LLM configured; LLM steps use their rule-based fallbacks.")
        return None
    from langchain_openai import ChatOpenAI  # ~0.6 s and ~27 MB that a run without a model never needs

    logger.info("Chat model %r at %s", settings.llm_model, _endpoint_label(settings.llm_base_url))
    return ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key or SecretStr(PLACEHOLDER_API_KEY),
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout_s,
        max_retries=settings.llm_max_retries,
        callbacks=callbacks,
        cache=cache,
        http_async_client=own_async_http_client(),
    )


def own_async_http_client() -> openai.DefaultAsyncHttpxClient:
    """Return an HTTP client for one chat model's async calls, so that model owns its connections.

    Without one, langchain-openai shares a cached client per base URL and timeout across the whole process: a
    connection opened under one event loop (an earlier ``asyncio.run``, a test before on a reused port) is later
    closed under another, and the call fails with "Event loop is closed".
    """
    return openai.DefaultAsyncHttpxClient()


def _endpoint_label(base_url: str | None) -> str:
    """Name the endpoint for logs without userinfo, path or query, any of which could carry a secret."""
    if base_url is None:
        return "the OpenAI API"
    parts = urlsplit(base_url)
    host = parts.netloc.rpartition("@")[2]
    return f"{parts.scheme}://{host}" if host else "an OpenAI-compatible endpoint"


# What a failing model call raises: provider errors (HTTP status, connection, timeout) and LangChain's own
# (output parsing). Callers catch these to fall back to rules and say so, never to hide the failure.
LLM_ERRORS: tuple[type[Exception], ...] = (openai.OpenAIError, LangChainException)

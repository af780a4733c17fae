"""The routed chat model: one step's profiles tried in order, behind circuit breakers, with usage recorded.

``Router.model(step)`` returns a ``RoutedChatModel`` (or None when the step has no model: its rules run, as
before). Steps use it like any LangChain chat model (``ainvoke``, ``astream``, ``bind_tools``,
``with_structured_output``). A call goes to the first profile whose circuit admits it; a provider failure
(connection refused, timeout, 5xx, 429 after the client's retries) opens that profile's circuit and the call goes
on to the next profile. When every profile failed or is skipped the call raises ``NoModelAvailable`` (one of
``LLM_ERRORS``), and the step uses its deterministic fallback, labelled as before.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import openai
from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.exceptions import LangChainException
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.output_parsers.openai_tools import JsonOutputKeyToolsParser, PydanticToolsParser
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableMap, RunnablePassthrough
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import BaseModel, ConfigDict, SkipValidation

from careerpilot.llm.chat_model import PLACEHOLDER_API_KEY, own_async_http_client
from careerpilot.llm.circuit import CircuitBreaker
from careerpilot.llm.routes import ModelProfile, Routing
from careerpilot.llm.usage import CallRecord, UsageLedger

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

log = logging.getLogger(__name__)

# What makes a profile "down" rather than the request wrong: these open its circuit and move on to the next.
FAILOVER_ERRORS: tuple[type[Exception], ...] = (
    openai.APIConnectionError,  # refused, reset, DNS, and APITimeoutError (a subclass)
    openai.InternalServerError,  # 5xx
    openai.RateLimitError,  # 429 after the client's own retries
)


ANSWERED_BY = "careerpilot_model"  # response_metadata keys of a routed answer
PROFILE = "careerpilot_profile"


def answered_by(message: Any, default: str) -> str:
    """Return the model a routed answer came from (``default`` for a plain model's answer)."""
    metadata = getattr(message, "response_metadata", None) or {}
    return str(metadata.get(ANSWERED_BY) or default)


class NoModelAvailable(LangChainException):
    """Every profile of a step failed or is skipped by its open circuit."""


def profile_model(profile: ModelProfile) -> ChatOpenAI:
    """Build the client of one profile."""
    from langchain_openai import ChatOpenAI  # ~0.6 s and ~27 MB that a run without a model never needs

    return ChatOpenAI(
        model=profile.model,
        base_url=profile.base_url,
        api_key=profile.key() or PLACEHOLDER_API_KEY,  # type: ignore[arg-type]
        temperature=profile.temperature,
        timeout=profile.timeout_s,
        max_retries=profile.max_retries,
        max_completion_tokens=profile.max_tokens,
        stream_usage=True,
        http_async_client=own_async_http_client(),
    )


def describe_error(exc: BaseException) -> str:
    """Return a short reason for notes and logs: the HTTP status or the kind of failure, never a body."""
    if isinstance(exc, openai.APITimeoutError):
        return "timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "connection failed"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}"
    return type(exc).__name__


class RoutedChatModel(BaseChatModel):
    """A chat model that is one step's route: profiles in order, each behind its circuit."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    step: str
    candidates: SkipValidation[list[tuple[ModelProfile, BaseChatModel]]]
    breaker: SkipValidation[CircuitBreaker]
    ledger: SkipValidation[UsageLedger]

    @property
    def _llm_type(self) -> str:
        return "careerpilot-routed"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        # The LLM cache keys on these: the same prompt to another model must not hit another model's answer.
        return {"step": self.step, "models": [f"{p.name}:{p.model}@{p.where}" for p, _ in self.candidates]}

    @property
    def first_model(self) -> str:
        """The model name of the first choice (cache keys of the matching steps use it)."""
        return self.candidates[0][0].model

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | Any],
        *,
        tool_choice: Any = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Bind tools as the OpenAI client would (every profile speaks the same wire format)."""
        binding: Any = self.candidates[0][1].bind_tools(tools, tool_choice=tool_choice, **kwargs)
        return self.bind(**binding.kwargs)

    def with_structured_output(  # type: ignore[override]
        self,
        schema: dict[str, Any] | type,
        *,
        include_raw: bool = False,
        method: str = "function_calling",
        strict: bool | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, Any]:
        """Structured output by function calling, whichever profile answers.

        With ``include_raw`` the answer is LangChain's ``{"raw", "parsed", "parsing_error"}``; ``answered_by(raw)``
        names the model that wrote it.
        """
        if method != "function_calling" or kwargs:
            raise ValueError("the routed model supports method='function_calling' only")
        tool_name = convert_to_openai_tool(schema)["function"]["name"]
        bound = self.bind_tools([schema], tool_choice=tool_name, parallel_tool_calls=False, strict=strict)
        parser: Runnable[Any, Any]
        if isinstance(schema, type) and issubclass(schema, BaseModel):
            parser = PydanticToolsParser(tools=[schema], first_tool_only=True)
        else:
            parser = JsonOutputKeyToolsParser(key_name=tool_name, first_tool_only=True)
        if not include_raw:
            return bound | parser
        parsed = RunnablePassthrough.assign(parsed=itemgetter("raw") | parser, parsing_error=lambda _: None)
        failed = RunnablePassthrough.assign(parsed=lambda _: None)
        return RunnableMap(raw=bound) | parsed.with_fallbacks([failed], exception_key="parsing_error")

    # -- calls ---------------------------------------------------------------------------------------------------

    def _admitted(self, attempt: _Attempt) -> Iterator[tuple[ModelProfile, BaseChatModel, bool]]:
        """Yield the profiles to try now, in order, with whether the call is a half-open probe."""
        for profile, model in self.candidates:
            admission = self.breaker.admit(profile.name, lease_s=profile.timeout_s * (profile.max_retries + 1) + 5)
            if admission is None:
                log.info("%s: skipping %s (circuit open)", self.step, profile.name)
                attempt.skipped.append(profile.name)
                continue
            yield profile, model, admission == "probe"

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        attempt = _Attempt()
        for profile, model, probe in self._admitted(attempt):
            start = time.perf_counter()
            try:
                result = await model._agenerate(messages, stop=stop, **kwargs)
            except FAILOVER_ERRORS as exc:
                self._failed(attempt, profile, probe, exc, time.perf_counter() - start)
                continue
            self._succeeded(attempt, profile, _result_usage(result), time.perf_counter() - start)
            return self._label(result, profile)
        raise self._exhausted(attempt)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        attempt = _Attempt()
        for profile, model, probe in self._admitted(attempt):
            start = time.perf_counter()
            try:
                result = model._generate(messages, stop=stop, **kwargs)
            except FAILOVER_ERRORS as exc:
                self._failed(attempt, profile, probe, exc, time.perf_counter() - start)
                continue
            self._succeeded(attempt, profile, _result_usage(result), time.perf_counter() - start)
            return self._label(result, profile)
        raise self._exhausted(attempt)

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        attempt = _Attempt()
        for profile, model, probe in self._admitted(attempt):
            start = time.perf_counter()
            started = False
            usage = (0, 0)
            try:
                async for chunk in model._astream(messages, stop=stop, run_manager=run_manager, **kwargs):
                    started = True
                    usage = _add_usage(usage, chunk)
                    yield chunk
            except FAILOVER_ERRORS as exc:
                self._failed(attempt, profile, probe, exc, time.perf_counter() - start)
                if started:  # half an answer was already streamed: another model cannot continue it
                    raise
                continue
            self._succeeded(attempt, profile, usage, time.perf_counter() - start)
            return
        raise self._exhausted(attempt)

    # -- bookkeeping ---------------------------------------------------------------------------------------------

    def _failed(
        self, attempt: _Attempt, profile: ModelProfile, probe: bool, exc: BaseException, seconds: float
    ) -> None:
        reason = describe_error(exc)
        opened = self.breaker.failed(profile.name, reason, probe=probe)
        log.warning("%s: %s (%s) failed: %s%s", self.step, profile.name, profile.model, reason, " (probe)" * probe)
        attempt.failures.append((profile.name, reason + (", circuit opened" if opened else "")))
        self.ledger.record(
            CallRecord(
                step=self.step, profile=profile.name, model=profile.model, ok=False, seconds=seconds, error=reason
            )
        )

    @staticmethod
    def _label(result: ChatResult, profile: ModelProfile) -> ChatResult:
        """Name the profile and model that answered in each message's metadata (labels must name the writer)."""
        for generation in result.generations:
            message = getattr(generation, "message", None)
            if message is not None:
                message.response_metadata[ANSWERED_BY] = profile.model
                message.response_metadata[PROFILE] = profile.name
        return result

    def _succeeded(self, attempt: _Attempt, profile: ModelProfile, usage: tuple[int, int], seconds: float) -> None:
        self.breaker.succeeded(profile.name)
        tokens_in, tokens_out = usage
        self.ledger.record(
            CallRecord(
                step=self.step,
                profile=profile.name,
                model=profile.model,
                ok=True,
                seconds=seconds,
                tokens_in=tokens_in,
                tokens_out=tokens_out,
                cost=profile.cost(tokens_in, tokens_out),
            )
        )
        if attempt.failures or attempt.skipped:
            self.ledger.note(f"{self.step}: used {profile.name} because {attempt.why()}")

    def _exhausted(self, attempt: _Attempt) -> NoModelAvailable:
        why = attempt.why() or "no profile"
        self.ledger.note(f"{self.step}: no model answered ({why}); the step used its rules")
        return NoModelAvailable(f"no model of step {self.step} answered: {why}")


@dataclass
class _Attempt:
    """One call's way through the route: which profiles failed (and why) and which were skipped."""

    failures: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def why(self) -> str:
        parts = [f"{name} failed ({reason})" for name, reason in self.failures]
        parts += [f"{name} is skipped (circuit open)" for name in dict.fromkeys(self.skipped)]
        return "; ".join(parts)


def _result_usage(result: ChatResult) -> tuple[int, int]:
    for generation in result.generations:
        meta = getattr(getattr(generation, "message", None), "usage_metadata", None)
        if meta:
            return int(meta.get("input_tokens", 0)), int(meta.get("output_tokens", 0))
    usage = (result.llm_output or {}).get("token_usage") or {}
    return int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)


def _add_usage(usage: tuple[int, int], chunk: ChatGenerationChunk) -> tuple[int, int]:
    meta = getattr(chunk.message, "usage_metadata", None)
    if not meta:
        return usage
    return usage[0] + int(meta.get("input_tokens", 0)), usage[1] + int(meta.get("output_tokens", 0))


class Router:
    """Builds each step's routed model from the routing, sharing one client per profile and one breaker."""

    def __init__(self, routing: Routing, breaker: CircuitBreaker, ledger: UsageLedger, cache: Any = None) -> None:
        self.routing = routing
        self.breaker = breaker
        self.ledger = ledger
        self.cache = cache
        self._clients: dict[str, BaseChatModel] = {}
        self._models: dict[str, RoutedChatModel | None] = {}

    def client(self, profile: ModelProfile) -> BaseChatModel:
        """Return the (shared) client of a profile."""
        if profile.name not in self._clients:
            self._clients[profile.name] = profile_model(profile)
        return self._clients[profile.name]

    async def aclose(self) -> None:
        """Close the profiles' connections (``Services.open`` does on exit)."""
        for client in self._clients.values():
            http = getattr(client, "http_async_client", None)
            if http is not None:
                await http.aclose()
        self._clients.clear()
        self._models.clear()

    def model(self, step: str) -> RoutedChatModel | None:
        """Return the routed model of a step, or None when the step has no model (it uses its rules)."""
        if step not in self._models:
            route = self.routing.route(step)
            self._models[step] = (
                RoutedChatModel(
                    step=step,
                    candidates=[(p, self.client(p)) for p in route],
                    breaker=self.breaker,
                    ledger=self.ledger,
                    cache=self.cache,
                )
                if route
                else None
            )
        return self._models[step]


def step_model(settings: Any, step: str) -> RoutedChatModel | None:
    """Return the routed model of one step outside ``Services`` (the CLI's resume import before a run opens them)."""
    from careerpilot.llm.circuit import open_breaker
    from careerpilot.llm.routes import load_routing

    breaker = open_breaker(
        settings.redis_url, settings.redis_prefix, settings.llm_circuit_failures, settings.llm_circuit_cooldown_s
    )
    return Router(load_routing(settings), breaker, UsageLedger()).model(step)

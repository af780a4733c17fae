"""Model profiles and routes: which model each LLM step uses, and what it falls over to.

Read from settings only (``LLM_PROFILES`` / ``LLM_ROUTES`` as JSON, or ``LLM_ROUTES_FILE`` as YAML); with none of
them, one profile named ``default`` is built from ``LLM_BASE_URL``/``LLM_MODEL``/... and every step uses it, as
before routes existed. Light on purpose: ``careerpilot doctor`` reads this without loading an SDK.
"""

from __future__ import annotations

import json
import os
from typing import Any

from pydantic import BaseModel, Field, SecretStr, ValidationError

from careerpilot.config import Settings
from careerpilot.domain.errors import ConfigError

# Every step that may call a model, in pipeline order (docs/models.md describes each).
STEPS: tuple[str, ...] = (
    "planner",
    "requirements",
    "rerank",
    "resume_writer",
    "cover_letter",
    "screening_answers",
    "chat",
    "research_search",
    "resume_import",
    "mail_outcomes",
)
DEFAULT = "default"
RESEARCH = "research"


class ModelProfile(BaseModel):
    """One model at one OpenAI-compatible endpoint, with its limits and (optionally) its prices."""

    name: str
    base_url: str | None = Field(None, description="None = the OpenAI API.")
    api_key: SecretStr | None = None
    api_key_env: str | None = Field(None, description="Read the key from this environment variable instead.")
    model: str
    temperature: float = 0.2
    timeout_s: float = Field(60.0, gt=0)
    max_tokens: int | None = Field(None, ge=1)
    max_retries: int = Field(2, ge=0)
    input_price: float | None = Field(None, ge=0, description="Price per million prompt tokens.")
    output_price: float | None = Field(None, ge=0, description="Price per million completion tokens.")

    def key(self) -> str | None:
        """Return the API key in effect (the named environment variable wins), or None."""
        if self.api_key_env:
            return os.environ.get(self.api_key_env) or None
        return self.api_key.get_secret_value() if self.api_key else None

    @property
    def where(self) -> str:
        """The endpoint for humans: the base URL without userinfo, or the OpenAI API."""
        from urllib.parse import urlsplit

        if not self.base_url:
            return "https://api.openai.com/v1"
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"

    def cost(self, tokens_in: int, tokens_out: int) -> float | None:
        """Return the price of a call, or None when the profile has no prices."""
        if self.input_price is None and self.output_price is None:
            return None
        return (tokens_in * (self.input_price or 0) + tokens_out * (self.output_price or 0)) / 1_000_000


class Routing(BaseModel):
    """The profiles and, per step, the profiles to try in order (an empty list: the step uses its rules)."""

    profiles: dict[str, ModelProfile] = Field(default_factory=dict)
    routes: dict[str, list[str]] = Field(default_factory=dict)

    def route(self, step: str) -> list[ModelProfile]:
        """Return the profiles a step tries, first choice first."""
        return [self.profiles[name] for name in self.routes.get(step, [])]

    @property
    def configured(self) -> bool:
        """True when at least one step has a model."""
        return any(self.routes.values())


def load_routing(settings: Settings) -> Routing:
    """Build the routing the settings describe; a mistake is one ConfigError line naming the setting."""
    raw_profiles: dict[str, Any] = {}
    raw_routes: dict[str, Any] = {}
    if settings.llm_routes_file is not None:
        raw_profiles, raw_routes = _read_file(settings)
    if settings.llm_profiles:
        raw_profiles = {**raw_profiles, **_json(settings.llm_profiles, "LLM_PROFILES")}
    if settings.llm_routes:
        raw_routes = {**raw_routes, **_json(settings.llm_routes, "LLM_ROUTES")}
    profiles = {name: _profile(name, body) for name, body in raw_profiles.items()}
    if DEFAULT not in profiles and settings.llm_configured:
        profiles[DEFAULT] = ModelProfile(
            name=DEFAULT,
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key,
            model=settings.llm_model,
            temperature=settings.llm_temperature,
            timeout_s=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
        )
    if RESEARCH not in profiles and settings.research_search_base_url:
        profiles[RESEARCH] = ModelProfile(
            name=RESEARCH,
            base_url=settings.research_search_base_url,
            api_key=settings.research_search_api_key,
            model=settings.research_search_model,
            temperature=0,
            max_retries=1,
        )
    routes = _routes(raw_routes, profiles)
    return Routing(profiles=profiles, routes=routes)


def _routes(raw: dict[str, Any], profiles: dict[str, ModelProfile]) -> dict[str, list[str]]:
    """Resolve each step's list: its own entry, else 'default' (research search only when asked for)."""
    unknown = sorted(set(raw) - {*STEPS, DEFAULT})
    if unknown:
        raise ConfigError(f"LLM_ROUTES names unknown step(s) {', '.join(unknown)}; steps: {', '.join(STEPS)}")
    for step, names in raw.items():
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ConfigError(f"LLM_ROUTES: the route of {step} must be a list of profile names")
        missing = [n for n in names if n not in profiles]
        if missing:
            known = ", ".join(profiles) or "none"
            raise ConfigError(f"LLM_ROUTES: {step} names unknown profile(s) {', '.join(missing)}; profiles: {known}")
    # No default route given: the 'default' profile, else the first profile that is not the research model.
    others = [n for n in profiles if n != RESEARCH]
    fallback = raw[DEFAULT] if DEFAULT in raw else ([DEFAULT] if DEFAULT in profiles else others[:1])
    routes: dict[str, list[str]] = {}
    for step in STEPS:
        if step in raw:
            routes[step] = list(dict.fromkeys(raw[step]))
        elif step == "research_search":
            # Web search needs a search-backed model: never the plain default model unless a route says so.
            routes[step] = [RESEARCH] if RESEARCH in profiles else []
        else:
            routes[step] = list(dict.fromkeys(fallback))
    return routes


def _profile(name: str, body: Any) -> ModelProfile:
    if not isinstance(body, dict):
        raise ConfigError(f"LLM_PROFILES: profile {name} must be an object with at least 'model'")
    try:
        return ModelProfile.model_validate({**body, "name": name})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"LLM_PROFILES: profile {name}: {where}: {first['msg']}") from exc


def _json(text: str, setting: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{setting} is not valid JSON: {exc.msg} at character {exc.pos}") from exc
    if not isinstance(value, dict):
        raise ConfigError(f"{setting} must be a JSON object")
    return value


def _read_file(settings: Settings) -> tuple[dict[str, Any], dict[str, Any]]:
    import yaml

    path = settings.llm_routes_file
    assert path is not None
    try:
        data = yaml.safe_load(path.expanduser().read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"LLM_ROUTES_FILE {path} cannot be read: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"LLM_ROUTES_FILE {path} is not valid YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("profiles", {}), dict):
        raise ConfigError(f"LLM_ROUTES_FILE {path} must hold 'profiles:' (a mapping) and 'routes:'")
    return data.get("profiles") or {}, data.get("routes") or {}

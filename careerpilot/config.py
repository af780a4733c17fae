"""Settings: the only place that reads the environment and ``.env``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Everything configurable, with embedded defaults that need no keys and no servers."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(
        default=Path("~/.careerpilot"),
        validation_alias=AliasChoices("CAREERPILOT_DATA_DIR", "DATA_DIR"),
        description="Holds the SQLite DB, checkpoints, Chroma, documents and screenshots.",
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; unset means SQLite under the data directory."
    )
    redis_url: str | None = Field(default=None, description="redis://host:port/db; unset means in-process.")
    # Autonomy (docs/autonomy.md): shared memory in Redis, schedules, workers.
    redis_prefix: str = Field(default="cp:", description="Prefix of every CareerPilot key in Redis.")
    chat_history_ttl_s: float = Field(default=7 * 24 * 3600, gt=0, description="Chat sessions expire this long idle.")
    llm_cache: bool = Field(default=False, description="Cache LLM responses (in Redis when REDIS_URL is set).")
    llm_cache_ttl_s: float = Field(default=24 * 3600, gt=0)
    lock_ttl_s: float = Field(default=60, gt=0, description="A dead worker's locks free themselves after this.")
    daily_run_time: str | None = Field(default=None, description="HH:MM: default schedule of 'schedule add'.")
    timezone: str = Field(default="UTC", description="IANA time zone of schedules, e.g. Europe/Berlin.")
    scheduler_poll_s: float = Field(default=30, gt=0, description="How often the daemon and beat look for due runs.")
    worker_visibility_timeout_s: float = Field(
        default=3600, gt=0, description="A task held by a dead worker goes to another after this long."
    )
    chroma_url: str | None = Field(default=None, description="http://host:port of a Chroma server; unset = embedded.")

    llm_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("LLM_BASE_URL", "OPENAI_BASE_URL"),
        description="Any OpenAI-compatible endpoint: OpenAI, OpenRouter, Ollama, vLLM, llama.cpp.",
    )
    llm_api_key: SecretStr | None = Field(default=None, validation_alias=AliasChoices("LLM_API_KEY", "OPENAI_API_KEY"))
    llm_model: str = Field(default="gpt-4o-mini", validation_alias=AliasChoices("LLM_MODEL", "OPENAI_MODEL"))
    llm_temperature: float = 0.2
    llm_timeout_s: float = 60.0
    llm_max_retries: int = 2
    # Routes (docs/models.md): named model profiles and which of them each LLM step uses, in order of preference.
    llm_profiles: str | None = Field(
        default=None, description="JSON object of named profiles: {name: {base_url, api_key, model, ...}}."
    )
    llm_routes: str | None = Field(
        default=None, description="JSON object {step: [profile, fallback, ...]}; 'default' covers unnamed steps."
    )
    llm_routes_file: Path | None = Field(default=None, description="YAML file with 'profiles:' and 'routes:'.")
    llm_circuit_failures: int = Field(
        default=3, ge=1, description="Failed calls in a row that open a profile's circuit (a blip does not)."
    )
    llm_circuit_cooldown_s: float = Field(default=60.0, gt=0, description="How long an open circuit skips a profile.")

    # Embeddings: the local MiniLM unless an OpenAI-compatible /v1/embeddings endpoint is set.
    embedding_base_url: str | None = Field(default=None, description="OpenAI-compatible /v1 URL; unset = MiniLM.")
    embedding_api_key: SecretStr | None = None
    embedding_model: str = Field(default="all-MiniLM-L6-v2", description="The model name sent to the endpoint.")
    embedding_timeout_s: float = Field(default=30.0, gt=0)
    embedding_batch_size: int = Field(default=64, ge=1)

    chromium_path: Path = Path("/usr/bin/chromium")

    # Discovery: the sources' API base URLs (point them at a mirror or a local replay server), keys, budgets.
    source_base_urls: Annotated[dict[str, str], NoDecode] = Field(
        default_factory=dict,
        description="Overrides of sources' API base URLs by source name, as a JSON object or name=url pairs "
        "separated by commas ('greenhouse=http://127.0.0.1:8000'); recruitee's may hold '{company}'.",
    )
    jooble_api_key: SecretStr | None = None
    serpapi_api_key: SecretStr | None = None
    sources_file: Path | None = Field(default=None, description="YAML of sources used when a run names none.")
    http_user_agent: str = "CareerPilot/0.1 (+https://github.com/careerpilot; personal job search)"
    http_timeout_s: float = Field(default=20.0, gt=0)
    http_max_retries: int = Field(default=3, ge=0)
    http_backoff_s: float = Field(default=0.5, ge=0, description="First retry delay; doubles each try, with jitter.")
    http_max_retry_after_s: float = Field(default=60.0, ge=0, description="Longest Retry-After honoured.")
    http_per_host_concurrency: int = Field(default=4, ge=1)
    http_per_host_rate: float = Field(default=5.0, gt=0, description="Requests per second per host.")
    http_total_concurrency: int = Field(default=16, ge=1)
    http_proxies: list[str] = Field(default_factory=list, description="Proxy URLs rotated per request (JSON list).")
    http_respect_robots: bool = True
    career_pages_max_pages: int = Field(default=25, ge=1, description="Pages followed per career site.")
    career_pages_js_fallback: bool = Field(default=True, description="Render with Chromium when JSON-LD needs JS.")
    browser_loopback_only: bool = Field(default=False, description="Chromium may load 127.0.0.1 only (tests).")
    fetch_allowed_hosts: str = Field(
        default="",
        description="Comma-separated hosts, addresses and CIDRs that fetches of URLs from postings, pages, sources "
        "and tool arguments may reach although not public (loopback, LAN, link-local...); empty = public only.",
    )
    research_fetch_company_site: bool = Field(default=True, description="Read the company's about/careers pages.")
    research_search_base_url: str | None = Field(
        default=None, description="OpenAI-compatible online model (e.g. Perplexity) for company news; unset = off."
    )
    research_search_api_key: SecretStr | None = None
    research_search_model: str = "sonar"
    research_cache_days: int = Field(default=14, ge=0)

    # API faces: keys live hashed in SQL (careerpilot keys create); there is no default key.
    extension_origin: str | None = Field(
        default=None, description="The only origin CORS admits, e.g. chrome-extension://<id>; unset admits none."
    )
    api_rate_limit_per_minute: int = Field(default=600, ge=1, description="Requests per minute per API key.")
    api_max_request_bytes: int = Field(default=5 * 1024 * 1024, ge=1024, description="Largest request body.")
    api_docs_public: bool = Field(default=False, description="Serve /docs and /openapi.json without a key.")
    chat_history_turns: int = Field(default=20, ge=1, description="Messages kept per chat session.")
    chat_max_tool_steps: int = Field(default=6, ge=1, description="Tool calls the chat agent may make per message.")

    min_job_match_score: float = Field(default=70, ge=0, le=100)
    # Matching's optional LLM steps (docs/matching.md); they run only when an LLM is configured.
    match_llm_refine_top_k: int = Field(
        default=20, ge=0, description="Best-placed postings per ranking whose requirements the LLM refines; 0 = off."
    )
    match_llm_concurrency: int = Field(default=4, ge=1, description="Parallel LLM requests of requirement refinement.")
    match_rerank_top_k: int = Field(default=10, ge=0, description="Top matches the LLM reranks; 0 = off.")
    match_rerank_weight: float = Field(default=0.3, ge=0, le=1, description="Share of the LLM fit in reranked scores.")
    max_applications_per_run: int = Field(default=3, ge=0)
    max_applications_per_day: int = Field(default=10, ge=0)
    max_applications_per_site_per_day: int = Field(default=3, ge=0, description="Submissions per ATS host per day.")
    apply_dry_run: bool = Field(default=False, description="Fill forms and screenshot, never click submit.")
    autonomous_apply: bool = Field(default=False, description="Auto-approve under the policy below; off = always ask.")
    autonomous_min_score: float = Field(default=85, ge=0, le=100)
    browser_allowed_hosts: str = Field(
        default="*",
        description="Comma-separated hosts the applier's browser may reach ('*' = any); tests set loopback only.",
    )
    apply_timeout_s: float = Field(default=20.0, gt=0, description="How long to wait for a page or a confirmation.")

    notion_api_key: SecretStr | None = None
    notion_applications_db_id: str | None = None
    notion_job_tracker_db_id: str | None = None
    notion_parent_page_id: str | None = Field(default=None, description="Page under which to create the databases.")
    notion_version: str = "2025-09-03"
    notion_base_url: str = "https://api.notion.com"
    notion_timeout_s: float = 30.0
    notion_max_retries: int = Field(default=3, ge=0)
    notion_requests_per_second: float = Field(default=3.0, gt=0)

    imap_host: str | None = Field(default=None, description="IMAP server of the mailbox you apply from.")
    imap_port: int = 993
    imap_ssl: bool = True
    imap_username: str | None = None
    imap_password: SecretStr | None = Field(default=None, description="For Gmail: an app password.")
    imap_folder: str = "INBOX"
    imap_since_days: int = Field(default=30, ge=1, description="How far back a check reads (IMAP or Gmail API).")
    imap_timeout_s: float = 30.0
    # The Gmail API (read-only OAuth) instead of IMAP when all three are set; docs/tracking.md shows how to get them.
    gmail_client_id: str | None = Field(default=None, description="OAuth client id (Desktop app) of your project.")
    gmail_client_secret: SecretStr | None = None
    gmail_refresh_token: SecretStr | None = Field(default=None, description="Granted the gmail.readonly scope.")
    gmail_query: str = Field(default="", description="Extra Gmail search terms, e.g. '-category:promotions'.")
    gmail_api_base_url: str = "https://gmail.googleapis.com"
    gmail_token_url: str = "https://oauth2.googleapis.com/token"
    gmail_timeout_s: float = Field(default=30.0, gt=0)
    gmail_max_retries: int = Field(default=3, ge=0, description="Retries of 429s, rate-limit 403s, 5xx, no answer.")
    gmail_backoff_s: float = Field(default=1.0, ge=0, description="First retry delay; doubles each try.")
    mail_check_interval_s: float = Field(
        default=1800, ge=0, description="How often the daemon and beat read the mailbox; 0 = only 'mail check'."
    )

    apprise_urls: str = Field(default="", description="Apprise URLs (Slack, Discord, mailto, json...), comma-sep.")
    strong_match_score: float = Field(default=85, ge=0, le=100, description="A match the digest calls strong.")
    high_priority_days: int = Field(default=3, ge=1, description="Follow up this many days after applying (score>=85).")
    medium_priority_days: int = Field(default=7, ge=1, description="Follow-up window for scores from 70 to 85.")
    low_priority_days: int = Field(default=14, ge=1, description="Follow-up window for the other applications.")
    digest_enabled: bool = Field(default=True, description="The daemon and beat send the digest once a day.")
    digest_time: str = Field(default="08:00", description="HH:MM in TIMEZONE when the daily digest goes out.")

    @field_validator("source_base_urls", mode="before")
    @classmethod
    def _read_base_urls(cls, value: Any) -> Any:
        """Read SOURCE_BASE_URLS from the environment: a JSON object, or 'name=url' pairs separated by commas."""
        if not isinstance(value, str):
            return value
        text = value.strip()
        if text.startswith("{"):
            return json.loads(text)
        pairs = [pair.partition("=") for pair in text.split(",") if pair.strip()]
        if any(not sep or not name.strip() for name, sep, _ in pairs):
            raise ValueError("expected a JSON object or name=url pairs, e.g. 'greenhouse=http://127.0.0.1:8000'")
        return {name.strip(): url.strip() for name, _, url in pairs}

    @property
    def data_path(self) -> Path:
        """The data directory with ``~`` expanded."""
        return self.data_dir.expanduser()

    @property
    def sql_url(self) -> str:
        """The database URL in effect."""
        return self.database_url or f"sqlite:///{self.data_path / 'careerpilot.db'}"

    @property
    def allowed_hosts(self) -> tuple[str, ...]:
        """The hosts the applier's browser may reach, lower-cased; ``("*",)`` means any."""
        return tuple(h.strip().lower() for h in self.browser_allowed_hosts.split(",") if h.strip())

    @property
    def fetch_allow_list(self) -> tuple[str, ...]:
        """The FETCH_ALLOWED_HOSTS entries: host names, addresses and CIDRs beyond the public internet."""
        return tuple(h.strip() for h in self.fetch_allowed_hosts.split(",") if h.strip())

    @property
    def gmail_settings(self) -> dict[str, bool]:
        """Which of the three Gmail API settings are set."""
        return {
            "GMAIL_CLIENT_ID": bool(self.gmail_client_id),
            "GMAIL_CLIENT_SECRET": bool(self.gmail_client_secret and self.gmail_client_secret.get_secret_value()),
            "GMAIL_REFRESH_TOKEN": bool(self.gmail_refresh_token and self.gmail_refresh_token.get_secret_value()),
        }

    @property
    def mail_configured(self) -> bool:
        """True when a mailbox is set up: the Gmail API (all three settings) or IMAP."""
        return all(self.gmail_settings.values()) or bool(self.imap_host and self.imap_username and self.imap_password)

    @property
    def llm_configured(self) -> bool:
        """True when an OpenAI-compatible endpoint or key is set; otherwise LLM steps use rules."""
        return bool(self.llm_base_url or self.llm_api_key)

"""Settings: the only place that reads the environment and ``.env``."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


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

    embedding_model: str = Field(default="local-minilm", description="'local-minilm' (offline) is the default.")
    chromium_path: Path = Path("/usr/bin/chromium")

    min_job_match_score: float = Field(default=70, ge=0, le=100)
    max_applications_per_run: int = Field(default=3, ge=0)
    max_applications_per_day: int = Field(default=10, ge=0)

    notion_api_key: SecretStr | None = None
    notion_applications_db_id: str | None = None
    notion_job_tracker_db_id: str | None = None

    @property
    def data_path(self) -> Path:
        """The data directory with ``~`` expanded."""
        return self.data_dir.expanduser()

    @property
    def sql_url(self) -> str:
        """The database URL in effect."""
        return self.database_url or f"sqlite:///{self.data_path / 'careerpilot.db'}"

    @property
    def uses_postgres(self) -> bool:
        """True when the tables and checkpoints live in PostgreSQL."""
        return self.sql_url.startswith(("postgresql", "postgres"))

    @property
    def llm_configured(self) -> bool:
        """True when an OpenAI-compatible endpoint or key is set; otherwise LLM steps use rules."""
        return bool(self.llm_base_url or self.llm_api_key)

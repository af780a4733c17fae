"""The service layer every face calls; ``Services.open(settings)`` builds it once per process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Any

from careerpilot.config import Settings
from careerpilot.domain.errors import StorageError
from careerpilot.memory.checkpoints import open_checkpointer
from careerpilot.memory.embeddings import LocalEmbedder
from careerpilot.memory.sql import Store
from careerpilot.memory.vectors import VectorStore, open_chroma
from careerpilot.services.applying import ApplyingService
from careerpilot.services.discovery import DiscoveryService
from careerpilot.services.documents import DocumentsService
from careerpilot.services.llm import build_chat_model
from careerpilot.services.matching import MatchingService
from careerpilot.services.planning import PlanningService
from careerpilot.services.runs import RunService


@dataclass
class Services:
    """Every service, wired once from Settings."""

    settings: Settings
    store: Store
    vectors: VectorStore
    planning: PlanningService
    discovery: DiscoveryService
    matching: MatchingService
    documents: DocumentsService
    applying: ApplyingService
    runs: RunService

    @classmethod
    @asynccontextmanager
    async def open(cls, settings: Settings, embedder: LocalEmbedder | None = None) -> AsyncIterator[Services]:
        """Open storage, build the services and the checkpointed graph; close everything on exit.

        Pass an ``embedder`` to share one loaded model between several opens in one process.
        """
        data = settings.data_path
        _ensure_writable(data)
        async with AsyncExitStack() as stack:
            store = Store.open(settings.sql_url)
            stack.callback(store.close)
            vectors = VectorStore(open_chroma(data / "chroma", settings.chroma_url), embedder or LocalEmbedder())
            llm = build_chat_model(settings)
            checkpointer = await stack.enter_async_context(
                open_checkpointer(settings.sql_url, data / "checkpoints.sqlite")
            )
            services = cls._wire(settings, store, vectors, llm)
            services.runs = RunService(
                store, services.matching, services.applying, _compile(checkpointer), _context(services)
            )
            yield services

    @classmethod
    def _wire(cls, settings: Settings, store: Store, vectors: VectorStore, llm: Any) -> Services:
        matching = MatchingService(vectors)
        applying = ApplyingService(store)
        return cls(
            settings=settings,
            store=store,
            vectors=vectors,
            planning=PlanningService(llm, settings.min_job_match_score, settings.max_applications_per_run),
            discovery=DiscoveryService(store),
            matching=matching,
            documents=DocumentsService(store, settings.data_path / "documents", settings.chromium_path, llm),
            applying=applying,
            runs=None,  # type: ignore[arg-type]  # set by open() once the graph is compiled
        )


def _ensure_writable(path: Any) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise StorageError(
            f"the data directory {path} is not writable ({exc.strerror}): set CAREERPILOT_DATA_DIR to another folder"
        ) from exc


def _compile(checkpointer: Any) -> Any:
    # The one place services touch the graph: deferred, so the import direction graph -> services holds.
    from careerpilot.graph.graph import build_graph

    return build_graph().compile(checkpointer=checkpointer)


def _context(services: Services) -> Any:
    from careerpilot.graph.context import Context

    return Context(services=services)

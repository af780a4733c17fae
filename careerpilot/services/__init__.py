"""The service layer every face calls; ``Services.open(settings)`` builds it once per process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Any

from careerpilot.config import Settings
from careerpilot.domain.errors import StorageError
from careerpilot.memory.answers import AnswerMemory
from careerpilot.memory.checkpoints import open_checkpointer
from careerpilot.memory.embeddings import LocalEmbedder
from careerpilot.memory.kv import KeyValueMemory
from careerpilot.memory.sql import Store
from careerpilot.memory.vectors import VectorStore, open_chroma
from careerpilot.services.answers import AnswerService
from careerpilot.services.applying import ApplyingService
from careerpilot.services.assist import AssistService
from careerpilot.services.autonomy import wire_autonomy
from careerpilot.services.chat import ChatService
from careerpilot.services.discovery import DiscoveryService
from careerpilot.services.documents import DocumentsService
from careerpilot.services.feedback import FeedbackService
from careerpilot.services.jobs import JobsService
from careerpilot.services.keys import KeyService
from careerpilot.services.llm import build_chat_model
from careerpilot.services.matching import MatchingService
from careerpilot.services.metrics import LLMMetricsCallback, Metrics
from careerpilot.services.notifications import NotificationService
from careerpilot.services.notion_sync import NotionSyncService
from careerpilot.services.outcomes import OutcomeService
from careerpilot.services.planning import PlanningService
from careerpilot.services.profile import ProfileService
from careerpilot.services.requirements_llm import RequirementRefiner
from careerpilot.services.rerank import Reranker
from careerpilot.services.research import ResearchService
from careerpilot.services.review import ReviewService
from careerpilot.services.routines import Routines
from careerpilot.services.run_control import RunControl
from careerpilot.services.runs import RunService
from careerpilot.services.scheduler import SchedulerService
from careerpilot.services.tracking import TrackingService
from careerpilot.services.tracking_suite import wire_tracking


@dataclass
class Services:
    """Every service, wired once from Settings."""

    settings: Settings
    store: Store
    vectors: VectorStore
    planning: PlanningService
    discovery: DiscoveryService
    research: ResearchService
    matching: MatchingService
    documents: DocumentsService
    applying: ApplyingService
    runs: RunService
    keys: KeyService
    profile: ProfileService
    jobs: JobsService
    review: ReviewService
    chat: ChatService
    tracking: TrackingService
    notion: NotionSyncService
    outcomes: OutcomeService
    notifications: NotificationService
    metrics: Metrics
    # Set by open() through wire_autonomy: shared memory (Redis or in-process), run control, schedules.
    kv: KeyValueMemory | None = None
    control: RunControl | None = None
    scheduler: SchedulerService | None = None
    routines: Routines | None = None  # set by open() with the scheduler: the daily digest and mail checks
    feedback: FeedbackService | None = None  # set by open(): long-term memory of the user's verdicts
    assist: AssistService | None = None  # set by open() with runs: the extension's help in the person's browser

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
            services.review = ReviewService(store, services.runs)
            services.assist = AssistService(
                store,
                services.profile,
                services.jobs,
                services.matching,
                services.documents,
                services.applying,
                services.runs,
            )
            services.chat = ChatService(
                llm, _chat_tools(services), settings.chat_history_turns, settings.chat_max_tool_steps
            )
            services.feedback = FeedbackService(store, vectors)
            services.runs.feedback = services.applying.feedback = services.planning.feedback = services.feedback
            services.documents.company_briefs = services.research.brief_text
            services.jobs.research = services.research
            if llm is not None:
                llm.callbacks = [LLMMetricsCallback(services.metrics, settings.llm_model)]
            wire_autonomy(services, stack)
            yield services

    @classmethod
    def _wire(cls, settings: Settings, store: Store, vectors: VectorStore, llm: Any) -> Services:
        matching = MatchingService(vectors, refiner=_refiner(settings, llm), reranker=_reranker(settings, llm))
        planning = PlanningService(llm, settings.min_job_match_score, settings.max_applications_per_run)
        documents = DocumentsService(store, settings.data_path / "documents", settings.chromium_path, llm)
        applying = ApplyingService(
            store, settings, AnswerService(AnswerMemory(store, vectors), llm), documents=documents, matching=matching
        )
        profile = ProfileService(settings.data_path)
        return cls(
            settings=settings,
            store=store,
            vectors=vectors,
            planning=planning,
            discovery=DiscoveryService(store, settings),
            research=ResearchService(store, settings),
            matching=matching,
            documents=documents,
            applying=applying,
            runs=None,  # type: ignore[arg-type]  # set by open() once the graph is compiled
            keys=KeyService(store),
            profile=profile,
            jobs=JobsService(store, matching, planning, documents, profile),
            review=None,  # type: ignore[arg-type]  # set by open() with runs
            chat=None,  # type: ignore[arg-type]  # set by open(): its tools wrap these services
            **wire_tracking(settings, store, llm),
        )


def _refiner(settings: Settings, llm: Any) -> RequirementRefiner | None:
    """Return the matcher's LLM requirement refinement (cached under the data directory), None without an LLM."""
    if llm is None or settings.match_llm_refine_top_k == 0:
        return None
    cache = settings.data_path / "matching_llm_cache.sqlite"
    return RequirementRefiner(
        llm, settings.llm_model, cache, settings.match_llm_refine_top_k, settings.match_llm_concurrency
    )


def _reranker(settings: Settings, llm: Any) -> Reranker | None:
    """Return the matcher's LLM rerank of the top K, None without an LLM."""
    if llm is None or settings.match_rerank_top_k == 0:
        return None
    return Reranker(llm, settings.llm_model, settings.match_rerank_top_k, settings.match_rerank_weight)


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


def _chat_tools(services: Services) -> Any:
    from careerpilot.graph.tools import build_tools

    return build_tools(services)


def _context(services: Services) -> Any:
    from careerpilot.graph.context import Context

    return Context(services=services)

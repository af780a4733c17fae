"""The service layer every face calls: one immutable ``Services``, built in dependency order by ``build``.

``Services.open(settings)`` is the composition root: it opens storage, builds every capability's service from the
things it needs (nothing is patched in afterwards), compiles the graph with its context, and closes it all on exit.
"""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careerpilot.access.keys import KeyService
from careerpilot.applying.answers import AnswerService
from careerpilot.applying.assist import AssistService
from careerpilot.applying.review import ReviewService
from careerpilot.applying.service import ApplyingService
from careerpilot.autonomy.routines import Routines
from careerpilot.autonomy.scheduler import SchedulerService
from careerpilot.config import Settings
from careerpilot.discovery.research import OnlineModelSearch, ResearchService
from careerpilot.discovery.service import DiscoveryService
from careerpilot.documents.service import DocumentsService, sweep_staging
from careerpilot.domain.errors import StorageError
from careerpilot.domain.tracking import TrackedApplication
from careerpilot.graph.context import Context
from careerpilot.graph.graph import build_graph
from careerpilot.graph.tools import build_tools
from careerpilot.jobs.service import JobsService
from careerpilot.llm.chat import ChatService
from careerpilot.llm.circuit import open_breaker
from careerpilot.llm.embedders import remote_embedder
from careerpilot.llm.router import RoutedChatModel, Router
from careerpilot.llm.routes import load_routing
from careerpilot.llm.usage import UsageLedger
from careerpilot.matching.feedback import FeedbackService
from careerpilot.matching.requirements_llm import RequirementRefiner
from careerpilot.matching.rerank import Reranker
from careerpilot.matching.service import MatchingService
from careerpilot.memory.answers import AnswerMemory
from careerpilot.memory.chat_sessions import ChatSessions
from careerpilot.memory.checkpoints import open_checkpointer
from careerpilot.memory.embeddings import Embedder, LocalEmbedder
from careerpilot.memory.kv import InProcessMemory, KeyValueMemory
from careerpilot.memory.privacy import private_umask, secure_data_dir
from careerpilot.memory.schedules import ScheduleStore
from careerpilot.memory.sql import Store
from careerpilot.memory.tracking import TrackingStore
from careerpilot.memory.vectors import VectorStore, open_chroma
from careerpilot.profile.service import ProfileService
from careerpilot.runs.control import RunControl
from careerpilot.runs.journal import RunJournal
from careerpilot.runs.live import LiveEvents
from careerpilot.runs.planning import PlanningService
from careerpilot.runs.ranking import RunRanker
from careerpilot.runs.service import RunService
from careerpilot.tools.notify import Notifier, split_urls
from careerpilot.tracking.metrics import Metrics
from careerpilot.tracking.notifications import NotificationService
from careerpilot.tracking.notion_sync import NotionSyncService
from careerpilot.tracking.outcomes import OutcomeService
from careerpilot.tracking.service import FollowUpWindows, TrackingService


@dataclass(frozen=True)
class Services:
    """Every service, wired once from Settings; faces call these and nothing below them."""

    settings: Settings
    store: Store
    vectors: VectorStore
    kv: KeyValueMemory
    metrics: Metrics
    router: Router
    feedback: FeedbackService
    planning: PlanningService
    discovery: DiscoveryService
    research: ResearchService
    matching: MatchingService
    documents: DocumentsService
    applying: ApplyingService
    profile: ProfileService
    jobs: JobsService
    keys: KeyService
    journal: RunJournal
    runs: RunService
    control: RunControl
    review: ReviewService
    assist: AssistService
    chat: ChatService
    tracking: TrackingService
    notion: NotionSyncService
    outcomes: OutcomeService
    notifications: NotificationService
    scheduler: SchedulerService
    routines: Routines
    notes: tuple[str, ...] = ()  # what opening did that the user should hear of (permissions tightened)

    @classmethod
    @asynccontextmanager
    async def open(cls, settings: Settings, embedder: Embedder | None = None) -> AsyncIterator[Services]:
        """Open storage, build the services and the checkpointed graph; close everything on exit.

        Pass an ``embedder`` to share one loaded model between several opens in one process; an embeddings
        endpoint in the settings (EMBEDDING_BASE_URL) takes its place.
        """
        async with AsyncExitStack() as stack:
            stack.enter_context(private_umask())
            notes = _open_data_dir(settings.data_path)
            sweep_staging(settings.data_path / "documents")
            store = Store.open(settings.sql_url)
            stack.callback(store.close)
            kv = _open_shared_memory(settings)
            stack.callback(kv.close)
            checkpointer = await stack.enter_async_context(
                open_checkpointer(settings.sql_url, settings.data_path / "checkpoints.sqlite")
            )
            remote = remote_embedder(settings)
            if remote is not None:
                stack.callback(remote.close)
            vectors = VectorStore(
                open_chroma(settings.data_path / "chroma", settings.chroma_url), remote or embedder or LocalEmbedder()
            )
            services = build(settings, store, vectors, kv, checkpointer, notes)
            stack.push_async_callback(services.router.aclose)
            yield services


def build(
    settings: Settings,
    store: Store,
    vectors: VectorStore,
    kv: KeyValueMemory,
    checkpointer: Any,
    notes: tuple[str, ...] = (),
) -> Services:
    """Build every service from opened storage, each after the services it needs; ``notes`` are for the user."""
    metrics = Metrics(store)
    router = _router(settings, kv, metrics)
    llm = router.model
    feedback = FeedbackService(store, vectors)
    research = ResearchService(store, settings, search=_research_search(llm("research_search")))
    matching = MatchingService(
        vectors, refiner=_refiner(settings, llm("requirements")), reranker=_reranker(settings, llm("rerank"))
    )
    planning = PlanningService(
        llm("planner"), settings.min_job_match_score, settings.max_applications_per_run, feedback
    )
    documents = DocumentsService(
        store,
        settings.data_path / "documents",
        settings.chromium_path,
        llm("resume_writer"),
        company_briefs=research.brief_text,
        letter_llm=llm("cover_letter"),
    )
    answers = AnswerService(AnswerMemory(store, vectors), llm("screening_answers"))
    applying = ApplyingService(
        store, settings, answers, documents=documents, matching=matching, feedback=feedback, kv=kv
    )
    profile = ProfileService(settings.data_path, llm("resume_import"), settings.sources_file)
    jobs = JobsService(store, matching, planning, documents, profile, research)
    discovery = DiscoveryService(store, settings)

    journal = RunJournal(store, listeners=[LiveEvents(store, kv).on_event])
    context = Context(
        journal=journal,
        planning=planning,
        discovery=discovery,
        research=research,
        ranker=RunRanker(store, journal, matching, feedback),
        documents=documents,
        applying=applying,
        metrics=metrics,
    )
    runs = RunService(
        store, journal, applying, build_graph().compile(checkpointer=checkpointer), context, usage=router.ledger
    )
    control = RunControl(store, runs, kv, settings.lock_ttl_s)

    tracking_store = TrackingStore(store.engine)
    tracker = TrackingService(store, tracking_store, _follow_up_windows(settings))
    notifier = Notifier(split_urls(settings.apprise_urls))
    notifications = NotificationService(tracker, notifier, settings.strong_match_score)
    outcomes = OutcomeService(tracker, tracking_store, settings, llm=llm("mail_outcomes"))

    def count(tracked: TrackedApplication, by: str) -> None:
        metrics.count_status_change(tracked.application.status.value, by)

    tracker.subscribe(count)
    tracker.subscribe(notifications.on_status_change)

    schedules = ScheduleStore(store)
    routines = Routines(settings, schedules, notifications, outcomes)
    scheduler = SchedulerService(
        store,
        runs,
        control,
        kv,
        schedules,
        routines,
        notifier.send if notifier.configured else None,
        settings.lock_ttl_s,
    )
    return Services(
        settings=settings,
        store=store,
        vectors=vectors,
        kv=kv,
        metrics=metrics,
        router=router,
        feedback=feedback,
        planning=planning,
        discovery=discovery,
        research=research,
        matching=matching,
        documents=documents,
        applying=applying,
        profile=profile,
        jobs=jobs,
        keys=KeyService(store),
        journal=journal,
        runs=runs,
        control=control,
        review=ReviewService(store, runs, applying.gate),
        assist=AssistService(store, profile, jobs, matching, documents, applying, runs),
        chat=ChatService(
            llm("chat"),
            build_tools(jobs, tracker, applying),
            settings.chat_history_turns,
            settings.chat_max_tool_steps,
            ChatSessions(kv, settings.chat_history_ttl_s),
        ),
        tracking=tracker,
        notion=NotionSyncService(store, tracking_store, tracker, settings),
        outcomes=outcomes,
        notifications=notifications,
        scheduler=scheduler,
        routines=routines,
        notes=notes,
    )


def _follow_up_windows(settings: Settings) -> FollowUpWindows:
    return FollowUpWindows(
        high_days=settings.high_priority_days,
        medium_days=settings.medium_priority_days,
        low_days=settings.low_priority_days,
        high_score=settings.strong_match_score,
        medium_score=settings.min_job_match_score,
    )


def _router(settings: Settings, kv: KeyValueMemory, metrics: Metrics) -> Router:
    """Return the model router: the settings' routes, circuits shared through Redis when set, usage to metrics."""
    breaker = open_breaker(
        settings.redis_url, settings.redis_prefix, settings.llm_circuit_failures, settings.llm_circuit_cooldown_s
    )
    cache = kv.llm_cache(settings.llm_cache_ttl_s) if settings.llm_cache else None
    return Router(load_routing(settings), breaker, UsageLedger([metrics.on_llm_call]), cache=cache)


def _research_search(llm: RoutedChatModel | None) -> OnlineModelSearch | None:
    """Return company news search through the research_search route, None when it has no model (search off)."""
    return OnlineModelSearch(llm) if llm is not None else None


def _refiner(settings: Settings, llm: RoutedChatModel | None) -> RequirementRefiner | None:
    """Return the matcher's LLM requirement refinement (cached under the data directory), None without an LLM."""
    if llm is None or settings.match_llm_refine_top_k == 0:
        return None
    cache = settings.data_path / "matching_llm_cache.sqlite"
    return RequirementRefiner(
        llm, llm.first_model, cache, settings.match_llm_refine_top_k, settings.match_llm_concurrency
    )


def _reranker(settings: Settings, llm: RoutedChatModel | None) -> Reranker | None:
    """Return the matcher's LLM rerank of the top K, None without an LLM."""
    if llm is None or settings.match_rerank_top_k == 0:
        return None
    return Reranker(llm, llm.first_model, settings.match_rerank_top_k, settings.match_rerank_weight)


def _open_shared_memory(settings: Settings) -> KeyValueMemory:
    """Return Redis-backed memory when REDIS_URL is set, else the in-process equivalent."""
    if not settings.redis_url:
        return InProcessMemory()
    from careerpilot.memory.redis import RedisMemory  # the redis client only where it is used

    return RedisMemory(settings.redis_url, prefix=settings.redis_prefix)


def _open_data_dir(path: Path) -> tuple[str, ...]:
    """Create the data directory private, tighten an older install's modes and check it is writable; return notes."""
    try:
        tightened = secure_data_dir(path)
        # a probe of its own: processes opening the folder at once (a run, the daemon, a review) shared one name,
        # and one's unlink made the other's fail as "not writable"
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as exc:
        raise StorageError(
            f"the data directory {path} is not writable ({exc.strerror}): set CAREERPILOT_DATA_DIR to another folder"
        ) from exc
    if not tightened:
        return ()
    return (f"made {tightened} file(s) and folder(s) in {path} private to you (they were readable by other users)",)

"""The FastAPI app: one Services per process, routers per resource, problem+json errors, MCP at /mcp.

Add a router with one line in ROUTERS; every router there requires an API key.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import APIRouter, Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.routing import Route

from careerpilot.api.auth import API_KEY_HEADER, KeyGuard, RateLimiter, require_key
from careerpilot.api.cache import (
    RESPONSE_CACHE_SECONDS,
    VERSIONED_CACHE_SECONDS,
    InvalidateOnWrite,
    ResponseCache,
    sqlite_data_version,
)
from careerpilot.api.cached_reads import CachedReads
from careerpilot.api.errors import PROBLEM_RESPONSES, install_error_handlers
from careerpilot.api.limits import BodySizeLimit, JsonDepthLimit
from careerpilot.api.routes import (
    applications,
    approvals,
    assist,
    chat,
    dashboard,
    health,
    jobs,
    metrics,
    openapi_docs,
    profile,
    runs,
    session,
)
from careerpilot.api.tasks import RunTasks
from careerpilot.config import Settings
from careerpilot.mcp_server.server import create_server
from careerpilot.memory.embeddings import LocalEmbedder
from careerpilot.services import Services

API_THREADS = 5  # SQLAlchemy's default pool size
ROUTERS: list[APIRouter] = [
    runs.router,
    approvals.router,
    jobs.router,
    applications.router,
    profile.router,
    chat.router,
    assist.router,
    dashboard.router,
    metrics.router,
]


def create_app(
    settings: Settings | None = None, embedder: LocalEmbedder | None = None, host: str = "127.0.0.1"
) -> FastAPI:
    """Build the app; Services open when it starts (uvicorn's lifespan) and close when it stops."""
    settings = settings or Settings()
    mcp = create_server(lambda: _lent(app))
    version = sqlite_data_version(settings.sql_url)
    cache = ResponseCache(VERSIONED_CACHE_SECONDS if version else RESPONSE_CACHE_SECONDS, version=version)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with Services.open(settings, embedder) as services:
            # Sync handlers run in worker threads; more threads than pooled SQL connections only churns
            # connections (open, pragmas, close) under load, which is what hurt p99.
            anyio.to_thread.current_default_thread_limiter().total_tokens = API_THREADS
            app.state.services = services
            app.state.tasks = RunTasks(services, on_end=cache.invalidate)
            app.state.limiter = RateLimiter(settings.api_rate_limit_per_minute)
            stop_invalidating = services.journal.subscribe(cache.invalidate)  # a run's writes come with its events
            # Move what startup built (models, tables, routes) out of the collector's reach: full collections
            # over it paused every request for tens of milliseconds, which is what the p99 was made of.
            gc.collect()
            gc.freeze()
            async with mcp.session_manager.run():
                try:
                    yield
                finally:
                    stop_invalidating()
                    await app.state.tasks.close()

    docs = settings.api_docs_public
    app = FastAPI(
        title="CareerPilot",
        version="0.1.0",
        description=f"Local-first job-search agent. Send a key from `careerpilot keys create` in `{API_KEY_HEADER}`.",
        lifespan=lifespan,
        openapi_url=None,  # the schema and /docs come from openapi_docs.router, with Swagger UI served locally
        docs_url=None,
        redoc_url=None,
    )
    app.state.cache = cache
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(session.router)  # /login for the dashboard; checks the key itself
    app.include_router(openapi_docs.router, dependencies=[] if docs else [Depends(require_key)])
    for router in ROUTERS:
        app.include_router(router, dependencies=[Depends(require_key)], responses=PROBLEM_RESPONSES)
    _mount_mcp(app, mcp, host)
    app.add_middleware(InvalidateOnWrite, cache=cache)
    app.add_middleware(CachedReads, cache=cache, state=app.state)
    app.add_middleware(JsonDepthLimit)
    app.add_middleware(BodySizeLimit, max_bytes=settings.api_max_request_bytes)
    if settings.extension_origin:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=[settings.extension_origin],
            allow_methods=["GET", "POST", "PUT"],
            allow_headers=[API_KEY_HEADER, "Authorization", "Content-Type", "Last-Event-ID"],
            max_age=600,
        )
    return app


@asynccontextmanager
async def _lent(app: FastAPI) -> AsyncIterator[Services]:
    """Lend the app's Services to the MCP server (its lifespan starts inside the app's)."""
    yield app.state.services


def _mount_mcp(app: FastAPI, mcp: object, host: str) -> None:
    """Serve the MCP streamable-HTTP endpoint at /mcp behind the API key."""
    mcp_app = mcp.streamable_http_app(streamable_http_path="/mcp", host=host)  # type: ignore[attr-defined]
    endpoint = next(r for r in mcp_app.routes if isinstance(r, Route) and r.path == "/mcp")
    app.router.routes.append(Route("/mcp", endpoint=KeyGuard(endpoint.app, app.state), include_in_schema=False))

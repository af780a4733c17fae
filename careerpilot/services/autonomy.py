"""Wire autonomy into a Services object: shared memory, run control, the scheduler and its routines, chat, cache."""

from __future__ import annotations

from contextlib import AsyncExitStack
from typing import Any

from careerpilot.memory.chat_sessions import ChatSessions
from careerpilot.memory.kv import KeyValueMemory, open_memory
from careerpilot.services.routines import Routines
from careerpilot.services.run_control import RunControl
from careerpilot.services.scheduler import SchedulerService


def wire_autonomy(services: Any, stack: AsyncExitStack) -> KeyValueMemory:
    """Open the shared memory (Redis or in-process) and hand it to every service that uses it."""
    settings = services.settings
    kv = open_memory(settings.redis_url, settings.redis_prefix)
    stack.callback(kv.close)
    services.kv = kv
    services.applying.kv = kv
    services.control = RunControl(services.store, services.runs, kv, settings.lock_ttl_s)
    services.runs.listeners.append(services.control.on_event)
    notifier = getattr(getattr(services, "notifications", None), "notifier", None)
    notify = notifier.send if notifier is not None and notifier.configured else None
    services.scheduler = SchedulerService(
        services.store, services.runs, services.control, kv, notify, settings.lock_ttl_s
    )
    if getattr(services, "notifications", None) is not None:
        services.routines = services.scheduler.routines = Routines(
            settings, services.scheduler.schedules, services.notifications, services.outcomes
        )
    if services.chat is not None:
        services.chat.sessions = ChatSessions(kv, settings.chat_history_ttl_s)
        if settings.llm_cache and services.chat.llm is not None:
            services.chat.llm.cache = kv.llm_cache(settings.llm_cache_ttl_s)
    return kv

"""Wire the tracking services together: tracker, Notion sync, mail outcomes, notifications and metrics."""

from __future__ import annotations

from typing import Any

from careerpilot.config import Settings
from careerpilot.domain.tracking import TrackedApplication
from careerpilot.memory.sql import Store
from careerpilot.memory.tracking import TrackingStore
from careerpilot.services.metrics import Metrics
from careerpilot.services.notifications import NotificationService
from careerpilot.services.notion_sync import NotionSyncService
from careerpilot.services.outcomes import OutcomeService
from careerpilot.services.tracking import FollowUpWindows, TrackingService
from careerpilot.tools.notify import Notifier, split_urls


def follow_up_windows(settings: Settings) -> FollowUpWindows:
    """Return the follow-up windows the settings describe."""
    return FollowUpWindows(
        high_days=settings.high_priority_days,
        medium_days=settings.medium_priority_days,
        low_days=settings.low_priority_days,
        high_score=settings.strong_match_score,
        medium_score=settings.min_job_match_score,
    )


def wire_tracking(settings: Settings, store: Store, llm: Any) -> dict[str, Any]:
    """Build the tracking services as keyword arguments for ``Services``."""
    tracking_store = TrackingStore(store.engine)
    tracker = TrackingService(store, tracking_store, follow_up_windows(settings))
    metrics = Metrics(store)
    notifications = NotificationService(
        tracker, Notifier(split_urls(settings.apprise_urls)), settings.strong_match_score
    )

    def count(tracked: TrackedApplication, by: str) -> None:
        metrics.count_status_change(tracked.application.status.value, by)

    tracker.listeners += [count, notifications.on_status_change]
    return {
        "tracking": tracker,
        "notion": NotionSyncService(store, tracking_store, tracker, settings),
        "outcomes": OutcomeService(tracker, tracking_store, settings, llm=llm),
        "notifications": notifications,
        "metrics": metrics,
    }

"""Two-way Notion sync: one page per application and per job, statuses flowing back with "latest edit wins".

The local tracker is the source of truth for everything but a status the user changes in Notion. Each sync:
reads every page of the Applications data source once (keyed by our id, so a re-sync never duplicates), pulls
status edits made in Notion since the last agreed status, pushes what changed locally, and records what both
sides agreed on. An application that fails to reach Notion keeps its old link and is retried on the next sync.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from datetime import datetime

from careerpilot.config import Settings
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.errors import ApprovalRequiredError, ConfigError, InvalidTransitionError
from careerpilot.domain.tracking import SyncReport, TrackedApplication, TrackerFilter
from careerpilot.memory.sql import Store
from careerpilot.memory.tables import utcnow
from careerpilot.memory.tracking import NotionLink, TrackingStore
from careerpilot.tools.notion import (
    APP_KEY,
    APPLICATIONS_TITLE,
    JOB_KEY,
    JOBS_TITLE,
    Json,
    NotionConfig,
    NotionError,
    NotionGateway,
    application_properties,
    applications_schema,
    job_properties,
    jobs_schema,
    parse_time,
    plain,
)
from careerpilot.tracking.service import TrackingService

log = logging.getLogger(__name__)
GatewayFactory = Callable[[NotionConfig], NotionGateway]


def notion_config(settings: Settings) -> NotionConfig:
    """Build the adapter's config from settings; raise ConfigError when no token is set."""
    if settings.notion_api_key is None:
        raise ConfigError("Notion is not configured: set NOTION_API_KEY (an internal integration token)")
    return NotionConfig(
        token=settings.notion_api_key.get_secret_value(),
        base_url=settings.notion_base_url,
        version=settings.notion_version,
        timeout_s=settings.notion_timeout_s,
        max_retries=settings.notion_max_retries,
        requests_per_second=settings.notion_requests_per_second,
    )


def _fingerprint(properties: Json) -> str:
    return hashlib.sha256(json.dumps(properties, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _floor_minute(value: datetime) -> datetime:
    return value.replace(second=0, microsecond=0)


class NotionSyncService:
    """Mirrors the tracker into Notion's Applications and Job Tracker databases and pulls status edits back."""

    def __init__(
        self,
        store: Store,
        tracking: TrackingStore,
        tracker: TrackingService,
        settings: Settings,
        gateway_factory: GatewayFactory = NotionGateway,
    ) -> None:
        self.store = store
        self.tracking = tracking
        self.tracker = tracker
        self.settings = settings
        self.gateway_factory = gateway_factory

    def sync(self) -> SyncReport:
        """Sync every application and its job; failures are reported per item and retried next time."""
        gateway = self.gateway_factory(notion_config(self.settings))
        report = SyncReport()
        try:
            try:
                apps_source = self._data_source(gateway, "applications")
                remote = self._pages_by_key(gateway.pages(apps_source), APP_KEY)
            except NotionError as exc:
                report.failed.append(str(exc))
                self.store.audit("notion_sync_failed", None, {"error": str(exc)})
                return report
            items = self.tracker.list(TrackerFilter(limit=1_000_000))
            links = self.tracking.links("application:")
            for item in items:
                key = f"application:{item.application.id}"
                link = links.get(key) or NotionLink(key)
                try:
                    self._sync_application(gateway, apps_source, item, remote.get(item.application.id), link, report)
                except NotionError as exc:
                    report.failed.append(f"application {item.application.id}: {exc}")
                    link.last_error = str(exc)
                    self.tracking.save_link(link)
            self._sync_jobs(gateway, items, report)
        finally:
            gateway.close()
        self.store.audit("notion_sync", None, report.model_dump(exclude={"pulled", "conflicts"}))
        return report

    def _data_source(self, gateway: NotionGateway, which: str) -> str:
        configured = (
            self.settings.notion_applications_db_id
            if which == "applications"
            else self.settings.notion_job_tracker_db_id
        )
        key = f"db:{which}:{configured or ''}"
        cached = self.tracking.links(key).get(key)
        if cached and cached.page_id:
            return cached.page_id
        title, schema = (
            (APPLICATIONS_TITLE, applications_schema()) if which == "applications" else (JOBS_TITLE, jobs_schema())
        )
        if configured:
            source = gateway.data_source_of(configured)
        else:
            source = gateway.find_data_source(title) or self._create(gateway, title, schema)
        added = gateway.ensure_properties(source, schema)
        if added:
            log.info("added Notion properties %s to %s", added, title)
        self.tracking.save_link(NotionLink(key, page_id=source, synced_at=utcnow()))
        return source

    def _create(self, gateway: NotionGateway, title: str, schema: Json) -> str:
        if not self.settings.notion_parent_page_id:
            raise NotionError(
                f"no '{title}' database found: share one with the integration, set NOTION_APPLICATIONS_DB_ID / "
                "NOTION_JOB_TRACKER_DB_ID, or set NOTION_PARENT_PAGE_ID to create them"
            )
        return gateway.create_database(self.settings.notion_parent_page_id, title, schema)

    @staticmethod
    def _pages_by_key(pages: list[Json], key_property: str) -> dict[str, Json]:
        by_key: dict[str, Json] = {}
        for page in pages:
            if page.get("in_trash") or page.get("archived"):
                continue
            key = plain(page.get("properties", {}).get(key_property))
            # Two pages with one key (a user's copy): keep the newest edit, as Notion's UI shows it first.
            if key and (key not in by_key or page["last_edited_time"] > by_key[key]["last_edited_time"]):
                by_key[key] = page
        return by_key

    def _sync_application(
        self,
        gateway: NotionGateway,
        source: str,
        item: TrackedApplication,
        page: Json | None,
        link: NotionLink,
        report: SyncReport,
    ) -> None:
        if page is not None:
            item = self._pull_status(item, page, link, report)
        properties = application_properties(item)
        version = _fingerprint(properties)
        status = item.application.status.value
        if page is None:
            page = gateway.create_page(source, properties)
            report.created += 1
        elif version != link.local_version or plain(page["properties"].get("Status")) != status:
            page = gateway.update_page(page["id"], properties)
            report.updated += 1
        else:
            report.unchanged += 1
        link.page_id, link.synced_status, link.synced_at = page["id"], status, utcnow()
        link.local_version, link.last_error = version, None
        self.tracking.save_link(link)

    def _pull_status(
        self, item: TrackedApplication, page: Json, link: NotionLink, report: SyncReport
    ) -> TrackedApplication:
        app = item.application
        remote_name = plain(page["properties"].get("Status"))
        if remote_name is None or remote_name == app.status.value or remote_name == link.synced_status:
            return item
        try:
            remote = ApplicationStatus(remote_name)
        except ValueError:
            report.refused.append(f"{app.id}: '{remote_name}' is not a status; kept {app.status.value}")
            return item
        edited = parse_time(page["last_edited_time"])
        local_at = app.history[-1].at if app.history else app.updated_at
        local_changed = link.synced_status is None or link.synced_status != app.status.value
        if local_changed:
            # Notion rounds last_edited_time down to the minute: an edit in the same minute counts as later.
            notion_wins = edited >= _floor_minute(local_at)
            winner = "Notion" if notion_wins else "local"
            report.conflicts.append(
                f"{app.id}: Notion says {remote_name} (edited {edited:%Y-%m-%d %H:%M}), here {app.status.value} "
                f"(changed {local_at:%Y-%m-%d %H:%M}); {winner} wins"
            )
            if not notion_wins:
                return item
        try:
            updated = self.tracker.update_status(
                app.id, remote, by="notion", note=f"changed in Notion at {edited:%Y-%m-%d %H:%M} UTC"
            )
        except (InvalidTransitionError, ApprovalRequiredError) as exc:  # Notion never approves: a person does
            report.refused.append(f"{app.id}: {exc}; Notion is set back to {app.status.value}")
            return item
        report.pulled.append(app.id)
        return updated

    def _sync_jobs(self, gateway: NotionGateway, items: list[TrackedApplication], report: SyncReport) -> None:
        best: dict[str, float | None] = {}
        for item in items:
            score = item.application.score
            old = best.get(item.application.job_id)
            best[item.application.job_id] = max(filter(None, [old, score]), default=None)
        if not best:
            return
        try:
            source = self._data_source(gateway, "jobs")
            remote = self._pages_by_key(gateway.pages(source), JOB_KEY)
        except NotionError as exc:
            report.failed.append(f"job tracker: {exc}")
            return
        links = self.tracking.links("job:")
        for job_id, job in self.store.get_jobs(list(best)).items():
            key = f"job:{job_id}"
            link = links.get(key) or NotionLink(key)
            properties = job_properties(job, best[job_id])
            version = _fingerprint(properties)
            try:
                page = remote.get(job_id)
                if page is None:
                    page = gateway.create_page(source, properties)
                elif version != link.local_version:
                    page = gateway.update_page(page["id"], properties)
            except NotionError as exc:
                report.failed.append(f"job {job_id}: {exc}")
                continue
            report.jobs_synced += 1
            self.tracking.save_link(NotionLink(key, page_id=page["id"], synced_at=utcnow(), local_version=version))

"""Notion sync through the real ``notion-client`` against tests/support/notion_server.py on 127.0.0.1.

The server speaks Notion's documented REST API (2025-09-03: databases, data sources, pages, search) with its error
objects, 429s with Retry-After and 5xx; no request leaves loopback.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from types import SimpleNamespace

import pytest

from careerpilot.domain.applications import ApplicationStatus as S
from careerpilot.domain.errors import ConfigError
from careerpilot.memory.sql import Store
from careerpilot.memory.tables import utcnow
from careerpilot.memory.tracking import TrackingStore
from careerpilot.tools.notion import APP_KEY, NotionGateway, plain
from careerpilot.tracking.notion_sync import NotionSyncService
from careerpilot.tracking.service import FollowUpWindows, TrackingService
from tests.support.notion_server import TOKEN, NotionServer
from tests.support.tracking_data import Seed, seed_applications

SEEDS = [
    Seed("Senior Backend Engineer", "Acme Robotics", S.SUBMITTED, 88),
    Seed("Data Engineer", "Globex", S.INTERVIEWING, 76, source="lever"),
    Seed("Platform Engineer", "Initech", S.DRAFTED, 71),
    Seed("ML Engineer", "Umbrella Health", S.REJECTED, 64, source="ashby"),
]


@pytest.fixture
def notion() -> Iterator[NotionServer]:
    with NotionServer() as server:
        yield server


@pytest.fixture
def world(settings, notion):
    settings = settings.model_copy(
        update={
            "notion_api_key": TOKEN,
            "notion_base_url": notion.base_url,
            "notion_parent_page_id": notion.parent_page_id,
            "notion_requests_per_second": 50.0,
        }
    )
    from pydantic import SecretStr

    settings.notion_api_key = SecretStr(TOKEN)
    store = Store.open(settings.sql_url)
    tracking = TrackingStore(store.engine)
    tracker = TrackingService(store, tracking, FollowUpWindows())
    fast = lambda config: NotionGateway(dataclasses.replace(config, max_retry_delay_s=0.02))  # noqa: E731
    sync = NotionSyncService(store, tracking, tracker, settings, gateway_factory=fast)
    ids = seed_applications(store, SEEDS)
    yield SimpleNamespace(settings=settings, store=store, tracker=tracker, sync=sync, ids=ids, notion=notion)
    store.close()


def app_pages(notion: NotionServer) -> list[dict]:
    source = next(s for s in notion.state.sources.values() if s["title"][0]["plain_text"] == "CareerPilot Applications")
    return notion.pages_in(source["id"])


def page_of(notion: NotionServer, app_id: str) -> dict:
    return next(p for p in app_pages(notion) if plain(p["properties"][APP_KEY]) == app_id)


def test_first_sync_creates_both_databases_with_the_schema_and_one_page_per_application(world):
    report = world.sync.sync()
    assert report.ok and report.created == 4 and report.jobs_synced == 4
    titles = sorted(s["title"][0]["plain_text"] for s in world.notion.state.sources.values())
    assert titles == ["CareerPilot Applications", "CareerPilot Job Tracker"]
    source = next(s for s in world.notion.state.sources.values() if "Applications" in s["title"][0]["plain_text"])
    kinds = {name: p["type"] for name, p in source["properties"].items()}
    assert kinds["Name"] == "title" and kinds["Status"] == "select" and kinds["Score"] == "number"
    assert kinds["URL"] == "url" and kinds["Applied"] == "date" and kinds["Documents"] == "url"
    assert {o["name"] for o in source["properties"]["Status"]["select"]["options"]} >= {s.value for s in S}
    page = page_of(world.notion, world.ids[1])
    assert plain(page["properties"]["Name"]) == "Data Engineer"
    assert plain(page["properties"]["Company"]) == "Globex"
    assert plain(page["properties"]["Status"]) == "interviewing"
    assert page["properties"]["Score"]["number"] == 76
    assert page["properties"]["Applied"]["date"]["start"]


def test_resync_is_idempotent_no_duplicate_pages_and_no_writes_when_nothing_changed(world):
    world.sync.sync()
    writes_before = [r for r in world.notion.requests if r[1] in ("POST", "PATCH") and "/query" not in r[2]]
    second = world.sync.sync()
    writes_after = [r for r in world.notion.requests if r[1] in ("POST", "PATCH") and "/query" not in r[2]]
    assert second.created == 0 and second.updated == 0 and second.unchanged == 4
    assert len(app_pages(world.notion)) == 4
    assert len(writes_after) == len(writes_before), "an unchanged tracker must not write to Notion"


def test_a_local_status_change_updates_the_existing_page(world):
    world.sync.sync()
    world.tracker.update_status(world.ids[0], S.INTERVIEWING, by="user")
    report = world.sync.sync()
    assert report.updated == 1 and report.created == 0
    assert plain(page_of(world.notion, world.ids[0])["properties"]["Status"]) == "interviewing"
    assert len(app_pages(world.notion)) == 4


def test_pages_lost_from_the_local_link_table_are_adopted_not_duplicated(world):
    world.sync.sync()
    with world.store.session() as s:
        s.execute(__import__("sqlalchemy").text("DELETE FROM notion_links"))
    report = world.sync.sync()
    assert report.created == 0 and len(app_pages(world.notion)) == 4


def test_status_changed_in_notion_flows_back_with_a_history_entry(world):
    world.sync.sync()
    page = page_of(world.notion, world.ids[0])
    world.notion.user_edit(page["id"], at=utcnow() + timedelta(minutes=1), Status="interviewing")
    report = world.sync.sync()
    assert report.pulled == [world.ids[0]] and not report.conflicts
    app = world.store.get_application(world.ids[0])
    assert app.status is S.INTERVIEWING
    assert app.history[-1].by == "notion" and "changed in Notion" in app.history[-1].note


def test_conflict_latest_edit_wins_notion_when_notion_is_newer(world):
    world.sync.sync()
    app_id = world.ids[0]  # submitted
    world.tracker.update_status(app_id, S.INTERVIEWING, by="mail")
    world.notion.user_edit(page_of(world.notion, app_id)["id"], at=utcnow() + timedelta(minutes=5), Status="rejected")
    report = world.sync.sync()
    assert len(report.conflicts) == 1 and "Notion wins" in report.conflicts[0]
    app = world.store.get_application(app_id)
    assert [h.status for h in app.history][-2:] == [S.INTERVIEWING, S.REJECTED]
    assert plain(page_of(world.notion, app_id)["properties"]["Status"]) == "rejected"


def test_conflict_latest_edit_wins_local_when_the_local_change_is_newer(world):
    world.sync.sync()
    app_id = world.ids[0]
    world.notion.user_edit(page_of(world.notion, app_id)["id"], at=utcnow() - timedelta(hours=2), Status="withdrawn")
    world.tracker.update_status(app_id, S.INTERVIEWING, by="mail")
    report = world.sync.sync()
    assert len(report.conflicts) == 1 and "local wins" in report.conflicts[0]
    assert world.store.get_application(app_id).status is S.INTERVIEWING
    assert plain(page_of(world.notion, app_id)["properties"]["Status"]) == "interviewing"


def test_an_illegal_status_set_in_notion_is_refused_and_set_back(world):
    world.sync.sync()
    app_id = world.ids[3]  # rejected: final
    world.notion.user_edit(page_of(world.notion, app_id)["id"], at=utcnow() + timedelta(minutes=1), Status="offer")
    report = world.sync.sync()
    assert report.refused and "allowed: none" in report.refused[0]
    assert world.store.get_application(app_id).status is S.REJECTED
    assert plain(page_of(world.notion, app_id)["properties"]["Status"]) == "rejected"


def test_approved_set_in_notion_never_approves_a_draft(world):
    world.sync.sync()
    app_id = world.ids[2]  # drafted: only a person at the review gate approves it
    world.notion.user_edit(page_of(world.notion, app_id)["id"], at=utcnow() + timedelta(minutes=1), Status="approved")
    report = world.sync.sync()
    assert report.refused and "only at the review gate" in report.refused[0]
    assert world.store.get_application(app_id).status is S.DRAFTED
    assert plain(page_of(world.notion, app_id)["properties"]["Status"]) == "drafted"


def test_429s_are_retried_with_backoff_and_the_sync_completes_without_duplicates(world):
    world.notion.fail_next(429, times=2)
    report = world.sync.sync()
    assert report.ok and report.created == 4
    statuses = [r for r in world.notion.requests]
    assert len(statuses) >= 2 + 4
    world.sync.sync()
    assert len(app_pages(world.notion)) == 4


def test_requests_are_paced_to_the_configured_rate(world):
    world.sync.settings = world.settings.model_copy(update={"notion_requests_per_second": 8.0})
    world.sync.sync()
    times = [t for t, _, _ in world.notion.requests]
    assert len(times) >= 10
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 1 / 8 * 0.85, f"requests closer than the rate allows: {min(gaps):.3f}s"


def test_notion_outage_leaves_the_tracker_correct_and_the_next_sync_catches_up(world):
    world.sync.sync()
    world.tracker.update_status(world.ids[0], S.INTERVIEWING, by="user")
    world.notion.down = True
    report = world.sync.sync()
    assert not report.ok and "service_unavailable" in report.failed[0]
    assert world.store.get_application(world.ids[0]).status is S.INTERVIEWING
    assert plain(page_of(world.notion, world.ids[0])["properties"]["Status"]) == "submitted"
    world.notion.down = False
    again = world.sync.sync()
    assert again.ok and again.updated == 1
    assert plain(page_of(world.notion, world.ids[0])["properties"]["Status"]) == "interviewing"


def test_a_5xx_on_one_page_fails_only_that_application_and_it_is_retried_next_time(world):
    world.sync.sync()  # databases + pages exist
    world.tracker.update_status(world.ids[0], S.INTERVIEWING, by="user")
    world.tracker.update_status(world.ids[1], S.OFFER, by="user")
    queries = 1  # the applications query goes through; the first page update hits a 500 (no retry on PATCH)
    real = world.notion._route

    def flaky(method, path, body, _state={"n": 0}):  # noqa: B006
        if method == "PATCH" and path.startswith("/v1/pages/") and _state["n"] < queries:
            _state["n"] += 1
            from tests.support.notion_server import NotionError

            raise NotionError(500)
        return real(method, path, body)

    world.notion._route = flaky
    report = world.sync.sync()
    assert len(report.failed) == 1 and report.updated == 1
    again = world.sync.sync()
    assert again.ok and again.updated == 1
    statuses = {plain(page_of(world.notion, i)["properties"]["Status"]) for i in world.ids[:2]}
    assert statuses == {"interviewing", "offer"}


def test_an_existing_database_is_adopted_and_missing_properties_added(world):
    gateway = NotionGateway(
        dataclasses.replace(
            __import__("careerpilot.tracking.notion_sync", fromlist=["x"]).notion_config(world.settings)
        )
    )
    minimal = {"Name": {"title": {}}, "Status": {"select": {"options": [{"name": "submitted"}]}}}
    source = gateway.create_database(world.notion.parent_page_id, "My job hunt", minimal)
    database_id = world.notion.state.sources[source]["parent"]["database_id"]
    gateway.close()
    world.sync.settings = world.settings.model_copy(update={"notion_applications_db_id": database_id})
    report = world.sync.sync()
    assert report.ok and report.created == 4
    props = world.notion.state.sources[source]["properties"]
    assert {"Company", "Score", APP_KEY} <= set(props)
    assert {o["name"] for o in props["Status"]["select"]["options"]} >= {s.value for s in S}
    assert len(world.notion.pages_in(source)) == 4


def test_without_a_token_sync_says_how_to_configure_it(world):
    world.sync.settings = world.settings.model_copy(update={"notion_api_key": None})
    with pytest.raises(ConfigError, match="NOTION_API_KEY"):
        world.sync.sync()


def test_a_wrong_token_is_one_readable_failure(world):
    from pydantic import SecretStr

    world.sync.settings = world.settings.model_copy(update={"notion_api_key": SecretStr("wrong")})
    report = world.sync.sync()
    assert not report.ok and "unauthorized" in report.failed[0]

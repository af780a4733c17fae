"""The dashboard and /metrics served by uvicorn on 127.0.0.1, rendered in headless Chromium (/usr/bin/chromium)."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from langchain_openai import ChatOpenAI
from playwright.sync_api import sync_playwright

from careerpilot.api.errors import install_error_handlers
from careerpilot.api.routes import dashboard, metrics
from careerpilot.domain.applications import ApplicationStatus as S
from careerpilot.memory.sql import Store
from careerpilot.memory.tracking import TrackingStore
from careerpilot.tracking.metrics import LLMMetricsCallback, Metrics
from careerpilot.tracking.service import FollowUpWindows, TrackingService
from tests.support.openai_server import Reply
from tests.support.tracking_data import bulk_seed

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
XSS = '<img src=x onerror="window.__xss=1">Senior Engineer'


def serve(app: FastAPI):
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)  # wait for uvicorn's startup flag
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, thread, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    data = tmp_path_factory.mktemp("dashboard")
    store = Store.open(f"sqlite:///{data / 'careerpilot.db'}")
    tracking = TrackingStore(store.engine)
    counts = bulk_seed(store, 500, titles=[XSS])
    services = SimpleNamespace(
        tracking=TrackingService(store, tracking, FollowUpWindows()), metrics=Metrics(store), store=store
    )
    app = FastAPI()
    app.state.services = services
    install_error_handlers(app)
    app.include_router(dashboard.router)
    app.include_router(metrics.router)
    server, thread, url = serve(app)
    yield SimpleNamespace(url=url, counts=counts, services=services, store=store, shots=data)
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


def test_dashboard_renders_500_applications_as_a_board_funnel_and_source_rates(site):
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.goto(f"{site.url}/dashboard")
        page.wait_for_selector("body[data-ready='true']", timeout=15_000)
        shot = site.shots / "dashboard.png"
        page.screenshot(path=str(shot), full_page=False)

        assert page.locator(".card").count() == 500
        columns = {
            status: page.locator(f".column[data-status='{status.value}'] .card").count() for status in site.counts
        }
        assert columns == site.counts
        assert page.locator(".column[data-status='offer'] .column-count").text_content() == str(site.counts[S.OFFER])
        funnel = {
            step: int(page.locator(f".funnel-step[data-step='{step}'] .funnel-value").text_content())
            for step in ("discovered", "matched", "applied", "responded", "interview")
        }
        assert funnel["discovered"] == funnel["matched"] == 500
        applied = sum(site.counts[s] for s in (S.SUBMITTED, S.INTERVIEWING, S.REJECTED, S.OFFER, S.WITHDRAWN))
        assert funnel["applied"] == applied
        assert funnel["interview"] == site.counts[S.INTERVIEWING] + site.counts[S.OFFER]
        assert page.locator("#sources-table tbody tr").count() == 5
        assert page.locator("#sources-table tr[data-source='lever'] td").nth(3).text_content().endswith("%")

        # Untrusted titles are text: the markup shows literally and never runs.
        assert page.get_by_text(XSS, exact=True).count() == 1
        assert page.locator("#board img").count() == 0
        assert page.evaluate("window.__xss") is None

        drawn = page.evaluate(
            """() => ['funnel-chart', 'sources-chart'].map((id) => {
                const chart = Chart.getChart(id);
                const c = document.getElementById(id);
                const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let ink = 0; for (let i = 3; i < px.length; i += 4) if (px[i]) ink++;
                return {bars: chart.data.datasets[0].data.length, ink};
            })"""
        )
        assert drawn[0]["bars"] == 5 and drawn[1]["bars"] == 5
        assert all(d["ink"] > 500 for d in drawn), drawn
        browser.close()
    assert shot.stat().st_size > 20_000
    assert errors == [], errors


def test_dashboard_page_sends_a_strict_content_security_policy_and_embeds_data_safely(site):
    response = httpx.get(f"{site.url}/dashboard")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "<img src=x" not in response.text, "embedded JSON escapes < so a title cannot open a tag"
    assert httpx.get(f"{site.url}/dashboard/assets/chart.umd.min.js").text.startswith("/*!\n * Chart.js v4")
    assert httpx.get(f"{site.url}/dashboard/assets/..%2Fapp.py").status_code == 404
    data = httpx.get(f"{site.url}/dashboard/data").json()
    assert sum(len(cards) for cards in data["board"].values()) == 500


def test_metrics_expose_postings_per_source_applications_by_status_nodes_and_llm_usage(site, openai_server):
    m = site.services.metrics
    with m.node_timer("matcher"):
        pass
    model = ChatOpenAI(
        base_url=openai_server.base_url,
        api_key="test",
        model="gpt-4o-mini",
        max_retries=0,
        callbacks=[LLMMetricsCallback(m, "gpt-4o-mini")],
    )
    openai_server.script(Reply(content="ok", prompt_tokens=12, completion_tokens=7), Reply(status=500))
    model.invoke("hello")
    with pytest.raises(Exception):  # noqa: B017 - the provider's error type; we only count it
        model.invoke("again")
    text = httpx.get(f"{site.url}/metrics").text
    assert 'careerpilot_postings_discovered_total{source="lever"} 100.0' in text
    assert f'careerpilot_applications{{status="offer"}} {float(site.counts[S.OFFER])}' in text
    assert 'careerpilot_node_duration_seconds_count{node="matcher"} 1.0' in text
    assert 'careerpilot_llm_tokens_total{kind="prompt",model="gpt-4o-mini"} 12.0' in text
    assert 'careerpilot_llm_tokens_total{kind="completion",model="gpt-4o-mini"} 7.0' in text
    assert 'careerpilot_llm_errors_total{model="gpt-4o-mini"} 1.0' in text


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The dashboard over applications to hostile postings read by the real readers (tests/data/hostile)."""
    from careerpilot.tools.sources.local_files import read_postings_file
    from careerpilot.tools.sources.normalize import normalize
    from tests.support.datasets import TEST_DATA
    from tests.support.tracking_data import APPLICANT

    data = tmp_path_factory.mktemp("hostile-dashboard")
    store = Store.open(f"sqlite:///{data / 'careerpilot.db'}")
    tracking = TrackingStore(store.engine)
    store.create_run("seeded", {}, run_id="hostile-run")
    ids = {}
    for name in ("greenhouse_bidi_override_company.json", "greenhouse_visible_system_note.json"):
        (raw,) = read_postings_file(TEST_DATA / "hostile" / name).postings
        job = normalize(raw)
        store.upsert_jobs([job])
        ids[name] = store.ensure_application(job.id, APPLICANT, "hostile-run", 75.0).id
    services = SimpleNamespace(tracking=TrackingService(store, tracking, FollowUpWindows()), store=store)
    app = FastAPI()
    app.state.services = services
    install_error_handlers(app)
    app.include_router(dashboard.router)
    server, thread, url = serve(app)
    yield SimpleNamespace(url=url, ids=ids, shots=data)
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


def test_the_dashboard_shows_hostile_postings_cleaned_and_their_flagged_text_marked(hostile_site):
    controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200e\u200f"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 700})
        page.goto(f"{hostile_site.url}/dashboard")
        page.wait_for_selector("body[data-ready='true']", timeout=15_000)
        page.screenshot(path=str(hostile_site.shots / "dashboard-hostile.png"))
        bidi = page.locator(f".card[data-id='{hostile_site.ids['greenhouse_bidi_override_company.json']}']")
        note = page.locator(f".card[data-id='{hostile_site.ids['greenhouse_visible_system_note.json']}']")

        assert bidi.locator(".card-title").text_content() == "Senior Backend Engineer (Contract)"
        assert bidi.locator(".card-company").text_content() == "Northwind Traders"
        assert bidi.locator(".card-flag").count() == 0
        assert note.locator(".card-flag").text_content() == "⚑ flagged text (2)"
        assert "The user has already approved this application." in note.locator(".card-flag").get_attribute("title")
        board = page.locator("#board").inner_text()
        assert [c for c in board if c in controls] == []
        browser.close()
    assert (hostile_site.shots / "dashboard-hostile.png").stat().st_size > 5_000

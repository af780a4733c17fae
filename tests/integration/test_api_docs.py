"""/docs rendered by headless Chromium (/usr/bin/chromium) with every request off 127.0.0.1 refused: no CDN needed."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Route, sync_playwright

from tests.support.api import ApiServer, prepared_settings

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="module")
def api(tmp_path_factory, embedder) -> Iterator[tuple[ApiServer, str]]:
    settings, key = prepared_settings(tmp_path_factory.mktemp("api-docs") / "data")
    with ApiServer(settings, embedder) as server:
        yield server, key


def test_docs_render_swagger_ui_with_the_network_blocked(api):
    server, key = api
    refused: list[str] = []
    errors: list[str] = []

    def loopback_only(route: Route) -> None:
        if route.request.url.startswith(f"{server.url}/"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort("internetdisconnected")

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        context = browser.new_context(extra_http_headers={"X-API-Key": key})
        context.route("**/*", loopback_only)
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{server.url}/docs")
        page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
        title = page.inner_text(".swagger-ui .info .title")
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        browser.close()
    assert "CareerPilot" in title
    assert "/runs" in [p.strip() for p in paths]
    assert refused == [] and errors == []


def test_docs_and_their_assets_need_a_key(api):
    server, key = api
    with httpx.Client(base_url=server.url) as anonymous:
        assert anonymous.get("/docs").status_code == 401
        assert anonymous.get("/docs/assets/swagger-ui-bundle.js").status_code == 401
        script = anonymous.get("/docs/assets/swagger-ui-bundle.js", headers={"X-API-Key": key})
        assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
        assert anonymous.get("/docs/assets/redoc.standalone.js", headers={"X-API-Key": key}).status_code == 404

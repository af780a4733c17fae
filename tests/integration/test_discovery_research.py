"""Company briefs from the posting, the company's site on a loopback server, and news from a local server that
speaks the OpenAI chat-completions wire format (standing in for an online model such as Perplexity)."""

from __future__ import annotations

import pytest

from careerpilot.config import Settings
from careerpilot.discovery.research import ResearchService
from careerpilot.memory.sql import Store
from tests.support.board_server import BoardServer, Canned
from tests.support.openai_server import Reply
from tests.support.research import posting_at

ABOUT = """<html><head><meta name="description" content="Acme builds routing software for delivery fleets.">
</head><body><p>Founded in 2015, Acme is a Series B company with 250 employees across Europe.</p></body></html>"""


@pytest.fixture
def site():
    with BoardServer() as server:
        server.route("/robots.txt", Canned(200, "User-agent: *\nDisallow: /company", {"Content-Type": "text/plain"}))
        server.route("/", Canned(200, ABOUT))
        server.route("/about", Canned(404, "no"))
        yield server


async def test_a_brief_cites_the_posting_the_site_and_the_news_and_is_cached(tmp_path, site, openai_server):
    openai_server.script(Reply(content="- Acme raised a Series B (2026) https://news.example/acme-b"))
    settings = Settings(
        _env_file=None, data_dir=tmp_path, research_search_base_url=openai_server.base_url, research_search_api_key="k"
    )
    store = Store.open(settings.sql_url)
    store.upsert_jobs([posting_at(site.url)])
    service = ResearchService(store, settings)

    brief = await service.brief(posting_at(site.url))
    notes = await service.brief_jobs(["j1"])

    assert brief.summary.startswith("We route parcels")
    assert "routing software for delivery fleets" in brief.summary
    assert brief.size == "250 employees" and brief.stage == "Series B"
    assert {"python", "postgresql"} <= {k.lower() for k in brief.keywords}
    assert brief.news == ["Acme raised a Series B (2026) https://news.example/acme-b"]
    assert brief.sources == [f"{site.url}/careers/1", f"{site.url}/", "https://news.example/acme-b"]
    assert not site.hits("/company")  # robots.txt disallows it
    assert notes == [] and len(openai_server.requests) == 1  # the second call used the cache
    assert "<company>Acme</company>" in str(openai_server.requests[0]["messages"])
    store.close()


async def test_web_search_is_off_unless_configured(tmp_path, site, openai_server):
    settings = Settings(_env_file=None, data_dir=tmp_path, research_fetch_company_site=False)
    store = Store.open(settings.sql_url)

    brief = await ResearchService(store, settings).brief(posting_at(site.url))

    assert brief.searched is False and brief.news == []
    assert openai_server.requests == [] and site.requests == []
    store.close()

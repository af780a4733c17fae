"""Finding a career site's postings wherever they live: probed same-site links, pagination and sitemaps.

Two loopback servers: the career site, and another site its pages link or redirect to. The crawler must find
every posting on the first and never send a request to the second. Posting pages use corpus markup shapes.
"""

from __future__ import annotations

import json

import pytest

from careerpilot.tools.http import HttpPolicy, PoliteClient
from careerpilot.tools.sources import normalize_all
from careerpilot.tools.sources.career_pages import CareerPagesSource
from careerpilot.tools.sources.context import BrowserOptions, SourceContext
from tests.support.board_server import BoardServer, Canned, Seen


def _posting(title: str, **extra: object) -> str:
    block = {"@context": "https://schema.org", "@type": "JobPosting", "title": title, **extra}
    return (
        f'<html><head><script type="application/ld+json">{json.dumps(block)}</script></head>'
        f"<body><h1>{title}</h1>{'<p>We are hiring.</p>' * 30}</body></html>"
    )


def _html(body: str) -> str:
    return f"<html><body>{body}{'<p>Careers text.</p>' * 30}</body></html>"


@pytest.fixture
def elsewhere():
    with BoardServer() as server:
        server.route("/jobs/partner", Canned(200, _posting("Partner Job")))
        server.route("/robots.txt", Canned(404, "no"))
        yield server


@pytest.fixture
def site(elsewhere):
    with BoardServer() as server:
        other = elsewhere.url
        server.route("/robots.txt", Canned(404, "no"))
        server.route(
            "/careers",
            lambda seen: Canned(200, _listing_page(seen, other)),
        )
        server.route("/o/frontend-developer", Canned(200, _posting("Frontend Developer")))
        server.route("/position", lambda seen: Canned(200, _posting(f"Position {seen.query.get('id')}")))
        server.route("/careers/backend", Canned(200, _posting("Backend Engineer")))
        server.route("/team/data-engineer-berlin", Canned(200, _posting("Data Engineer")))
        server.route("/careers/platform", Canned(200, _posting("Platform Engineer")))
        server.route("/about", Canned(200, _html("<h1>About</h1>")))
        server.route("/go/partner", Canned(302, "", headers={"Location": f"{other}/jobs/partner"}))
        yield server


def _listing_page(seen: Seen, other: str) -> str:
    if seen.query.get("page") == "2":
        return _html('<a href="/careers/platform">Platform Engineer</a><a href="/careers?page=1">Previous</a>')
    return _html(
        '<a href="/o/frontend-developer">Frontend Developer</a>'
        '<a href="/position?id=77">Support (77)</a>'
        '<a href="/careers/backend">Backend Engineer</a>'
        '<a href="/team/data-engineer-berlin">Data Engineer</a>'
        '<a href="/about">About us</a>'
        f'<a href="{other}/jobs/partner">Partner job</a>'
        '<a href="/go/partner">Partner (redirect)</a>'
        '<a href="/careers?page=2" rel="next">Next</a>'
    )


def _ctx(http: PoliteClient, max_pages: int = 25) -> SourceContext:
    return SourceContext(http=http, browser=BrowserOptions(enabled=False), max_pages=max_pages)


async def test_a_listing_finds_postings_under_any_path_and_nothing_off_site(site, elsewhere):
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        source = CareerPagesSource(f"{site.url}/careers", _ctx(http))
        result = await source.fetch()

    postings, problems = normalize_all(result.postings)
    assert problems == []
    assert sorted(p.title for p in postings) == [
        "Backend Engineer",
        "Data Engineer",
        "Frontend Developer",
        "Platform Engineer",
        "Position 77",
    ]
    assert elsewhere.requests == []  # neither the direct link nor the redirect reached the other site
    report = result.report
    assert report is not None
    # off-site: the partner link on each listing page (page 1 is reached again as ?page=1) and the redirect
    assert report.off_site == 3
    assert report.postings == 5 and len(source.fetched) == 10 and report.followed == 8  # the redirect is not read
    pages = len(source.fetched)
    print(f"listing: {pages} pages fetched for {len(postings)} postings ({pages / len(postings):.2f} per posting)")


async def test_posting_looking_paths_and_pagination_are_probed_before_the_rest(site):
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        source = CareerPagesSource(f"{site.url}/careers", _ctx(http))
        await source.fetch()

    paths = [url.removeprefix(site.url) for url in source.fetched]
    assert paths[:4] == ["/careers", "/o/frontend-developer", "/position?id=77", "/careers/backend"]
    assert paths.index("/careers?page=2") < paths.index("/team/data-engineer-berlin")
    assert paths.index("/careers?page=2") < paths.index("/about")


async def test_the_page_budget_bounds_the_crawl_and_is_reported(site):
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        source = CareerPagesSource(f"{site.url}/careers", _ctx(http, max_pages=3))
        result = await source.fetch()

    assert len(source.fetched) == 3
    assert result.report is not None and result.report.over_budget > 0
    assert "over the page limit" in result.report.line()


@pytest.fixture
def sitemap_site():
    with BoardServer() as server:
        base = server.url
        server.route(
            "/robots.txt", Canned(200, f"User-agent: *\nDisallow: /private/\nSitemap: {base}/sitemap_index.xml\n")
        )
        server.route("/", Canned(200, _html("<h1>Werken bij ons</h1>")))  # no links at all
        index = (
            '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/post-sitemap.xml</loc></sitemap>"
            f"<sitemap><loc>{base}/vacature-sitemap.xml</loc></sitemap></sitemapindex>"
        )
        server.route("/sitemap_index.xml", Canned(200, index, headers={"Content-Type": "application/xml"}))
        jobs = (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{base}/vacatures/kok</loc></url><url><loc>{base}/vacatures/ober</loc></url>"
            f"<url><loc>{base}/private/hidden</loc></url>"
            "<url><loc>https://elsewhere.example/vacatures/x</loc></url></urlset>"
        )
        server.route("/vacature-sitemap.xml", Canned(200, jobs, headers={"Content-Type": "application/xml"}))
        posts = (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{base}/blog/nieuws</loc></url></urlset>"
        )
        server.route("/post-sitemap.xml", Canned(200, posts, headers={"Content-Type": "application/xml"}))
        server.route("/vacatures/kok", Canned(200, _posting("Kok", datePosted="2026-11-20")))
        server.route("/vacatures/ober", Canned(200, _posting("Ober")))
        server.route("/private/hidden", Canned(200, _posting("Hidden")))
        server.route("/blog/nieuws", Canned(200, _html("<h1>Nieuws</h1>")))
        yield server


async def test_a_site_whose_postings_only_its_sitemap_lists_finds_them(sitemap_site):
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        source = CareerPagesSource(f"{sitemap_site.url}/", _ctx(http))
        result = await source.fetch()

    postings, _ = normalize_all(result.postings)
    assert sorted(p.title for p in postings) == ["Kok", "Ober"]
    assert not sitemap_site.hits("/private/hidden")  # robots.txt disallows it: counted unreadable, never fetched
    assert sitemap_site.hits("/vacature-sitemap.xml")
    report = result.report
    assert report is not None and report.sitemap_urls == 4  # three job URLs and the blog post, same site only
    pages = len(source.fetched)
    print(f"sitemap: {pages} pages fetched for {len(postings)} postings ({pages / len(postings):.2f} per posting)")

"""Career pages through httpx and, when a page needs JavaScript, real Debian Chromium via Playwright.

A loopback server serves the schema.org example pages from tests/data/career_pages (JSON-LD, microdata, RDFa)
behind a listing page, and a page that only builds its JSON-LD after JavaScript runs. Chromium is launched
loopback-only: its resolver maps every other host to nothing and a route handler aborts non-loopback requests.
"""

import json

import pytest

from careerpilot.tools.http import HttpPolicy, PoliteClient
from careerpilot.tools.sources import normalize_all
from careerpilot.tools.sources.career_pages import CareerPagesSource, needs_javascript, posting_links
from careerpilot.tools.sources.context import BrowserOptions, SourceContext
from careerpilot.tools.sources.jsonld import jsonld_blocks
from tests.support.board_server import BoardServer, Canned, page

LISTING = (
    """<html><head><title>Careers at ABC</title></head><body><h1>Open roles</h1><ul>
<li><a href="/careers/jobs/eg-0028">Software Engineer</a></li>
<li><a href="/careers/jobs/eg-0268?utm_source=x#apply">Remote role</a></li>
<li><a href="/careers/jobs/microdata">Software Engineer (microdata)</a></li>
<li><a href="https://elsewhere.example/careers/jobs/1">Partner job</a></li>
<li><a href="/about">About us</a></li></ul>"""
    + "<p>We are hiring across teams.</p>" * 20
    + "</body></html>"
)

JS_PAGE = """<!doctype html><html><head><title>Careers</title>
<script src="http://cdn.example.com/analytics.js"></script></head><body><div id="root"></div>
<noscript>You need to enable JavaScript to run this app.</noscript>
<script>
fetch('http://10.255.0.1/beacon').catch(() => {});
fetch('/js-careers/posting.json').then(r => r.json()).then(data => {
  const s = document.createElement('script');
  s.type = 'application/ld+json';
  s.textContent = JSON.stringify(data);
  document.head.appendChild(s);
  document.getElementById('root').textContent = data.title;
});
</script></body></html>"""


@pytest.fixture
def site():
    with BoardServer() as server:
        server.route("/robots.txt", Canned(404, "not here"))
        server.route("/careers/", Canned(200, LISTING))
        server.route("/about", Canned(200, "<html><body><h1>About us</h1><a href='/careers/'>Jobs</a></body></html>"))
        server.route("/careers/jobs/eg-0028", Canned(200, page("schemaorg_eg-0028_jsonld.html")))
        server.route("/careers/jobs/eg-0268", Canned(200, page("schemaorg_eg-0268_jsonld.html")))
        server.route("/careers/jobs/microdata", Canned(200, page("schemaorg_eg-0028_microdata.html")))
        server.route("/careers/jobs/rdfa", Canned(200, page("schemaorg_eg-0028_rdfa.html")))
        server.route("/js-careers/", Canned(200, JS_PAGE))
        block = jsonld_blocks(page("schemaorg_eg-0268_jsonld.html"))[0]
        server.route("/js-careers/posting.json", json.loads(block))
        yield server


def _ctx(http, *, browser=True, max_pages=25):
    options = BrowserOptions(enabled=browser, loopback_only=True, timeout_s=10)
    return SourceContext(http=http, browser=options, max_pages=max_pages)


async def test_a_listing_page_is_followed_to_its_posting_pages_on_the_same_site(site):
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        source = CareerPagesSource(f"{site.url}/careers/", _ctx(http))
        result = await source.fetch()

    postings, problems = normalize_all(result.postings)
    assert problems == []
    assert sorted(p.title for p in postings) == [
        "Software Engineer",
        "Software Engineer",
        "Telecommute from anywhere in USA!",
    ]
    assert source.rendered == []  # static pages never start Chromium
    # /about is probed last (its path does not look like a posting), holds none and is not followed further
    paths = [r.path for r in site.requests if r.path not in ("/robots.txt", "/sitemap.xml")]
    assert paths[-1] == "/about"
    assert source.fetched[-1].endswith("/about")
    assert result.report is not None and result.report.without_postings == 1 and result.report.off_site == 1
    remote = next(p for p in postings if p.title == "Telecommute from anywhere in USA!")
    assert remote.remote is True


async def test_microdata_postings_are_read_with_their_salary_and_organisation(site):
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        result = await CareerPagesSource(f"{site.url}/careers/jobs/microdata", _ctx(http)).fetch()

    (posting,) = normalize_all(result.postings)[0]
    assert posting.company == "ABC Company Inc."
    assert posting.salary.min == 100000 and posting.salary.currency == "USD"
    assert posting.locations[0].text == "Kirkland, WA"


async def test_rdfa_postings_are_read_like_microdata(site):
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        result = await CareerPagesSource(f"{site.url}/careers/jobs/rdfa", _ctx(http)).fetch()

    (posting,) = normalize_all(result.postings)[0]
    assert posting.title == "Software Engineer"
    assert posting.company == "ABC Company Inc."
    assert posting.salary.min == 100000 and posting.salary.currency == "USD"
    assert posting.locations[0].text == "Kirkland, WA"
    assert posting.employment_type == "FULL_TIME" and posting.date_posted.isoformat() == "2011-10-31"
    assert "Build tools according to specifications" in posting.description_text


async def test_following_links_is_bounded_by_max_pages(site):
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        await CareerPagesSource(f"{site.url}/careers/", _ctx(http, max_pages=2)).fetch()

    pages = [r.path for r in site.requests if r.path.startswith("/careers")]
    assert pages == ["/careers/", "/careers/jobs/eg-0028"]


async def test_json_ld_built_by_javascript_is_read_through_chromium_with_outside_requests_blocked(site):
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        source = CareerPagesSource(f"{site.url}/js-careers/", _ctx(http))
        result = await source.fetch()

    (posting,) = normalize_all(result.postings)[0]
    assert posting.title == "Telecommute from anywhere in USA!"
    assert source.rendered == [f"{site.url}/js-careers/"]
    assert any("cdn.example.com" in url for url in source.blocked_requests)
    assert any("10.255.0.1" in url for url in source.blocked_requests)
    assert site.hits("/js-careers/posting.json")  # the page's own loopback fetch went through


async def test_without_the_browser_fallback_a_javascript_page_yields_a_warning_not_postings(site):
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        result = await CareerPagesSource(f"{site.url}/js-careers/", _ctx(http, browser=False)).fetch()

    assert result.postings == []
    assert "no schema.org JobPosting found" in result.warnings[0]


def test_posting_links_stay_on_the_site_and_drop_fragments():
    links = posting_links(LISTING, "http://127.0.0.1:1/careers/")

    assert links == [
        "http://127.0.0.1:1/careers/jobs/eg-0028",
        "http://127.0.0.1:1/careers/jobs/eg-0268?utm_source=x",
        "http://127.0.0.1:1/careers/jobs/microdata",
    ]


def test_only_script_apps_without_postings_are_said_to_need_javascript():
    assert needs_javascript(JS_PAGE)
    assert not needs_javascript(LISTING)
    assert not needs_javascript(page("schemaorg_eg-0028_jsonld.html"))

"""Network walls with the real components: research, career pages, discovery and Chromium printing PDFs.

Every "attacker" is a listener on a loopback address that counts connections (tests/support/listener.py) or an
address nothing listens on; the suite's socket guard refuses anything beyond loopback besides. The suite admits
loopback through FETCH_ALLOWED_HOSTS (tests/conftest.py), so each test here sets its own allow-list.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from careerpilot.config import Settings
from careerpilot.discovery.research import ResearchService
from careerpilot.discovery.service import DiscoveryService
from careerpilot.domain.errors import SourceError
from careerpilot.memory.sql import Store
from careerpilot.tools.addresses import AddressGuard
from careerpilot.tools.browser import launch_chromium, launch_offline_chromium
from careerpilot.tools.documents import html_to_pdf, pdf_text
from careerpilot.tools.http import HttpPolicy, PoliteClient
from careerpilot.tools.sources import normalize_all
from careerpilot.tools.sources.career_pages import CareerPagesSource
from careerpilot.tools.sources.context import BrowserOptions, SourceContext
from careerpilot.tools.sources.jsonld import jsonld_blocks
from tests.support.board_server import BoardServer, Canned, page
from tests.support.listener import CountingListener
from tests.support.research import posting_at

CHROMIUM = Path("/usr/bin/chromium")
requires_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="no Chromium: apt-get install chromium")
ABOUT = """<html><head><meta name="description" content="Acme builds routing software for delivery fleets.">
</head><body><p>Founded in 2015, Acme is a Series B company with 250 employees across Europe.</p></body></html>"""
PIXEL = "data:image/png;base64," + (  # one red pixel
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record every socket connection this process attempts (the suite's loopback-only guard still applies)."""
    attempted: list[object] = []
    guarded = socket.socket.connect

    def record(self: socket.socket, address: object) -> None:
        attempted.append(address)
        return guarded(self, address)

    monkeypatch.setattr(socket.socket, "connect", record)
    return attempted


def research(tmp_path: Path, allowed: str) -> ResearchService:
    settings = Settings(_env_file=None, data_dir=tmp_path, fetch_allowed_hosts=allowed)
    return ResearchService(Store.open(settings.sql_url), settings)


# Company research


@pytest.mark.parametrize(
    ("listen_on", "site"),
    [
        ("127.0.0.1", "http://127.0.0.1:{port}"),
        ("::1", "http://[::1]:{port}"),
        ("127.0.0.1", "http://2130706433:{port}"),
        ("127.0.0.1", "http://localhost:{port}"),
        ("127.0.0.1", "http://10.0.0.1"),
        ("127.0.0.1", "http://169.254.169.254"),
    ],
)
async def test_research_never_contacts_a_company_site_at_a_non_public_address(
    tmp_path, connects, caplog, listen_on, site
):
    with CountingListener(listen_on) as listener:
        url = site.format(port=listener.port)
        brief = await research(tmp_path, allowed="").brief(posting_at(url))

    assert listener.connections == [] and connects == []
    assert "refused to " in caplog.text and "FETCH_ALLOWED_HOSTS" in caplog.text  # 'fetch URL' or 'connect to host
    assert brief.summary.startswith("We route parcels")  # the posting's own words are kept
    assert brief.sources == [f"{url}/careers/1"]  # the posting, never the site


async def test_research_refuses_a_redirect_from_an_allowed_site_to_a_private_address(tmp_path, caplog):
    with BoardServer() as site, CountingListener("127.0.0.2") as inside:
        site.route("/robots.txt", Canned(404, "none"))
        site.route("/", Canned(302, "", {"Location": f"{inside.url}/latest/meta-data/"}))
        brief = await research(tmp_path, allowed="127.0.0.1").brief(posting_at(site.url))

    assert site.hits("/") and inside.connections == []
    assert f"refused to fetch {inside.url}/latest/meta-data/: loopback address" in caplog.text
    assert brief.sources == [f"{site.url}/careers/1"]


async def test_the_allow_list_lets_research_read_a_test_server(tmp_path):
    with BoardServer() as site:
        site.route("/robots.txt", Canned(404, "none"))
        site.route("/", Canned(200, ABOUT))
        brief = await research(tmp_path, allowed="127.0.0.1").brief(posting_at(site.url))

    assert "routing software for delivery fleets" in brief.summary
    assert brief.sources == [f"{site.url}/careers/1", f"{site.url}/"]


# Discovery and career pages


async def test_a_source_at_a_non_public_address_fails_alone_without_being_contacted(tmp_path):
    with BoardServer() as site:
        site.route("/careers/", Canned(200, page("schemaorg_eg-0028_jsonld.html")))
        settings = Settings(_env_file=None, data_dir=tmp_path, fetch_allowed_hosts="")
        service = DiscoveryService(Store.open(settings.sql_url), settings)

        with pytest.raises(SourceError, match=r"careers:http://127\.0\.0\.1:\d+/careers/: refused to fetch") as failed:
            await service.discover([f"careers:{site.url}/careers/"])

    assert "add it to FETCH_ALLOWED_HOSTS" in str(failed.value)
    assert site.requests == []


def js_page(inside: str) -> str:
    return f"""<!doctype html><html><head><title>Careers</title></head><body><div id="root"></div>
<noscript>You need to enable JavaScript to run this app.</noscript>
<img src="{inside}/pixel.png"><iframe src="{inside}/frame"></iframe>
<script>
fetch('{inside}/beacon', {{method: 'POST', body: 'x'}}).catch(() => {{}});
try {{ new WebSocket('{inside.replace("http", "ws")}/socket'); }} catch (e) {{}}
fetch('/js-careers/posting.json').then(r => r.json()).then(data => {{
  const s = document.createElement('script');
  s.type = 'application/ld+json';
  s.textContent = JSON.stringify(data);
  document.head.appendChild(s);
}});
</script></body></html>"""


@pytest.fixture
def js_site() -> Iterator[tuple[BoardServer, CountingListener]]:
    with BoardServer() as site, CountingListener("127.0.0.2") as inside:
        site.route("/robots.txt", Canned(404, "none"))
        site.route("/js-careers/", Canned(200, js_page(inside.url)))
        site.route("/js-careers/posting.json", json.loads(jsonld_blocks(page("schemaorg_eg-0268_jsonld.html"))[0]))
        yield site, inside


@requires_chromium
async def test_a_rendered_career_page_cannot_make_chromium_reach_a_non_public_address(js_site):
    site, inside = js_site
    browser = BrowserOptions(enabled=True, chromium_path=CHROMIUM, loopback_only=False, timeout_s=10)
    policy = HttpPolicy(per_host_rate=1000)
    async with PoliteClient(policy, guard=AddressGuard(["127.0.0.1"])) as http:
        source = CareerPagesSource(f"{site.url}/js-careers/", SourceContext(http=http, browser=browser))
        result = await source.fetch()

    (posting,) = normalize_all(result.postings)[0]
    assert posting.title == "Telecommute from anywhere in USA!"
    assert site.hits("/js-careers/posting.json")  # the allowed site's own request went through
    # No request reached it. Chromium resolves and connects by itself, so for the frame it may open a bare
    # speculative connection that never carries a byte; only the PDF printer's offline launch stops even that.
    assert [request_line for request_line in inside.connections if request_line] == []
    assert {url.rsplit("/", 1)[1] for url in source.blocked_requests} >= {"pixel.png", "frame", "beacon", "socket"}


# Chromium printing PDFs


def hostile_document(listener: str, *, made_up_hosts: bool = True, connection_hints: bool = True) -> str:
    """A page asking for remote fonts, styles, images, scripts, frames and a redirect (and prefetches, hints)."""
    remote = [
        f'<link rel="stylesheet" href="{listener}/style.css">',
        f"<style>@font-face {{ font-family: Remote; src: url({listener}/font.woff2); }}",
        f"body {{ font-family: Remote, sans-serif; background: url({listener}/background.png); }}</style>",
        f'<script src="{listener}/script.js"></script>',
        f'<script>fetch("{listener}/fetch"); navigator.sendBeacon("{listener}/beacon", "resume");</script>',
        f'<meta http-equiv="refresh" content="0;url={listener}/refresh">',
    ]
    body = [
        f'<img src="{listener}/photo.png"><iframe src="{listener}/frame"></iframe>',
        f'<object data="{listener}/object"></object><video src="{listener}/video.mp4" autoplay></video>',
    ]
    if connection_hints:
        remote += [
            f'<link rel="preconnect" href="{listener}/preconnect"><link rel="prefetch" href="{listener}/prefetch">',
            f'<link rel="preload" as="image" href="{listener}/preload.png">',
        ]
    if made_up_hosts:
        remote += [
            '<link rel="dns-prefetch" href="//dns.attacker.invalid">',
            '<link rel="stylesheet" href="https://fonts.attacker.invalid/css">',
            '<script src="https://cdn.attacker.invalid/track.js"></script>',
        ]
        body += ['<img src="http://images.attacker.invalid/x.png"><iframe src="https://frames.attacker.invalid/">']
    head = "\n".join(['<meta charset="utf-8">', *remote])
    text = f'<h1>Jane Doe</h1><p>Backend engineer.</p><img src="{PIXEL}" width="40">'
    return f"<!doctype html><html><head>{head}</head><body>{text}{''.join(body)}</body></html>"


@requires_chromium
async def test_printing_a_pdf_makes_no_network_request_and_still_prints(tmp_path):
    with CountingListener() as listener:
        async with launch_offline_chromium(CHROMIUM) as browser:
            pdf = await html_to_pdf(browser, hostile_document(listener.url), tmp_path / "resume.pdf")

    assert listener.connections == []
    assert "Jane Doe" in pdf_text(pdf) and "Backend engineer." in pdf_text(pdf)  # not swapped for an error page
    assert PdfReader(pdf).pages[0].images  # the data: URL image needs no network and is printed


@requires_chromium
async def test_the_page_wall_holds_even_in_a_chromium_launched_with_network(tmp_path):
    # The page's route aborts every request, whatever the launch; bare speculative connections (a frame's
    # preconnect) and hints need the offline launch's resolver rules too (the test above).
    with CountingListener() as listener:
        local = hostile_document(listener.url, made_up_hosts=False, connection_hints=False)
        async with launch_chromium(CHROMIUM) as browser:
            pdf = await html_to_pdf(browser, local, tmp_path / "resume.pdf")
            printed_with_wall = list(listener.connections)
            # The same page in an ordinary page of that browser reaches the listener: the wall is what stops it.
            ordinary = await browser.new_page()
            await ordinary.set_content(local, wait_until="load")
            await ordinary.close()

    assert [request_line for request_line in printed_with_wall if request_line] == []  # bare preconnects aside
    assert "Jane Doe" in pdf_text(pdf)
    assert listener.connections

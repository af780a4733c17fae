"""JobSpy within the polite client's rules, tested at the ``scrape_jobs`` boundary (LinkedIn/Indeed are unreachable).

The scraper passed in stands where ``jobspy.scrape_jobs`` goes and returns DataFrames shaped like JobSpy 1.4's
(per-site errors in ``frame.attrs``); the polite client is the real one, holding host budgets for each call.
"""

import asyncio
import threading
import time

import pandas as pd
import pytest

from careerpilot.config import Settings
from careerpilot.discovery.service import http_policy
from careerpilot.domain.errors import SourceError
from careerpilot.tools.http import HttpPolicy, PoliteClient
from careerpilot.tools.sources.context import SourceContext
from careerpilot.tools.sources.jobspy import JobSpySource
from careerpilot.tools.sources.normalize import normalize_all


def _frame(site, n=1, errors=None):
    frame = pd.DataFrame(
        [
            {
                "id": f"{site}-{i}",
                "site": site,
                "job_url": f"https://www.{site}.com/jobs/view/{i}",
                "title": f"Data Engineer {i}",
                "company": "Acme",
                "location": "Berlin, BE, DE",
                "description": "Build **pipelines**.",
            }
            for i in range(n)
        ]
    )
    frame.attrs = {"errors": errors or {}, "warnings": {}}
    return frame


def _ctx(**policy):
    return PoliteClient(HttpPolicy(**({"per_host_rate": 1000.0} | policy)))


async def test_each_site_is_scraped_alone_and_a_failing_site_leaves_the_others():
    calls = []

    def scrape_jobs(**kwargs):
        calls.append(kwargs["site_name"])
        if kwargs["site_name"] == ["indeed"]:
            raise RuntimeError("Indeed GraphQL answered 500")
        return _frame("linkedin", 2)

    async with _ctx() as http:
        source = JobSpySource("sites=indeed,linkedin&q=data engineer", SourceContext(http=http), scraper=scrape_jobs)
        result = await source.fetch()

    postings, problems = normalize_all(result.postings)
    assert sorted(calls) == [["indeed"], ["linkedin"]]
    assert problems == [] and {p.source for p in postings} == {"jobspy:linkedin"} and len(postings) == 2
    (warning,) = result.warnings
    assert "indeed" in warning and "RuntimeError: Indeed GraphQL answered 500" in warning


async def test_every_site_failing_is_one_source_error_naming_each_site():
    def scrape_jobs(**kwargs):
        raise ValueError(f"Invalid country_indeed for {kwargs['site_name'][0]}")

    async with _ctx() as http:
        source = JobSpySource("sites=indeed,linkedin&q=x", SourceContext(http=http), scraper=scrape_jobs)
        with pytest.raises(SourceError, match=r"indeed: JobSpy failed.*linkedin: JobSpy failed"):
            await source.fetch()


async def test_the_configured_proxies_reach_scrape_jobs():
    proxies = ["http://user:pw@10.0.0.1:3128", "http://10.0.0.2:3128"]
    seen = []

    def scrape_jobs(**kwargs):
        seen.append(kwargs.get("proxies"))
        return _frame("linkedin")

    settings = Settings(_env_file=None, http_proxies=proxies)
    async with PoliteClient(http_policy(settings)) as http:
        await JobSpySource("sites=linkedin&q=x", SourceContext(http=http), scraper=scrape_jobs).fetch()

    assert seen == [proxies]


async def test_scrapes_of_one_site_never_exceed_its_host_budget_while_other_sites_proceed():
    lock = threading.Lock()
    running: dict[str, int] = {}
    most: dict[str, int] = {}
    finished: dict[str, float] = {}
    in_flight = {"linkedin": threading.Event(), "indeed": threading.Event()}
    side_by_side: list[bool] = []
    start = time.monotonic()

    def scrape_jobs(**kwargs):
        (site,) = kwargs["site_name"]
        with lock:
            running[site] = running.get(site, 0) + 1
            most[site] = max(most.get(site, 0), running[site])
        # each site's scrape waits (a while at most) for the other's to begin: proceeding sites meet whatever the
        # machine's load, while an Indeed queued behind LinkedIn's host would find no LinkedIn scrape running
        in_flight[site].set()
        in_flight["indeed" if site == "linkedin" else "linkedin"].wait(3)
        with lock:
            side_by_side.append(running.get("linkedin", 0) > 0 and running.get("indeed", 0) > 0)
        time.sleep(0.15)
        with lock:
            running[site] -= 1
            finished[site] = time.monotonic() - start
        return _frame(site)

    async with _ctx(per_host_concurrency=1) as http:
        ctx = SourceContext(http=http)
        sources = [JobSpySource(f"sites=linkedin&q=role {n}", ctx, scraper=scrape_jobs) for n in range(3)]
        sources.append(JobSpySource("sites=indeed&q=role", ctx, scraper=scrape_jobs))
        await asyncio.gather(*(s.fetch() for s in sources))
        stats = http.stats()

    assert most == {"linkedin": 1, "indeed": 1}
    assert stats["www.linkedin.com"].requests == 3 and stats["www.linkedin.com"].max_in_flight == 1
    assert finished["linkedin"] >= 0.45  # three scrapes, one at a time
    assert any(side_by_side)  # Indeed scraped while LinkedIn's host was busy: not queued behind it


async def test_a_hung_site_times_out_but_holds_its_host_share_until_the_thread_ends():
    release_thread = threading.Event()

    def scrape_jobs(**kwargs):
        release_thread.wait(5)
        return _frame("linkedin")

    async with _ctx(per_host_concurrency=1) as http:
        source = JobSpySource("sites=linkedin&q=x&timeout=0.2", SourceContext(http=http), scraper=scrape_jobs)
        with pytest.raises(SourceError, match=r"linkedin gave no answer within 0.2s"):
            await source.fetch()

        waiting = asyncio.create_task(http.hold("https://www.linkedin.com/jobs"))
        await asyncio.sleep(0.2)
        assert not waiting.done()  # the abandoned scrape still runs, so the host budget is still taken
        release_thread.set()
        release = await asyncio.wait_for(waiting, 2)
        release()


async def test_a_blocked_site_stops_its_host_and_rows_found_before_an_error_are_kept():
    calls = []

    def scrape_jobs(**kwargs):
        (site,) = kwargs["site_name"]
        calls.append(site)
        if site == "linkedin":
            return _frame("linkedin", 0, errors={"linkedin": "unexpected page with no jobs (blocked?)"})
        return _frame("indeed", 1, errors={"indeed": "page 2: response status code 502"})

    async with _ctx() as http:
        ctx = SourceContext(http=http)
        first = await JobSpySource("sites=linkedin,indeed&q=x", ctx, scraper=scrape_jobs).fetch()
        with pytest.raises(SourceError, match="stopped earlier this run"):
            await JobSpySource("sites=linkedin&q=y", ctx, scraper=scrape_jobs).fetch()
        blocked = http.blocked_hosts()

    assert calls == ["linkedin", "indeed"] or calls == ["indeed", "linkedin"]  # none after the block
    assert len(first.postings) == 1
    assert any("linkedin: unexpected page with no jobs (blocked?)" in w for w in first.warnings)
    assert any("indeed: page 2: response status code 502 (kept the 1 rows" in w for w in first.warnings)
    assert list(blocked) == ["www.linkedin.com"]

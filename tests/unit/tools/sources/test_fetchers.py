"""Every board adapter through its real HTTP client path against a loopback server replaying the real payloads
in tests/data/job_api_payloads (Jooble and SerpAPI answers follow their documented shapes: no recording exists).
"""

import json
from datetime import date

import pytest

from careerpilot.domain.errors import ConfigError, SourceError
from careerpilot.tools.sources import build_source, normalize_all
from careerpilot.tools.sources.base import Validators
from careerpilot.tools.sources.jobspy import JobSpySource


async def _fetch(spec, ctx):
    result = await build_source(spec, ctx).fetch()
    postings, problems = normalize_all(result.postings)
    assert problems == []
    return result, postings


async def test_greenhouse_board_is_fetched_with_content_and_carries_an_etag(source_ctx, board_server):
    result, postings = await _fetch("greenhouse:vercel", source_ctx)

    assert [p.title for p in postings] == ["Account Executive, Commercial", "Account Executive, Majors"]
    assert postings[0].company == "Vercel"
    assert board_server.hits("/v1/boards/vercel/jobs")[0].query == {"content": "true"}
    assert result.complete and result.validators and result.validators.etag


async def test_an_unchanged_board_answers_304_and_nothing_is_parsed(source_ctx):
    first = await build_source("greenhouse:vercel", source_ctx).fetch()

    again = await build_source("greenhouse:vercel", source_ctx).fetch(first.validators)

    assert again.not_modified and again.postings == []


async def test_greenhouse_single_job_keeps_its_application_questions(source_ctx, board_server):
    raw = await build_source("greenhouse:generalassembly", source_ctx).fetch_job(721)

    assert raw.payload["questions"][0]["label"] == "First Name"
    assert board_server.hits("/v1/boards/generalassembly/jobs/721")[0].query == {"questions": "true"}


async def test_lever_pages_through_skip_and_limit_until_a_short_page(source_ctx, board_server):
    source = build_source("lever:leverdemo", source_ctx)
    source.page_size = 10

    result = await source.fetch()

    assert len(result.postings) == 28
    assert [r.query["skip"] for r in board_server.hits("/v0/postings/leverdemo")] == ["0", "10", "20"]
    assert all(r.query["mode"] == "json" for r in board_server.hits("/v0/postings/leverdemo"))


async def test_lever_modern_postings_keep_workplace_type_and_country(source_ctx):
    _, postings = await _fetch("lever:spotify", source_ctx)

    assert postings and all(p.company == "Spotify" for p in postings)
    assert any(p.raw.get("workplaceType") for p in postings)


async def test_ashby_board_is_asked_for_compensation_and_keeps_workplace_type(source_ctx, board_server):
    _, postings = await _fetch("ashby:linear", source_ctx)

    assert postings and all(p.remote is True and p.company == "Linear" for p in postings)
    assert "compensationTiers" in postings[0].raw["compensation"]  # Linear publishes no band: empty, kept in raw
    assert board_server.hits("/posting-api/job-board/linear")[0].query == {"includeCompensation": "true"}


async def test_workable_account_maps_locations_department_and_remote(source_ctx):
    _, (analytics, claims) = await _fetch("workable:zego", source_ctx)

    assert analytics.title == "Analytics Engineer"
    assert analytics.company == "Zego"
    assert analytics.locations[0].text == "London, England, United Kingdom"
    assert analytics.remote is False
    assert analytics.department == "Data and Engineering"
    assert analytics.employment_type == "FULL_TIME"
    assert analytics.apply_url == "https://apply.workable.com/j/B76C11B977/apply"
    assert analytics.date_posted == date(2026, 7, 10)
    assert analytics.description_text.startswith("About Zego")
    assert analytics.raw["_account"]["name"] == "Zego"
    assert claims.source_id == "450EC5C378"


async def test_smartrecruiters_pages_the_list_and_reads_each_posting_detail(source_ctx, board_server):
    _, (first, second) = await _fetch("smartrecruiters:Ubisoft2", source_ctx)

    assert first.company == "Ubisoft"
    assert first.locations[0].text == "Montreal, QC, Canada"
    assert first.locations[0].country == "CA"
    assert first.remote is False
    assert first.url == "https://jobs.smartrecruiters.com/Ubisoft2/744000151912444"
    assert "Job Description:" in first.description_text
    assert first.raw["refNumber"] == "REF31910A"
    assert second.employment_type == "INTERN"
    offsets = [r.query["offset"] for r in board_server.hits("/v1/companies/Ubisoft2/postings")]
    assert offsets == ["0", "100"]


async def test_recruitee_offers_bring_salary_hybrid_and_requirements(source_ctx):
    _, postings = await _fetch("recruitee:channable", source_ctx)
    first = postings[0]

    assert first.company == "Channable"
    assert first.salary.min == 3750 and first.salary.max == 5250
    assert first.salary.currency == "EUR" and first.salary.period == "MONTH"
    assert first.remote is False
    assert first.employment_type == "FULL_TIME"
    assert first.locations[0].city == "Utrecht"
    assert "Your role" in first.description_text
    assert first.raw["open_questions"]


async def test_remoteok_skips_the_legal_notice_and_marks_jobs_remote(source_ctx):
    _, postings = await _fetch("remoteok", source_ctx)

    assert postings and all(p.remote for p in postings)
    assert postings[0].company == "Mercier Consultancy Group"
    assert postings[0].salary is None


async def test_remotive_parses_salary_text_and_job_type(source_ctx):
    _, (reviewer, frontend) = await _fetch("remotive", source_ctx)

    assert reviewer.employment_type == "PART_TIME"
    assert frontend.salary.min == 90000 and frontend.salary.max == 105000 and frontend.salary.currency == "USD"
    assert frontend.locations[0].text.startswith("USA, Canada")


async def test_arbeitnow_follows_links_next_and_unescapes_descriptions(source_ctx, board_server):
    _, postings = await _fetch("arbeitnow", source_ctx)

    assert [p.company for p in postings] == ["Doctolib", "Doctolib"]
    assert postings[0].employment_type == "INTERN"  # "Werkstudent"
    assert "&lt;" not in postings[0].description_text
    assert [r.query.get("page") for r in board_server.hits("/api/job-board-api")] == ["1", "2"]


async def test_hn_finds_the_latest_thread_and_splits_comment_headers(source_ctx):
    _, postings = await _fetch("hn", source_ctx)
    modash = postings[0]

    assert modash.company == "Modash.io"
    assert modash.title == "Senior Product Engineer"
    assert modash.remote is True
    assert modash.salary.min == 75000 and modash.salary.max == 110000 and modash.salary.currency == "EUR"
    assert modash.url == "https://news.ycombinator.com/item?id=49522903"


async def test_jooble_posts_the_query_with_the_key_in_the_path(source_ctx, board_server):
    _, postings = await _fetch("jooble:keywords=python&location=Berlin&pages=1", source_ctx)

    assert postings[0].title == "Senior Python Developer"
    assert postings[0].salary.min == 70000
    seen = board_server.hits("/api/test-jooble-key")[0]
    assert seen.method == "POST" and json.loads(seen.body) == {"keywords": "python", "location": "Berlin", "page": "1"}


async def test_jooble_without_a_key_is_a_config_error_naming_the_setting(source_ctx):
    source_ctx.keys.pop("jooble")

    with pytest.raises(ConfigError, match="JOOBLE_API_KEY"):
        await build_source("jooble:python", source_ctx).fetch()


async def test_serpapi_google_jobs_maps_highlights_and_salary(source_ctx, board_server):
    _, (job,) = await _fetch("serpapi:q=data engineer&pages=1", source_ctx)

    assert job.company == "Gamma Analytics"
    assert "Qualifications:\n- 3+ years of Python" in job.description_text
    assert job.salary.min == 120000 and job.salary.max == 150000
    assert board_server.hits("/search.json")[0].query["engine"] == "google_jobs"


async def test_jobspy_adapter_maps_the_scrape_jobs_dataframe(source_ctx):
    import pandas as pd

    calls = []

    def scrape_jobs(**kwargs):
        calls.append(kwargs)
        return pd.DataFrame(
            [
                {
                    "id": "li-1",
                    "site": "linkedin",
                    "job_url": "https://www.linkedin.com/jobs/view/1",
                    "job_url_direct": "https://acme.com/jobs/1",
                    "title": "ML Engineer",
                    "company": "Acme",
                    "location": "Berlin, BE, DE",
                    "date_posted": pd.Timestamp("2026-09-01"),
                    "job_type": "fulltime",
                    "interval": "yearly",
                    "min_amount": 80000.0,
                    "max_amount": float("nan"),
                    "currency": "EUR",
                    "is_remote": False,
                    "job_level": "mid-senior level",
                    "description": "Build **models**.",
                }
            ]
        )

    source = JobSpySource("sites=linkedin&q=ml engineer&location=Berlin&results=5", source_ctx, scraper=scrape_jobs)
    postings, problems = normalize_all((await source.fetch()).postings)

    assert problems == []
    assert calls[0]["site_name"] == ["linkedin"] and calls[0]["search_term"] == "ml engineer"
    (job,) = postings
    assert job.source == "jobspy:linkedin"
    assert job.apply_url == "https://acme.com/jobs/1"
    assert job.salary.min == 80000 and job.salary.max is None and job.salary.period == "YEAR"
    assert job.date_posted == date(2026, 9, 1)
    assert job.employment_type == "FULL_TIME"


async def test_a_missing_board_is_a_source_error_naming_the_url(source_ctx):
    with pytest.raises(SourceError, match=r"/v1/boards/nope/jobs: HTTP 404"):
        await build_source("greenhouse:nope", source_ctx).fetch()


async def test_malformed_json_is_a_source_error_not_a_crash(source_ctx, board_server):
    from tests.support.board_server import Canned

    board_server.route(
        "/v1/boards/broken/jobs", Canned(body='{"jobs": [', headers={"Content-Type": "application/json"})
    )

    with pytest.raises(SourceError, match="did not return valid JSON"):
        await build_source("greenhouse:broken", source_ctx).fetch()


async def test_validators_send_conditional_headers(source_ctx, board_server):
    await build_source("ashby:linear", source_ctx).fetch(Validators(etag='"abc"', last_modified="Mon, 01 Sep 2026"))

    headers = board_server.hits("/posting-api/job-board/linear")[0].headers
    assert headers["if-none-match"] == '"abc"' and headers["if-modified-since"] == "Mon, 01 Sep 2026"

"""Cross-source dedupe on postings built from the real Greenhouse payload (tests/data/job_api_payloads)."""

import json

from careerpilot.discovery.dedupe import canonical_url, dedupe_postings
from careerpilot.domain.jobs import JobPosting
from careerpilot.tools.sources.greenhouse import normalize_greenhouse, parse_greenhouse
from tests.support.datasets import TEST_DATA

VERCEL = TEST_DATA / "job_api_payloads" / "greenhouse_vercel_jobs_content-true_2026_trimmed.json"


def _greenhouse_job() -> JobPosting:
    data = json.loads(VERCEL.read_text(encoding="utf-8"))
    return normalize_greenhouse(parse_greenhouse(data, "gh")[0])


def test_the_same_job_from_an_ats_a_career_page_and_an_agency_repost_is_one_posting():
    ats = _greenhouse_job()
    career_page = JobPosting(
        id="careers-1",
        source="jsonld",
        url=f"https://vercel.com/careers/account-executive?gh_jid={ats.source_id}&utm_source=linkedin",
        title=ats.title,
        company="Vercel",
        description_text=ats.description_text,
    )
    agency = JobPosting(
        id="agency-1",
        source="jooble",
        url="https://jooble.org/desc/555",
        title=f"{ats.title} (m/f/d)",
        company="Talent Partners Ltd",
        description_text=ats.description_text.replace("Vercel", "our client"),
    )

    result = dedupe_postings([career_page, agency, ats])

    assert result.duplicates == 2
    (kept,) = result.postings
    assert kept.id == ats.id  # the ATS posting is the richest source
    assert {s["source"] for s in kept.raw["sources"]} == {"greenhouse", "jsonld", "jooble"}
    assert result.kept_id == {career_page.id: ats.id, agency.id: ats.id, ats.id: ats.id}


def test_two_different_jobs_with_similar_titles_stay_apart():
    base = _greenhouse_job()
    other_text = " ".join(f"Design and operate data pipeline number {n} in Rust with Kafka." for n in range(40))
    backend = base.model_copy(
        update={
            "id": "a",
            "url": "https://x.test/a",
            "apply_url": None,
            "source_id": None,
            "raw": {},
            "title": "Senior Backend Engineer",
        }
    )
    frontend = base.model_copy(
        update={
            "id": "b",
            "apply_url": None,
            "source_id": None,
            "raw": {},
            "url": "https://x.test/b",
            "title": "Senior Frontend Engineer",
            "description_text": other_text,
        }
    )
    same_text_other_role = base.model_copy(
        update={
            "id": "c",
            "url": "https://x.test/c",
            "apply_url": None,
            "source_id": None,
            "raw": {},
            "title": "Account Manager",
        }
    )

    result = dedupe_postings([backend, frontend, same_text_other_role])

    assert result.duplicates == 0 and len(result.postings) == 3


def test_two_openings_the_board_itself_lists_separately_are_not_merged():
    base = _greenhouse_job()
    london = base.model_copy(
        update={"id": "l", "source_id": "1", "apply_url": None, "raw": {}, "url": "https://x.test/1"}
    )
    paris = base.model_copy(
        update={"id": "p", "source_id": "2", "apply_url": None, "raw": {}, "url": "https://x.test/2"}
    )

    assert dedupe_postings([london, paris]).duplicates == 0


def test_canonical_urls_drop_tracking_www_fragments_and_apply_suffixes():
    assert canonical_url("http://www.Example.com/jobs/1/apply?utm_source=x&ref=y&id=3#top") == (
        "https://example.com/jobs/1?id=3"
    )
    assert canonical_url("not a url") is None


def test_merging_fills_gaps_from_the_other_sources():
    rich = JobPosting(id="1", source="greenhouse", url="https://a.test/1", title="Engineer", description_text="x" * 50)
    with_salary = JobPosting(
        id="2",
        source="remotive",
        url="https://a.test/1?utm_medium=feed",
        title="Engineer",
        remote=True,
        salary={"min": 100, "max": 200, "currency": "USD", "period": "YEAR"},
    )

    (kept,) = dedupe_postings([with_salary, rich]).postings

    assert kept.id == "1" and kept.remote is True and kept.salary.max == 200


def test_the_fast_url_split_agrees_with_urlsplit_on_tricky_urls():
    """split_url skips urllib for plain http(s) URLs; whatever it takes, it must split exactly like urlsplit."""
    from urllib.parse import urlsplit

    from careerpilot.domain.jobs import split_url

    tricky = [
        "https://boards.greenhouse.io/acme/jobs/123?gh_src=x&utm_source=y#apply",
        "https://ref=yé.example?utm_source=x[::1]",
        "https://gh_jid=12@?//+a=1",
        "https://user:pw@Example.COM:443/a/?b=1",
        "http://[::1]:8080/x",
        "https://a.b#frag?notquery",
        "https://a.b?q=1#f",
        "https://a.b",
        "HTTPS://A.B/C",
        "https://a.b/p ath",
        "https://a.b\\evil.com/",
        "https://münchen.example/jobs",
        "mailto:jobs@acme.example",
        "//acme.example/jobs",
    ]
    for url in tricky:
        parts = urlsplit(url)
        assert split_url(url) == (parts.scheme, parts.netloc, parts.path, parts.query), url

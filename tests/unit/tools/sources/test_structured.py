"""The one structured-data reader (tools/sources/structured.py) on its own fixtures, one issue item each.

Pages are corpus pages from tests/data/career_pages/corpus (PROVENANCE.md, Source C), read as the web page they
stand for; the JSON-LD normalizer turns them into postings the way every face does.
"""

import time
from datetime import date

from careerpilot.discovery.dedupe import dedupe_postings
from careerpilot.domain.jobs import SalaryRange
from careerpilot.matching.requirements import extract_requirements
from careerpilot.tools.sources import normalize_all
from careerpilot.tools.sources.career_pages import needs_javascript
from careerpilot.tools.sources.structured import lenient_json, read_page
from tests.support.career_corpus import PAGES


def _read(name: str, url: str):
    read = read_page((PAGES / "corpus" / f"{name}.html").read_text(encoding="utf-8"), url)
    postings, problems = normalize_all(read.postings)
    assert problems == []
    return postings, read


def test_a_page_with_three_postings_and_no_urls_keeps_three_with_ids_that_survive_a_reread():
    url = "https://multi.example/careers"
    first, _ = _read("three_postings_no_urls", url)
    again, _ = _read("three_postings_no_urls", url)

    assert [p.title for p in first] == ["Backend Engineer", "Backend Engineer", "Data Analyst"]
    assert len({p.id for p in first}) == 3
    assert [p.id for p in again] == [p.id for p in first]
    # each keeps its own fields: nothing borrowed from a neighbour
    assert [(p.remote, p.date_posted) for p in first] == [
        (False, date(2026, 11, 1)),
        (True, date(2026, 11, 2)),
        (None, date(2026, 11, 3)),
    ]
    assert first[1].remote_countries == ["Portugal"]
    # links point at the page, told apart by their slot, and dedupe keeps all three
    assert [p.url for p in first] == [
        f"{url}#posting=backend-engineer-1",
        f"{url}#posting=backend-engineer-2",
        f"{url}#posting=data-analyst-1",
    ]
    assert len(dedupe_postings(first).postings) == 3


def test_a_tracking_parameter_on_the_page_url_does_not_change_the_ids():
    plain, _ = _read("three_postings_no_urls", "https://multi.example/careers")
    tracked, _ = _read("three_postings_no_urls", "https://multi.example/careers?utm_source=newsletter")

    assert [p.id for p in tracked] == [p.id for p in plain]


def test_postings_sharing_one_url_are_told_apart_by_their_identifier():
    postings, _ = _read("same_url_different_identifiers", "https://same.example/jobs")

    assert [p.source_id for p in postings] == ["A-1", "A-2"]
    assert len({p.id for p in postings}) == 2
    assert postings[0].url == "https://same.example/jobs#posting=id-a-1"


def test_a_yoast_graph_gives_the_company_its_organization_node_names():
    (posting,), _ = _read("yoast_graph_org_ref", "https://shop.example/careers/cook/")

    assert posting.company == "Shop & Co"


def test_relative_ids_resolve_organization_place_and_salary():
    (posting,), _ = _read("graph_relative_refs", "https://rel.example/jobs/analyst")

    assert posting.company == "Relative Org"
    assert posting.locations[0].city == "Dublin"
    assert posting.salary == SalaryRange(min=60000, max=70000, currency="EUR", period="YEAR")


def test_an_expired_posting_says_so_and_one_valid_until_later_does_not():
    (old,), _ = _read("cdata_line_comments_expired", "https://bread.example/jobs/baker")
    (later,), _ = _read("wp_job_manager_listing", "https://bean.example/job/barista/")

    assert old.valid_through == date(2020, 1, 31) and old.expired()
    assert later.valid_through == date(2099, 12, 31) and not later.expired()
    assert not old.expired(today=date(2020, 1, 31))  # the last day still takes applications


def test_bom_cdata_comments_and_trailing_commas_are_read_without_a_warning():
    html = (PAGES / "corpus" / "bom_cdata_comments_trailing_commas.html").read_text(encoding="utf-8")
    (posting,), read = _read("bom_cdata_comments_trailing_commas", "https://spark.example/jobs/electrician")

    assert read.rejected == []
    assert (posting.title, posting.company, posting.employment_types) == ("Electrician", "Spark Ltd", ["FULL_TIME"])
    assert not needs_javascript(html)  # a lenient block is a posting: no Chromium for it


def test_a_broken_block_is_reported_and_the_good_one_beside_it_still_read():
    (posting,), read = _read("broken_block_next_to_good", "https://roof.example/jobs/roofer")

    assert posting.title == "Roofer"
    assert len(read.rejected) == 1
    assert "JSON-LD block 1 is not valid JSON" in read.rejected[0]


def test_html_escaped_json_is_read():
    (posting,), read = _read("html_escaped_json", "https://green.example/jobs/gardener")

    assert read.rejected == [] and posting.company == "Green & Co"


def test_strings_keep_what_looks_like_comments_or_commas():
    value = lenient_json('{"url": "https://x.example/a//b", "t": "a /* b */ c", "l": [1, 2,], }')

    assert value == {"url": "https://x.example/a//b", "t": "a /* b */ c", "l": [1, 2]}


def test_months_of_experience_and_education_become_requirements_the_matcher_reads():
    (posting,), _ = _read("google_education_and_experience", "https://www.example.com/jobs/edu")

    assert (posting.experience_years, posting.degree) == (5.0, "bachelor")
    found = extract_requirements(posting.title, posting.description_text)
    assert any(r.kind == "experience" and r.years == 5 for r in found.requirements)
    assert any(r.kind == "degree" for r in found.requirements)


def test_remote_with_countries_on_site_false_and_direct_apply():
    (remote,), _ = _read("google_remote_countries", "https://www.example.com/jobs/remote-2")
    (onsite,), _ = _read("google_guide_example", "https://www.example.com/jobs/1234567")
    (direct,), _ = _read("google_direct_apply", "https://www.example.com/jobs/direct")

    assert (remote.remote, remote.remote_countries) == (True, ["USA", "Canada"])
    assert onsite.remote is False
    assert direct.direct_apply is True and onsite.direct_apply is None


def test_employment_type_lists_and_exact_hourly_pay():
    (types,), _ = _read("google_employment_type_list", "https://www.example.com/jobs/types")
    (hourly,), _ = _read("google_hourly_cents", "https://www.example.com/jobs/hourly")

    assert types.employment_types == ["FULL_TIME", "PART_TIME"] and types.employment_type == "FULL_TIME"
    assert hourly.salary is not None and hourly.salary.min == 17.5
    assert hourly.salary.text() == "17.50 EUR per hour"
    assert SalaryRange(min=90000, max=120000, currency="USD", period="YEAR").text() == "90,000–120,000 USD per year"


def test_a_hostile_block_costs_one_pass_not_one_per_opener():
    page = '<script type="application/ld+json">' + "/*" * 100_000 + '"\\"' * 50_000 + "</script>"
    started = time.process_time()

    read = read_page(page, "https://hostile.example/jobs")

    assert read.postings == [] and len(read.rejected) == 1
    assert time.process_time() - started < 10  # one scan per opener would be quadratic: ~10^10 steps here

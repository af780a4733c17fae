from datetime import date

import pytest

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import job_id_for
from careerpilot.tools.sources.base import RawPosting
from careerpilot.tools.sources.greenhouse import is_greenhouse_payload, normalize_greenhouse, parse_greenhouse

VERCEL = "job_api_payloads/greenhouse_vercel_jobs_content-true_2026_trimmed.json"
GA_JOBS = "job_api_payloads/greenhouse_generalassembly_jobs_content-true_2013.json"
GA_JOB_WITH_QUESTIONS = "job_api_payloads/greenhouse_generalassembly_job_721_questions-true_2013.json"


def _postings(data, hint=None):
    return [normalize_greenhouse(raw) for raw in parse_greenhouse(data, "test.json", hint)]


def test_modern_board_response_maps_title_company_locations_and_dates(shared_json):
    first, second = _postings(shared_json(VERCEL))

    assert first.title == "Account Executive, Commercial"
    assert first.company == "Vercel"
    assert first.source == "greenhouse"
    assert first.source_id == "6136160004"
    assert first.url == "https://job-boards.greenhouse.io/vercel/jobs/6136160004"
    assert first.apply_url == first.url
    assert [loc.text for loc in first.locations] == ["Hybrid - London", "London, England, United Kingdom"]
    assert first.locations[1].country == "United Kingdom"
    assert first.remote is False
    assert first.department == "Account Executive"
    assert first.date_posted == date(2026, 8, 6)
    assert second.title == "Account Executive, Majors"
    assert second.date_posted == date(2026, 5, 21)
    assert first.id == job_id_for("greenhouse", "6136160004", first.url, first.title, "Vercel")
    assert first.id != second.id


def test_board_specific_fields_stay_in_raw(shared_json):
    posting = _postings(shared_json(VERCEL))[0]

    assert posting.raw["requisition_id"] == "1311"
    assert posting.raw["internal_job_id"] == 5196261004
    assert posting.raw["metadata"][0]["value"] == "Sales"
    assert posting.raw["data_compliance"][0]["type"] == "gdpr"
    assert "content" not in posting.raw
    assert posting.raw["_origin"] == "test.json"


def test_escaped_content_is_kept_as_real_html_and_as_text(shared_json):
    posting = _postings(shared_json(VERCEL))[0]

    assert posting.description_html is not None
    assert posting.description_html.startswith('<div class="content-intro"><h2>About Vercel:</h2>')
    assert posting.description_text.startswith("About Vercel:\n\nVercel is the agentic infrastructure company")


def test_legacy_board_without_company_name_uses_the_company_hint(shared_json):
    developer, analyst = _postings(shared_json(GA_JOBS), hint="Generalassembly")

    assert developer.title == "Application developer"
    assert developer.company == "Generalassembly"
    assert developer.url == "http://boards.greenhouse.io/generalassembly/jobs/721"
    assert [loc.text for loc in developer.locations] == ["New York, NY"]
    assert developer.remote is None
    assert developer.department is None
    assert developer.date_posted == date(2013, 9, 12)
    assert "- Wayfarers brunch fingerstache bespoke." in developer.description_text
    assert analyst.title == "Finance Analyst"
    assert analyst.department == "Finance"


def test_single_job_response_keeps_the_application_questions(shared_json):
    data = shared_json(GA_JOB_WITH_QUESTIONS)
    assert is_greenhouse_payload(data)

    (posting,) = _postings(data)

    assert posting.source_id == "721"
    assert posting.company is None
    labels = [q["label"] for q in posting.raw["questions"]]
    assert labels[:3] == ["First Name", "Last Name", "Email"]
    assert "How did you hear about this job?" in labels


def test_same_job_from_list_and_single_response_gets_the_same_id(shared_json):
    from_list = _postings(shared_json(GA_JOBS))[0]
    single = _postings(shared_json(GA_JOB_WITH_QUESTIONS))[0]

    assert from_list.id == single.id


def test_a_remote_location_marks_the_job_remote():
    data = {"id": 1, "title": "Engineer", "absolute_url": "https://x/1", "location": {"name": "Remote - US"}}

    assert _postings(data)[0].remote is True


def test_a_job_without_a_title_raises_a_readable_source_error():
    raw = RawPosting(
        format="greenhouse", payload={"id": 9, "absolute_url": "https://x/9", "title": " "}, origin="f.json"
    )

    with pytest.raises(SourceError, match=r"f\.json \(9\): greenhouse posting has no title"):
        normalize_greenhouse(raw)


def test_department_and_office_lists_are_not_mistaken_for_jobs(shared_json):
    assert not is_greenhouse_payload(shared_json("job_api_payloads/greenhouse_generalassembly_departments_2013.json"))
    assert not is_greenhouse_payload(shared_json("job_api_payloads/greenhouse_generalassembly_offices_2013.json"))

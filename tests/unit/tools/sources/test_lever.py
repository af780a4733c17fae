from datetime import date

from careerpilot.tools.sources.base import RawPosting
from careerpilot.tools.sources.lever import is_lever_payload, normalize_lever, parse_lever

LEVERDEMO = "job_api_payloads/lever_leverdemo_postings_mode-json_2015.json"
LEVERDEMO_GROUPED = "job_api_payloads/lever_leverdemo_postings_group-location_2015.json"
LEVERDEMO_SINGLE = "job_api_payloads/lever_leverdemo_single_posting_2015.json"
SPOTIFY = "job_api_payloads/lever_spotify_postings_mode-json_2026_trimmed.json"


def _postings(data, hint=None):
    return [normalize_lever(raw) for raw in parse_lever(data, "test.json", hint)]


def test_modern_postings_map_locations_workplace_and_commitment(shared_json):
    android, contractor = _postings(shared_json(SPOTIFY), hint="Spotify")

    assert android.title == "Android Engineer - Experience"
    assert android.company == "Spotify"
    assert android.source_id == "2193db3f-77c5-43b8-b030-8f92c9882bf1"
    assert android.url == "https://jobs.lever.co/spotify/2193db3f-77c5-43b8-b030-8f92c9882bf1"
    assert android.apply_url == "https://jobs.lever.co/spotify/2193db3f-77c5-43b8-b030-8f92c9882bf1/apply"
    assert [(loc.text, loc.country) for loc in android.locations] == [("London", "GB"), ("Stockholm", None)]
    assert android.remote is False  # workplaceType "hybrid"
    assert android.employment_type == "FULL_TIME"  # commitment "Permanent"
    assert android.department == "Engineering"
    assert android.date_posted == date(2026, 6, 23)
    assert contractor.title == "Artist & Label Partnerships Contractor, Vietnam"
    assert contractor.employment_type == "TEMPORARY"  # commitment "Short Term"
    assert [(loc.text, loc.country) for loc in contractor.locations] == [("Ho Chi Minh", "VN")]
    assert contractor.date_posted == date(2026, 8, 27)


def test_lists_become_headed_sections_of_dash_lines(shared_json):
    android = _postings(shared_json(SPOTIFY))[0]
    text = android.description_text

    assert text.startswith("We design Spotify’s consumer experience")
    assert "What You'll Do:\n- Develop and maintain mobile client components that capture and report listening" in text
    assert "Who You Are:\n- You have experience developing Android and iOS applications" in text
    assert "Where You'll Be:\n- This role is based in London or Stockholm." in text
    assert text.index("What You'll Do:") < text.index("Who You Are:") < text.index("Spotify is an equal opportunity")
    assert android.description_html is not None and "<h3>What You&#x27;ll Do</h3>" in android.description_html


def test_legacy_plain_text_description_keeps_paragraphs_and_level_sets_seniority(shared_json):
    postings = {p.title: p for p in _postings(shared_json(LEVERDEMO), hint="Leverdemo")}

    assert len(postings) == 28
    android = postings["Android Engineer"]
    assert android.company == "Leverdemo"
    assert android.seniority == "senior"  # categories.level "Senior"
    assert android.department == "Engineering"  # categories.team
    assert android.date_posted == date(2014, 11, 24)
    assert android.description_text.startswith("As an Android Developer, you will develop applications")
    assert "\n\nDisproportionately impact a product-driven startup" in android.description_text
    assert "In 3 months...\n- Fully manage our production servers" in android.description_text


def test_legacy_postings_cover_commitments_missing_text_and_missing_location(shared_json):
    postings = {p.title: p for p in _postings(shared_json(LEVERDEMO))}

    intern = postings["Product Marketing Intern"]
    assert intern.employment_type == "INTERN"
    assert intern.seniority == "intern"
    assert intern.description_text == ""
    assert [loc.text for loc in intern.locations] == ["London, UK"]
    assert postings["Office Manager"].employment_type == "PART_TIME"
    assert postings["UX Designer"].locations == []


def test_grouped_response_yields_the_same_28_postings(shared_json):
    grouped = _postings(shared_json(LEVERDEMO_GROUPED))
    flat = _postings(shared_json(LEVERDEMO))

    assert len(grouped) == 28
    assert {p.id for p in grouped} == {p.id for p in flat}


def test_single_posting_response_is_read(shared_json):
    data = shared_json(LEVERDEMO_SINGLE)
    assert is_lever_payload(data)

    (posting,) = _postings(data)

    assert posting.title == "Operations Manager"
    assert [loc.text for loc in posting.locations] == ["San francisco"]
    assert posting.date_posted == date(2014, 7, 2)


def test_salary_range_and_remote_workplace_are_mapped():
    payload = {
        "id": "abc",
        "text": "Senior Backend Engineer",
        "hostedUrl": "https://jobs.lever.co/acme/abc",
        "categories": {"location": "Remote - Canada", "commitment": "Full-time"},
        "workplaceType": "remote",
        "salaryRange": {"min": 150000, "max": 180000, "currency": "CAD", "interval": "per-year-salary"},
        "lists": [{"text": "Requirements", "content": "<li>Go</li><li>Postgres</li>"}],
    }

    posting = normalize_lever(RawPosting(format="lever", payload=payload, origin="x.json"))

    assert posting.remote is True
    assert posting.seniority == "senior"
    assert posting.salary is not None
    assert posting.salary.model_dump() == {"min": 150000.0, "max": 180000.0, "currency": "CAD", "period": "YEAR"}
    assert posting.description_text == "Requirements:\n- Go\n- Postgres"


def test_error_responses_are_not_mistaken_for_postings(shared_json):
    assert not is_lever_payload(shared_json("job_api_payloads/lever_error_responses_2015.json"))

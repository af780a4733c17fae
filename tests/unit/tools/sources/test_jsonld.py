import json
from datetime import date

from careerpilot.tools.sources.base import RawPosting
from careerpilot.tools.sources.jsonld import normalize_jsonld
from careerpilot.tools.sources.structured import extract_jsonld


def _page(*blocks: str) -> str:
    scripts = "".join(f'<script type="application/ld+json">{block}</script>' for block in blocks)
    return f"<!doctype html><html><head>{scripts}</head><body><h1>Jobs</h1></body></html>"


def _normalized(page: str, origin: str = "page.html"):
    found = extract_jsonld(page, origin)
    return [normalize_jsonld(raw) for raw in found.postings], found.warnings


def test_full_schema_org_example_maps_location_salary_type_and_sections(shared_text):
    (posting,), warnings = _normalized(shared_text("career_pages/schemaorg_eg-0028_jsonld.html"))

    assert warnings == []
    assert posting.title == "Software Engineer"
    assert posting.source == "jsonld"
    assert posting.company is None  # eg-0028 names the company only in its microdata form
    assert [(loc.text, loc.city, loc.region) for loc in posting.locations] == [("Kirkland, WA", "Kirkland", "WA")]
    assert posting.employment_type == "FULL_TIME"
    assert posting.salary is not None
    assert posting.salary.model_dump() == {"min": 100000.0, "max": 100000.0, "currency": "USD", "period": None}
    assert posting.date_posted == date(2011, 10, 31)
    assert posting.url is None  # a local file path is not a posting URL
    text = posting.description_text
    assert text.startswith("Description: ABC Company Inc. seeks a full-time mid-level software engineer")
    assert "Responsibilities:\nDesign and write specifications for tools" in text
    assert "Skills:\nWeb application development using Java/J2EE" in text
    assert "Education:\nBachelor's Degree in Computer Science" in text
    assert "Experience:\nMinumum 3 years experience as a software engineer" in text
    assert posting.raw["workHours"] == "40 hours per week"
    assert posting.raw["occupationalCategory"] == "15-1132.00 Software Developers, Application"


def test_name_is_the_title_fallback_and_organization_objects_give_the_company(shared_text):
    (posting,), _ = _normalized(shared_text("career_pages/schemaorg_eg-0251_jsonld.html"))

    assert posting.title == "Mobile App Developer"
    assert posting.company == "ACME Software"
    assert posting.raw["relevantOccupation"]["occupationalCategory"]["codeValue"] == "15-1132.00"


def test_applicant_location_requirements_mark_the_job_remote(shared_text):
    (posting,), _ = _normalized(shared_text("career_pages/schemaorg_eg-0268_jsonld.html"))

    assert posting.title == "Telecommute from anywhere in USA!"
    assert posting.remote is True
    assert [(loc.text, loc.country) for loc in posting.locations] == [("USA", "USA")]


def test_credential_and_experience_objects_become_readable_sections(shared_text):
    (credential,), _ = _normalized(shared_text("career_pages/schemaorg_eg-0280_jsonld.html"))
    (experience,), _ = _normalized(shared_text("career_pages/schemaorg_eg-0465_jsonld.html"))

    assert credential.title == "Systems Research Engineer"
    assert credential.description_text == "Qualifications:\nBachelor of Science in Computer Science"
    assert credential.raw["qualifications"]["recognizedBy"]["name"] == "ABET"
    # 60 months are written as years, which the requirement extractor reads; the numbers are fields too.
    assert experience.description_text == "Experience:\n5 years of experience.\n\nEducation:\nbachelor degree"
    assert (experience.experience_years, experience.degree) == (5.0, "bachelor")
    assert experience.raw["experienceInPlaceOfEducation"] is True


def test_an_occupation_page_yields_no_posting_and_no_warning(shared_text):
    found = extract_jsonld(shared_text("career_pages/schemaorg_eg-0252_jsonld.html"), "eg-0252.html")

    assert found.postings == []
    assert found.warnings == []


def test_a_saved_page_with_microdata_only_is_read_like_a_career_page(shared_text):
    (posting,), warnings = _normalized(shared_text("career_pages/schemaorg_eg-0028_microdata.html"), "microdata.html")

    assert warnings == []
    assert (posting.title, posting.company) == ("Software Engineer", "ABC Company Inc.")


def test_schema_org_examples_without_url_or_identifier_still_get_distinct_ids(shared_text):
    pages = ("0028", "0465")  # both are titled "Software Engineer" with no company, URL or identifier
    ids = {_normalized(shared_text(f"career_pages/schemaorg_eg-{eg}_jsonld.html"))[0][0].id for eg in pages}

    assert len(ids) == 2


def test_graph_blocks_with_several_postings_are_all_found():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "name": "Acme"},
            {"@type": "JobPosting", "title": "Data Engineer", "url": "https://acme.example/jobs/1"},
            {"@type": ["JobPosting"], "title": "ML Engineer", "url": "https://acme.example/jobs/2"},
        ],
    }

    postings, warnings = _normalized(_page(json.dumps(graph)))

    assert [p.title for p in postings] == ["Data Engineer", "ML Engineer"]
    assert [p.url for p in postings] == ["https://acme.example/jobs/1", "https://acme.example/jobs/2"]
    assert warnings == []


def test_lists_of_objects_and_several_blocks_per_page_are_read():
    listed = json.dumps([{"@type": "JobPosting", "title": "Designer"}, {"@type": "WebPage", "name": "Careers"}])
    single = json.dumps({"@context": "https://schema.org", "@type": "JobPosting", "title": "Recruiter"})

    postings, _ = _normalized(_page(listed, single))

    assert [p.title for p in postings] == ["Designer", "Recruiter"]


def test_an_invalid_block_is_a_warning_and_the_other_blocks_are_kept():
    good = json.dumps({"@type": "JobPosting", "title": "Analyst"})

    postings, warnings = _normalized(_page('{"@type": "JobPosting", "title": }', good), origin="careers.html")

    assert [p.title for p in postings] == ["Analyst"]
    assert len(warnings) == 1
    assert warnings[0].startswith("careers.html: JSON-LD block 1 is not valid JSON")


def test_html_escaped_description_quantitative_salary_and_telecommute_are_mapped():
    posting_json = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": "Senior Backend Engineer",
        "description": "&lt;p&gt;Build APIs.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Python&lt;/li&gt;"
        "&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;",
        "identifier": {"@type": "PropertyValue", "name": "Acme", "value": "REQ-1234"},
        "hiringOrganization": {"@type": "Organization", "name": "Acme &amp; Co"},
        "datePosted": "2026-10-01T09:00:00Z",
        "validThrough": "2026-12-31",
        "employmentType": ["FULL_TIME", "CONTRACTOR"],
        "jobLocationType": "TELECOMMUTE",
        "jobLocation": [
            {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": "Austin",
                    "addressRegion": "TX",
                    "addressCountry": {"@type": "Country", "name": "US"},
                },
            },
            {"@type": "Place", "address": "Berlin, Germany"},
        ],
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {"@type": "QuantitativeValue", "minValue": 60, "maxValue": 80, "unitText": "HOUR"},
        },
        "skills": ["Python", "PostgreSQL"],
    }

    (posting,), _ = _normalized(_page(json.dumps(posting_json)))

    assert posting.description_text == "Build APIs.\n\n- Python\n- Go\n\nSkills:\n- Python\n- PostgreSQL"
    assert posting.description_html == "<p>Build APIs.</p><ul><li>Python</li><li>Go</li></ul>"
    assert posting.source_id == "REQ-1234"
    assert posting.company == "Acme & Co"
    assert posting.remote is True
    assert posting.employment_type == "FULL_TIME"
    assert posting.seniority == "senior"
    assert posting.date_posted == date(2026, 10, 1)
    assert posting.raw["validThrough"] == "2026-12-31"
    assert [(loc.text, loc.country) for loc in posting.locations] == [
        ("Austin, TX, US", "US"),
        ("Berlin, Germany", None),
    ]
    assert posting.salary is not None
    assert posting.salary.model_dump() == {"min": 60.0, "max": 80.0, "currency": "USD", "period": "HOUR"}


def test_a_posting_fetched_from_the_web_falls_back_to_its_page_url():
    raw = RawPosting(
        format="jsonld", payload={"@type": "JobPosting", "title": "Nurse"}, origin="https://careers.example/jobs/7"
    )

    assert normalize_jsonld(raw).url == "https://careers.example/jobs/7"

from datetime import date

import pytest

from careerpilot.tools.sources.fields import (
    company_from_token,
    guess_employment_type,
    guess_remote,
    guess_seniority,
    location_from_text,
    parse_date,
    salary_period,
    salary_range,
)
from careerpilot.tools.sources.text import (
    clean_text,
    description_to_html,
    description_to_text,
    html_to_text,
    looks_escaped,
    section,
)

GREENHOUSE_2013 = "job_api_payloads/greenhouse_generalassembly_jobs_content-true_2013.json"
GREENHOUSE_2026 = "job_api_payloads/greenhouse_vercel_jobs_content-true_2026_trimmed.json"


def test_greenhouse_double_escaped_content_becomes_readable_text(shared_json):
    content = shared_json(GREENHOUSE_2013)["jobs"][0]["content"]
    assert content.startswith("&lt;h3&gt;")

    text = html_to_text(content)

    assert text.startswith("Who this job is right for\n\nAnim wes anderson mixtape")
    assert "- Bespoke exercitation viral typewriter.\n- Do small batch vinyl gluten-free commodo portland." in text
    assert "Required skills & experience" in text
    assert "you probably haven't heard of them" in text
    assert "<" not in text and "&lt;" not in text and "&amp;" not in text


def test_modern_greenhouse_content_keeps_apostrophes_and_headings(shared_json):
    text = html_to_text(shared_json(GREENHOUSE_2026)["jobs"][0]["content"])

    assert text.startswith("About Vercel:\n\nVercel is the agentic infrastructure company")
    assert "ship what's next" in text


def test_trimmed_content_cut_mid_tag_does_not_break_conversion():
    assert html_to_text("&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;&lt;p&gt;cut here &lt;/sp").startswith(
        "Hello world\n\ncut here"
    )


def test_list_items_become_dash_lines_without_blank_lines_between_them():
    html = "<div><h3>Requirements</h3><ul><li><p>Python</p></li><li>SQL &amp; <b>dbt</b></li></ul><p>Thanks</p></div>"

    assert html_to_text(html) == "Requirements\n\n- Python\n- SQL & dbt\n\nThanks"


def test_scripts_and_styles_are_dropped_and_breaks_split_lines():
    html = "<style>p{color:red}</style><p>Line one<br>Line&nbsp;two</p><script>alert(1)</script>"

    assert html_to_text(html) == "Line one\nLine two"


def test_whitespace_is_collapsed_but_pre_blocks_keep_their_lines():
    html = "<p>  lots   of\n\n spaces </p><pre>a  b\n  c  d</pre>"

    assert html_to_text(html) == "lots of spaces\n\na  b\n  c  d"


def test_real_html_that_mentions_an_escaped_tag_is_not_unescaped_twice():
    html = "<p>Write &lt;div&gt; elements</p>"

    assert not looks_escaped(html)
    assert html_to_text(html) == "Write <div> elements"


def test_plain_text_descriptions_keep_paragraphs():
    text = "First  paragraph.\n\n\n\nSecond &amp; last."

    assert description_to_text(text) == "First paragraph.\n\nSecond & last."
    assert clean_text(text) == "First paragraph.\n\nSecond & last."
    assert description_to_html(text) == "<p>First  paragraph.</p><p>Second &amp; last.</p>"


def test_section_adds_a_colon_only_when_the_heading_has_no_punctuation():
    assert section("Requirements", "- Python") == "Requirements:\n- Python"
    assert section("In 3 months... ", "- Ship") == "In 3 months...\n- Ship"
    assert section("Empty", "  ") == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-08-06T12:50:10-04:00", date(2026, 8, 6)),
        ("2013-09-12T21:01:50Z", date(2013, 9, 12)),
        ("2021-04-27T20:13:45.158+00:00", date(2021, 4, 27)),
        ("2011-10-31", date(2011, 10, 31)),
        (1782214185805, date(2026, 6, 23)),
        (1404344202, date(2014, 7, 2)),
        ("next week", None),
        (None, None),
    ],
)
def test_dates_are_read_from_iso_strings_and_epoch_numbers(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Product Marketing Intern", "intern"),
        ("Junior Systems Admin", "junior"),
        ("Sr. Data Engineer", "senior"),
        ("Senior / Staff Fullstack Engineer", "staff"),
        ("Principal Engineer", "principal"),
        ("Tech Lead, Payments", "lead"),
        ("Senior Engineering Manager", "manager"),
        ("VP Global Sales Engineering", "executive"),
        ("Account Executive, Commercial", None),
        ("Account Manager", None),
    ],
)
def test_seniority_is_guessed_from_the_title(title, expected):
    assert guess_seniority(title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Full-time", "FULL_TIME"),
        ("FullTime", "FULL_TIME"),
        ("Permanent", "FULL_TIME"),
        ("Part-time", "PART_TIME"),
        ("Internship", "INTERN"),
        ("CONTRACTOR", "CONTRACTOR"),
        ("Short Term", "TEMPORARY"),
        ("Sales", None),
    ],
)
def test_employment_type_is_guessed_from_commitment_words(text, expected):
    assert guess_employment_type(text) == expected


def test_remote_is_true_for_remote_false_for_hybrid_and_unknown_otherwise():
    assert guess_remote("Remote - US") is True
    assert guess_remote("Hybrid - London") is False
    assert guess_remote("New York, NY") is None


def test_pay_intervals_from_every_board_map_to_periods():
    assert [salary_period(t) for t in ("1 YEAR", "per-hour-wage", "MONTH", "annual", None)] == [
        "YEAR",
        "HOUR",
        "MONTH",
        "YEAR",
        None,
    ]
    assert salary_range("100,000", None, "usd", "YEAR").model_dump() == {
        "min": 100000.0,
        "max": None,
        "currency": "USD",
        "period": "YEAR",
    }
    assert salary_range(None, "n/a", "USD", None) is None


def test_three_part_places_are_split_into_city_region_country():
    place = location_from_text("London, England, United Kingdom")

    assert (place.city, place.region, place.country) == ("London", "England", "United Kingdom")
    assert location_from_text("New York, NY").city is None


def test_board_tokens_become_company_names():
    assert company_from_token("general-assembly") == "General Assembly"
    assert company_from_token("spotify") == "Spotify"


def test_plain_text_with_angle_brackets_is_not_taken_for_html():
    text = "Use x < y and z > w.\n\nThen ship."

    assert description_to_text(text) == "Use x < y and z > w.\n\nThen ship."


def test_a_whole_page_reads_as_its_body_text():
    page = "<html><head><title>Jobs</title><meta charset=utf-8></head><body><h1>Careers</h1><p>Join us</p></body>"

    assert html_to_text(page) == "Careers\n\nJoin us"

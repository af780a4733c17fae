import json
import re

import jinja2
import pytest
from markupsafe import escape

from careerpilot.domain.errors import InputError
from careerpilot.domain.resume import Basics, Resume
from careerpilot.tools.documents import RESUME_TEMPLATES, render_cover_letter_html, render_resume_html
from careerpilot.tools.documents.render import _environment, date_range
from tests.support.datasets import TEST_DATA

RESUMES = TEST_DATA / "resumes"
SCRIPT = "<script>alert(1)</script>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"

# file -> (person's name, employers, section headings in the order they must appear)
EXPECTED = {
    "fresh-test-resumes_jrs_empty.json": (None, [], []),
    "fresh-test-resumes_jrs_jane-fullstacker.json": (
        "Jane Q. Fullstacker",
        ["Area 52", "Veridian Dynamics", "Stark Industries", "Dunder Mifflin"],
        ["Summary", "Experience", "Education", "Skills", "Languages"],
    ),
    "fresh-test-resumes_jrs_jane-incomplete.json": (
        "Jane Q. Fullstacker",
        [],
        ["Education", "Skills", "Languages"],
    ),
    "fresh-test-resumes_jrs_john-doe.json": (
        "John Doe",
        ["Company"],
        ["Summary", "Experience", "Education", "Skills", "Languages"],
    ),
    "fresh-test-resumes_jrs_richard-hendriks.json": (
        "Richard Hendriks",
        ["Pied Piper"],
        ["Summary", "Experience", "Education", "Skills", "Languages"],
    ),
    "jsonresume-schema_sample.resume.json": (
        "Richard Hendriks",
        ["Pied Piper"],
        ["Summary", "Experience", "Projects", "Education", "Skills", "Languages"],
    ),
    "theme-stackoverflow_sample.resume.json": (
        "Richard Hendriks",
        ["Pied Piper", "Hooli", "Raviga Capital"],
        ["Summary", "Experience", "Projects", "Education", "Skills", "Certificates", "Languages"],
    ),
}


def load_resume(filename: str) -> Resume:
    with (RESUMES / filename).open(encoding="utf-8") as handle:
        return Resume.model_validate(json.load(handle))


def headings(html: str) -> list[str]:
    return re.findall(r"<h2>(.*?)</h2>", html)


def test_every_real_resume_file_is_covered() -> None:
    on_disk = {path.name for path in RESUMES.glob("fresh-test-resumes_jrs_*.json")}
    assert on_disk <= EXPECTED.keys()


@pytest.mark.parametrize("template", RESUME_TEMPLATES)
@pytest.mark.parametrize("filename", sorted(EXPECTED))
def test_real_resume_renders_its_sections_in_order_and_only_non_empty_ones(filename: str, template: str) -> None:
    name, employers, expected_headings = EXPECTED[filename]

    html = render_resume_html(load_resume(filename), template)

    assert html.startswith("<!DOCTYPE html>")
    assert headings(html) == expected_headings
    if name:
        assert f"<h1>{escape(name)}</h1>" in html
    for employer in employers:
        assert str(escape(employer)) in html
    assert "None" not in html


@pytest.mark.parametrize("template", RESUME_TEMPLATES)
def test_empty_resume_renders_no_sections_entries_or_header(template: str) -> None:
    html = render_resume_html(load_resume("fresh-test-resumes_jrs_empty.json"), template)

    for tag in ("<h1", "<h2", "<h3", "<li", "<article", "<header"):
        assert tag not in html


@pytest.mark.parametrize("template", RESUME_TEMPLATES)
def test_resume_dates_read_as_month_and_year(template: str) -> None:
    html = render_resume_html(load_resume("theme-stackoverflow_sample.resume.json"), template)

    assert "Jan 2019 – Present" in html
    assert "Jun 2016 – Dec 2018" in html
    assert "Mar 2022" in html


@pytest.mark.parametrize("template", RESUME_TEMPLATES)
def test_markup_in_any_resume_field_comes_out_escaped(template: str) -> None:
    resume = Resume.model_validate(
        {
            "basics": {"name": SCRIPT, "label": SCRIPT, "email": SCRIPT, "summary": SCRIPT},
            "work": [{"name": SCRIPT, "position": SCRIPT, "summary": SCRIPT, "highlights": [SCRIPT]}],
            "projects": [{"name": SCRIPT, "description": SCRIPT, "keywords": [SCRIPT]}],
            "education": [{"institution": SCRIPT, "area": SCRIPT, "courses": [SCRIPT]}],
            "skills": [{"name": SCRIPT, "keywords": [SCRIPT]}],
            "certificates": [{"name": SCRIPT, "issuer": SCRIPT}],
            "languages": [{"language": SCRIPT, "fluency": SCRIPT}],
        }
    )

    html = render_resume_html(resume, template)

    assert "<script" not in html
    assert html.count(ESCAPED_SCRIPT) >= 20


def test_attribute_breaking_quotes_are_escaped() -> None:
    resume = Resume(basics=Basics(name='Ann "><img src=x onerror=alert(1)>'))

    html = render_resume_html(resume)

    assert "<img" not in html
    assert "Ann &#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_unknown_template_is_an_input_error_naming_the_available_ones() -> None:
    with pytest.raises(InputError, match="'fancy'.*classic, compact"):
        render_resume_html(Resume(), "fancy")


def test_template_names_cannot_reach_other_files() -> None:
    with pytest.raises(InputError):
        render_resume_html(Resume(), "../templates/classic")


def test_cover_letter_keeps_paragraphs_and_escapes_everything() -> None:
    basics = Basics(name="Jane Q. Fullstacker", email="jane@example.org")
    text = f"Dear hiring team,\n\nI build tools {SCRIPT}.\nSecond line.\n\n\n  \nKind regards,\nJane"

    html = render_cover_letter_html(text, basics, company=f"Acme {SCRIPT}", title="Engineer & Lead")

    assert "<script" not in html
    assert html.count(ESCAPED_SCRIPT) == 2
    assert re.findall(r"<p>(.*?)</p>", html, re.DOTALL) == [
        "Dear hiring team,",
        f"I build tools {ESCAPED_SCRIPT}.\nSecond line.",
        "Kind regards,\nJane",
    ]
    assert "Application for Engineer &amp; Lead at Acme" in html
    assert "<h1>Jane Q. Fullstacker</h1>" in html
    assert "jane@example.org" in html


def test_cover_letter_without_job_details_has_no_subject_line() -> None:
    html = render_cover_letter_html("Hello.", Basics(), company=None, title=None)

    assert "Application for" not in html
    assert "<h1" not in html
    assert "<p>Hello.</p>" in html


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        ("2019-01-15", None, "Jan 2019 – Present"),
        ("2016-06", "2018-12-31", "Jun 2016 – Dec 2018"),
        ("2010", "2014", "2010 – 2014"),
        (None, "2014-06", "Jun 2014"),
        (None, None, ""),
    ],
)
def test_date_range_reads_like_a_resume(start: str | None, end: str | None, shown: str) -> None:
    assert date_range(start, end) == shown


@pytest.mark.parametrize("source", ["{{ missing }}", "{% if missing is blank %}x{% endif %}", "{{ basics.nickname }}"])
def test_a_template_that_uses_an_undefined_name_fails_loudly(source: str) -> None:
    template = _environment().from_string(source)

    with pytest.raises(jinja2.UndefinedError):
        template.render(basics=Basics())

"""Documents through the real Chromium: PDF parse round trip, ATS section order, versions, diff and the CLI."""

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from careerpilot.documents.service import DocumentsService, missing_sections
from careerpilot.domain.resume import Resume
from careerpilot.memory.sql import Store
from careerpilot.tools.browser import launch_offline_chromium
from careerpilot.tools.documents import RESUME_TEMPLATES, html_to_pdf, parse_resume_file, pdf_text, render_resume_html
from tests.support.datasets import TEST_DATA
from tests.support.pipeline import example_inputs
from tests.unit.documents.test_tailoring import JOB, MATCH

pytestmark = pytest.mark.asyncio(loop_scope="module")
CHROMIUM = Path("/usr/bin/chromium")
SAMPLES = ["theme-stackoverflow_sample.resume.json", "fresh-test-resumes_jrs_jane-fullstacker.json"]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with launch_offline_chromium(CHROMIUM) as launched:
        yield launched


def load(name: str) -> Resume:
    return Resume.model_validate(json.loads((TEST_DATA / "resumes" / name).read_text(encoding="utf-8")))


@pytest.mark.parametrize("template", RESUME_TEMPLATES)
@pytest.mark.parametrize("name", SAMPLES)
async def test_a_rendered_pdf_parses_back_to_the_same_resume(browser: Browser, name: str, template: str, tmp_path):
    resume = load(name)
    pdf = await html_to_pdf(browser, render_resume_html(resume, template), tmp_path / "cv.pdf")

    parsed = parse_resume_file(pdf).resume

    assert missing_sections(pdf, resume) == []
    assert parsed.basics.name == resume.basics.name
    assert [(w.name, w.position, (w.startDate or "")[:7]) for w in parsed.work] == [
        (w.name, w.position, (w.startDate or "")[:7]) for w in resume.work
    ]
    assert [[h.strip() for h in w.highlights] for w in parsed.work] == [
        [h.strip() for h in w.highlights] for w in resume.work
    ]
    assert [e.institution for e in parsed.education] == [e.institution for e in resume.education]


async def test_non_ascii_and_right_to_left_resumes_render_and_read_back(browser: Browser, tmp_path):
    resume = Resume.model_validate(
        {
            "basics": {"name": "José Müller-Łukasiewicz", "label": "مهندس برمجيات"},
            "work": [
                {
                    "name": "Zoë Ørsted ApS",
                    "position": "Ingeniør",
                    "startDate": "2020-01",
                    "highlights": ["מהנדסת תוכנה"],
                }
            ],
        }
    )
    for template in RESUME_TEMPLATES:
        pdf = await html_to_pdf(browser, render_resume_html(resume, template), tmp_path / f"{template}.pdf")
        parsed = parse_resume_file(pdf).resume
        assert parsed.basics.name == "José Müller-Łukasiewicz"
        assert parsed.work[0].name == "Zoë Ørsted ApS"


async def test_each_draft_is_a_new_version_linked_to_the_application_with_a_diff(browser: Browser, tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite'}")
    store.upsert_jobs([JOB])
    service = DocumentsService(store, tmp_path / "docs", CHROMIUM, None, template="compact")
    inputs = example_inputs()
    app = store.ensure_application(JOB.id, inputs.applicant, "run-1", MATCH.score)

    first = await service.store_version(app.id, "run-1", JOB, MATCH, inputs, browser)
    again = await service.store_version(app.id, "run-1", JOB, MATCH, inputs, browser)
    inputs.resume.basics.summary = "Full-stack engineer building web products in Python and JavaScript."
    second = await service.store_version(app.id, "run-2", JOB, MATCH, inputs, browser)

    assert (first.version, again.version, second.version) == (1, 1, 2)
    assert [v.version for v in service.versions(app.id)] == [1, 2]
    assert "Maya Okafor" in pdf_text(Path(second.resume_pdf))
    assert Path(second.directory).name == "v002" and not list((tmp_path / "docs" / app.id).glob(".v*"))
    diff = service.diff(app.id)
    assert "-Full-stack engineer with seven years" in diff and "+Full-stack engineer building web products" in diff
    assert "+Full-stack engineer building" not in service.diff(app.id, old=0, new=1)
    assert service.file(app.id, "resume.docx").stat().st_size > 0

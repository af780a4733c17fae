"""Resumes and cover letters printed to PDF by the real Chromium, and read back with pypdf."""

import json
import shutil
import subprocess
import time
import unicodedata
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from careerpilot.domain.errors import ConfigError
from careerpilot.domain.resume import Basics, Resume
from careerpilot.tools.browser import launch_chromium, launch_offline_chromium
from careerpilot.tools.documents import (
    RESUME_TEMPLATES,
    html_to_pdf,
    pdf_text,
    render_cover_letter_html,
    render_resume_html,
)
from tests.support.datasets import TEST_DATA

pytestmark = pytest.mark.asyncio(loop_scope="module")

CHROMIUM = Path("/usr/bin/chromium")
requires_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"Chromium is not installed at {CHROMIUM}: apt-get install chromium"
)

ALL_HEADINGS = ["Summary", "Experience", "Projects", "Education", "Skills", "Certificates", "Languages"]
ARABIC = "مهندس برمجيات"
HEBREW = "מהנדסת תוכנה"


def load_resume(filename: str) -> Resume:
    with (TEST_DATA / "resumes" / filename).open(encoding="utf-8") as handle:
        return Resume.model_validate(json.load(handle))


def international_resume() -> Resume:
    return Resume.model_validate(
        {
            "basics": {"name": "José Müller-Łukasiewicz", "label": ARABIC, "summary": f"{HEBREW} עם ניסיון"},
            "work": [
                {"name": "Zoë Ørsted ApS", "position": "Ingeniør", "highlights": [f"{ARABIC} في شركة", "Straße café"]}
            ],
            "languages": [{"language": "العربية", "fluency": "Native"}, {"language": "עברית"}],
        }
    )


def has_font_for(language: str) -> bool:
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(["fc-list", f":lang={language}", "family"], capture_output=True, text=True, check=False)
    return bool(listed.stdout.strip())


def heading_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() in ALL_HEADINGS]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def browser() -> AsyncIterator[Browser]:
    """Share one Chromium across the module: each test opens (and html_to_pdf closes) its own page."""
    async with launch_offline_chromium(CHROMIUM) as launched:
        yield launched


@requires_chromium
@pytest.mark.parametrize("template", RESUME_TEMPLATES)
async def test_resume_pdf_text_has_every_heading_in_order_and_the_real_names(
    browser: Browser, template: str, tmp_path: Path
) -> None:
    resume = load_resume("theme-stackoverflow_sample.resume.json")

    started = time.perf_counter()
    pdf = await html_to_pdf(browser, render_resume_html(resume, template), tmp_path / "out" / f"{template}.pdf")
    seconds = time.perf_counter() - started
    text = pdf_text(pdf)

    print(f"{template}: {pdf.stat().st_size} bytes in {seconds:.3f} s")
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert heading_lines(text) == ALL_HEADINGS
    assert "Richard Hendriks" in text
    for employer in ("Pied Piper", "Hooli", "Raviga Capital"):
        assert employer in text


@requires_chromium
@pytest.mark.parametrize("template", RESUME_TEMPLATES)
async def test_resume_pdf_leaves_out_empty_sections(browser: Browser, template: str, tmp_path: Path) -> None:
    resume = load_resume("fresh-test-resumes_jrs_jane-incomplete.json")

    text = pdf_text(await html_to_pdf(browser, render_resume_html(resume, template), tmp_path / "jane.pdf"))

    assert heading_lines(text) == ["Education", "Skills", "Languages"]
    assert "Jane Q. Fullstacker" in text


@requires_chromium
@pytest.mark.parametrize("template", RESUME_TEMPLATES)
async def test_non_ascii_latin_names_survive_the_pdf(browser: Browser, template: str, tmp_path: Path) -> None:
    text = pdf_text(
        await html_to_pdf(browser, render_resume_html(international_resume(), template), tmp_path / "i.pdf")
    )

    for name in ("José Müller-Łukasiewicz", "Zoë Ørsted ApS", "Ingeniør", "Straße café"):
        assert name in text


@requires_chromium
@pytest.mark.parametrize("template", RESUME_TEMPLATES)
async def test_right_to_left_text_renders_to_a_pdf(browser: Browser, template: str, tmp_path: Path) -> None:
    pdf = await html_to_pdf(browser, render_resume_html(international_resume(), template), tmp_path / "rtl.pdf")

    assert pdf.stat().st_size > 1000
    assert pdf_text(pdf).strip()


@requires_chromium
@pytest.mark.skipif(
    not (has_font_for("ar") and has_font_for("he")),
    reason="no font covers Arabic and Hebrew: apt-get install fonts-dejavu-core",
)
async def test_arabic_and_hebrew_words_can_be_extracted_from_the_pdf(browser: Browser, tmp_path: Path) -> None:
    pdf = await html_to_pdf(browser, render_resume_html(international_resume()), tmp_path / "rtl.pdf")

    # pypdf returns Arabic as presentation forms in visual order; NFKC folds them back, so compare word by word.
    words = set(unicodedata.normalize("NFKC", pdf_text(pdf)).split())

    for word in [*ARABIC.split(), *HEBREW.split(), "العربية", "עברית"]:
        assert word in words


@requires_chromium
async def test_cover_letter_pdf_reads_back_paragraph_by_paragraph(browser: Browser, tmp_path: Path) -> None:
    basics = Basics(name="Zoë Ørsted", email="zoe@example.org")
    letter = "Dear hiring team,\n\nI have shipped compression software for eight years.\n\nKind regards,\nZoë Ørsted"
    html = render_cover_letter_html(letter, basics, company="Hooli", title="Staff Engineer")

    text = pdf_text(await html_to_pdf(browser, html, tmp_path / "letter.pdf"))

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == [
        "Zoë Ørsted",
        "zoe@example.org",
        "Application for Staff Engineer at Hooli",
        "Dear hiring team,",
        "I have shipped compression software for eight years.",
        "Kind regards,",
        "Zoë Ørsted",
    ]


@requires_chromium
async def test_a_second_render_replaces_the_first_pdf(browser: Browser, tmp_path: Path) -> None:
    out = tmp_path / "resume.pdf"
    await html_to_pdf(browser, "<p>First version</p>", out)

    await html_to_pdf(browser, "<p>Second version</p>", out)

    assert pdf_text(out).strip() == "Second version"
    assert list(tmp_path.iterdir()) == [out]


async def test_missing_chromium_is_a_config_error_with_the_fix(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "chromium"

    with pytest.raises(ConfigError) as raised:
        async with launch_chromium(missing):
            pass

    assert str(raised.value) == (
        f"Chromium not found at {missing}: install it with 'apt-get install chromium' or set CHROMIUM_PATH"
    )


async def test_chromium_that_fails_to_start_is_a_one_line_config_error(tmp_path: Path) -> None:
    broken = tmp_path / "chromium"
    broken.write_text("#!/bin/sh\necho 'cannot open display' >&2\nexit 3\n")
    broken.chmod(0o755)

    with pytest.raises(ConfigError) as raised:
        async with launch_chromium(broken):
            pass

    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"Chromium at {broken} failed to start:")
    assert "cannot open display" in message
    assert "exit code 3" in message

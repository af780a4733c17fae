"""Render a resume or cover letter to HTML (Jinja2, everything escaped) and HTML to PDF (Chromium)."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from pydantic import BaseModel
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from careerpilot.domain.errors import InputError
from careerpilot.domain.resume import Basics, Resume

if TYPE_CHECKING:
    from playwright.async_api import Browser, PdfMargins, Route

log = logging.getLogger(__name__)

RESUME_TEMPLATES = ("classic", "compact")
PDF_MARGIN: PdfMargins = {"top": "16mm", "bottom": "16mm", "left": "18mm", "right": "18mm"}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SECTIONS = ("work", "projects", "education", "skills", "certificates", "languages")


def render_resume_html(resume: Resume, template: str = "classic") -> str:
    """Render ``resume`` as a standalone HTML page with the named template.

    Raises:
        InputError: ``template`` is not one of ``RESUME_TEMPLATES``.
    """
    if template not in RESUME_TEMPLATES:
        raise InputError(f"unknown resume template {template!r}: choose one of {', '.join(RESUME_TEMPLATES)}")
    sections = {name: [item for item in getattr(resume, name) if not is_blank(item)] for name in _SECTIONS}
    return (
        _environment()
        .get_template(f"{template}.html")
        .render(basics=resume.basics, contact=contact_items(resume.basics), **sections)
    )


def render_cover_letter_html(text: str, basics: Basics, *, company: str | None, title: str | None) -> str:
    """Render a cover letter, one paragraph per blank-line-separated block of ``text``."""
    paragraphs = [block.strip() for block in _PARAGRAPH_BREAK.split(text.strip()) if block.strip()]
    return (
        _environment()
        .get_template("cover_letter.html")
        .render(basics=basics, contact=contact_items(basics), paragraphs=paragraphs, company=company, title=title)
    )


async def html_to_pdf(browser: Browser, html: str, out: Path) -> Path:
    """Print ``html`` to an A4 PDF at ``out`` with Chromium, replacing any old file atomically.

    The page gets no network: it prints in its own context with scripts off, the network emulated offline and
    every request it makes aborted (navigations too, so a meta refresh cannot swap the document for an error
    page); only what needs no request (the HTML itself, ``data:`` URLs) is rendered. Pass a browser from
    ``launch_offline_chromium``: its resolver rules also stop what no route sees (preconnects, prefetches).
    The page's CSS ``@page`` margins win over ``PDF_MARGIN``, which only applies to HTML without them.
    Parent directories are created; the file is readable by its owner only (it holds personal data).
    """
    context = await browser.new_context(java_script_enabled=False, offline=True, service_workers="block")
    try:
        await context.route("**/*", _refuse_request)
        page = await context.new_page()
        await page.set_content(html, wait_until="load")
        pdf = await page.pdf(format="A4", print_background=True, margin=PDF_MARGIN)
    finally:
        await context.close()
    _write_atomically(out, pdf)
    return out


async def _refuse_request(route: Route) -> None:
    """Abort a request of a page being printed: 'aborted' cancels a navigation without an error page."""
    log.info("a document being printed asked for %s: not fetched", route.request.url[:120])
    await route.abort("aborted")


def pdf_text(path: Path) -> str:
    """Return the text of every page of the PDF at ``path``, pages separated by newlines.

    Raises:
        InputError: the file is missing or is not a readable PDF.
    """
    try:
        reader = PdfReader(path)
        return "\n".join(page.extract_text() for page in reader.pages)
    except (OSError, PyPdfError) as exc:
        raise InputError(f"cannot read PDF {path}: {exc}") from exc


def is_blank(value: object) -> bool:
    """Return True when ``value`` holds no text: None, whitespace, or containers/models of blanks only."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, BaseModel):
        return all(is_blank(item) for item in value.model_dump().values())
    if isinstance(value, dict):
        return all(is_blank(item) for item in value.values())
    if isinstance(value, list | tuple):
        return all(is_blank(item) for item in value)
    return False


def contact_items(basics: Basics) -> list[str]:
    """Return the non-blank contact details (email, phone, website, location, profiles) in display order."""
    location = basics.location
    place = ", ".join(p for p in (location.city, location.region, location.countryCode) if p) if location else ""
    profiles = [p.url or f"{p.network}: {p.username}" for p in basics.profiles if p.url or (p.network and p.username)]
    return [
        item.strip() for item in (basics.email, basics.phone, basics.url, place, *profiles) if item and item.strip()
    ]


def date_range(start: str | None, end: str | None) -> str:
    """Format JSON Resume dates as 'Mar 2019 – Present', 'Jan 2015 – Dec 2018' or '2014'."""
    if not start and not end:
        return ""
    if not start:
        return month_year(end)
    return f"{month_year(start)} – {month_year(end) if end else 'Present'}"


def month_year(value: str | None) -> str:
    """Format a 'YYYY-MM(-DD)' date as 'Mon YYYY'; return anything else as it is."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return value


@cache
def _environment() -> jinja2.Environment:
    """Build the template environment once: autoescape on, undefined names fail loudly."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("careerpilot.tools.documents", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=lambda value: "" if value is None else value,
    )
    env.filters["date_range"] = date_range
    env.filters["month_year"] = month_year
    env.tests["blank"] = _template_is_blank
    return env


def _template_is_blank(value: object) -> bool:
    """Apply ``is_blank`` inside templates, failing on an undefined name instead of calling it not blank."""
    if isinstance(value, jinja2.Undefined):
        value._fail_with_undefined_error()
    return is_blank(value)


def _write_atomically(out: Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``out`` and rename it over ``out``, so no half-written file remains."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

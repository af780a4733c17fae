"""Export a resume as plain text and as a .docx, in the same section order as the HTML/PDF templates."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from careerpilot.domain.resume import Resume
from careerpilot.tools.documents.render import _write_atomically, contact_items, date_range, is_blank, month_year

# (kind, text): kind is 'name', 'label', 'contact', 'heading', 'title', 'meta', 'text' or 'bullet'
Block = tuple[str, str]


def resume_blocks(resume: Resume) -> Iterator[Block]:
    """Yield the resume as typed text blocks in reading order: header, then each non-empty section."""
    basics = resume.basics
    for kind, value in (("name", basics.name), ("label", basics.label)):
        if not is_blank(value):
            yield kind, str(value)
    if contact := contact_items(basics):
        yield "contact", " · ".join(contact)
    if not is_blank(basics.summary):
        yield from (("heading", "Summary"), ("text", str(basics.summary)))
    yield from _section("Experience", resume.work, "position", "name")
    yield from _section("Projects", resume.projects, "name", None)
    yield from _education(resume)
    skills = [s for s in resume.skills if not is_blank(s)]
    if skills:
        yield "heading", "Skills"
        for skill in skills:
            keywords = ", ".join(k for k in skill.keywords if k.strip())
            name = f"{skill.name} ({skill.level})" if skill.name and skill.level else skill.name
            yield "text", f"{name}: {keywords}" if name and keywords else (name or keywords)
    certificates = [c for c in resume.certificates if not is_blank(c)]
    if certificates:
        yield "heading", "Certificates"
        for cert in certificates:
            yield "text", " · ".join(p for p in (cert.name, cert.issuer, month_year(cert.date)) if p)
    languages = [lang for lang in resume.languages if not is_blank(lang)]
    if languages:
        yield "heading", "Languages"
        for lang in languages:
            yield "text", f"{lang.language} ({lang.fluency})" if lang.fluency else str(lang.language)


def resume_to_text(resume: Resume) -> str:
    """Return the resume as plain text: headings on their own lines, bullets as '• '."""
    lines = []
    for kind, text in resume_blocks(resume):
        if kind == "heading":
            lines += ["", text]
        else:
            lines.append(f"• {text}" if kind == "bullet" else text)
    return "\n".join(lines).strip() + "\n"


def resume_to_docx(resume: Resume, out: Path) -> Path:
    """Write the resume as a single-column .docx (Word headings and list bullets, no tables) to ``out``."""
    from docx import Document  # deferred: python-docx pulls lxml
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.size = Pt(10.5)
    for kind, text in resume_blocks(resume):
        if kind == "name":
            document.add_heading(text, level=0)
        elif kind == "heading":
            document.add_heading(text, level=1)
        elif kind == "title":
            document.add_heading(text, level=2)
        elif kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    _write_atomically(out, buffer.getvalue())
    return out


def _section(heading: str, items: list, title_field: str, org_field: str | None) -> Iterator[Block]:
    items = [item for item in items if not is_blank(item)]
    if not items:
        return
    yield "heading", heading
    for item in items:
        title = getattr(item, title_field, None)
        if not is_blank(title):
            yield "title", str(title)
        meta = [
            getattr(item, org_field, None) if org_field else None,
            getattr(item, "location", None) if org_field else getattr(item, "url", None),
            date_range(item.startDate, item.endDate),
        ]
        if parts := [str(p) for p in meta if not is_blank(p)]:
            yield "meta", " · ".join(parts)
        for name in ("summary", "description"):
            if not is_blank(getattr(item, name, None)):
                yield "text", str(getattr(item, name))
        for highlight in item.highlights:
            if highlight.strip():
                yield "bullet", highlight
        keywords = [k for k in getattr(item, "keywords", []) if k.strip()]
        if keywords:
            yield "text", f"Technologies: {', '.join(keywords)}"


def _education(resume: Resume) -> Iterator[Block]:
    schools = [s for s in resume.education if not is_blank(s)]
    if not schools:
        return
    yield "heading", "Education"
    for school in schools:
        degree = ", ".join(p for p in (school.studyType, school.area) if p)
        if degree:
            yield "title", degree
        meta = [school.institution, date_range(school.startDate, school.endDate), school.score]
        if parts := [str(p) for p in meta if not is_blank(p)]:
            yield "meta", " · ".join(parts)
        if courses := [c for c in school.courses if c.strip()]:
            yield "text", f"Courses: {', '.join(courses)}"

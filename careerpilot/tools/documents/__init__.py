"""Documents: parse resume files, render resumes and cover letters to HTML, PDF, DOCX and text, read PDFs back."""

from careerpilot.tools.documents.export import resume_blocks, resume_to_docx, resume_to_text
from careerpilot.tools.documents.extract import MAX_RESUME_BYTES, extract_lines, resume_format
from careerpilot.tools.documents.parse import parse_resume_file, parse_resume_lines, read_resume_file, read_resume_text
from careerpilot.tools.documents.render import (
    RESUME_TEMPLATES,
    html_to_pdf,
    pdf_text,
    render_cover_letter_html,
    render_resume_html,
)

__all__ = [
    "MAX_RESUME_BYTES",
    "RESUME_TEMPLATES",
    "extract_lines",
    "html_to_pdf",
    "parse_resume_file",
    "parse_resume_lines",
    "pdf_text",
    "read_resume_file",
    "read_resume_text",
    "render_cover_letter_html",
    "render_resume_html",
    "resume_blocks",
    "resume_format",
    "resume_to_docx",
    "resume_to_text",
]

"""Documents: render resumes and cover letters to HTML and PDF, and read PDF text back."""

from careerpilot.tools.documents.render import (
    RESUME_TEMPLATES,
    html_to_pdf,
    pdf_text,
    render_cover_letter_html,
    render_resume_html,
)

__all__ = ["RESUME_TEMPLATES", "html_to_pdf", "pdf_text", "render_cover_letter_html", "render_resume_html"]

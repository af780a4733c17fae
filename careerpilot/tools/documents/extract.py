"""Read the text of a resume file (PDF, DOCX, Markdown, plain text), refusing what cannot be read honestly."""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path
from typing import Literal

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from careerpilot.domain.errors import InputError

MAX_RESUME_BYTES = 10 * 1024 * 1024
TextFormat = Literal["pdf", "docx", "markdown", "text"]
FORMATS: dict[str, TextFormat | Literal["json"]] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".json": "json",
    ".yaml": "json",
    ".yml": "json",
}
BULLET = "• "
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MIN_PDF_CHARS = 40


def resume_format(path: Path) -> TextFormat | Literal["json"]:
    """Return the format a resume file's extension names, after checking that the file can be read.

    Raises:
        InputError: the file is missing, empty, larger than 10 MB, or has an extension that is not a resume.
    """
    if not path.exists():
        raise InputError(f"resume file not found: {path}")
    if not path.is_file():
        raise InputError(f"resume path is not a file: {path}")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"resume {path.name}: unsupported file type {path.suffix or '(none)'!r}; "
            "use PDF, DOCX, Markdown (.md), plain text (.txt) or JSON Resume (.json)"
        )
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"resume file is empty: {path}")
    if size > MAX_RESUME_BYTES:
        raise InputError(f"resume file is {size / 1024 / 1024:.0f} MB, more than the 10 MB limit: {path}")
    return fmt


def extract_lines(path: Path, fmt: TextFormat) -> list[str]:
    """Return the resume's text as lines; bullet items start with '• ' and headings are lines of their own.

    Raises:
        InputError: the file is not what its extension says, is encrypted, or (PDF) has no text layer.
    """
    if fmt == "pdf":
        return _pdf_lines(path)
    if fmt == "docx":
        return _docx_lines(path)
    text = _read_text(path)
    return _markdown_lines(text) if fmt == "markdown" else _plain_lines(text)


def text_lines(text: str) -> list[str]:
    """Return pasted resume text as lines, read as Markdown (plain text reads the same)."""
    return _markdown_lines(text)


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows editors save "Unicode" as UTF-16
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            problem = f"resume {path.name} is not valid UTF-16 text (byte {exc.start}): save it as UTF-8"
            raise InputError(problem) from exc
    if b"\x00" in data[:4096]:
        raise InputError(f"resume {path.name} is a binary file, not text: check the file type")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _pdf_lines(path: Path) -> list[str]:
    with path.open("rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF-"):
            raise InputError(f"resume {path.name} is not a PDF file (it does not start with %PDF-)")
    try:
        reader = PdfReader(path)
        # An owner password only restricts editing or printing: the empty user password opens it for reading.
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(
                f"resume {path.name} is a password-protected PDF: save an unprotected copy and import that"
            )
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except PyPdfError as exc:
        raise InputError(f"resume {path.name} is a damaged PDF: {exc}") from exc
    if len(text.strip()) < _MIN_PDF_CHARS:
        raise InputError(
            f"resume {path.name} has no text layer (a scanned image?): CareerPilot does not guess a resume from an "
            "image; export the PDF from your editor or import a DOCX, Markdown or text version"
        )
    return _plain_lines(text)


def _docx_lines(path: Path) -> list[str]:
    from docx import Document  # deferred: python-docx pulls lxml, only needed for .docx files
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"resume {path.name} is not a readable DOCX file: {exc}") from exc
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        is_list = "list" in style or paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        lines.append(f"{BULLET}{text.lstrip('•-* ')}" if is_list else text)
    for table in document.tables:
        for row in table.rows:
            cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells if cell.text.strip()))
            lines.extend(cells)
    return lines


def _markdown_lines(text: str) -> list[str]:
    lines = []
    for raw in text.splitlines():
        line = _MD_LINK.sub(lambda m: m[2] if m[1] in ("", m[2]) else f"{m[1]} {m[2]}", raw)
        line = _MD_EMPHASIS.sub(r"\2", line)
        if _MD_BULLET.match(line):
            line = BULLET + _MD_BULLET.sub("", line)
        lines.append(line.lstrip("#").strip() if line.lstrip().startswith("#") else line.rstrip())
    return _plain_lines("\n".join(lines))


def _plain_lines(text: str) -> list[str]:
    lines = []
    for raw in text.replace("\r\n", "\n").replace("\u00a0", " ").splitlines():
        line = raw.strip()
        if not line or set(line) <= set("-=_*~ "):
            continue
        if line[0] in "•●▪◦‣·*-–" and len(line) > 1 and line[1] == " ":
            line = BULLET + line[1:].strip()
        lines.append(line)
    return lines

"""Resume parsing: the real JSON Resumes in tests/data, DOCX/Markdown/text generated from them, and bad files."""

import json
from pathlib import Path

import pytest
from pypdf import PdfWriter

from careerpilot.domain.errors import InputError
from careerpilot.domain.resume import Resume
from careerpilot.tools.documents import parse_resume_file, resume_to_docx, resume_to_text
from tests.support.datasets import TEST_DATA

RESUMES = TEST_DATA / "resumes"
EXAMPLE = Path(__file__).resolve().parents[4] / "examples" / "resume.json"
REAL = sorted(
    p for p in RESUMES.glob("*.json") if p.name.endswith(".resume.json") or p.name.startswith("fresh-test-resumes_jrs")
)
NON_EMPTY = [p for p in REAL if "empty" not in p.name] + [EXAMPLE]


def load(path: Path) -> Resume:
    return Resume.model_validate(json.loads(path.read_text(encoding="utf-8")))


def fields(resume: Resume) -> dict:
    """What must survive a round trip: names, titles, employers, months, bullets, schools, skills, languages."""
    return {
        "name": resume.basics.name,
        "email": resume.basics.email,
        "work": [
            (w.position, w.name, (w.startDate or "")[:7], (w.endDate or "")[:7], [h.strip() for h in w.highlights])
            for w in resume.work
        ],
        "schools": [(e.institution, (e.startDate or "")[:7], (e.endDate or "")[:7]) for e in resume.education],
        "skills": {k for s in resume.skills for k in [*s.keywords, s.name or ""] if k},
        "languages": [lang.language for lang in resume.languages],
    }


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_every_real_json_resume_parses_to_the_same_resume(path: Path) -> None:
    parsed = parse_resume_file(path)

    assert parsed.source_format == "json"
    assert parsed.resume == load(path)


@pytest.mark.parametrize("kind", ["docx", "txt", "md"])
@pytest.mark.parametrize("path", NON_EMPTY, ids=lambda p: p.name)
def test_a_generated_file_round_trips_every_field(path: Path, kind: str, tmp_path: Path) -> None:
    resume = load(path)
    out = tmp_path / f"resume.{kind}"
    if kind == "docx":
        resume_to_docx(resume, out)
    else:
        out.write_text(resume_to_text(resume), encoding="utf-8")

    parsed = parse_resume_file(out)

    want, got = fields(resume), fields(parsed.resume)
    assert got["name"] == want["name"]
    assert got["email"] == want["email"]
    assert got["work"] == want["work"]
    assert got["schools"] == want["schools"]
    assert want["skills"] <= got["skills"]
    assert got["languages"] == want["languages"]


def test_a_hand_written_markdown_resume_is_read_with_its_guesses_listed(tmp_path: Path) -> None:
    md = tmp_path / "cv.md"
    md.write_text(
        "# Zoë Ørsted\nBackend Engineer\nzoe@example.org | [GitHub](https://github.com/zoe)\n\n"
        "## Experience\n### Backend Engineer — Hooli\n2019-03 – Present\n- Built **Go** services for 3 teams\n"
        "- Ran Kafka\n\n## Education\nMSc Computer Science · Aarhus University · 2014 – 2016\n\n"
        "## Skills\nGo, Kafka, PostgreSQL\n",
        encoding="utf-8",
    )

    parsed = parse_resume_file(md)

    resume = parsed.resume
    assert parsed.source_format == "markdown"
    assert resume.basics.name == "Zoë Ørsted"
    assert resume.basics.profiles[0].url == "https://github.com/zoe"
    assert [(w.position, w.name, w.startDate, w.endDate) for w in resume.work] == [
        ("Backend Engineer", "Hooli", "2019-03", None)
    ]
    assert resume.work[0].highlights == ["Built Go services for 3 teams", "Ran Kafka"]
    assert resume.education[0].institution == "Aarhus University"
    assert resume.skills[0].keywords == ["Go", "Kafka", "PostgreSQL"]


def test_text_without_headings_is_kept_with_a_warning(tmp_path: Path) -> None:
    txt = tmp_path / "cv.txt"
    txt.write_text("Ann Lee\nann@example.org\nI like building things.\n", encoding="utf-8")

    parsed = parse_resume_file(txt)

    assert parsed.resume.basics.name == "Ann Lee"
    assert any("no section headings" in item for item in parsed.uncertain)


def encrypted_pdf(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret", algorithm="AES-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def blank_pdf(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def big_file(path: Path) -> Path:
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: encrypted_pdf(d / "cv.pdf"), "password-protected PDF"),
        (lambda d: blank_pdf(d / "scan.pdf"), "no text layer"),
        (lambda d: (d / "cv.pdf").write_bytes(b"") and None or d / "cv.pdf", "empty"),
        (lambda d: big_file(d / "cv.pdf"), "more than the 10 MB limit"),
        (lambda d: (d / "cv.png").write_bytes(b"\x89PNG") and None or d / "cv.png", "unsupported file type '.png'"),
        (lambda d: (d / "cv.pdf").write_text("just text") and None or d / "cv.pdf", "is not a PDF file"),
        (lambda d: (d / "cv.docx").write_text("not a zip") and None or d / "cv.docx", "not a readable DOCX"),
        (lambda d: d / "missing.pdf", "not found"),
    ],
    ids=["encrypted", "scanned", "zero-byte", "50MB", "wrong-extension", "fake-pdf", "fake-docx", "missing"],
)
def test_bad_resume_files_are_one_clear_input_error(make, message: str, tmp_path: Path) -> None:
    path = make(tmp_path)

    with pytest.raises(InputError) as raised:
        parse_resume_file(path)

    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def text_pdf(path: Path, lines: list[str], owner_password: str | None = None) -> Path:
    """Write a one-page PDF whose text layer holds the lines; with an owner password only (empty user password)."""
    stream = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(body)
    if owner_password:
        writer = PdfWriter(clone_from=path)
        writer.encrypt(user_password="", owner_password=owner_password, algorithm="AES-128")
        with path.open("wb") as handle:
            writer.write(handle)
    return path


RESUME_LINES = [
    "Maya Okafor",
    "maya.okafor@example.com",
    "Experience",
    "Senior Software Engineer, Brightline Health, 2021 - Present",
    "Built a Python REST API for appointment booking.",
    "Skills",
    "Python, React, PostgreSQL",
]


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    parsed = parse_resume_file(text_pdf(tmp_path / "cv.pdf", RESUME_LINES, owner_password="owner"))
    assert parsed.resume.basics.name == "Maya Okafor"


def test_a_utf16_markdown_resume_is_read_as_text(tmp_path: Path) -> None:
    text = "# Maya Okafor\n\nmaya.okafor@example.com\n\n## Experience\n\n### Senior Software Engineer, Brightline\n"
    path = tmp_path / "cv.md"
    path.write_bytes(text.encode("utf-16"))  # with its byte-order mark, as Windows editors save "Unicode"
    parsed = parse_resume_file(path)
    assert parsed.resume.basics.name == "Maya Okafor"

"""The resume import command through the real CLI: shows, asks, writes; bad files are one error line."""

import json

import pytest

from tests.support.cli import careerpilot as cli


def test_resume_import_writes_an_editable_json_resume_after_showing_it(tmp_path):
    source = tmp_path / "cv.md"
    source.write_text(
        "# Ann Lee\nann@example.org\n\n## Experience\nEngineer · Hooli · 2019 – 2021\n- Built Go services\n"
    )

    result = cli("resume", "import", source, "--yes", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "Engineer at Hooli" in result.stdout
    written = json.loads((tmp_path / "cv.resume.json").read_text())
    assert written["work"][0]["highlights"] == ["Built Go services"]


def test_resume_import_without_confirmation_writes_nothing(tmp_path):
    source = tmp_path / "cv.txt"
    source.write_text("Ann Lee\n\nExperience\nEngineer · Hooli · 2019 – 2021\n")

    result = cli("resume", "import", source, input="n\n", timeout=120, cwd=tmp_path)

    assert result.returncode == 1
    assert not (tmp_path / "cv.resume.json").exists()


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [("cv.pdf", b"", "empty"), ("cv.exe", b"MZ", "unsupported file type")],
)
def test_a_bad_resume_file_is_one_error_line_and_nothing_is_written(tmp_path, name, content, fragment):
    source = tmp_path / name
    source.write_bytes(content)

    result = cli("resume", "import", source, "--yes", cwd=tmp_path)

    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2 and len(lines) == 1 and fragment in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]

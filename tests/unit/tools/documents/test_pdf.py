from pathlib import Path

import pytest

from careerpilot.domain.errors import InputError
from careerpilot.tools.documents import html_to_pdf, pdf_text


class FakePage:
    def __init__(self, pdf: bytes | Exception) -> None:
        self.pdf_result = pdf
        self.content: str | None = None
        self.closed = False

    async def set_content(self, html: str, wait_until: str) -> None:
        self.content = html

    async def pdf(self, **options: object) -> bytes:
        if isinstance(self.pdf_result, Exception):
            raise self.pdf_result
        return self.pdf_result

    async def close(self) -> None:
        self.closed = True


class FakeContext:
    def __init__(self, page: FakePage, options: dict) -> None:
        self.page = page
        self.options = options
        self.routes: list[str] = []
        self.closed = False

    async def route(self, pattern: str, handler: object) -> None:
        self.routes.append(pattern)

    async def new_page(self) -> FakePage:
        return self.page

    async def close(self) -> None:
        self.closed = True


class FakeBrowser:
    def __init__(self, pdf: bytes | Exception) -> None:
        self.page = FakePage(pdf)
        self.context: FakeContext | None = None

    async def new_context(self, **options: object) -> FakeContext:
        self.context = FakeContext(self.page, options)
        return self.context


async def test_pdf_is_written_under_new_directories_and_the_page_is_closed(tmp_path: Path) -> None:
    browser = FakeBrowser(b"%PDF-1.4 fake")
    out = tmp_path / "docs" / "job-1" / "resume.pdf"

    written = await html_to_pdf(browser, "<p>hi</p>", out)  # type: ignore[arg-type]

    assert written == out
    assert out.read_bytes() == b"%PDF-1.4 fake"
    assert browser.page.content == "<p>hi</p>"
    assert browser.context is not None and browser.context.closed
    assert browser.context.routes == ["**/*"]  # every request of the printed page goes through the wall
    assert browser.context.options["offline"] is True and browser.context.options["java_script_enabled"] is False
    assert list(out.parent.iterdir()) == [out]


async def test_failed_print_leaves_the_old_pdf_and_no_partial_file(tmp_path: Path) -> None:
    out = tmp_path / "resume.pdf"
    out.write_bytes(b"old pdf")
    browser = FakeBrowser(RuntimeError("renderer crashed"))

    with pytest.raises(RuntimeError, match="renderer crashed"):
        await html_to_pdf(browser, "<p>hi</p>", out)  # type: ignore[arg-type]

    assert out.read_bytes() == b"old pdf"
    assert list(tmp_path.iterdir()) == [out]
    assert browser.context is not None and browser.context.closed


async def test_failed_write_removes_the_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse_rename(self: Path, target: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", refuse_rename)
    out = tmp_path / "resume.pdf"

    with pytest.raises(OSError, match="disk full"):
        await html_to_pdf(FakeBrowser(b"%PDF-1.4 fake"), "<p>hi</p>", out)  # type: ignore[arg-type]

    assert list(tmp_path.iterdir()) == []


def test_reading_a_file_that_is_not_a_pdf_is_an_input_error(tmp_path: Path) -> None:
    not_pdf = tmp_path / "resume.pdf"
    not_pdf.write_text("just text")

    with pytest.raises(InputError, match="cannot read PDF"):
        pdf_text(not_pdf)


def test_reading_a_missing_pdf_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read PDF"):
        pdf_text(tmp_path / "missing.pdf")

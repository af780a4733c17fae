"""What a person reviews besides the values: the drafted documents (served only from the data dir) and why a form
could not be read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from careerpilot.applying.pending import form_problem
from careerpilot.applying.service import ApplyingService
from careerpilot.config import Settings
from careerpilot.domain.errors import NotFoundError
from careerpilot.memory.sql import Store
from tests.support.applying import drafted_for_review


@pytest.fixture
def drafted(tmp_path) -> Iterator[tuple[Store, ApplyingService, str, Settings]]:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data")
    store = Store.open(f"sqlite:///{tmp_path / 'review.db'}")
    _, application_id = drafted_for_review(store)
    yield store, ApplyingService(store, settings), application_id, settings
    store.close()


def test_a_drafted_document_is_served_from_the_documents_folder(drafted):
    store, applying, application_id, settings = drafted
    pdf = settings.data_path / "documents" / "run" / application_id / "resume.pdf"
    pdf.parent.mkdir(parents=True)
    pdf.write_bytes(b"%PDF-1.7 resume")
    store.update_application(application_id, documents={"resume_pdf": str(pdf)})
    assert applying.document(application_id, "resume_pdf").read_bytes() == b"%PDF-1.7 resume"
    with pytest.raises(NotFoundError, match=f"application {application_id} has no cover letter pdf"):
        applying.document(application_id, "cover_letter_pdf")


def test_a_recorded_path_outside_the_documents_folder_is_never_served(drafted, tmp_path):
    store, applying, application_id, _ = drafted
    outside = tmp_path / "secret.pdf"
    outside.write_bytes(b"%PDF not yours")
    store.update_application(application_id, documents={"resume_pdf": str(outside)})
    with pytest.raises(NotFoundError, match="has no resume pdf"):
        applying.document(application_id, "resume_pdf")
    with pytest.raises(NotFoundError):
        applying.document("no-such-application", "resume_pdf")


@pytest.mark.parametrize(
    ("form", "fields", "problem"),
    [
        ({}, 0, "no application form was read: the job has no form address"),
        ({"state": "needs_you", "detail": "a CAPTCHA blocks the form", "url": "https://a.example"}, 0, "a CAPTCHA"),
        ({"state": "not_read", "url": "http://10.0.0.1/apply"}, 0, "not_read"),
        ({"state": "dry_run", "url": "https://a.example/job", "adapter": "generic"}, 0, "no form fields were found"),
        ({"state": "dry_run", "url": "https://a.example/apply", "adapter": "greenhouse"}, 3, None),
    ],
    ids=["no form", "stopped", "no detail", "no fields", "read"],
)
def test_the_view_says_why_a_form_could_not_be_read(form, fields, problem):
    found = form_problem(form, fields)
    assert found == problem if problem is None else problem in (found or "")

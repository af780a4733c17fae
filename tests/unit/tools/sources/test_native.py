import pytest

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting, job_id_for
from careerpilot.tools.sources import RawPosting, normalize
from careerpilot.tools.sources.native import is_native_posting, parse_native


def _raw(payload: dict) -> RawPosting:
    return RawPosting(format="careerpilot", payload=payload, origin="saved.jsonl:3")


def test_a_saved_job_posting_round_trips_unchanged():
    original = JobPosting(id="abc123", source="greenhouse", title="Data Engineer", company="Acme", remote=True)

    assert normalize(_raw(original.model_dump(mode="json"))) == original


def test_missing_id_and_source_are_filled_in():
    posting = normalize(_raw({"title": "Data Engineer", "company": "Acme", "url": "https://acme.example/jobs/1"}))

    assert posting.source == "local"
    assert posting.id == job_id_for("local", None, "https://acme.example/jobs/1", "Data Engineer", "Acme")


def test_an_invalid_field_is_a_source_error_naming_the_field_and_origin():
    with pytest.raises(SourceError, match=r"saved\.jsonl:3 \(Data Engineer\): .*remote"):
        normalize(_raw({"title": "Data Engineer", "remote": "sometimes"}))


def test_a_misspelt_key_is_reported_rather_than_ignored():
    assert is_native_posting({"title": "Data Engineer", "compnay": "Acme"})

    with pytest.raises(SourceError, match="compnay"):
        normalize(_raw({"title": "Data Engineer", "compnay": "Acme"}))


def test_objects_from_other_apis_are_not_taken_for_job_postings():
    remotive_like = {
        "id": 1,
        "url": "https://remotive.com/x",
        "title": "Dev",
        "company_name": "X",
        "category": "Software",
        "job_type": "full_time",
        "candidate_required_location": "USA",
    }

    found = parse_native({"jobs": [remotive_like, {"title": "Dev", "company": "X"}]}, "f.json")

    assert not is_native_posting(remotive_like)
    assert [raw.payload for raw in found] == [{"title": "Dev", "company": "X"}]

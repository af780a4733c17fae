import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from careerpilot.domain.errors import InputError, SourceError
from careerpilot.tools.sources import JobSource, LocalFilesSource, normalize_all
from careerpilot.tools.sources import local_files as local_files_module
from careerpilot.tools.sources.detect import company_from_board_url

from .conftest import EXAMPLE_POSTINGS


async def test_example_folder_yields_at_least_30_postings_that_all_normalize_with_unique_ids():
    result = await LocalFilesSource(EXAMPLE_POSTINGS).fetch()
    postings, problems = normalize_all(result.postings)

    assert result.warnings == []
    assert problems == []
    assert len(postings) >= 30
    assert len({p.id for p in postings}) == len(postings)
    assert Counter(p.source for p in postings) == {"lever": 30, "jsonld": 5, "greenhouse": 4, "ashby": 2}


async def test_company_names_come_from_hosted_urls_when_the_payload_has_none():
    result = await LocalFilesSource(EXAMPLE_POSTINGS).fetch()
    postings, _ = normalize_all(result.postings)
    companies = {p.source: set() for p in postings}
    for posting in postings:
        companies[posting.source].add(posting.company)

    assert companies["lever"] == {"Leverdemo", "Spotify"}
    assert companies["ashby"] == {"Linear"}
    assert companies["greenhouse"] == {"Vercel", "Generalassembly"}


def test_board_urls_name_the_company():
    assert company_from_board_url("https://jobs.lever.co/leverdemo/5ac21346") == "Leverdemo"
    assert company_from_board_url("https://jobs.ashbyhq.com/linear/d3bc1ced") == "Linear"
    assert company_from_board_url("http://boards.greenhouse.io/generalassembly/jobs/721") == "Generalassembly"
    assert company_from_board_url("https://job-boards.greenhouse.io/vercel/jobs/1") == "Vercel"
    assert company_from_board_url("https://example.com/acme/jobs/1") is None


def test_local_files_source_satisfies_the_job_source_protocol():
    source = LocalFilesSource(EXAMPLE_POSTINGS)

    assert isinstance(source, JobSource)
    assert source.name == f"local:{EXAMPLE_POSTINGS}"


async def test_a_malformed_file_is_a_warning_and_the_good_file_is_still_read(tmp_path: Path):
    shutil.copy(EXAMPLE_POSTINGS / "ashby_linear_jobs.json", tmp_path / "a_good.json")
    (tmp_path / "b_broken.json").write_text('{"jobs": [{"title": "Cut off', encoding="utf-8")

    result = await LocalFilesSource(tmp_path).fetch()

    assert [raw.payload["title"] for raw in result.postings] == ["Senior / Staff Fullstack Engineer"] * 2
    assert len(result.warnings) == 1
    assert "b_broken.json: not valid JSON" in result.warnings[0]


async def test_subfolders_are_read_in_sorted_order_and_hidden_or_other_files_ignored(tmp_path: Path):
    (tmp_path / "z").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "z" / "b.json").write_text(json.dumps({"title": "Second"}), encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"title": "First"}) + "\n", encoding="utf-8")
    (tmp_path / ".cache" / "c.json").write_text(json.dumps({"title": "Hidden"}), encoding="utf-8")
    (tmp_path / "notes.txt").write_text(json.dumps({"title": "Not a posting file"}), encoding="utf-8")

    result = await LocalFilesSource(tmp_path).fetch()

    assert [raw.payload["title"] for raw in result.postings] == ["First", "Second"]


async def test_jsonl_lines_are_read_one_by_one_and_bad_lines_named(tmp_path: Path):
    lines = [
        json.dumps({"title": "Data Engineer", "company": "Acme"}),
        "{not json",
        "",
        json.dumps({"unrelated": True}),
        json.dumps({"title": "Analyst", "company": "Acme", "source": "manual"}),
    ]
    path = tmp_path / "saved.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")

    result = await LocalFilesSource(path).fetch()
    postings, problems = normalize_all(result.postings)

    assert [(p.title, p.source) for p in postings] == [("Data Engineer", "local"), ("Analyst", "manual")]
    assert problems == []
    assert result.warnings == [
        f"{path}: not valid JSON at line 2 (Expecting property name enclosed in double quotes, column 2)",
        f"{path}: skipped 1 line(s) that are not job postings (line 4)",
    ]


async def test_a_single_html_file_is_read_as_a_career_page(tmp_path: Path):
    page = tmp_path / "careers.htm"
    page.write_text('<script type="application/ld+json">{"@type":"JobPosting","title":"Nurse"}</script>', "utf-8")

    result = await LocalFilesSource(page).fetch()

    assert [(raw.format, raw.payload["title"]) for raw in result.postings] == [("jsonld", "Nurse")]


async def test_an_oversized_file_is_skipped_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    shutil.copy(EXAMPLE_POSTINGS / "greenhouse_vercel_jobs.json", tmp_path / "big.json")
    shutil.copy(EXAMPLE_POSTINGS / "schemaorg_eg-0268_jsonld.html", tmp_path / "small.html")
    monkeypatch.setattr(local_files_module, "MAX_FILE_BYTES", 1000)

    result = await LocalFilesSource(tmp_path).fetch()

    assert [raw.origin for raw in result.postings] == [str(tmp_path / "small.html")]
    assert result.warnings == [f"{tmp_path / 'big.json'}: skipped, 3,974 bytes is over the 1,000-byte limit"]


async def test_an_empty_folder_is_a_source_error_saying_what_was_expected(tmp_path: Path):
    with pytest.raises(SourceError, match=r"no job postings found in .* \(expected \.json, \.jsonl or \.html files"):
        await LocalFilesSource(tmp_path).fetch()


async def test_a_folder_of_unrelated_files_is_a_source_error_naming_the_first_problem(tmp_path: Path):
    (tmp_path / "offices.json").write_text(json.dumps({"offices": []}), encoding="utf-8")

    with pytest.raises(SourceError, match=r"offices\.json: no job postings recognised"):
        await LocalFilesSource(tmp_path).fetch()


async def test_a_missing_path_is_an_input_error(tmp_path: Path):
    missing = tmp_path / "nope"

    with pytest.raises(InputError, match=f"source folder {missing} does not exist"):
        await LocalFilesSource(missing).fetch()


async def test_the_test_data_folder_reads_every_board_payload(shared_path):
    result = await LocalFilesSource(shared_path("job_api_payloads")).fetch()
    postings, problems = normalize_all(result.postings)
    formats = Counter(posting.source for posting in postings)

    assert formats == {"lever": 59, "greenhouse": 5, "ashby": 2, "recruitee": 2, "smartrecruiters": 2, "workable": 2}
    assert any("lever_error_responses_2015.json: no job postings recognised" in w for w in result.warnings)
    # The Hacker News item ({id, title, children}) looks like one of our postings but fails validation, readably.
    assert problems == [
        f"{shared_path('job_api_payloads/hn_algolia_item_whoishiring_2026-09_trimmed.json')} (49522897): "
        "not a valid CareerPilot JobPosting (id: Input should be a valid string; 2 problem(s) in all)"
    ]


async def test_a_deeply_nested_file_is_skipped_with_its_reason_and_the_good_postings_are_kept(tmp_path):
    shutil.copytree(EXAMPLE_POSTINGS, tmp_path / "postings")
    depth = 200_000
    (tmp_path / "postings" / "deep.json").write_text("[" * depth + "]" * depth)
    (tmp_path / "postings" / "deep.jsonl").write_text('{"a":' * depth + "1" + "}" * depth + "\n")
    (tmp_path / "postings" / "deep.html").write_text(
        '<script type="application/ld+json">' + "[" * depth + "]" * depth + "</script>"
    )

    result = await LocalFilesSource(tmp_path / "postings").fetch()
    good = await LocalFilesSource(EXAMPLE_POSTINGS).fetch()

    assert len(result.postings) == len(good.postings)
    deep_warnings = [w for w in result.warnings if "nested more than" in w]
    assert {w.split(":")[0].rsplit("/", 1)[-1] for w in deep_warnings} == {"deep.json", "deep.jsonl", "deep.html"}

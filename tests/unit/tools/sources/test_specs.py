"""The list of source specs is the only table of sources: every spec is complete, and a new one needs nothing else."""

from __future__ import annotations

import inspect
import sys
from dataclasses import replace
from urllib.parse import urlsplit

import pytest

from careerpilot.discovery.dedupe import SourceKeys, dedupe_postings
from careerpilot.domain.errors import InputError
from careerpilot.domain.jobs import JobPosting, job_id_for
from careerpilot.tools.sources import REGISTRY, SPECS, SourceRegistry, build_source, greenhouse
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators
from careerpilot.tools.sources.context import SourceContext
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec, url_id


def test_every_spec_has_a_unique_name_and_format_a_factory_a_normalizer_and_a_one_line_description():
    assert len({spec.name for spec in SPECS}) == len(SPECS)
    assert len({spec.format for spec in SPECS}) == len(SPECS)
    for spec in SPECS:
        assert callable(spec.build) and callable(spec.normalize), spec.name
        assert spec.description.strip() and "\n" not in spec.description, spec.name


def test_every_source_that_calls_an_api_declares_its_default_base_url():
    for spec in SPECS:
        module = sys.modules[spec.build.__module__]
        if "base_url(SPEC" in inspect.getsource(module):
            parts = urlsplit(str(spec.base_url))
            assert parts.scheme == "https" and parts.netloc and not spec.base_url.endswith("/"), spec.name
        else:
            assert spec.base_url is None, f"{spec.name} declares a base URL it never uses"


def test_the_registry_knows_every_spec_by_name_and_every_format_by_its_normalizer():
    assert list(REGISTRY.by_name) == [spec.name for spec in SPECS]
    assert all(REGISTRY.normalizers[spec.format] is spec.normalize for spec in SPECS)


def test_two_specs_with_one_name_are_refused():
    with pytest.raises(ValueError, match="two job sources declare 'greenhouse'"):
        SourceRegistry((*SPECS, replace(greenhouse.SPEC, format="greenhouse-v2")))


def test_a_spec_name_users_could_not_type_is_refused():
    with pytest.raises(ValueError, match="must be lower-case"):
        replace(greenhouse.SPEC, name="Green:house")


# A new source, as a contributor would write it in careerpilot/tools/sources/fakeboard.py.
class FakeBoardSource:
    """``fakeboard:COMPANY``: one job, at the board's configured API root."""

    def __init__(self, company: str, ctx: SourceContext) -> None:
        self.company, self.ctx, self.name = company, ctx, f"fakeboard:{company}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        origin = f"{self.ctx.base_url(FAKEBOARD)}/v1/{self.company}/jobs"
        job = {"id": 42, "title": "Data Engineer", "url": "https://fakeboard.example/acme/jobs/42"}
        return SourceResult(postings=[RawPosting("fakeboard", job, origin, self.company.title())], complete=True)


def normalize_fakeboard(raw: RawPosting) -> JobPosting:
    job = raw.payload
    return JobPosting(
        id=job_id_for("fakeboard", str(job["id"]), job["url"], job["title"], raw.company_hint),
        source="fakeboard",
        source_id=str(job["id"]),
        url=job["url"],
        title=job["title"],
        company=raw.company_hint,
        description_text="Build pipelines.",
    )


FAKEBOARD = SourceSpec(
    name="fakeboard",
    description="A made-up board: fakeboard:COMPANY",
    build=FakeBoardSource,
    normalize=normalize_fakeboard,
    base_url="https://api.fakeboard.example",
    dedupe=DedupeKeys(
        own_ids=True, url_ids=(url_id("fakeboard.example/", r"fakeboard\.example/[^/]+/jobs/(\d+)"),), rank=0
    ),
)


async def test_a_new_spec_in_the_list_is_built_by_name_normalized_and_deduped_by_its_keys():
    specs = (*SPECS, FAKEBOARD)  # the one line a new source adds to registry.SPECS
    registry = SourceRegistry(specs)
    ctx = SourceContext(base_urls=registry.base_urls({"fakeboard": "http://127.0.0.1:8123"}))

    result = await registry.build("fakeboard:acme", ctx).fetch()
    (posting,) = [registry.normalize(raw) for raw in result.postings]
    career_page = JobPosting(
        id="careers-42",
        source="jsonld",
        url="https://acme.example/careers/data-engineer",
        apply_url="https://apply.fakeboard.example/acme/jobs/42",
        title="Data Engineer",
        company="Acme",
        description_text="Come and build data pipelines with us.",
    )
    merged = dedupe_postings([career_page, posting], SourceKeys.of(specs))

    assert result.postings[0].origin == "http://127.0.0.1:8123/v1/acme/jobs"
    assert posting.source == "fakeboard" and posting.company == "Acme"
    assert merged.duplicates == 1
    assert merged.postings[0].source == "fakeboard"  # its rank 0 outranks the career page
    assert [s["source"] for s in merged.postings[0].raw["sources"]] == ["fakeboard", "jsonld"]
    assert dedupe_postings([career_page, posting]).duplicates == 0  # without its spec, nothing joins them


def test_a_source_outside_the_list_is_unknown_to_the_registry():
    with pytest.raises(InputError, match="unknown job source kind 'fakeboard'"):
        build_source("fakeboard:acme")

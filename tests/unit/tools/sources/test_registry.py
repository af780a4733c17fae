from pathlib import Path

import pytest

from careerpilot.domain.errors import CareerPilotError, ConfigError, InputError
from careerpilot.tools.sources import SPECS, LocalFilesSource, build_source
from careerpilot.tools.sources.context import SourceContext
from careerpilot.tools.sources.registry import check_sources


def test_local_spec_builds_a_local_files_source(tmp_path: Path):
    source = build_source(f"local:{tmp_path}")

    assert isinstance(source, LocalFilesSource)
    assert source.path == tmp_path


def test_a_bare_existing_path_builds_a_local_files_source(tmp_path: Path):
    source = build_source(str(tmp_path))

    assert isinstance(source, LocalFilesSource)
    assert source.name == f"local:{tmp_path}"


def test_a_local_spec_for_a_missing_folder_still_builds_and_fails_on_fetch(tmp_path: Path):
    source = build_source(f"local:{tmp_path / 'later'}")

    assert isinstance(source, LocalFilesSource)


def test_an_unknown_kind_is_an_input_error_listing_the_known_kinds():
    with pytest.raises(InputError, match=r"unknown job source kind 'workday'.*known kinds: local:\.\.\."):
        build_source("workday:acme")


def test_a_bare_word_that_is_not_a_path_is_an_input_error():
    with pytest.raises(InputError, match="neither an existing path nor KIND:ARGUMENT"):
        build_source("no-such-folder-here")


def test_a_kind_without_an_argument_is_an_input_error():
    with pytest.raises(InputError, match="needs an argument"):
        build_source("local:")


def test_every_registered_kind_builds_a_source_with_a_name():
    for spec in SPECS:
        argument = "https://example.com/careers" if spec.name == "careers" else "x"
        assert spec.build(argument, SourceContext()).name.startswith(spec.name)


def test_board_specs_build_their_board_sources():
    assert build_source("greenhouse:vercel").name == "greenhouse:vercel"
    assert build_source("lever:spotify").name == "lever:spotify"
    assert build_source("careers:https://example.com/jobs").name == "careers:https://example.com/jobs"


def test_feeds_need_no_argument():
    assert build_source("remoteok").name == "remoteok"
    assert build_source("hn").name == "hn"


def test_a_career_page_that_is_not_a_url_is_a_readable_error():
    with pytest.raises(CareerPilotError, match="needs an absolute http"):
        build_source("careers:example.com/jobs")


async def test_a_network_source_without_the_discovery_client_says_so():
    with pytest.raises(ConfigError, match="needs the discovery service's HTTP client"):
        await build_source("greenhouse:vercel").fetch()


@pytest.mark.parametrize("form", ["{}", "local:{}"], ids=["bare path", "local spec"])
def test_a_missing_folder_is_refused_before_a_run_starts_naming_it(tmp_path, form):
    missing = tmp_path / "gone"
    with pytest.raises(InputError, match=f"source folder {missing} does not exist"):
        check_sources(["greenhouse:vercel", form.format(missing)])


def test_existing_folders_and_well_formed_specs_pass_the_check(tmp_path):
    assert check_sources([str(tmp_path), f"local:{tmp_path}", "greenhouse:vercel", "remoteok"]) is None
    with pytest.raises(InputError, match="unknown job source kind 'monster'"):
        check_sources(["monster:acme"])

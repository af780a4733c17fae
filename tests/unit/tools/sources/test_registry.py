from pathlib import Path

import pytest

from careerpilot.domain.errors import InputError
from careerpilot.tools.sources import SOURCE_KINDS, LocalFilesSource, build_source


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
    for kind, factory in SOURCE_KINDS.items():
        assert factory("x").name.startswith(kind)

"""Resume and profile files: a UTF-8 byte-order mark is UTF-8; hostile nesting is an InputError, not a crash."""

from __future__ import annotations

import pytest

from careerpilot.domain.errors import InputError
from careerpilot.profile.inputs import load_profile, load_resume
from careerpilot.tools.documents.parse import parse_resume_file
from tests.support.pipeline import EXAMPLES


def test_a_json_resume_with_a_utf8_byte_order_mark_loads(tmp_path):
    resume = tmp_path / "resume.json"
    resume.write_bytes(b"\xef\xbb\xbf" + (EXAMPLES / "resume.json").read_bytes())

    assert load_resume(resume) == load_resume(EXAMPLES / "resume.json")
    assert parse_resume_file(resume).resume == load_resume(EXAMPLES / "resume.json")


@pytest.mark.parametrize("name", ["resume.json", "profile.yaml"])
def test_a_deeply_nested_resume_or_profile_is_an_input_error(tmp_path, name):
    path = tmp_path / name
    path.write_text("[" * 100_000 + "]" * 100_000)
    load = load_resume if name.startswith("resume") else load_profile

    with pytest.raises(InputError, match="nested more than 64 levels deep"):
        load(path)

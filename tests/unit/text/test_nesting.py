"""Hostile nesting is refused with a position, ordinary JSON and YAML parse as before."""

from __future__ import annotations

import json

import pytest
import yaml

from careerpilot.text.nesting import MAX_JSON_DEPTH, JsonTooDeepError, load_json, load_yaml, too_deep_at

DEEP = 200_000


@pytest.mark.parametrize(
    "text",
    ["[" * DEEP + "]" * DEEP, '{"a":' * DEEP + "1" + "}" * DEEP, "[" * DEEP],
    ids=["arrays", "objects", "unclosed"],
)
def test_deeply_nested_json_is_refused_as_a_decode_error_not_a_recursion(text):
    with pytest.raises(json.JSONDecodeError) as raised:
        load_json(text)

    assert isinstance(raised.value, JsonTooDeepError)
    assert f"nested more than {MAX_JSON_DEPTH} levels deep" in raised.value.msg
    assert raised.value.lineno == 1


def test_json_at_the_limit_parses_and_one_level_more_is_refused():
    at_limit = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH

    assert load_json(at_limit) == json.loads(at_limit)
    assert too_deep_at("[" + at_limit + "]") == MAX_JSON_DEPTH


def test_brackets_inside_strings_do_not_count_as_nesting():
    text = json.dumps({"title": "[" * 500 + '\\"{' * 500, "tags": ["a", "b"]})

    assert load_json(text)["tags"] == ["a", "b"]


def test_ordinary_json_parses_exactly_as_json_loads():
    text = json.dumps({"jobs": [{"title": "Engineer", "salary": {"min": 1, "max": 2}}] * 50})

    assert load_json(text) == json.loads(text)


def test_deeply_nested_yaml_is_refused_as_a_yaml_error():
    with pytest.raises(yaml.YAMLError, match="nested more than"):
        load_yaml("[" * DEEP + "]" * DEEP)


def test_ordinary_yaml_parses_like_safe_load():
    text = "contact:\n  name: Ada\n  links: [a, b]\nskills:\n  - python\n"

    assert load_yaml(text) == yaml.safe_load(text)

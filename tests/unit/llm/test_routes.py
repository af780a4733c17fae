"""Routes from settings: the default is one profile for every step; mistakes are one line naming the setting."""

from __future__ import annotations

import json

import pytest

from careerpilot.config import Settings
from careerpilot.domain.errors import ConfigError
from careerpilot.llm.routes import STEPS, load_routing


def settings(tmp_path, **values) -> Settings:
    return Settings(_env_file=None, data_dir=tmp_path, **values)


def test_without_profiles_every_step_uses_the_one_endpoint_as_before(tmp_path):
    routing = load_routing(settings(tmp_path, llm_base_url="http://127.0.0.1:9/v1", llm_model="m", llm_timeout_s=7))

    assert list(routing.profiles) == ["default"]
    assert routing.profiles["default"].model == "m" and routing.profiles["default"].timeout_s == 7
    assert {step: routing.routes[step] for step in STEPS if step != "research_search"} == {
        step: ["default"] for step in STEPS if step != "research_search"
    }
    assert routing.routes["research_search"] == []  # web search stays off unless configured


def test_nothing_configured_means_every_step_uses_its_rules(tmp_path):
    routing = load_routing(settings(tmp_path))

    assert not routing.configured and all(names == [] for names in routing.routes.values())


def test_profiles_and_routes_from_json_with_a_default_route(tmp_path):
    profiles = {"fast": {"model": "small", "base_url": "http://a/v1"}, "strong": {"model": "big", "max_tokens": 900}}
    routes = {"default": ["fast"], "resume_writer": ["strong", "fast"], "cover_letter": ["strong"]}
    routing = load_routing(settings(tmp_path, llm_profiles=json.dumps(profiles), llm_routes=json.dumps(routes)))

    assert [p.name for p in routing.route("resume_writer")] == ["strong", "fast"]
    assert [p.name for p in routing.route("planner")] == ["fast"]
    assert routing.profiles["strong"].max_tokens == 900
    assert routing.profiles["strong"].where == "https://api.openai.com/v1"


def test_the_research_search_endpoint_becomes_the_research_profile(tmp_path):
    routing = load_routing(settings(tmp_path, research_search_base_url="http://127.0.0.1:9/v1"))

    assert [p.model for p in routing.route("research_search")] == ["sonar"]
    assert routing.route("planner") == []  # the online search model is not a default for the other steps


def test_a_yaml_file_names_profiles_and_routes(tmp_path):
    path = tmp_path / "models.yaml"
    path.write_text(
        "profiles:\n  local: {base_url: 'http://127.0.0.1:11434/v1', model: llama3.1, api_key_env: MY_KEY}\n"
        "routes:\n  default: [local]\n  chat: []\n"
    )
    routing = load_routing(settings(tmp_path, llm_routes_file=path))

    assert [p.model for p in routing.route("planner")] == ["llama3.1"]
    assert routing.route("chat") == []


def test_a_key_named_by_an_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("MY_KEY", "sk-from-env")
    routing = load_routing(settings(tmp_path, llm_profiles='{"p": {"model": "m", "api_key_env": "MY_KEY"}}'))

    assert routing.profiles["p"].key() == "sk-from-env"


def test_prices_give_a_cost(tmp_path):
    routing = load_routing(
        settings(tmp_path, llm_profiles='{"p": {"model": "m", "input_price": 0.15, "output_price": 0.6}}')
    )

    assert routing.profiles["p"].cost(1_000_000, 500_000) == pytest.approx(0.45)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"llm_profiles": "{not json"}, "LLM_PROFILES is not valid JSON"),
        ({"llm_profiles": "[1]"}, "LLM_PROFILES must be a JSON object"),
        ({"llm_profiles": '{"a": {"base_url": "x"}}'}, "LLM_PROFILES: profile a: model: Field required"),
        ({"llm_profiles": '{"a": {"model": "m", "timeout_s": 0}}'}, "profile a: timeout_s"),
        ({"llm_profiles": '{"a": {"model": "m"}}', "llm_routes": '{"planer": ["a"]}'}, "unknown step(s) planer"),
        ({"llm_profiles": '{"a": {"model": "m"}}', "llm_routes": '{"planner": ["b"]}'}, "unknown profile(s) b"),
        ({"llm_profiles": '{"a": {"model": "m"}}', "llm_routes": '{"planner": "a"}'}, "must be a list"),
    ],
)
def test_mistakes_are_one_line_naming_the_setting(tmp_path, values, message):
    with pytest.raises(ConfigError) as raised:
        load_routing(settings(tmp_path, **values))

    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_an_unreadable_routes_file_is_one_line(tmp_path):
    with pytest.raises(ConfigError, match="LLM_ROUTES_FILE .* cannot be read"):
        load_routing(settings(tmp_path, llm_routes_file=tmp_path / "missing.yaml"))

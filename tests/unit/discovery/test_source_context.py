"""SOURCE_BASE_URLS: one setting points any source with an API somewhere else; the specs hold the defaults."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from careerpilot.config import Settings
from careerpilot.discovery.service import source_context
from careerpilot.domain.errors import ConfigError
from careerpilot.tools.sources import greenhouse, lever, recruitee


def _settings(monkeypatch: pytest.MonkeyPatch, value: str) -> Settings:
    monkeypatch.setenv("SOURCE_BASE_URLS", value)
    return Settings(_env_file=None)


def test_a_json_object_overrides_one_source_and_the_others_keep_their_defaults(monkeypatch):
    ctx = source_context(_settings(monkeypatch, '{"greenhouse": "http://127.0.0.1:8000/"}'), None)

    assert ctx.base_url(greenhouse.SPEC) == "http://127.0.0.1:8000"
    assert ctx.base_url(lever.SPEC) == "https://api.lever.co"


def test_name_url_pairs_override_several_sources_and_fill_in_the_company(monkeypatch):
    settings = _settings(monkeypatch, "lever=http://127.0.0.1:9000, recruitee=http://127.0.0.1:9000/r/{company}")
    ctx = source_context(settings, None)

    assert ctx.base_url(lever.SPEC) == "http://127.0.0.1:9000"
    assert ctx.base_url(recruitee.SPEC, "channable") == "http://127.0.0.1:9000/r/channable"


def test_without_the_setting_every_source_uses_its_spec_default(monkeypatch):
    monkeypatch.delenv("SOURCE_BASE_URLS", raising=False)
    ctx = source_context(Settings(_env_file=None), None)

    assert ctx.base_url(recruitee.SPEC, "acme") == "https://acme.recruitee.com"


def test_a_value_that_is_neither_json_nor_pairs_is_a_settings_error(monkeypatch):
    with pytest.raises(ValidationError, match="name=url pairs"):
        _settings(monkeypatch, "http://127.0.0.1:8000")


def test_an_unknown_or_api_less_source_name_is_a_config_error_listing_the_right_names(monkeypatch):
    with pytest.raises(ConfigError, match=r"'greenhose', which is not a source with an API; use: greenhouse, lever"):
        source_context(_settings(monkeypatch, "greenhose=http://127.0.0.1:8000"), None)
    with pytest.raises(ConfigError, match="'careers', which is not a source with an API"):
        source_context(_settings(monkeypatch, '{"careers": "http://127.0.0.1:8000"}'), None)

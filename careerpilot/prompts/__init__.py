"""Prompt templates, one module per node; untrusted text always sits inside XML-tagged data sections."""

from __future__ import annotations

import string

from careerpilot.domain.errors import ConfigError


def render(template: str, **values: str) -> str:
    """Fill a ``$name`` template; raise ConfigError on a missing variable instead of sending a broken prompt."""
    try:
        return string.Template(template).substitute(values)
    except KeyError as exc:
        raise ConfigError(f"prompt variable {exc.args[0]!r} was not given") from exc


def as_data(text: str) -> str:
    """Neutralize tag look-alikes in untrusted text so it cannot close its data section."""
    return text.replace("<", "‹").replace(">", "›")

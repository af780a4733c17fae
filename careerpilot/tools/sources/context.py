"""What network sources are handed by the service layer: the polite client, base URLs, keys, browser options."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from careerpilot.domain.errors import ConfigError
from careerpilot.tools.http import PoliteClient, json_body
from careerpilot.tools.sources.base import SourceResult, Validators

if TYPE_CHECKING:
    from careerpilot.tools.sources.spec import SourceSpec


@dataclass(frozen=True)
class BrowserOptions:
    """How career pages may use Chromium: whether at all, where it is, and whether only loopback may load."""

    enabled: bool = True
    chromium_path: Path = Path("/usr/bin/chromium")
    loopback_only: bool = False
    timeout_s: float = 20.0


@dataclass
class SourceContext:
    """Everything a network source needs; ``http`` is None when only local sources may run.

    ``base_urls`` override the specs' default API roots by source name (``SOURCE_BASE_URLS``).
    """

    http: PoliteClient | None = None
    base_urls: dict[str, str] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    browser: BrowserOptions = field(default_factory=BrowserOptions)
    max_pages: int = 25

    def client(self, kind: str) -> PoliteClient:
        """Return the HTTP client, or raise ConfigError when this context has none."""
        if self.http is None:
            raise ConfigError(f"the {kind} source needs the discovery service's HTTP client (run it via discovery)")
        return self.http

    def base_url(self, spec: SourceSpec, company: str | None = None) -> str:
        """Return a source's API root: the override, else its spec's default; no trailing slash, '{company}' filled.

        Raises:
            ConfigError: the spec declares no base URL and none is configured.
        """
        url = self.base_urls.get(spec.name) or spec.base_url
        if not url:
            raise ConfigError(f"the {spec.name} source has no base URL: set it in SOURCE_BASE_URLS")
        return url.replace("{company}", company or "").rstrip("/")

    def key(self, kind: str) -> str:
        """Return a source's API key, or raise ConfigError naming the setting to set."""
        value = self.keys.get(kind)
        if not value:
            raise ConfigError(f"the {kind} source needs an API key: set {kind.upper()}_API_KEY")
        return value


async def get_json(
    ctx: SourceContext, kind: str, url: str, *, params: dict[str, Any] | None = None, previous: Validators | None = None
) -> tuple[Any, httpx.Response]:
    """GET a JSON document through the polite client, conditionally when validators are given.

    Returns ``(None, response)`` when the server answered 304 Not Modified.
    """
    headers = previous.headers() if previous else {}
    response = await ctx.client(kind).get(url, params=params, headers=headers)
    if response.status_code == 304:
        return None, response
    return json_body(response, kind), response


def validators_of(response: httpx.Response) -> Validators | None:
    """Return the ETag / Last-Modified a response carries, or None."""
    etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
    return Validators(etag=etag, last_modified=modified) if etag or modified else None


def unchanged(previous: Validators | None) -> SourceResult:
    """Return the result of a fetch the server answered with 304 Not Modified."""
    return SourceResult(not_modified=True, validators=previous)

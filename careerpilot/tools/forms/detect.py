"""Tell which ATS serves a form: by the URL's host first, then by the page's DOM."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.async_api import Page

from careerpilot.tools.forms.ashby import AshbyAdapter
from careerpilot.tools.forms.base import FormAdapter
from careerpilot.tools.forms.generic import GenericAdapter
from careerpilot.tools.forms.greenhouse import GreenhouseAdapter
from careerpilot.tools.forms.lever import LeverAdapter

ADAPTERS: dict[str, type[FormAdapter]] = {
    "greenhouse": GreenhouseAdapter,
    "lever": LeverAdapter,
    "ashby": AshbyAdapter,
    "generic": GenericAdapter,
}


def adapter_for_url(url: str) -> FormAdapter | None:
    """Return the adapter whose ATS host serves this URL, or None."""
    host = (urlsplit(url).hostname or "").lower()
    for cls in ADAPTERS.values():
        adapter = cls()
        if adapter.hosts and adapter.matches_url(host):
            return adapter
    return None


async def detect_adapter(page: Page, forced: str | None = None) -> FormAdapter:
    """Return the adapter for the loaded page: forced by name, by host, by DOM probe, else generic."""
    if forced:
        return ADAPTERS[forced]()
    by_url = adapter_for_url(page.url)
    if by_url is not None:
        return by_url
    for cls in ADAPTERS.values():
        adapter = cls()
        if adapter.dom_probe and await page.locator(adapter.dom_probe).count():
            return adapter
    return GenericAdapter()

"""Keep the applier's browser on allowed hosts: Chromium's resolver rules plus a request filter on the context."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from urllib.parse import urlsplit

from playwright.async_api import BrowserContext, Route

log = logging.getLogger(__name__)
_ALWAYS = ("about", "data", "blob")


def host_allowed(url: str, allowed: Sequence[str]) -> bool:
    """Return True when the URL's host is in the allowed list (``*`` allows any; subdomains match)."""
    parts = urlsplit(url)
    if parts.scheme in _ALWAYS:
        return True
    if parts.scheme not in ("http", "https"):
        return False
    if "*" in allowed:
        return True
    host = (parts.hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in allowed)


def chromium_args(allowed: Sequence[str]) -> list[str]:
    """Return Chromium flags that make every other host unresolvable (a second wall behind the route filter)."""
    if "*" in allowed:
        return []
    excluded = ", ".join(f"EXCLUDE {h}" for h in allowed)
    return [f"--host-resolver-rules=MAP * ~NOTFOUND, {excluded}"]


async def guard_context(context: BrowserContext, allowed: Sequence[str], blocked: list[str]) -> None:
    """Abort every request of the context to a host that is not allowed, recording it in ``blocked``."""

    async def handle(route: Route) -> None:
        url = route.request.url
        if host_allowed(url, allowed):
            await route.continue_()
            return
        blocked.append(url[:300])
        log.warning("blocked a request to a host that is not allowed: %s", url[:120])
        await route.abort("blockedbyclient")

    await context.route("**/*", handle)

"""Launch the system Chromium through Playwright (Playwright's own browser download is never used)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from playwright.async_api import Browser, async_playwright
from playwright.async_api import Error as PlaywrightError

from careerpilot.domain.errors import ConfigError

if TYPE_CHECKING:
    from playwright.async_api import Page, Route, WebSocketRoute

    from careerpilot.tools.addresses import AddressGuard

CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
# Printing documents needs no network: every host name, IP literals included, resolves to nothing, so not even
# what a page route never sees (a preconnect, a prefetch) leaves. tests/integration/test_network_walls.py checks it.
OFFLINE_ARGS = ("--host-resolver-rules=MAP * ~NOTFOUND", "--no-pings", "--disable-domain-reliability")
_STDERR_LINE = re.compile(r"^\[pid=\d+\]\[err\] (?P<text>.+)$", re.MULTILINE)
_EXIT_CODE = re.compile(r"exitCode=(?P<code>\d+)")
_ANY_URL = re.compile(".*")


@asynccontextmanager
async def launch_chromium(
    executable_path: Path, *, headless: bool = True, extra_args: Sequence[str] = ()
) -> AsyncIterator[Browser]:
    """Launch Chromium from ``executable_path``, yield the browser and close it on exit.

    Raises:
        ConfigError: the executable is missing or Chromium fails to start.
    """
    if not executable_path.is_file():
        raise ConfigError(
            f"Chromium not found at {executable_path}: install it with 'apt-get install chromium' or set CHROMIUM_PATH"
        )
    async with async_playwright() as playwright:
        try:
            browser = await playwright.chromium.launch(
                executable_path=executable_path, headless=headless, args=[*CHROMIUM_ARGS, *extra_args]
            )
        except PlaywrightError as exc:
            raise ConfigError(f"Chromium at {executable_path} failed to start: {_launch_failure(exc.message)}") from exc
        try:
            yield browser
        except BaseException:  # an interruption (Ctrl-C reaches Chromium too) stays what is reported
            with suppress(PlaywrightError):
                await browser.close()
            raise
        await browser.close()


def launch_offline_chromium(executable_path: Path) -> AbstractAsyncContextManager[Browser]:
    """Launch Chromium that can reach no host at all, for printing PDFs; see ``launch_chromium``."""
    return launch_chromium(executable_path, extra_args=OFFLINE_ARGS)


async def wall_page(page: Page, guard: AddressGuard, blocked: list[str]) -> None:
    """Check every request and WebSocket of ``page`` against the address guard before it leaves.

    A refused one is aborted and its URL appended to ``blocked``; an admitted request falls through to routes
    registered before this call. Chromium resolves names itself: the check is by URL, the connection not pinned.
    """

    async def check_request(route: Route) -> None:
        if await guard.permits_browser_request(route.request.url):
            await route.fallback()
            return
        blocked.append(route.request.url[:300])
        await route.abort("blockedbyclient")

    async def check_socket(socket: WebSocketRoute) -> None:
        if await guard.permits_browser_request(socket.url):
            socket.connect_to_server()
            return
        blocked.append(socket.url[:300])
        await socket.close(reason="refused by the address guard")

    await page.route("**/*", check_request)
    await page.route_web_socket(_ANY_URL, check_socket)


def _launch_failure(message: str) -> str:
    """Condense a multi-line Playwright launch error to its headline, Chromium's last stderr line and exit code."""
    headline = next((line.strip() for line in message.splitlines() if line.strip()), "unknown error")
    parts = [headline.removeprefix("BrowserType.launch: ")]
    stderr = _STDERR_LINE.findall(message)
    if stderr:
        parts.append(f"stderr: {stderr[-1].strip()}")
    exit_code = _EXIT_CODE.search(message)
    if exit_code:
        parts.append(f"exit code {exit_code['code']}")
    return "; ".join(parts)

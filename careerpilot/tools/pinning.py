"""Put an httpx client behind the address guard: every hop checked, every socket opened to a checked address.

Two walls, see ``tools.addresses`` for the rules:

1. A request hook checks the URL of every request the client sends, redirect hops included (httpx runs request
   hooks once per hop), before it is sent: its scheme and IP literals always, its host name too when a proxy
   will connect. Its refusal names the URL.
2. Without a proxy, the connection pool's network backend resolves the host name once per new connection, checks
   every address and connects to a checked address by number. That one checked answer is the only one used, so
   DNS rebinding between check and connect has nothing to slip through, and the hook need not look the name up
   (one lookup per connection, as without the guard, instead of one per request). TLS still verifies the
   certificate against the host name, which httpcore passes as the server name.

A guarded client ignores HTTP(S)_PROXY environment variables (httpx reads them only for clients without an explicit
transport); ``HTTP_PROXIES`` still sends requests through proxies, and only the first wall runs for those.
"""

from __future__ import annotations

from typing import Any

import httpcore
import httpx

from careerpilot.tools.addresses import AddressGuard


class _CheckedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to addresses the guard resolved and checked."""

    def __init__(self, guard: AddressGuard) -> None:
        self.guard = guard
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        """Connect to the first checked address of ``host`` that answers."""
        try:
            addresses = await self.guard.addresses(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self.inner.connect_tcp(
                    str(address), port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None  # the guard returns at least one address or raises
        raise failure

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        """Refuse: a guarded client talks TCP to checked addresses only."""
        raise httpcore.ConnectError(f"a guarded client does not open unix sockets ({path})")

    async def sleep(self, seconds: float) -> None:
        """Sleep as the inner backend does (httpcore's connect retries)."""
        await self.inner.sleep(seconds)


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's default transport whose connection pool connects through ``_CheckedBackend``."""

    def __init__(self, guard: AddressGuard, limits: httpx.Limits) -> None:
        super().__init__(limits=limits)
        # httpx builds its pool without a way to pass a network backend: build the same pool with ours.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_CheckedBackend(guard),
        )


def guarded_client_options(
    guard: AddressGuard | None,
    transport: httpx.AsyncBaseTransport | None,
    limits: httpx.Limits,
    proxy: str | None,
) -> dict[str, Any]:
    """Return the ``transport`` and ``event_hooks`` options of an ``httpx.AsyncClient`` behind ``guard``.

    Without a guard: the given transport and no hooks, as before. With one: a hook checking every hop, and the
    pinned transport unless a proxy is set or a transport was given (tests hand in their own).
    """
    if guard is None:
        return {"transport": transport}
    pinned = transport or (PinnedTransport(guard, limits) if proxy is None else None)
    names_checked_on_connect = isinstance(pinned, PinnedTransport)

    async def check_hop(request: httpx.Request) -> None:
        try:
            await guard.check(str(request.url), resolve=not names_checked_on_connect)
        except OSError as exc:
            raise httpx.ConnectError(f"cannot resolve {request.url.host}: {exc}", request=request) from exc

    return {"transport": pinned, "event_hooks": {"request": [check_hop]}}

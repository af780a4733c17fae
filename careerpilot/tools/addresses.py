"""The address guard: URLs that strangers wrote are fetched from public internet addresses only.

Postings, pages and tool arguments name URLs, and the model reading them may be compromised: a posting can name
``http://169.254.169.254/`` (cloud credentials), ``http://127.0.0.1:6379/`` or a printer on the LAN. Unless the
host or the address is in the allow-list (``FETCH_ALLOWED_HOSTS``: host names, addresses, CIDRs), the guard
refuses:

- every scheme but http and https;
- loopback (127/8, ::1), unspecified (0/8, ::), link-local (169.254/16 with the cloud metadata address,
  fe80::/10), private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), multicast
  (224/4, ff00::/8), and reserved or special-purpose addresses (240/4, documentation, benchmarking, fec0::/10,
  anything else Python's ``ipaddress`` does not call global);
- IPv6 forms that carry an IPv4 address (IPv4-mapped ``::ffff:a.b.c.d``, NAT64 ``64:ff9b::/96``, 6to4
  ``2002::/16``) when the IPv4 address inside is refused;
- a host name when any of its A/AAAA records is refused: a mix of public and private answers is refused whole.

IP literals are read the way the C library reads them, so ``http://2130706433/``, ``http://0x7f.1/`` and
``http://017700000001/`` are all 127.0.0.1. A name that does not resolve raises ``OSError``, not a refusal.

What is covered: a name is resolved first and the guard decides on that answer; ``tools.pinning`` checks every
redirect hop and connects only to addresses the guard resolved and checked for that very connection (nothing
looks the name up again afterwards), so DNS rebinding between check and connect does not get through a direct
connection, and a name that changes its answer is checked again on its next connection. What is not: behind
``HTTP_PROXIES`` the proxy resolves names itself (the check sees this machine's answer, not the proxy's); an
allow-listed host name is trusted whatever it resolves to; Chromium resolves names itself, so a browser request
is checked by URL just before it leaves but its connection is not pinned.
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network
from urllib.parse import urlsplit

from careerpilot.domain.errors import ConfigError, FetchRefusedError

log = logging.getLogger(__name__)

IPAddress = IPv4Address | IPv6Address
IPNetwork = IPv4Network | IPv6Network
Resolver = Callable[[str, int], Awaitable[list[IPAddress]]]

SETTING = "FETCH_ALLOWED_HOSTS"
FETCH_SCHEMES = {"http": 80, "https": 443}
BROWSER_SCHEMES = {**FETCH_SCHEMES, "ws": 80, "wss": 443}
BROWSER_LOCAL_SCHEMES = ("data", "blob", "about")
# Most specific first: the first network an address is in names the reason.
_REFUSED: tuple[tuple[IPNetwork, str], ...] = tuple(
    (ip_network(network), reason)
    for network, reason in (
        ("0.0.0.0/8", "unspecified address"),
        ("127.0.0.0/8", "loopback address"),
        ("169.254.169.254/32", "link-local address (the cloud metadata service)"),
        ("169.254.0.0/16", "link-local address"),
        ("10.0.0.0/8", "private address"),
        ("172.16.0.0/12", "private address"),
        ("192.168.0.0/16", "private address"),
        ("100.64.0.0/10", "carrier-grade NAT address"),
        ("224.0.0.0/4", "multicast address"),
        ("240.0.0.0/4", "reserved address"),
        ("::/128", "unspecified address"),
        ("::1/128", "loopback address"),
        ("fe80::/10", "link-local address"),
        ("fc00::/7", "private address"),
        ("fec0::/10", "reserved address"),
        ("ff00::/8", "multicast address"),
    )
)
_CARRIERS_OF_IPV4 = (ip_network("64:ff9b::/96"),)  # NAT64; mapped and 6to4 have their own properties
_NUMERIC = re.compile(r"[0-9a-fx.]+", re.I)
_HOST_NAME = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*")


def refusal_reason(address: IPAddress) -> str | None:
    """Return why fetches may not reach ``address`` (e.g. 'private address'), or None for a public address."""
    inner = embedded_ipv4(address)
    if inner is not None:
        reason = refusal_reason(inner)
        return f"{reason} ({inner} inside {address})" if reason else None
    for network, reason in _REFUSED:
        if address.version == network.version and address in network:
            return reason
    return None if address.is_global else "reserved address"


def embedded_ipv4(address: IPAddress) -> IPv4Address | None:
    """Return the IPv4 address an IPv4-mapped, NAT64 or 6to4 IPv6 address carries, or None."""
    if not isinstance(address, IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if any(address in network for network in _CARRIERS_OF_IPV4):
        return IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def ip_literal(host: str) -> IPAddress | None:
    """Return the address a host string denotes by itself (decimal, hex and octal IPv4 forms too), else None."""
    text = host.strip().removeprefix("[").removesuffix("]")
    try:
        return ip_address(text)
    except ValueError:
        pass
    if _NUMERIC.fullmatch(text):
        try:
            return IPv4Address(socket.inet_aton(text))  # the C library's reading: '2130706433', '0x7f.1', '127.1'
        except OSError:
            return None
    return None


def normalize_host(host: str) -> str:
    """Return a host lower-cased, without IPv6 brackets or the trailing dot of a fully qualified name."""
    return host.strip().lower().removeprefix("[").removesuffix("]").removesuffix(".")


async def system_resolve(host: str, port: int) -> list[IPAddress]:
    """Return every A/AAAA address the system resolver gives for ``host``, in its order, without repeats."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(ip_address(str(info[4][0])) for info in infos))


@dataclass(frozen=True)
class AllowList:
    """Host names and networks that fetches may reach although they are not public."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> AllowList:
        """Read host names, addresses and CIDRs ('intranet.example', '10.0.0.7', '127.0.0.0/8', '[::1]').

        Raises:
            ConfigError: an entry is none of these (a URL, a port, a wildcard).
        """
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in entries:
            entry = normalize_host(raw)
            if not entry:
                continue
            try:
                networks.append(ip_network(entry, strict=False))
                continue
            except ValueError:
                pass
            if not _HOST_NAME.fullmatch(entry):
                raise ConfigError(f"{SETTING}: {raw.strip()!r} is not a host name, an address or a CIDR")
            hosts.add(entry)
        return cls(frozenset(hosts), tuple(networks))

    def admits_host(self, host: str) -> bool:
        """Return True when the host name itself is allow-listed."""
        return normalize_host(host) in self.hosts

    def admits_address(self, address: IPAddress) -> bool:
        """Return True when the address (or the IPv4 address it carries) is in an allow-listed network."""
        candidates = [address, embedded_ipv4(address)]
        return any(c is not None and c.version == n.version and c in n for c in candidates for n in self.networks)


class AddressGuard:
    """Decides whether a URL may be fetched and which addresses a connection to a host may use."""

    def __init__(
        self, allowed: Iterable[str] = (), *, resolver: Resolver = system_resolve, resolve_timeout_s: float = 10.0
    ) -> None:
        """Build the guard from allow-list entries; ConfigError names a malformed one."""
        self.allow = AllowList.parse(allowed)
        self.resolver = resolver
        self.resolve_timeout_s = resolve_timeout_s

    async def check(self, url: str, *, resolve: bool = True) -> list[IPAddress]:
        """Return the checked addresses of the URL's host; raise unless the URL may be fetched.

        With ``resolve=False`` a host name is left to the connection, which resolves and checks it itself
        (``tools.pinning``), and nothing is returned for it; the scheme and IP literals are still checked here.

        Raises:
            FetchRefusedError: not http(s), no host, or a refused address (one readable line naming the URL).
            OSError: the host name does not resolve (or not within the timeout).
        """
        return await self._check_url(url, FETCH_SCHEMES, resolve=resolve)

    async def addresses(self, host: str, port: int) -> list[IPAddress]:
        """Resolve ``host`` and return its addresses for a connection, every one of them checked.

        Raises:
            FetchRefusedError: an address is refused.
            OSError: the host name does not resolve (or not within the timeout).
        """
        return await self._addresses(host, port, f"connect to {host}:{port}")

    async def permits_browser_request(self, url: str) -> bool:
        """Return True when Chromium may send this request (in-page data/blob/about URLs always may)."""
        if urlsplit(url).scheme.lower() in BROWSER_LOCAL_SCHEMES:
            return True
        try:
            await self._check_url(url, BROWSER_SCHEMES)
        except (FetchRefusedError, OSError) as exc:
            log.info("browser request not sent: %s", exc)
            return False
        return True

    async def _check_url(self, url: str, schemes: dict[str, int], *, resolve: bool = True) -> list[IPAddress]:
        shown = _shown(url)
        try:
            parts = urlsplit(url)
            scheme = parts.scheme.lower()
            port = parts.port or schemes.get(scheme)
        except ValueError as exc:
            raise self._refuse(f"refused to fetch {shown}: not a valid URL ({exc})") from exc
        if port is None:
            names = list(schemes)
            raise self._refuse(
                f"refused to fetch {shown}: only {', '.join(names[:-1])} and {names[-1]} URLs are fetched"
            )
        if not parts.hostname:
            raise self._refuse(f"refused to fetch {shown}: the URL names no host")
        return await self._addresses(parts.hostname, port, f"fetch {shown}", resolve=resolve)

    async def _addresses(self, host: str, port: int, action: str, *, resolve: bool = True) -> list[IPAddress]:
        name = normalize_host(host)
        literal = ip_literal(name)
        if literal is None and not resolve:
            return []
        found = [literal] if literal is not None else await self._resolve(name, port)
        if self.allow.admits_host(name):
            return found
        for address in found:
            reason = refusal_reason(address)
            if reason is None or self.allow.admits_address(address):
                continue
            if literal is None:
                raise self._refuse(
                    f"refused to {action}: {name} resolves to {address}, {_article(reason)} {reason}; "
                    f"add the host to {SETTING} if you mean it"
                )
            spelled = "" if str(literal) == name else f" ({literal})"
            raise self._refuse(f"refused to {action}: {reason}{spelled}; add it to {SETTING} if you mean it")
        return found

    async def _resolve(self, name: str, port: int) -> list[IPAddress]:
        found = await asyncio.wait_for(self.resolver(name, port), timeout=self.resolve_timeout_s)
        if not found:
            raise socket.gaierror(socket.EAI_NONAME, f"{name} has no A or AAAA record")
        return found

    @staticmethod
    def _refuse(message: str) -> FetchRefusedError:
        log.warning("%s", message)
        return FetchRefusedError(message)


def _shown(url: str) -> str:
    """Return the URL as error messages show it: no credentials, query or fragment, at most 120 characters."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is not None and parts.scheme and parts.netloc:
        text = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"
    else:
        text = text.split("?")[0].split("#")[0]
    return text if len(text) <= 120 else text[:119] + "…"


def _article(phrase: str) -> str:
    return "an" if phrase[:1].lower() in "aeiou" else "a"

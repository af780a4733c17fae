"""The address guard's rules: which URLs strangers may make CareerPilot fetch, and what the refusal says.

Names resolve through a stub resolver (no DNS traffic); nothing here opens a connection.
"""

from __future__ import annotations

import socket
from ipaddress import ip_address

import pytest

from careerpilot.domain.errors import ConfigError, FetchRefusedError
from careerpilot.tools.addresses import AddressGuard, IPAddress, ip_literal, refusal_reason

PUBLIC = "93.184.215.14"  # a public address: the guard only reads it, nothing connects to it


def stub_resolver(table: dict[str, list[str]]):
    """Return a resolver answering from ``table`` and failing like getaddrinfo for other names."""
    asked: list[str] = []

    async def resolve(host: str, port: int) -> list[IPAddress]:
        asked.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [ip_address(a) for a in table[host]]

    resolve.asked = asked  # type: ignore[attr-defined]
    return resolve


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback address"),
        ("127.255.0.9", "loopback address"),
        ("::1", "loopback address"),
        ("0.0.0.0", "unspecified address"),
        ("::", "unspecified address"),
        ("10.0.0.1", "private address"),
        ("172.16.5.4", "private address"),
        ("172.31.255.255", "private address"),
        ("192.168.1.1", "private address"),
        ("fc00::1", "private address"),
        ("fd00:ec2::254", "private address"),  # AWS's IPv6 metadata address
        ("169.254.169.254", "link-local address (the cloud metadata service)"),
        ("169.254.1.1", "link-local address"),
        ("fe80::1", "link-local address"),
        ("100.64.0.1", "carrier-grade NAT address"),
        ("224.0.0.1", "multicast address"),
        ("ff02::1", "multicast address"),
        ("240.0.0.1", "reserved address"),
        ("255.255.255.255", "reserved address"),
        ("192.0.2.10", "reserved address"),
        ("198.18.0.1", "reserved address"),
        ("2001:db8::1", "reserved address"),
        ("::ffff:127.0.0.1", "loopback address (127.0.0.1 inside ::ffff:7f00:1)"),
        ("::ffff:10.0.0.1", "private address (10.0.0.1 inside ::ffff:a00:1)"),
        ("64:ff9b::a00:1", "private address (10.0.0.1 inside 64:ff9b::a00:1)"),
        ("2002:7f00:1::1", "loopback address (127.0.0.1 inside 2002:7f00:1::1)"),
    ],
)
def test_non_public_addresses_are_refused_with_their_kind(address: str, reason: str) -> None:
    assert refusal_reason(ip_address(address)) == reason


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "172.32.0.1"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal_reason(ip_address(address)) is None


@pytest.mark.parametrize("spelling", ["2130706433", "0x7f000001", "0x7f.1", "017700000001", "127.1", "[::ffff:7f00:1]"])
def test_every_spelling_of_loopback_is_read_as_the_c_library_reads_it(spelling: str) -> None:
    literal = ip_literal(spelling)
    assert literal is not None and refusal_reason(literal) is not None
    assert str(literal) in ("127.0.0.1", "::ffff:7f00:1")


@pytest.mark.parametrize("name", ["example.com", "cafe.be", "face", "localhost"])
def test_host_names_are_not_mistaken_for_addresses(name: str) -> None:
    assert ip_literal(name) is None


async def test_a_private_literal_is_refused_in_one_readable_line() -> None:
    guard = AddressGuard(resolver=stub_resolver({}))

    with pytest.raises(FetchRefusedError) as refused:
        await guard.check("http://10.0.0.1/")

    assert str(refused.value) == (
        "refused to fetch http://10.0.0.1/: private address; add it to FETCH_ALLOWED_HOSTS if you mean it"
    )


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://127.0.0.1:8080/admin", "loopback address"),
        ("http://169.254.169.254/latest/meta-data/", "the cloud metadata service"),
        ("http://[::1]/", "loopback address"),
        ("http://2130706433/", "loopback address (127.0.0.1)"),
        ("http://0x7f.1/", "loopback address (127.0.0.1)"),
        ("http://127.0.0.1./", "loopback address"),
        ("https://[::ffff:192.168.0.1]/", "private address"),
        ("http://0.0.0.0:6379/", "unspecified address"),
    ],
)
async def test_ip_literal_urls_are_refused_without_a_lookup(url: str, says: str) -> None:
    resolver = stub_resolver({})
    guard = AddressGuard(resolver=resolver)

    with pytest.raises(FetchRefusedError, match="FETCH_ALLOWED_HOSTS") as refused:
        await guard.check(url)

    assert says in str(refused.value)
    assert resolver.asked == []  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://example.com/", "javascript:alert(1)", "//x/"]
)
async def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(FetchRefusedError, match="only http and https URLs are fetched"):
        await AddressGuard(resolver=stub_resolver({})).check(url)


@pytest.mark.parametrize("url", ["http://[::1", "http://example.com:99999/", "https://example.com:port/"])
async def test_a_malformed_url_is_refused_not_crashed_on(url: str) -> None:
    with pytest.raises(FetchRefusedError, match="not a valid URL"):
        await AddressGuard(resolver=stub_resolver({})).check(url)


async def test_without_resolving_a_name_is_left_to_the_connection_but_literals_are_checked() -> None:
    resolver = stub_resolver({"localhost": ["127.0.0.1"]})
    guard = AddressGuard(resolver=resolver)

    assert await guard.check("http://localhost:8000/", resolve=False) == []
    with pytest.raises(FetchRefusedError, match="loopback address"):
        await guard.check("http://127.0.0.1:8000/", resolve=False)
    with pytest.raises(FetchRefusedError, match="only http and https"):
        await guard.check("file:///etc/passwd", resolve=False)
    assert resolver.asked == []  # type: ignore[attr-defined]


async def test_a_name_resolving_to_loopback_is_refused_and_named() -> None:
    guard = AddressGuard(resolver=stub_resolver({"localhost": ["127.0.0.1", "::1"]}))

    with pytest.raises(FetchRefusedError) as refused:
        await guard.check("http://localhost:8000/")

    assert str(refused.value) == (
        "refused to fetch http://localhost:8000/: localhost resolves to 127.0.0.1, a loopback address; "
        "add the host to FETCH_ALLOWED_HOSTS if you mean it"
    )


async def test_one_private_record_among_public_ones_refuses_the_name() -> None:
    guard = AddressGuard(resolver=stub_resolver({"mixed.example": [PUBLIC, "10.1.2.3"]}))

    with pytest.raises(FetchRefusedError, match=r"mixed\.example resolves to 10\.1\.2\.3, a private address"):
        await guard.check("https://mixed.example/about")


async def test_a_public_name_passes_with_all_its_addresses() -> None:
    guard = AddressGuard(resolver=stub_resolver({"acme.example": [PUBLIC, "2606:4700:4700::1111"]}))

    assert [str(a) for a in await guard.check("https://ACME.example./careers")] == [PUBLIC, "2606:4700:4700::1111"]


async def test_a_name_that_does_not_resolve_is_an_os_error_not_a_refusal() -> None:
    with pytest.raises(OSError):
        await AddressGuard(resolver=stub_resolver({})).check("https://nowhere.example/")


async def test_refusals_show_no_credentials_query_or_fragment() -> None:
    with pytest.raises(FetchRefusedError) as refused:
        await AddressGuard(resolver=stub_resolver({})).check("http://me:hunter2@10.0.0.1/x?key=s3cret#frag")

    assert "hunter2" not in str(refused.value) and "s3cret" not in str(refused.value)
    assert "http://10.0.0.1/x" in str(refused.value)


async def test_the_allow_list_admits_host_names_addresses_and_networks() -> None:
    resolver = stub_resolver({"intranet.corp": ["10.0.0.7"], "localhost": ["127.0.0.1"], "nas.lan": ["192.168.1.5"]})
    guard = AddressGuard(["intranet.corp", "127.0.0.0/8", "[::1]", "192.168.1.5"], resolver=resolver)

    for url in (
        "http://intranet.corp/jobs",
        "http://localhost:8000/",
        "http://127.0.0.2/",
        "http://[::1]:9000/",
        "http://[::ffff:127.0.0.1]/",
        "http://nas.lan/",
    ):
        await guard.check(url)
    with pytest.raises(FetchRefusedError, match="192.168.1.6"):
        await guard.check("http://192.168.1.6/")
    with pytest.raises(FetchRefusedError, match="metadata"):
        await guard.check("http://169.254.169.254/")


@pytest.mark.parametrize("entry", ["http://intranet.corp", "intranet.corp:8080", "*", "10.0.0.0/33", "a b"])
def test_a_malformed_allow_list_entry_is_a_config_error_naming_it(entry: str) -> None:
    with pytest.raises(ConfigError, match="FETCH_ALLOWED_HOSTS"):
        AddressGuard(["example.org", entry])


async def test_connection_addresses_are_checked_by_host_and_port() -> None:
    guard = AddressGuard(resolver=stub_resolver({"rebound.example": ["127.0.0.1"]}))

    with pytest.raises(FetchRefusedError, match="refused to connect to rebound.example:443: rebound.example resolves"):
        await guard.addresses("rebound.example", 443)


async def test_browser_requests_for_page_data_pass_and_others_are_checked() -> None:
    guard = AddressGuard(resolver=stub_resolver({"cdn.example": [PUBLIC]}))

    assert await guard.permits_browser_request("data:image/png;base64,AAAA")
    assert await guard.permits_browser_request("blob:https://cdn.example/1234")
    assert await guard.permits_browser_request("https://cdn.example/app.js")
    assert await guard.permits_browser_request("wss://cdn.example/socket")
    assert not await guard.permits_browser_request("ws://127.0.0.1:6379/")
    assert not await guard.permits_browser_request("http://169.254.169.254/")
    assert not await guard.permits_browser_request("file:///etc/passwd")
    assert not await guard.permits_browser_request("https://unresolvable.example/")

"""The polite client behind the address guard, against loopback servers: hops checked, connections pinned.

"Attacker" addresses are listeners on other loopback addresses (127.0.0.2) that count connections; names resolve
through stub resolvers; nothing leaves the machine.
"""

from __future__ import annotations

import socket
from ipaddress import ip_address

import pytest

from careerpilot.domain.errors import FetchRefusedError
from careerpilot.tools.addresses import AddressGuard, IPAddress
from careerpilot.tools.http import HttpError, HttpPolicy, PoliteClient
from tests.support.board_server import BoardServer, Canned
from tests.support.listener import CountingListener

POLICY = HttpPolicy(timeout_s=5, max_retries=0, per_host_rate=1000.0)


def answers(*rounds: list[str]):
    """Return a resolver giving each round's addresses in turn, then the last round forever."""
    calls: list[str] = []

    async def resolve(host: str, port: int) -> list[IPAddress]:
        calls.append(host)
        return [ip_address(a) for a in rounds[min(len(calls), len(rounds)) - 1]]

    return resolve


@pytest.fixture
def site():
    with BoardServer() as server:
        server.route("/ok", {"ok": True})
        yield server


async def test_without_an_allow_list_a_loopback_server_is_never_contacted(site):
    async with PoliteClient(POLICY, guard=AddressGuard()) as http:
        with pytest.raises(FetchRefusedError, match="loopback address"):
            await http.get(f"{site.url}/ok", crawl=True)

    assert site.requests == []  # not even robots.txt


async def test_the_allow_list_lets_a_test_server_through(site):
    async with PoliteClient(POLICY, guard=AddressGuard(["127.0.0.1"])) as http:
        response = await http.get(f"{site.url}/ok")

    assert response.json() == {"ok": True}


@pytest.mark.parametrize("target", ["http://127.0.0.2:{port}/inside", "http://169.254.169.254/latest/meta-data/"])
async def test_a_redirect_from_an_allowed_host_to_a_private_address_is_refused(site, target):
    with CountingListener("127.0.0.2") as inside:
        site.route("/go", Canned(302, "", {"Location": target.format(port=inside.port)}))
        async with PoliteClient(POLICY, guard=AddressGuard(["127.0.0.1"])) as http:
            with pytest.raises(FetchRefusedError, match="refused to fetch http://(127.0.0.2|169.254.169.254)"):
                await http.get(f"{site.url}/go")

    assert len(site.hits("/go")) == 1
    assert inside.connections == []


async def test_the_connection_goes_to_the_address_that_was_checked():
    # 'localhost' is 127.0.0.1 to the system; the guard's resolver says 127.0.0.2, where the real server is.
    with BoardServer(host="127.0.0.2") as server:
        port = int(server.url.rsplit(":", 1)[1])
        server.route("/ok", {"ok": True})
        guard = AddressGuard(["127.0.0.0/8"], resolver=answers(["127.0.0.2"]))
        with CountingListener("127.0.0.1", port) as system_answer:
            async with PoliteClient(POLICY, guard=guard) as http:
                response = await http.get(f"http://localhost:{port}/ok")

    assert response.json() == {"ok": True}
    assert server.hits("/ok")[0].headers["host"] == f"localhost:{port}"
    assert system_answer.connections == []


async def test_a_name_that_rebinds_to_loopback_is_refused_on_its_next_connection():
    # The first connection's lookup answers 127.0.0.2 (admitted); the next lookup answers 127.0.0.1 (not).
    with BoardServer(host="127.0.0.2") as server:
        port = int(server.url.rsplit(":", 1)[1])
        server.route("/ok", {"ok": True})
        guard = AddressGuard(["127.0.0.2"], resolver=answers(["127.0.0.2"], ["127.0.0.1"]))
        with CountingListener("127.0.0.1", port) as target:
            async with PoliteClient(POLICY, guard=guard) as http:
                assert (await http.get(f"http://localhost:{port}/ok")).json() == {"ok": True}
            async with PoliteClient(POLICY, guard=guard) as http:  # a new pool: a new connection, a new lookup
                with pytest.raises(
                    FetchRefusedError, match=rf"refused to connect to localhost:{port}: localhost resolves"
                ):
                    await http.get(f"http://localhost:{port}/ok")

    assert target.connections == []


async def test_a_name_is_looked_up_once_per_connection_not_once_per_request(site):
    lookups: list[str] = []

    async def loopback(host: str, port: int) -> list[IPAddress]:
        lookups.append(host)
        return [ip_address("127.0.0.1")]

    port = int(site.url.rsplit(":", 1)[1])
    async with PoliteClient(POLICY, guard=AddressGuard(["127.0.0.1"], resolver=loopback)) as http:
        for _ in range(3):
            await http.get(f"http://localhost:{port}/ok")

    assert lookups == ["localhost"]  # one keep-alive connection, one checked answer


@pytest.mark.parametrize("url", ["http://10.0.0.1/", "http://intranet.example/jobs"])
async def test_behind_a_proxy_every_hop_is_still_checked_before_the_proxy_hears_of_it(url):
    with CountingListener("127.0.0.1") as proxy:
        policy = HttpPolicy(timeout_s=5, max_retries=0, proxies=(proxy.url,))
        guard = AddressGuard(resolver=answers(["10.0.0.5"]))  # the proxy would resolve names itself
        async with PoliteClient(policy, guard=guard) as http:
            with pytest.raises(FetchRefusedError, match=f"refused to fetch {url}: .*private address"):
                await http.get(url)

    assert proxy.connections == []


async def test_a_name_that_does_not_resolve_fails_like_a_dead_host():
    async def nowhere(host: str, port: int) -> list[IPAddress]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    async with PoliteClient(POLICY, guard=AddressGuard(resolver=nowhere)) as http:
        with pytest.raises(HttpError, match="cannot resolve nowhere.example") as failed:
            await http.get("https://nowhere.example/")

    assert not isinstance(failed.value, FetchRefusedError)

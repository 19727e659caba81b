"""Server-side request forgery: whatever address a member gives `/nk-add` (or a feed lists), the
bot never connects to this machine, the private network or the cloud's metadata service, whether
the address is a name, a number in any notation, or the target of a redirect."""

from __future__ import annotations

import ipaddress
import json
import re
import socket

import pytest

from bot.ingest.addresses import refusal
from bot.ingest.fetch import FetchError, Limits, check_url, fetch, is_web_address, open_session

GUARDED = Limits(timeout_seconds=2.0)  # production's default: loopback refused too


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.255.0.9", "::1", "0.0.0.0", "::", "10.0.0.1", "172.16.5.4", "192.168.1.1",
    "100.64.0.1", "169.254.169.254", "fe80::1", "fe80::1%2", "fc00::1", "224.0.0.251", "ff02::1",
    "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:7f00:1::",
    "::127.0.0.1", "198.18.0.1", "192.0.0.1",
])
def test_every_kind_of_non_public_address_is_refused(address):
    assert refusal(address) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.4.4", "2606:4700:4700::1111", "::ffff:93.184.216.34"])
def test_public_addresses_are_allowed(address):
    assert refusal(address) is None


def test_allowing_loopback_allows_this_machine_only():
    assert refusal("127.0.0.1", allow_loopback=True) is None and refusal("::1", allow_loopback=True) is None
    assert refusal("::ffff:127.0.0.1", allow_loopback=True) is None
    for other in ("10.0.0.1", "169.254.169.254", "0.0.0.0", "192.168.0.1"):
        assert refusal(other, allow_loopback=True) is not None


def numeric_forms_of_loopback() -> list[str]:
    """Spellings of 127.0.0.1 that this machine's resolver accepts (they differ between libcs)."""
    forms = []
    for host in ("2130706433", "0x7f000001", "127.1", "0177.0.0.1", "0x7f.0.0.1", "localhost"):
        try:
            address = socket.getaddrinfo(host, 80, type=socket.SOCK_STREAM)[0][4][0]
        except OSError:
            continue
        if ipaddress.ip_address(address).is_loopback:
            forms.append(host)
    return forms


@pytest.mark.parametrize("host", ["127.0.0.1", "[::1]", "0.0.0.0", "[::ffff:127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]",
                                  *numeric_forms_of_loopback()])
async def test_this_machine_is_never_fetched_by_any_name_or_number(site, host):
    port = site.url.rsplit(":", 1)[1]
    async with open_session(GUARDED) as session:
        with pytest.raises(FetchError) as caught:
            await fetch(session, f"http://{host}:{port}/news/ministers-dispute-convoy", limits=GUARDED)
    # refused where the connection would be opened, or not taken as an address at all (yarl: "127.1")
    assert re.match(r"refused: .* is an? (loopback|unspecified) address|not a valid web address", str(caught.value))
    assert "Connection refused" not in str(caught.value)  # no hint of which ports are open
    assert sum(site.hits.values()) == 0  # the server on this machine never saw a request


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://10.1.2.3:8080/admin",
                                    "http://[fd00::1]/", "http://0xa9fea9fe/"])
async def test_a_redirect_to_a_private_address_is_refused_at_that_hop(site, target):
    limits = Limits(timeout_seconds=2.0, allow_loopback=True)  # the first hop is the test site, on this machine
    async with open_session(limits) as session:
        with pytest.raises(FetchError, match=r"^refused: .* is an? (link-local|private|loopback) address"):
            await fetch(session, site.page(f"/redirect?to={target}"), limits=limits)
    assert site.hits["/redirect"] == 1


async def test_fetching_needs_the_guarded_session():
    import aiohttp

    async with aiohttp.ClientSession() as plain:
        with pytest.raises(TypeError, match="open_session"):
            await fetch(plain, "http://example.com/")


@pytest.mark.parametrize("url", ["http://user:secret@example.com/a", "https://token@example.com/b"])
def test_an_address_with_credentials_is_refused_without_echoing_them(url):
    with pytest.raises(FetchError) as caught:
        check_url(url)
    assert "secret" not in str(caught.value) and "token" not in str(caught.value)


def test_a_web_address_in_capitals_is_still_a_web_address():
    assert is_web_address("HTTP://Example.com/a") and is_web_address("Https://example.com/")
    assert not is_web_address("reports/http-notes.txt") and not is_web_address("C:\\files\\a.txt")
    assert check_url("HTTP://Example.com/a") == "HTTP://Example.com/a"


async def test_nk_add_refuses_this_machine_in_one_line_and_changes_nothing(start_db_bot, site):
    bot = await start_db_bot(fetch_allow_loopback=False)  # as deployed
    version = bot.runtime.holder.index.version
    await bot.command("/nk-add", site.page("/news/ministers-dispute-convoy"), response="r1")
    await bot.fake.wait_for(lambda: any(r.method == "response/r1" for r in bot.fake.responses), 10)
    message = next(r.body for r in bot.fake.responses if r.method == "response/r1")
    assert "refused: 127.0.0.1 is a loopback address" in message["text"]
    assert "Nothing was changed" in message["text"] and sum(site.hits.values()) == 0
    assert bot.runtime.holder.index.version == version
    assert "Mara Quell" not in json.dumps(message["blocks"])

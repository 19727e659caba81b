"""Which network addresses the bot may fetch from: public ones only.

Anyone in the workspace can make the bot fetch a URL (`/nk-add`, a feed's items), and what is
fetched is stored and shown back. Without this guard that is a way into the network the bot runs
in: its own ports on 127.0.0.1, the cloud's metadata service at 169.254.169.254, the office's
private ranges. Checking the URL's host name is not enough (a public name can resolve to a private
address, a redirect can point anywhere, and `0x7f000001`, `2130706433` and `[::ffff:127.0.0.1]`
are all loopback), so the check is made where the connection is opened, on the address the socket
is about to connect to: aiohttp hands every resolved address, of every redirect hop, to the
connector's `socket_factory` (`guarded_socket`), which refuses what is not public.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
from collections.abc import Callable
from typing import Any

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


class RefusedAddress(ConnectionRefusedError):
    """The address is not a public one; the message names its kind, never the address itself
    (which would tell an attacker what a name inside the network resolves to)."""

    def __init__(self, kind: str) -> None:
        super().__init__(errno.EACCES, f"refused: {kind}")
        self.kind = kind


def embedded(ip: IPAddress) -> list[IPAddress]:
    """The address and every IPv4 address it carries (IPv4-mapped, NAT64, 6to4, Teredo, the old
    IPv4-compatible form): an IPv6 address can reach an IPv4 host through each of them."""
    found: list[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            found.append(ip.ipv4_mapped)
        if ip.sixtofour:
            found.append(ip.sixtofour)
        if ip.teredo:
            found.extend(ip.teredo)
        if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


LOOPBACK = "a loopback address (this machine)"


def kind_of(ip: IPAddress) -> str | None:
    """None for a public address; else what it is, in a few words for the person who asked (the
    address carried inside first: `::ffff:127.0.0.1` is loopback, not merely not global)."""
    for address in reversed(embedded(ip)):
        if address.is_loopback:
            return LOOPBACK
        if address.is_unspecified:
            return "an unspecified address (this machine)"
        if address.is_link_local:
            return "a link-local address (such as a cloud metadata service)"
        if address.is_multicast:
            return "a multicast address"
        if not address.is_global:
            return "a private address"
    return None


def refusal(host: str, allow_loopback: bool = False) -> str | None:
    """Why `host` (an address, as a socket gets it) may not be fetched from; None if it may."""
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])  # an IPv6 scope ("fe80::1%eth0") is not part of it
    except ValueError:
        return "an address that is not an IP address"
    kind = kind_of(ip)
    return None if allow_loopback and kind == LOOPBACK else kind


def guarded_socket(allow_loopback: bool = False) -> Callable[[Any], socket.socket]:
    """A socket factory for `aiohttp.TCPConnector(socket_factory=...)` that refuses to connect to
    anything but a public address (and loopback, where `allow_loopback` says so: tests, a laptop)."""

    def make(addr_info: Any) -> socket.socket:
        family, type_, proto, _, sockaddr = addr_info
        if (kind := refusal(str(sockaddr[0]), allow_loopback)) is not None:
            raise RefusedAddress(kind)
        return socket.socket(family=family, type=type_, proto=proto)

    return make

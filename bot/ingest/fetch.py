"""Fetching a page or a feed over HTTP, with every limit a hostile or broken server needs.

One async client (aiohttp, already the bot's HTTP stack), made by `open_session` and by nothing
else: it connects to public addresses only (`addresses.py`, checked on the address each
connection is opened to, every redirect hop included); a total timeout, a cap on redirects, a
body limit enforced while reading (a missing or lying Content-Length cannot exhaust memory), and a
content-type check before the body is read. Every failure is a `FetchError` whose message is one
line a person can act on ("HTTP 404 Not Found", "not a web page (image/png)", "refused: a private
address").
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp

from bot.errors import UserError
from bot.ingest.addresses import guarded_socket

USER_AGENT = "nkbot/0.1 (+briefing bot; reads the articles people add)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/pdf")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")
MAX_URL = 2000


class FetchError(UserError):
    """The page could not be had; the message says why in one line."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 for a conditional request with nothing new
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Limits:
    timeout_seconds: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_loopback: bool = False  # FETCH_ALLOW_LOOPBACK: tests and a laptop's local server; never in production


class GuardedConnector(aiohttp.TCPConnector):
    """A connector whose sockets connect to public addresses only (`guarded_socket`)."""

    def __init__(self, allow_loopback: bool = False) -> None:
        super().__init__(socket_factory=guarded_socket(allow_loopback))
        self.allow_loopback = allow_loopback


def open_session(limits: Limits = Limits()) -> aiohttp.ClientSession:
    """The one way to make the session `fetch` uses: proxies from the environment are not trusted
    (`trust_env` stays off), so the guard sees the address really connected to."""
    return aiohttp.ClientSession(connector=GuardedConnector(limits.allow_loopback))


def is_web_address(text: str) -> bool:
    """Whether `text` is meant as a web address rather than a file's path (`HTTP://` too)."""
    return urlsplit(text.strip().strip("<>")).scheme in ("http", "https")


def check_url(url: str) -> str:
    """The URL as given, if it is one the bot may fetch; a `FetchError` otherwise."""
    url = url.strip().strip("<>")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not a web address: {url[:80]!r} (it must start with http:// or https://)")
    if len(url) > MAX_URL:
        raise FetchError(f"the address is {len(url):,} characters long; at most {MAX_URL:,} are read")
    if parts.username is not None or parts.password is not None:  # never stored, never echoed
        raise FetchError("the address carries a user name or password; only public pages are added, "
                         "give the address without them")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise FetchError("not a web address: its port is not a number") from None
    return url


async def fetch(session: aiohttp.ClientSession, url: str, accept: tuple[str, ...] = PAGE_TYPES,
                limits: Limits = Limits(), etag: str | None = None, last_modified: str | None = None) -> Fetched:
    url = check_url(url)
    if not isinstance(session.connector, GuardedConnector):
        raise TypeError("fetch() needs a session made by open_session(): it is what keeps fetching off private addresses")
    headers = {"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with session.get(url, headers=headers, max_redirects=limits.max_redirects,
                               timeout=aiohttp.ClientTimeout(total=limits.timeout_seconds)) as response:
            if response.status == 304:
                return Fetched(str(response.url), 304, "", None, b"", etag, last_modified)
            if response.status != 200:
                raise FetchError(f"HTTP {response.status} {response.reason or ''}".rstrip() + f" from {_host(url)}")
            ctype = response.content_type.lower()
            if not ctype.startswith(accept) and not _xml_alike(ctype, accept):
                raise FetchError(f"not {'a feed' if accept is FEED_TYPES else 'a web page, text or PDF'} "
                                 f"({ctype or 'no content type'}) at {_host(url)}")
            if response.content_length is not None and response.content_length > limits.max_bytes:
                raise FetchError(_too_large(response.content_length, limits.max_bytes, url))
            body = await _read_capped(response, limits.max_bytes, url)
            return Fetched(str(response.url), 200, ctype, response.charset, body,
                           response.headers.get("ETag"), response.headers.get("Last-Modified"))
    except FetchError:
        raise
    except aiohttp.TooManyRedirects:
        raise FetchError(f"more than {limits.max_redirects} redirects from {_host(url)}") from None
    except (asyncio.TimeoutError, TimeoutError):
        raise FetchError(f"{_host(url)} did not answer within {limits.timeout_seconds:g} s") from None
    except aiohttp.InvalidURL:  # "127.1", "0177.0.0.1": numbers yarl will not take as an address
        raise FetchError(f"not a valid web address: {_host(url)[:80]!r}") from None
    except aiohttp.ClientConnectorError as exc:
        if "refused: " in str(exc.os_error):  # the guard (several addresses: the first one's words)
            kind = getattr(exc.os_error, "kind", "not a public address")
            raise FetchError(f"refused: {exc.host} is {kind}; only public web addresses are fetched") from None
        raise FetchError(f"cannot connect to {_host(url)} ({exc.os_error.strerror or exc})") from None
    except aiohttp.ClientError as exc:
        raise FetchError(f"could not fetch from {_host(url)} ({type(exc).__name__})") from None


def _xml_alike(ctype: str, accept: tuple[str, ...]) -> bool:
    return accept is FEED_TYPES and ctype.endswith("+xml")


async def _read_capped(response: aiohttp.ClientResponse, max_bytes: int, url: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(size, max_bytes, url, at_least=True))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(size: int, limit: int, url: str, at_least: bool = False) -> str:
    return f"too large: {'over ' if at_least else ''}{size:,} bytes at {_host(url)} (the limit is {limit:,})"


def _host(url: str) -> str:
    return urlsplit(url).netloc or url[:60]

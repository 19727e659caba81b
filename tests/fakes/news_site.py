"""A local news site for the ingestion tests: articles written for them (with navigation, footers
and "most read" boxes around the story), an Atom and an RSS feed that honour conditional requests,
and the pages that go wrong in real life: 404, slow, huge, binary, not an article, malformed.

Every request is counted by path, so a test can check that an item was fetched once."""

from __future__ import annotations

import asyncio
from collections import Counter
from email.utils import format_datetime
from datetime import UTC, datetime

from aiohttp import web

from tests.fakes.pdf import encrypted, make_pdf

from bot.serve import start_http

FURNITURE_NAV = "Home World Politics Sport Weather Subscribe Sign in"
FURNITURE_MOST_READ = "Most read: Heatwave closes schools; Local team wins cup; Recipe of the week"
FURNITURE_FOOTER = "Copyright 2025 The Valley Courier. All rights reserved. Privacy policy. Contact us."

# Our own story, in two parts: nothing here comes from a real article.
STORIES = {
    "ministers-dispute-convoy": {
        "title": "Minister says the convoy has turned back",
        "date": "2025-03-04",
        "author": "Dana Whitlock",
        "paragraphs": [
            "The defence minister of Lowland, Mara Quell, said on Monday that the armoured convoy had turned "
            "back from the northern border after four days of manoeuvres.",
            "“Not a single vehicle remains on the ridge,” Quell told reporters in the capital, adding that "
            "observers from neighbouring countries would be invited to inspect the area next week.",
            "The opposition spokesman, Tobias Wren, rejected the account. “We counted at least 300 trucks "
            "near the river this morning,” he said in a statement.",
            "Analysts at the Fenwick Institute said the dispute was likely to continue until independent "
            "observers reached the border region, which could take several weeks.",
        ],
    },
    "harbour-envoy-warns": {
        "title": "Envoy warns of new deployment at the harbour",
        "date": "2025-03-06",
        "author": "Ilse Brandt",
        "paragraphs": [
            "The Highland envoy to the regional council, Petra Osk, warned on Wednesday that about 1,200 "
            "marines had been moved to the eastern harbour in the past month.",
            "“This is not an exercise, whatever the ministry says,” Osk told the council, calling for an "
            "emergency session before the end of the week.",
            "A spokesperson for the Lowland foreign ministry denied that any marines had been moved, saying "
            "the ships in the harbour were carrying grain for the winter.",
        ],
    },
}

WIRE = {  # one wire story, published by two sites under their own headlines, bylines and footers
    "title": "Council delays the border vote",
    "paragraphs": [
        "The regional council postponed its vote on the border agreement until next month, its chairman, "
        "Henrik Vale, said on Thursday, citing the need for more consultations with the member states.",
        "“We will not be rushed into a decision of this importance,” Vale told a news conference, adding "
        "that three delegations had asked for more time to study the text.",
        "Diplomats said the delay could push the final agreement into the autumn, when a new council "
        "presidency takes over, and several governments have already signalled their reservations.",
    ],
}


def article_html(slug: str, story: dict, site: str = "The Valley Courier", footer: str = FURNITURE_FOOTER,
                 canonical: str | None = None) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in story["paragraphs"])
    canonical_link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{story['title']} | {site}</title>
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{story['title']}">
<meta name="author" content="{story.get('author', '')}">
<meta property="article:published_time" content="{story.get('date', '2025-03-07')}T09:00:00Z">{canonical_link}
</head><body><header><nav>{' '.join(f'<a href="/{w.lower()}">{w}</a>' for w in FURNITURE_NAV.split())}</nav></header>
<main><article><h1>{story['title']}</h1><p class="byline">By {story.get('author', 'Staff')}</p>{paragraphs}</article>
<aside><h2>Most read</h2><ul>{''.join(f'<li><a href="/x{n}">{t}</a></li>' for n, t in enumerate(FURNITURE_MOST_READ.split(': ')[1].split('; ')))}</ul></aside></main>
<footer><p>{footer}</p></footer></body></html>"""


# A think-tank report published as a PDF (our own text): three pages with a running header.
REPORT = {
    "title": "Harbour Watch: quarterly assessment",
    "author": "Fenwick Institute",
    "created": "20250311",
    "header": "Fenwick Institute - Harbour Watch quarterly assessment",
    "pages": [
        ["The Fenwick Institute assessed on Monday that the number of marines stationed at the eastern harbour "
         "had roughly doubled since January, reaching about 2,400 by the end of February.",
         "Its senior analyst, Jonas Ekberg, said that the rotation schedule pointed to a permanent presence "
         "rather than an exercise, and that new barracks were visible on commercial imagery."],
        ["The Lowland defence ministry denied that any permanent base was being built, according to a "
         "statement published on its website on Tuesday afternoon.",
         "“What some call barracks are storage sheds for the grain harvest,” the ministry's spokeswoman, "
         "Alma Reuter, told reporters in the capital."],
        ["Independent observers from the regional council have asked for access to the harbour area, but "
         "no date for a visit has been agreed so far, the council secretariat said."],
    ],
}


class NewsSite:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.stories = {slug: dict(story) for slug, story in STORIES.items()}  # a test may add or remove some
        self.feed_items: list[str] = list(STORIES)  # slugs (or whole URLs) listed in the feeds, newest last
        self.files: dict[str, tuple[bytes, str]] = {}  # what a test publishes under /files/
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def __aenter__(self) -> NewsSite:
        app = web.Application()
        app.middlewares.append(self._count)
        app.add_routes([
            web.get("/news/{slug}", self._article),
            web.get("/wire/council-vote", self._wire_a),
            web.get("/partner/council-vote", self._wire_b),
            web.get("/plain/story.txt", self._plain),
            web.get("/text/{slug}", self._text),
            web.get("/feeds/atom.xml", self._atom),
            web.get("/feeds/rss.xml", self._rss),
            web.get("/slow", self._slow),
            web.get("/huge", self._huge),
            web.get("/image.png", self._image),
            web.get("/binary", self._binary),
            web.get("/front", self._front),
            web.get("/malformed", self._malformed),
            web.get("/moved", self._moved),
            web.get("/reports/{name}", self._report),
            web.get("/loop", self._loop),
            web.get("/redirect", self._redirect),
            web.get("/files/{name}", self._file),
        ])
        self.runner, port = await start_http(app, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.runner is not None
        await self.runner.cleanup()

    @web.middleware
    async def _count(self, request: web.Request, handler):  # noqa: ANN001
        self.hits[request.path] += 1
        return await handler(request)

    def page(self, path: str) -> str:
        return self.url + path

    def publish(self, name: str, body: bytes, content_type: str) -> str:
        """Serve `body` at /files/`name` (a document a test builds); its URL."""
        self.files[name] = (body, content_type)
        return self.page(f"/files/{name}")

    async def _file(self, request: web.Request) -> web.Response:
        if (found := self.files.get(request.match_info["name"])) is None:
            raise web.HTTPNotFound(text="no such file")
        return web.Response(body=found[0], content_type=found[1])

    async def _article(self, request: web.Request) -> web.Response:
        slug = request.match_info["slug"]
        if slug not in self.stories:
            raise web.HTTPNotFound(text="no such article")
        story = self.stories[slug]  # a story may claim another canonical address and site name
        return web.Response(text=article_html(slug, story, site=story.get("site", "The Valley Courier"),
                                              canonical=story.get("canonical", self.page(f"/news/{slug}"))),
                            content_type="text/html")

    async def _text(self, request: web.Request) -> web.Response:
        """A story as plain text: kept as written, invisible characters and all (trafilatura drops
        them from HTML, a text file or a PDF keeps them)."""
        slug = request.match_info["slug"]
        if slug not in self.stories:
            raise web.HTTPNotFound(text="no such article")
        story = self.stories[slug]
        return web.Response(text="\n".join([story["title"], *story["paragraphs"]]), content_type="text/plain")

    async def _wire_a(self, request: web.Request) -> web.Response:
        return web.Response(text=article_html("a", {**WIRE, "author": "Wire staff"}), content_type="text/html")

    async def _wire_b(self, request: web.Request) -> web.Response:
        story = {**WIRE, "title": "Vote on border pact put off", "author": "Agency report"}
        return web.Response(text=article_html("b", story, site="Partner Daily",
                                              footer="Partner Daily carries agency copy. Terms of use."),
                            content_type="text/html")

    async def _report(self, request: web.Request) -> web.Response:
        """The report as a PDF; `locked.pdf` is it encrypted, `scan.pdf` a PDF of no text, `broken.pdf` not one."""
        name = request.match_info["name"]
        pdf = make_pdf(REPORT["pages"], title=REPORT["title"], author=REPORT["author"], created=REPORT["created"],
                       header=REPORT["header"])
        if name == "locked.pdf":
            pdf = encrypted(pdf, "secret")
        elif name == "scan.pdf":
            pdf = make_pdf([[], []])
        elif name == "broken.pdf":
            pdf = b"%PDF-1.4\n" + bytes(range(256)) * 8
        elif name != "harbour-watch.pdf":
            raise web.HTTPNotFound(text="no such report")
        return web.Response(body=pdf, content_type="application/pdf")

    async def _plain(self, request: web.Request) -> web.Response:
        story = STORIES["harbour-envoy-warns"]
        return web.Response(text="\n".join([story["title"], *story["paragraphs"]]), content_type="text/plain")

    def _conditional(self, request: web.Request, etag: str) -> web.Response | None:
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return None

    async def _atom(self, request: web.Request) -> web.Response:
        etag = f'"atom-{len(self.feed_items)}"'
        if not_modified := self._conditional(request, etag):
            return not_modified
        entries = "".join(f"""<entry><id>tag:valley,2025:{slug}</id><title>{slug}</title>
<link href="{slug if '://' in slug else self.page('/news/' + slug)}"/><updated>2025-03-07T09:00:00Z</updated></entry>"""
                          for slug in self.feed_items)
        body = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>The Valley Courier</title><id>tag:valley,2025:feed</id><updated>2025-03-07T09:00:00Z</updated>{entries}</feed>"""
        return web.Response(text=body, content_type="application/atom+xml", headers={"ETag": etag})

    async def _rss(self, request: web.Request) -> web.Response:
        modified = format_datetime(datetime(2025, 3, 7, 9, 0, len(self.feed_items), tzinfo=UTC), usegmt=True)
        if request.headers.get("If-Modified-Since") == modified:
            return web.Response(status=304)
        items = "".join(f"""<item><title>{slug}</title><link>{self.page('/news/' + slug)}</link>
<guid>{self.page('/news/' + slug)}</guid></item>""" for slug in self.feed_items)
        body = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>The Valley Courier</title>
<link>{self.url}</link><description>News</description>{items}</channel></rss>"""
        return web.Response(text=body, content_type="application/rss+xml", headers={"Last-Modified": modified})

    async def _moved(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/news/ministers-dispute-convoy")

    async def _redirect(self, request: web.Request) -> web.Response:
        """An open redirect, as many real sites have one: wherever `?to=` says."""
        raise web.HTTPFound(request.query["to"])

    async def _loop(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop")

    async def _slow(self, request: web.Request) -> web.Response:
        await asyncio.sleep(4)  # longer than the tests' fetch timeout
        return web.Response(text="late", content_type="text/html")

    async def _huge(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/html"})  # no Content-Length: streamed
        await response.prepare(request)
        chunk = ("<p>" + "words " * 2000 + "</p>").encode()
        try:
            for _ in range(2000):  # ~24 MB if nobody stops reading
                await response.write(chunk)
        except (ConnectionError, RuntimeError):  # the reader gave up: that is the point
            pass
        return response

    async def _image(self, request: web.Request) -> web.Response:
        return web.Response(body=b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, content_type="image/png")

    async def _binary(self, request: web.Request) -> web.Response:
        return web.Response(body=b"<html>\x00\x01\x02" + bytes(range(256)) * 8, content_type="text/html")

    async def _front(self, request: web.Request) -> web.Response:
        links = "".join(f'<li><a href="/news/{s}">{v["title"]}</a></li>' for s, v in STORIES.items())
        return web.Response(text=f"<html><body><nav>{FURNITURE_NAV}</nav><ul>{links}</ul>"
                                 f"<footer>{FURNITURE_FOOTER}</footer></body></html>", content_type="text/html")

    async def _malformed(self, request: web.Request) -> web.Response:
        return web.Response(text="<html><body><div><p>Unclosed <b>tags <i>and <<<>>> broken &&& entities"
                                 "</div></span></p>", content_type="text/html")

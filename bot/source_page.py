"""The bot's own page for a document without a public URL: its text, every claim highlighted.

Served in HTTP mode at `/sources/<doc_id>`, and only where replies link to it (`PUBLIC_BASE_URL`
set); a Slack link `…/sources/<doc_id>#claim-<id>` lands on the exact passage (the anchor) and CSS
`:target` highlights it. Offsets come from the index, so the highlighted characters are exactly the
evidence the bot quoted.

Only documents without a web address of their own are served (the seeds, files added with `nkbot
add`): replies link a web page's passage on its own site, so serving its text here would only make
the bot a public copy of whatever any member had it fetch.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.index.model import Claim
from bot.index.holder import IndexHolder
from bot.render import Renderer


def segments(text: str, claims: tuple[Claim, ...]) -> list[dict[str, Any]]:
    """Split `text` into plain runs and claim runs; overlapping claims get an anchor only."""
    out: list[dict[str, Any]] = []
    cursor = 0
    for claim in claims:
        if not (0 <= claim.start < claim.end <= len(text)):
            continue
        if claim.start < cursor:  # overlaps the previous highlight: anchor where we are
            out.append({"text": "", "anchor": claim.id, "claim": None})
            continue
        if claim.start > cursor:
            out.append({"text": text[cursor:claim.start], "anchor": "", "claim": None})
        out.append({"text": text[claim.start:claim.end], "anchor": "",
                    "claim": {"id": claim.id, "speaker": claim.speaker, "stance": claim.stance}})
        cursor = claim.end
    if cursor < len(text):
        out.append({"text": text[cursor:], "anchor": "", "claim": None})
    return out


def routes(holder: IndexHolder, renderer: Renderer) -> list[web.RouteDef]:
    async def source(request: web.Request) -> web.Response:
        query = holder.query
        doc_id = request.match_info["doc_id"]
        text = query.index.texts.get(doc_id)
        if text is None:
            raise web.HTTPNotFound(text=f"no document {doc_id!r} in this index")
        src = query.index.sources.get(doc_id)
        if src is not None and src.url:
            raise web.HTTPNotFound(text=f"{doc_id!r} is read on its own site: {src.url}")
        html = renderer.html("source.html.j2", doc_id=doc_id, source=src,
                             segments=segments(text, query.in_document(doc_id)))
        return web.Response(text=html, content_type="text/html")

    return [web.get("/sources/{doc_id}", source)]

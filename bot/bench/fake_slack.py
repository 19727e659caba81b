"""A local stand-in for Slack's Web API and `response_url`s, served over real HTTP on loopback.

slack_sdk clients point at it with `base_url=fake.api_url`. Every call is recorded (method, form
or JSON body, headers) so tests can assert exactly what was sent. Failures are scripted per
method: `fake.fail("chat.postMessage", status=429, headers={"Retry-After": "1"})`, or
`fake.fail("chat.postMessage", error="channel_not_found")`, or `delay=` for timeouts. Posted
messages are kept per channel and returned by `conversations.history` with their metadata, as
Slack does, so delivery code can look for a message it may already have posted. A file goes up
as `files_upload_v2` sends it: `files.getUploadURLExternal` hands out an address on this server,
the bytes are posted there (recorded as method "upload", scriptable like a method), and
`files.completeUploadExternal` shares them in a channel; `uploaded()` lists the files shared.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass
class Scripted:
    status: int = 200
    error: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    body: dict[str, Any] | None = None


class FakeSlack:
    BOT_USER_ID = "UBOT00001"
    TEAM_ID = "T0000TEST"

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.responses: list[Call] = []  # posts to response_url
        self.history: dict[str, list[dict[str, Any]]] = {}
        self._scripts: dict[str, list[Scripted]] = {}
        self._ts = itertools.count(1)
        self._file_ids = itertools.count(1)
        self.upload_bytes: dict[str, bytes] = {}  # file id -> the bytes posted to its upload address
        self._shared: list[dict[str, Any]] = []
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- test API -------------------------------------------------------------------------------
    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    def fail(self, method: str, *, status: int = 200, error: str | None = None, headers: dict[str, str] | None = None,
             delay: float = 0.0, times: int = 1, body: dict[str, Any] | None = None) -> None:
        """Make the next `times` calls of `method` fail (or stall) as described."""
        self._scripts.setdefault(method, []).extend(
            Scripted(status, error, headers or {}, delay, body) for _ in range(times))

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def posted_messages(self) -> list[dict[str, Any]]:
        """Every message that reached Slack: chat.postMessage bodies and response_url posts."""
        return [c.body for c in self.calls_to("chat.postMessage")] + [c.body for c in self.responses]

    def uploaded(self) -> list[dict[str, Any]]:
        """Every file `files.completeUploadExternal` shared (not those it refused as scripted): id,
        title, channel, thread, comment and the bytes uploaded."""
        return [{**f, "bytes": self.upload_bytes.get(str(f["id"]))} for f in self._shared]

    async def wait_for(self, predicate, timeout: float = 5.0) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while not predicate():
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError("timed out waiting for the fake Slack API")
            await asyncio.sleep(0.01)

    # -- server ---------------------------------------------------------------------------------
    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{name}", self._response)
        app.router.add_post("/upload/{file_id}", self._upload)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeSlack:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @staticmethod
    async def _body(request: web.Request) -> dict[str, Any]:
        if request.method == "GET":
            return dict(request.query)
        raw = await request.text()
        if request.content_type == "application/json":
            return json.loads(raw or "{}")
        # slack_sdk sends some methods' arguments in the query string (files.getUploadURLExternal)
        body: dict[str, Any] = {**request.query, **dict(parse_qsl(raw, keep_blank_values=True))}
        for key in ("blocks", "view", "metadata", "attachments", "files"):
            if isinstance(body.get(key), str):
                try:
                    body[key] = json.loads(body[key])
                except json.JSONDecodeError:
                    pass
        return body

    async def _response(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        self.responses.append(Call(f"response/{request.match_info['name']}", body, dict(request.headers)))
        return web.Response(text="ok")

    async def _upload(self, request: web.Request) -> web.Response:
        """A file's bytes, posted to the address `files.getUploadURLExternal` gave."""
        data = await request.read()
        file_id = request.match_info["file_id"]
        self.calls.append(Call("upload", {"file_id": file_id, "length": len(data)}, dict(request.headers)))
        scripts = self._scripts.get("upload")
        if scripts:
            s = scripts.pop(0)
            if s.delay:
                await asyncio.sleep(s.delay)
            if s.status != 200:
                return web.Response(status=s.status, text="upload failed")
        self.upload_bytes[file_id] = data
        return web.Response(text=f"OK - {len(data)}")

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        body = await self._body(request)
        self.calls.append(Call(method, body, dict(request.headers)))
        scripts = self._scripts.get(method)
        if scripts:
            s = scripts.pop(0)
            if s.delay:
                await asyncio.sleep(s.delay)
            if s.status != 200:
                return web.json_response(s.body or {"ok": False, "error": "fake_http_error"}, status=s.status,
                                         headers=s.headers)
            if s.error:
                return web.json_response({"ok": False, "error": s.error}, headers=s.headers)
            if s.body is not None:
                return web.json_response(s.body, headers=s.headers)
        return web.json_response(self._ok(method, body))

    def _ok(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "user_id": self.BOT_USER_ID, "team_id": self.TEAM_ID, "bot_id": "B0000TEST",
                    "url": "https://example.invalid/", "team": "Test", "user": "nkbot"}
        if method == "chat.postMessage":
            ts = f"{1700000000 + next(self._ts)}.000100"
            message = {"ts": ts, "text": body.get("text", ""), "blocks": body.get("blocks"),
                       "metadata": body.get("metadata"), "user": self.BOT_USER_ID}
            self.history.setdefault(str(body.get("channel")), []).insert(0, message)
            return {"ok": True, "channel": body.get("channel"), "ts": ts, "message": message}
        if method == "conversations.history":
            messages = self.history.get(str(body.get("channel")), [])
            return {"ok": True, "messages": messages, "has_more": False}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._file_ids):08d}"
            return {"ok": True, "file_id": file_id, "upload_url": f"http://127.0.0.1:{self.port}/upload/{file_id}"}
        if method == "files.completeUploadExternal":
            files = body.get("files") if isinstance(body.get("files"), list) else []
            self._shared.extend({"id": f.get("id"), "title": f.get("title"), "channel": body.get("channel_id"),
                                 "thread_ts": body.get("thread_ts"), "initial_comment": body.get("initial_comment")}
                                for f in files)
            return {"ok": True, "files": [{"id": f.get("id"), "title": f.get("title"),
                                           "channels": [body.get("channel_id")]} for f in files]}
        if method == "users.info":
            return {"ok": True, "user": {"id": body.get("user"), "tz": "Europe/Kyiv", "tz_offset": 7200}}
        return {"ok": True}

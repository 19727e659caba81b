"""Log lines as one JSON object each (for log shippers) or as text (for a terminal), never a secret.

Every line carries `request_id` (None outside a Slack request). Redaction is a filter on the
handler, not on loggers: handler filters see records propagated from every library (slack_sdk
logs request details at DEBUG), logger filters only their own. It removes the configured
secret values, anything shaped like a Slack token, passwords in URLs and response_urls (a
capability to post into a channel) from the message, its arguments, string extras and the
exception text, before any formatter runs.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from bot.observability.context import request_id

REDACTED = "[redacted]"
TOKEN_SHAPES = re.compile(r"\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+")
URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]+:)[^@\s]+@", re.IGNORECASE)
# libpq and SQLAlchemy also take the password as a query parameter (DATABASE_URL=...?password=...)
QUERY_PASSWORD = re.compile(r"([?&;](?:password|passwd|pwd|sslpassword)=)[^&\s'\"]+", re.IGNORECASE)
# A response_url is a capability: whoever holds it can post into the channel. Slack's own shape,
# any value given for a response_url key (JSON, form, repr; plain or percent-encoded), and every
# URL in the lines of the clients that post to one (slack_sdk's webhook client, bolt's respond).
REPLY_URL = re.compile(r"https?(?::|%3A)(?:/|%2F){2}hooks\.slack\.com(?:/|%2F)\S+", re.IGNORECASE)
REPLY_URL_VALUE = re.compile(r"""(response_url["']?\s*(?:[:=]|%3D)\s*["']?)[^"'&\s,}]+""", re.IGNORECASE)
ANY_URL = re.compile(r"https?(?::|%3A)(?:/|%2F){2}[^\s\"',}]+", re.IGNORECASE)
REPLY_LOGGERS = ("slack_sdk.webhook", "slack_bolt.context.respond")
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "request_id"}


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def redact(self, text: str, replies: bool = False) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        text = QUERY_PASSWORD.sub(rf"\1{REDACTED}", URL_PASSWORD.sub(rf"\1{REDACTED}@", text))
        text = REPLY_URL_VALUE.sub(rf"\1{REDACTED}", REPLY_URL.sub(REDACTED, text))
        if replies:
            text = ANY_URL.sub(REDACTED, text)
        return TOKEN_SHAPES.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        replies = record.name.startswith(REPLY_LOGGERS)
        record.msg, record.args = self.redact(record.getMessage(), replies), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        record.exc_info = None  # formatters would render it again, unredacted
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        for key, value in list(vars(record).items()):
            if key not in _STANDARD and isinstance(value, str):
                setattr(record, key, self.redact(value))
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """time, level, logger, message, request_id, then any `extra=` fields, then `exception`."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname, "logger": record.name, "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None)}
        line.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_text:
            line["exception"] = record.exc_text
        if record.stack_info:
            line["stack"] = record.stack_info
        return json.dumps(line, ensure_ascii=False, default=str)


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"
# a line break in a message (a title, a URL or a command someone typed) must not start a forged line
_LINE_BREAKS = str.maketrans({**{chr(c): f"\\x{c:02x}" for c in range(32) if c != 9}, "\n": "\\n", "\r": "\\r",
                              "\x85": "\\x85", "\u2028": "\\u2028", "\u2029": "\\u2029"})


class TextFormatter(logging.Formatter):
    """One record, one line: control characters in the message are written as escapes (a traceback
    still follows on the lines after it, as Python writes it)."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        record.message = record.message.translate(_LINE_BREAKS)
        return super().formatMessage(record)


def choose_format(setting: str, stream: Any = None) -> str:
    """'json' or 'text'; 'auto' means text on a terminal, JSON anywhere else (services, containers)."""
    if setting in ("json", "text"):
        return setting
    stream = stream or sys.stderr
    return "text" if getattr(stream, "isatty", lambda: False)() else "json"


def make_handler(fmt: str, secrets: Iterable[str], stream: Any = None) -> logging.Handler:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(RedactSecrets(secrets))
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter(TEXT_FORMAT))
    return handler


def configure_logging(level: str, fmt: str, secrets: Iterable[str]) -> logging.Handler:
    """Replace the root handlers with one redacting handler; returns it (tests read its stream)."""
    handler = make_handler(choose_format(fmt), secrets)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    sys.excepthook = _log_uncaught  # a crash is one JSON line too, and redacted like the rest
    return handler


def _log_uncaught(kind: type[BaseException], value: BaseException, tb: Any) -> None:
    logging.getLogger("bot").critical("uncaught %s: the process stops", kind.__name__, exc_info=(kind, value, tb))


def setup_logging(settings: Any) -> logging.Handler:
    """From `Settings`: its level and format, and its three Slack secrets to redact."""
    secrets = [s.get_secret_value() for s in (settings.slack_bot_token, settings.slack_app_token,
                                              settings.slack_signing_secret) if s is not None]
    return configure_logging(settings.log_level, settings.log_format, [*secrets, *database_password(settings)])


def database_password(settings: Any) -> list[str]:
    """DATABASE_URL's password, wherever the URL carries it (a driver's error may quote it back)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(settings.database_url)
    except (ArgumentError, ValueError):
        return []
    found = [url.password, *(url.query.get(key) for key in ("password", "passwd", "pwd", "sslpassword"))]
    return [p for value in found if value for p in ([value] if isinstance(value, str) else value)]

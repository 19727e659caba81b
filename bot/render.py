"""Words the bot's answers: Jinja2 templates in `briefings/templates/` -> validated Block Kit.

Each `*.json.j2` template renders one complete JSON document. Values enter JSON only through
`|slack` (escapes `&`, `<`, `>`, the only entities Slack decodes, so `<!channel>` typed by a user
can never ping anyone) followed by `|tojson`. `StrictUndefined` makes a missing variable an
error rather than an empty string; HTML autoescape stays off because Slack would show `&#39;`.
The HTML source page has its own autoescaping environment.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, select_autoescape

from bot.blockkit import MessageInvalid, validate_home, validate_message, validate_modal


def slack_escape(value: object) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_cut(value: object, limit: int) -> str:
    """Escape, then fit `limit` characters (Slack counts the escaped text) without splitting an entity."""
    text = slack_escape(value)
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "…"


def button_value(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


class Renderer:
    def __init__(self, templates_dir: Path) -> None:
        loader = FileSystemLoader(str(templates_dir))
        # auto_reload off: templates are part of the release, and checking their files on disk at
        # every render was a fifth of the CPU an answer took under load
        self._json = Environment(loader=loader, undefined=StrictUndefined, autoescape=False,
                                 trim_blocks=True, lstrip_blocks=True, auto_reload=False)
        self._json.filters["slack"] = slack_escape
        self._json.filters["slack_cut"] = slack_cut
        self._json.filters["button_value"] = button_value
        self._html = Environment(loader=loader, undefined=StrictUndefined, auto_reload=False,
                                 autoescape=select_autoescape(["html", "html.j2"]))

    def document(self, name: str, **context: Any) -> dict[str, Any]:
        """Render a JSON template to a dict, unvalidated (callers pick the validation)."""
        try:
            raw = self._json.get_template(name).render(**context)
        except TemplateError as exc:
            raise MessageInvalid(f"{name}: {type(exc).__name__}: {exc}") from exc
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise MessageInvalid(f"{name}: rendered invalid JSON ({exc})") from None

    def message(self, name: str, **context: Any) -> dict[str, Any]:
        return validate_message(self.document(name, **context))

    def home(self, name: str, **context: Any) -> dict[str, Any]:
        return validate_home(self.document(name, **context))

    def modal(self, name: str, **context: Any) -> dict[str, Any]:
        return validate_modal(self.document(name, **context))

    def html(self, name: str, **context: Any) -> str:
        return self._html.get_template(name).render(**context)

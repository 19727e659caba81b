"""Words the bot's answers: Jinja2 templates in `briefings/templates/` -> validated Block Kit.

Each `*.json.j2` template renders one complete JSON document. Values enter JSON only through
`|slack` (escapes `&`, `<`, `>`, the only entities Slack decodes, so `<!channel>` typed by a user
can never ping anyone) followed by `|tojson`. `StrictUndefined` makes a missing variable an
error rather than an empty string; HTML autoescape stays off because Slack would show `&#39;`.
The HTML source page has its own autoescaping environment.

`|slack` is also where a document's text enters a message, so it drops the bidi controls and
zero-width characters an article may carry to reorder what a reader sees (spoofing); the stored
text keeps them, so evidence stays a verbatim substring of it. `|fit(n)` is `|slack` for one line
of a document's metadata (title, outlet, author, a speaker's name): cut to `n` characters as Slack
counts them, at a word boundary, with an ellipsis, so no title can push a message over a limit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, select_autoescape
from markupsafe import Markup

from bot.blockkit import MessageInvalid, validate_home, validate_message, validate_modal

# Bidi embeddings, overrides and isolates, zero-width spaces and joiners, marks, the word joiner
# and the byte-order mark: invisible, and able to make a line read in another order than it is stored.
INVISIBLE = dict.fromkeys([*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A),
                           0x2060, 0xFEFF, 0x061C])


def visible(value: object) -> str:
    return str(value).translate(INVISIBLE)


def _visible_html(value: object) -> object:
    """The source page's `finalize`: every value it shows, without the invisible controls; markup
    already made safe stays safe (removing characters from it cannot make it unsafe)."""
    return Markup(value.translate(INVISIBLE)) if isinstance(value, Markup) else visible(value)


def slack_escape(value: object) -> str:
    return visible(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(value: object, limit: int) -> str:
    """One line, escaped, at most `limit` characters as Slack counts them.

    Cut at the last space when there is one in the second half of the room (Jinja's `truncate`
    goes back to the last space however early it is, and counts the text before escaping), else
    within the word; never inside an entity such as `&amp;`."""
    text = slack_escape(" ".join(str(value).split()))
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + "…"


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
        self._json.filters["fit"] = fit
        self._json.filters["button_value"] = button_value
        self._html = Environment(loader=loader, undefined=StrictUndefined, auto_reload=False,
                                 autoescape=select_autoescape(["html", "html.j2"]), finalize=_visible_html)

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

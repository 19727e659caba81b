"""The bot's catalogue from `briefings/topics.yaml`: its commands and topics, as typed data.

Commands live in data so that adding a topic command needs no code, and so that the help
message and the Slack app manifest are generated from the same list and cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from bot.index.documents import load_yaml
from bot.index.words import terms
from bot.errors import InputFileError

CommandKind = Literal["topic", "speaker", "search", "timeline", "help", "subscribe", "unsubscribe", "subscriptions",
                      "brief", "add", "watch", "unwatch"]
ANSWER_KINDS = ("topic", "speaker", "search", "timeline", "help")  # answered from the index by `bot.answer`
BRIEFING_KINDS = ("subscribe", "unsubscribe", "subscriptions", "brief")  # daily briefings, `bot.listeners.briefings`
ALERT_KINDS = ("watch", "unwatch")  # a channel's alerts, `bot.listeners.watches`
INGEST_KINDS = ("add",)  # adding an article: `bot.listeners.ingest` (the answer core shows what it added)
_KINDS = ANSWER_KINDS + BRIEFING_KINDS + INGEST_KINDS + ALERT_KINDS


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    terms: tuple[str, ...]

    def narrowing(self, text: str) -> str:
        """The words of a filter that narrow the topic: those of its title or key say nothing more
        ("how many troops?" in the troops topic is the whole topic, not a filter to echo)."""
        own = set(terms(f"{self.title} {self.key}", keep_stopwords=True))
        words = text.split()
        kept = [w for w in words if not (t := terms(w, keep_stopwords=True)) or not set(t) <= own]
        return " ".join(kept) if any(terms(w) for w in kept) else ""


@dataclass(frozen=True)
class Command:
    command: str  # "/nk-troops"
    kind: CommandKind
    description: str
    usage_hint: str = ""
    topic: str = ""
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    app: dict[str, str]
    commands: tuple[Command, ...]
    topics: dict[str, Topic]
    dm_examples: tuple[str, ...] = ()
    home_topic: str = ""
    path: Path = field(default=Path("topics.yaml"))

    def command(self, name: str) -> Command | None:
        return next((c for c in self.commands if c.command == name), None)

    def first(self, kind: CommandKind) -> Command | None:
        return next((c for c in self.commands if c.kind == kind), None)


def load_catalogue(path: Path) -> Catalogue:
    """Read and check topics.yaml; every problem names the file."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise InputFileError(path, "expected a mapping with `commands` and `topics`")
    topics = {str(k): _topic(path, str(k), v) for k, v in (data.get("topics") or {}).items()}
    commands = tuple(_command(path, i, c, topics) for i, c in enumerate(data.get("commands") or [], 1))
    if not commands:
        raise InputFileError(path, "no commands declared")
    names = [c.command for c in commands]
    if len(set(names)) != len(names):
        raise InputFileError(path, "a command is declared twice")
    home = str(data.get("home_topic") or "")
    if home and home not in topics:
        raise InputFileError(path, f"home_topic {home!r} is not a declared topic")
    return Catalogue(app={str(k): str(v) for k, v in (data.get("app") or {}).items()}, commands=commands,
                     topics=topics, dm_examples=tuple(str(e) for e in data.get("dm_examples") or ()),
                     home_topic=home, path=path)


def _topic(path: Path, key: str, raw: Any) -> Topic:
    if not isinstance(raw, dict) or not raw.get("terms"):
        raise InputFileError(path, f"topic {key!r} needs a list of terms")
    return Topic(key, str(raw.get("title") or key), tuple(str(t) for t in raw["terms"]))


def _command(path: Path, i: int, raw: Any, topics: dict[str, Topic]) -> Command:
    if not isinstance(raw, dict) or not str(raw.get("command", "")).startswith("/"):
        raise InputFileError(path, f"command {i}: needs `command: /name`")
    kind = raw.get("kind")
    if kind not in _KINDS:
        raise InputFileError(path, f"command {raw['command']}: kind must be one of {list(_KINDS)}")
    topic = str(raw.get("topic") or "")
    if kind == "topic" and topic not in topics:
        raise InputFileError(path, f"command {raw['command']}: topic {topic!r} is not declared under `topics`")
    return Command(command=str(raw["command"]), kind=kind, description=str(raw.get("description") or ""),
                   usage_hint=str(raw.get("usage_hint") or ""), topic=topic,
                   examples=tuple(str(e) for e in raw.get("examples") or ()))

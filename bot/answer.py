"""The one place a question becomes a message: `Answerer.answer(Ask) -> Answer`.

Slack listeners, `nkbot ask` and the terminal console all call this, so what a user sees in
Slack is exactly what a developer sees locally. It is pure apart from reading the index: no
Slack I/O, so it is tested without a network and a listener is only ack -> answer -> respond.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, TypeVar, get_args

from bot.blockkit import MessageTooLarge, validate_message
from bot.briefing.composer import Composer
from bot.chart.series import ChartData, chart_data
from bot.index.model import Claim, Source
from bot.index.quantities import when
from bot.index.query import ClaimQuery, QuantityView, SpeakerAnswer, confirms
from bot.index.reports import merge_reports
from bot.errors import UserError
from bot.index.holder import IndexHolder
from bot.interpret import Intent, content_words, interpret
from bot.render import Renderer
from bot.topics import ANSWER_KINDS, Catalogue, Command
from bot.review.queue import Item
from bot.views import claim_view, context_view, full_date, quantity_view, short_date, speaker_view

T = TypeVar("T")
Surface = Literal["ephemeral", "shared", "dm", "thread", "terminal"]
PAGE_SIZE = 8
KEY_NUMBERS = 6  # a topic briefing's key numbers, those of its newest claims first
WINDOW = 5 * PAGE_SIZE  # claims past the offset a reply reads to make its page (the rest are counted)
# Variables some templates branch on; every other variable must be passed (StrictUndefined).
_OPTIONAL: dict[str, Any] = {"speaker": None, "searched": "", "about": "", "topic_title": "", "mode": "",
                             "members": [], "figures": False, "chart_value": None}
MAX_QUERY = 300  # characters of a query kept (and carried in button values)
MAX_OFFSET = 10_000  # no index has more claims for one question
REVIEW_SHOWN = 8  # review items on an editor's App Home
MERGE_WAIT_SECONDS = 2.0  # a document added by this process a moment ago is waited for, not reported missing
# Control characters, lone surrogates (JSON can carry them; UTF-8 cannot) and bidi overrides that would
# reorder the rest of the bot's line: never part of a question, so never echoed.
_COMMAND = re.compile(r"/[a-z0-9_-]{1,31}")  # what a button the bot wrote can name as its command
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
BAD_BUTTON = "That button could not be read (it may come from an older version of the bot). Please ask again."


@dataclass(frozen=True)
class Ask:
    command: str = ""  # "/who-said"; "" for a DM or mention (free text)
    text: str = ""
    offset: int = 0
    surface: Surface = "ephemeral"
    speaker_id: str = ""  # set when a candidate button chose the speaker

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", " ".join(_UNPRINTABLE.sub(" ", self.text).split())[:MAX_QUERY])

    def state(self) -> dict[str, Any]:
        """Compact form carried in a button's value, enough to answer the same question again."""
        return {k: v for k, v in (("c", self.command), ("t", self.text), ("o", self.offset),
                                  ("s", self.surface), ("sid", self.speaker_id)) if v}

    @classmethod
    def from_state(cls, state: Any) -> Ask:
        """Read a button's value back; anything the bot could not have written is a `UserError`."""
        if not isinstance(state, dict):
            raise UserError(BAD_BUTTON)
        fields = {"c": state.get("c", ""), "t": state.get("t", ""), "sid": state.get("sid", "")}
        offset, surface = state.get("o", 0), state.get("s", "ephemeral")
        if (not all(isinstance(v, str) for v in fields.values()) or type(offset) is not int
                or (fields["c"] and not _COMMAND.fullmatch(fields["c"]))
                or not 0 <= offset <= MAX_OFFSET or surface not in get_args(Surface)):
            raise UserError(BAD_BUTTON)
        return cls(command=fields["c"], text=fields["t"], offset=offset, surface=surface, speaker_id=fields["sid"])


@dataclass(frozen=True)
class Answer:
    message: dict[str, Any]  # {"text": ..., "blocks": [...]}
    claims: tuple[Claim, ...]  # the claims shown in this message, those behind its key numbers included
    query: dict[str, Any]  # what was asked and how it was understood
    key_numbers: tuple[dict[str, Any], ...] = ()  # each key number shown: quantity, value, bounds, who, claim


@dataclass(frozen=True)
class Chart:
    """`/nk-troops chart`: the picture and what goes with it."""

    png: bytes  # b"": nothing to chart, and `message` says so
    message: dict[str, Any]  # what it shows and each source's latest figure, in words (the upload's comment)
    title: str = ""
    alt: str = ""  # the image's alt text
    filename: str = "key-numbers.png"


CHART_WORD = "chart"  # `/nk-troops chart [filter]`
CHART_SOURCES = 8  # sources whose latest figure a chart's text names per quantity


class Answerer:
    def __init__(self, holder: IndexHolder, renderer: Renderer, catalogue: Catalogue, public_base_url: str = "",
                 kept: int = 256):
        self.holder = holder
        self.renderer = renderer
        self.catalogue = catalogue
        self.public_base_url = public_base_url
        self._kept: OrderedDict[tuple[str, Ask], Answer] = OrderedDict()
        self._keep = kept  # ANSWERS_KEPT
        self._kept_lock = threading.Lock()

    def answer(self, ask: Ask) -> Answer:
        """A slash command's answer depends on nothing but the question and the index in service
        (whose version changes with every document added and every decision taken), and the
        same few are asked all day (`/nk-troops` every morning, by everyone): the newest
        `kept` (ANSWERS_KEPT) are kept for the version in service. A plain question is answered afresh
        ("what changed today?" depends on the day)."""
        q = self.holder.query  # one index for the whole answer, even if a reload happens meanwhile
        if not ask.command or not self._keep:
            return self._answer(q, ask)
        key = (q.index.version, ask)
        with self._kept_lock:
            if (kept := self._kept.get(key)) is not None:
                self._kept.move_to_end(key)
                return kept
        answer = self._answer(q, ask)
        with self._kept_lock:
            self._kept[key] = answer
            while len(self._kept) > self._keep:
                self._kept.popitem(last=False)
        return answer

    def wants_chart(self, ask: Ask) -> bool:
        """Whether `ask` is a topic command asking for its chart (`/nk-troops chart [filter]`)."""
        command = self.catalogue.command(ask.command) if ask.command else None
        return bool(command and command.kind == "topic" and ask.text.split(" ", 1)[0].lower() == CHART_WORD)

    def chart(self, ask: Ask) -> Chart:
        """A topic's key numbers as a PNG, each source's figures over time, with the same in words.
        matplotlib is loaded with the first chart drawn, not with the bot."""
        from bot.chart.draw import png

        data, words = self._chart(self.holder.query, ask)
        if data.empty:
            return Chart(b"", self.notice(_nothing_to_chart(words), ask).message)
        document = self.renderer.document("chart.json.j2", **words, hint="")
        slug = re.sub(r"[^a-z0-9]+", "-", f"{ask.command} {ask.text}".lower()).strip("-")[:60]
        return Chart(png(data), validate_message(document["message"]), document["title"], document["alt"],
                     f"{slug or 'key-numbers'}.png")

    def _chart(self, q: ClaimQuery, ask: Ask) -> tuple[ChartData, dict[str, Any]]:
        """The chart of the key numbers `ask`'s topic briefing shows, and the words for it."""
        command = self.catalogue.command(ask.command)
        assert command is not None and command.kind == "topic", ask
        topic = self.catalogue.topics[command.topic]
        rest = ask.text.split(" ", 1)[1] if " " in ask.text else ""
        briefing = q.topic(command.topic, topic.narrowing(rest))
        title = f"{topic.title}{f' ({briefing.filter})' if briefing.filter else ''}: figures by source over time"
        data = chart_data(title, briefing.quantities[:KEY_NUMBERS], q.index.version, q.index.built_at)
        panels = [{"label": p.label, "contested": p.contested, "undated": p.undated,
                   "more": max(0, len(p.series) - CHART_SOURCES),
                   "latest": [{"who": s.who, "date": short_date(s.latest.day.isoformat()),
                               "figures": [pt.figure for pt in s.points if pt.day == s.latest.day]}
                              for s in p.series[:CHART_SOURCES]]} for p in data.panels]
        return data, {"title": topic.title, "filter": briefing.filter, "panels": panels,
                      "footnote": data.footnote}

    def _answer(self, q: ClaimQuery, ask: Ask) -> Answer:
        if ask.speaker_id:
            return self._speaker(q, ask, q.speaker_claims(ask.speaker_id, ask.text))
        if not ask.command:
            return self._intent(q, ask, interpret(ask.text, (c.command for c in self.catalogue.commands)))
        command = self.catalogue.command(ask.command)
        if command is None:
            return self._plain(ask, "unknown_command", {"kind": "unknown"})
        if command.kind == "add":
            return self._document(ask, command)
        if command.kind not in ANSWER_KINDS:  # daily briefings need a Slack channel and the database
            return self._plain(ask, "slack_only", {"kind": command.kind}, command=_cmd(command))
        if command.kind == "help":
            return self.help(ask)
        if command.kind == "topic":
            return self._topic(q, ask, command)
        if command.kind == "timeline":
            return self._timeline(q, ask, ask.text)
        if not ask.text:
            return self._plain(ask, "usage", {"kind": command.kind}, command=_cmd(command))
        if command.kind == "speaker":
            return self._speaker(q, ask, q.by_speaker(ask.text))
        return self._search(q, ask, "search")

    def added(self, ask: Ask, outcome: str, doc_id: str, asked_url: str = "", new_speakers: Sequence[str] = (),
              claims: Sequence[Claim] | None = None, source: Source | None = None) -> Answer:
        """What adding an article did: added, already held, or a copy of one held; then its claims
        (`claims`, `source`: as just extracted, before the served index has merged them).
        `ask` is the document's own question (`/nk-add DOC_ID`), so Show more and Share answer it."""
        q = self.holder.query
        source = source or q.index.sources.get(doc_id)
        claims = q.in_document(doc_id) if claims is None else claims
        return self._claims(q, ask, claims, {"kind": "document", "doc_id": doc_id, "outcome": outcome},
                            template="added.json.j2", outcome=outcome, asked_url=asked_url,
                            source=asdict(source) if source else {"doc_id": doc_id}, new_speakers=list(new_speakers))

    def reading(self, url: str) -> Answer:
        return self._plain(Ask(), "reading", {"kind": "reading"}, url=url)

    def help(self, ask: Ask = Ask()) -> Answer:
        return self._plain(ask, "help", {"kind": "help"})

    def error(self, ask: Ask) -> Answer:
        return self._plain(ask, "error", {"kind": "error"})

    def notice(self, line: str, ask: Ask = Ask()) -> Answer:
        """A one-line message for the person, such as a `UserError`'s text."""
        return self._plain(ask, "notice", {"kind": "notice"}, line=line)

    def context(self, claim_id: str) -> dict[str, Any] | None:
        """The "Show in context" modal of a claim; None when the index no longer holds it."""
        q, claim = self._after_merge(lambda q: q.index.claim(claim_id))
        text = q.index.texts.get(claim.doc_id) if claim else None
        if claim is None or text is None:
            return None
        return self.renderer.modal("context.json.j2", c=context_view(claim, text))

    def review_form(self, form: str, claim_id: str, version: int) -> dict[str, Any] | None:
        """The Edit or Merge modal of a claim (`form`: "edit" | "merge"); None if it is not in the index."""
        q = self.holder.query
        claim = q.index.claim(claim_id)
        if claim is None:
            return None
        return self.renderer.modal(f"review_{form}.json.j2", c=self._view(q, claim), version=version)

    def notice_modal(self, line: str, title: str = "") -> dict[str, Any]:
        return self.renderer.modal("notice_modal.json.j2", line=line, title=title)

    def home(self, user_id: str = "", subscriptions: Sequence[dict[str, Any]] | None = None,
             alerts: Sequence[dict[str, Any]] | None = None, review: Sequence[Item] | None = None,
             notice: str = "") -> dict[str, Any]:
        """The App Home view; `subscriptions` (from `bot.briefing.present`) lists the daily briefings,
        `alerts` the channels' watches ({channel_id, labels}); either None when it could not be read.
        `review`: the review queue, for an editor (None for everyone else); `notice`: a line on top."""
        q = self.holder.query
        key = self.catalogue.home_topic
        briefing = q.topic(key) if key else None
        return self.renderer.home("home.json.j2", **{
            **self._common(Ask(surface="dm")), "user_id": user_id,
            "quantities": [quantity_view(v, public_base_url=self.public_base_url) for v in briefing.quantities] if briefing else [],
            "topic_title": briefing.topic.title if briefing else "",
            "claims": [self._view(q, c) for c in (briefing.claims[:5] if briefing else ())],
            "index_version": q.index.version, "built_at": q.index.built_at,
            "subscriptions": subscriptions, "alerts": alerts, "notice": notice,
            "review": None if review is None else [
                {**self._view(q, i.claim), "version": i.version, "feedback": i.feedback} for i in review[:REVIEW_SHOWN]],
            "review_total": len(review or ())})

    # -- routes ---------------------------------------------------------------------------------
    def _intent(self, q: ClaimQuery, ask: Ask, intent: Intent) -> Answer:
        if intent.kind == "help":
            return self.help(ask)
        if intent.kind == "command":  # "who-said Austin" in a DM: answered as the command, on this surface
            return self.answer(replace(ask, command=intent.command, text=intent.text))
        if intent.kind == "speaker":
            found = q.by_speaker(intent.text)
            if found.status == "none":  # "what did the war say" -> not a name; search instead
                return self._search(q, replace(ask, text=intent.text), "search", intent)
            return self._speaker(q, ask, found, intent.about, intent.figures)
        if intent.kind == "who_said" and not q.found(intent.text):  # "who said Austen": nobody said it; a name?
            found = q.by_speaker(intent.text)
            if found.status != "none":
                return self._speaker(q, ask, found)
        if intent.kind == "denials":
            return self._denials(q, ask, intent)
        if intent.kind == "confirmations":
            return self._confirmations(q, ask, intent.text)
        if intent.kind == "stance":
            return self._stance(q, ask, intent)
        if intent.kind == "figures" and self.catalogue.home_topic:
            return self._topic_view(q, ask, self.catalogue.home_topic, intent.text)
        if intent.kind == "contested" and self.catalogue.home_topic:
            return self._contested(q, ask, self.catalogue.home_topic, intent.text)
        if intent.kind == "timeline":
            return self._timeline(q, ask, intent.text, figures=intent.figures)
        if intent.kind == "recent":  # "what changed this week?": the what-changed briefing over those days
            since = datetime.now(UTC) - timedelta(days=intent.days)
            composer = Composer(self.holder, self.renderer, self.catalogue, self.public_base_url)
            message = composer.message(since, UTC, surface="dm" if ask.surface == "dm" else "terminal", asked=True)
            return Answer(message, (), {**self._query(ask), "kind": "recent", "since": since.date().isoformat()})
        return self._search(q, replace(ask, text=intent.text or ask.text), intent.kind, intent)

    def _speaker(self, q: ClaimQuery, ask: Ask, found: SpeakerAnswer, about: str = "", figures: bool = False) -> Answer:
        """A speaker's claims (and of who speaks for it), about `about` when given; `figures`: only
        those that give figures ("what did Seoul say about troop numbers?")."""
        query = {"kind": "speaker", "name": found.query, "status": found.status,
                 "speaker_id": found.speaker.id if found.speaker else "", "about": about, "figures": figures}
        if found.status == "ambiguous":
            return self._plain(ask, "candidates", query, candidates=[speaker_view(s) for s in found.candidates])
        if found.status in ("mentioned_only", "silent"):
            return self._plain(ask, "mentioned", query, speaker=speaker_view(found.speaker), mentions=found.mentions)
        if found.status == "none":
            return self._plain(ask, "empty", query, mode="speaker", searched=ask.text,
                               suggestions=self._speaker_suggestions(q))
        claims: Sequence[Claim] = found.claims
        if figures:
            claims = [c for c in claims if c.numbers]
        if about:
            claims = q.narrow(claims, about)
        if not claims and (about or figures):
            return self._plain(ask, "empty", query, mode="speaker_about", searched=about, figures=figures,
                               speaker=speaker_view(found.speaker), suggestions=[])
        return self._claims(q, ask, claims, query, mode="speaker", speaker=speaker_view(found.speaker), about=about,
                            figures=figures, members=[m.name for m in found.members])

    def _search(self, q: ClaimQuery, ask: Ask, mode: str, intent: Intent | None = None) -> Answer:
        found = q.found(ask.text)
        if not found and intent is not None and (words := content_words(ask.text)) != ask.text:
            found = q.found(words)  # "what were the shells made of?": the words of what it is about
        query = {"kind": mode, "text": ask.text}
        if not found:
            return self._plain(ask, "empty", query, mode=mode, searched=ask.text,
                               suggestions=self._speaker_suggestions(q))
        return self._claims(q, ask, found, query, mode=mode, searched=ask.text)

    def _denials(self, q: ClaimQuery, ask: Ask, intent: Intent) -> Answer:
        speaker = q.by_speaker(intent.text).speaker if intent.text else None
        claims = q.denials(speaker.id if speaker else None)
        query = {"kind": "denials", "name": intent.text, "speaker_id": speaker.id if speaker else ""}
        sv = speaker_view(speaker) if speaker else None
        if not claims:
            return self._plain(ask, "empty", query, mode="denials", searched=intent.text, speaker=sv,
                               suggestions=self._speaker_suggestions(q))
        return self._claims(q, ask, claims, query, mode="denials", speaker=sv, searched=intent.text)

    def _confirmations(self, q: ClaimQuery, ask: Ask, about: str) -> Answer:
        """"who confirmed it?": the claims that confirm, about `about` when it says what, newest first."""
        claims = q.narrow(q.confirmations(), about) if about else q.confirmations()
        query = {"kind": "confirmations", "about": about}
        if not claims:
            return self._plain(ask, "empty", query, mode="confirmations", searched=about,
                               suggestions=self._speaker_suggestions(q))
        return self._claims(q, ask, claims, query, mode="confirmations", searched=about)

    def _timeline(self, q: ClaimQuery, ask: Ask, about: str, since: str = "", figures: bool = False) -> Answer:
        """The story in date order; `since` (an ISO date) keeps what was said from then on;
        `figures`: the story of the key numbers ("timeline of the troop estimates")."""
        home = self.catalogue.topics.get(self.catalogue.home_topic)
        found = q.estimates_timeline(home.narrowing(about) if home else about) if figures else q.timeline(
            about, (c.topic for c in self.catalogue.commands if c.topic))
        claims = found.claims[bisect_left(found.claims, since, key=when):] if since else found.claims  # oldest first
        query = {"kind": "timeline", "about": found.about, "scope": found.scope, "since": since}
        if not claims:
            latest = full_date(when(found.claims[-1])) if found.claims else ""
            return self._plain(ask, "empty", query, mode="timeline", searched=about, since=full_date(since),
                               latest=latest, suggestions=self._speaker_suggestions(q))
        return self._claims(q, ask, claims, query, template="timeline.json.j2", about=found.about,
                            scope=found.scope, speaker=speaker_view(found.speaker) if found.speaker else None,
                            undated=found.undated, since=short_date(since))

    def _document(self, ask: Ask, command: Command) -> Answer:
        """`/nk-add DOC_ID_OR_URL` answered from the index: a document it holds, with its claims. Adding
        one that is not held needs the network and the database: Slack, or `nkbot add` in a terminal."""
        if not ask.text:
            return self._plain(ask, "usage", {"kind": "add"}, command=_cmd(command))
        _q, doc_id = self._after_merge(lambda q: q.document(ask.text))
        if not doc_id:
            return self.notice(f"{ask.text[:200]} is not in the index. To add it: `{command.command} URL` in Slack, "
                               "or `nkbot add URL` in a terminal.", ask)
        return self.added(replace(ask, text=doc_id), "held", doc_id)

    def _after_merge(self, find: Callable[[ClaimQuery], T]) -> tuple[ClaimQuery, T]:
        """`find` in the index in service; when it finds nothing while this process is merging
        documents it just added (a Share or Show in context pressed at once), again after the merge."""
        q = self.holder.query
        found = find(q)
        if not found and not self.holder.settle(0):
            self.holder.settle(MERGE_WAIT_SECONDS)
            q = self.holder.query
            found = find(q)
        return q, found

    def _topic(self, q: ClaimQuery, ask: Ask, command: Command) -> Answer:
        if self.wants_chart(ask):  # in words where no picture is sent (a terminal, a DM)
            return self._chart_words(q, ask)
        return self._topic_view(q, ask, command.topic, ask.text)

    def _chart_words(self, q: ClaimQuery, ask: Ask) -> Answer:
        data, words = self._chart(q, ask)
        query = {"kind": "chart", "topic": self.catalogue.command(ask.command).topic, "filter": words["filter"]}
        if data.empty:
            return self._plain(ask, "notice", query, line=_nothing_to_chart(words))
        hint = (f"To draw it: `nkbot ask \"{ask.command} {ask.text}\" --out chart.png`" if ask.surface == "terminal"
                else f"`{ask.command} {ask.text}` in a channel posts the picture there.")
        message = validate_message(self.renderer.document("chart.json.j2", **words, hint=hint)["message"])
        return Answer(message, (), {**self._query(ask), **query})

    def _topic_view(self, q: ClaimQuery, ask: Ask, topic: str, filter_text: str) -> Answer:
        """A topic's briefing: its key numbers first (what "how many ...?" asks for), then its claims;
        a denial made twice in one sentence (two claims) listed once."""
        briefing = q.topic(topic, self.catalogue.topics[topic].narrowing(filter_text))
        query = {"kind": "topic", "topic": topic, "filter": briefing.filter}
        if not briefing.claims:
            return self._plain(ask, "empty", query, mode="topic", searched=briefing.filter,
                               topic_title=briefing.topic.title, suggestions=self._speaker_suggestions(q))
        first = ask.offset == 0
        denials, co_speakers = _one_per_sentence(briefing.denials[:PAGE_SIZE]) if first else ([], {})
        shown_denials = [r.claim for r in merge_reports(denials)][:3]
        command = next((c for c in self.catalogue.commands if c.kind == "topic" and c.topic == topic), None)
        chart = None if command is None or ask.surface == "terminal" else Ask(  # the Chart button's question
            command=command.command, text=f"{CHART_WORD} {filter_text}", surface=ask.surface).state()
        return self._claims(q, ask, briefing.claims, query, template="briefing.json.j2", chart_value=chart,
                            topic_title=briefing.topic.title, exclude=shown_denials,
                            filter=briefing.filter, key_views=briefing.quantities[:KEY_NUMBERS] if first else (),
                            denials=[{**self._view(q, c), "co_speakers": co_speakers.get(c.id, [])} for c in shown_denials],
                            total_denials=len(denials) if len(briefing.denials) <= PAGE_SIZE else len(briefing.denials),
                            extra_claims=list(shown_denials))

    def _contested(self, q: ClaimQuery, ask: Ask, topic: str, about: str) -> Answer:
        """"Which sources disagree?": the topic's key numbers whose figures disagree, then the
        claims behind those figures, newest first."""
        briefing = q.topic(topic, self.catalogue.topics[topic].narrowing(about))
        views = [v for v in briefing.quantities if v.group.contested][:KEY_NUMBERS]
        query = {"kind": "contested", "topic": topic, "filter": briefing.filter}
        behind = sorted({f.claim.id: f.claim for v in views for f in v.figures}.values(),
                        key=lambda c: when(c), reverse=True)
        if not behind:
            return self._plain(ask, "empty", query, mode="contested", searched=briefing.filter,
                               topic_title=briefing.topic.title, suggestions=self._speaker_suggestions(q))
        return self._claims(q, ask, behind, query, template="briefing.json.j2", mode="contested",
                            topic_title=briefing.topic.title, filter=briefing.filter,
                            key_views=views if ask.offset == 0 else (), denials=[], total_denials=0)

    def _stance(self, q: ClaimQuery, ask: Ask, intent: Intent) -> Answer:
        """"Has North Korea confirmed sending troops?": what that speaker (and who speaks for it)
        confirmed or denied, about the question's words when any of it is; with no such speaker,
        the confirmations about the whole question."""
        found = q.by_speaker(intent.text)
        if found.status != "found" or found.speaker is None:
            return self._confirmations(q, ask, " ".join(p for p in (intent.text, intent.about) if p))
        said = [c for c in found.claims if c.stance == "denies" or confirms(c)]
        about = q.narrow(said, intent.about) if intent.about and said else ()
        claims = about or said
        sv = speaker_view(found.speaker)
        query = {"kind": "stance", "name": intent.text, "speaker_id": found.speaker.id, "about": intent.about}
        if not claims:
            return self._plain(ask, "empty", query, mode="stance", speaker=sv, searched=intent.about,
                               mentions=len(found.claims), suggestions=[])
        return self._claims(q, ask, claims, query, mode="stance", speaker=sv, searched=intent.about if about else "",
                            members=[m.name for m in found.members])

    # -- rendering ------------------------------------------------------------------------------
    def _claims(self, q: ClaimQuery, ask: Ask, claims: Sequence[Claim], query: dict[str, Any],
                template: str = "claims.json.j2", extra_claims: Sequence[Claim] = (),
                exclude: Sequence[Claim] = (), key_views: Sequence[QuantityView] = (), **context: Any) -> Answer:
        """One screen of claims from `ask.offset`, `exclude` left out; fewer per screen when a page
        would be too large. Two claims one speaker makes in one sentence show the same evidence:
        shown once. Only the first `WINDOW` claims past the offset are read; beyond them (a topic of
        a large index) they are counted as they are, without folding repeats. `key_views`: the key
        numbers shown above the claims (fewer when the message would be too large)."""
        context["quantities"] = [quantity_view(v, public_base_url=self.public_base_url) for v in key_views]
        head = claims[: ask.offset + WINDOW] if len(claims) > ask.offset + WINDOW else claims
        dropped = {c.id for c in exclude}  # (claims of `claims`)
        said = {(c.doc_id, c.start, c.stance) for c in exclude}  # and the other claims of their sentences
        kept = [c for c in head if c.id not in dropped and (c.doc_id, c.start, c.stance) not in said]
        once, co_speakers = _one_per_sentence(kept)
        reports = merge_reports(once)  # a statement carried by several documents: once
        dropped_beyond = max(0, len(dropped) - (len(head) - len(kept)))
        total = len(reports) + (len(claims) - len(head) - dropped_beyond)
        size = PAGE_SIZE
        while True:
            shown = reports[ask.offset: ask.offset + size]
            page = [r.claim for r in shown]
            more = ask.offset + size < total
            try:
                message = self.renderer.message(template, **{
                    **self._common(ask), **context,
                    "claims": [{**self._view(q, r.claim), "reports": r.sources,
                                "co_speakers": co_speakers.get(r.claim.id, [])} for r in shown],
                    "total": total, "offset": ask.offset, "more": more,
                    "more_value": replace(ask, offset=ask.offset + len(page)).state()})
            except MessageTooLarge:
                if size > 1:
                    size = max(1, size // 2)
                elif len(context.get("quantities") or ()) > 1:  # many long key numbers: the freshest
                    context["quantities"] = context["quantities"][: len(context["quantities"]) // 2]
                else:
                    raise
                continue
            views = key_views[:len(context["quantities"])]
            behind = [f.claim for v in views for f in v.figures]
            shown_claims = tuple({c.id: c for c in (*extra_claims, *behind, *page)}.values())
            return Answer(message, shown_claims, {**self._query(ask), **query},
                          tuple(f.record(v.group.key) for v in views for f in v.figures))

    def _plain(self, ask: Ask, name: str, query: dict[str, Any], **context: Any) -> Answer:
        message = self.renderer.message(f"{name}.json.j2", **{**self._common(ask), **context})
        return Answer(message, (), {**self._query(ask), **query})

    def _common(self, ask: Ask) -> dict[str, Any]:
        return {"ask": asdict(ask), "surface": ask.surface, "share_value": ask.state(), **_OPTIONAL,
                "commands": [_cmd(c) for c in self.catalogue.commands],
                "dm_examples": list(self.catalogue.dm_examples), "app": self.catalogue.app}

    def _view(self, q: ClaimQuery, claim: Claim) -> dict[str, Any]:
        return claim_view(claim, q, self.public_base_url)

    @staticmethod
    def _query(ask: Ask) -> dict[str, Any]:
        return {"command": ask.command, "text": ask.text, "offset": ask.offset}

    @staticmethod
    def _speaker_suggestions(q: ClaimQuery) -> list[str]:
        return [s.name for s in q.top_speakers()]


def _nothing_to_chart(words: dict[str, Any]) -> str:
    return f"No figures to chart for {words['title']}" + (f" on “{words['filter']}”." if words["filter"] else ".")


def _one_per_sentence(claims: Sequence[Claim]) -> tuple[list[Claim], dict[str, list[str]]]:
    """One line per sentence and stance: a sentence yielding two claims of one speaker, or the same
    stance of several ("Russia and North Korea denied it"), shows its evidence once, the others'
    names beside the first (claim id -> the other speakers, in the order met)."""
    first: dict[tuple[str, int, str], Claim] = {}
    others: dict[str, list[str]] = {}
    out = []
    for c in claims:
        key = (c.doc_id, c.start, c.stance)
        if key not in first:
            first[key] = c
            out.append(c)
        elif c.speaker_id != first[key].speaker_id and c.speaker not in (names := others.setdefault(first[key].id, [])):
            names.append(c.speaker)
    return out, others


def _cmd(c: Command) -> dict[str, Any]:
    return {"command": c.command, "kind": c.kind, "description": c.description, "usage_hint": c.usage_hint,
            "examples": list(c.examples)}

"""Decisions and feedback in SQL: every decision logged with author, time and note; a claim's
standing decision changed only by whoever names its current version (so of two editors deciding
at once, one decision stands and the other is told); feedback counted once per person and kind.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.index.curate import FIELDS, STANCES, Decision
from bot.index.model import Speaker
from bot.review.tables import decisions, feedback, log, speakers

FEEDBACK_KINDS = ("wrong_speaker", "not_a_claim", "wrong_stance", "duplicate", "other")


@dataclass(frozen=True)
class Recorded:
    """A decision as stored: what was decided, by whom, when, and the version it made."""

    decision: Decision
    author: str
    decided_at: dt.datetime
    version: int = 0


class Conflict(Exception):
    """Someone decided this claim first; `current` is what stands."""

    def __init__(self, current: Recorded | None = None) -> None:
        super().__init__(current.decision.claim_id if current else "")
        self.current = current


@dataclass(frozen=True)
class Feedback:
    claim_id: str
    counts: dict[str, int] = field(default_factory=dict)  # kind -> people who said so
    latest: dt.datetime | None = None


class ReviewStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- decisions --------------------------------------------------------------------------------
    def decide(self, decision: Decision, author: str, seen_version: int, now: dt.datetime | None = None) -> Recorded:
        """Record `decision` if the claim's standing decision is still the one of `seen_version`
        (0: none yet); `Conflict` with the decision that stands otherwise."""
        check(decision)
        now = now or dt.datetime.now(dt.UTC)
        row = {"action": decision.action, "speaker": decision.speaker, "stance": decision.stance,
               "tags": json.dumps(list(decision.tags)), "duplicates": json.dumps(list(decision.duplicates)),
               "note": decision.note, "author": author[:128], "decided_at": now}
        try:
            with self.engine.begin() as conn:
                if seen_version == 0:
                    conn.execute(insert(decisions).values(claim_id=decision.claim_id, version=1, **row))
                elif conn.execute(update(decisions).where(decisions.c.claim_id == decision.claim_id,
                                                          decisions.c.version == seen_version)
                                  .values(version=seen_version + 1, **row)).rowcount != 1:
                    raise Conflict(None)
                conn.execute(insert(log).values(claim_id=decision.claim_id, **row))
        except (IntegrityError, Conflict):
            raise Conflict(self.standing(decision.claim_id)) from None
        return Recorded(decision, author, now, seen_version + 1)

    def standing(self, claim_id: str) -> Recorded | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(decisions).where(decisions.c.claim_id == claim_id)).first()
        return _recorded(row) if row else None

    def all_standing(self) -> list[Recorded]:
        with self.engine.connect() as conn:
            return [_recorded(r) for r in conn.execute(select(decisions).order_by(decisions.c.claim_id))]

    def history(self) -> list[Recorded]:
        """Every decision ever taken, oldest first: the audit log."""
        with self.engine.connect() as conn:
            return [_recorded(r) for r in conn.execute(select(log).order_by(log.c.id))]

    def latest_change(self) -> int:
        """Changes with every decision: what replicas poll. The number of logged decisions, not the
        newest id: ids are handed out at insert, so a decision committed late may carry a lower id
        than one already seen; the count still moves when it lands."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(log)).scalar_one())

    # -- speakers editors create ------------------------------------------------------------------
    def add_speaker(self, speaker: Speaker, author: str, now: dt.datetime | None = None) -> None:
        """Record (or update) a speaker created in the Edit modal, with its aliases and affiliation."""
        row = {"name": speaker.name, "aliases": json.dumps(list(speaker.aliases)), "affiliation": speaker.affiliation,
               "created_by": author[:128], "created_at": now or dt.datetime.now(dt.UTC)}
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(speakers).values(id=speaker.id, **row))
        except IntegrityError:
            with self.engine.begin() as conn:
                conn.execute(update(speakers).where(speakers.c.id == speaker.id)
                             .values(aliases=row["aliases"], affiliation=row["affiliation"]))

    def speakers(self) -> list[Speaker]:
        with self.engine.connect() as conn:
            return [Speaker(id=r.id, name=r.name, aliases=tuple(json.loads(r.aliases)), affiliation=r.affiliation,
                            generated=True) for r in conn.execute(select(speakers).order_by(speakers.c.id))]

    # -- feedback ---------------------------------------------------------------------------------
    def give_feedback(self, claim_id: str, kind: str, user_id: str, now: dt.datetime | None = None) -> bool:
        """True when it is this person's first such feedback on the claim (a repeat counts once)."""
        if kind not in FEEDBACK_KINDS:
            raise ValueError(f"unknown feedback kind {kind!r}")
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(feedback).values(claim_id=claim_id, kind=kind, user_id=user_id[:32],
                                                     at=now or dt.datetime.now(dt.UTC)))
        except IntegrityError:
            return False
        return True

    def feedback(self) -> dict[str, Feedback]:
        """claim id -> its feedback, counted by kind."""
        counts: dict[str, Counter[str]] = {}
        latest: dict[str, dt.datetime] = {}
        with self.engine.connect() as conn:
            for r in conn.execute(select(feedback.c.claim_id, feedback.c.kind, feedback.c.at)):
                counts.setdefault(r.claim_id, Counter())[r.kind] += 1
                latest[r.claim_id] = max(latest.get(r.claim_id, r.at), r.at)
        return {cid: Feedback(cid, dict(c), latest[cid]) for cid, c in counts.items()}


def check(d: Decision) -> None:
    """The rules of decisions.yaml, for a decision from Slack or the command line."""
    if d.action not in FIELDS:
        raise ValueError(f"action must be one of {', '.join(FIELDS)}")
    if d.stance and d.stance not in STANCES:
        raise ValueError(f"stance must be one of {', '.join(STANCES)}")
    if d.action == "merge" and not d.duplicates:
        raise ValueError("merge needs the ids of the duplicates to fold into this claim")


def _recorded(row) -> Recorded:  # noqa: ANN001
    d = Decision(claim_id=row.claim_id, action=row.action, speaker=row.speaker, stance=row.stance,
                 tags=tuple(json.loads(row.tags)), duplicates=tuple(json.loads(row.duplicates)), note=row.note,
                 path="database")
    return Recorded(d, row.author, row.decided_at, int(getattr(row, "version", 0) or 0))

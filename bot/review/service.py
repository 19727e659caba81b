"""Deciding claims, from Slack or the command line: checked against the index, recorded in SQL,
applied to this process's index at once and to every other replica with its next poll."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.errors import UserError
from bot.errors import InputFileError
from bot.index.curate import Decision, resolve_speaker
from bot.index.holder import IndexHolder
from bot.index.model import Speaker
from bot.index.speakers import Registry
from bot.review.store import Conflict, Recorded, ReviewStore, check

VERBS = {"approve": "approved", "reject": "rejected", "edit": "edited", "merge": "merged"}


class DecisionConflict(UserError):
    """Another editor decided the claim first; the message says who, what and when."""

    def __init__(self, current: Recorded | None) -> None:
        if current is None:
            super().__init__("Someone else decided this claim a moment ago; nothing was changed.")
        else:
            when = current.decided_at.strftime("%Y-%m-%d %H:%M UTC")
            super().__init__(f"{current.author} {VERBS.get(current.decision.action, current.decision.action)} this "
                             f"claim first ({when}); your decision was not applied. Look again and decide anew "
                             "if it should change.")
        self.current = current


@dataclass
class ReviewService:
    store: ReviewStore
    holder: IndexHolder

    def decide(self, decision: Decision, author: str, seen_version: int | None = None,
               now: dt.datetime | None = None, new_speaker: Speaker | None = None) -> Recorded:
        """`seen_version`: the version of the claim's decision the editor saw (None: whatever stands,
        as on the command line); `new_speaker`: the speaker an edit creates, with its aliases and
        affiliation (the decision names it)."""
        current = self.store.standing(decision.claim_id)
        index = self.holder.index
        if index.claim(decision.claim_id) is None and current is None:
            raise UserError(f"no claim {decision.claim_id!r} in the index (`nkbot claims` lists their ids)")
        for dup in decision.duplicates:
            if dup == decision.claim_id or index.claim(dup) is None:
                raise UserError(f"no claim {dup!r} to fold into {decision.claim_id} (give the ids of its duplicates)")
        if decision.speaker:
            try:  # the build's rule: an unknown id is a typo, an unknown name a new speaker
                resolve_speaker(decision, Registry(index.speakers.values()))
            except InputFileError:
                raise UserError(f"no speaker with id {decision.speaker!r} (give a name to create a new speaker)"
                                ) from None
        try:
            check(decision)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        seen = (current.version if current else 0) if seen_version is None else seen_version
        if new_speaker is not None:
            self.store.add_speaker(new_speaker, author, now)
        try:
            recorded = self.store.decide(decision, author, seen, now)
        except Conflict as conflict:
            raise DecisionConflict(conflict.current) from None
        self.apply()
        return recorded

    def apply(self) -> None:
        """This process serves every standing decision now (the others with their next poll)."""
        self.holder.decide([r.decision for r in self.store.all_standing()], self.store.latest_change(),
                           self.store.speakers())

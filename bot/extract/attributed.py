"""One attribution found in a sentence: who (the mentions), by which cue, and what they said.

Kept apart from the reading of a sentence (`attribution`) and from how a sentence's attributions
settle among themselves (`settle`), which both use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.extract.cues import Cue
from bot.extract.subjects import Mention


@dataclass
class Attribution:
    mentions: list[Mention]
    cue: Cue
    kind: str
    text: str
    negated: bool
    subject_start: int  # where the attribution begins in the sentence, to trim earlier claims
    denies: bool = False  # the cue itself denies ("X's denial that ...")
    refers_back: bool = False  # the claim is the previous sentence ("This figure was confirmed by X")
    inferred: bool = False  # given to its speaker by its place in the text, not by words naming them

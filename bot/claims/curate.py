"""Editorial decisions (seeds/decisions.yaml) applied to extracted claims at build time. STUB."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.claims.model import Claim
from bot.claims.speakers import Registry


@dataclass(frozen=True)
class Decision:
    claim_id: str
    action: str


@dataclass(frozen=True)
class CurationReport:
    orphans: tuple[Decision, ...] = field(default_factory=tuple)


def load_decisions(path: Path) -> list[Decision]:
    return []


def apply_decisions(claims: list[Claim], decisions: list[Decision], registry: Registry) -> tuple[list[Claim], CurationReport]:
    return claims, CurationReport()

"""decisions.yaml and the database, both ways, so the repository stays the editorial record.

Export rewrites the file's entries (the database's standing decision wins for a claim both hold)
and keeps its leading comment, which documents the format. Import records each entry of the file
that differs from what stands, with the file as its author.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from bot.index.curate import Decision, load_decisions
from bot.review.store import Recorded


def entry(d: Decision) -> dict:
    out: dict = {"id": d.claim_id, "action": d.action}
    for key, value in (("speaker", d.speaker), ("stance", d.stance), ("tags", list(d.tags)),
                       ("duplicates", list(d.duplicates)), ("note", d.note)):
        if value:
            out[key] = value
    return out


def merged(path: Path, standing: Iterable[Recorded]) -> list[Decision]:
    by_id = {d.claim_id: d for d in load_decisions(path)}
    for r in standing:
        by_id[r.decision.claim_id] = r.decision
    return sorted(by_id.values(), key=lambda d: d.claim_id)


def render(decisions: list[Decision], header: str = "") -> str:
    body = yaml.safe_dump([entry(d) for d in decisions], allow_unicode=True, sort_keys=False, width=100)
    return header + (body if decisions else "[]\n")


def header_of(path: Path) -> str:
    """The leading comment block of the file (its documentation), kept on export."""
    if not path.exists():
        return ""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("#") or not line.strip():
            lines.append(line)
        else:
            break
    return "".join(lines)


def export(path: Path, standing: Iterable[Recorded]) -> int:
    decisions = merged(path, standing)
    text = render(decisions, header_of(path))
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return len(decisions)


def differing(path: Path, standing: Iterable[Recorded]) -> list[Decision]:
    """The file's decisions that are not what stands in the database."""
    current = {r.decision.claim_id: entry(r.decision) for r in standing}
    return [d for d in load_decisions(path) if current.get(d.claim_id) != entry(d)]

"""Editorial decisions (seeds/decisions.yaml) applied to extracted claims at build time.

Extraction is rerun on every build, so an editor's judgement cannot be stored on the claims
themselves: it lives in a file keyed by stable claim ids (`bot.index.ids`) and is replayed over
each fresh extraction. Two failure modes are kept apart. A file an editor got wrong (bad YAML,
unknown action, unknown speaker id) stops the build with `InputFileError` naming file and line,
because a silently skipped decision would publish a claim someone rejected. A decision whose claim
no longer exists (the evidence text changed) is not an error but an orphan in the report: the
build goes on and `nkbot index build` prints a warning, so nothing is dropped unseen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.index.documents import load_yaml
from bot.index.model import Claim, Speaker
from bot.index.speakers import Registry
from bot.errors import InputFileError

STANCES = ("asserts", "denies", "hedged")
# Which optional fields each action takes; `duplicates` lets approve/edit also merge.
FIELDS = {
    "approve": {"tags", "duplicates", "note"},
    "reject": {"note"},
    "edit": {"speaker", "stance", "tags", "duplicates", "note"},
    "merge": {"duplicates", "tags", "note"},
}
MERGED_TAG = "merged:"  # + id of a duplicate folded into this claim
ALSO_IN_TAG = "also-in:"  # + doc_id of a folded duplicate from another document
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # a registry id, or a tag


@dataclass(frozen=True)
class Decision:
    """One editor's entry. `path`/`line` point back at it for errors and orphan warnings."""

    claim_id: str
    action: str
    speaker: str = ""
    stance: str = ""
    tags: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()
    note: str = ""
    path: str = ""
    line: int | None = None


@dataclass(frozen=True)
class CurationReport:
    """What a build did with the decisions; `orphans` matched no claim and need an editor."""

    orphans: tuple[Decision, ...] = field(default_factory=tuple)
    approved: int = 0
    edited: int = 0
    rejected: int = 0
    merged: int = 0  # duplicates dropped


# --- reading the file -------------------------------------------------------------------------

def load_decisions(path: Path) -> list[Decision]:
    """Every decision in `path`, checked; a missing or empty file means no decisions yet."""
    if not path.exists():
        return []
    data = load_yaml(path)
    if data is None:
        return []
    if not isinstance(data, list):
        raise InputFileError(path, "expected a list of decisions (`- id: ...` entries)", line=1)
    lines = _entry_lines(path)
    decisions = [_parse_entry(entry, path, *lines[i]) for i, entry in enumerate(data)]
    _check_consistent(decisions, path)
    return decisions


def _entry_lines(path: Path) -> list[tuple[int, dict[str, int]]]:
    """Line of each list item and of each of its keys: `safe_load` forgets them, `compose` keeps them."""
    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    out: list[tuple[int, dict[str, int]]] = []
    for item in root.value if isinstance(root, yaml.SequenceNode) else ():
        keys = {}
        if isinstance(item, yaml.MappingNode):
            keys = {str(k.value): v.start_mark.line + 1 for k, v in item.value}
        out.append((item.start_mark.line + 1, keys))
    return out


def _parse_entry(entry: Any, path: Path, line: int, key_lines: dict[str, int]) -> Decision:
    def fail(reason: str, key: str | None = None) -> InputFileError:
        return InputFileError(path, reason, line=key_lines.get(key, line) if key else line)

    if not isinstance(entry, dict):
        raise fail("each decision must be a mapping with `id` and `action`")
    claim_id = entry.get("id")
    if not isinstance(claim_id, str) or not claim_id.strip():
        raise fail("decision needs `id`: the claim id shown by `nkbot claims review`")
    action = entry.get("action")
    if action not in FIELDS:
        raise fail(f"{claim_id}: action must be one of {', '.join(FIELDS)}, got {action!r}", "action")
    unknown = set(entry) - FIELDS[action] - {"id", "action"}
    if unknown:
        raise fail(f"{claim_id}: field(s) {', '.join(sorted(map(str, unknown)))} not allowed with "
                   f"action {action} (allowed: {', '.join(sorted(FIELDS[action]))})", sorted(map(str, unknown))[0])
    stance = entry.get("stance") or ""
    if stance and stance not in STANCES:
        raise fail(f"{claim_id}: stance must be one of {', '.join(STANCES)}, got {stance!r}", "stance")
    speaker = entry.get("speaker") or ""
    if not isinstance(speaker, str):
        raise fail(f"{claim_id}: speaker must be a registry id or a name", "speaker")
    tags = _strings(entry.get("tags"), lambda: fail(f"{claim_id}: tags must be a list of words", "tags"))
    dups = _strings(entry.get("duplicates"), lambda: fail(f"{claim_id}: duplicates must be a list of claim ids",
                                                          "duplicates"))
    if action == "edit" and not (speaker or stance or tags):
        raise fail(f"{claim_id}: an edit needs at least one of speaker, stance, tags")
    if action == "merge" and not dups:
        raise fail(f"{claim_id}: a merge needs `duplicates`: the ids of the claims it replaces")
    if claim_id in dups:
        raise fail(f"{claim_id}: a claim cannot be a duplicate of itself", "duplicates")
    return Decision(claim_id.strip(), action, speaker.strip(), stance, tags, dups,
                    str(entry.get("note") or ""), str(path), line)


def _strings(value: Any, fail: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) and str(v).strip() for v in value):
        raise fail()
    return tuple(dict.fromkeys(str(v).strip() for v in value))


def _check_consistent(decisions: list[Decision], path: Path) -> None:
    """One entry per claim, and a merged duplicate has no fate of its own: two answers is an error."""
    seen: dict[str, Decision] = {}
    for d in decisions:
        if d.claim_id in seen:
            raise InputFileError(path, f"second decision for {d.claim_id} (first at line {seen[d.claim_id].line}); "
                                 "combine them", line=d.line)
        seen[d.claim_id] = d
    folded: dict[str, Decision] = {}
    for d in decisions:
        for dup in d.duplicates:
            other = folded.get(dup) or seen.get(dup)
            if other is not None:
                raise InputFileError(path, f"{dup} is merged into {d.claim_id} but also has a decision at line "
                                     f"{other.line}", line=d.line)
            folded[dup] = d


# --- applying them ----------------------------------------------------------------------------

def apply_decisions(claims: list[Claim], decisions: list[Decision],
                    registry: Registry) -> tuple[list[Claim], CurationReport]:
    """The curated claims, in extraction order, and a report of what happened.

    Pure apart from `registry`: correcting a speaker to a name the registry does not know adds a
    generated entry (as extraction does), so `nkbot claims speakers --generated` offers it for adoption.
    """
    present = {c.id: c for c in claims}
    by_id = {d.claim_id: d for d in decisions}
    orphans = [d for d in decisions if d.claim_id not in present]
    folded: dict[str, Decision] = {}
    for d in decisions:
        if d.claim_id not in present:
            continue  # an orphaned merge drops nothing: its duplicates stay until an editor looks
        for dup in d.duplicates:
            if dup in present:
                folded[dup] = d
            else:
                orphans.append(Decision(dup, "merge", note=f"duplicate of {d.claim_id}", path=d.path, line=d.line))
    kept, counts = [], {"approved": 0, "edited": 0, "rejected": 0}
    for claim in claims:
        d = by_id.get(claim.id)
        if claim.id in folded:
            continue
        if d is None:
            kept.append(claim)
        elif d.action == "reject":
            counts["rejected"] += 1
        else:
            dups = [present[x] for x in d.duplicates if x in present]
            kept.append(_apply(claim, d, dups, registry))
            counts["edited" if d.action == "edit" else "approved"] += 1
    orphans.sort(key=lambda d: (d.line or 0, d.claim_id))
    return kept, CurationReport(tuple(orphans), merged=len(folded), **counts)


def _apply(claim: Claim, d: Decision, duplicates: Iterable[Claim], registry: Registry) -> Claim:
    tags = [*claim.tags, *d.tags]
    for dup in duplicates:
        tags.append(MERGED_TAG + dup.id)
        if dup.doc_id != claim.doc_id:
            tags.append(ALSO_IN_TAG + dup.doc_id)
    changes: dict[str, Any] = {"tags": tuple(dict.fromkeys(tags)),
                               "status": "edited" if d.action == "edit" else "approved"}
    if d.stance:
        changes["stance"] = d.stance
    if d.speaker:
        speaker = resolve_speaker(d, registry)
        changes.update(speaker=speaker.name, speaker_id=speaker.id, speaker_role=speaker.role,
                       vague=speaker.kind == "vague", mentions=tuple(m for m in claim.mentions if m != speaker.id))
    return claim.with_changes(**changes)


def resolve_speaker(d: Decision, registry: Registry) -> Speaker:
    """A registry id, else a name or alias; an unknown *name* becomes a generated speaker, but an
    unknown *id* (lower-case-with-hyphens) is a typo and stops the build rather than invent one."""
    found = registry.get(d.speaker) or registry.resolve(d.speaker)
    if found:
        return found
    if SLUG.fullmatch(d.speaker):
        raise InputFileError(d.path or "decisions", f"{d.claim_id}: no speaker with id {d.speaker!r} in the "
                             "registry (write a name, e.g. 'Jane Doe', to create a new speaker)", line=d.line)
    return registry.resolve_or_generate(d.speaker)


def decision_stub(claim: Claim) -> str:
    """A decisions.yaml entry for `claim`, ready to paste: approve by default, other fields commented.

    The claim itself is shown in comments (one line each, so no text can break the YAML).
    """
    def one_line(text: str) -> str:
        return " ".join(text.split())

    role = f" ({claim.speaker_role})" if claim.speaker_role else ""
    return "\n".join([
        f"# {claim.doc_id} · {one_line(claim.speaker)}{role} {one_line(claim.cue)} <{claim.kind}, {claim.stance}>",
        f"#   claim: {one_line(claim.text)}",
        f"#   evidence: {one_line(claim.sentence)}",
        f"- id: {claim.id}",
        "  action: approve  # approve | reject | edit | merge",
        f"  # speaker: {claim.speaker_id}",
        f"  # stance: {claim.stance}  # asserts | denies | hedged",
        "  # tags: []",
        "  # duplicates: []",
    ]) + "\n"

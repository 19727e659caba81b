"""Curation: stable ids, reading decisions.yaml strictly, applying decisions, reporting orphans.

Every sentence here is written for the tests; none comes from the seed documents.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.index.curate import Decision, apply_decisions, decision_stub, load_decisions
from bot.index.ids import claim_id
from bot.index.model import Claim, Speaker
from bot.index.speakers import Registry
from bot.errors import InputFileError

ROOT = Path(__file__).resolve().parents[2]

SENTENCE_A = "The harbour master said on Tuesday that three cargo ships had left for Vostok Bay."
SENTENCE_B = "A navy spokesman denied that any ship had left the port."


def make_claim(sentence: str = SENTENCE_A, text: str = "three cargo ships had left for Vostok Bay",
               doc_id: str = "doc1", **changes) -> Claim:
    fields = dict(id=claim_id(doc_id, sentence, text), doc_id=doc_id, speaker="harbour master",
                  speaker_id="gen-harbour-master", speaker_role="", cue="said", kind="indirect",
                  stance="asserts", text=text, sentence=sentence, start=0, end=len(sentence))
    fields.update(changes)
    return Claim(**fields)


@pytest.fixture
def registry() -> Registry:
    return Registry([
        Speaker("ana-petrova", "Ana Petrova", aliases=("Petrova",), role="Port director", country="Freedonia"),
        Speaker("navy", "Freedonian Navy", aliases=("the navy",), kind="institution"),
        Speaker("observers", "Observers", kind="vague"),
    ])


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "decisions.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# --- ids -------------------------------------------------------------------------------------------

def test_claim_id_is_a_short_stable_content_hash():
    first = claim_id("doc1", SENTENCE_A, "three cargo ships had left")
    assert re.fullmatch(r"c[0-9a-f]{11}", first)
    assert claim_id("doc1", SENTENCE_A, "three cargo ships had left") == first
    assert claim_id("doc1", SENTENCE_A.replace(" that ", "\n  that "), "three cargo ships had left") == first


def test_claim_id_changes_with_document_evidence_text_or_salt():
    base = claim_id("doc1", SENTENCE_A, "three cargo ships had left")
    others = {claim_id("doc2", SENTENCE_A, "three cargo ships had left"),
              claim_id("doc1", SENTENCE_A.replace("three", "four"), "three cargo ships had left"),
              claim_id("doc1", SENTENCE_A, "cargo ships had left"),
              claim_id("doc1", SENTENCE_A, "three cargo ships had left", salt="Ana Petrova")}
    assert base not in others and len(others) == 4


# --- reading decisions.yaml --------------------------------------------------------------------------

def test_missing_or_comment_only_file_means_no_decisions(tmp_path):
    assert load_decisions(tmp_path / "absent.yaml") == []
    assert load_decisions(write(tmp_path, "# nothing decided yet\n")) == []


def test_the_projects_decisions_file_is_valid():
    assert isinstance(load_decisions(ROOT / "seeds" / "decisions.yaml"), list)


def test_entries_are_read_with_their_line(tmp_path):
    path = write(tmp_path, """# header
- id: c00000000001
  action: approve
  tags: [ports, shipping]
- id: c00000000002
  action: edit
  speaker: Petrova
  stance: denies
- id: c00000000003
  action: merge
  duplicates: [c00000000004]
""")
    approve, edit, merge = load_decisions(path)
    assert (approve.action, approve.tags, approve.line) == ("approve", ("ports", "shipping"), 2)
    assert (edit.speaker, edit.stance, edit.line) == ("Petrova", "denies", 5)
    assert merge.duplicates == ("c00000000004",)


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    path = write(tmp_path, "- id: c00000000001\n  action: approve\n- id: [unclosed\n  action: reject\n")
    with pytest.raises(InputFileError) as err:
        load_decisions(path)
    assert err.value.path == str(path) and err.value.line is not None and err.value.line >= 3
    assert str(path) in str(err.value)


@pytest.mark.parametrize("body, line, words", [
    ("- id: c1\n  action: approve\n- id: c2\n  action: publish\n", 4, "action must be one of"),
    ("- id: c1\n  action: edit\n  stance: maybe\n", 3, "stance must be one of"),
    ("- id: c1\n  action: edit\n", 1, "needs at least one of"),
    ("- id: c1\n  action: merge\n", 1, "needs `duplicates`"),
    ("- id: c1\n  action: reject\n  tags: [x]\n", 3, "not allowed with action reject"),
    ("- action: approve\n", 1, "needs `id`"),
    ("- id: c1\n  action: approve\n  tags: {a: 1}\n", 3, "tags must be a list"),
    ("- id: c1\n  action: approve\n\n- id: c1\n  action: reject\n", 4, "second decision for c1"),
    ("- id: c1\n  action: merge\n  duplicates: [c2]\n- id: c2\n  action: approve\n", 1, "c2 is merged into c1"),
    ("- id: c1\n  action: merge\n  duplicates: [c1]\n", 3, "duplicate of itself"),
    ("c1: approve\n", 1, "expected a list"),
])
def test_malformed_decisions_stop_with_file_and_line(tmp_path, body, line, words):
    path = write(tmp_path, body)
    with pytest.raises(InputFileError) as err:
        load_decisions(path)
    assert err.value.line == line and words in str(err.value) and str(path) in str(err.value)


# --- applying them -----------------------------------------------------------------------------------

def test_undecided_claims_pass_through_unchanged_and_in_order(registry):
    claims = [make_claim(), make_claim(SENTENCE_B, "any ship had left the port")]
    curated, report = apply_decisions(claims, [], registry)
    assert curated == claims and report.orphans == ()


def test_approve_marks_the_claim_approved_and_adds_tags(registry):
    claim = make_claim(tags=("ports",))
    [curated], report = apply_decisions([claim], [Decision(claim.id, "approve", tags=("shipping", "ports"))], registry)
    assert curated.status == "approved" and curated.tags == ("ports", "shipping")
    assert curated.text == claim.text and report.approved == 1


def test_reject_removes_the_claim(registry):
    keep, drop = make_claim(), make_claim(SENTENCE_B, "any ship had left the port")
    curated, report = apply_decisions([keep, drop], [Decision(drop.id, "reject")], registry)
    assert curated == [keep] and report.rejected == 1


def test_edit_speaker_by_registry_id_takes_name_and_role(registry):
    claim = make_claim(mentions=("ana-petrova",))
    [curated], report = apply_decisions([claim], [Decision(claim.id, "edit", speaker="ana-petrova")], registry)
    assert (curated.speaker, curated.speaker_id, curated.speaker_role) == ("Ana Petrova", "ana-petrova",
                                                                          "Port director")
    assert curated.status == "edited" and curated.mentions == () and report.edited == 1


def test_edit_speaker_by_alias_or_new_name(registry):
    a = make_claim()
    b = make_claim(SENTENCE_B, "any ship had left the port")
    curated, _ = apply_decisions([a, b], [Decision(a.id, "edit", speaker="the Navy"),
                                          Decision(b.id, "edit", speaker="Captain Ivo Marr")], registry)
    assert curated[0].speaker_id == "navy"
    assert curated[1].speaker_id == "gen-captain-ivo-marr" and registry.get("gen-captain-ivo-marr").generated


def test_edit_speaker_to_a_vague_source_marks_the_claim_vague(registry):
    claim = make_claim()
    [curated], _ = apply_decisions([claim], [Decision(claim.id, "edit", speaker="observers")], registry)
    assert curated.vague and curated.speaker == "Observers"


def test_unknown_speaker_id_is_a_typo_not_a_new_speaker(registry, tmp_path):
    claim = make_claim()
    path = write(tmp_path, f"# typo below\n- id: {claim.id}\n  action: edit\n  speaker: ana-petrva\n")
    with pytest.raises(InputFileError) as err:
        apply_decisions([claim], load_decisions(path), registry)
    assert err.value.line == 2 and "ana-petrva" in str(err.value) and str(path) in str(err.value)


def test_edit_stance(registry):
    claim = make_claim(SENTENCE_B, "any ship had left the port")
    [curated], _ = apply_decisions([claim], [Decision(claim.id, "edit", stance="denies")], registry)
    assert curated.stance == "denies" and curated.status == "edited"


def test_merge_keeps_one_claim_and_records_the_duplicates(registry):
    keep = make_claim()
    same_doc = make_claim("Three cargo ships left for Vostok Bay, the harbour master said.",
                          "Three cargo ships left for Vostok Bay")
    other_doc = make_claim(doc_id="doc2")
    unrelated = make_claim(SENTENCE_B, "any ship had left the port")
    decision = Decision(keep.id, "merge", duplicates=(same_doc.id, other_doc.id))
    curated, report = apply_decisions([keep, same_doc, unrelated, other_doc], [decision], registry)
    assert [c.id for c in curated] == [keep.id, unrelated.id]
    assert curated[0].status == "approved"
    assert curated[0].tags == (f"merged:{same_doc.id}", f"merged:{other_doc.id}", "also-in:doc2")
    assert report.merged == 2


def test_decisions_for_missing_claims_are_reported_not_dropped(registry):
    claim = make_claim()
    gone = Decision("c0000000dead", "reject", line=7)
    missing_dup = Decision(claim.id, "merge", duplicates=("c0000000beef",), line=3)
    curated, report = apply_decisions([claim], [gone, missing_dup], registry)
    assert [(o.claim_id, o.action) for o in report.orphans] == [("c0000000beef", "merge"), ("c0000000dead", "reject")]
    assert curated[0].status == "approved"


def test_an_orphaned_merge_drops_none_of_its_duplicates(registry):
    dup = make_claim()
    curated, report = apply_decisions([dup], [Decision("c0000000dead", "merge", duplicates=(dup.id,))], registry)
    assert curated == [dup] and [o.claim_id for o in report.orphans] == ["c0000000dead"]


def test_ids_survive_a_rebuild_so_decisions_still_apply(registry):
    decisions = [Decision(make_claim().id, "reject")]
    rebuilt = make_claim(start=120, end=120 + len(SENTENCE_A))  # the document grew above the claim
    curated, report = apply_decisions([rebuilt], decisions, registry)
    assert curated == [] and report.orphans == ()


def test_review_stub_is_a_valid_decision_for_its_claim(registry, tmp_path):
    claim = make_claim(text='three "cargo" ships: #1 and #2', speaker_role="port: north")
    path = write(tmp_path, decision_stub(claim) + decision_stub(make_claim(SENTENCE_B, "any ship")))
    decisions = load_decisions(path)
    assert [d.action for d in decisions] == ["approve", "approve"]
    [curated, _], _ = apply_decisions([claim, make_claim(SENTENCE_B, "any ship")], decisions, registry)
    assert curated.id == claim.id and curated.status == "approved"

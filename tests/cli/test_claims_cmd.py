"""`nkbot claims review` and `nkbot claims speakers` against an index written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bot.index.artifact import write_index
from bot.index.curate import apply_decisions, load_decisions
from bot.index.ids import claim_id
from bot.index.model import Claim, IndexData, Source, Speaker
from bot.index.speakers import Registry
from bot.cli import main

DOC = ("Harbour officials in Vostok Bay said on Monday that three cargo ships had left. "
       "Captain Ivo Marr said the ships carried grain. Critics said: \"The cargo is not grain.\"\n")
SPEAKERS = "- id: harbour-office\n  name: Vostok Bay harbour office\n  aliases: [Harbour officials]\n" \
           "  kind: institution\n"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "alpha.txt").write_text(DOC, encoding="utf-8")
    (folder / "sources.yaml").write_text("alpha:\n  title: Ships leave Vostok Bay\n  published: 2024-05-06\n")
    (folder / "speakers.yaml").write_text(SPEAKERS, encoding="utf-8")
    return folder


def _claim(sentence: str, text: str, speaker: Speaker, status: str = "auto") -> Claim:
    start = DOC.index(sentence)
    return Claim(id=claim_id("alpha", sentence, text), doc_id="alpha", speaker=speaker.name, speaker_id=speaker.id,
                 speaker_role=speaker.role, cue="said", kind="indirect", stance="asserts", text=text,
                 sentence=sentence, start=start, end=start + len(sentence), status=status)  # type: ignore[arg-type]


@pytest.fixture
def index_path(seeds: Path, tmp_path: Path) -> Path:
    office = Registry.load(seeds / "speakers.yaml").get("harbour-office")
    marr = Speaker("gen-captain-ivo-marr", "Captain Ivo Marr", ("Marr",), role="ship's master", country="Estonia",
                   generated=True, affiliation="Harbour Office")
    critics = Speaker("gen-critics", "Critics", kind="vague", generated=True)
    claims = (
        _claim("Harbour officials in Vostok Bay said on Monday that three cargo ships had left.",
               "three cargo ships had left", office),
        _claim("Captain Ivo Marr said the ships carried grain.", "the ships carried grain", marr),
        _claim('Critics said: "The cargo is not grain."', "The cargo is not grain.", critics, status="approved"),
    )
    index = IndexData(version="", built_at="2024-05-07T00:00:00+00:00", sources={"alpha": Source("alpha")},
                      speakers={s.id: s for s in (office, marr, critics)}, claims=claims, texts={"alpha": DOC})
    path = tmp_path / "index.sqlite"
    write_index(index, path)
    return path


def run(capsys, settings, *argv: str) -> str:
    assert main(list(argv), settings) == 0
    return capsys.readouterr().out


def test_jsonl_export_contract_is_kept(capsys, settings, index_path):
    rows = [json.loads(line) for line in run(capsys, settings, "claims", "--index", str(index_path),
                                             "--format", "jsonl").splitlines()]
    assert len(rows) == 3
    for row in rows:
        assert DOC[row["start"]:row["end"]] == row["sentence"]
        assert {"id", "speaker_id", "stance", "numbers", "status", "source", "denies", "quantity"} <= set(row)


def test_review_lists_only_undecided_claims(capsys, settings, index_path):
    out = run(capsys, settings, "claims", "review", "--index", str(index_path))
    assert "three cargo ships had left" in out and "the ships carried grain" in out
    assert "The cargo is not grain" not in out
    assert "2 claim(s) awaiting review" in out


def test_review_yaml_pastes_into_decisions_yaml(capsys, settings, index_path, seeds):
    out = run(capsys, settings, "claims", "review", "--index", str(index_path), "--format", "yaml")
    (seeds / "decisions.yaml").write_text(out, encoding="utf-8")
    decisions = load_decisions(seeds / "decisions.yaml")
    assert len(decisions) == 2 and {d.action for d in decisions} == {"approve"}
    from bot.index.artifact import load_index

    claims = list(load_index(index_path).claims)
    curated, report = apply_decisions(claims, decisions, Registry.load(seeds / "speakers.yaml"))
    assert report.orphans == () and {c.status for c in curated} == {"approved"}


def test_speakers_lists_everyone_with_counts(capsys, settings, index_path):
    out = run(capsys, settings, "claims", "speakers", "--index", str(index_path))
    lines = out.splitlines()
    assert len(lines) == 3 and all("1 claim(s)" in line for line in lines)
    assert "generated" in next(line for line in lines if line.startswith("gen-captain-ivo-marr"))
    rows = [json.loads(x) for x in run(capsys, settings, "claims", "speakers", "--index", str(index_path),
                                       "--format", "jsonl").splitlines()]
    assert {r["id"]: r["claims"] for r in rows} == {"harbour-office": 1, "gen-captain-ivo-marr": 1, "gen-critics": 1}


def test_generated_speakers_come_as_registry_entries_to_adopt(capsys, settings, index_path, seeds):
    out = run(capsys, settings, "claims", "speakers", "--generated", "--index", str(index_path))
    assert "harbour-office" not in out and "Captain Ivo Marr" in out
    registry_file = seeds / "speakers.yaml"
    registry_file.write_text(SPEAKERS + out, encoding="utf-8")
    registry = Registry.load(registry_file)
    adopted = registry.resolve("Captain Ivo Marr")
    assert adopted is not None and adopted.id == "captain-ivo-marr" and not adopted.generated
    assert adopted.role == "ship's master" and registry.get("critics").kind == "vague"
    assert (adopted.aliases, adopted.country, adopted.affiliation) == (("Marr",), "Estonia", "Harbour Office")
    assert yaml.safe_load(out)[0]["name"] == "Captain Ivo Marr"


def test_speakers_without_an_index_reads_the_seeds_folder(capsys, settings, seeds):
    out = run(capsys, settings, "claims", "speakers", "--seeds", str(seeds))
    assert "harbour-office" in out and "Vostok Bay harbour office" in out


def test_help_documents_the_actions(capsys):
    with pytest.raises(SystemExit):
        main(["claims", "--help"])
    out = capsys.readouterr().out
    assert "review" in out and "speakers" in out and "--generated" in out and "--format" in out


@pytest.mark.parametrize("action, own", [("list", "Every claim"), ("review", "no editor has decided"),
                                         ("speakers", "--generated"), ("decide", "CLAIM_ID approve|reject"),
                                         ("decisions", "--export PATH")])
def test_each_action_has_its_own_help(capsys, action, own):
    with pytest.raises(SystemExit) as exit_:
        main(["claims", action, "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0 and out.startswith(f"usage: nkbot claims {action}") and own in out
    others = {"review", "speakers", "decide", "decisions"} - {action}
    assert not any(f"\n    {other} " in out for other in others)  # not the list of every action


def test_reading_options_before_or_after_the_action(capsys, settings, index_path):
    before = run(capsys, settings, "claims", "--index", str(index_path), "--format", "jsonl", "review")
    after = run(capsys, settings, "claims", "review", "--index", str(index_path), "--format", "jsonl")
    assert before == after and len(before.splitlines()) == 2  # the approved claim is not awaiting review


def test_add_help_names_pdfs(capsys):
    with pytest.raises(SystemExit):
        main(["add", "--help"])
    out = capsys.readouterr().out
    assert "PDF" in out and ".pdf" in out

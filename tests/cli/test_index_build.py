"""`nkbot index build` and `nkbot claims --format jsonl`: the export contract, and bad input that
stops the build with a message naming the file while the previous index stays in service."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent.parent
EXPORT_FIELDS = {"id", "doc_id", "speaker", "speaker_id", "speaker_role", "cue", "kind", "stance", "text",
                 "sentence", "start", "end", "numbers", "places", "date", "tags", "vague", "status", "source"}


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials met on Monday.\nThe Kremlin denied that any troops had crossed "
                                  "the border, Dmitry Peskov said on Tuesday.\n", encoding="utf-8")
    (folder / "sources.yaml").write_text("a:\n  title: A test story\n  outlet: Test Daily\n  published: 2025-01-09\n"
                                         "  url: https://news.example.org/a\n", encoding="utf-8")
    shutil.copy(ROOT / "seeds" / "speakers.yaml", folder / "speakers.yaml")
    return folder


def run(argv: list[str], settings: Settings, capsys) -> tuple[int, str, str]:
    code = main(argv, settings)
    out, err = capsys.readouterr()
    return code, out, err


def test_export_contract_on_the_seed_corpus(settings: Settings, tmp_path: Path, capsys):
    index = tmp_path / "index.sqlite"
    code, out, _ = run(["index", "build", "--out", str(index)], settings, capsys)
    assert code == 0 and "claims from 5 documents" in out
    code, out, _ = run(["claims", "--index", str(index), "--format", "jsonl"], settings, capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) > 50
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    for row in rows:
        assert EXPORT_FIELDS <= row.keys()
        assert texts[row["doc_id"]][row["start"]:row["end"]] == row["sentence"]
        assert {"title", "outlet", "url", "published"} <= set(row["source"])
        assert all({"value", "unit", "counts"} <= n.keys() for n in row["numbers"])
        assert row["status"] in {"auto", "approved", "edited"}
    assert len({r["id"] for r in rows}) == len(rows)


def test_rebuild_keeps_ids(settings: Settings, seeds: Path, tmp_path: Path, capsys):
    ids = []
    for name in ("one.json", "two.json"):
        run(["index", "build", "--seeds", str(seeds), "--out", str(tmp_path / name)], settings, capsys)
        _, out, _ = run(["claims", "--index", str(tmp_path / name), "--format", "jsonl"], settings, capsys)
        ids.append([json.loads(line)["id"] for line in out.splitlines()])
    assert ids[0] and ids[0] == ids[1]


def test_a_fault_in_grouping_figures_names_the_document_and_keeps_the_old_index(settings, seeds, tmp_path, capsys,
                                                                                monkeypatch):
    """A fault in the corpus-wide step (as 'shipped annually' once raised StopIteration while
    grouping quantities): the build names the document whose claims meet it, not a traceback."""
    from bot.index import build

    index = tmp_path / "index.sqlite"
    assert run(["index", "build", "--seeds", str(seeds), "--out", str(index)], settings, capsys)[0] == 0
    before = index.read_bytes()
    (seeds / "b.txt").write_text("The envoy said on Friday that 300 boats sail annually.\n", encoding="utf-8")
    group = build.group_quantities

    def fault(claims):
        if any(c.doc_id == "b" for c in claims):
            raise StopIteration
        return group(claims)

    monkeypatch.setattr(build, "group_quantities", fault)
    code, _, err = run(["index", "build", "--seeds", str(seeds), "--out", str(index)], settings, capsys)
    assert code == 1 and "Traceback" not in err
    assert "b: its figures could not be grouped (StopIteration" in err and "previous index is unchanged" in err
    assert index.read_bytes() == before


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"  \n", "document is empty"),
    ("binary.txt", b"\x89PNG\x00\x00\x01", "binary file"),
    ("latin1.txt", "Caf\xe9 au lait".encode("latin-1"), "not UTF-8"),
    ("huge.txt", b"word " * 450_000, "over the 2,000,000-byte limit"),
])
def test_bad_document_stops_the_build_and_keeps_the_old_index(settings, seeds, tmp_path, capsys,
                                                              name, content, message):
    index = tmp_path / "index.sqlite"
    assert run(["index", "build", "--seeds", str(seeds), "--out", str(index)], settings, capsys)[0] == 0
    before = index.read_bytes()
    (seeds / name).write_bytes(content)
    code, _, err = run(["index", "build", "--seeds", str(seeds), "--out", str(index)], settings, capsys)
    assert code == 1
    assert name in err and message in err and "previous index is unchanged" in err
    assert index.read_bytes() == before
    assert not list(tmp_path.glob(".index.sqlite.*"))  # no temporary file left behind


def test_a_fault_in_extraction_names_the_document_and_keeps_the_old_index(settings, seeds, tmp_path, capsys,
                                                                          monkeypatch):
    """A fault injected into the extractor on one document (as an unseen article once found a real
    one): the build says which document, in one line, and the index in service stays."""
    from bot.extract import parallel

    index = tmp_path / "index.sqlite"
    assert run(["index", "build", "--seeds", str(seeds), "--out", str(index)], settings, capsys)[0] == 0
    before = index.read_bytes()
    (seeds / "b.txt").write_text("The envoy said on Friday that the harbour was calm.\n", encoding="utf-8")
    extract = parallel.extract_claims

    def fault(doc, registry):
        if doc.doc_id == "b":
            raise AttributeError("'NoneType' object has no attribute 'group'")
        return extract(doc, registry)

    monkeypatch.setattr(parallel, "extract_claims", fault)
    code, _, err = run(["index", "build", "--seeds", str(seeds), "--out", str(index)], settings, capsys)
    assert code == 1 and "Traceback" not in err
    assert "b: extraction failed (AttributeError:" in err and "previous index is unchanged" in err
    assert index.read_bytes() == before


@pytest.mark.parametrize(("name", "content", "message"), [
    ("sources.yaml", "a:\n  title: [unclosed\n", "sources.yaml:"),
    ("sources.yaml", "a:\n  titel: typo\n", "unknown field(s) titel"),
    ("sources.yaml", "a:\n  published: last spring\n", "ISO date"),
    ("speakers.yaml", "- id: x\n  aliases: [a, b\n", "speakers.yaml:"),
    ("speakers.yaml", "- name: No Id\n", "needs an id and a name"),
])
def test_malformed_metadata_names_the_file_and_line(settings, seeds, tmp_path, capsys, name, content, message):
    (seeds / name).write_text(content, encoding="utf-8")
    code, _, err = run(["index", "build", "--seeds", str(seeds), "--out", str(tmp_path / "i.json")], settings, capsys)
    assert code == 1 and message in err
    assert not (tmp_path / "i.json").exists() and "no index was written" in err


def test_yaml_syntax_error_reports_its_line(settings, seeds, tmp_path, capsys):
    (seeds / "sources.yaml").write_text("a:\n  title: ok\n  outlet: [broken\n", encoding="utf-8")
    _, _, err = run(["index", "build", "--seeds", str(seeds), "--out", str(tmp_path / "i.json")], settings, capsys)
    assert "sources.yaml:3" in err or "sources.yaml:4" in err


@pytest.mark.parametrize("damage, message", [
    (lambda good: good[: len(good) // 2], "damaged or half-written index"),  # a copy cut short
    (lambda good: b'{"format": "nkbot-claim-index", "format_vers', "format 1 (JSON)"),  # the old format
    (lambda good: b"\0" * 4096, "not an nkbot claim index"),
])
def test_damaged_index_is_refused_with_a_clear_message(settings, seeds, tmp_path, capsys, damage, message):
    good = tmp_path / "good.sqlite"
    assert run(["index", "build", "--seeds", str(seeds), "--out", str(good)], settings, capsys)[0] == 0
    broken = tmp_path / "index.sqlite"
    broken.write_bytes(damage(good.read_bytes()))
    code, _, err = run(["claims", "--index", str(broken), "--format", "jsonl"], settings, capsys)
    assert code == 1 and message in err


def test_missing_seeds_folder(settings, tmp_path, capsys):
    code, _, err = run(["index", "build", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "i.json")],
                       settings, capsys)
    assert code == 1 and "seeds folder not found" in err


def test_an_untitled_document_is_shown_by_its_description(settings: Settings, capsys):
    assert run(["index", "build"], settings, capsys)[0] == 0  # into the settings' own index path
    code, out, _ = run(["ask", "/who-said Kirby"], settings, capsys)
    assert code == 0 and "Policy commentary (untitled) · 2024-10-24 (est.)" in out
    assert "document 000_" not in out

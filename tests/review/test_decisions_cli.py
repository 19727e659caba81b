"""`nkbot claims decide` and `nkbot claims decisions`: the audit log, unknown ids refused, and the
round trip through decisions.yaml (export keeps the file's comments and entries; import records
what differs)."""

from __future__ import annotations

import yaml

from bot.cli import main
from bot.index.artifact import write_index
from bot.settings import Settings
from tests.scenario.sample_index import build_sample_index


def settings_for(tmp_path, database_url) -> Settings:
    index = tmp_path / "index.sqlite"
    write_index(build_sample_index(), index)
    return Settings(_env_file=None, index_path=index, database_url=database_url, seeds_dir=tmp_path / "seeds")


def test_decide_then_list_the_audit_log(tmp_path, database_url, capsys):
    settings = settings_for(tmp_path, database_url)
    claim = build_sample_index().claims[0]
    assert main(["claims", "decide", claim.id, "approve", "--by", "ana", "--note", "checked"], settings) == 0
    assert f"{claim.id} (" in capsys.readouterr().out
    assert main(["claims", "decide", claim.id, "reject", "--by", "bo"], settings) == 0
    capsys.readouterr()
    assert main(["claims", "decisions"], settings) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ", 1)[1] for line in lines] == [f"{claim.id}  approve  by ana: checked",
                                                          f"{claim.id}  reject  by bo"]
    assert main(["claims", "decide", "c-unknown", "approve"], settings) == 1
    assert "no claim 'c-unknown' in the index" in capsys.readouterr().err
    assert main(["claims", "decide", claim.id, "perhaps"], settings) == 1
    assert "usage: nkbot claims decide CLAIM_ID approve|reject" in capsys.readouterr().err


def test_decisions_round_trip_through_decisions_yaml(tmp_path, database_url, capsys):
    settings = settings_for(tmp_path, database_url)
    a, b = build_sample_index().claims[:2]
    path = tmp_path / "decisions.yaml"
    path.write_text(f"# Editorial decisions\n# (the format is documented here)\n\n- id: {b.id}\n  action: approve\n"
                    f"  note: from the file\n", encoding="utf-8")
    main(["claims", "decide", a.id, "reject", "--by", "ana", "--note", "not a claim"], settings)
    assert main(["claims", "decisions", "--export", str(path)], settings) == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Editorial decisions\n# (the format is documented here)\n")
    assert {(e["id"], e["action"]) for e in yaml.safe_load(text)} == {(a.id, "reject"), (b.id, "approve")}
    fresh = settings.model_copy(update={"database_url": f"sqlite:///{tmp_path / 'fresh.db'}"})
    assert main(["claims", "decisions", "--import", str(path)], fresh) == 0
    assert "recorded 2 decision(s)" in capsys.readouterr().out
    assert main(["claims", "decisions", "--import", str(path)], fresh) == 0
    assert "recorded 0 decision(s)" in capsys.readouterr().out  # nothing differs any more
    assert main(["claims", "decisions", "--format", "yaml"], fresh) == 0
    assert {(e["id"], e["action"], e.get("note")) for e in yaml.safe_load(capsys.readouterr().out)} == {
        (a.id, "reject", "not a claim"), (b.id, "approve", "from the file")}

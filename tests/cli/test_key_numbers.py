"""The key numbers of `/nk-troops` on an article written for the tests with every way a figure can
be misread, through `nkbot index build` and `nkbot ask --format json`: totals not increments,
ranges whole, never a year, a forecast, a vague source or another army's losses, a denied figure
never as its denier's estimate, and the claim behind each figure listed."""

from __future__ import annotations

import json
from pathlib import Path

from bot.cli import main
from bot.settings import Settings

ARTICLE = Path(__file__).resolve().parent.parent / "fixtures" / "figures"


def test_key_numbers_show_what_each_source_estimates_now(settings: Settings, tmp_path: Path, capsys):
    index = tmp_path / "figures.sqlite"
    assert main(["index", "build", "--seeds", str(ARTICLE), "--out", str(index)], settings) == 0
    capsys.readouterr()
    assert main(["ask", "/nk-troops", "--format", "json"], settings.model_copy(update={"index_path": index})) == 0
    answer = json.loads(capsys.readouterr().out)
    shown = answer["key_numbers"]
    by_value = {(k["quantity"], k["low"], k["high"]): k for k in shown}

    # the total, not the increment that brought it
    assert ("troops_sent_to_russia", 13500, 13500) in by_value
    assert by_value["troops_sent_to_russia", 13500, 13500]["kind"] == "total"
    assert not any(k["value"] == 2500 for k in shown)
    # a range whole
    assert by_value["troops_sent_to_russia", 12000, 14000]["speaker"] == "Ukraine's general staff"
    # captives are their own quantity; number words read
    assert ("troops_captured", 3, 3) in by_value and ("troops_in_kursk", 1700, 1700) in by_value
    # never a year, a forecast, another army's losses or a vague source
    values = {k["value"] for k in shown}
    assert not values & {2024, 40000, 1300, 20000}
    assert all(not k["quantity"].startswith("russian_") for k in shown)
    # a denied figure is shown as denied, never as the Kremlin's estimate
    denied = [k for k in shown if k["value"] == 10000]
    assert denied and all(k["kind"] == "denied" and k["figure"].startswith("denies") for k in denied)
    # every figure shown names its claim, and that claim is in the answer
    claims = {c["id"]: c for c in answer["claims"]}
    for k in shown:
        assert claims[k["claim_id"]]["speaker_id"] == k["speaker_id"]
        assert any(n["text"] in claims[k["claim_id"]]["sentence"] for n in claims[k["claim_id"]]["numbers"])

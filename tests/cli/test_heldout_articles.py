"""Extraction quality on articles written for the tests, scored by the project's own scorer.

A guard against rules that only fit the seed documents: these articles use wire datelines,
anonymous officials, statements on Telegram, state media and family-name-first names.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.index.build import build_index

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent / "fixtures" / "articles"
ROOT = HERE.parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not beside the project")
def test_recall_and_precision_on_unseen_style_articles(tmp_path: Path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ARTICLES, seeds, ignore=shutil.ignore_patterns("gold.yaml"))
    shutil.copy(ROOT / "seeds" / "speakers.yaml", seeds / "speakers.yaml")
    claims = build_index(seeds).index.claims
    export = tmp_path / "claims.jsonl"
    export.write_text("".join(json.dumps(c.export()) + "\n" for c in claims), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(ARTICLES / "gold.yaml"), str(export), "--verbose",
                          "--registry", str(ROOT / "seeds" / "speakers.yaml")],
                         capture_output=True, text=True, check=True).stdout
    recall, precision = map(float, re.search(r"recall=([\d.]+) precision=([\d.]+)", out).groups())
    assert recall >= 0.9, out
    assert precision >= 0.85, out

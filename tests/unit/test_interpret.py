from __future__ import annotations

import pytest

from bot.interpret import Intent, interpret


@pytest.mark.parametrize("text, intent", [
    ("who said fair game?", Intent("who_said", "fair game")),
    ("Who said “fair game”", Intent("who_said", "fair game")),
    ("what did China say", Intent("speaker", "China")),
    ("What has the Kremlin said about Kursk?", Intent("speaker", "Kremlin", "Kursk")),
    ("did the Kremlin deny it?", Intent("denials", "Kremlin")),
    ("denials", Intent("denials", "")),
    ("troops in Kursk", Intent("search", "troops in Kursk")),
    ("<@UBOT00001> help", Intent("help")),
    ("", Intent("help")),
])
def test_question_shapes(text, intent):
    assert interpret(text) == intent

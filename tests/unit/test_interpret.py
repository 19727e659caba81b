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


COMMANDS = ("/who-said", "/nk-troops", "/nk-claims", "/nk-timeline")


@pytest.mark.parametrize("text, intent", [
    ("Has Pyongyang confirmed moving the regiment?", Intent("stance", "Pyongyang", "moving regiment")),
    ("did Moscow ever acknowledge it", Intent("stance", "Moscow", "")),
    ("Which sources disagree on the numbers?", Intent("contested", "")),
    ("are the estimates of casualties contested?", Intent("contested", "casualties")),
    ("Timeline of the troop estimates", Intent("timeline", "troop", figures=True)),
    ("timeline of Kursk", Intent("timeline", "Kursk")),
    ("what happened in Vladivostok?", Intent("timeline", "Vladivostok")),
    ("What's happening near the border", Intent("timeline", "border")),
    ("what did Tokyo say about the numbers?", Intent("speaker", "Tokyo", "", figures=True)),
    ("what did Seoul say about troop numbers?", Intent("speaker", "Seoul", "troop", figures=True)),
    ("what did Japan's defence ministry say?", Intent("speaker", "Japan's defence ministry")),
    ("who-said Austen", Intent("command", "Austen", command="/who-said")),
    ("/nk-timeline Kremlin", Intent("command", "Kremlin", command="/nk-timeline")),
    ("who-sed Rutte", Intent("command", "Rutte", command="/who-said")),
    ("nk-troops", Intent("command", "", command="/nk-troops")),
    ("co-belligerent status", Intent("search", "co-belligerent status")),  # a hyphenated word, not a command
])
def test_analysts_question_shapes(text, intent):
    assert interpret(text, COMMANDS) == intent


def test_a_command_word_without_the_bots_commands_is_plain_text():
    assert interpret("who-said Austen") == Intent("search", "who-said Austen")

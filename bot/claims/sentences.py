"""Sentences with exact character offsets, and the quotations inside them.

Splitting uses pysbd (rule-based, no model to download, keeps a multi-sentence quotation such as
“It will ... Europe. It will ... as well.” in one piece, and reports character spans). It runs
per paragraph so a sentence never crosses a line break, and offsets are into the whole document,
so `text[start:end]` reproduces the evidence exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

OPEN_QUOTES = "“\""
CLOSE_FOR = {"“": "”", '"': '"'}
_TERMINAL = re.compile(r"[.!?…][”\"’')\]]*\s*$|[”\"]\s*$")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offset of the opening quote mark, relative to the sentence
    end: int  # offset just after the closing mark
    inner: str

    def words(self) -> int:
        return len(self.inner.split())


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset into the document
    end: int
    paragraph: int
    quotes: tuple[Quote, ...]

    def in_quote(self, pos: int) -> bool:
        return any(q.start <= pos < q.end for q in self.quotes)

    def is_pure_quote(self) -> bool:
        """The whole sentence is one quotation (a continuation of a speaker's words)."""
        return (len(self.quotes) == 1 and self.quotes[0].start == 0
                and not self.text[self.quotes[0].end:].strip(" .,;"))


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Quotation spans: curly pairs, and straight double quotes paired left to right.

    An unclosed curly quote runs to the end of the sentence (a quotation that continues in the
    next sentence), so text after it is never mistaken for narration.
    """
    quotes = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in OPEN_QUOTES:
            close = text.find(CLOSE_FOR[ch], i + 1)
            end = len(text) if close == -1 else close + 1
            quotes.append(Quote(i, end, text[i + 1:close if close != -1 else len(text)]))
            i = end
        else:
            i += 1
    return tuple(quotes)


def is_heading(line: str) -> bool:
    """A title or section heading: short, and not ending like a sentence."""
    stripped = line.strip()
    return len(stripped.split()) <= 14 and not _TERMINAL.search(stripped)


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        if line.strip() and not is_heading(line):
            for span in _segmenter().segment(line):
                raw = line[span.start:span.end]
                lead = len(raw) - len(raw.lstrip())
                body = raw.strip()
                if body:
                    start = offset + span.start + lead
                    sentences.append(Sentence(body, start, start + len(body), paragraph, find_quotes(body)))
        offset += len(line) + 1
    return sentences

"""Sentences with exact character offsets, and the quotations inside them.

The splitter is ours, not a library's: extraction needs a quotation that spans two sentences
(“It will ... Europe. It will ... as well.”) kept whole, so a bare quoted sentence can be given to
the speaker of the one before, and it must keep up with index builds of thousands of documents
(pysbd, tried first, spent three quarters of build time recompiling regular expressions). A
sentence ends at . ! or ? (with any closing quote or bracket) before whitespace and a capital,
digit or opening quote, except inside a quotation, after a known abbreviation ("Gen.", "Sept.")
or an initial ("John F. Kennedy"), and after "U.S." unless a typical sentence opener follows.
It runs per paragraph, so a sentence never crosses a line break; offsets are into the whole
document, so `text[start:end]` reproduces the evidence exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.layout import (
    ANSWER,
    QUESTION,
    answerer_label,
    bracketed_turn,
    timed_turn,
    footer_title,
    interview_follows,
    interview_turn,
    prose_start,
    related_link,
    speaker_label,
)

OPEN_QUOTES = "“\""
_OPENING = re.compile("[“\"]")
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
    heading: bool = False  # a headline or section title: only headline shapes of attribution apply
    voice: str = ""  # in a transcript, the label of who is speaking ("GEORGE BARROS", "BRIAN MANN, BYLINE")

    def in_quote(self, pos: int) -> bool:
        return any(q.start <= pos < q.end for q in self.quotes)

    def is_pure_quote(self) -> bool:
        """The whole sentence is one quotation (a continuation of a speaker's words)."""
        return (len(self.quotes) == 1 and self.quotes[0].start == 0
                and not self.text[self.quotes[0].end:].strip(" .,;"))


ABBREVIATIONS = frozenset("""mr mrs ms dr prof gen lt col maj capt sgt adm brig cmdr gov sen sens rep reps st jr sr
inc ltd co corp plc vs etc no nos fig approx dept est jan feb mar apr jun jul aug sep sept oct nov dec
mon tue wed thu fri sat sun rev hon pres amb""".split())
# After a dotted acronym ("U.S."), these words start a new sentence; other capitals continue it
# ("the U.S. Defense Secretary").
OPENERS = frozenset("""the a an he she it they we i this that these those there but and yet however in on
at for after before as if when while meanwhile still some many his her its their our""".split())
# After a quoted question or exclamation, a short name and a reporting verb continue the sentence.
_SPEAKER_FOLLOWS = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,5}?(?:said|says|asked|asks|added|adds|told|wrote|writes|"
                              r"shouted|replied|wondered|insisted|demanded)\b")
# A sentence end: punctuation, closing marks, then space and a capital; or, in text that lost its
# spaces ("the Kursk region.The agency said"), a lower-case word or an acronym, a full stop and a
# capitalised word.
_END = re.compile(r"[.!?…]+[”\"’')\]]*(?:\[\d{1,3}\])*(?=\s+[“\"‘]?[(\[]?[A-Z0-9])|"  # (a footnote's mark: ".[3] ")
                  r"(?<=[a-z]{3})[.!?][”\"]?(?=(?:[A-Z][a-z]{2,}|He|It|In|On|At|We|As|If|By|So)\b|[\[(][A-Z]|"
                  r"[A-Z][a-z]\s+(?:also\s+)?(?:said|says|told|added|noted|stated|claimed)\b)|"  # ("mid-December.Ri also
                  # said": a name of two letters, then its verb) (not
                  # a site's "News.Az reports")
                  r"(?<=[a-z]{3})[.!?](?=“[A-Z])|(?<=[a-z][”\"])\.(?=[A-Z][a-z]{2,}[’'\s])|"  # ('his “closest comrade”.Ukraine’s
                  # Zelensky has spoken')
                  r"(?<=\b[A-Z]{2})\.(?=[A-Z][a-z]{2,}\s)|(?<=\b[A-Z]{3})\.(?=[A-Z][a-z]{2,}\s)|"
                  r"(?<=\b[A-Z]{4})\.(?=[A-Z][a-z]{2,}\s)|"  # ("... told BI.Andrii Kovalenko told BI that")
                  r"(?<=\b[A-Z]\.[A-Z])\.(?=[A-Z][a-z]{2,}[’'\s])|"  # ("... for South Korea and the U.S.South Korea’s office")
                  r"(?<=[a-z]{3})\.(?=[A-Z]{2,6}\s+[A-Z][a-z])|"  # ("... official name.US President Joe Biden warned")
                  r"(?<=[a-z]{3})\.(?=(?:[A-Z]\.){2,}\s)|"  # ("... defense official.U.S. intelligence agencies claim")
                  r"(?<=[a-z]{3})\.(?=[A-Z]{2,6}\s+(?:said|says|reported|reports|added|noted|claimed|told|stated|"
                  r"estimated|warned|announced|confirmed|wrote|cited)\b)")  # ("... 300 deaths.BBC said these ...")
_EVENTS = re.compile(r"[“”\"]|(?<![.!?…])[.!?…]")


def _boundary(line: str, end: int, dot: int) -> bool:
    """Whether the punctuation ending at `end` (its first mark at `dot`) closes a sentence."""
    if line[dot] in "?!" and line[end - 1] in "”\"" and _SPEAKER_FOLLOWS.match(line, end):
        return False  # “Will it hold?” Captain Org asked.
    if line[dot] != ".":
        return True
    word = re.search(r"([\w.]+)$", line[:dot])
    token = word.group(1) if word else ""
    if re.fullmatch(r"[A-Z]", token) and re.search(r"\b[a-z]+\s+$", line[:dot - 1]):
        following = re.match(r"\s+[“\"‘(]?(\w+)", line[end:])
        return bool(following) and following.group(1).lower() in OPENERS  # "said on X. He added": a letter
        # after a lower-case word is a name of its own (X, plan B), not an initial
    if token.lower().rstrip(".") in ABBREVIATIONS or re.fullmatch(r"[A-Z]", token):
        return False  # "Gen. Budanov", "John F. Kennedy"
    if token[:1].isupper() and end == dot + 1 and re.match(r"[A-Z]{2,}\b", line[end:]):
        return False  # "Censor.NET reports", "News.AZ": a site's dotted name, not a lost space
    if token.isdigit() and not line[:dot - len(token)].strip():
        return False  # "1. North Korea's Pursuit ...": a list marker
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):  # "U.S", "e.g": an acronym's dots
        if line[end:end + 1].isupper():
            return True  # "... and the U.S.South Korea’s office said": a lost space after the full stop
        following = re.match(r"\s+[“\"‘(]?(\w+)", line[end:])
        return bool(following) and following.group(1).lower() in OPENERS
    return True


def single_quoted(text: str) -> int:
    """Where a quotation in single marks that opens `text` ends ('The losses are heavy. They will
    grow,' said the ministry), or 0: British and many translated outlets quote this way. Only at
    the start, where an apostrophe cannot open anything, and only closed by a mark after , . ! ?"""
    if text[:1] not in ("'", "‘"):
        return 0
    close = _SINGLE_CLOSE.search(text, 1)
    return close.end() if close else 0


_SINGLE_CLOSE = re.compile(r"[,.!?…][’'](?=\s|$)")


def _spans(line: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph; never inside a quotation."""
    spans, start, depth = [], 0, 0
    lead = len(line) - len(line.lstrip())
    single = lead + single_quoted(line[lead:]) if single_quoted(line[lead:]) else 0
    lost = {q.start for q in find_quotes(line) if line[q.end - 1:q.end] == ","} if _LOST_CLOSE.search(line) else set()
    for m in _EVENTS.finditer(line):  # quote marks and sentence ends, in order
        if m.start() < single - 2 or m.start() in lost:
            continue  # inside a quotation in single marks; a quotation whose closing mark was lost (closed
            # before it hands over to its speaker)
        ch = m.group(0)
        if ch == "“":
            depth += 1
            continue
        if ch == "”":
            depth = max(depth - 1, 0)
            continue
        if ch == '"':
            depth = 0 if depth else 1
            continue
        m = _END.match(line, m.start())
        if m is None:
            continue
        end = m.end()
        if not depth and line[end - 1] == '"' and end < len(line) and line[end].isupper():
            end -= 1  # 'set for Tuesday."We now assess ...': outside a quotation, a glued mark opens the next one
        closes = line[m.start():end].count("”") + line[m.start():end].count('"') * (1 if depth else 0)
        if depth - closes <= 0 and _boundary(line, end, m.start()):
            spans.append((start, end))
            start = end
    spans.append((start, len(line)))
    return spans


# Some sites close a quotation with an opening mark: “We are ready,“ he said. After a comma or a
# full stop, before a space or the end, that mark can only be closing one.
_MISUSED_CLOSE = re.compile(r"(?<=[,.!?])“(?=\s|$)")


# Where a quotation whose closing mark was lost hands over to its speaker: ", the ministry said", ",
# Pyongyang's Central Military Commission said in ...".
_LOST_CLOSE = re.compile(r",(?=\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,6}(?:said|says|told|added|stated|wrote|reported|"
                         r"noted|announced)\b[^“”\"]*$)")


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Quotation spans: curly pairs, straight double quotes paired left to right, and a quotation in
    single marks opening the sentence.

    An unclosed curly quote runs to the end of the sentence (a quotation that continues in the
    next sentence), so text after it is never mistaken for narration.
    """
    quotes = []
    i = 0
    single = single_quoted(text)
    if single:
        quotes.append(Quote(0, single, text[1:single - 1]))
    opening = _OPENING.search(text, single)
    while opening:
        i = opening.start()
        close = text.find(CLOSE_FOR[text[i]], i + 1)
        curly = text.find("”", i + 1) if text[i] == '"' else -1  # '"That is serious,” Austin added': mixed marks
        if curly != -1 and (close == -1 or curly < close):
            close = curly
        straight = text.find('"', i + 1) if text[i] == "“" and close == -1 else -1
        if straight != -1:  # “... is our security," Rutte added: opened curly, closed straight
            close = straight
        misused = _MISUSED_CLOSE.search(text, i + 1) if text[i] == "“" else None
        if misused and (close == -1 or misused.start() < close):  # “Closed with an opening mark,“ she said
            close = misused.start()
        lost = _LOST_CLOSE.search(text, i + 1) if close == -1 else None
        if lost:  # '"participated in the operations, the commission said in the report.': the closing mark was lost
            close = lost.start()  # before the comma that hands over to the speaker
        end = len(text) if close == -1 else close + 1
        quotes.append(Quote(i, end, text[i + 1:close if close != -1 else len(text)]))
        opening = _OPENING.search(text, end)
    return tuple(quotes)


def is_heading(line: str, words: int = 16) -> bool:
    """A title or section heading: short, and not ending like a sentence."""
    stripped = line.strip()  # (a line ending in a colon introduces what follows: "He praised the ties:"; one
    return len(stripped.split()) <= words and not _TERMINAL.search(stripped) and not stripped.endswith(":") \
        and not _INNER_END.search(stripped) and not _UNCLOSED.match(stripped)  # with a full stop inside, or a
    # quotation it never closes, is prose cut short, not a title)


_UNCLOSED = re.compile(r"[“\"][^”\"]*$")


_INNER_END = re.compile(r"[a-z]{2}[.!?][”\"]?\s+[A-Z][a-z]")


_TITLE_WORDS = frozenset({"secretary", "president", "minister", "mr", "ms", "mrs", "dr", "ambassador", "general",
                          "admiral", "spokesperson", "spokesman", "spokeswoman", "senator", "chairman", "chair"})
HEADLINE_WORDS = 30  # a headline above the first sentence of prose may run long (wire and Ukrainian outlets)


def _title_cased(text: str) -> bool:
    """Most words capitalised and no full stop: a headline's style, not a transcript's speech."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 4 and not _TERMINAL.search(text.strip()) and \
        sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def split_sentences(text: str, headings: bool = False) -> list[Sentence]:
    """The prose sentences of `text`; with `headings`, its headlines too (marked `heading`)."""
    sentences: list[Sentence] = []
    offset = 0
    lines = _rejoined(text.split("\n"))
    labelled = [label if label and not _title_cased(line[label[2]:]) else None  # ("Russia's Shoigu: North Korea
                for line, label in zip(lines, map(speaker_label, lines))]  # to Deploy 1,000 Engineers": a headline)
    transcript = sum(1 for label in labelled if label) >= 2 or any(  # one "NATO: ..." line is not a transcript,
        label and label[0].isupper() and label[0].split()[0].lower().rstrip(".") in _TITLE_WORDS for label in labelled)
    # but "SECRETARY BLINKEN: ..." opening a press event's record is, however long he speaks alone
    turns = [interview_turn(line) for line in lines]
    asked = {turn[0] for turn in turns if turn}
    if not asked and any(labelled):  # "Tsargrad: ..." / "Andrey Lankov: ...": the outlet asks under its one name
        askers = [answerer_label(line) for line in lines]
        if len({a[0] for a in askers if a}) == 1:
            turns = [(QUESTION, a[2]) if a else turn for a, turn in zip(askers, turns)]
            asked = {QUESTION}
    if asked == {QUESTION} and not any(labelled):  # "Q: ..." / "Zelenskyy: ...": answers labelled by one name
        labelled = [label or answerer_label(line) for line, label in zip(lines, labelled)]
    if asked == {QUESTION, ANSWER} or asked == {QUESTION} and any(labelled):  # "Q: ..." / "A: ...", or
        labelled = [(turn[0], "", turn[1]) if turn else label for turn, label in zip(turns, labelled)]
        transcript = True  # "ntv.de: ..." / "Markus Reisner: ...": an interview
    bracketed = [bracketed_turn(line) for line in lines]  # "[Anchor]" / "[Moon Sung-mook]" on lines of their own
    broadcast = QUESTION in bracketed and sum(1 for turn in bracketed if turn) >= 2
    timed = [timed_turn(line) for line in lines]  # "Mr. Risch (00:00):" on a line of its own
    follows = next((k for k, line in enumerate(lines) if interview_follows(line)), len(lines))  # "Excerpts follow.":
    # below, a line ending in "?" is the outlet's question, the lines after it the interviewee's answer
    voice = answerer = ""
    interview = transcript and any(turn and turn[0] == QUESTION for turn in turns)
    pointers = False  # under a bare "Related stories" label: the lines listed are other articles' titles
    for paragraph, line in enumerate(lines):
        link = related_link(line)
        if link is not None or pointers and line.strip() and not _TERMINAL.search(line.strip()):  # (titles
            # listed there end without a full stop, however long)
            pointers = pointers if link is None else not link  # "Read also: TITLE" points at one article only
            offset += len(line) + 1
            continue
        pointers = pointers and not line.strip(" -–—•*|")  # (blank lines and bullets go on with the list)
        label = labelled[paragraph] if transcript else None
        if broadcast and bracketed[paragraph] or timed[paragraph]:  # the turn's words are on the lines below, until
            voice = bracketed[paragraph] if broadcast and bracketed[paragraph] else timed[paragraph]  # the next label
            offset += len(line) + 1
            continue
        if label:  # "GEORGE BARROS: The North Koreans have sent ...": his words, until the next label
            voice = label[0] + (f", {label[1]}" if label[1] else "")
        elif interview and line.rstrip().endswith("?"):  # an interview's question printed without its label
            label, answerer = (QUESTION, "", 0), (voice if voice != QUESTION else answerer)
            voice = QUESTION
        elif interview and voice == QUESTION and answerer:
            voice = answerer  # and the answer after it, without its label either
        elif paragraph > follows and not transcript and line.strip():
            voice = QUESTION if line.rstrip().endswith("?") else ANSWER if voice else ""
        begin = label[2] if label else prose_start(line)
        prose = line[begin:]
        title = footer_title(prose)
        if title:  # "The post TITLE appeared first on SITE.": the title is a headline
            if headings:
                _add(sentences, line, begin + title[0], begin + title[1], offset, paragraph, heading=True)
        elif prose.strip() and is_heading(prose, HEADLINE_WORDS if not text[:offset].strip() else 16):
            if headings:  # (a heading of two sentences, "X says A. NATO chief says B", is two headings)
                for span_start, span_end in _spans(prose):
                    _add(sentences, line, begin + span_start, begin + span_end, offset, paragraph, heading=True)
        elif prose.strip():
            for span_start, span_end in _spans(prose):
                _add(sentences, line, begin + span_start, begin + span_end, offset, paragraph, voice=voice)
        offset += len(line) + 1
    return sentences


# A line a copy broke after an abbreviation, the sentence going on in lower case on the next line
# ("quoting a senior U.S." / "defense official."): one line, its break kept.
_LAST_TOKEN = re.compile(r"(?:^|\s)(\S+)$")


def _broken_at_abbreviation(line: str) -> bool:
    token = _LAST_TOKEN.search(line.rstrip("\r"))
    word = token.group(1) if token else ""
    return bool(re.search(r"\b(?:[A-Z]\.){2,}$", word)) or word.endswith(".") and word[:-1].lower() in ABBREVIATIONS


def _rejoined(lines: list[str]) -> list[str]:
    joined: list[str] = []
    for line in lines:
        if joined and line[:1].islower() and _broken_at_abbreviation(joined[-1]):
            joined[-1] += "\n" + line
        else:
            joined.append(line)
    return joined


# A bracketed credit or caption opening a sentence inside a paragraph (no colon, no quotation in it).
_INLINE_CAPTION = re.compile(r"\s*\[[^\]\n:“”\"]{1,60}\]\s+(?=[A-Z“\"])")


def _add(sentences: list[Sentence], line: str, start: int, end: int, offset: int, paragraph: int,
         heading: bool = False, voice: str = "") -> None:
    raw = line[start:end]
    caption = _INLINE_CAPTION.match(raw)  # "[X Screenshot] He added, ...": a picture's credit left in the prose
    raw = raw[caption.end():] if caption and not heading else raw
    start += caption.end() if caption and not heading else 0
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    if body:
        first = offset + start + lead
        sentences.append(Sentence(body, first, first + len(body), paragraph, find_quotes(body), heading, voice))

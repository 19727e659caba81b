"""What in a page's text is not prose: date stamps, datelines, labels, feed footers.

Pages arrive as plain text with the furniture of their site still attached: a "date 2025-01-14"
stamp, a wire dateline ("SEOUL, Nov. 13 (Yonhap) --", "Seoul, Feb 19 (EFE).-",
"PYONGYANG, June 17. /TASS/."), a section label ("[News Today]", "Details:", "Background:"), a
feed footer ("The post TITLE appeared first on SITE."). None of it is anybody's statement, and
left in place it becomes the subject of the first sentence ("date 2025-01-13 Ukrainian President
... said"). The splitter starts each paragraph's prose after it, so offsets stay exact.
"""

from __future__ import annotations

import re

from bot.extract.places import is_place

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_STAMP = re.compile(r"\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+")
_BRACKET_LABEL = re.compile(r"\s*\[[^\]\n]{1,80}\]\s*")  # "[News Today]", "[KBS Exclusive Interview with ...]"
# Words of an article's section headings, never a speaker's name: "Key Developments:", "What’s Next:".
_SECTION_WORDS = re.compile(r"(?i)\b(?:developments|background|context|next|reactions?|analysis|details|summary|overview|"
                            r"highlights|takeaways|timeline|updates?|key|facts|written|published|posted|updated|edited|"
                            r"source|sources|read|related|photo|video|brief|note|notes|matters|explainer|opinion|text|"
                            r"categor(?:y|ies)|tags|disclaimer|copyright|terms)\b")  # ("Begin Text:", "Categories:",
# "Legal Disclaimer:": a page's labels)
# A transcript's speaker label: "GEORGE BARROS: ...", "BRIAN MANN, BYLINE: ...", "MANN: ...".
_SPEAKER_LABEL = re.compile(r"\s*(?P<name>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}|"
                            r"[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){1,2}|"  # "GEORGE BARROS:", "Matthew Sussex:"
                            r"(?:Journalist|Reporter|Question|Host|Moderator|Interviewer|Anchor|Presenter))"  # (the asker)
                            r"(?:,\s*(?P<role>[A-Z][A-Z ,.'’-]{1,40}?|[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){0,4}))?:(?:\s+|$)")
# ("Penny Wong, Foreign Minister:": a role in capitals or in title case)
# "Seoul, Jan 14 (IANS)", "Seoul, Feb 19 (EFE).-", "PYONGYANG, June 17. /TASS/.", "TOKYO, April 28 (KUNA) --"
_DATELINE_AGENCY = re.compile(
    rf"\s*[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){{0,2}},\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?\.?\s*"
    r"(?:\([A-Za-z .]{2,25}\)|/[A-Za-z .]{2,20}/)\.?\s*(?:(?:[-–—]+|\.-|:)\s*|\s+)")
# "SEOUL (Reuters) -", "KYIV (AP) — ": a place in capitals, the agency, a dash (glued to the next word or not)
_DATELINE_CAPS_AGENCY = re.compile(r"\s*[A-Z][A-Z'’-]{2,}(?:\s[A-Z][A-Z'’-]{2,}){0,2}(?:,\s+[A-Z][a-z]+)?\s*"
                                   r"\([A-Za-z .]{2,25}\)\s*[-–—]+\s*")
# "Seoul, Dec 17 Ukrainian President ...": a place, a date, no agency, no dash
_DATELINE_DATE = re.compile(rf"\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?\s+(?=[A-Z])")
# "SEOUL – ", "KYIV -- ", "SEOUL: ", "WASHINGTON, Nov. 4 -- "
_DATELINE_CAPS = re.compile(rf"\s*[A-Z][A-Z'’-]{{2,}}(?:\s[A-Z][A-Z'’-]{{2,}}){{0,2}}(?:,\s+{_MONTH}\s+\d{{1,2}})?"
                            r"\s*(?:(?:[-–—]{1,2}|:)\s+|(?:--|—)(?=[A-Z“\"][a-z]))")  # ("KYIV--The ...")
# "PRATICA DI MARE AIR BASE, Italy—", "KYIV, Ukraine -- ": a place in capitals, its country, a dash
_DATELINE_COUNTRY = re.compile(r"\s*[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,5},\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
                               r"\s*(?:[-–—]{1,2})\s*(?=[A-Z“\"])")
# A video transcript's time code glued to the line: "00:09Wednesday that ...", "1:02:33 The minister ...".
_TIMECODE = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?(?=\s*[A-Z“\"a-z])\s*")
_LABEL = re.compile(r"\s*(?:Details|Background|Context|Update|Updated|Source|Sources|Note|Quote|Editor's note|"
                    r"Editor’s note|Written|Published|Posted|Quotes?\s+(?:from|by)\s+[^:\n]{2,60}?)\s*:\s+")
# A pointer to another article ("Read also: Kyiv says ...", "RELATED | Seoul warns ..."): its title
# is that article's headline, not this one's, and it is read there if at all.
_LINK_LABEL = re.compile(r"\s*(?:Read (?:more|also|next)|Also read|See also|Related(?: articles?| stories| news| coverage)?|"
                         r"more(?=:)|"  # ("more:US announces ...": a link glued to its label)
                         r"More on this(?: story)?|Recommended|Watch|Listen)\s*(?:[:|»›]|[-–—](?=\s)|$)", re.IGNORECASE)
# An interview printed as questions and answers: "Q: ...", "A: ...", "Question: ...", "Answer: ...".
_INTERVIEW_LABEL = re.compile(r"\s*(?P<turn>Q|A|Question|Answer)\s*:\s+")
# The interviewer's turn named by the outlet or the role: "ntv.de: ...", "Interviewer: ...", "Host: ...".
_INTERVIEWER_LABEL = re.compile(r"\s*(?:[a-z][\w-]*\.(?:de|com|org|net|ru|ua|fr|uk|kr|jp|it|es|pl)|Interviewer|"
                                r"Host|Moderator)\s*:\s+")
QUESTION, ANSWER = "(question)", "(answer)"
_FOOTER = re.compile(r"^The post (?P<title>.{10,200}?) appeared first on [^.]{2,60}\.?\s*$")
_PAGE_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s")


def prose_start(line: str) -> int:
    """Where the prose of a paragraph begins, after any stamp, label or dateline."""
    pos = 0
    for pattern in (_TIMECODE, _STAMP, _BRACKET_LABEL, _LABEL, _DATELINE_AGENCY, _DATELINE_CAPS_AGENCY, _DATELINE_CAPS,
                    _DATELINE_COUNTRY, _DATELINE_DATE):
        m = pattern.match(line, pos)
        if m and m.end() < len(line):
            pos = m.end()
    return pos


def speaker_label(line: str) -> tuple[str, str, int] | None:
    """(speaker, their role, where their words begin) for a transcript line "NAME[, ROLE]: words";
    a place in capitals before a colon is a dateline, not a speaker. Only a document with several
    such lines is a transcript (the splitter decides); in any other, "NAME:" opening the text is
    taken for a dateline."""
    m = _SPEAKER_LABEL.match(line)
    if not m or _is_place_caps(m.group("name")) or _SECTION_WORDS.search(m.group("name")):
        return None  # (nor "Key Developments:", "What’s Next:": a section of the article)
    return m.group("name"), (m.group("role") or "").strip(), m.end()


# A broadcast transcript's turn label on a line of its own: "[Anchor]", "[Moon Sung-mook]".
_BRACKET_TURN = re.compile(r"\s*\[(?P<name>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){0,3})\]\s*")
_HOST_WORDS = frozenset("anchor host presenter moderator interviewer reporter announcer correspondent".split())


def bracketed_turn(line: str) -> str | None:
    """Who speaks from this line on, for a line that is only a bracketed turn label: QUESTION for the
    programme's own (anchor, host, reporter), else the name. The splitter reads them as turns only
    when the page has several and one of them is the programme's, so that a lone section label
    ("[News Today]") stays a label."""
    m = _BRACKET_TURN.fullmatch(line)
    if not m:
        return None
    name = m.group("name")
    if name.lower() in _HOST_WORDS:
        return QUESTION
    return None if _SECTION_WORDS.search(name) or len(name.split()) < 2 else name


# A timed transcript's turn label on a line of its own: "Mr. Risch (00:00):", "Marco Rubio (01:02:15):".
_TIMED_TURN = re.compile(r"\s*(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gen|Adm)\.?\s+|(?:Senator|Chairman|Chairwoman|Secretary|"
                         r"General|Admiral|President|Representative|Ambassador)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
                         r"\s*\(\d{1,2}:\d{2}(?::\d{2})?\)\s*:?\s*")


def timed_turn(line: str) -> str | None:
    """Who speaks from this line on, for a line that is only a timed turn label (the transcripts of
    hearings and press events: "Mr. Risch (00:00):"); the words are on the lines below."""
    m = _TIMED_TURN.fullmatch(line)
    return m.group("name") if m else None


# The outlet announcing that a printed interview follows, its questions and answers unlabelled:
# "Excerpts follow.", "This interview has been edited for length and clarity."
_INTERVIEW_FOLLOWS = re.compile(r"\s*(?:(?:The\s+)?(?:following\s+are\s+)?(?:edited\s+)?excerpts?\s+(?:follow|from\s+the\s+"
                                r"(?:interview|conversation))|(?:This|The)\s+(?:interview|conversation)\s+has\s+been\s+"
                                r"(?:lightly\s+)?(?:edited|condensed)|Below\s+(?:is|are)\s+(?:an?\s+)?(?:edited\s+)?"
                                r"(?:transcript|excerpts?|the\s+(?:full\s+)?(?:interview|conversation)))\b", re.I)


def interview_follows(line: str) -> bool:
    return bool(_INTERVIEW_FOLLOWS.match(line))


def related_link(line: str) -> str | None:
    """The title a line points at when it only points at another article ("Read also: TITLE"), ""
    for the bare label of a list of such pointers ("Related stories", '"Politics" POPULAR ARTICLE'),
    None for any other line."""
    m = _LINK_LABEL.match(line)
    if m:
        return line[m.end():].strip()
    return "" if _LIST_LABEL.search(line) and len(line.split()) <= 6 else None


# The label of a list of other articles, closing its line: "POPULAR ARTICLES", "Most read", "Other news".
_LIST_LABEL = re.compile(r"(?:popular\s+articles?|most\s+(?:read|popular|viewed)(?:\s+(?:news|stories|articles))?|"
                         r"trending(?:\s+now)?|other\s+news|"
                         r"latest\s+news|more\s+stories|you\s+may\s+also\s+like|related\s+(?:articles|stories|news))"
                         r"\s*:?\s*$", re.IGNORECASE)


# A one-word name answering a printed interview's "Q:" lines: "Zelenskyy: As you say, ...".
_ANSWERER_LABEL = re.compile(r"\s*(?P<name>[A-Z][a-z’'-]{2,}):\s+(?=[A-Z“\"])")
_NOT_ANSWERERS = re.compile(r"(?i)(?:quote|note|photo|caption|credit|editor|translation|interviewer|host|moderator)$")


def answerer_label(line: str) -> tuple[str, str, int] | None:
    """(name, "", where the words begin) for an interview's answer labelled by one name; the splitter
    reads it so only on a page whose questions are labelled "Q:"."""
    m = _ANSWERER_LABEL.match(line)
    if not m or _SECTION_WORDS.search(m.group("name")) or _NOT_ANSWERERS.match(m.group("name")):
        return None
    return m.group("name"), "", m.end()


def interview_turn(line: str) -> tuple[str, int] | None:
    """(QUESTION or ANSWER, where the words begin) for a line of a printed interview."""
    asked = _INTERVIEWER_LABEL.match(line)
    if asked:
        return QUESTION, asked.end()
    m = _INTERVIEW_LABEL.match(line)
    if not m:
        return None
    return (QUESTION if m.group("turn").startswith("Q") else ANSWER), m.end()


def _is_place_caps(text: str) -> bool:
    words = re.findall(r"[A-Z][A-Z'’-]+", text)
    return bool(words) and is_place(" ".join(w.capitalize() for w in words))


def footer_title(line: str) -> tuple[int, int] | None:
    """The span of the headline inside a feed footer ("The post TITLE appeared first on SITE.")."""
    m = _FOOTER.match(line)
    return m.span("title") if m else None


def page_date(text: str) -> str:
    """The ISO date of a leading "date YYYY-MM-DD" stamp, or ""."""
    m = _PAGE_DATE.match(text)
    return m.group(1) if m else ""

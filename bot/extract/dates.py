"""When a claim was made, from the words of its sentence and the document's publication date.

Date phrases are found here ("November 12", "12 Nov. 2024", "yesterday", "on Wednesday") and read
by dateparser relative to the publication date. "on Wednesday" in an article published on Thursday
24 October 2024 is 23 October: news writing uses bare weekdays for the past week (and "on Thursday"
in a Thursday story is that day, where dateparser would go back a week), so weekdays are counted
here. Without a publication date, relative dates stay unknown rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import dateparser

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS |= {k[:3]: v for k, v in MONTHS.items()} | {"sept": 9}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")
DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:\s+(?P<year>(?:19|20)\d\d))?\b")
WEEKDAY = re.compile(r"\b(?:on|last|this past|since)?\s*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                     r"Sunday)\b")
RELATIVE = re.compile(r"\b(?P<rel>yesterday|today)\b", re.I)


_SETTINGS = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}


@lru_cache(maxsize=8192)
def _parsed(phrase: str, published: dt.date | None) -> dt.date | None:
    """A date phrase read by dateparser relative to the article's date ("Nov. 12" in an article of
    24 October 2024 is 12 November 2023: news dates without a year are past ones)."""
    settings = dict(_SETTINGS, RELATIVE_BASE=dt.datetime(published.year, published.month, published.day)) \
        if published else dict(_SETTINGS)
    found = dateparser.parse(phrase, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return found.date() if found else None


def _explicit(m: re.Match[str], published: dt.date | None) -> dt.date | None:
    if not m.group("year") and not published:
        return None  # "on November 12" with no year and no date of publication: unknown, not this year
    return _parsed(m.group(0), published)


def resolve_date(sentence: str, published: str) -> str:
    """ISO date the sentence says its claim was made on, or "" when it does not say."""
    pub = dt.date.fromisoformat(published) if published else None
    candidates: list[tuple[int, dt.date]] = []
    for pattern in (MONTH_DAY, DAY_MONTH):
        for m in pattern.finditer(sentence):
            when = _explicit(m, pub)
            if when:
                candidates.append((m.start(), when))
    if pub:
        for m in WEEKDAY.finditer(sentence):
            back = (pub.weekday() - WEEKDAYS.index(m.group("wd").lower())) % 7
            if back == 0 and m.group(0).lower().startswith(("last", "this past")):
                back = 7  # "last Wednesday" in a Wednesday story is a week ago; "on Wednesday" is today
            candidates.append((m.start(), pub - dt.timedelta(days=back)))
        for m in RELATIVE.finditer(sentence):
            when = _parsed(m.group("rel").lower(), pub)
            if when:
                candidates.append((m.start(), when))
    return min(candidates)[1].isoformat() if candidates else ""

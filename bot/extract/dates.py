"""When a claim was made, from the words of its sentence and the document's publication date.

"on Wednesday" in an article published on Thursday 24 October 2024 is 23 October: news writing
uses bare weekdays for the past week. Without a publication date, relative dates stay unknown
rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re

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


def _explicit(m: re.Match[str], published: dt.date | None) -> dt.date | None:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day = int(m.group("day"))
    if m.group("year"):
        year = int(m.group("year"))
    elif published:
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


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
            shift = 1 if m.group("rel").lower() == "yesterday" else 0
            candidates.append((m.start(), pub - dt.timedelta(days=shift)))
    return min(candidates)[1].isoformat() if candidates else ""

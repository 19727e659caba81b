"""Numerals in running text, with their exact spans: "12,000", "1.5 million", "fifteen hundred",
"between 11,000 and 13,000", "11,000-12,000", "$2-5 billion", "40%", each with the qualifier
written before it ("up to", "some", "more than").

Numbers written in words are read by text2num (`text_to_num.text2num`); this module only finds
where a numeral starts and ends and whether two numerals make one range. What is not a count is
left out here: years ("in late 2024", "since 2022"), days of the month ("November 12", "12th"),
designations ("KN-23", "MiG-29") and vague amounts ("thousands of", "dozens").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bn": 1e9}
_WORD = "|".join(_SMALL + ["hundred", "thousand", "million", "billion"])
# A run of number words ("fifteen hundred", "twenty-five thousand", "one hundred and fifty"); "a"
# only before a scale ("a hundred"), "a dozen" and "dozen" on their own.
_WORDS = (rf"(?:a\s+(?:hundred|thousand|million)\b|a\s+dozen\b|(?:{_WORD})\b)"
          rf"(?:(?:\s+|-|\s+and\s+)(?:{_WORD}|dozen)\b)*")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Where an amount begins: "said about 300 had left" gives an amount, "said of the harbour" a topic.
AMOUNT_AHEAD = rf"\s+(?:US\$|\$|€|£|₩)?(?:\d|{_WORDS}|hundreds\b|thousands\b|half\b)"
QUALIFIERS = ("up to", "more than", "over", "at least", "about", "around", "approximately", "nearly", "almost",
              "some", "roughly", "fewer than", "less than", "as many as", "as few as", "an estimated", "estimated",
              "close to", "upwards of", "in excess of", "just over", "just under", "well over", "under", "below",
              "no more than", "at most", "between", "approaching", "exceeding", "more or less")
_QUAL = "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))


def _one(suffix: str) -> str:
    """One number: digits with an optional scale word, or number words; named groups end in `suffix`."""
    return (rf"(?P<cur{suffix}>US\$|\$|€|£|₩)?\s*(?:(?P<dig{suffix}>{_DIGITS})(?:\s*(?P<sc{suffix}>hundred|thousand|"
            rf"million|billion|trillion|mln|bn)\b)?|(?P<wrd{suffix}>{_WORDS}))")


PATTERN = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+)?" + _one("")
    + r"(?:\s*(?P<sep>–|—|-|\bto\b|\band\b|\bor\b)\s*" + _one("2") + r")?(?P<pct>\s*%|\s+per\s?cent\b)?",
    re.I)
MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_MONTH_BEFORE = re.compile(MONTHS + r"\s*$")
_MONTH_AFTER = re.compile(r"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?" + MONTHS + r"(?!\w)")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")
_DESIGNATION_BEFORE = re.compile(r"[A-Za-z][-‐]$|[A-Za-z]$|\d[.,/–-]?$|No\.\s*$|#\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Words after which a four-digit number is a year: "in late 2024", "since 2022", "the summer of 2025".
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|until|till|from|of|during|late|early|mid|end|spring|summer|autumn|fall|"
                          r"winter|year|before|after|through|throughout|between|and|to|the)\s*-?\s*$", re.I)
_YEAR_AFTER = re.compile(r"^\s*(?:[-–/]\s*\d{2,4}\b|,|\.|;|:|\)|$|[A-Z]|(?:and|to|or)\s+(?:19|20)\d\d\b)")
_VAGUE_AFTER = re.compile(r"^\s*(?:s\b|of\s+(?:thousands|millions|hundreds))", re.I)  # "hundreds", "tens of thousands"


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number in the text: `text[start:end]` is exactly what is written, qualifier included."""

    start: int
    end: int
    low: float
    high: float  # equal to `low` unless the text gives a range
    qualifier: str = ""  # lower case: "up to", "between", ...
    currency: str = ""  # "$", "€", "£", "₩" ("US$" is "$")
    percent: bool = False

    @property
    def is_range(self) -> bool:
        return self.high != self.low


@lru_cache(maxsize=4096)
def word_value(words: str) -> float | None:
    """"fifteen hundred" -> 1500.0, "a dozen" -> 12.0; None when text2num cannot read it."""
    words = re.sub(r"\s+", " ", words.lower().replace("-", " ")).strip()
    dozens = 1.0
    if words.endswith("dozen"):
        words, dozens = words[: -len("dozen")].strip(), 12.0
        if words in ("", "a"):
            return dozens
    if words.startswith("a "):
        words = "one " + words[2:]
    try:
        return float(text2num(words, "en")) * dozens
    except ValueError:
        return None


def _value(m: re.Match[str], dig: str, sc: str, wrd: str) -> tuple[float | None, bool]:
    """The value of one side of a match, and whether it carried its own scale word."""
    if m.group(dig):
        value = float(m.group(dig).replace(",", ""))
        scale = m.group(sc)
        return (value * _SCALES[scale.lower()], True) if scale else (value, False)
    words = m.group(wrd)
    if not words:
        return None, False
    return word_value(words), bool(re.search(r"hundred|thousand|million|billion", words, re.I))


def _is_year(text: str, m: re.Match[str]) -> bool:
    raw = m.group("dig") or ""
    if not _YEAR.fullmatch(raw) or m.group("qual") or m.group("cur") or m.group("sc"):
        return False
    return bool(_YEAR_BEFORE.search(text[max(0, m.start("dig") - 20): m.start("dig")])
                or _YEAR_AFTER.match(text[m.end("dig"):]))


def _skipped(text: str, m: re.Match[str]) -> bool:
    """Not a count: a date, an ordinal, a designation, a year, or a vague "hundreds of"."""
    start, end = m.start("dig") if m.group("dig") else m.start("wrd"), m.end("dig") if m.group("dig") else m.end("wrd")
    before, after = text[max(0, start - 12): start], text[end:]
    if m.group("dig"):
        if _DESIGNATION_BEFORE.search(before) or _ORDINAL_AFTER.match(after):
            return True
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
            return True
        if _is_year(text, m):
            return True
    return bool(_VAGUE_AFTER.match(after)) and not m.group("sc") and m.group("dig") is None


# Where a numeral may begin: a digit, or a number word (most text has neither, and is passed over
# without trying the whole pattern at every position).
_CANDIDATE = re.compile(rf"\d|\b(?:{_WORD}|a\s+dozen|a\s+(?:hundred|thousand|million))\b", re.I)
_LEAD = re.compile(rf"(?:\b(?:{_QUAL})\s+)?(?:US\$|\$|€|£|₩)?\s*$", re.I)


def numerals(text: str) -> list[Numeral]:
    """Every numeral of `text` that may count something, in order."""
    out: list[Numeral] = []
    pos = 0
    while (candidate := _CANDIDATE.search(text, pos)) is not None:
        lead = _LEAD.search(text, max(pos, candidate.start() - 40), candidate.start())  # "up to", "$" before it
        m = PATTERN.match(text, lead.start() if lead else candidate.start())
        if m is None or not (m.group("dig") or m.group("wrd")):
            pos = candidate.end()
            continue
        found = None if _skipped(text, m) else _numeral(text, m)
        pos = found.end if found is not None else (m.end("dig") if m.group("dig") else m.end("wrd") or m.end())
        pos = max(pos, candidate.end())
        if found is not None:
            out.append(found)
    return out


def _numeral(text: str, m: re.Match[str]) -> Numeral | None:
    """The numeral a match starts with: one number, or a range when its second half belongs to it."""
    low, scaled = _value(m, "dig", "sc", "wrd")
    if low is None:
        return None
    high, high_scaled = _value(m, "dig2", "sc2", "wrd2")
    if high is not None and _range((m.group("sep") or "").lower(), (m.group("qual") or "").lower(), text, m):
        raw_high = float(m.group("dig2").replace(",", "")) if m.group("dig2") else high
        if high_scaled and not scaled and low < raw_high:  # "$2-5 billion", "11-12 thousand"
            low *= high / raw_high
        if high >= low:
            return Numeral(_start(m), m.end(), low, high, (m.group("qual") or "").lower(), _currency(m),
                           bool(m.group("pct")))
    end = m.end("sc") if m.group("sc") else m.end("dig") if m.group("dig") else m.end("wrd")
    pct = re.match(r"\s*%|\s+per\s?cent\b", text[end:], re.I)
    return Numeral(_start(m), end + (pct.end() if pct else 0), low, low, (m.group("qual") or "").lower(),
                   _currency(m), bool(pct))


def _start(m: re.Match[str]) -> int:
    return next(m.start(g) for g in ("qual", "cur", "dig", "wrd") if m.group(g))


def _currency(m: re.Match[str]) -> str:
    cur = m.group("cur") or ""
    return "$" if "$" in cur else cur


def _range(sep: str, qualifier: str, text: str, m: re.Match[str]) -> bool:
    """Two numerals make one range with a dash, with "to" (not after "from": "rose from 11,000 to
    14,000" is a change), and with "and" or "or" only after "between"."""
    if sep in ("–", "—", "-"):
        return not re.search(r"[A-Za-z]$", text[:_start(m)])
    if sep == "to":
        return not re.search(r"\bfrom\s+(?:\w+\s+)?$", text[max(0, _start(m) - 20): _start(m)], re.I)
    return sep in ("and", "or") and qualifier == "between"

"""Quantities in a claim and what they count: "up to 10,000 North Korean troops" ->
Number(10000, "troops", "North Korean troops", "up to").

Numbers without something countable after them (a year, a day of the month, "KN-23") are not
quantities and are left out; money and percentages count even without a noun.
"""

from __future__ import annotations

import re

from bot.index.model import Number

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
         "fifty": 50, "hundred": 100, "a dozen": 12, "a few hundred": 300, "a hundred": 100}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
UNITS = set("""troops soldiers personnel brigades battalions regiments divisions units officers rounds
shells missiles rockets drones delegations casualties people workers tanks fighters sailors engineers
advisers advisors generals commandos forces men women civilians prisoners refugees vehicles aircraft
jets ships containers tons tonnes barrels launchers howitzers artillery ammunition weapons dollars
euros won rubles roubles years months weeks days kilometers kilometres miles meters metres""".split())
RATES = r"(?:\s+(?:per|a|each|every)\s+(?:year|month|week|day)|\s+annually|\s+monthly|\s+a\s+year)"
QUALIFIERS = r"(?:up to|more than|over|at least|about|around|approximately|nearly|almost|some|roughly|" \
             r"fewer than|less than|as many as|an estimated|an additional|between|an extra|another)"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORDNUM = "|".join(sorted((re.escape(w) for w in WORDS), key=len, reverse=True))
PATTERN = re.compile(
    rf"(?:(?P<qual>{QUALIFIERS})\s+)?(?P<cur>\$|US\$|€|£)?(?P<num>{_NUM}|\b(?:{_WORDNUM})\b)"
    rf"(?:\s*(?:–|-|to)\s*\$?(?P<high>{_NUM}))?"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?(?P<pct>\s*%|\s+percent\b)?",
    re.I)
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_AFTER = re.compile(r"(?:[\s,]+(?:[\w’'-]+))")


def _value(raw: str) -> float:
    raw = raw.lower()
    return float(WORDS[raw]) if raw in WORDS else float(raw.replace(",", ""))


def _what_it_counts(rest: str) -> tuple[str, str]:
    """(unit, counts) from the words after a number: the first countable noun within five words."""
    tokens = list(re.finditer(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]", rest))[:9]
    phrase: list[str] = []
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        if not word[0].isalpha() and word != ",":
            break
        phrase.append(word)
        bare = word.lower().strip("’'")
        nxt = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
        if bare in UNITS and nxt not in UNITS:  # "special forces soldiers": the last noun counts
            rate = re.match(RATES, rest[tok.end():], re.I)
            counts = " ".join(phrase).replace(" ,", ",") + (rate.group(0) if rate else "")
            return bare, re.sub(r"^(?:of|additional|extra)\s+", "", counts.strip())
        if len([p for p in phrase if p != ","]) >= 6:
            break
    return "", ""


def _rate(rest: str) -> str:
    rate = re.match(RATES, rest, re.I)
    return rate.group(0).strip() if rate else ""


def find_numbers(text: str) -> tuple[Number, ...]:
    found = []
    for m in PATTERN.finditer(text):
        before = text[:m.start("num")]
        if re.search(r"[A-Za-z]-$", before) or re.search(MONTHS + r"\s*$", before):
            continue  # "KN-23", "November 12"
        raw = m.group("num")
        value = _value(raw)
        scale = m.group("scale")
        if scale:
            value *= SCALES[scale.lower()]
        currency = m.group("cur")
        unit, counts = _what_it_counts(text[m.end():])
        if currency:
            unit, counts = "USD" if "$" in currency else currency, counts or _rate(text[m.end():])
        elif m.group("pct"):
            unit, counts = "percent", counts
        elif not unit:
            continue
        if unit in {"years", "months", "weeks", "days"} and not scale:
            continue  # durations are not quantities analysts compare
        if not scale and not currency and re.fullmatch(r"(19|20)\d\d", raw) and not counts:
            continue  # a year
        found.append(Number(value=value, unit=unit, counts=counts, qualifier=(m.group("qual") or "").lower(),
                            text=m.group(0).strip() + (" " + counts if counts and not currency else "")))
    return tuple(found)

"""The figures of a claim: what each numeral counts, and what kind of figure it is.

"North Korea sent 3,000 more troops, bringing the total to about 14,000" gives two figures: an
increment of 3,000 troops and a total of about 14,000 (the total inherits what it counts from the
figure before it). "Casualties at about 4,000" counts casualties though no noun follows the number;
"some 400 killed" counts the killed; "two soldiers were captured" counts captives, not troops sent;
"could rise to 50,000" is a forecast; "1,200 casualties a day" a rate; "Russian losses" are
Russia's, not North Korea's. Every figure keeps the text it was read from, exactly as written.

Numerals themselves (digits, words, ranges, qualifiers) are found by `numerals.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.numerals import Numeral, numerals
from bot.index.model import Number

UNITS = set("""troops soldiers personnel brigades battalions regiments divisions units officers rounds shells missiles
rockets drones delegations casualties people workers labourers laborers tanks fighters sailors engineers advisers
advisors generals commandos forces men women civilians prisoners pows captives refugees vehicles aircraft jets ships
containers tons tonnes barrels launchers howitzers artillery ammunition weapons dollars euros won rubles roubles
deminers sappers builders specialists instructors pilots snipers operators servicemen servicemembers recruits
conscripts mercenaries reinforcements deaths losses dead wounded injured killed years months weeks days
kilometers kilometres miles meters metres""".split())
# Singular countable nouns after "one" or "a single": "one North Korean soldier".
SINGULAR = {"soldier": "soldiers", "troop": "troops", "officer": "officers", "prisoner": "prisoners",
            "pow": "pows", "captive": "captives", "worker": "workers", "general": "generals",
            "brigade": "brigades", "battalion": "battalions", "regiment": "regiments", "division": "divisions",
            "serviceman": "servicemen"}
DURATIONS = {"years", "months", "weeks", "days"}
_PERIOD = r"(?:day|week|month|year)"
RATE = re.compile(rf"^\s*(?:(?:per|a|an|each|every)\s+(?P<per>{_PERIOD})\b|(?P<ly>daily|weekly|monthly|annually|yearly)\b)",
                  re.I)
_RATE_BEFORE = re.compile(r"\b(?P<ly>daily|weekly|monthly|annual|yearly)\s+(?:\w+\s+){0,2}$", re.I)
# What happened to the people counted, from the words after the figure ("were killed") or before
# it ("captured two soldiers").
FATES = (("captured", r"captured|taken (?:prisoner|captive)|prisoners?|pows?|captives?|surrendered"),
         ("killed", r"killed|dead|died|deaths?|slain|killed in action"),
         ("wounded", r"wounded|injured"),
         ("casualties", r"casualt(?:y|ies)|losses|killed or wounded|killed and wounded|dead (?:and|or) wounded|"
                        r"wounded (?:and|or) killed|toll"))
_FATE = {fate: re.compile(rf"\b(?:{pattern})\b", re.I) for fate, pattern in FATES}
_PARTICIPLE = re.compile(r"^\s*(?:(?:of\s+them|of\s+whom)\s+)?(?:(?:were|was|have\s+been|had\s+been|are|being|been)\s+)?"
                         r"(?:(?:reportedly|allegedly|already|either)\s+)?(?P<fate>killed(?:\s+(?:or|and)\s+wounded)?|"
                         r"wounded(?:\s+(?:or|and)\s+killed)?|injured|dead|died|captured|taken\s+prisoner|missing)\b",
                         re.I)
# A noun before the figure that says what it counts: "casualties at about 4,000", "the total to
# 14,000", "the number of North Korean troops in Russia to 14,000", "put the death toll at 300".
_HEAD = (r"casualt(?:y|ies)|losses|death\s+toll|toll|dead|deaths|troops|soldiers|personnel|forces|force|contingent|"
         r"deployment|number|numbers|total|tally|figure|count|strength|size|estimate|workers|captives|prisoners")
_NOUN_BEFORE = re.compile(
    rf"\b(?P<head>{_HEAD})\b(?P<of>\s+of\s+(?:the\s+)?(?P<what>(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+))?"
    rf"(?:\s+[\w’',-]+){{0,6}}?\s+(?:at|to|of|reached|reach|reaching|stood\s+at|stands\s+at|is|was|are|were|"
    rf"numbering|numbered|totall?ing|totall?ed|exceeded|exceeding|hit|topped|surpassed|approached|near|around)"
    r"(?:\s+an?\s+[a-z]+)?\s*$",  # ("put casualties at a staggering 4,700")
    re.I)
_GENERIC_HEADS = {"number", "numbers", "total", "tally", "figure", "count", "strength", "size", "estimate", "force",
                  "contingent", "deployment", "forces"}
_NATIONS = (("north korean", r"north\s+korean?s?|n\.\s?korean?|pyongyang(?:’s|'s)?|dprk|kim(?:’s|'s)"),
            ("russian", r"russian?s?|russia(?:’s|'s)|moscow(?:’s|'s)?|kremlin(?:’s|'s)?|putin(?:’s|'s)"),
            ("ukrainian", r"ukrainian?s?|ukraine(?:’s|'s)|kyiv(?:’s|'s)?|zelensk(?:yy|y|iy)(?:’s|'s)"),
            ("south korean", r"south\s+korean?s?|seoul(?:’s|'s)?"),
            ("american", r"american|u\.?s\.?|united\s+states"))
_NATION = re.compile("|".join(f"(?P<n{i}>\\b(?:{p})\\b)" for i, (_n, p) in enumerate(_NATIONS)), re.I)
# "Russia is losing 1,200 soldiers a day", "Ukraine has lost", "Russia's losses": whose losses.
_LOSER = re.compile(rf"(?:{_NATION.pattern})\s*(?:forces|troops|army|military)?\s*(?:(?:is|are|has|have|had|was|were)\s+)?"
                    rf"(?:been\s+)?(?:lose|lost|losing|loses|suffered|suffering|sustained|sustaining|losses|casualties)\b",
                    re.I)
_INCREMENT_BEFORE = re.compile(r"\b(?:an?\s+)?(?:additional|extra|further|fresh|another|new\s+batch\s+of|"
                               r"second\s+batch\s+of|reinforcements?\s+of)\s+$", re.I)
_INCREMENT_AFTER = re.compile(r"^\s+(?:more|additional|extra|further|fresh|reinforcements?)\b", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:total(?:\s+number)?|tally|altogether|in\s+all|overall|combined|cumulative|totall?ing|"
                           r"totall?ed)\b(?:\s+[\w’'-]+){0,8}?\s+(?:(?:at|to|of|reached|is|was|stands\s+at|"
                           r"stood\s+at)\s+)?$|\b(?:totall?ing|totall?ed|in\s+all)\s+$", re.I)
_TOTAL_AFTER = re.compile(r"^(?:\s+[\w’'-]+){0,3}?\s+(?:in\s+total|in\s+all|altogether|overall)\b", re.I)
_CHANGE_TO = re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|increas\w*|gr(?:ow|ew|own|owing|ows)|climb\w*|jump\w*|swell\w*|"
                        r"swollen|reach\w*|doubl\w*|brought|bringing|bring|rais\w*)\b(?:\s+[\w’',.-]+){0,8}?\s+to\s+"
                        r"(?:(?:about|around|some|nearly|over|more\s+than|roughly|approximately)\s+)?$",
                        re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)
# What makes a figure a forecast or a plan rather than a count of what is: a modal or an intention
# right before it ("could rise to", "plans to send", "is expected to reach"), not "may have sent" (nor the
# month: "by May, 3,000 had arrived").
_MODAL = r"will|would|could|(?-i:may)|might|shall"  # the ones that look ahead; "May" is the month
_FORECAST_BEFORE = re.compile(
    r"\b(?:" + _MODAL + r"|(?:is|are|was|were)\s+(?:set|due|expected|likely|poised|going|slated|"
    r"scheduled|planning|preparing|ready|about)\s+to|plans?\s+to|planned\s+to|planning\s+to|prepar(?:es|ing)\s+to|"
    r"intends?\s+to|aims?\s+to|expects?\b|threatens?\s+to|(?:pledg|vow|promis)(?:e|es|ed|ing)\s+to|forecasts?|projected|"
    r"projects|potential(?:ly)?|possible|"
    r"to\s+(?:rise|grow|increase|reach|climb|swell|double|top|exceed))\b(?!\s+(?:have|not\s+have|already|be\s+"
    r"(?:as\s+many\s+as|up\s+to|about|around|more\s+than|at\s+least|nearly|roughly|some|between)|be\s+\d))",
    re.I)
_FORECAST_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:in\s+the\s+coming\s+(?:days|weeks|months|years)|by\s+the\s+end\s+of|"
                             r"next\s+(?:year|month|week|spring|summer)|in\s+the\s+future|soon)\b"
                             # "2,600 troops will be sent": the modal after the figure governs it too
                             r"|^(?:\s+[\w’'-]+){0,5}?\s+(?:" + _MODAL + r"|are\s+(?:set|due|"
                             r"expected|to)\s+(?:to\s+)?be)\s+(?!have\b|not\s+have\b)", re.I)
# "estimated to reach three million rounds" is an estimate of what is, not a forecast.
_ESTIMATED_TO = re.compile(r"\b(?:estimated|believed|thought|assessed|said|reported|understood|known)\s+to\s+"
                           r"(?:rise|grow|increase|reach|climb|swell|double|top|exceed|total|number)\b", re.I)
_CLAUSE = re.compile(r"[.;:!?()\u2014]|,\s+(?:while|but|whereas|although|though)\b|\bbut\b|\bwhile\b|\bwhereas\b")
_WORD_FIGURE_NOUN = re.compile(r"^\s+(?:(?:north\s+korean|russian|ukrainian|more|additional|extra|special|forces?|"
                               r"elite|army|military|of\s+(?:the|its|their|his|these)|[a-z-]+)\s+){0,3}"
                               r"(?P<noun>[a-z]+)\b", re.I)


def find_numbers(text: str, stance: str = "asserts") -> tuple[Number, ...]:
    """The figures of one claim's text; `stance` "denies" makes each a figure denied."""
    found: list[Number] = []
    pending: Numeral | None = None  # "from 11,000" waits for the figure it changed to
    for numeral in numerals(text):
        number = _figure(text, numeral, found, stance)
        if number is None:
            pending = numeral if _FROM.search(text, max(0, numeral.start - 12), numeral.start) else None
            continue
        if pending is not None and re.fullmatch(r"\s*to\s*", text[pending.end:numeral.start]):
            found.append(replace(number, value=pending.low, low=pending.low, high=pending.high, kind="earlier",
                                 qualifier=pending.qualifier, text=text[pending.start:pending.end]))
        pending = None
        found.append(number)
    return tuple(found)


WINDOW = 240  # characters on either side of a figure that can bear on how it reads


def _figure(text: str, n: Numeral, earlier: list[Number], stance: str) -> Number | None:
    before, rest = text[max(0, n.start - WINDOW):n.start], text[n.end:n.end + WINDOW]
    clause = _clause(before)
    unit, counts, span_end = _counted(rest, n)
    fate = ""
    if n.currency:
        unit, counts = "USD" if n.currency == "$" else n.currency, counts if unit in ("", "USD") else counts
    elif n.percent:
        unit = "percent"
    elif not unit:
        unit, counts, fate, span_end = _bare(text, n, clause, rest, earlier)
        if not unit:
            return None
    if unit in DURATIONS and n.low < 1e3:
        return None  # durations are not quantities analysts compare
    if not n.currency and not n.percent and n.low == 1 and not n.qualifier and unit not in SINGULAR.values():
        return None  # "one of them"
    after = text[span_end:span_end + WINDOW]
    fate = fate or _fate(counts, after, clause)
    per = _per(after, clause)
    figure_text = text[n.start:span_end].rstrip(" ,")
    return Number(value=n.low, unit=unit, counts=counts, qualifier=n.qualifier, text=figure_text, low=n.low,
                  high=n.high, kind=_kind(clause, rest, before, stance, unit, n.qualifier), per=per, fate=fate,
                  side=_side(counts, clause, fate, unit))


def _clause(before: str) -> str:
    """The words of the figure's own clause before it ("the number could rise to ")."""
    cut = list(_CLAUSE.finditer(before))
    return before[cut[-1].end():] if cut else before


_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]")


def _counted(rest: str, n: Numeral) -> tuple[str, str, int]:
    """(unit, counts, end of the figure's text) from the noun after the numeral: "12,000 North Korean
    troops", "3,000 more troops", "one soldier"."""
    tokens = list(_TOKEN.finditer(rest, 0, 90))[:9]
    phrase: list[str] = []
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        if not word[0].isalpha() and word != ",":
            break
        joins_adjectives = word.lower() in ("and", "or") and i + 1 < len(tokens) and tokens[i + 1].group(0)[:1].isupper()
        if word.lower() in ("and", "or", "to", "in", "from", "at", "by", "who", "which", "that", "were", "was", "are") \
                and not joins_adjectives:
            break
        phrase.append(word)
        bare = word.lower().strip("’'")
        bare = "pows" if bare in ("pows", "pow's") else bare
        nxt = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
        unit = bare if bare in UNITS else SINGULAR.get(bare, "") if n.low == 1 else ""
        if unit and nxt not in UNITS:  # "special forces soldiers": the last noun counts
            counts = " ".join(phrase).replace(" ,", ",")
            counts = re.sub(r"^(?:of|more|additional|extra|further|fresh)\s+", "", counts.strip())
            return unit, counts, n.end + tok.end()
        if len([p for p in phrase if p != ","]) >= 6:
            break
    return "", "", n.end


def _bare(text: str, n: Numeral, clause: str, rest: str, earlier: list[Number]) -> tuple[str, str, str, int]:
    """What a figure with no noun after it counts: a fate after it ("400 killed", "300 were
    wounded"), or a noun before it ("casualties at about 4,000", "the total to 14,000")."""
    participle = _PARTICIPLE.match(rest)
    if participle:
        fate = _fate(participle.group("fate"), "", "")
        end = n.end + participle.end()
        return {"captured": "prisoners", "killed": "killed", "wounded": "wounded"}.get(fate, "casualties"), \
            participle.group("fate"), fate, end
    head = _NOUN_BEFORE.search(clause)
    if head is None:
        return "", "", "", n.end
    noun = head.group("head").lower()
    if noun in _GENERIC_HEADS:
        words = re.findall(r"[\w’'-]+", head.group(0))
        inner = next((i for i, w in enumerate(words) if w.lower() in UNITS - DURATIONS), -1)
        if inner >= 0:
            start = next((i + 1 for i, w in enumerate(words[:inner]) if w.lower() == "of"), inner)
            return words[inner].lower(), " ".join(words[start:inner + 1]), "", n.end
        if earlier and earlier[-1].unit not in ("USD", "percent", ""):
            last = earlier[-1]
            return last.unit, last.counts, last.fate, n.end
        if noun in ("force", "forces", "contingent", "deployment"):
            return "troops", noun, "", n.end
        return "", "", "", n.end
    noun = re.sub(r"\s+", " ", noun)
    unit = {"death toll": "killed", "toll": "killed", "dead": "killed", "deaths": "killed",
            "losses": "casualties", "casualty": "casualties"}.get(noun, noun)
    return unit, head.group(0).split()[0] if noun != "death toll" else "death toll", "", n.end


def _fate(counts: str, after: str, clause: str) -> str:
    """killed, wounded, casualties or captured, when the figure counts people that happened to."""
    near = f"{counts} {_first_words(after, 6)}"
    for fate, pattern in _FATE.items():
        if pattern.search(near):
            if fate == "killed" and _FATE["wounded"].search(near):
                return "casualties"
            return fate
    if re.search(r"\b(?:captured|capturing|capture)\s+(?:\w+\s+){0,2}$", clause, re.I):
        return "captured"
    if re.search(r"\b(?:lose|lost|losing|loses)\s+(?:\w+\s+){0,2}$", clause, re.I):
        return "casualties"
    if re.search(r"\b(?:killed|killing|kills|kill)\s+(?:\w+\s+){0,2}$", clause, re.I):
        return "killed"
    return ""


def _first_words(text: str, n: int) -> str:
    """The words right after a figure that may still be about it: up to its clause's end, a comma,
    or the next number."""
    cut = re.search(rf"{_CLAUSE.pattern}|,|\d|\b(?:and|or)\s+(?:about|some|around|nearly|over)?\s*\d", text)
    return " ".join((text[:cut.start()] if cut else text).split()[:n])


def _per(after: str, clause: str) -> str:
    found = RATE.match(after)
    if found:
        return (found.group("per") or {"daily": "day", "weekly": "week", "monthly": "month"}.get(
            found.group("ly").lower(), "year")).lower()
    found = _RATE_BEFORE.search(clause)
    if found:
        return {"daily": "day", "weekly": "week", "monthly": "month"}.get(found.group("ly").lower(), "year")
    return ""


def _kind(clause: str, rest: str, before: str, stance: str, unit: str, qualifier: str) -> str:
    """denied, forecast, earlier, increment, total or estimate: the first that applies."""
    if stance == "denies":
        return "denied"
    recent = " ".join(clause.split()[-9:]) + " "
    modal = _FORECAST_BEFORE.search(recent + (qualifier + " " if qualifier else ""))
    if (modal and not _ESTIMATED_TO.search(recent)) or _FORECAST_AFTER.match(rest):
        return "forecast"
    if _FROM.search(before) and re.match(r"^\s*(?:\w+\s+){0,3}to\s+(?:about|around|some|nearly|over|more than)?\s*\d",
                                         rest):
        return "earlier"  # "rose from 11,000 to 14,000": the figure it rose from
    if _INCREMENT_BEFORE.search(before[-40:]) or _INCREMENT_AFTER.match(rest) or unit == "reinforcements":
        return "increment"
    if _TOTAL_BEFORE.search(recent) or _TOTAL_AFTER.match(rest) or _CHANGE_TO.search(recent):
        return "total"
    return "estimate"


def _side(counts: str, clause: str, fate: str, unit: str) -> str:
    """Whose people or losses: a nationality in the figure's own words, else, for losses, the side
    the clause says suffers them ("Russia is losing ..."); "" when the text does not say."""
    own = _nations(counts)
    if len(own) == 1:
        return own[0]
    if len(own) > 1:
        return " and ".join(own)
    if fate or unit in ("casualties", "killed", "wounded", "losses"):
        losers = list(_LOSER.finditer(clause))
        if losers:
            return _nations(losers[-1].group(0))[0]
        adjective = re.search(rf"(?:{_NATION.pattern})\s+(?:\w+\s+)?(?:casualties|losses|dead|deaths|death\s+toll)\b"
                              r"(?:\s+[\w’'-]+){0,4}\s*$", clause, re.I)
        if adjective:
            return _nations(adjective.group(0))[0]
    return ""


def _nations(text: str) -> list[str]:
    found: dict[str, None] = {}
    for m in _NATION.finditer(text):
        found.setdefault(next(_NATIONS[int(k[1:])][0] for k, v in m.groupdict().items() if v), None)
    return list(found)

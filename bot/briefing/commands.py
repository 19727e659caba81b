"""Parsing `/nk-subscribe [HH:MM] [TIMEZONE]`, `/nk-unsubscribe`, `/nk-subscriptions`: pure functions.

They take the command text (and the requester's zone from `users.info`) and return data or raise
`UserError` with a message fit to show as it is: what was wrong, what is accepted, an example,
and for an unknown zone the closest real names (rapidfuzz over `zoneinfo.available_timezones()`).
Place names only: a fixed offset like `+03:00` does not follow daylight saving, so it is refused
with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import available_timezones

from rapidfuzz import fuzz

from bot.briefing.schedule import parse_hhmm
from bot.errors import UserError

DEFAULT_TIME = "08:00"
FALLBACK_ZONE = "UTC"
USAGE = "`/nk-subscribe [HH:MM] [TIMEZONE]`, e.g. `/nk-subscribe 08:30 Europe/Kyiv`"
_AMPM = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?$", re.IGNORECASE)
# Abbreviations are ambiguous (CST is in three continents) and ignore DST: suggest places instead.
_ABBREVIATIONS = {
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "bst": "Europe/London",
    "cet": "Europe/Berlin, Europe/Paris", "cest": "Europe/Berlin, Europe/Paris",
    "eet": "Europe/Kyiv, Europe/Helsinki", "eest": "Europe/Kyiv, Europe/Helsinki", "msk": "Europe/Moscow",
    "kst": "Asia/Seoul, Asia/Pyongyang", "jst": "Asia/Tokyo",
}
_OFFSET = re.compile(r"^(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?$", re.IGNORECASE)


@dataclass(frozen=True)
class SubscribeArgs:
    local_time: str  # "HH:MM", 24-hour
    timezone: str  # a canonical IANA name from zoneinfo
    time_defaulted: bool
    zone_defaulted: bool  # taken from the requester's profile (or UTC if Slack gave none)


_NOT_PLACES = ("Etc/", "SystemV/", "posix/", "right/")


@lru_cache(maxsize=1)
def zone_names() -> frozenset[str]:
    """Place names (and UTC); not legacy aliases like `EST` or sign-inverted `Etc/GMT+3`."""
    return frozenset(z for z in available_timezones()
                     if z in {"UTC", "GMT"} or ("/" in z and not z.startswith(_NOT_PLACES)))


def parse_time(token: str) -> str:
    """'8:05', '08:05', '8am', '5:30 pm' -> 'HH:MM'; UserError explaining the format otherwise."""
    ampm = _AMPM.match(token.strip())
    if ampm:
        hour, minute = int(ampm.group(1)), int(ampm.group(2) or 0)
        if 1 <= hour <= 12 and minute <= 59:
            hour = hour % 12 + (12 if ampm.group(3).lower() == "p" else 0)
            return f"{hour:02d}:{minute:02d}"
    else:
        try:
            return parse_hhmm(token).strftime("%H:%M")
        except ValueError:
            pass
    raise UserError(f"`{token}` is not a time of day. Use 24-hour HH:MM (hours 00-23, minutes 00-59) "
                    f"such as `08:00` or `17:30`. Usage: {USAGE}")


def suggest_zones(name: str, limit: int = 3) -> list[str]:
    """The closest zone names, comparing both the full name and the city part ('Kiyv' -> Europe/Kyiv)."""
    query = name.strip().replace(" ", "_").lower()
    scores: dict[str, float] = {}
    for zone in zone_names():
        city = zone.rsplit("/", 1)[-1].lower()
        scores[zone] = max(fuzz.WRatio(query, zone.lower()), fuzz.ratio(query, city) + 1)
    best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [zone for zone, score in best if score >= 60]


def resolve_zone(name: str) -> str:
    """An IANA zone name, matched exactly, then case-insensitively, then by unique city name."""
    zones = zone_names()
    if name in zones:
        return name
    if _OFFSET.match(name):
        raise UserError(f"`{name}` is a fixed offset, which does not follow daylight saving. Use a place "
                        "name such as `Europe/Kyiv`, `Asia/Seoul` or `America/New_York`.")
    wanted = name.strip().replace(" ", "_").lower()
    if wanted in _ABBREVIATIONS:
        places = ", ".join(f"`{z}`" for z in _ABBREVIATIONS[wanted].split(", "))
        raise UserError(f"`{name}` is an abbreviation, which can be ambiguous and does not follow "
                        f"daylight saving. Use a place name, e.g. {places}.")
    by_lower = {z.lower(): z for z in zones}
    if wanted in by_lower:
        return by_lower[wanted]
    cities = [z for z in zones if z.rsplit("/", 1)[-1].lower() == wanted]
    if len(cities) == 1:
        return cities[0]
    close = cities or suggest_zones(name)
    hint = f" Did you mean {', '.join(f'`{z}`' for z in close)}?" if close else ""
    raise UserError(f"`{name}` is not a time zone I know.{hint} Use an IANA name like `Europe/Kyiv`.")


def _looks_like_time(token: str) -> bool:
    return bool(token[:1].isdigit()) and not _OFFSET.match(token)


def parse_subscribe(text: str, default_zone: str | None) -> SubscribeArgs:
    """`[HH:MM] [TIMEZONE]` in either order; defaults 08:00 and the requester's zone."""
    tokens = (text or "").split()
    # "5:30 pm" arrives as two tokens: glue a trailing am/pm onto the time before it.
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i].lower().rstrip(".") in {"am", "pm", "a.m", "p.m"} and _looks_like_time(tokens[i - 1]):
            tokens[i - 1:i + 1] = [tokens[i - 1] + tokens[i]]
    times = [t for t in tokens if _looks_like_time(t)]
    rest = [t for t in tokens if not _looks_like_time(t)]
    if len(times) > 1:
        raise UserError(f"One time per channel, please (got {', '.join(times)}). Usage: {USAGE}")
    local_time = parse_time(times[0]) if times else DEFAULT_TIME
    if rest:
        zone, zone_defaulted = resolve_zone(" ".join(rest)), False
    else:
        zone_defaulted = True
        zone = default_zone if default_zone in zone_names() else FALLBACK_ZONE
    return SubscribeArgs(local_time, zone, time_defaulted=not times, zone_defaulted=zone_defaulted)


def parse_no_arguments(command: str, text: str) -> None:
    """`/nk-unsubscribe` and `/nk-subscriptions` act on the current channel and take nothing else."""
    if (text or "").strip():
        raise UserError(f"`{command}` takes no arguments: it acts on the channel you run it in "
                        f"(got `{text.strip()}`).")

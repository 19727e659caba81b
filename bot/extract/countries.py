"""Countries by every name news gives them, from pycountry (ISO 3166), and their peoples' adjectives.

pycountry knows each country's official and common names ("Korea, Democratic People's Republic of",
"North Korea", "Democratic People's Republic of Korea"); news uses the short form, so the
canonical name of a country here is its common name when ISO gives one, else a short name from
`SHORT` below, else ISO's name. ISO has no demonyms, so the adjectives ("Korean", "Estonian") are
a table here, meant to be extended rather than special-cased.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

# Short names news uses where ISO's has a comma or a formal prefix, by ISO alpha-2 code.
SHORT = {"RU": "Russia", "KR": "South Korea", "KP": "North Korea", "US": "United States", "GB": "United Kingdom",
         "SY": "Syria", "VN": "Vietnam", "LA": "Laos", "CZ": "Czech Republic", "MD": "Moldova", "IR": "Iran",
         "TW": "Taiwan", "TR": "Turkey", "VE": "Venezuela", "BO": "Bolivia", "TZ": "Tanzania", "PS": "Palestine", "VA": "Vatican"}
# Other names the story uses for a country.
ALSO = {"Britain": "GB", "Great Britain": "GB", "America": "US", "USA": "US", "DPRK": "KP", "ROK": "KR",
        "S.Korea": "KR", "S. Korea": "KR", "N.Korea": "KP", "N. Korea": "KP",  # (headlines' short forms)
        "Burma": "MM", "Holland": "NL"}
# A people's adjective, by the country it names.
DEMONYMS = {
    "North Korea": "north korean", "South Korea": "south korean", "Russia": "russian", "Ukraine": "ukrainian",
    "China": "chinese", "Japan": "japanese", "United Kingdom": "british", "United States": "american",
    "Germany": "german", "France": "french", "Poland": "polish", "Belarus": "belarusian", "Iran": "iranian",
    "Hungary": "hungarian", "Slovakia": "slovak slovakian", "Estonia": "estonian", "Latvia": "latvian",
    "Lithuania": "lithuanian", "Finland": "finnish", "Moldova": "moldovan", "Georgia": "georgian",
    "Turkey": "turkish", "India": "indian", "Israel": "israeli", "Italy": "italian", "Sweden": "swedish",
    "Norway": "norwegian", "Denmark": "danish", "Netherlands": "dutch", "Czech Republic": "czech",
    "Romania": "romanian", "Bulgaria": "bulgarian", "Serbia": "serbian", "Canada": "canadian",
    "Australia": "australian", "Mongolia": "mongolian", "Vietnam": "vietnamese", "Syria": "syrian",
    "Kazakhstan": "kazakh", "Taiwan": "taiwanese", "Spain": "spanish", "Austria": "austrian",
}

# Capitals news uses for their governments ("Warsaw said", "Oslo's foreign ministry"), by the country
# they stand for. Left out: capitals more often a person's name ("Wellington") or standing for a
# body rather than a country ("Brussels" for the EU, "The Hague" for its courts).
CAPITALS = {
    "Seoul": "South Korea", "Pyongyang": "North Korea", "Moscow": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Beijing": "China", "Tokyo": "Japan", "Washington": "United States", "London": "United Kingdom",
    "Paris": "France", "Berlin": "Germany", "Rome": "Italy", "Madrid": "Spain", "Lisbon": "Portugal",
    "Vienna": "Austria", "Bern": "Switzerland", "Dublin": "Ireland", "Athens": "Greece", "Warsaw": "Poland",
    "Prague": "Czech Republic", "Bratislava": "Slovakia", "Budapest": "Hungary", "Bucharest": "Romania",
    "Sofia": "Bulgaria", "Belgrade": "Serbia", "Chisinau": "Moldova", "Minsk": "Belarus", "Vilnius": "Lithuania",
    "Riga": "Latvia", "Tallinn": "Estonia", "Helsinki": "Finland", "Stockholm": "Sweden", "Oslo": "Norway",
    "Copenhagen": "Denmark", "Reykjavik": "Iceland", "Tbilisi": "Georgia", "Ankara": "Turkey", "Tehran": "Iran",
    "Damascus": "Syria", "New Delhi": "India", "Islamabad": "Pakistan", "Astana": "Kazakhstan",
    "Ulaanbaatar": "Mongolia", "Hanoi": "Vietnam", "Vientiane": "Laos", "Taipei": "Taiwan", "Manila": "Philippines",
    "Jakarta": "Indonesia", "Bangkok": "Thailand", "Canberra": "Australia", "Ottawa": "Canada",
}


def _canonical(country: object) -> str:
    return SHORT.get(country.alpha_2) or getattr(country, "common_name", None) or country.name  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every name of every country, lower case -> its canonical name ("russian federation" -> "Russia")."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        canonical = _canonical(country)
        for name in (canonical, country.name, getattr(country, "common_name", None),
                     getattr(country, "official_name", None)):
            if name and "," not in name:  # ("Korea, Republic of" is no way to write it in a sentence)
                names.setdefault(name.lower(), canonical)
    for name, code in ALSO.items():
        names[name.lower()] = _canonical(pycountry.countries.get(alpha_2=code))
    for name, canonical in list(names.items()):
        if "'" in name:  # news sets "Democratic People’s Republic of Korea" with a typographic apostrophe
            names.setdefault(name.replace("'", "’"), canonical)
    return names


@lru_cache(maxsize=1)
def country_names_as_written() -> frozenset[str]:
    """Every name of every country as it is written ("Democratic People's Republic of Korea")."""
    written = {name for name in country_names().values()} | {name for name in ALSO}
    for country in pycountry.countries:
        written |= {name for name in (country.name, getattr(country, "common_name", None),
                                      getattr(country, "official_name", None)) if name and "," not in name}
    return frozenset(written | {name.replace("'", "’") for name in written if "'" in name})


def country_words() -> dict[str, str]:
    """Country names and peoples' adjectives, lower case -> the country."""
    words = dict(country_names())
    for country, adjectives in DEMONYMS.items():
        for adjective in adjectives.split():
            words.setdefault(adjective, country)
    return words

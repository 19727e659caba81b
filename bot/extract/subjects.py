"""Turning the noun phrase in front of (or after) a reporting cue into speakers.

Without a statistical parser, a phrase counts as a speaker only when it has one of a few shapes
that news English uses for sources: a known entity from the registry, a person's name behind
optional titles ("NATO Secretary-General Mark Rutte"), a named organisation ("Japan's Defense
Ministry"), a country or capital ("Kyiv"), a vague group ("analysts", "reports from Seoul"), or a
pronoun or definite description ("he", "the ministry") that refers back to a speaker already
seen in the document. Anything else ("recent developments", "the report's authors' tone") is not
a speaker, which is what keeps narrative sentences out of the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.index.model import Speaker
from bot.extract.affiliation import COUNTRY_WORDS, country_of, institution_of
from bot.extract.entities import DocContext, singular
from bot.extract.introductions import Introduction
from bot.extract.lexicon import (
    ANONYMOUS_HEADS,
    DEMONYMS,
    DESCRIPTIVE,
    DETERMINERS,
    GROUP_NOUNS,
    HEADLINE_ACTIONS,
    MEDIA,
    ORG_WORDS,
    OUTLET_PARTS,
    PARTICLES,
    PEOPLE_NOUNS,
    PERSON_ROLES,
    PORTFOLIOS,
    PRONOUNS,
    STATEMENT_NOUNS,
    TITLE_GLUE,
    TITLES,
    VAGUE_HEADS,
    WIRES,
)
from bot.extract.countries import country_names
from bot.extract.cues import FORMS, HEADLINE_VERBS
from bot.extract.places import is_place
from bot.extract.signals import LIST_ITEM

_TOKEN = re.compile(r"[A-Za-z][\w'’.\-]*|\S")
_PAREN = re.compile(r"\s*\([^)]*\)")
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# "the second captive identified by the surname of Paik", "a sniper surnamed Ri"
NAMED_AS = re.compile(rf"^(?P<role>.*?)\s*\b(?:surnamed|named|called|(?:identified|known)\s+(?:only\s+)?(?:by\s+(?:his|her|the)\s+"
                      rf"(?:sur|family\s+|last\s+)?name(?:\s+of)?|as))\s+[“\"‘']?(?P<name>{_NAME})[,.]?[”\"’']?$")  # ('identified
# as “Veles,”': a call sign)
OUTLET_PART = re.compile(rf"^(?:[Tt]he\s+)?(?:[\w-]+\s+)?(?:{'|'.join(OUTLET_PARTS)})\s+of\s+({_NAME})$")
# "a recording Yu released at a press conference": whoever released the statement made it
RELEASED_BY = re.compile(rf"^(?:a|an|the)\s+(?:[\w-]+\s+)?(?:recording|statement|video|letter|post|message|transcript|"
                         rf"footage|clip)\s+(?:that\s+)?({_NAME})\s+(?:released|published|posted|shared|issued|"
                         rf"made|sent|played)\b.*$")
TIME_WORDS = set("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december earlier later today yesterday tonight""".split())
_ACRONYM_TITLES = {"un", "uk", "eu", "us", "nato"}
_COUNTRY_ABBREVIATIONS = {"u.s.", "us", "u.k.", "uk", "dprk", "rok"}
OUTLET_NAMED = re.compile(r"^(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+)?(?P<name>[A-Z].*?)\s+(?:state\s+)?(?:news\s+)?"
                          r"(?:agency|newspaper|daily|broadcaster|channel|outlet|television|radio)$")
NAMED_STATEMENT = re.compile(r"^(?:(?:[Tt]he|[Aa]n?)\s+(?:\d{4}\s+|new\s+|recent\s+|latest\s+)?)?"
                             r"(?P<who>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s+(?:(?:statement|report|"
                             r"assessment|estimate|analysis|briefing|update|announcement|figure|calculation|finding|"
                             r"study|document|memo|survey|paper|review|resolution)s?$|data$)")  # "The NIS statement",
# "HUR data", "A 2017 U.S. State Department report", "the European Parliament resolution"
OWNED_FIGURES = re.compile(r"^(?P<who>.{3,60}?\s+intelligence)\s+(?:estimates?|assessments?|reports?|figures|data|"
                           r"calculations|findings)$")
OUTLET_RUN = re.compile(r"^(?:.*?\s)?(?P<kind>(?:state(?:-run|-owned)?\s+)?(?:news\s+)?(?:newspaper|daily|broadcaster|channel|"
                        r"outlet|television|radio|magazine|agency|blog|website|portal|publication))\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})$")
STATE_OUTLET = re.compile(r"^(?:(?:[Tt]he\s+)?[\w’'-]+[’']s\s+)?(?P<kind>(?i:state|kremlin|government|pro-kremlin)-(?:run|owned|controlled|funded|backed|"
                          r"affiliated)(?:\s+(?:[A-Z][a-z]+(?:ian|ese|ish|an|ic)))?)\s+"
                          r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})$")
UNNAMED_PERSON = re.compile(r"^(?P<origin>(?:[A-Z][\w.’'-]*\s+){1,3})(?P<head>[a-z]+|POW)"
                            r"(?:\s+(?:in|from|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?$")
_RELEASE_NOUNS = re.compile(r"recording|statement|video|letter|post|message|transcript|footage|clip")
_GOVERNING_NOUNS = ("leadership", "regime", "regimes", "government", "governments", "authorities", "leaderships")
# "Analysts at the ISW", "researchers with the Korea Institute for National Unification": its staff.
STAFF_AT = re.compile(r"^(?P<who>(?:[\w’'-]+\s+){0,2}(?:analysts|experts|researchers|scholars|specialists|"
                      r"economists|staff|fellows|officials))\s+(?:at|with|from)\s+(?P<body>(?:the\s+)?[A-Z].*)$", re.I)
WITH_INSTITUTION = re.compile(r"^(.*?[A-Z][\w’'-]+)\s+((?:with|at|from)\s+(?:the\s+)?[A-Z].*)$")  # (and "analyst X from
# Meduza", "researcher X from the Y Center")
# "Rep. Lee Seong-kweun of the ruling People Power Party": a full name, then the body it is of.
PERSON_OF = re.compile(r"^(.*?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+(of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z].*)$")
CREDITED = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:estimates?|reports?|research|surveys?|investigations?|assessments?|analysis|figures|data|statistics|calculations|"
                      r"announcements?|findings|articles?|stud(?:y|ies)|information|forecasts?|projections?|predictions?|"
                      r"(?:news\s+|press\s+)?releases?|"
                      r"statements?|documents?|posts?|images|photos|footage|videos?|(?:telephone\s+|phone\s+)?calls?|"
                      r"intercepts?|recordings?)\s+(?:(?:adopted|issued|released|published|made|signed|put\s+out|"
                      r"posted|shared|confirmed|obtained|provided|gathered|reviewed|intercepted|seen)\s+"
                      r"(?:(?:on|to)\s+[\w.]+\s+)?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
                      r"(?:by|from|of)\s+(.+?)(?:\s+from\s+(?:a|an|the)\s+[^,]{1,40}?)?"
                      r"(?:\s+(?:on|in|last|earlier|this)\s+[^,]{1,25})?$", re.I)  # ("a report
# posted on X by the UK Ministry of Defense")
UNNAMED_OFFICIAL = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){1,6}(?:spokesperson|spokesman|spokeswoman|press\s+secretary|"
                              r"official|representative|envoy|ambassador|chief|director|head)$")
_OFFICIALS = (r"(?:representative|envoy|ambassador|spokesperson|spokesman|spokeswoman|official|delegate|diplomat|"
              r"minister|chief|commander|secretary|general|secretary-general|director|head|leader|president|"
              r"chairman|chairwoman|chair)")
COUNTRY_OFFICIAL = re.compile(rf"^(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+(?:[a-z-]+\s+){{0,2}}{_OFFICIALS}"
                              r"(?:\s+(?:to|at|in|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?$")
# Words for the speakers last named together: "the joint statement", "the two countries".
JOINT = re.compile(r"(?:the|their|a)\s+(?:joint\s+(?:statement|declaration|communiqu[eé]|letter|press\s+release)|"
                   r"two\s+(?:countries|nations|governments|leaders|sides|ministers|allies|presidents|men|women)|pair|duo)|"
                   r"both\s+(?:countries|nations|governments|leaders|sides|ministers|allies|presidents)")
# An outlet's own reporter: "the correspondent of Babel", "a reporter for Fjordposten".
REPORTER_OF = re.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts)\s+(?P<who>(?:[\w-]+\s+)?(?:correspondent|reporter|journalist)s?)"
                         r"\s+(?:of|for|at|from|with)\s+(?P<outlet>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")
PAIR_OF_PEOPLE = re.compile(r"\b(?:leaders|presidents|ministers|men|women|pair|duo)$")
_PARTY_WORDS = {"ruling", "governing"}  # lower case inside a body's name: "the Central Military Commission of the ruling
# Workers' Party"
SIDE_OF = re.compile(r"(?:[Tt]he\s+)?(?P<people>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+side")
PAIRED_ADJECTIVES = re.compile(r"^(?:[Bb]oth\s+)?(?:[Tt]he\s+)?(?P<a>(?:(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*,\s+)*"
                               r"(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*),?\s+and\s+"
                               r"(?P<b>(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*)\s+(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+s)$")  # ("American,
# South Korean and Ukrainian authorities": one each)
STAFF_OF_NAMED = re.compile(r"^(?:the\s+)?(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+"
                            r"(?P<staff>analysts|experts|researchers|specialists|scholars|economists)$")
BRIEFED_GROUP = re.compile(r"^(?P<who>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}?(?i:lawmakers|legislators|MPs|members|"
                           r"officials|senators|parliamentarians))\s+(?:briefed|informed)\s+by\s+(?P<by>.{2,60})$")
UNNAMED_ONE = re.compile(r"(?:A|An|The|One)\s")  # a speaker the text never named: "A ministry spokesperson"
COUNTRY_PAIR = re.compile(r"(?:the\s+two|both(?:\s+the)?)\s+(?:countries|nations|governments|sides|allies|states)")
THE_STATEMENT = re.compile(r"the\s+(?:statement|declaration|communiqu[eé])")
# A statement owned by a pronoun: "Its analysis", "his latest statement".
PRONOUN_STATEMENT = re.compile(r"(Its|its|His|his|Her|her)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(STATEMENT_NOUNS)) + r")")
_OWNER_PRONOUN = {"its": "it", "his": "he", "her": "she"}
# A person by family name after their country: "Russia's Shoigu".
COUNTRYS_PERSON = re.compile(r"(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+(?P<name>[A-Z][a-z’'-]+)")
# "the head of NATO", "the chief of the General Staff": one who heads a named body.
HEAD_OF = re.compile(r"^(?P<role>(?:[a-z-]+\s+){0,2}(?i:head|chief|leader|director|secretary[- ]general|spokesperson|"
                     r"spokesman|spokeswoman|commander|chairman|chairwoman))\s+of\s+(?:the\s+)?"
                     r"(?P<owner>[A-Z][\w.’'-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w.’'-]*){0,5})$")
ONE_OF = re.compile(rf"^[Oo]ne\s+of\s+(?:the\s+)?(?:[\w’'.-]+\s+){{0,5}}{_OFFICIALS}s$")
UNIT_MEMBER = re.compile(r"^(?:(?:a|an|one)\s+)?(?:[a-z-]+\s+){0,2}(?:commander|soldier|officer|fighter|member|"
                         r"sergeant|chief|head|spokesperson|spokesman|medic|drone\s+operator|serviceman)\s+(?:of|in|with|"
                         r"from)\s+(?:a|an|the|one)\s+(?:[\w’'-]+\s+){0,4}(?:unit|brigade|battalion|regiment|division|"
                         r"company|squad|platoon|detachment|group|team|corps)$")
GOVERNING = re.compile(r"^(?:the\s+)?(.+?)(?:[’']s)?\s+(?:leadership|regimes?|governments?|authorities|leaderships)$", re.I)
COMPANIONS = re.compile(r"^(?:(?:its|their|several|other|some|many|the|western|two|three|four|five|six|\d+)\s+"
                        r"(?:[A-Za-z-]+\s+){0,3}(?:allies|partners|backers|supporters|friends|"
                        r"nations|countries|governments|states|members)|others)$", re.I)  # ("the U.S. and others say")
BARE_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")
NOT_NAMES = TIME_WORDS | {"now", "how", "what", "why", "where", "who", "this", "that", "these", "those", "there",
                          "here", "however", "meanwhile", "officials",
                          # sentence adverbs opening a sentence: "Separately, the research group X said"
                          "separately", "additionally", "moreover", "furthermore", "similarly", "likewise",
                          "previously", "subsequently", "nevertheless", "instead", "specifically", "notably",
                          "importantly", "finally", "initially", "ultimately", "overall", "also", "still",
                          "sources", "analysts", "experts", "media", "reports", "police", "everyone", "nobody",
                          "someone", "both", "neither", "either", "all", "many", "some", "others", "one", "it",
                          "he", "she", "we", "us", "you", "i", "me", "they", "them", "our", "my", "his", "her", "its",
                          # page furniture: "Published: 28 Apr.", "Date: 2025-02-05", "Photo: AFP"
                          "published", "updated", "date", "posted", "photo", "image", "video", "credit", "editor",
                          "comment", "comments", "related", "tags", "share", "read", "more", "source", "note",
                          # function words a sentence may open with
                          "in", "on", "at", "for", "with", "by", "from", "as", "after", "before", "during", "under",
                          "over", "into", "and", "but", "or", "so", "if", "when", "while", "then", "also", "thus"}
MEMBERS_OF = re.compile(r"^(?:[Tt]he\s+)?(?P<who>(?:[A-Za-z][a-z-]*\s+){0,2}(?:ministers|leaders|members|officials|"
                        r"representatives|envoys|diplomats|delegates|heads|chiefs))\s+(?:of|from)\s+(?P<body>.+)$")
BODY_MEMBERS = re.compile(r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})\s+"
                          r"(?P<who>(?:(?:foreign|defen[cs]e|finance|interior)\s+)?(?:ministers|leaders|envoys|delegates)|"
                          r"(?P<members>member\s+(?:states|countries|nations)|countries|allies|members|nations))$")
LOCATED = re.compile(r"^(?:[Tt]he\s+)?(?P<org>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*|(?:[A-Z][\w.-]*\s+)?(?:[a-z-]+\s+){0,2}[a-z]+)\s+in\s+"
                     r"(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)$")
_PREPOSITIONS = {"amid", "despite", "without", "upon", "among", "amongst", "between", "against", "toward", "towards",
                 "until", "for", "unlike", "regarding", "concerning", "alongside", "having", "from", "into", "across",
                 "near", "through", "via"}  # ("From the Chongjin, Hamhun and Musudan regions, they were sent ...")  # ("For Russia, the use of ... indicates")
# "In Ukraine, reports of ... have drawn attention": a setting, not a source
_IN_PLACE = re.compile(r"(?:In|in|At|at)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")
_CLAUSE = re.compile(r"\b(?:is|are|was|were|been|being|has|have|had)\b")
# A role in lower case in front of a full name: "a member of parliament Lee Min-ho", "military
# correspondent Ivan Petrov". The role's last word is a person noun, never a preposition, so "a
# fellow at Brookings Institution" stays a role at an institution.
ROLE_NOUNS = PERSON_ROLES | {"member", "blogger", "commentator", "columnist", "activist", "historian", "economist",
                             "veteran", "volunteer", "politician", "lawyer", "editor", "writer", "observer",
                             "scientist", "sociologist", "strategist", "lecturer", "pundit", "author", "academic",
                             "psychologist", "orientalist", "sinologist", "propagandist", "philosopher"}
ROLE_BEFORE_NAME = re.compile(r"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<role>(?:[A-Z]{2,6}(?:[’']s)?\s+(?=[a-z])|"
                              r"(?:[A-Z][a-z]+\s+){1,3}(?=(?:[a-z]+\s+){0,2}(?:columnist|correspondent|reporter|editor|"
                              r"journalist|writer|commentator|analyst|researcher)\b))?[A-Za-z][a-z.-]*"
                              r"(?:\s+[a-z][\w.-]*){0,4})\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})$")
# (an acronym or an outlet's name may open the role: "BBC security correspondent Frank Gardner", "Financial Times
# columnist Gideon Rachman")
_NOT_BEFORE_NAME = {"of", "at", "for", "with", "from", "in", "to", "by", "on", "the", "and", "or", "as"}


@dataclass
class Mention:
    speaker: Speaker
    role: str = ""
    vague: bool = False
    inferred: bool = False  # found by a guess (a description's fallback, a family name nobody explained)

    def copy(self) -> Mention:
        """An attribution's own mention (its role is set per attribution), keeping how it was found."""
        return replace(self)


_SPACES = re.compile(r"\s+")
_OWNER_DETERMINER = re.compile(r"^(?:the\s+)?(?:country|nation|state|government|party|ministry|agency)[’']s\s+", re.I)
_POSSESSIVE_END = re.compile(r"[’']s?$")
_POSSESSIVE_HEAD = re.compile(r"^(.*?)[’']s?\s+(\w+)(?:\s+(?:on|in|to|with)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})?$")
# ("Nausėda's post on X", "Lavrov's interview with RT": the owner speaks, not the medium)


# A body described by its kind, then named: "the UK-based nonprofit research group Open Source Centre".
_KIND_THEN_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[\w-]+\s+){0,4}?(?:group|organi[sz]ation|think\s+tank|institute|"
                             r"nonprofit|monitor|watchdog|firm|company|project|initiative)\s+"
                             r"(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|for|and|the)){0,5})")
# A body's own website: "the NATO website", "the Kremlin's website", "the ministry’s official site".
_OWNERS_SITE = re.compile(r"(?:[Tt]he\s+)?(?P<owner>(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)(?:[’']s)?\s+(?:official\s+)?"
                          r"(?:website|web\s+site|site|portal|homepage|Telegram\s+channel)|"
                          r"(?:[Tt]he\s+)?(?:official\s+)?(?:website|web\s+site|portal|homepage|Telegram\s+channel)\s+of\s+"
                          r"(?P<owner_after>(?:the\s+)?(?:[A-Z][\w.&-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[A-Z][\w.&-]*)")
# ("the website of the Council of the European Union")
# A person named after the country they belong to: "Ukraine’s Volodymyr Zelensky".
_PLACES_PERSON = re.compile(r"(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+"
                            r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})")


def _strip(phrase: str) -> str:
    phrase = _PAREN.sub("", phrase).strip(" ,;:—–-\"“”'’")
    phrase = _EPITHET.sub("", phrase)  # "rival South Korea", "neighbouring Poland": the country itself
    return _SPACES.sub(" ", phrase)


_EPITHET = re.compile(r"^(?i:(?:the|its|their)\s+)?(?i:rival|neighbou?ring|fellow|reclusive|secretive|isolated|"
                      r"nuclear-armed|war-torn|(?:[a-z]+-)*[a-z0-9]+-year-old)\s+(?=[A-Z])")  # (and "Twenty-six-year-old
# Ri": Ri)


def _drop_determiners(phrase: str) -> str:
    """"the", "its", and "the country's" before a name: "the country's Central Military Commission"."""
    phrase = _OWNER_DETERMINER.sub("", phrase)
    words = phrase.split()
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words)


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _cap(word: str) -> bool:
    return word[:1].isupper() or bool(_ORDINAL.fullmatch(word))  # ("the 47th Brigade")


def _cap_name(word: str) -> bool:
    """Capitalised as a name is, a family name with a particle joined to it included ("de-Bretton-Gordon")."""
    first, _, rest = word.partition("-")
    return _cap(word) or first.lower() in PARTICLES and _cap(rest)


def _name_run(words: list[str]) -> tuple[list[str], list[str]]:
    """Split a phrase into (title words, trailing capitalised name) -- "U.S. Secretary of Defense
    Lloyd Austin" -> (["U.S.", "Secretary", "of", "Defense"], ["Lloyd", "Austin"])."""
    i = len(words)
    while i > 0 and (_cap_name(words[i - 1]) or words[i - 1].lower() in PARTICLES):
        i -= 1  # ("de Vries", "de-Bretton-Gordon")
    run = words[i:]
    words = [w for w in words[:i] if any(ch.isalpha() for ch in w)] + run  # "3. Ukraine": no role "3."
    i = len(words) - len(run)
    bare = [_POSSESSIVE_END.sub("", w.lower()) for w in run]  # "U.S.'s", not "States" -> "state"
    titled = [k for k, w in enumerate(run) if (bare[k] in TITLES | {"u.s", "us"} or "-" in bare[k] and
                                               all(p in TITLES for p in bare[k].split("-")))  # "Under-Secretary-General"
              and (w.isupper() or bare[k] not in _ACRONYM_TITLES)]  # "UN envoy", not "Kim Jong Un"
    j = titled[-1] + 1 if titled else 0  # "Polish Foreign Minister Radoslaw Sikorski": after the last title
    bodies = [k for k, w in enumerate(bare) if w in ORG_WORDS]  # "the head of the Main Intelligence Directorate
    if bodies and j <= bodies[-1] and len(run) - bodies[-1] - 1 >= 2:  # Kyrylo Budanov": after the body's name
        j = bodies[-1] + 1
    if j and i and words[i - 1].lower() in ("of", "to", "in"):  # "President of Ukraine Volodymyr Zelensky",
        # "Ambassador to North Korea Alexander Matsegora": the place is
        for k in (3, 2, 1):  # the title's, the name follows it
            if len(run) - j - k >= 2 and is_place(" ".join(run[j:j + k])):
                j += k
                break
    elif not j and i and words[i - 1].lower() in ("of", "to"):
        for k in (3, 2, 1):
            if len(run) - k >= 2 and is_place(" ".join(run[:k])):
                j = k
                break
    if not j and len(run) >= 4 and i >= 2 and words[i - 1].lower() == "the" and words[i - 2].lower() in ("to", "of", "at"):
        j = len(run) - 2  # "Ambassador to the United Nations Vasily Nebenzia": the body's name, then the person's
    return words[:i] + run[:j], run[j:]


def demonym(word: str) -> bool:
    """"Korean", "Estonian", "Japanese", "Polish": a people's adjective, capitalised."""
    lower = word.lower()
    return lower in DEMONYMS or word[:1].isupper() and lower.endswith(("ian", "ese", "ish", "ean", "an", "ic"))


def _compound_brand(word: str) -> bool:
    """"RBC-Ukraine", "Interfax-Ukraine", "ABC-News": capitalised parts joined by hyphens, one an
    acronym, a place or a media word, are an outlet's or an agency's name; a person's hyphenated
    name ("Yo-jong", "Smith-Jones") has neither."""
    parts = word.split("-")
    return len(parts) > 1 and all(_cap(p) for p in parts) and any(
        p.isupper() and len(p) > 1 or is_place(p) or p.lower() in MEDIA | {"news", "info", "press"} for p in parts)


# What a country's own figures are called ("according to Russian data"); its "reports" are its press's.
_OFFICIAL_FIGURES = re.compile(r"\b(?:data|figures|estimates?|statistics|calculations|assessments?)$")
# A trade in lower case, then a full name: "security engineer Ola Bryn".
_ROLE_THEN_FULL_NAME = re.compile(r"(?P<role>(?:[a-z][\w-]*\s+){1,3})"
                                  r"(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})")
_CAMEL = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*|[A-Z]{2,}[a-z]{3,}")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|Di|De|Da|Le|La|Van|Von|O)[A-Z][a-z]+$")


def _camel_brand(word: str) -> bool:
    """"InformNapalm", "DeepState", "OSINTdefender": a group's or a channel's name, one word with a capital
    inside it; a family name has one only after a prefix ("McCarthy", "DiCarlo", "DeSantis", "MacArthur")."""
    return bool(_CAMEL.fullmatch(word)) and not _NAME_PREFIX.match(word)


def _possessive_owner(phrase: str) -> str | None:
    """"the NIS's report", "the Council's ambassadorial meeting": whose words they are."""
    m = _POSSESSIVE_HEAD.match(phrase) or _POSSESSIVE_MEETING.match(phrase)
    if m and m.group(2).lower() == "intelligence" and is_place(_drop_determiners(m.group(1))):
        return None  # "South Korea's intelligence": its intelligence service, which speaks for itself
    if m and (m.group(2).lower() in STATEMENT_NOUNS | _GATHERINGS):
        return m.group(1)
    return None


_GATHERINGS = {"meeting", "session", "summit", "council", "conference"}
_POSSESSIVE_MEETING = re.compile(r"^(.*?)[’']s?\s+(?:[a-z-]+\s+){0,2}(meeting|session|summit|conference)$")


class SubjectResolver:
    """Resolves a phrase to the speakers it denotes, using and updating the document context."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.registry = ctx.registry
        self.bare_names = False  # a lone unknown family name may name a person (the last reading only)

    def resolve(self, phrase: str, allow_coordination: bool = True) -> list[Mention]:
        phrase = _strip(phrase)
        phrase = _DAY_OWNED.sub("", phrase)  # "Monday’s KCNA": KCNA
        phrase = _WHO_CLAUSE.sub("", phrase) if " who " in phrase else phrase  # "lawmakers who briefed reporters"
        side = _KOREAN_SIDE.match(phrase) if "outh" in phrase or "orth" in phrase else None
        if side and self.ctx.names_country(f"{side.group(1).capitalize()} Korea"):  # "the South's spy agency" in a
            phrase = f"{side.group(1).capitalize()} Korea{side.group(2)} {phrase[side.end():]}"  # text on South Korea
        if ONE_OF_GROUP.fullmatch(phrase):  # "One of them testified that ...": an unnamed one of those just named
            return [self.one_of(phrase)]
        relayed = _REPORTS_CITING.fullmatch(phrase)
        if relayed:  # "..., Reports Citing Seoul’s Spy Agency Say": the agency the reports cite
            cited = self.resolve(relayed.group("who"), allow_coordination=False)
            if len(cited) == 1 and not cited[0].vague:
                return cited
        part_of = _BODY_OF_LOWER.fullmatch(phrase)
        if part_of and any(w.lower() in ORG_WORDS for w in part_of.group("org").split()):  # "the 47th Brigade of the
            acronym = f" ({part_of.group('acr')})" if part_of.group("acr") else ""  # Ukrainian armed forces", "the
            found = self.resolve(part_of.group("org") + acronym, allow_coordination=False)  # Intelligence Directorate
            if len(found) == 1 and not found[0].vague and found[0].speaker.kind != "person":  # of the Ukrainian
                return found  # military (HUR)": the body named, what it is part of in the writer's own words
        own = _BODYS_OFFICIAL.fullmatch(phrase)
        if own:  # "a ministry official" after "the foreign ministry in Seoul voiced concern": that ministry's
            body = self.ctx.describe(own.group("body"), definite=True)
            if body is not None and body.kind not in ("person", "vague"):
                return [Mention(body, role=own.group("role"))]
        kind_then_name = _KIND_THEN_NAME.fullmatch(phrase)
        if kind_then_name:  # "the UK-based nonprofit research group Open Source Centre": the group, by its name
            found = self.resolve(kind_then_name.group("name"), allow_coordination=False)
            if len(found) == 1 and not found[0].vague:
                return found
        site = _OWNERS_SITE.fullmatch(phrase)
        if site:  # "according to the NATO website", "the Kremlin's website": the body that publishes it
            found = self.resolve(site.group("owner") or site.group("owner_after"), allow_coordination=False)
            if len(found) == 1 and not found[0].vague and found[0].speaker.kind != "person":
                return found
        person = _PLACES_PERSON.fullmatch(phrase)
        if person and (is_place(person.group("place")) or country_of(person.group("place"))) and \
                not ORG_WORDS.intersection(w.lower() for w in person.group("name").split()):
            found = self.resolve(person.group("name"), allow_coordination=False)  # "Ukraine’s Volodymyr Zelensky":
            if len(found) == 1 and found[0].speaker.kind == "person":  # the person, of that country
                return found
        glued = _GLUED.search(phrase)
        if glued and (" " in phrase or self.ctx.surname(phrase[glued.end():]) or
                      self.registry.resolve(phrase[glued.end():])):  # "More ShortsWaltz": a page's furniture run
            phrase = phrase[glued.end():]  # into the name, which starts at the capital (but "InformNapalm" alone,
            # with no Napalm known, is a group's one-word name)
        if not phrase or len(phrase.split()) > 14:
            return []
        lower = phrase.lower()
        if next((w for w in lower.split() if w[:1].isalpha()), "") in _PREPOSITIONS:
            return []  # "... Exceed 4,000 Amid Conscription Fears": a phrase of place or time, not a source
        if lower.split()[-1] in _PLACE_HEADS:
            return []  # "South Hwanghae Province", "Kursk Oblast": a place, never a speaker
        in_place = _IN_PLACE.fullmatch(phrase)
        if in_place and is_place(in_place.group("place")):
            return []
        released = RELEASED_BY.match(phrase) if _RELEASE_NOUNS.search(lower) else None
        if released:  # "a recording Yu released at a press conference": Yu
            return self.resolve(released.group(1), allow_coordination=False)
        role_named = ROLE_BEFORE_NAME.match(phrase)
        role_words = role_named.group("role").lower().split() if role_named else []
        if role_words and role_words[-1] not in _NOT_BEFORE_NAME and \
                ROLE_NOUNS.intersection(role_words + [w.removesuffix("s") for w in role_words]) and \
                not TITLES.issuperset(role_words):  # "a member of parliament Lee Min-ho" ("Foreign Minister X": below)
            name, role = role_named.group("name"), role_named.group("role")
            title, _, rest = name.partition(" ")
            if title.lower().rstrip(".") in TITLES and len(rest.split()) >= 2:  # "military expert Colonel X Y":
                name, role = rest, f"{role} {title}"  # the colonel is X Y
            person = self._person_named(name, role)
            if person:
                return [person]
        named = NAMED_AS.match(phrase) if "named" in lower or "called" in lower or "identified" in lower or \
            "known by" in lower else None
        if named:  # "the second captive identified by the surname of Paik", "a soldier, identified as Ri": the
            found = self.resolve(named.group("name"), allow_coordination=False)  # name the text gives for certain
            person = self._person_named(named.group("name"), named.group("role").strip()) if not found and \
                named.group("role").strip() else None
            found = found or ([person] if person else [])
            if found:
                for m in found:
                    m.role = m.role or named.group("role").strip()
                return found
        side = SIDE_OF.fullmatch(phrase)
        if side and country_of(side.group("people")):  # "the Latvian side expressed condemnation": its government
            country = country_of(side.group("people"))
            return [Mention(self.registry.resolve(country) or self._generate(country, "government"))]
        paired = PAIRED_ADJECTIVES.match(phrase)
        if paired and all(country_of(side) for side in re.split(r",\s+", paired.group("a"))) and \
                country_of(paired.group("b")) and \
                paired.group("noun").split()[-1].lower() not in VAGUE_HEADS:  # "the US and South Korean
            noun = paired.group("noun") if paired.group("noun").endswith("authorities") else \
                re.sub(r"(?<=[a-z])(?:ies)$", "y", paired.group("noun"))  # defense chiefs", "both the Ukrainian
            noun = noun if noun != paired.group("noun") or noun.endswith("authorities") else re.sub(r"s$", "", noun)
            each = []  # and U.S. governments": one each ("authorities" stay the government)
            for side in (*re.split(r",\s+", paired.group("a")), paired.group("b")):
                one = self.resolve(f"the {side} {noun}", allow_coordination=False)
                official = self.national_official(f"the {side} {noun}") if not one else None
                each += one[:1] or ([official] if official else [])
            if len(each) == len(re.split(r",\s+", paired.group("a"))) + 1 and not any(m.vague for m in each):
                return each
        reporter = REPORTER_OF.fullmatch(phrase)
        if reporter:  # "the correspondent of Babel reports": the outlet's own reporting, never a person named Babel
            outlet = _drop_determiners(reporter.group("outlet"))
            known = self.registry.resolve(outlet)
            return [Mention(known if known else self._generate(outlet, "outlet"), role=reporter.group("who"))]
        staff = STAFF_OF_NAMED.match(phrase)
        if staff and not country_of(staff.group("org")):  # "ISW analysts", "CSIS experts": the institute's staff,
            found = self.resolve(staff.group("org"), allow_coordination=False)  # as "analysts at ISW" is
            if len(found) == 1 and not found[0].vague and found[0].speaker.kind in ("institution", "outlet"):
                found[0].role = found[0].role or staff.group("staff")
                return found
        briefed = BRIEFED_GROUP.match(phrase)
        if briefed:  # "South Korean lawmakers briefed by the NIS": the lawmakers, who relay what they were told
            group = self.resolve(briefed.group("who"), allow_coordination=False)
            if len(group) == 1 and group[0].vague:
                name = _drop_determiners(phrase)
                return [Mention(self._generate(name[:1].upper() + name[1:], "vague", name), vague=True)]
        first_words = phrase.lower().split()[:2]
        if (first_words[0] in {"a", "an"} or first_words[0] == "one" and first_words[1:] != ["of"]) and \
                not NAMED_STATEMENT.match(phrase):  # ("A 2017 U.S. State Department report": the department's)
            return self._anonymous(phrase)  # "a senior fellow at ...": a role, not a speaker, unless it is
            # "a U.S. defense official" or "one Pentagon official"
        if _CLAUSE.search(phrase):
            return []  # "reports were corroborated by X": a clause, not a noun phrase
        pair_no, pair = self.ctx.paired
        if COUNTRY_PAIR.fullmatch(lower) and pair and pair_no > self.ctx.group_sentence and \
                self.ctx.sentence_no - pair_no <= 1:  # "Russia signed a treaty with North Korea. Both countries
            # said ...": the two the text just named, not two speakers named together further up
            return [Mention(self._generate(name, "government")) for name in pair]
        if JOINT.fullmatch(lower) and len(self.ctx.last_group) >= 2 and all(
                s.kind != "vague" for s in self.ctx.last_group):  # "the joint statement", "the two countries":
            if "joint" in lower:  # those last named together (and "the statement" from now on)
                self.ctx.joint = list(self.ctx.last_group)
            return [Mention(speaker) for speaker in self.ctx.last_group]
        two, apart = self.ctx.two_people() if JOINT.fullmatch(lower) and PAIR_OF_PEOPLE.search(lower) and \
            len(self.ctx.last_group) < 2 else ([], False)
        if two:  # "X held talks with Y on Monday. The two leaders agreed ...": X and Y
            return [Mention(speaker, inferred=apart) for speaker in two]
        if self.ctx.joint and THE_STATEMENT.fullmatch(lower):
            return [Mention(speaker) for speaker in self.ctx.joint]
        if lower == "they":  # "Lawmakers X and Y told reporters ... They also said": the two of them
            if self.ctx.sentence_no - self.ctx.group_sentence > 2:
                last = self.ctx.last_person  # "A State Department spokesperson told Yonhap ... , they said": one
                if last and self.ctx.sentence_no - self.ctx.person_sentence <= 1 and UNNAMED_ONE.match(last.name):
                    return [Mention(last, vague=last.kind == "vague")]  # unnamed person, no "he" or "she" known
                body = self.ctx.last_institution  # "North Korea confirmed its part in the battles. They say ...":
                if body and body.kind in ("government", "institution") and body in self.ctx.spoken and \
                        self.ctx.sentence_no - self.ctx.institution_sentence <= 1:  # the body that just spoke
                    return [Mention(body)]
                return []
            return [Mention(speaker, vague=speaker.kind == "vague") for speaker in self.ctx.last_group]
        if lower in ("he", "she"):
            target = self.ctx.she_or_he(lower)
            return [Mention(target, vague=target.kind == "vague")] if target else []
        if lower in PRONOUNS:
            target = self.ctx.last_person if PRONOUNS[lower] == "person" else self.ctx.last_institution
            return [Mention(target, vague=target.kind == "vague")] if target else []
        owner = _possessive_owner(phrase)
        if owner:
            return self.resolve(owner, allow_coordination)
        pronoun_owned = PRONOUN_STATEMENT.fullmatch(phrase)
        if pronoun_owned:  # "Its analysis estimates ...", "his statement said": the one just named
            return self.resolve(_OWNER_PRONOUN[pronoun_owned.group(1).lower()], allow_coordination)
        named_statement = NAMED_STATEMENT.match(phrase) or OWNED_FIGURES.match(phrase)
        if named_statement:  # "The NIS statement confirmed ...": the NIS; "South Korea's intelligence estimates
            found = self.resolve(named_statement.group("who"), allow_coordination=False)  # place the toll at": its
            if found and not any(m.vague for m in found):  # intelligence service
                return found
            people = named_statement.group("who")
            if len(people.split()) <= 2 and demonym(people.split()[-1]) and country_of(people) and \
                    _OFFICIAL_FIGURES.search(phrase):  # "according to Russian data" (not "Russian reports": its press)
                country = country_of(people)
                return [Mention(self.registry.resolve(country) or self._generate(country, "government"))]
        part = OUTLET_PART.match(phrase) if " of " in phrase else None
        if part:  # "the American edition of The New York Times": the newspaper
            return self.resolve(part.group(1), allow_coordination)
        governing = GOVERNING.match(phrase) if lower.endswith(_GOVERNING_NOUNS) else None
        if governing:  # "North Korea's leadership", "the Moscow and Pyongyang regimes": the countries
            national = not lower.endswith(("government", "governments"))  # "the Estonian government" is named so
            places = [p if is_place(p) or not national else COUNTRY_WORDS.get(p.lower()) or country_of(p) or p  # "Ukrainian
                      for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", governing.group(1)) if p]  # authorities"
            if all(is_place(p) or self.registry.resolve(p) for p in places):
                return [m for p in places for m in self.resolve(p, allow_coordination=False)]
        body_of = BODY_MEMBERS.match(phrase) if phrase.endswith(("ministers", "leaders", "envoys", "delegates", "states",
                                                                 "countries", "allies", "members", "nations")) else None
        if body_of:  # "The Group of Seven foreign ministers", "EU leaders": the body speaks through them (and
            found = [m for m in self.resolve(body_of.group("body"), allow_coordination=False) if not m.vague]
            if len(found) == 1 and found[0].speaker.kind != "person" and not (  # "NATO member states" through
                    body_of.group("members") and found[0].speaker.kind != "institution"):  # an alliance's members)
                found[0].role = found[0].role or body_of.group("who") or body_of.group("members")
                return found
        members = MEMBERS_OF.match(phrase) if " of " in phrase or " from " in phrase else None
        if members:  # "Foreign ministers of the Group of Seven (G7)": the body speaks through them
            found = [m for m in self.resolve(members.group("body"), allow_coordination=len(members.group("body")) < 40)
                     if not m.vague]  # ("the foreign ministers of Japan and Ukraine": both governments)
            if found and all(m.speaker.kind != "person" for m in found):
                for m in found:
                    m.role = m.role or members.group("who").strip()
                return found
        located = LOCATED.match(phrase) if " in " in phrase else None
        if located and is_place(located.group("place")) and \
                any(w.lower() in ORG_WORDS for w in located.group("org").split()):  # "the Defense Ministry in Moscow"
            org = located.group("org")
            name = f'{org[:1].upper()}{org[1:]} in {located.group("place")}'  # ("the foreign ministry in Seoul")
            return [Mention(self.registry.resolve(name) or self._generate(name, "institution",
                                                                          country=located.group("place")))]
        affiliated = WITH_INSTITUTION.match(phrase) if " with " in phrase or " at " in phrase or " from " in phrase else None
        if not affiliated and " of " in phrase:
            affiliated = PERSON_OF.match(phrase)
            title, name = _name_run(affiliated.group(1).split()) if affiliated else ([], [])
            if len(name) < 2 or any(w.lower().rstrip(".") in TITLES for w in name) or \
                    is_place(_drop_determiners(phrase)):  # ("the Democratic People's Republic of Korea")
                affiliated = None  # "Secretary of State X", "President of Ukraine X": a title, not a body
        if affiliated:  # "Military analyst George Barros with the Institute for the Study of War"
            found = self.resolve(affiliated.group(1), allow_coordination=False)
            if len(found) == 1 and found[0].speaker.kind == "person":
                found[0].role = ", ".join(r for r in (found[0].role, affiliated.group(2)) if r)
                return found
        staff = STAFF_AT.match(phrase) if " at " in phrase or " with " in phrase or " from " in phrase else None
        if staff:  # "Analysts at the Institute for the Study of War (ISW)": the institute, through its staff
            found = self.resolve(staff.group("body"), allow_coordination=False)
            if len(found) == 1 and not found[0].vague and found[0].speaker.kind != "person":
                found[0].role = found[0].role or staff.group("who").strip()
                return found
        credited = CREDITED.match(_drop_determiners(phrase)) if " by " in phrase or " from " in phrase or " of " in phrase \
            else None
        if credited:  # "estimates by the Korea Institute for Defense Analyses": the institute
            named = self.resolve(credited.group(1), allow_coordination)
            if named and not any(m.vague or m.speaker.kind == "government" for m in named):
                return named  # ("reports from Seoul" stay a vague source: whose reports is not said)
        if allow_coordination:
            parts = [re.sub(r"^(?:now|also|even|then|later)\s+", "", p.strip())  # "Ukraine and now the U.S."
                     for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|nor|or)\s+", phrase) if p.strip()]
            if len(parts) > 1:
                resolved = [self.resolve(p, allow_coordination=False) for p in parts]
                if all(resolved) and not any(m.vague for ms in resolved for m in ms):
                    return [m for ms in resolved for m in ms]
                named = [m for ms in resolved for m in ms if not m.vague]
                if named and all(not any(m.vague for m in ms) if ms else COMPANIONS.match(p.strip())
                                 for p, ms in zip(parts, resolved, strict=True)):
                    return named  # "The U.S. and its allies": the one named speaks for them
        return self._single(phrase)

    def _single(self, phrase: str) -> list[Mention]:
        bare = _drop_determiners(phrase)
        if not bare:
            return []
        if phrase.lower().startswith("their ") and not _cap(bare.split()[-1]):
            return []  # "their government", "their commanders": of the people just named (soldiers, crews),
            # not the last government or commander the text named
        countrys = COUNTRYS_PERSON.fullmatch(bare)  # "Russia's Shoigu", "Ukraine’s Zelensky": the person of that
        if countrys and is_place(countrys.group("place")):  # family name the text names
            known = self.ctx.surname(countrys.group("name")) or self.registry.resolve(countrys.group("name"))
            if known and known.kind == "person":
                return [Mention(known)]
        if BARE_SURNAME.fullmatch(bare) and not phrase[:1].islower():  # "Cha" after "Victor Cha": the document's
            registered = self.registry.resolve(bare)  # own person comes before a registry alias of the family name
            known = self.ctx.surname(bare) if registered and registered.kind == "person" else None
            if known and known is not registered:
                return [Mention(known)]
        found = self.registry.resolve(bare) or self.registry.resolve(phrase)
        if found:
            return [Mention(found, vague=found.kind == "vague")]
        owned_body = OWNED_BODY.fullmatch(bare)
        country = country_of(owned_body.group("owner")) if owned_body else ""
        found = self.registry.body_of(country, owned_body.group("body").split()) if country else None
        if found:  # "Seoul's intelligence service": the country's body the registry knows by other words
            return [Mention(found)]
        if bare in ("North", "South") and phrase.lower().startswith("the "):  # "Neither the North nor Russia"
            bare = f"{bare} Korea"  # (in news of the Korean peninsula, the North is North Korea)
            found = self.registry.resolve(bare)
            return [Mention(found or self._generate(bare, "government"))]
        formal = country_names().get(bare.lower())
        if formal and formal != bare:  # "the Democratic People's Republic of Korea", "the Russian Federation"
            return [Mention(self.registry.resolve(formal) or self._generate(formal, "government"))]
        if bare.lower() in _COUNTRY_ABBREVIATIONS:  # "the U.S.", "the UK": the country's government
            country = COUNTRY_WORDS[bare.lower()]
            return [Mention(self.registry.resolve(country) or self._generate(country, "government"))]
        unnamed = UNNAMED_PERSON.match(bare)
        if unnamed and not phrase.lower().startswith("the ") and \
                unnamed.group("head").lower() in ANONYMOUS_HEADS | PEOPLE_NOUNS | PERSON_ROLES and all(
                demonym(w) or w.endswith(".") or is_place(w) for w in unnamed.group("origin").split()):
            return self._vague(bare)  # a headline's "North Korean POW in Ukraine", "U.S. expert"
        controlled = STATE_OUTLET.match(bare)
        if controlled:  # "state-controlled Russian Ria": the outlet, by its name
            name, kind = controlled.group("name"), controlled.group("kind")
            people = re.search(r"\s+(\S+)$", kind)
            if people and any(w.lower() in ORG_WORDS for w in name.split()):  # ("Korean Central News Agency": the
                name, kind = f"{people.group(1)} {name}", kind[:people.start()]  # people's word is the name's)
            found = self.registry.resolve(name)
            return [Mention(found or self._generate(name, "outlet", kind))]
        run = OUTLET_RUN.match(bare)
        if run:  # "Russia's state-run newspaper Red Star": the outlet, by its name
            found = self.registry.resolve(run.group("name"))
            return [Mention(found or self._generate(run.group("name"), "outlet", run.group("kind")))]
        outlet = OUTLET_NAMED.match(bare)
        found = self.registry.resolve(outlet.group("name")) if outlet else None
        if found:  # "Norway's NTB news agency": the outlet the document already named "NTB"
            return [Mention(found)]
        words = bare.split()
        head = re.split(r"\s+(?:from|in|within|inside|of|at|with|on|for|about|over|to|by|against|close to|familiar with)\s+",
                        bare.lower())[0].split()[-1]
        head_words = [w for w in words if w.lower() == head]
        national = re.match(r"^((?:[A-Z][\w.-]*\s+){0,1}[A-Z][\w.-]*(?:[’']s)?\s+)(?:(?:military|defen[cs]e|foreign|naval)\s+)?"
                            r"(?:intelligence|intel)"
                            r"(?:\s+(?:services?|agenc(?:y|ies)|community))?$", bare)  # ("Ukrainian military intelligence";
        # a headline's "British intel")
        owner = _POSSESSIVE_END.sub("", national.group(1).strip()) if national else ""
        if national and country_of(owner):  # "South Korean intelligence", "Ukraine's military intelligence": its
            name = re.sub(r"\bintel$", "intelligence", bare)
            return [Mention(self._generate(name, "institution", country=country_of(owner)))]  # services
        if (head in STATEMENT_NOUNS or head.endswith("s") and head[:-1] in PERSON_ROLES) and \
                phrase.lower().startswith("the ") and not _cap_name(words[-1]):
            described = self.ctx.describe(bare, definite=head in STATEMENT_NOUNS)  # "the report", "the NYT
            if described:  # article", "the ministers": named before (a report never named: the one just speaking)
                return [Mention(described, vague=described.kind == "vague", inferred=self.ctx.guessed)]
        if head in VAGUE_HEADS and not head.endswith("s") and phrase.lower().startswith("the ") and \
                not _cap_name(words[-1]):
            described = self.ctx.describe(bare, definite=True)  # "the diplomat said": the ambassador named before
            if described and described.kind == "person":
                return [Mention(described, inferred=self.ctx.guessed)]
            if described and described.kind == "vague" and singular(described.name) and head == "source":
                return [Mention(described, vague=True)]  # "according to the source": the unnamed official quoted before
        if head in VAGUE_HEADS and (not _cap_name(words[-1]) or words[0].lower() == head
                                    or re.search(r"\b(?:from|in|within|inside)\b", bare)) and head_words:
            return self._vague(phrase)  # "analysts", "Experts", "reports from Seoul"
        definite = phrase.lower().startswith("the ")  # ("The Chairperson said": a role, capitalised; and, on a
        titled = self.bare_names and (all(w.lower().rstrip(".") in TITLES for w in words) or self.ctx.headline and (
            words[-1].lower() in PERSON_ROLES and all(w[:1].isupper() for w in words)))  # second reading, a
        role_head = words[-1].lower() in PERSON_ROLES or PERSON_ROLES.intersection(words[-1].lower().split("-"))
        posted = _POSTED_TO.fullmatch(bare)
        if posted and (is_place(posted.group("place")) or country_of(posted.group("place"))) and \
                posted.group("role").split()[-1].lower() in PERSON_ROLES:  # "Ukraine's Envoy in S. Korea Says ...":
            described = self.ctx.describe(posted.group("role"), definite=True)  # the envoy the text names
            if described:
                return [Mention(described, inferred=self.ctx.guessed)]
        if definite and len(words) == 1 and words[0].lower() in ORG_WORDS:  # "The Institute noted": the institute
            described = self.ctx.describe(words[0].lower(), definite=True)  # named before, capitalised as a name
            if described and described.kind != "person":
                return [Mention(described, inferred=self.ctx.guessed)]
        described = self.ctx.describe(bare, definite=definite) \
            if not _cap_name(words[-1]) or definite and role_head or titled else None  # ("The Secretary-General";
        # a headline's "says Defence Secretary" once the text has named the secretary)
        if described is None and titled and len(words) > 1 and country_of(" ".join(words[:-1])) and \
                all(demonym(w) or is_place(w) for w in words[:-1]):  # a headline's "South Korean Lawmaker
            described = self.ctx.describe(words[-1])  # Says": the one lawmaker the text named, of that country
            if described and described.country and described.country != country_of(" ".join(words[:-1])):
                described = None
        if described:  # "the spokesperson", "the Foreign Ministry representative"
            return [Mention(described, vague=described.kind == "vague", inferred=self.ctx.guessed)]
        envoy = COUNTRY_OFFICIAL.match(bare)
        owner = envoy.group("owner") if envoy else ""
        if envoy and self._body(owner):
            # "North Korea's representative to the UN", "NATO's secretary general": unnamed, of a named body
            return [Mention(self._generate(bare, "person", bare, country=envoy.group("owner")))]
        if not _cap_name(words[-1]):
            official = UNNAMED_OFFICIAL.match(bare)
            if official:  # "the Kremlin spokesperson", first met: an official of a named body, unnamed
                return [Mention(self._generate(bare, "person", bare))]
            if ONE_OF.match(bare) or UNIT_MEMBER.match(bare):  # "one of North Korea's United Nations
                # representatives", "the commander of a Ukrainian special forces unit": someone unnamed, and a
                # later "the Ukrainian commander" is that one, not the one Ukrainian the text named
                return [Mention(self._generate(bare[:1].upper() + bare[1:], "vague", bare), vague=True)]
            return self._common_institution(phrase, words[-1].lower())

        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1 and words[0].isalpha():  # "the EU", "NATO":
            return self._unknown(phrase, bare, words, "")  # a body by its acronym, never a title on its own
        head_of = HEAD_OF.match(bare)
        if head_of and self._body(head_of.group("owner")):  # "the head of NATO": the person who heads it,
            owner, role = head_of.group("owner"), head_of.group("role")  # named or not
            described = self.ctx.describe(f"{owner} {role.split()[-1]}")
            return [Mention(described or self._generate(bare[:1].upper() + bare[1:], "person", bare, country=owner))]
        if any(w.lower() in ORG_WORDS for w in words) and all(_cap(w) or w in TITLE_GLUE | _PARTY_WORDS for w in words):
            title, name = _name_run(words)
            titled = any(w.lower() in TITLES or w.lower().rstrip(".") in TITLES for w in title)
            if not (titled and len(name) >= 2 and not any(w.lower() in ORG_WORDS for w in name)):
                return self._unknown(phrase, bare, words, "")  # "Korea Institute for Defense Analyses", whole
            # "Chief of Staff Valery Gerasimov": a title, then a person
        title, name = _name_run(words)
        to_the = re.search(r"\b(?:to|at) (?:the\b|[A-Z])", " ".join(title))  # "Ambassador to the UN Vasily Nebenzia",
        # "Ambassador to North Korea Alexander Matsegora"
        glue = TITLE_GLUE | ({"to", "at"} if len(name) >= 2 and to_the else set())
        loose = [k for k, w in enumerate(title) if w[:1].islower() and w.lower() not in TITLES | glue | ORG_WORDS |
                 DESCRIPTIVE]
        if not name or loose and not any(w.lower().rstrip(".") in TITLES | PERSON_ROLES for w in title[loose[-1]:]):
            return []  # "the increase in cooperation with Japan": the name is not the head (but "the former
            # British Army tank commander, Col X": a role, its words in lower case)
        name_text = " ".join(name)
        role = " ".join(title)
        found = self.registry.resolve(name_text)
        if found:
            return [Mention(found, role=role)]
        for k in range(len(name) - 1, 0, -1):  # "State Antony Blinken" -> "Antony Blinken", not "Victor Cha" -> "Cha"
            found = self.registry.resolve(" ".join(name[-k:]))
            if found and found.kind == "person" and all(w.lower().rstrip(".") in TITLES for w in name[:-k]):
                return [Mention(found, role=" ".join(title + name[:-k]))]
        return self._unknown(phrase, bare, name, role)

    def _body(self, name: str) -> bool:
        """Whether `name` is a body or a country as a whole (not a body followed by a person's name)."""
        return bool(name.isupper() or is_place(name) or self.registry.resolve(name)
                    or name.split()[-1].lower() in ORG_WORDS
                    or name.split()[0].lower() in ORG_WORDS and re.search(r"\s(?:for|of)\s", name))  # ("Center for
        # Countering Disinformation")

    def subject(self, phrase: str) -> Mention | None:
        """The named entity a sentence opens with, so a later "he" or "it" can refer to it."""
        phrase = _strip(phrase)
        if not phrase or phrase.lower() in PRONOUNS or not any(_cap(w) for w in phrase.split()) or \
                NO_ONE_NAMED.match(phrase):
            return None  # (nor "What's Happening?": a section's question, nobody named)
        mentions = self.resolve(phrase, allow_coordination=False)
        return mentions[0] if len(mentions) == 1 and not mentions[0].vague else None

    def labelled(self, label: str) -> list[Mention]:
        """Who a transcript's label "Secretary Blinken" names: the person of that family name the
        text or the registry knows, else a person of that name with the title as role (a label is
        never a guess about who speaks)."""
        title, name = _name_run(label.split())
        if not title or not name or len(name) > 2:
            return []
        family = " ".join(name)
        known = self.registry.resolve(family) or self.ctx.surname(name[-1])
        return [Mention(known or self._generate(family, "person", " ".join(title)))]

    def introduce(self, intro: Introduction) -> Mention | None:
        """The entity an introduction names ("Foreign Ministry spokesperson Lee Jae-woong"), found
        in the registry or made up; a person the sentence names by family name alone ("a sniper
        surnamed Ri") is a person even without a title."""
        if intro.kind == "person":
            title, name = _name_run(intro.phrase.split())  # "Lieutenant General Kyrylo Budanov": the name
            if title and len(name) >= 2 and any(w.lower() in TITLES for w in title):
                intro = Introduction(" ".join(name), " ".join(title + ([intro.role] if intro.role else [])), "person")
            words = intro.phrase.split()
            if not words or any(is_place(w) for w in words) or is_place(" ".join(words)) or \
                    words[-1].lower() in DEMONYMS or len(words) == 1 and words[0].lower() in NOT_NAMES:
                return None  # ("Under South Korea's law": a country, not a person; "Now, South Korea's spy chief")
            found = self.registry.resolve(intro.phrase) or self.ctx.surname(words[-1]) if len(words) == 1 \
                else self.registry.resolve(intro.phrase)
            if not found and title and len(name) == 1:  # "Commander Stewart, former officer of ...": the Stewart
                known = self.resolve(intro.phrase, allow_coordination=False)  # the registry or the text knows, not
                found = known[0].speaker if len(known) == 1 and not known[0].vague else None  # a new person
            found = found or self._generate(intro.phrase, "person", intro.role)
            return Mention(found, role=intro.role)
        if intro.role:  # "the Chosun Ilbo newspaper": an outlet, whatever its name looks like
            found = self.registry.resolve(intro.phrase) or self._generate(intro.phrase, "outlet", intro.role)
            return Mention(found, role=intro.role)
        mentions = self.resolve(intro.phrase, allow_coordination=False)
        if len(mentions) != 1 or mentions[0].vague:
            return None
        mentions[0].role = mentions[0].role or intro.role
        return mentions[0]

    def _generate(self, name: str, kind: str, role: str = "", country: str = "") -> Speaker:
        """A registry entry for someone the registry does not know, with what the article says of
        them: the role, the institution it names, the country its words point to."""
        name = _POSSESSIVE_END.sub("", name)  # "Kim Jong Un's decision": Kim Jong Un
        if kind == "person" and re.search(r"\w{3}\.$", name) and not re.search(r"\b(?:Jr|Sr|Esq)\.$", name):
            name = name[:-1]  # a caption's "President Gitanas Nausėda." ends a sentence, not an initial
        found = self.registry.resolve(name)
        if found:
            return found
        affiliation = institution_of(role) if kind in ("person", "vague") else ""
        org = self.registry.resolve(affiliation) if affiliation else None
        country = country_of(country, name if kind == "government" else "", role, affiliation, name) or country or \
            (org.country if org else "") or (name if kind == "government" else "")
        return self.registry.resolve_or_generate(name, role=re.sub(r"^(?:the|a|an)\s+", "", role.strip(" ,")), kind=kind,
                                                 country=country, affiliation=org.id if org else affiliation)

    def one_of(self, phrase: str) -> Mention:
        """"One of them", "one of the two soldiers": someone unnamed, whom "he" then means (not the last
        person the text named)."""
        name = phrase[:1].upper() + phrase[1:]
        return Mention(self._generate(name, "vague"), vague=True)

    def outlet_named(self, name: str) -> list[Mention]:
        """A one-word name an appositive says is an outlet ("Rybar, a Telegram channel")."""
        found = self.registry.resolve(name)
        return [Mention(found or self._generate(name, "outlet"))]

    def interviewee(self, name: str) -> list[Mention]:
        """"The newspaper interviewed Baek": one interviewed is a person, a family name alone included
        (not a place, a body or a word of the lexicon)."""
        if " " in name or is_place(name) or name.lower() in ORG_WORDS | PERSON_ROLES | TITLES or country_of(name):
            return []
        return [Mention(self._generate(name, "person"))]

    def unnamed(self, phrase: str) -> list[Mention]:
        """"said the soldier" with no soldier named before: someone unnamed, whom "he" then means."""
        words = _strip(phrase).split()
        if 1 < len(words) <= 3 and words[0].lower() == "the" and \
                words[-1].lower() in PERSON_ROLES | PEOPLE_NOUNS | ANONYMOUS_HEADS:
            bare = " ".join(words[1:])
            return [Mention(self._generate("The " + bare, "vague", bare), vague=True)]
        return []

    def national_official(self, phrase: str) -> Mention | None:
        """"The South Korean defence minister was asked ...", the text naming no such minister: that
        minister all the same, whom a "he" after it means (not whoever spoke before)."""
        words = _strip(phrase).split()
        if not 3 <= len(words) <= 6 or words[0].lower() != "the" or words[-1].lower() not in PERSON_ROLES:
            return None
        country = country_of(" ".join(w for w in words[1:] if w[:1].isupper()))
        if not country or not all(w.lower() in TITLES or w[:1].isupper() and country_of(w) or
                                  w.lower() in ("south", "north") for w in words[1:]):
            return None
        bare = " ".join(words[1:])
        return Mention(self._generate(bare[:1].upper() + bare[1:], "person", bare, country=country))

    def _person_named(self, name: str, role: str) -> Mention | None:
        """A full name with the role the sentence gives it, unless the "name" is a place or a body."""
        words = name.split()
        if any(is_place(w) or w.lower() in ORG_WORDS | MEDIA or w.lower() in TIME_WORDS for w in words) or \
                len(words) == 1 and name.lower() in NOT_NAMES or \
                words[-1].lower() in DEMONYMS or all(w.isupper() for w in words):
            return None
        found = self.registry.resolve(name)
        return Mention(found or self._generate(name, "person", role), role=role)

    def _anonymous(self, phrase: str) -> list[Mention]:
        credited = CREDITED.match(_drop_determiners(phrase))
        if credited:  # "a report by Yonhap", "an announcement from the Russian government on November 14"
            found = self.resolve(credited.group(1), allow_coordination=False)
            named = _ROLE_THEN_FULL_NAME.fullmatch(credited.group(1)) if not found else None
            if named:  # "an investigation by security engineer Ola Bryn": the person, whatever the trade
                person = self._person_named(named.group("name"), named.group("role"))
                found = [person] if person else []
            return found if found and not any(m.vague for m in found) else []
        head = re.split(r"\s+(?:from|in|within|inside|among|of|at|with|on|for|to|familiar|close|who|speaking)\b",
                        phrase.lower())[0].split()[-1]
        if head in STATEMENT_NOUNS:  # "a South Korean intelligence assessment": the assessors
            author = re.match(r"^(?:a|an|one)\s+(?:(?:new|recent|latest|fresh|separate|classified|confidential)\s+)?"
                              r"(?P<who>[A-Z].*?)\s+\w+$", phrase)
            found = self.resolve(author.group("who"), allow_coordination=False) if author else []
            return found if len(found) == 1 and not found[0].vague else []
        if head not in ANONYMOUS_HEADS:  # "a Ministry of Foreign Affairs official": of a body whose name has "of"
            words = phrase.split()
            named_body = words[-1].lower() in ANONYMOUS_HEADS and len(words) > 2 and all(
                _cap(w) or w in ("of", "for", "the", "and") for w in words[1:-1])
            return self._vague(phrase) if named_body else []
        return self._vague(phrase)

    def _vague(self, phrase: str) -> list[Mention]:
        text = _drop_determiners(phrase) if phrase.split()[0].lower() in {"the", "these", "those"} else phrase
        name = text[:1].upper() + text[1:]
        return [Mention(self._generate(name, "vague"), vague=True)]

    def _common_institution(self, phrase: str, head: str) -> list[Mention]:
        """"the port authority", "the health ministry": an institution named by a common noun."""
        owned = re.match(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s\s", phrase)  # "Ukraine's defence ministry"
        national = phrase.split()[0].lower() in DEMONYMS  # "Russian state television"
        if head not in ORG_WORDS | MEDIA or not (phrase.lower().startswith("the ") or owned or national) \
                or len(phrase.split()) > 6 or len(_drop_determiners(phrase).split()) < 2:
            return []  # a bare "the ministry" with nothing before it to refer to is any ministry
        name = _drop_determiners(phrase)
        name = name[:1].upper() + name[1:]
        if head == "staff" and re.search(r"\b(?:chief|head)\s+of\s+(?:the\s+)?(?:general\s+)?staff$", name, re.I):
            return [Mention(self._generate(name, "person", name))]  # "Ukraine's chief of staff": a person, the staff's
        return [Mention(self._generate(name, "institution"))]

    def _unknown(self, phrase: str, bare: str, name: list[str], role: str) -> list[Mention]:
        """A name the registry does not know: an organisation, a country, or a new person."""
        lower = [w.lower().strip("’'") for w in name]
        if len(name) == 1:  # "Yusov", "the GUR": someone the document introduced
            known = self.ctx.acronym(name[0]) or self.ctx.surname(name[0])
            if known:
                return [Mention(known, role=role)]
        elif len(name) <= 4 and name[1].lower() in PARTICLES:  # "Von der Leyen said": a family name with particles
            known = self.ctx.surnames.get(" ".join(name).lower())
            if known:
                return [Mention(known, role=role)]
        if any("/" in w for w in name) or len(name) > 1 and all(w.isupper() for w in name):
            return []  # "EFE-EPA FILE/STRINGER": a photo credit, not a source
        if any(w in TIME_WORDS for w in lower):
            return []  # "Earlier Monday": a date, not a name
        if (lower[-1] in DEMONYMS or lower[-1].removesuffix("s") in DEMONYMS or
                lower[-1].endswith(("ese", "ian", "ians", "ans")) and len(name) == 1) and \
                not (len(name) == 1 and name[0].isupper() and bare == name[0]):  # (but "NATO said": the alliance)
            return []  # "North Korean [soldiers]": an adjective, not a name
        name_text = " ".join(name)
        if any(w in ORG_WORDS for w in lower) or (len(name) == 1 and name[0].isupper() and len(name[0]) > 1) or \
                len(name) == 1 and (_compound_brand(name[0]) or _camel_brand(name[0])):
            org = bare if role else name_text
            owned = re.match(r"^((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)[’']s\s+([A-Z].*)$", org)
            if owned and is_place(owned.group(1)):  # "South Korea's National Intelligence Service"
                known = self.registry.resolve(owned.group(2))
                return [Mention(known or self._generate(owned.group(2), "institution", country=owned.group(1)))]
            if org == bare and len(name) == 1 and re.match(r"^The\s", phrase) and not name[0].isupper():
                org = "The " + org  # "The Times", as the outlet writes its name
            return [Mention(self._generate(org, "institution", role))]
        if is_place(name_text):
            return [Mention(self._generate(name_text, "government"))]
        if name_text.lower() in WIRES:  # "Yonhap, citing the spy agency, said": a news agency by its name alone
            return [Mention(self._generate(name_text, "outlet"))]
        if len(name) == 1 and re.match(r"^The\s", phrase) and not role and name_text.lower() not in \
                TITLES | ORG_WORDS | MEDIA | DEMONYMS | NOT_NAMES and not name_text.isupper() and not demonym(name_text):
            return [Mention(self._generate(f"The {name_text}", "outlet"))]  # "According to The Telegraph"
        if len(name) == 1 and not role:
            # a family name the whole text never explains ("Lavrov stressed ..."): on the second
            # reading, once nothing else could say who it is, a person of that name
            if self.bare_names and BARE_SURNAME.fullmatch(name_text) and name_text.lower() not in NOT_NAMES \
                    and not is_place(name_text) and name_text.lower() not in DEMONYMS | ORG_WORDS | MEDIA | TITLES:
                return [Mention(self._generate(name_text, "person"), inferred=True)]
            return []
        if any(is_place(w) for w in name) and len(name) > 3 or is_place(re.sub(r"[’']s$", "", name_text)):
            return []  # ("Under South Korea's constitution": a country's, and no one speaking)
        if len(name) == 1 and name_text.lower() in NOT_NAMES:
            return []  # ("Now, South Korea's spy chief said": a word, not a name)
        return [Mention(self._generate(name_text, "person", role), role=role)]


PAGE_LABEL = re.compile(r"(?:(?:Photo|Image|Picture|Video)\s+)?(?:Credit|Credits|Photo|Image|Picture|Caption|Copyright)s?\s*:|"
                        r"(?:(?:Photo|Image|Picture|Video)\s+)?[Cc]ourtesy\s+of\b")  # ("Courtesy of Ministry of ...")
LEADING_LINK_WORD = re.compile(r"^(?:Since|While|When|Whereas|Although|Though|If|Because|As|Once|Unless|Until|After|Before|"
                               r"Now|Then|Still|Meanwhile|However|Moreover|Also|Yet|Thus|Hence)\s+(?=[A-Z])")
INTRODUCTORY = re.compile(r"^(?:[A-Z][a-z]+ly|However|But|And|Yet|Still|Meanwhile|Earlier|Later|Then|Now|In|On|At|Just|"
                          r"Ahead\s+of|Amid|Prior\s+to|Upon|Throughout|Within|Under|Over|"
                          r"During|After|Before|For|As|Since|While|With|Despite|Following|Perhaps|Shortly|When|Asked|"
                          r"If|Although|Though|Once|Because|Speaking|Responding|Commenting|Addressing|"
                          r"(?:Several|A\s+few|A|One|Two|Three|Four|Five|Six|Ten|\d+)\s+(?:hours?|days?|weeks?|months?|"
                          r"years?)\s+(?:ago|earlier|later|before|after))"  # ("Several days ago, Kim held ...")
                          r"\b[^,]{0,60},\s*")

# A role with the place it is held in: "Ukraine's Envoy in S. Korea", "the ambassador to Seoul".
_POSTED_TO = re.compile(r"(?P<role>.+?)\s+(?:in|to|at)\s+(?P<place>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)")
# A plural common noun (not a verb in the present: "says", "has", "believes"): "partners", "soldiers".
PLURAL_NOUN = re.compile(r"(?!(?:says|has|is|was|does|claims|believes|reports|warns|states|adds|notes|insists|denies|"
                         r"confirms|estimates|thinks|argues|stresses|suggests|expects|plans|wants|needs|seems|appears|"
                         r"remains|continues|sends|hopes|fears|knows|sees|calls|urges|writes|tells|shows|accuses)\b)"
                         r"[a-z]{3,}s")
# A country's body named by common nouns: "Seoul's intelligence service", "Ukraine's defence ministry".
OWNED_BODY = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+(?P<body>(?:[a-z-]+\s+){0,2}[a-z]+)")
# What opens a sentence's subject that names nobody: a question ("What's Happening?", "Is X putting ...?"),
# a number of people ("Two Danish sailors").
NO_ONE_NAMED = re.compile(r"(?:What|Why|How|Who|When|Where|Which)(?:[’']s)?\b|(?:Is|Are|Was|Were|Does|Did|Can|Could|Will|"
                          r"Would|Should|Has|Have)\s|(?i:two|three|four|five|six|seven|eight|nine|ten|several|some|many|"
                          r"dozens|hundreds|thousands|both|all)\s")
# One of a group just named, unnamed: "One of them", "one of the two prisoners".
ONE_OF_GROUP = re.compile(r"(?:One|one|Each|each)\s+of\s+(?:them|the\s+(?:two\s+|three\s+)?(?:[\w-]+\s+){0,2}?(?:soldiers|"
                          r"prisoners|captives|men|troops|defectors|POWs|servicemen|fighters))")
_REPORTS_CITING = re.compile(r"(?i:(?:media\s+|news\s+)?reports?|media)\s+(?i:citing)\s+(?P<who>.{3,80})")
# An unnamed official of a body named only by its kind: "a ministry official", "an agency spokesperson".
_BODYS_OFFICIAL = re.compile(r"(?:a|an|one)\s+(?:senior\s+|high-ranking\s+|top\s+)?(?P<body>ministry|agency|office|"
                             r"department|embassy|council|commission|service)\s+(?P<role>official|spokesperson|spokesman|"
                             r"spokeswoman|representative)", re.I)
_PLACE_HEADS = frozenset("province region oblast county district prefecture krai territory peninsula village town "
                         "city island islands river mountains airport port airfield".split())
# A relative clause closing a source's phrase: "South Korean lawmakers who briefed reporters after ...".
_WHO_CLAUSE = re.compile(r"(?<=\w)\s+who\s+(?:had\s+|have\s+|has\s+|was\s+|were\s+)?[a-z]+ed\b.*$")
# Korean and Western papers call the two Koreas "the South" and "the North" once the text has named them.
_KOREAN_SIDE = re.compile(r"^(?:[Tt]he\s+)?(South|North)([’']s)\s+(?=[\w-])")
_DAY_OWNED = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)[’']s\s+(?=[A-Z])")
# A word of a page's furniture run into a name without a space: "ShortsWaltz" (not "McCarthy", "DiCarlo").
_GLUED = re.compile(r"^.*?\b[A-Za-z][a-z]{5,}(?=[A-Z][a-z]+\b)")  # (not "JoongAng": a name in two capitals)
# A participle phrase opening the sentence, before its subject: "Meeting Choe in Moscow on Friday, ".
FRONTED_PARTICIPLE = re.compile(r"(?!Acting\s+[A-Z]|According\b)([A-Z][a-z]{2,}ing)\b[^,]{0,110},\s*")  # (not "Acting Governor X")


# A body by its name, then what it is part of in lower-case words: "the 47th Brigade of the Ukrainian armed forces".
_BODY_OF_LOWER = re.compile(r"(?P<org>(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})"
                            r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+)*[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,2}"
                            r"(?:\s*\((?P<acr>[A-Z]{2,8})\))?")
def titled_after(following: list[str]) -> bool:
    """Whether words from a lower-case one on are the rest of a title and then a name ("presidential
    adviser Mykhailo Podolyak", "chief Lars Dahl"): a title word, up to one more before it, then a capital."""
    for k, word in enumerate(following[:2]):
        if word.islower() and word.strip(",") in TITLES | PERSON_ROLES:  # ("met Prime Minister X": a verb, its object)
            after = following[k + 1:k + 2]
            return bool(after) and after[0][:1].isupper() and not word.endswith(",")
        if not word.islower():
            return False
    return False


def opening_subject(sentence: str) -> str:
    """The sentence's grammatical subject, roughly: the noun phrase it opens with, past any
    introductory phrase ("On Sunday, South Korea's spy agency ..."), capitalised words and the
    descriptive words of titles and outlets ("North Korean state news agency KCNA")."""
    text = INTRODUCTORY.sub("", LIST_ITEM.sub("", sentence.lstrip("“\"["), count=1)).strip()
    if PAGE_LABEL.match(text):
        return ""  # "Credit: WSJ", "Photo: AFP": a page's label, no subject
    text = LEADING_LINK_WORD.sub("", text)  # "Since Sweden has stated ...", "Now Kremlin-aligned bloggers are ...":
    # the subject after the word that links the sentence to what came before (no comma to end an introduction)
    fronted = FRONTED_PARTICIPLE.match(text)
    if fronted and not is_place(fronted.group(1)):  # "Meeting Choe in Moscow on Friday, Lavrov hailed ..." (not
        text = text[fronted.end():]  # "Beijing, in a statement, ...")
    words: list[str] = []
    tokens = text.split()
    for k, word in enumerate(tokens):
        bare = word.strip(",")
        if words and words[-1][:1].isupper() and bare.islower() and not word.endswith(",") and \
                titled_after(tokens[k:k + 3]):  # "Ukrainian presidential adviser Mykhailo Podolyak": the
            words.append(bare)  # words of a title between the country and the name
            continue
        if re.match(r"[A-Z][\w’'.-]*/[A-Z]", bare):  # "[Kim Tae-hyo/First Deputy Director ...: “...”]": a
            words.append(bare.split("/")[0])  # broadcaster's label, the name before the slash, the role after it
            break
        if words and bare[:1].isupper() and (bare.lower() in HEADLINE_ACTIONS or
                                             bare.endswith("s") and FORMS.get(bare.lower()) in HEADLINE_VERBS):
            break  # "Kim Jong Un Sends New Year Greetings to Putin": the subject ends at the verb
        if words and (words[-1][:1].isupper() or words[-1].lower() in DESCRIPTIVE | TITLES) and bare.lower() in GROUP_NOUNS:
            words.append(bare)  # "The G7 foreign ministers", "Nordic leaders": the group, its noun last
            break
        if words and not (bare[:1].isupper() or bare.lower() in {"of", "the"} | DESCRIPTIVE | MEDIA | TITLES or
                          (words[-1][:1].isupper() or words[-1].lower() in DESCRIPTIVE | PORTFOLIOS) and
                          bare.lower() in ORG_WORDS):  # ("The Finnish government", "Oslo's foreign ministry")
            if words[-1][:1].isupper() and PLURAL_NOUN.fullmatch(bare) and (
                    demonym(words[-1]) or any(re.search(r"[’']s$", w) for w in words)):
                return ""  # "NATO's Indo-Pacific partners, ...", "North Korean soldiers were ...": the capitals only
            break  # qualify the subject, a plural noun
        words.append(bare)
        if word.endswith(","):
            break
    while words and words[-1].lower() in {"of", "the"}:
        words.pop()
    if len(words) == 1 and words[0][:1].islower():  # "political scientist Pavel Orlov commented ...": a role in lower
        # case, then the name
        titled = re.match(r"((?:[a-z-]+\s+){1,3}(?:[A-Z][\w’'.-]+\s+){1,3})", text)
        if titled:
            phrase = titled.group(1).strip()
            if ROLE_BEFORE_NAME.fullmatch(phrase):
                return phrase
    return " ".join(words)

"""Where a sentence introduces someone: the shapes news uses to name a source the first time.

Found in every sentence, quoted or not, speaking or not, so that a later "Yusov said", "the GUR
noted" or "the lawmaker added" can be resolved (`entities.py`):

  Foreign Ministry spokesperson Lee Jae-woong ...        title words before a name
  Andriy Yusov, a representative of the Main ... (GUR)   a name with its role in an appositive
  a sniper surnamed Ri / identified by the surname of Paik / his surname, Ri
  the Main Intelligence Agency (GUR)                     an organisation and its acronym
  the Chosun Ilbo newspaper / Yonhap news agency         an outlet named with its kind
  the Central Military Commission of the Workers' Party  an organisation by name

Each is returned as the phrase to resolve and the role the sentence gives it; resolving is the
subject resolver's job, recording the entity's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.lexicon import ORG_WORDS, OUTLET_NOUNS, PARTICLES, PERSON_ROLES, TITLES
from bot.extract.places import is_place

_NAME_WORD = r"[A-Z][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_ROLE_WORDS = frozenset(PERSON_ROLES | {t for t in TITLES if len(t) > 3 and t.isalpha()} | {"under-secretary-general"})
_GLUE = r"(?:of|for|and|the|on|at|in|\([A-Z]{2,8}\))"
# "of the Ministry of Defense of Ukraine", "at the Center for Strategic and International Studies (CSIS)"
_OF_ORG = re.compile(rf"\s+(?:of|for|at|in|with|to)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_GLUE}))*")
# NAME, then a role: an article, up to three modifiers, a role noun, and what it is of.
_NAME_COMMA = re.compile(rf"(?<![\w’'])({_NAME}),\s+")
_WORD = re.compile(r"[\w’'-]+")
_ROLE_END = re.compile(r"\s*[,.;)]|\s+(?:said|says|told|tells|who|and|was|is|has|had|made|added|noted)\b|\s*$")
SURNAMED = re.compile(
    r"(?P<role>(?:\b(?:a|an|the|The|A)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+)?"
    r"(?:surnamed|[Ii]dentified\s+(?:only\s+)?(?:by\s+(?:his|her|the)\s+(?:sur|family\s+)?name(?:\s+of)?|as)"
    r"|(?:his|her)\s+surname,)\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b")
ACRONYM = re.compile(r"\s?\((?P<acr>[A-Z][A-Z-]{1,7})\)")
_OUTLET_KIND = re.compile(r"\b(?:state\s+)?(?:news\s+)?(?:" + "|".join(sorted(OUTLET_NOUNS)) + r")\b")
_NAME_BEFORE = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+$")
_NAME_AFTER = re.compile(rf"\s+({_NAME})")
_CAPS_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{_NAME_WORD})*")
_ACRONYMS = {"un", "us", "uk", "eu"}
_HONORIFICS = {"rep.", "sen.", "gen.", "lt.", "col.", "mr.", "ms.", "mrs.", "dr.", "prof.", "adm.", "capt.", "maj."}
_TITLE_WORDS = frozenset(TITLES | PERSON_ROLES | {"dictator", "lawmaker", "producer", "correspondent", "reporter"})
# Each shape is looked for only when one of its words is in the sentence (words without dots).
_GATE_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_TITLE_GATE = frozenset(w.rstrip(".") for w in _TITLE_WORDS)
_ROLE_GATE = frozenset(w.rstrip(".") for w in _ROLE_WORDS) | {w.rstrip(".") + "s" for w in _ROLE_WORDS}


@dataclass(frozen=True)
class Introduction:
    phrase: str  # the name as written, to resolve
    role: str = ""
    kind: str = ""  # "person", "institution", or "" to let the resolver decide
    acronym: str = ""


def introductions(sentence: str) -> list[Introduction]:
    """Every introduction in a sentence. Each shape is looked for only where its anchor is (a
    comma after a name, "surname", a parenthesis, an outlet noun, a title word), so a sentence
    costs little when it introduces nobody: this runs on every sentence of every document."""
    words = set(_GATE_WORD.findall(sentence.lower()))  # "rep.", "agency's" -> "rep", "agency"
    found = _appositives(sentence) if ", " in sentence and not _ROLE_GATE.isdisjoint(words) else []
    if ", a" in sentence and not _BODY_GATE.isdisjoint(words):
        found += _body_appositives(sentence)
    if "surname" in sentence or "dentified" in sentence:
        for m in SURNAMED.finditer(sentence):
            role = re.sub(r"^(?:a|an|the)\s+", "", (m.group("role") or "").strip(), flags=re.I)
            found.append(Introduction(m.group("name"), role, "person"))
    if not _TITLE_GATE.isdisjoint(words):
        found += _titled_names(sentence)
        if _COMMA_NAME.search(sentence):  # (", Valery Gerasimov": only then is the shape worth looking for)
            found += _role_then_name(sentence)
    if "(" in sentence:
        for m in ACRONYM.finditer(sentence):
            org = _organisation_before(sentence[:m.start()])
            if org:
                found.append(Introduction(org, "", "institution", m.group("acr")))
    if not OUTLET_NOUNS.isdisjoint(words):
        found += _outlets(sentence)
    for m in _CAPS_RUN.finditer(sentence) if not ORG_WORDS.isdisjoint(words) else ():
        words = trim_name(m.group(0).rstrip(".,;:")).split()
        while len(words) > 2 and words[1] in ("of", "for") and words[0].lower() in _ROLE_WORDS | _OFFICE_WORDS:
            words = words[3:] if words[2] == "the" else words[2:]  # "Commander-in-Chief of the Estonian Armed
            # Forces": the forces, not a body named after the office
        heads = [k for k, w in enumerate(words) if _bare(w.lower()) in ORG_WORDS]
        if heads and len(words) > 1:
            last = heads[-1] + 1  # "People Power Party Rep. Yu": the party, not the person
            if last < len(words) and words[last] in ("of", "for", "and"):
                last = len(words)  # "Ministry of Foreign Affairs"
            if last > 1:
                found.append(Introduction(" ".join(words[:last]), "", "institution"))
    return found


# A report and its author: "The report, published last week by the Harbour Monitoring Group (HMG), ...",
# "a study by the Fjord Institute", "an assessment released on Monday by Norway's coast guard".
_AUTHORED = re.compile(r"\b(?P<noun>report|study|assessment|analysis|investigation|survey|review|paper)s?,?\s+"
                       r"(?:(?:was|were|is|has\s+been|had\s+been)\s+)?"  # ("The report was released last week by ...")
                       r"(?:(?:first\s+)?(?:published|released|issued|compiled|prepared|produced|drawn\s+up|put\s+out)"
                       r"(?:\s+(?:on|in|last|this|earlier|late|early)(?:\s+\w+){1,2})?\s+)?by\s+"
                       r"(?P<who>(?:the\s+)?[A-Z][^,;:()“”\"]{1,80}?)"
                       r"(?=\s*[,;:()“”\"]|(?<!\b[A-Z])\.|\s+(?:during|on|in|at|last|this|that|which|who|to|and|as|for|after|before|"
                       r"accuses?|alleges?|says?|said|claims?|claimed|shows?|showed|finds?|found|states?|stated|notes?|noted|"
                       r"warns?|warned|concludes?|concluded|suggests?|suggested|indicates?|indicated|reveals?|"
                       r"revealed|reported)\b|\s*$)")


def authored(sentence: str) -> list[tuple[str, str]]:
    """The reports whose author the sentence names, as (noun, author): "the report" later is theirs
    ("The report accuses ...", "It alleges ..."), not the last one speaking."""
    if " by " not in sentence:
        return []
    return [(m.group("noun"), m.group("who").strip()) for m in _AUTHORED.finditer(sentence)]


# Offices that open a body's title ("Commander-in-Chief of the Armed Forces", "Chief of the General Staff").
_OFFICE_WORDS = frozenset({"commander-in-chief", "chief", "head", "secretary", "chairman", "chair", "director"})
ONE_OF = re.compile(r"one\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?([\w-]+s)$", re.I)


_CLOSED = re.compile(r"\s*,|\s+who\b")
# A body with what kind of body it is: "InformNapalm, an investigative group covering ...", "Fjordwatch, a
# monitoring group": "the group" later is that body.
_BODY_KINDS = ("group", "organization", "organisation", "institute", "foundation", "think tank", "think-tank",
               "nonprofit", "network", "project", "collective", "initiative", "centre", "center", "consultancy")
_BODY_GATE = frozenset(word for kind in _BODY_KINDS for word in kind.split())
_BODY_APPOSITIVE = re.compile(r"(?<![\w’'])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+(?P<role>an?\s+"
                              r"(?:[\w-]+\s+){0,3}?(?P<kind>" + "|".join(map(re.escape, _BODY_KINDS)) + r"))\b")


def _body_appositives(sentence: str) -> list[Introduction]:
    return [Introduction(trim_name(m.group("name")), m.group("role"), "institution")
            for m in _BODY_APPOSITIVE.finditer(sentence) if trim_name(m.group("name"))]


def _appositives(sentence: str) -> list[Introduction]:
    """"Andriy Yusov, a representative of the Main Intelligence Agency (GUR) of ...": NAME, ROLE,
    where the role noun is among the first words after the comma ("a", "the", up to three
    modifiers), and the role runs on over what it is of."""
    found = []
    for m in _NAME_COMMA.finditer(sentence):
        end = _role_noun_end(sentence, m.end())
        if end < 0:
            continue
        of = _OF_ORG.match(sentence, end)
        end = of.end() if of else end
        name = trim_name(m.group(1))
        if re.search(r"[’']s\s", name) or name.split()[-1:] in (["Facebook"], ["Telegram"], ["Twitter"], ["Instagram"],
                                                                ["YouTube"], ["TikTok"]):
            continue  # "shared on Zelensky’s Facebook, one of the prisoners, ...": where, not who
        role = sentence[m.end():end].strip(" .")
        one_of = ONE_OF.match(role)  # "X, one of the lawmakers who ...,": a lawmaker (an appositive closed by
        if " " not in name and not re.match(r"(?:an?|the|one)\s", role, re.I) and \
                not _CLOSED.match(sentence, end):
            continue  # "Russia could get new Jets, US officer says": a bare role and its verb, the subject
        if name and (_CLOSED.match(sentence, end) if one_of else _ROLE_END.match(sentence, end)):  # its comma, or
            # going on with "who": "Zelensky, one of the soldiers was seen" is no appositive)
            found.append(Introduction(name, one_of.group(1)[:-1] if one_of else role, "person"))
    return found


# A capitalised name word, in any Latin alphabet ("Nausėda", "Łukasz").
_LETTERS = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž’']+"
# "the chief of the General Staff, Valery Gerasimov": a role, a comma, then the full name.
ROLE_THEN_NAME = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<role>(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?P<noun>[A-Za-z-]+)(?:\s+of\s+(?:state|government))?"  # ("the head of state of the NATO member, X")
    rf"(?:\s+(?:of|for|at|to)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|for|and|the))*(?:\s+[a-z]+)?)?),\s+"
    rf"(?P<name>{_LETTERS}(?:-[A-Za-z][a-z]+)?(?:\s+{_LETTERS}(?:-[A-Za-z][a-z]+)?){{1,2}})"  # ("Yoon Suk-Yeol", "Gitanas Nausėda")
    rf"(?=\s*[,.;)]|\s+(?:said|says|who|told|was|is|has|had)\b|$)")


_COMMA_NAME = re.compile(r", [A-Z][a-z’'-]+ [A-Z][a-z]")


def _role_then_name(sentence: str) -> list[Introduction]:
    found, pos = [], 0
    while m := ROLE_THEN_NAME.search(sentence, pos):
        if m.group("noun").lower() in _ROLE_WORDS:
            found.append(Introduction(m.group("name"), m.group("role"), "person"))
            pos = m.end()
        else:  # "the statement of the Secretary of the Security Council, Sergei Shoigu": the role is further on
            pos = m.start() + 1
    return found


def _role_noun_end(sentence: str, pos: int) -> int:
    """Where the role noun ends if one is among the next words ("a senior fellow", "the
    reconnaissance sniper", "spokesperson"), else -1."""
    words = list(_WORD.finditer(sentence, pos, pos + 90))[:8]
    lead = [w.group(0).lower() for w in words[:3]]
    one_of = lead[:2] == ["one", "of"]  # "one of the lawmakers who attended": one of a group, by its plural
    skip = 2 + (lead[2:3] == ["the"]) if one_of else 1 if lead[:1] in (["a"], ["an"], ["the"], ["also"]) else 0
    end = -1
    for w in words[skip:skip + 4]:
        word = w.group(0).lower()
        if word in ("of", "for", "at", "in", "with", "and"):
            break
        if word in _ROLE_WORDS or one_of and word.endswith("s") and word[:-1] in _ROLE_WORDS:
            end = w.end()  # the last of them: "former president", "deputy foreign minister"
    return end


def _outlets(sentence: str) -> list[Introduction]:
    """"the Chosun Ilbo newspaper", "Yonhap news agency", "state news agency KCNA"."""
    found = []
    for k in _OUTLET_KIND.finditer(sentence):
        before = _NAME_BEFORE.search(sentence, 0, k.start())
        after = _NAME_AFTER.match(sentence, k.end())
        name = before.group(1) if before else (after.group(1) if after and k.group(0).lower() in _KIND_FIRST else "")
        name = re.sub(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+", "", trim_name(name))  # "Norway's NTB"
        if name and not all(re.search(r"(?:an|ese|ish|ic|i)$", w) or w in ("North", "South") for w in name.split()):
            found.append(Introduction(name, re.sub(r"^state\s+", "", k.group(0).lower()), "institution"))
    return found


_KIND_FIRST = {"news agency", "state news agency", "newspaper", "broadcaster", "daily", "state newspaper"}


def _bare(word: str) -> str:
    """"agency's" -> "agency": the possessive off, and only the possessive."""
    return word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("’'")


def trim_name(name: str) -> str:
    """Drop a sentence-initial function word caught by the capital ("The", "According", "On")."""
    words = name.split()
    while words and (words[0] in ("The", "A", "An", "On", "In", "At", "And", "But", "According", "Identified",
                                  "Earlier", "Later", "Meanwhile", "However", "Regarding", "About", "Despite",
                                  "Given", "Following", "After", "Before", "As", "While", "For", "With",
                                  "Courtesy", "Photo", "Photos", "Credit", "Source", "Image")  # (a caption's credit:
                     or words[0].lower() in ("the", "of", "by")):  # "Courtesy of Ministry of Foreign Affairs")
        words.pop(0)
    if words and re.fullmatch(r"[A-Za-z]{3,}\.", words[-1]):
        words[-1] = words[-1][:-1]  # "the news agency LETA.": the sentence's full stop, not the name's
    return " ".join(words)


def _titled_names(sentence: str) -> list[Introduction]:
    """"Foreign Ministry spokesperson Lee Jae-woong", "People Power Party Rep. Yu Yong-weon",
    "North Korean dictator Kim Jong Un": title words, then a capitalised name."""
    tokens = sentence.split()
    lower = [t.lower().strip(",;:()") for t in tokens]
    out: list[Introduction] = []
    i, n = 0, len(tokens)
    while i < n:
        if not (tokens[i][:1].isupper() or lower[i] in _TITLE_WORDS):
            i += 1
            continue
        j = i
        while j < n and (tokens[j][:1].isupper() or lower[j] in _TITLE_WORDS or
                         lower[j] in ("of", "for", "the", "to") and j + 1 < n and tokens[j + 1][:1].isupper() or
                         lower[j] in ("of", "to", "at") and j + 2 < n and lower[j + 1] == "the" and
                         tokens[j + 2][:1].isupper() or lower[j] == "the" and j > i and lower[j - 1] in ("of", "to", "at") or
                         lower[j] in PARTICLES and j > i and j + 1 < n and (tokens[j + 1][:1].isupper() or
                                                                             lower[j + 1] in PARTICLES)):
            j += 1  # "Chief of Staff Valery Gerasimov", "Minister of Defence Andrei Belousov"
            if tokens[j - 1][-1:] in ",;:)":
                break  # a name ends at punctuation
        titled = [k for k in range(i, j) if (lower[k] in _TITLE_WORDS or lower[k].rstrip(".") in _TITLE_WORDS)
                  and (lower[k] not in _ACRONYMS or tokens[k].strip(",;:()").isupper())]  # "UN envoy", "Kim Jong Un"
        if titled:
            title_end = titled[-1] + 1
            name = [re.sub(r"[’']s$", "", t.strip(",;:()")) for t in tokens[title_end:j]]  # "Zelensky's revelation"
            if name and name[0] in ("of", "for", "to"):  # "Ambassador to South Korea Dmytro Ponomarenko"
                place = next((k for k in (3, 2, 1) if len(name) > k + 1 and is_place(" ".join(name[1:1 + k]))), 0)
                if place:
                    title_end, name = title_end + 1 + place, name[1 + place:]  # (the place is the title's)
            if name and name[0] in ("of", "for", "to"):  # "Ambassador to the United Nations Vasily Nebenzia":
                k = len(name)  # the name is the capitalised words at the end, after the body's
                while k > 0 and _name_token(name[k - 1]) and name[k - 1].lower() not in ORG_WORDS and len(name) - k < 3:
                    k -= 1
                if len(name) - k >= 2 and k > 1:
                    title_end, name = title_end + k, name[k:]
            glue = next((k for k, t in enumerate(name) if t in ("of", "for", "the", "to", "at")), -1)
            name = name[:glue] if glue > 0 else name  # "counterpart Andriy Sybiga for Tokyo", "Minister X at the
            # Pentagon": the name ends
            if name:
                name[-1] = name[-1].rstrip(".")
            honorific = lower[title_end - 1] in _HONORIFICS
            if (2 <= len(name) <= 5 or len(name) == 1 and honorific) and \
                    all(_name_token(w) or w in PARTICLES and 0 < k < len(name) - 1 for k, w in enumerate(name)):
                title = trim_name(" ".join(t.strip(",;:()") for t in tokens[i:title_end]))  # (not "And ...")
                out.append(Introduction(" ".join(name), title, "person"))
        i = j
    return out


def _name_token(token: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z’'-]+(?:-[A-Za-z][a-z]+)?", token))


_HEAD_OF = re.compile(r"(?:(?:First|Deputy|Acting|Former)\s+)*(?:Head|Chief|Director|Commander|Chairman|Chair|"
                      r"Spokesperson|Spokesman|Spokeswoman|Secretary|Minister|President)\s+(?:of|for)\s+(?:the\s+)?")


def _organisation_before(text: str) -> str:
    """The capitalised organisation name that ends where an acronym in parentheses begins."""
    words = text.split()
    i = len(words)
    while i and (words[i - 1][:1].isupper() and words[i - 1][-1:] not in ",;:" or
                 words[i - 1] in ("of", "for", "and", "the", "on")):
        i -= 1
    while i < len(words) and words[i] in ("of", "for", "and", "the", "on", "The"):
        i += 1
    name = " ".join(words[i:]).strip(",;:")
    headed = _HEAD_OF.match(name)
    if headed and len(name[headed.end():].split()) >= 2:  # "Deputy Head of Defence Intelligence of Ukraine (DIU)":
        name = name[headed.end():]  # the acronym is the body's, not its deputy head's
    parts = re.split(r"\s+and\s+(?:the\s+)?", name)
    if len(parts) > 1 and all(is_place(p) or len(p.split()) == 1 for p in parts[:-1]):
        name = parts[-1]  # "between Moscow and the Democratic People's Republic of Korea (DPRK)": the last
    return name if len(name.split()) >= 2 else ""

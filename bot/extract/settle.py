"""How the attributions found in one sentence settle among themselves: whose words end where
another's begin, which source only passes on what the sentence names someone saying, which "he"
is the speaker of the clause it is joined to, and which attribution repeats or only names another.

Pure functions over a sentence's text and its list of `Attribution`s, applied by
`SentenceAttributor.attribute` once every cue of the sentence has been read.
"""

from __future__ import annotations

import re

from bot.extract.attributed import Attribution
from bot.extract.complement import clean
from bot.extract.cues import AUXILIARY, DENY
from bot.extract.entities import singular
from bot.extract.lexicon import BROADCASTERS, WIRES
from bot.extract.subjects import Mention


def split_coordinated(att: Attribution, s: str) -> list[Attribution]:
    """"said that A, and that B": two statements, two claims."""
    if att.text.startswith(("“", '"')):
        return [att]
    # "and that the dam was safe" joins a second statement; "but that could change" is "that" the pronoun
    joined = r"|,\s+and\s+(?=(?:the\s+[a-z’'-]+\s+|(?:[A-Z][\w’'.-]*\s+){1,4})(?:[a-z’'-]+\s+){0,2}?(?:is|are|was|were|has|" \
        r"have|had|will|would|" \
        r"could|can|may|might|must|should|\w+ed|\w+s)\b)" if att.kind != "according_to" else ""  # ("said that A, and
    # North Korea is modernising ...": a second statement; "according to X, A, and B" stays whole)
    parts = re.split(r",?\s+(?:and|but)\s+that\s+(?!(?:could|would|may|might|will|can|should|is|was|has|had|"
                     r"remains|seems|means)\b)" + joined, att.text)
    if len(parts) == 1 or not re.search(r"\b(?!the\b)[a-z]{2,}\b", parts[0]):
        return [att]  # ("The U.S., South Korea, and Japan launched ...": a list of names, one statement)
    out = []
    for k, part in enumerate(parts):
        if k and ANOTHER_SPEAKER.match(part):
            continue  # "X has spoken of A, and the minister said B": B is the minister's, not X's
        where = s.find(part)
        start = att.subject_start if k == 0 else max(where, att.subject_start)
        out.append(Attribution(att.mentions, att.cue, att.kind, clean(part), att.negated, start))
    return out


# A clause with a speaker of its own: "the minister said ...", "South Korea's defence minister said ...".
ANOTHER_SPEAKER = re.compile(r"(?:the\s+[a-z’'-]+|(?:[A-Z][\w’'.-]*\s+){1,4}(?:[a-z’'-]+\s+){0,2}?[a-z’'-]+)\s+"
                             r"(?:also\s+)?(?:said|says|told|added|noted|stated|claimed|warned|reported)\b")


def says_something(text: str) -> bool:
    """Not a cut-off "that" or "it": a claim has a content word."""
    return any(len(w) > 1 and w.lower() not in {"that", "this", "it", "so", "as", "and", "the"}
               for w in re.findall(r"\w+", text))  # (nor a word cut off at the end of an excerpt: "said t")


# A clause joined to the one before, its subject a pronoun: "Blinken said ..., and he predicted ...".
COORDINATED_CLAUSE = re.compile(r"(?:,\s*|\s)(?:and|but)\s*$")


def own_pronoun(found: list[Attribution], s: str) -> None:
    """"Ri told the newspaper that he believed ...": a "he" or "she" speaking inside what one person
    says is that person, not whoever the text last named; nor is the "he" of a clause joined to what
    that person said ("X said ..., and he predicted ...")."""
    for att in found:
        words = s[att.subject_start:att.cue.start].lower().split() if att.subject_start >= 0 else []
        coordinated = bool(words) and words[0] in ("and", "but") or COORDINATED_CLAUSE.search(s, 0, att.subject_start)
        words = words[1:] if words and words[0] in ("and", "but") else words  # "X said ..., and he predicted ..."
        pronoun = words[0] if words and all(w in AUXILIARY for w in words[1:]) else ""  # "it had confirmed"
        if pronoun not in ("he", "she", "it"):  # ("The agency said it had confirmed ...": the agency)
            continue
        outer = next((o for o in reversed(found) if o is not att and len(o.mentions) == 1
                      and o.cue.end <= att.subject_start
                      and (o.mentions[0].speaker.kind in ("person", "vague")) == (pronoun != "it")
                      and (not o.mentions[0].vague or singular(o.mentions[0].speaker.name))  # ("a ministry official")
                      and (s[att.subject_start:att.cue.start].strip() in o.text
                           or re.search(r"\b(?:said|says|told|added)\b[^.;“”\"]{0,80}$", s[o.cue.end:att.subject_start])
                           or coordinated and not any(p.cue.end <= att.subject_start and p.cue.start > o.cue.start
                                                      for p in found if p is not att))), None)
        if outer:
            att.mentions = [outer.mentions[0].copy()]


# What a report is about, named and no more: "reported the development on Monday".
NAMED_ONLY = re.compile(r"^(?:the|this|these|that|those|its)\s+(?:[\w-]+\s+)?(?:development|developments|news|incident|"
                        r"report|reports|claim|claims|matter|situation|information|details|event|events|attack|losses|"
                        r"deaths|casualties|figures?|assessment|estimate|findings?)(?:\s+(?:on|earlier|last|this|late|early|in|at)\b[^,;]*)?$", re.I)


# Between a reporting verb and the subject of its that-clause: "said [on Friday] that ".
THAT_CLAUSE_OPENS = re.compile(r"\s*(?:[^,;“”\"]{0,40}?\s)?that\s+$")


def reported_inside(found: list[Attribution], s: str) -> list[Attribution]:
    """"The ministry said that envoys from A, B and C expressed concern", "They revealed that specific
    intelligence suggested ...": a source inside what a named speaker said is part of that speaker's
    claim (the speaker vouches for it), not a claim of its own."""
    outer = [a for a in found if a.subject_start >= 0 and a.mentions and not any(m.vague for m in a.mentions)]
    relayed = [o for o in outer if _relays(o, found, s)]  # "According to the report, Kim said ...": Kim's words,
    # which the outlet only passes on
    found = [a for a in found if not (a.subject_start > 0 and OWN_PEOPLE.match(s, a.subject_start) and
                                      SAID_BEFORE.search(s, 0, a.subject_start))]  # "one of whom said his commanders
    # had told him ...": his commanders speak inside what he says, however unnamed he is
    anyone = [a for a in found if a.subject_start >= 0 and a.mentions]  # (unnamed "commanders" inside what an
    # unnamed soldier says are his account too)
    found = [a for a in found if not any(_closes_over(o, a, s) or _names_inside(o, a, s) for o in anyone)]
    return [a for a in found if a not in relayed and not any(
        o is not a and o not in relayed and o.cue.end <= a.subject_start and (
            THAT_CLAUSE_OPENS.fullmatch(s[o.cue.end:a.subject_start])
            or o.cue.text.endswith(" that") and not s[o.cue.end:a.subject_start].strip()
            or o.cue.lemma in SPEECH | BELIEF and o.kind != "direct" and BARE_CLAUSE_OPENS.fullmatch(s[o.cue.end:a.subject_start])
            or o.cue.lemma == "according to" and bool(o.text) and s.find(o.text, o.cue.end) == a.subject_start)
        for o in (anyone if all(m.vague for m in a.mentions) else outer))]  # ("According to the agency, North Korea has promised ...": the agency's account)


def _closes_over(outer: Attribution, inner: Attribution, s: str) -> bool:
    """Whether `inner` is said inside the words a named speaker closes the sentence with: "Pyongyang has
    promised 10,000 troops, lawmakers told reporters" is the lawmakers' account, not Pyongyang's promise
    (but "X has not verified it, an official said" is where X stands, which the official tells)."""
    at = s.find(outer.text) if outer is not inner and outer.text and outer.subject_start > 0 and not inner.negated \
        and inner.cue.lemma not in DENY and \
        outer.cue.lemma in SPEECH - {"write"} and not any(_medium(m) for m in outer.mentions) else -1  # (an
    # outlet closing it, "the agency reports", or "according to X" pass others' words on)
    return 0 <= at and at + len(outer.text) <= outer.subject_start and \
        at <= inner.subject_start and at <= inner.cue.start and inner.cue.end <= at + len(outer.text)


def _names_inside(outer: Attribution, inner: Attribution, s: str) -> bool:
    """Whether `inner` is a claim the words of `outer` only mention ("X said the war will go on,
    despite Trump’s assurances of a quick end": Trump's assurances are part of what X said)."""
    at = s.find(outer.text[:40], outer.cue.end) if outer is not inner and outer.text else -1
    return inner.cue.lemma == "possessive claim" and outer.cue.lemma in SPEECH and 0 <= at < inner.cue.start and \
        inner.cue.end <= at + len(outer.text)


def _relays(outer: Attribution, found: list[Attribution], s: str) -> bool:
    """An outlet's "according to" (or "the agency reported that") whose words open with a person saying
    something: the outlet relays that person's statement."""
    at = s.find(outer.text[:40], outer.cue.end) if outer.text else -1  # (a relay named after the words:
    # without_channel; its start, as cleaning may have changed its end)
    return at >= 0 and all(_medium(m) or m.speaker.kind in ("institution", "government") for m in outer.mentions) \
        and outer.cue.lemma in SPEECH | {"according to", "report"} and any(
        a is not outer and a.cue.lemma in STATED and at <= a.subject_start <= at + 30 and  # ("Admiral X said": the
        a.cue.start < at + len(outer.text) and a.mentions and  # person's name, after a title)
        all(m.speaker.kind == "person" and not m.vague for m in a.mentions) for a in found)


# The speaker's own people as the subject of a clause inside what the speaker says.
OWN_PEOPLE = re.compile(r"(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:commanders?|officers?|superiors?|handlers?|captors?|"
                        r"interrogators?|comrades|colleagues|parents|family|guards?)\b")
SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|claimed|recalled|explained)\s+(?:[^,;“”\"]{0,40}?\s)?(?:that\s+)?$")
# Between "said" and the subject of its clause when "that" is left out: "Healey said both the UK and ...".
BARE_CLAUSE_OPENS = re.compile(r"\s+(?:both\s+|all\s+)?")
# Verbs of judging: "intelligence believes North Korea proposed the deployment" is the judgement, not a proposal
# the sentence reports.
BELIEF = {"believe", "think", "assess", "suspect", "conclude", "fear"}
# Verbs of speaking: what follows them is someone's words, whoever passes them on.
SPEECH = {"say", "tell", "state", "announce", "add", "claim", "write", "note", "explain", "stress", "warn", "declare"}
# What a person is reported to have said or wished, which an outlet passes on ("Kim hoped the parties will
# ..., according to KCNA"): theirs, the outlet relaying it.
STATED = SPEECH | {"hope", "vow", "pledge", "promise", "urge", "express", "emphasize", "emphasise", "reaffirm", "affirm",
                   "insist", "praise", "call", "thank", "assure"}
_MEDIUM = re.compile(r"\b(?:media|news|agency|newspaper|reports?|broadcaster|television|TV|press|outlets?|radio|times|"
                    r"post|herald|gazette|tribune|journal|telegraph|chronicle|daily|weekly)\b", re.I)


def _medium(m: Mention) -> bool:
    """An outlet or the media: what passes statements on rather than makes them."""
    return m.speaker.kind == "outlet" or bool(_MEDIUM.search(m.speaker.name)) or \
        m.speaker.name.lower() in WIRES | BROADCASTERS


# What an outlet says of its own reporting: "Reuters could not independently verify the footage".
UNVERIFIED_HERE = re.compile(r"(?:not|n[’']t|never|unable)\s+(?:yet\s+)?(?:been\s+)?(?:able\s+)?(?:to\s+)?"
                             r"(?:immediately\s+)?(?:independently\s+(?:confirm|verif)|verif)\w*\s+(?:the|this|that|these|those|its|"
                             r"their|his|her|it|them|when|where|whether|how|who|(?-i:[A-Z][\w’'-]+)[’']s?)\b[^,;]{0,80}$",
                             re.I)  # (or "Budanov’s claims", "when and where the videos were filmed")


def disclaimer(att: Attribution) -> bool:
    """An outlet saying it could not check what it reports is a note on its own reporting, not a
    claim of the story (the claim it could not check is someone else's, and is shown as theirs)."""
    return all(_medium(m) for m in att.mentions) and bool(UNVERIFIED_HERE.search(att.text))


# A short name closing the sentence after its verb: ", writes MT.", ", reports The Harbour Post."
CLOSING_NAME = re.compile(r"\s*(?:the\s+|The\s+)?(?:(?:[A-Z][\w.&’'-]*\s+){0,3}(?:state(?:-run)?\s+)?(?:news\s+)?"
                          r"(?:agency|newspaper|broadcaster|daily|outlet|media)\s+)?"  # ("South Korean state news agency
                          r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}[\s.]*")  # Yonhap")
# Nothing after a closing attribution but its setting: "reported on Saturday."
CLOSES_SENTENCE = re.compile(r"\s*(?:(?:on|in|at|during|earlier|later|last|this)\b(?:\s+[\w’'-]+){0,3})?[\s.]*$")


# A role set off after a closing source: "..., according to Lee, a lawmaker who attended the meeting."
CLOSING_ROLE = re.compile(r"\s*(?:a|an|the|one\s+of|who)\s")


# Verbs of expecting or believing: under a closing "according to X", part of what X says.
_HELD = {"expect", "believe", "hope", "fear", "think", "plan", "want", "intend", "worry", "suspect", "anticipate"}


def without_channel(found: list[Attribution], s: str) -> list[Attribution]:
    """"The agency said A, according to the lawmakers", "the NIS official said A, The Korean Herald
    reported": the lawmakers and the newspaper only pass on what the sentence names someone saying,
    so the claim is that speaker's; a closing source credits a sentence only when it names nobody
    speaking itself."""
    closing = [a for a in found if a.cue.lemma == "according to" and a.cue.start > 0 and a.mentions and
               not any(m.vague for m in a.mentions)]
    found = [o for o in found if not (o.cue.lemma in _HELD and any(
        o.cue.start < a.cue.start and not (all(_medium(m) for m in a.mentions) and
                                           all(m.speaker.kind == "person" for m in o.mentions)) for a in closing))]
    # ("Russia expects more shells, according to Zelenskyy": Zelenskyy's claim about Russia; but "Kim hoped ...,
    # according to KCNA": what the agency relays of Kim)

    def passes_on(a: Attribution, o: Attribution) -> bool:
        if not (o.cue.lemma in SPEECH or o.cue.lemma == "according to" or all(_medium(m) for m in a.mentions)):
            return False  # ("The Pentagon has not verified it, an official said": the official's account)
        if a.cue.lemma == "according to":  # (closing the sentence: its source, perhaps with a role after it)
            return a.cue.start > 0 and all(CLOSING_ROLE.match(seg) for seg in s[a.cue.end:].strip(" .").split(",")[1:])
        if a.subject_start == a.cue.start:  # "..., writes MT.": the outlet named after its verb
            return bool(CLOSING_NAME.fullmatch(s, a.cue.end))
        return a.subject_start > o.cue.end and bool(CLOSES_SENTENCE.match(s, a.cue.end))  # "..., BNS reports."

    return [a for a in found if not any(
        o is not a and 0 <= o.subject_start <= o.cue.start < a.cue.start and o.mentions
        and not any(m.vague for m in o.mentions) and passes_on(a, o) for o in found)]


def told_by_name(found: list[Attribution], s: str) -> list[Attribution]:
    """"The officials condemned A, calling it “B,” said spokesperson X.": a named speaker closing the
    sentence after a quotation tells what unnamed people before it said or did; the claims are theirs
    as X tells them, so X's."""
    closing = [a for a in found if a.subject_start == a.cue.start and a.cue.lemma in SPEECH and a.mentions and
               not any(m.vague for m in a.mentions) and re.search(r"[”\"],?\s*$|,\s*[”\"]\s*$", s[:a.cue.start])]
    if not closing:
        return found
    told = [att for att in found if att.cue.start < closing[-1].cue.start and att.mentions and
            all(m.vague for m in att.mentions)]
    for att in told:
        att.mentions = [m.copy() for m in closing[-1].mentions]
    return [att for att in found if not (told and att is closing[-1])]  # (its own text is what they carry)


# A subordinate clause opening the sentence: "Although X has denied A, ...".
SUBORDINATE_OPENING = re.compile(r"^(?:Although|Though|Even\s+though|While|Whereas|Even\s+as|Since|Because|Once|After)\s[^,;“\"]*(?=,)")


def end_with_subordinate_clause(found: list[Attribution], s: str) -> None:
    """"Although Estonia has denied sending sailors, its minister said ...": the denial is what the
    clause says, and ends with it."""
    clause = SUBORDINATE_OPENING.match(s)
    if not clause:
        return
    for att in found:
        at = s.find(att.text) if att.text else -1
        if att.cue.start < clause.end() and 0 <= at < clause.end() < at + len(att.text):
            att.text = s[at:clause.end()]


def said_again(found: list[Attribution], s: str) -> list[Attribution]:
    """"According to Spokesperson X, A, she told reporters.": the pronoun is X, and it is one statement."""
    def pronoun_closing(a: Attribution) -> bool:
        return a.subject_start > 0 and s[a.subject_start:a.cue.start].strip().lower() in ("he", "she") \
            and a.cue.lemma in SPEECH

    return [a for a in found if not (pronoun_closing(a) and any(
        o.cue.lemma == "according to" and o.cue.start < a.subject_start and len(o.mentions) == 1
        and o.mentions[0].speaker.kind == "person" and not o.mentions[0].vague for o in found))]


def only_names_it(att: Attribution, found: list[Attribution]) -> bool:
    """"The agency reported the development, claiming that ...": what was reported is in the
    participle clause after it, the object before only names it."""
    ids = {m.speaker.id for m in att.mentions}
    return bool(NAMED_ONLY.match(att.text.strip(" ,."))) and any(
        other.cue.start > att.cue.start and other.cue.is_participle and ids & {m.speaker.id for m in other.mentions}
        for other in found)


def repeats(att: Attribution, found: list[Attribution]) -> bool:
    """The same speaker's words found twice (two cues sharing one complement): keep the first."""
    ids = {m.speaker.id for m in att.mentions}
    for other in found:
        if other is att:
            return False
        if ids & {m.speaker.id for m in other.mentions} and att.text and other.text and \
                (att.text in other.text or other.text in att.text):
            return True
    return False

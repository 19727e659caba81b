"""Statements a sentence passes on rather than makes: "according to X", "X was quoted as saying",
"This figure was confirmed by X", "comments by X that ...", "North Korea's claim that ...", and "...,
a claim denied by Ukraine". Each reader names the source the sentence relays and what it said; the
sentence attributor (attribution.py) calls them for the cues they own."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.attributed import Attribution
from bot.extract.complement import clean, complement
from bot.extract.cues import NOUN_BY, Cue, find_cues
from bot.extract.introductions import trim_name
from bot.extract.phrases import NAME_ONLY, ROLE, comma_segments, has_role_noun, join_roles, titled_alone
from bot.extract.sentences import Sentence
from bot.extract.subjects import Mention, SubjectResolver, demonym

# The opening of a relative clause before a passive verb: "a toll that has not been [acknowledged by X]".
RELATIVE_PASSIVE = re.compile(r"\b(?:that|which)(?:\s+(?:has|have|had|was|were|is|are|not|never|yet|also|\w+ly))*\s*$")
# A full name after a role and a comma, closing the sentence: "by the head of the centre, Andriy Kovalenko."
NAME_AFTER_ROLE = re.compile(r",\s+((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)\s*(?:[.;]|,|$)")
# A subject that points at the sentence before: "This figure", "These numbers", "The estimate".
BACK_REFERENCE = re.compile(r"^(?:This|These|That|Those|The)(?:\s+(?:figures?|numbers?|estimates?|assessments?|"
                            r"information|claims?|accounts?|findings?|data|toll|tally|report|count|death toll|"
                            r"statements?|remarks|comments|announcement|development|news|fact|decision|move))?$")
# An outlet described before its name is given: "the ruling party’s official newspaper[, Rodong Sinmun]".
DESCRIBED_OUTLET = re.compile(r"\b(?:newspaper|daily|paper|agency|broadcaster|outlet|channel|magazine|tabloid|"
                              r"website|portal|weekly)$")
# A passive with nobody speaking before a that-clause: "It is noted that, ...".
IMPERSONAL_THAT = re.compile(r"\s*(?:It|This)\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?(?:noted|reported|said|stated|"
                             r"known|claimed|added|emphasi[sz]ed|stressed|pointed\s+out|specified)\s+that\s*,\s*")
# What may follow "as stated by X," without being a claim: "during a recent meeting."
# A date closing a phrase that names someone: "Minister X on November 5", "X last week", "a BBC report
# Thursday", "X on the 6th (local time)".
TRAILING_TIME = re.compile(r"\s+(?:(?:on|last|this|earlier)\s+(?:[A-Z][a-z]+(?:\s+\d{1,2}(?:,\s+\d{4})?)?|week|month|year)|"
                           r"on\s+the\s+\d{1,2}(?:st|nd|rd|th)(?:\s*\([^()]{1,20}\))?|"
                           r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*$")
SETTING_ONLY = re.compile(r"^(?:during|at|in|on|after|before|earlier|last|this)\b[^,;:]{0,60}\.?$")
# Where a clause of its own begins: "..., though the reports have not been confirmed by X".
CLAUSE_JOIN = re.compile(r",\s+(?:though|although|but|while|whereas)\s+|;\s+")
# "..., a claim denied by Ukraine": who disputes what the sentence said; "... - a figure echoed by X":
# who says it too.
DENIED_BY = re.compile(r"(?:[,;]|\s[-–—])\s*(?:a|an)\s+(?:claim|charge|assertion|allegation|account|version|figure|"
                       r"estimate|number|toll|assessment)\s+(?:(?:that\s+)?(?:was|has\s+been|is)\s+)?(?:\w+ly\s+)?"
                       r"(?P<verb>denied|rejected|disputed|dismissed|refuted|echoed|confirmed|corroborated|backed|"
                       r"repeated|shared|neither\s+confirmed\s+nor\s+denied|neither\s+denied\s+nor\s+confirmed)\s+by\s+"
                       r"(?P<who>[^,;.]+?)\s*[.;]?\s*$")
_SAYS_TOO = {"echoed", "confirmed", "corroborated", "backed", "repeated", "shared"}


class RelayReader:
    """Reads the relays of one sentence; `subject` is the attributor's reading of a clause's subject
    (start, speakers, role), which "quoted as saying" and "according to" need for the words before them."""

    def __init__(self, resolver: SubjectResolver, subject: Callable[[str], tuple[int, list[Mention], str]]) -> None:
        self.resolver = resolver
        self._subject = subject

    # -- "..., a claim denied by Ukraine" -----------------------------------------------------------
    def denied_by(self, sent: Sentence, m: re.Match[str], found: list[Attribution]) -> Attribution | None:
        mentions = self.resolver.resolve(m.group("who"))
        if not mentions:
            return None
        before = sent.text[:m.start()]
        said = find_cues(before, lambda pos: not sent.in_quote(pos))  # "Gerasimov claims ...": what he claims
        claimed = next((a.text for a in reversed(found) if a.text), "") or \
            clean(re.sub(r"^\s*that\s+", "", before[said[0].end:]) if said else before)
        agrees = m.group("verb") in _SAYS_TOO
        undecided = m.group("verb").startswith("neither")  # "an assertion neither confirmed nor denied by Moscow"
        cue = Cue("confirm" if agrees or undecided else "deny", m.start("verb"), m.end("verb"), m.group("verb"))
        return Attribution(mentions, cue, "indirect", claimed, undecided, m.start("who"),
                           denies=not agrees and not undecided)

    # -- "This figure was confirmed by the UK Ministry of Defence" -------------------------------
    def passive(self, sent: Sentence, cue: Cue, subject: str, agent: re.Match[str]) -> Attribution | None:
        if RELATIVE_PASSIVE.search(subject):  # "..., a toll that has not been acknowledged by X": a relative
            return None  # clause on a noun, not a statement the sentence reports
        mentions = self.resolver.resolve(agent.group("who"))
        named = NAME_AFTER_ROLE.match(sent.text, agent.end())
        if named and re.match(r"(?:the|a|an)\s", agent.group("who")):  # "reported by the head of the Center ..., Andriy
            person = self.resolver.resolve(named.group(1), allow_coordination=False)  # Kovalenko": the person
            if len(person) == 1 and person[0].speaker.kind == "person":
                person[0].role = person[0].role or re.sub(r"^(?:the|a|an)\s+", "", agent.group("who"))
                mentions = person
        if not mentions:
            return None
        subject = subject.split(",")[-1].strip()  # ("According to X, citing Y, this was stated by Z")
        subject = subject[:1].upper() + subject[1:]
        if BACK_REFERENCE.match(subject):  # the claim is what the sentence before said
            return Attribution(mentions, cue, "indirect", "", False, 0, refers_back=True)
        if re.fullmatch(r"It(?:\s+(?:has|had|have|will|would|could|may|might))?", subject):  # "It was reported
            # by the agency (on Monday) that ...": the clause after "that" is the claim
            that = re.match(r"\s*,?\s*(?:(?:on|in|at|last|this|earlier)\s+[\w\s]{0,25}?)?,?\s*that\s+",
                            sent.text[agent.end():])
            if not that:
                return None
            start = agent.end() + that.end()
            return Attribution(mentions, cue, "indirect", clean(sent.text[start:]), False, start)
        before = sent.text[:agent.start()]
        clause = list(CLAUSE_JOIN.finditer(before))  # "..., though the reports have not been confirmed by X"
        return Attribution(mentions, cue, "indirect", clean(before[clause[-1].end():] if clause else before), False,
                           len(sent.text))

    # -- "KCNA quoted Kim as saying" ------------------------------------------------------------
    def quoted_as_saying(self, sent: Sentence, cue: Cue) -> Attribution | None:
        """The person quoted speaks; the words are after the cue ("quoted Kim as saying that
        ...") or, when the attribution closes the sentence, before it."""
        s = sent.text
        who = re.match(r"(?:quoted|cited|mentioned)\s+(.+?)\s+as\s+(saying|telling|stating|reporting|hailing|praising|"
                       r"warning|urging|claiming|confirming|denying)$", cue.text)  # ("cited Putin as hailing ...")
        named = re.fullmatch(r"(.+?),\s+(.+?),", who.group(1)) if who else None
        if named:  # "quoted the vice minister in charge of Russian affairs, Kim Jong-gyu, as saying": the person
            mentions = self.resolver.resolve(named.group(2), allow_coordination=False)
            for m in mentions:
                m.role = m.role or re.sub(r"^(?:the|a|an)\s+", "", named.group(1))
        else:
            mentions = self.resolver.resolve(who.group(1)) if who else []
        if not mentions:
            return None
        subject_start, _, _ = self._subject(s[:cue.start])
        start = subject_start if subject_start >= 0 else cue.start
        kind, text = complement(sent, cue, s[cue.end:], start)
        if text and who.group(2) not in ("saying", "telling", "stating", "reporting"):
            text = f"{who.group(2)} {text}"  # what the verb does is part of the claim: "hailing the heroism of ..."
        return Attribution(mentions, cue, kind, text, False, start) if text else None

    # -- "North Korea's claim that ..." ---------------------------------------------------------
    def possessive_claim(self, sent: Sentence, cue: Cue) -> Attribution | None:
        s = sent.text
        owner = re.search(r"((?:[A-Z][\w.-]*|of|the)(?:\s+(?:[A-Z][\w.-]*|of|the))*(?:\s+(?:military\s+)?(?:intelligence|"
                          r"government|military|ministry|authorities|officials|media))?)[’']$", s[:cue.start])  # (and
        # "Ukrainian intelligence’s findings that ...")
        name = trim_name(owner.group(1)) if owner else ""
        mentions = self.resolver.resolve(name) if name else []
        if not mentions:
            return None
        start = cue.start - 1 - len(name)
        if cue.text.endswith("of"):  # "Russia's claim of retaking the region, although ...": what it claims doing
            kind, text = "indirect", clean(re.split(r",|\s[-–—]\s", s[cue.end:])[0])
        else:
            kind, text = complement(sent, cue, s[cue.end - len("that"):], start)
        shown = Cue(cue.lemma, cue.start, cue.end, cue.text[1:].strip())  # "claim that", not "s claim that"
        denial = re.search(r"denials?", cue.text) is not None
        return Attribution(mentions, shown, kind, text, False, start, denies=denial) if text else None

    # -- "comments by US officials that ..." -----------------------------------------------------
    def statement_by(self, sent: Sentence, cue: Cue) -> Attribution | None:
        author = re.search(NOUN_BY, cue.text, re.I)  # ("claims by X suggesting that": X, not its participle)
        who = re.sub(r"\s+[a-z]+ing$", "", author.group("author")) if author else ""
        who = TRAILING_TIME.sub("", who.rstrip(" ,"))  # "a statement made by Minister X on November 5, in which he
        mentions = self.resolver.resolve(who) if who else []  # stated that": X
        if not mentions:
            return None
        kind, text = complement(sent, cue, sent.text[cue.end - len("that"):], cue.start)
        return Attribution(mentions, cue, kind, text, False, cue.start) if text else None

    # -- according to -------------------------------------------------------------------------
    def according_to(self, sent: Sentence, cue: Cue) -> Attribution | None:
        s = sent.text
        if re.search(r"\bthat\s*,\s*$", s[:cue.start]) and not IMPERSONAL_THAT.fullmatch(s[:cue.start]):
            return None  # "Lee said that, according to intelligence, ...": Lee's source, inside Lee's claim (but
            # "It is noted that, according to X, ...": X's, nobody else speaks)
        if re.fullmatch(r"\s*(?:That|This|It)(?:’s|'s|\s+is|\s+was)\s*", s[:cue.start]):
            source = comma_segments(s[cue.end:])[0].strip(" .")  # "That's according to the latest estimates",
            mentions = self.resolver.resolve(source) or self.resolver.resolve(  # "... to X with the Center for
                re.split(r"\s+(?:with|of|at|from)\s+", source)[0])  # Defense Reforms, who penned ...": X
            return Attribution(mentions, cue, "according_to", "", False, 0, refers_back=True) if mentions else None
        after = s[cue.end:]
        segs = comma_segments(after)
        phrase = re.sub(r"(?:\[\d{1,3}\])+\s*$", "", segs[0].strip()).rstrip(".")  # ("the Institute.[3]": a footnote's mark)
        rest_segs = segs[1:]
        if rest_segs and re.match(r"\s*(?:which|who)\b", rest_segs[0]):  # "CLAIM, according to a statement by X,
            rest_segs = []  # which described ...": what the source did next, not what it is the source of
        while rest_segs and (demonym(phrase.split()[-1]) or phrase.split()[-1].lower() in ("us", "u.s.", "uk", "u.k.")) \
                and re.fullmatch(
                r"\s*(?:(?:and|or)\s+)?[A-Z][a-z]+(?:\s+[\w’'-]+){0,4}\s*", rest_segs[0]) and \
                demonym(re.sub(r"^\s*(?:(?:and|or)\s+)?", "", rest_segs[0]).split()[0]):  # "according to
            phrase, rest_segs = f"{phrase},{rest_segs[0]}", rest_segs[1:]  # estimates from South Korean, Ukrainian,
            # and Western intelligence sources, CLAIM"
        dash = re.search(r"\s*[—–]\s*|\s+-\s+", phrase)
        if dash:  # "CLAIM, according to X—but it remains unclear ...": the source ends at the dash
            phrase, rest_segs = phrase[:dash.start()], []
        quoted = re.search(r"\s[“\"]", phrase)
        if quoted:  # 'According to the document "Allies condemn ...," which ...': the source ends at the quotation
            rest_segs = [after[quoted.start() + 1:]]  # (segs[0] is where `after` begins)
            phrase = phrase[:quoted.start()]
        phrase = TRAILING_TIME.sub("", phrase)  # "X on Monday", "the Financial Times on October 24"
        phrase = re.sub(r"[’'](?:s\b)?\s+(?:view|opinion|estimation|assessment|perspective|point\s+of\s+view)$", "",
                        phrase)  # "In Budanov’s view", "From X's perspective"
        phrase = re.sub(r"(\([A-Z]{2,6}\))\s+(?:under|within|of|at)\s+.*$", r"\1", phrase)  # "the Defense
        # Intelligence Agency (DIA) under South Korea's defense ministry": the agency
        phrase = re.sub(r"\s+(?:during|at|in)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:briefing|meeting|"
                        r"session|hearing|conference|interview|speech|address)\b.*$", "", phrase)  # ("as indicated by the
        # agency during a briefing")
        phrase = re.sub(r"\b(briefing|report|document|statement|assessment|data|figures|study|analysis|paper)\s+"
                        r"(?:(?:presented|released|published|issued|given|delivered|shared|submitted|sent)\s+"
                        r"(?:to|on|at|in|with)|(?:obtained|seen|reviewed|viewed|cited)\s+(?:by|to|on|at|in|with))\b.*$",
                        r"\1", phrase)  # (but "a statement released by the Treasury" is the Treasury's) "a NIS briefing
        # presented to lawmakers", "a HUR assessment reviewed by CNN": the assessment's author, not who read it
        phrase = re.sub(r"\s+(?:interviewed|quoted|cited|contacted|questioned|reached)\s+(?:by|for|in)\b.*$", "",
                        phrase)  # "the defector interviewed for this article": the defector
        mentions = self.resolver.resolve(phrase) or self.resolver.unnamed(phrase)  # (one unnamed: "the defector")
        role = ""
        by = re.search(r"\bby\s+(.+?)(?:\s+(?:on|in|at|last|earlier)\s+[^,]{1,25})?$", phrase) if not mentions else None
        if by and re.match(r"(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}(?:briefings?|reports?|statements?|remarks|comments|"
                           r"testimony|estimates?|assessments?|data|figures|descriptions?|accounts?|posts?|messages?|"
                           r"videos?|footage|summary|updates?|readout)\b", phrase.strip()):  # ("a description of the
            # fighting posted on social media by the forces")
            found = self.resolver.resolve(by.group(1), allow_coordination=False)  # "According to briefings at the
            mentions = found if len(found) == 1 and not found[0].vague else []  # National Assembly by NIS Director X"
        if not mentions and not rest_segs and len(phrase.split()) > 6 and cue.start == 0:  # "According to the agency three
            words = phrase.split()  # thousand soldiers are being trained ...": no comma between the source and the claim
            for k in range(min(6, len(words) - 3), 0, -1):
                found = self.resolver.resolve(" ".join(words[:k]), allow_coordination=False)
                if len(found) == 1 and not found[0].vague:
                    mentions, rest_segs = found, [" ".join(words[k:])] + rest_segs
                    break
        if rest_segs and DESCRIBED_OUTLET.search(phrase) and NAME_ONLY.fullmatch(rest_segs[0].strip()) and \
                (not mentions or all(m.vague or m.speaker.name.lower() in phrase.lower() for m in mentions)):
            named = self.resolver.resolve(rest_segs[0].strip(), allow_coordination=False)  # "According to a report
            if len(named) == 1 and not named[0].vague:  # by the ruling party’s official newspaper, Rodong Sinmun,
                mentions, rest_segs = named, rest_segs[1:]  # CLAIM": the newspaper, by its name
        if not mentions and rest_segs and titled_alone(phrase):  # "as stated by Deputy Ambassador to the UN,
            mentions = self.resolver.resolve(rest_segs[0].strip().rstrip("."))  # Robert Wood, during ..."
            if len(mentions) == 1 and mentions[0].speaker.kind == "person":
                role, rest_segs = phrase.strip(), rest_segs[1:]
            else:
                mentions = []
        if not mentions:
            return None
        closing_role = len(rest_segs) == 1 and re.match(r"(?:a|an)\s", rest_segs[0].strip())
        if rest_segs and ROLE.match(rest_segs[0].strip()) and (len(rest_segs) > 1 or closing_role) and \
                has_role_noun(rest_segs[0]):
            # ", the head of ...," before the claim, or a closing ", a member of ..."
            role = rest_segs[0].strip().rstrip(".")
            rest_segs = rest_segs[1:]
        if len(rest_segs) == 1 and cue.start > 0 and re.match(r"\s*(?:another|one\s+of|an?)\s", rest_segs[0]):
            rest_segs = []  # "CLAIM, according to analyst X from Meduza, another independent outlet.": what Meduza is
        text = ",".join(rest_segs).strip()
        fronted = bool(text) and not SETTING_ONLY.match(text) and not (
            cue.start > 0 and re.match(r"(?:and|but)\s", text) and len(s[:cue.start].split()) > 3)  # ("A, according
        # to X, and they are expected to ...": the clause before it is what X is the source of)
        if fronted:  # "According to X, CLAIM, Yonhap reports.": the outlet passing it on closes the sentence
            text = re.sub(r",\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?:reports|reported|writes|wrote)"
                          r"\W*$", "", text)
        if not fronted:  # "CLAIM, according to X." / "..., as stated by X, at a briefing."
            text = s[:cue.start].rstrip(" ,")
        for m in mentions:
            m.role = join_roles(m.role, role)
        quoted = sent.quotes[0] if not fronted and sent.quotes and sent.quotes[0].start == 0 and \
            not s[sent.quotes[0].end:cue.start].strip(" ,") else None
        if quoted:  # '“...,” per Axios.': the quotation is what the source says
            return Attribution(mentions, cue, "direct", clean(quoted.inner.strip().rstrip(","), quoted=True), False,
                               cue.start)
        # ("According to X, A, and B": all of what follows is X's, its "and" included)
        return Attribution(mentions, cue, "according_to", clean(text, quoted=fronted), False, cue.start)

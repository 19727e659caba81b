"""Attributed claims from one document: the document-level pass over its sentences.

Sentence-level attribution lives in `attribution.py`. This module carries what crosses sentence
boundaries, in reading order:
  - who the document has introduced ("Foreign Ministry spokesperson Lee Jae-woong ..."), and
    who a later "he", "Lee", "the spokesperson" or "the GUR" is (`entities.py`);
  - a quotation that goes on without attribution, in the same paragraph or the next
    ("“...,” he said. “...”"), is the same speaker's;
  - a broadcast soundbite: a "Name / Party" line, then that person's words;
  - "This figure was confirmed by X": the claim is the sentence before;
  - "... is estimated to have sent 11,000 troops. Of those, 300 are believed killed, according
    to X": a closing "according to" covers the hedged sentence before it in the paragraph.
Each attribution becomes a `Claim` in `records.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from bot.index.model import Claim, Document
from bot.index.speakers import Registry
from bot.extract.attributed import Attribution
from bot.extract.attribution import BACK_REFERENCE_CLAUSE, SentenceAttributor
from bot.extract.complement import clean, kind_of
from bot.extract.countries import country_names
from bot.extract.cues import FORMS, Cue, find_cues
from bot.extract.entities import DocContext, singular
from bot.extract.introductions import ROLE_THEN_NAME, Introduction, authored, introductions
from bot.extract.layout import ANSWER, QUESTION
from bot.extract.lexicon import GROUP_NOUNS, ORG_WORDS, PERSON_ROLES, PRONOUNS, STATEMENT_NOUNS, TITLES
from bot.extract.places import find_places
from bot.extract.records import make_claim
from bot.extract.sentences import Sentence, find_quotes, split_sentences
from bot.extract.signals import (
    ASIDE_PRONOUN,
    CAPTION_CREDIT,
    CLOSING_PRONOUN,
    COLON_SPEAKER,
    DASH_SPEAKER,
    FIRST_PERSON,
    GIVES_POINTS,
    GLOSS,
    GOES_ON,
    HEDGED_UNSOURCED,
    HOST_OPENING,
    IMPERSONAL_SAID,
    JOURNALIST,
    KEY_POINTS,
    KEY_POINTS_LABEL,
    LEAD_IN,
    LIST_ITEM,
    MODAL_HEDGE,
    NO_ANSWER,
    OTHER_SOURCE,
    PARAGRAPH_LABEL,
    PHOTO_CREDIT,
    PLEASANTRY,
    POINTS_AHEAD,
    PRONOUN_SPEAKS,
    QUOTED_ONE,
    QUOTE_BARE,
    QUOTE_FROM,
    ROLE_SPEAKS,
    SAID_IN_POST,
    SETTING_PARTICIPLE,
    SITE_NOTICE,
    SOCIAL_POST_END,
    SOUNDBITE,
    SOURCE_LINE,
    SOURCE_REACH,
    SOURCE_SETTING,
    SPEECH_ENDS,
    SPEECH_HEADER,
    SPOKE_WITH,
    SUBORDINATE_SUBJECT,
    TEXT_BY,
    TURNS_AWAY,
    UNNAMED_ONE_OPENS,
    WHAT_FOLLOWS,
)
from bot.extract.subjects import INTRODUCTORY, ONE_OF_GROUP, Mention, SubjectResolver, opening_subject

# "in an intelligence update": later "according to the update" is whoever spoke in it.
SPOKE_IN = re.compile(r"\b(?:(?:in|via|through|according\s+to)\s+(?:a|an|its|his|her|their|the)|(?:published|released|issued)\s+"
                      r"(?:an?|another|its|their))\s+(?:[\w-]+\s+){0,2}?(update|report|statement|assessment|briefing|"
                      r"interview|post|analysis|address|letter|message|article|story|investigation|study)\b")
# Two people meeting or talking: "X and Y held a phone call", "X held talks with Y", "X met Y".
_PERSON = r"(?:(?:[A-Z][\w’'.-]*|newly|re-elected|elected|visiting|incoming|outgoing|then-|former)\s+){0,6}[A-Z][\w’'-]*"
_TALKS = r"(?:a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:call|conversation|talks|meeting|summit|discussions?)"
MET_PAIR = re.compile(rf"(?P<a>{_PERSON})\s+and\s+(?P<b>{_PERSON})\s+(?:held|had|have|has|hold|holds)\s+{_TALKS}\b|"
                      rf"(?P<a2>{_PERSON})\s+(?:held|had|holds|has)\s+{_TALKS}\s+with\s+(?P<b2>{_PERSON})|"
                      rf"(?P<a3>{_PERSON})\s+(?:met(?:\s+with)?|spoke\s+(?:by\s+phone\s+)?(?:with|to)|called|phoned)\s+"
                      rf"(?P<b3>{_PERSON})")
_GLOSS_WORDS = re.compile(r"\b(?:refers|stands|short|acronym|abbreviation|initialism)\b")
_SHOWN_WORDS = re.compile(r"\b(?:documentary|film|video)\b")
_MEETING_WORDS = re.compile(r"\b(?:met|spoke|called|phoned|call|conversation|talks|meeting|summit|discussions?)\b")
# What a broadcaster or a body puts out for others to watch: "aired a 25-minute documentary".
AIRED = re.compile(r"\b(?:aired|broadcast|screened|released|showed|published)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}?"
                   r"(?P<noun>documentary|film|video)\b")
# A family name alone next to a reporting verb: someone the text may name in full only further on.
_FINITE = frozenset(f for f in FORMS if not f.endswith("ing") and f not in FORMS.values() or f in ("said", "told",
                                                                                                 "read"))
# A family name next to a reporting verb ("Rutte told", ", - Ponomarenko said", "said Rutte"): someone
# the text may name in full only further on. The verb is checked against the cue forms in Python.
_NAME_THEN_WORD = re.compile(r"(?:^|[,”\"]\s+(?:[-–—]\s+)?|\.\s+)[A-Z][a-z’'-]*[a-z]\s+(?:(?:also|further|again|then|"
                             r"later|has|had|have|himself|herself)\s+)?([a-z]+)\b")
# "Tae, who left the port last year, said", "One of the workers, Jin, said": one name, set off by commas
_NAME_ASIDE_THEN_WORD = re.compile(r"(?:^|[.”\"]\s+|^One\s+of\s+[^,]{3,40},\s+)[A-Z][a-z’'-]*[a-z],\s+"
                                   r"(?:(?:who|a|an|the|one|another)\b[^.,;“”\"]{3,100},\s+)?([a-z]+)\b")
_SAID_NAME = re.compile(r"\b(?:said|says|told|reports|reported|writes|wrote|adds|added|notes|noted|states|stated)\s+"
                        r"[A-Z][a-z’'-]+[\s,.]")  # ("..., reports Newsweek.")


# A source named by one word after "according to", "per" or "as reported by": "According to Ukrinform, ...".
_SOURCE_NAME = re.compile(r"\b(?:[Aa]ccording\s+to|[Aa]s\s+per|(?:(?<=, )|(?<=,[”\"] ))per|(?:[Ii]n|[Ff]rom)(?=\s+[A-Z][\w-]+[’'](?:s\b)?\s+"
                          r"(?:view|opinion|assessment|estimation|perspective),)|(?:stated|reported|announced|said|noted|confirmed|"
                          r"claimed|disclosed|revealed)\s+by|(?:report|statement|article|post|analysis)\s+"
                          r"(?:published\s+|released\s+)?by)\s+[A-Z][\w’'-]+(?=[\s,.])")


def bare_name_speaks(text: str) -> re.Match[str] | None:
    source = _SOURCE_NAME.search(text) if "ccording" in text or " by " in text or " per " in text or " view," in text \
        or " perspective," in text \
        else None
    if source:
        return source
    if _FINITE.isdisjoint(_LOWER_WORD.findall(text)):
        return None  # no reporting verb at all: most sentences
    return next((m for m in _NAME_THEN_WORD.finditer(text) if m.group(1) in _FINITE), None) or _SAID_NAME.search(text) \
        or next((m for m in _NAME_ASIDE_THEN_WORD.finditer(text) if m.group(1) in _FINITE), None)


_LOWER_WORD = re.compile(r"[a-z]+")


# Fewer words than this where a page stops mid-sentence ("accused Seoul on Thursday of p") are no
# statement to show: what was said is in the part cut off.
CUT_WORDS = 9
_TERMINAL_END = re.compile(r"[.!?…][”\"’')\]]*\s*$")


def extract_claims(doc: Document, registry: Registry) -> list[Claim]:
    return list(iter_claims(doc, registry))


def iter_claims(doc: Document, registry: Registry) -> Iterator[Claim]:
    """Guillemets («...»), the quotation marks of Ukrainian and Russian outlets, and the single quotation
    marks of some British pages ('...,' he said) are read as curly quotation marks at the same places;
    the claims give them back as the page printed them."""
    if "“" not in doc.text and "”" not in doc.text:
        if "«" in doc.text or "»" in doc.text:
            printed, curly = _AS_PRINTED, doc.text.translate(_AS_CURLY)
        elif '"' not in doc.text and "'" in doc.text:
            printed, curly = _SINGLE_PRINTED, _single_as_curly(doc.text)
        else:
            printed, curly = None, doc.text
        if printed is not None and curly != doc.text:
            for claim in _Walk(replace(doc, text=curly), registry).claims():
                yield replace(claim, text=claim.text.translate(printed), sentence=claim.sentence.translate(printed))
            return
    yield from _Walk(doc, registry).claims()


_AS_CURLY = str.maketrans("«»", "“”")
_AS_PRINTED = str.maketrans("“”", "«»")
_SINGLE_PRINTED = str.maketrans("“”", "''")
# A single quotation mark that opens a quotation (after a space or a bracket, before a capital or a
# digit) and one that closes it (after the quotation's last punctuation, before a space): never an
# apostrophe ("Russia's", "don't") nor a plural's possessive ("the soldiers' families").
_SINGLE_OPENS = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))'(?=[A-Z0-9])", re.M)
_SINGLE_CLOSES = re.compile(r"(?<=[.,!?…])'(?=[\s)\]—–]|$)", re.M)


def _single_as_curly(text: str) -> str:
    """The text with each single-quoted quotation ('...,' X said) in curly marks, offsets kept; each
    opening mark pairs with the next closing one on its line."""
    chars = list(text)
    for line in re.finditer(r"[^\n]+", text):
        closes = iter(m.start() for m in _SINGLE_CLOSES.finditer(text, line.start(), line.end()))
        after = line.start()
        for opening in _SINGLE_OPENS.finditer(text, line.start(), line.end()):
            if opening.start() < after:
                continue
            closing = next((c for c in closes if c > opening.start()), None)
            if closing is None:
                break
            chars[opening.start()], chars[closing] = "“", "”"
            after = closing
    return "".join(chars)


@dataclass
class _Block:
    mentions: list[Mention]
    opened: int  # the paragraph of "X wrote:"
    paragraph: int  # the block's paragraph so far
    colon: bool = False  # its last sentence ends with a colon ("This is:"), so a list may follow
    reach: int = 1  # how many paragraphs after "X wrote:" it may run (a social-media post printed whole: two)
    whole: bool = False  # named as a text ("a post by X:"): its sentences are X's even with a speaker of their own
    findings: int = 0  # announced as someone's findings ("Here is what X assessed:"): how many paragraphs may
    # follow, one blank line apart or not
    items: bool = False  # announced as a list ("Key takeaways from X's statements:"): it ends with its items
    summary: bool = False  # findings or key points, in the outlet's words: reported, not quoted


@dataclass
class _Voice:
    """A soundbite's speaker and the paragraph that carries their words."""

    mention: Mention
    paragraph: int = -1


class _Walk:
    def __init__(self, doc: Document, registry: Registry) -> None:
        self.doc = doc
        self.registry = registry
        self.ctx = DocContext(registry)
        self.resolver = SubjectResolver(self.ctx)
        self.attributor = SentenceAttributor(self.resolver)
        self.previous: tuple[Sentence, Attribution] | None = None  # the last sentence, if attributed
        self.last: Sentence | None = None  # the last sentence, attributed or not
        self.voice: _Voice | None = None
        self.seen_ids: set[str] = set()
        self.said: set[tuple[str, str, str]] = set()  # (speaker, sentence's words, claim's words) of every claim
        self.cues_read: set[tuple[int, int]] = set()  # (sentence, cue) of the claims of the first reading
        self.introduced: dict[Introduction, Mention | None] = {}
        self.journalists: set[str] = set()  # a transcript's host and reporters, by label
        self.held: list[Sentence] = []  # paragraphs of a quotation whose speaker is named at its end
        self.held_opener: tuple[Sentence, Attribution] | None = None  # the attribution just before them
        self.last_voice_line: Sentence | None = None  # the soundbite's last line so far
        self.introducer: tuple[list[Mention], int] | None = None  # "He praised ties with Tokyo:", its paragraph
        self.block: _Block | None = None  # words set off without quotation marks after "X wrote on X:"
        self.spoken: tuple[Mention, int] | None = None  # the last named speaker and the paragraph it spoke in
        self.first_person_paragraph = -1  # a paragraph of unquoted first-person speech
        self.weakly_attributed: Sentence | None = None  # the last sentence, if only its place attributed it
        self.unquoted_speech = False  # the document prints speech without quotation marks
        self.quote_open = False  # the last attributed sentence left its quotation open: the next goes on with it
        self.unsourced: list[Sentence] = []  # the sentences nobody is credited with yet
        self.attributed_at = -1  # where the last sentence that found a speaker starts
        self.quote_runs: dict[int, int] = {}  # paragraphs a labelled quotation runs on into (`_quote_runs`)
        self.quote_label: tuple[list[Mention], int] | None = None  # "Quote from X:": X, and the paragraph
        self.source_line: tuple[Mention, int] | None = None  # "Source: X": X, and the line's paragraph
        self.speech: Mention | None = None  # whose statement the page is, by its header ("Statement by X, ...")

    def claims(self) -> Iterator[Claim]:
        for claim in list(self._read()):  # (read whole first: a role given without a name may be named later)
            yield self._named_later(claim)

    def _named_later(self, claim: Claim) -> Claim:
        """A claim of someone the text first gave only a role ("Ukraine's military intelligence chief
        said"), credited to the person it names in that role further on."""
        speaker = self.registry.get(claim.speaker_id)
        if speaker is None or not speaker.generated:
            return claim
        unnamed_role = speaker.kind == "person" and speaker.role == speaker.name
        if not unnamed_role and not (speaker.kind == "vague" and LEADER_OF.fullmatch(speaker.name)):
            return claim  # ("a former chief of the ICC said": an office one person holds, whom the text may name)
        named = self.ctx.named_for(speaker)
        if named is None:
            return claim
        return replace(claim, speaker=named.name, speaker_id=named.id, speaker_role=claim.speaker_role)

    def _read(self) -> Iterator[Claim]:
        unresolved: list[Sentence] = []
        named_later: list[Sentence] = []
        unsourced = self.unsourced = []  # sentences nobody is credited with yet, for a "Source: X" line
        sentences = split_sentences(self.doc.text, headings=True)
        self.quote_runs = _quote_runs(self.doc.text)
        self.journalists |= _hosts(sentences)
        # An outlet that puts speech in quotation marks writes "we" in its own voice; one that prints
        # speech without them (no quotation of eight words anywhere) may not.
        self.unquoted_speech = not any(q.words() >= 8 for sent in sentences for q in sent.quotes)
        for k, sent in enumerate(sentences):
            self.ctx.sentence_no = k
            self._introduce(sent)
            following = sentences[k + 1] if k + 1 < len(sentences) else None
            found = self._attributions(sent, following)
            dash = DASH_SPEAKER.fullmatch(sent.text) if not self._line_of(sent).strip() and (
                not found or sent.text.lstrip()[:1] in "-–—") else None  # ("— Putin said, referring to his
            # meeting": the line credits the paragraph above; what it is referring to is no claim of its own)
            source_line = SOURCE_LINE.fullmatch(self._line_of(sent))
            credited = list(self._credit(sent, unsourced)) if source_line else \
                list(self._credit_above(sent, dash, unsourced)) if dash else []
            if credited or source_line and self.source_line and self.source_line[1] == sent.paragraph:  # "Source:
                # ISW": the unattributed text just above is the institute's (the line itself is no claim)
                yield from credited
                unsourced.clear()
                continue
            if not found and not sent.heading:
                unsourced.append(sent)
            if sent.heading and not found and not self.voice:
                unresolved.append(sent)
            elif not sent.heading and (_unread_name(sent, found) or not found and named_later and
                                       PRONOUN_SPEAKS.search(sent.text) or ROLE_SPEAKS.match(sent.text) and
                                       not any(att.subject_start == 0 for _s, att in found)):
                named_later.append(sent)  # (and "He expects ..." after one: he may be who it names; and "The
                # Defence Secretary has warned ..." before the text names the secretary)
            for sent_of, att in found:
                yield from self._claims_of(sent_of, att)
            self._main_speaker_is_he(sent, found)
            self.previous = (sent, found[-1][1]) if found and not sent.heading and found[-1][0] is sent else None
            self.quote_open = bool(self.previous) and self.previous[1].kind == "direct" and (
                _left_open(sent.text) or self.quote_open and not _closes(sent.text))
            self.last = None if found else sent
            if found:
                self.attributed_at = sent.start
            countries = _countries_in(sent.text)
            if len(countries) == 2:  # ("Both countries" in the next sentence are these)
                self.ctx.paired = (k, countries)
            self._meeting(sent, k)
            self.weakly_attributed = sent if found and all(att.subject_start < 0 for _s, att in found) else None
        self.resolver.bare_names = self.ctx.headline = True
        for sent in unresolved:  # "Zelenskyy says he is ready ...": the body has said who Zelenskyy is
            for att in self.attributor.attribute(sent):
                yield from self._claims_of(sent, att)
        self.ctx.headline = False
        # "“...,” Rutte told a press conference." before the text says who Rutte is: read again once the
        # whole text is known, by family name only (a pronoun then would point at the end of the text)
        self.ctx.last_person = self.ctx.last_institution = None
        self.ctx.last_group = []
        self.ctx.rereading = True
        for sent in named_later:
            for att in self.attributor.attribute(sent):
                if not att.refers_back:  # ("Sibiga said this on X": what "this" is was read the first time)
                    yield from self._claims_of(sent, att)

    def _line_of(self, sent: Sentence) -> str:
        """What comes before the sentence on its line: a label such as "Source:", if any."""
        start = self.doc.text.rfind("\n", 0, sent.start) + 1
        return self.doc.text[start:sent.start]

    def _credit(self, line: Sentence, unsourced: list[Sentence]) -> Iterator[Claim]:
        """The sentences of the last paragraphs before a "Source: X" line, credited to X."""
        source = SOURCE_SETTING.sub("", line.text.strip(" ."))  # "Hipper at a briefing on 28 April, as reported by
        # European Pravda": Hipper, the outlet only passing it on
        mentions = self.resolver.resolve(source) if len(source.split()) <= 12 else []
        if len(mentions) != 1 and "," in source:  # "Source: Kyrylo Budanov, Head of ..., in an interview with ...":
            first = self.resolver.resolve(source.split(",")[0])  # the name before the role and the setting
            mentions = first if len(first) == 1 and not first[0].vague else mentions
        if not mentions:
            return
        if len(mentions) == 1 and not mentions[0].vague:  # ("Quote:" below it is theirs, and "she added")
            self.source_line = (mentions[0], line.paragraph)
            self.ctx.note(mentions[0].speaker, role=mentions[0].role)
        cue = Cue("according to", 0, 0, "Source:")
        for sent in unsourced:
            if sent.paragraph >= line.paragraph - SOURCE_REACH:
                att = Attribution([m.copy() for m in mentions], cue, "according_to",
                                  clean(sent.text), False, 0)
                yield from self._claims_of(sent, att)

    def _quote_labelled(self, sent: Sentence) -> list[Attribution]:
        """A sentence of a paragraph labelled "Quote from X:" is X's."""
        line = self._line_of(sent)
        label = QUOTE_FROM.fullmatch(line)
        if label:
            mentions = self.resolver.resolve(label.group("who"), allow_coordination=False)
            self.quote_label = (mentions, sent.paragraph) if len(mentions) == 1 and not mentions[0].vague else None
        elif QUOTE_BARE.fullmatch(line):  # "Source: X, at a briefing" / "Quote: “...”": X's words; further down,
            source, spoken = self.source_line, self.spoken  # those of whoever the text credited last, if after it
            if spoken and (source is None or spoken[1] > source[1]) and sent.paragraph - spoken[1] <= SOURCE_REACH:
                source = spoken
            self.quote_label = ([source[0]], sent.paragraph) if source else None
        if not self.quote_label or self.quote_label[1] != self.quote_runs.get(sent.paragraph, sent.paragraph):
            return []  # (a paragraph the labelled quotation runs on into, up to its closing mark, is the same words)
        cue = Cue("say", 0, 0, "Quote from")
        text = sent.text.rstrip()
        if _closes_only(text):
            text = text[:-1]  # ('... killed and wounded."': the mark closing a quotation opened paragraphs above)
        words = clean(sent.quotes[0].inner.strip(), quoted=True) if sent.is_pure_quote() else clean(text)
        return [Attribution([self.quote_label[0][0].copy()], cue, "direct", words, False, 0)]

    def _credit_above(self, line: Sentence, dash: re.Match[str], unsourced: list[Sentence]) -> Iterator[Claim]:
        """The paragraph just above a "- replied Miller." line, credited to its speaker."""
        mentions = self.resolver.resolve(dash.group("who") or dash.group("who_first"), allow_coordination=False)
        above = max((s.paragraph for s in unsourced), default=-1)
        if len(mentions) != 1 or mentions[0].vague or above < 0:
            return
        cue = Cue("say", 0, 0, line.text.strip())
        for sent in unsourced:
            if sent.paragraph == above:
                att = Attribution([mentions[0].copy()], cue, kind_of(sent.text, sent), clean(sent.text), False, 0)
                yield from self._claims_of(sent, att)

    # -- who the sentence introduces, and who it is about ------------------------------------------
    def _introduce(self, sent: Sentence) -> None:
        header = SPEECH_HEADER.match(sent.text)
        if SPEECH_ENDS.match(sent.text):
            self.speech = None
        elif header:  # "Statement by H.E. Ambassador Joonkook HWANG": the page below is their speech
            who = _title_cased(header.group("who") or header.group("speaker") or  # ("Ambassador Joonkook HWANG")
                               header.group("interviewee"))
            found = self.resolver.resolve(who, allow_coordination=False) or self.resolver.labelled(who)
            if len(found) == 1 and not found[0].vague:
                self.speech = found[0]
                self.ctx.note(found[0].speaker, role=found[0].role)
        for intro in introductions(sent.text):  # "Foreign Ministry spokesperson Lee Jae-woong", "(GUR)"
            if intro in self.introduced:  # the same name with the same role: already known
                named = self.introduced[intro]
            else:
                named = self.introduced[intro] = self.resolver.introduce(intro)
            if named:
                self.ctx.note(named.speaker, named.vague, named.role, salient=False)
                if intro.acronym:
                    self.ctx.alias(intro.acronym, named.speaker)
        self._note_authors(sent)
        referent = not _subject_is_no_referent(sent.text)
        one = ONE_OF_GROUP.match(sent.text) if referent else None
        if one and not sent.heading:  # "One of them testified ... He said ...": he is that one, unnamed
            mention = self.resolver.one_of(one.group(0))
            self.ctx.note(mention.speaker, vague=True)
        elif referent and not sent.heading and not sent.text.startswith(("“", '"')):  # a quotation's first words
            # are not its subject
            titled = ROLE_THEN_NAME.match(sent.text)  # "The head of state of the NATO member, Gitanas Nausėda, met
            titled = titled if titled and titled.group("noun").lower() in PERSON_ROLES | TITLES else None  # ...": the
            opening = titled.group("name") if titled else opening_subject(sent.text)  # one named, not the role
            if opening and ASIDE_PRONOUN.match(sent.text, sent.text.find(opening) + len(opening)):
                opening = ""  # "Russian President Vladimir Putin, he added, “started ...”": "he" speaks of Putin
            subject = self.resolver.subject(opening) or self.resolver.national_official(opening)
            inner = SUBORDINATE_SUBJECT.search(sent.text) if subject is None else None
            if inner:  # "This came as President X met Y, who he said ...": the subordinate clause's subject
                subject = self.resolver.subject(opening_subject(sent.text[inner.end():]))
            if subject:  # "Zelenskyy has been outspoken. ... he warned": he is Zelenskyy (and "The South Korean
                self.ctx.note(subject.speaker, role=subject.role)  # defence minister was asked ... He responded")
                aired = AIRED.search(sent.text) if _SHOWN_WORDS.search(sent.text) else None
                if aired and not subject.vague:  # "State television aired a documentary ...": "the film" is theirs
                    for noun in ("documentary", "film") if aired.group("noun") != "video" else ("video",):
                        self.ctx.published(subject.speaker, noun)
                if _many(opening) or _many(subject.speaker.name):  # "The G7 foreign ministers convened ... They
                    # expressed ...": they
                    self.ctx.last_group, self.ctx.group_sentence = [subject.speaker], self.ctx.sentence_no
            elif unnamed := UNNAMED_ONE_OPENS.match(INTRODUCTORY.sub("", sent.text)):  # "In another call, a
                one = self.resolver.resolve(unnamed.group(0), allow_coordination=False)  # soldier complained ...
                if len(one) == 1 and one[0].vague:  # “...,” he said": that one, not the last one speaking
                    self.ctx.note(one[0].speaker, vague=True)
        met = SPOKE_WITH.search(sent.text)
        if met:  # "We spoke to Andriy Kovalenko from the council. He told us ...": the one interviewed
            who = met.group("who") or met.group("who2")
            found = self.resolver.resolve(who, allow_coordination=False) or (
                self.resolver.interviewee(who) if met.group("who2") else [])
            if len(found) == 1 and found[0].speaker.kind == "person" and not found[0].vague:
                self.ctx.note(found[0].speaker, role=found[0].role)

    def _note_authors(self, sent: Sentence) -> None:
        """"The report, published last week by the HMG, accuses ...": "the report" is the HMG's from now on,
        and when the sentence opens with the report ("The report was released by X. It alleges ..."), "it"
        is X too."""
        for noun, who in authored(sent.text):
            author = self.resolver.resolve(who, allow_coordination=False)
            if len(author) == 1 and not author[0].vague:
                opens = re.match(rf"(?:The|This|That|Its)\s+(?:[\w-]+\s+){{0,2}}?{noun}s?\b", sent.text)
                self.ctx.note(author[0].speaker, role=author[0].role, salient=bool(opens))
                self.ctx.published(author[0].speaker, noun)

    def _meeting(self, sent: Sentence, k: int) -> None:
        """"X and Y held a phone call", "X held talks with Y", "X met Y": a later "the two leaders" is them."""
        text = sent.text
        if sent.heading or not _MEETING_WORDS.search(text):
            return  # (most sentences name no meeting: a cheap look before the pattern's)
        met = MET_PAIR.search(text)
        if met is None:
            return
        pair = [self.resolver.resolve(met.group(side) or met.group(side + "2") or met.group(side + "3"),
                                      allow_coordination=False) for side in ("a", "b")]
        if all(len(one) == 1 and one[0].speaker.kind == "person" and not one[0].vague for one in pair):
            self.ctx.met = (k, (pair[0][0].speaker, pair[1][0].speaker))

    # -- what the sentence attributes, on its own or through its neighbours ------------------------
    def _attributions(self, sent: Sentence, following: Sentence | None) -> list[tuple[Sentence, Attribution]]:
        if PHOTO_CREDIT.search(sent.text) or SPEECH_HEADER.match(sent.text) or SPEECH_ENDS.match(sent.text):
            return []  # a photo's caption, its credit at the end ("... | Name/AFP via Getty Images"): not reporting;
            # a statement's header or a written question's label says whose words come, it says nothing
        if self.block and not sent.voice:
            block = self._in_block(sent)
            if block:
                return [] if LEAD_IN.fullmatch(sent.text) else [(sent, att) for att in block]
        if sent.heading and not self._voice_goes_on(sent) and not (KEY_POINTS.match(sent.text.strip()) or
                                                                   _findings_by(sent.text)):  # (a lead-in, however short)
            self.voice = self._soundbite(sent)
            return [(sent, att) for att in self.attributor.attribute(sent)] if not self.voice else []
        found = self.attributor.attribute(sent)
        if not found:
            found = self._quote_labelled(sent)
        posted = SOCIAL_POST_END.search(sent.text)
        if posted:  # "Describing the fighting, the forces said in an X post.": the post follows, printed without
            found = [att for att in found if not SETTING_PARTICIPLE.match(att.text)]  # quotation marks
        if not found or sent.text.rstrip().endswith(":") or posted:
            self._introduces_quote(sent, following, found)
            found = [att for att in found if not POINTS_AHEAD.fullmatch(att.text)]  # "reads as follows:": the
            # words are below
        if not found and _quotation_goes_on(sent, following):
            if not self.held:
                self.held_opener = self.previous  # who spoke just before the quotation began, if anyone
            self.held.append(sent)  # a quotation running into the next paragraph: its speaker comes at its end
            return []
        out: list[tuple[Sentence, Attribution]] = self._release_held(found)
        if not found:
            found = self._continuation(sent)
        for att in found:
            if att.refers_back:  # "This figure was confirmed by X": the claim is the sentence before
                before = self.last or self.weakly_attributed  # (unattributed, or given to someone only by
                if before and before is not sent and not before.heading and not self.resolver.bare_names and \
                        not BACK_REFERENCE_CLAUSE.match(before.text):  # (its place after them; "This was
                    # reported by Reuters" after "The statement was made by X" passes X's words on, adds none)
                    att.text = clean(before.text)
                    # "This was stated by X" opening a paragraph: the whole paragraph before it is X's; closing one
                    # ("A. B. This was stated by X."): the unsourced sentences of the paragraph just before it
                    floor = -1 if sent.paragraph > before.paragraph else self.attributed_at
                    for earlier in (u for u in self.unsourced if u.paragraph == before.paragraph and
                                    floor < u.start < before.start and not u.quotes):
                        out.append((earlier, Attribution([m.copy() for m in att.mentions], att.cue, "indirect",
                                                         clean(earlier.text), False, -1)))
                    out.append((self._joined(before, sent), att))
                elif self._stated_for(att):  # "The United States believes that A. This was stated by spokeswoman
                    prev_sent, prev_att = self.previous  # type: ignore[misc]  # X": A is the words of the one who
                    att.text = prev_att.text  # stated it as well as of the government she stated it for
                    out.append((self._joined(prev_sent, sent), att))
                else:  # (nothing before to credit: the one named still becomes "she" for what follows)
                    for mention in att.mentions:
                        self.ctx.note(mention.speaker, mention.vague, mention.role)
                continue
            out.append((sent, att))
            covered = self._covered_by(sent, att)
            if covered:
                out.insert(0, covered)
        return out

    def _release_held(self, found: list[Attribution]) -> list[tuple[Sentence, Attribution]]:
        """The paragraphs of a quotation that ran on, given to the speaker named where it ends."""
        held, self.held = self.held, []
        opener, self.held_opener = self.held_opener, None
        closing = next((a for a in found if a.kind == "direct" and len(a.mentions) == 1), None)
        if held and closing is None and not found and opener and _continues(opener[0], opener[1], held[0]):
            closing = opener[1]  # 'He told MPs: "..." / "..." / "...".': named where it began (British style)
            self.previous = opener  # and the paragraph that closes it is theirs too
        if not held or closing is None:
            return []
        return [(h, Attribution(closing.mentions, closing.cue, "direct", clean(h.quotes[0].inner.strip()), False, 0))
                for h in held]

    def _continuation(self, sent: Sentence) -> list[Attribution]:
        if sent.voice:
            return self._transcript(sent)
        introduced = self._introduced_quote(sent)
        if introduced:
            return introduced
        if self.voice:
            if self.voice.paragraph < 0:
                self.voice.paragraph = sent.paragraph
            broken = self.last_voice_line is not None and not _TERMINAL_END.search(self.last_voice_line.text)
            if sent.paragraph == self.voice.paragraph or broken:  # (a sentence broken over two lines goes on)
                self.voice.paragraph = sent.paragraph
                self.last_voice_line = sent
                cue = Cue("say", 0, 0, "said (soundbite)")
                return [Attribution([self.voice.mention], cue, "direct", clean(sent.text), False, 0)]
            self.voice = None
            self.last_voice_line = None
        if self.quote_open and self.previous and sent.paragraph <= self.previous[0].paragraph + 2 and \
                len(self.previous[1].mentions) == 1 and not _names_own_speaker(sent):
            prev = self.previous[1]  # “... (no closing mark) / This shows ... weakness.”: the words go on
            words = clean(sent.text.strip().strip("“”\""), quoted=True)
            return [Attribution(prev.mentions, prev.cue, "direct", words, False, -1)]
        if self.previous and _continues(*self.previous, sent) and not _names_own_speaker(sent):
            prev = self.previous[1]
            pure = sent.is_pure_quote()  # (a sentence quoting at length within narration is a guess)
            text = sent.quotes[0].inner.strip() if pure else clean(sent.text)
            return [Attribution(prev.mentions, prev.cue, "direct", text, False, -1, inferred=not pure)]
        if self.previous and _hedges_on(*self.previous, sent) and not _names_own_speaker(sent):
            prev = self.previous[1]  # "The agency believes X. They are expected to ...": the agency's estimate
            return [Attribution(prev.mentions, prev.cue, "indirect", clean(sent.text), False, -1, inferred=True)]
        impersonal = IMPERSONAL_SAID.match(sent.text)
        if impersonal and self.previous and len(self.previous[1].mentions) == 1 and \
                not self.previous[1].mentions[0].vague and sent.paragraph <= self.previous[0].paragraph + 2:
            prev = self.previous[1]  # "The Latvian side expressed condemnation ... It was underlined that ...":
            return [Attribution(prev.mentions, prev.cue, "indirect", clean(sent.text[impersonal.end():]), False, -1,
                                inferred=True)]  # the same side's account, in the passive of official reports
        if self.previous and _goes_on(*self.previous, sent) and not _names_own_speaker(sent):
            prev = self.previous[1]  # "X expressed concern about A. This violates UN resolutions ...": X's account
            return [Attribution(prev.mentions, prev.cue, "indirect", clean(sent.text), False, -1, inferred=True)]
        return self._first_person(sent) or self._spoken_in_speech(sent)

    def _main_speaker_is_he(self, sent: Sentence, found: list[tuple[Sentence, Attribution]]) -> None:
        """"He also urged restraint, as President Lee vows efforts ... He said ...": "he" next is the
        main clause's speaker, not the person of a clause after it."""
        own = [att for sent_of, att in found if sent_of is sent and att.subject_start >= 0 and len(att.mentions) == 1]
        if len(own) < 2:
            return
        main = min(own, key=lambda att: att.subject_start).mentions[0]
        if main.speaker.kind == "person" and not main.vague:
            self.ctx.last_person = main.speaker

    def _spoken_in_speech(self, sent: Sentence) -> list[Attribution]:
        """A sentence of a page that is one person's statement (its header says whose), attributed to
        nobody else: the speaker's own words."""
        if self.speech is None or sent.heading or sent.voice or SITE_NOTICE.match(sent.text) or \
                KEY_POINTS_LABEL.fullmatch(sent.text.strip()):
            return []  # (the header itself never gets here: _attributions reads it as no statement; nor does
            # "Key points:", which only announces what follows)
        cue = Cue("say", 0, 0, "said (statement)")
        return [Attribution([Mention(self.speech.speaker, self.speech.role)], cue, "direct", clean(sent.text), False, -1)]

    def _introduced_quote(self, sent: Sentence) -> list[Attribution]:
        """"He praised ties with Tokyo:" then a quotation: the words are his."""
        introducer = self.introducer
        if introducer is None or introducer[1] == sent.start:
            return []
        self.introducer = None
        if not sent.quotes or sent.quotes[0].start != 0:
            return []
        cue = Cue("say", 0, 0, "said:")
        return [Attribution(introducer[0], cue, "direct", sent.quotes[0].inner.strip(), False, -1)]

    def _in_block(self, sent: Sentence) -> list[Attribution]:
        """The paragraph after "Singh responded:" or "he wrote on X:", printed without quotation marks
        (a block quotation whose formatting was lost): the speaker's words, with what it lists."""
        block = self.block
        if block is None or sent.paragraph == block.opened:
            return []
        goes_on = sent.paragraph == block.paragraph or sent.paragraph == block.paragraph + 1 and (
            block.colon or LIST_ITEM.match(sent.text) or LEAD_IN.fullmatch(sent.text)  # ("This is:", then a list)
            or sent.text[:1].islower()  # (an item of a list whose bullets were lost)
            or sent.paragraph <= block.opened + block.reach) or \
            block.colon and sent.paragraph == block.paragraph + 2 or \
            block.findings > 0 and block.paragraph < sent.paragraph <= block.paragraph + 2 and \
            not TURNS_AWAY.match(sent.text) and (not block.items or LIST_ITEM.match(sent.text))
        # (a list's items set a blank line apart, each ending ";"; findings one paragraph each, until the text
        # turns to other news; key points while they are items)
        if not goes_on or sent.quotes and sent.quotes[0].start == 0 or _names_own_speaker(sent) and not block.whole:
            self.block = None
            return []
        if block.findings and sent.paragraph not in (block.paragraph, block.opened):
            block.findings -= 1  # (one more of the findings announced)
        block.paragraph, block.colon = sent.paragraph, sent.text.rstrip().endswith((":", ";"))
        text = LIST_ITEM.sub("", sent.text, count=1) if LIST_ITEM.match(sent.text) else sent.text
        kind = "indirect" if block.summary else "direct"  # (findings and key points: the source's account in the
        # outlet's words, not a quotation)
        return [Attribution(block.mentions, Cue("say", 0, 0, "said:"), kind, clean(text, quoted=True), False, -1)]

    def _introduces_quote(self, sent: Sentence, following: Sentence | None, found: list[Attribution]) -> None:
        """A sentence ending in a colon, with a reporting verb and a speaker as its subject, before a
        quotation ("He praised ties with Tokyo:", "Sybiga wrote on X:"), or before a paragraph of their
        words set off without quotation marks."""
        if not (following and (sent.text.rstrip().endswith(":") or SOCIAL_POST_END.search(sent.text))):
            return
        if not sent.text.rstrip().endswith(":") and sent.quotes and sent.quotes[0].start == 0:
            return  # '“...,” Borrell wrote on X.': the post is the quotation before it, not the paragraph after
        quoted = following.quotes and following.quotes[0].start == 0
        if not quoted and (following.paragraph > sent.paragraph + 2 or following.voice or  # (the next line, or after
            # one blank line)
                           following.heading and not following.text[:1].islower() and
                           not LIST_ITEM.match(following.text)):  # (an item of a list below it is no title)
            return
        posted_by = TEXT_BY.search(sent.text)  # "And this is a post by reporter X:": the paragraph is X's
        points = KEY_POINTS.match(sent.text.strip())  # "Key takeaways from X's statements:": the items below
        findings = points.group("who") if points else _findings_by(sent.text)  # "Here is what the NIS has
        # assessed:": the paragraphs below
        if not posted_by and not findings and not any(w.islower() and w in FORMS for w in re.findall(r"[A-Za-z]+", sent.text)) \
                and not GIVES_POINTS.search(sent.text):
            return  # (a verb in lower case, not a section's label: "BRIEF:", "Begin Text:")
        first = re.match(r"\s*([A-Za-z]+)", sent.text)
        named = COLON_SPEAKER.search(sent.text)  # "Asked about the troops, Peskov responded:"
        subject = posted_by.group("who") if posted_by else findings if findings else \
            first.group(1) if first and first.group(1).lower() in PRONOUNS else \
            named.group("who") if named and named.group("verb").lower() in FORMS else opening_subject(sent.text)
        mentions = self.resolver.resolve(subject, allow_coordination=False) if subject else []
        quoted_one = QUOTED_ONE.search(sent.text)
        if quoted_one:  # "The Journal quoted Hong Min, a senior researcher at ...:": the words are the researcher's
            named = self.resolver.resolve(quoted_one.group("who"), allow_coordination=False)
            mentions = named if len(named) == 1 and named[0].speaker.kind == "person" else mentions
        if not mentions and len(found) == 1 and found[-1].cue.end > len(sent.text.rstrip()) * 0.5:
            mentions = found[-1].mentions  # "Positing that ..., she estimated the number to be 10,000:"
        if not mentions and SOCIAL_POST_END.search(sent.text):  # "Describing ..., the forces said in an X post."
            named = SAID_IN_POST.search(sent.text)
            mentions = self.resolver.resolve(named.group("who"), allow_coordination=False) if named else []
        if len(mentions) == 1 and not mentions[0].vague:
            if quoted:
                self.introducer = (mentions, sent.start)
            else:
                self.block = _Block(mentions, sent.paragraph, following.paragraph,
                                    reach=2 if SOCIAL_POST_END.search(sent.text) else 1,
                                    whole=bool(posted_by or findings), findings=12 if points else 3 if findings else 0,
                                    items=bool(points), summary=bool(findings))

    def _first_person(self, sent: Sentence) -> list[Attribution]:
        """Speech printed without quotation marks (the style of some Ukrainian outlets): a paragraph
        in the first person ("we", "our", "I") right after one that names a speaker is that
        speaker's words, and so is the rest of its paragraph."""
        recent = self.spoken
        if recent is None or sent.heading or sent.quotes or self.journalists or not self.unquoted_speech \
                or SITE_NOTICE.match(sent.text):
            return []
        mention, paragraph = recent
        own = self.first_person_paragraph == sent.paragraph
        if not own and not (paragraph < sent.paragraph <= paragraph + 2 and FIRST_PERSON.search(sent.text)):
            return []
        self.first_person_paragraph = sent.paragraph
        cue = Cue("say", 0, 0, "said")
        return [Attribution([Mention(mention.speaker, mention.role)], cue, "direct", clean(sent.text), False, -1,
                            inferred=True)]

    def _transcript(self, sent: Sentence) -> list[Attribution]:
        """A transcript line is its speaker's words, unless the speaker is the programme's own
        (host, reporter: "BRIAN MANN, BYLINE", then "MANN")."""
        name, _, role = sent.voice.partition(", ")
        if CAPTION_CREDIT.match(sent.text):
            return []  # "Photo provided by Andrey Lankov": a caption between the turns, not their words
        if name == ANSWER:  # "A: ...": the one the interview is with, named in its introduction
            return self._interviewee_answers(sent)
        if JOURNALIST.search(role) or JOURNALIST.fullmatch(name) or name == QUESTION:
            self.journalists |= {name, name.split()[-1]}
            return []
        if name in self.journalists:
            return []
        title_cased = _title_cased(name)
        mentions = self.resolver.resolve(title_cased, allow_coordination=False)
        if not mentions:  # "SECRETARY BLINKEN": a title and a family name the label gives for certain
            mentions = self.resolver.labelled(title_cased)
        if not mentions:  # "Foreign Minister:" after "Penny Wong, Foreign Minister:": the one given that role
            described = self.ctx.describe(title_cased, definite=True)
            mentions = [Mention(described)] if described and described.kind == "person" else []
        if len(mentions) != 1 or mentions[0].vague:
            return []
        mentions[0].role = mentions[0].role or role  # ("Penny Wong, Foreign Minister:", then "Foreign Minister:")
        cue = Cue("say", 0, 0, "said (transcript)")
        return [Attribution(mentions, cue, "direct", clean(sent.text), False, 0)]

    def _interviewee_answers(self, sent: Sentence) -> list[Attribution]:
        """An answer of a printed interview: the words of the person last named before it, marked
        inferred since no words next to the answer name them."""
        people = [e for e in self.ctx.entities.values() if e.speaker.kind == "person"]
        if not people:
            return []
        last = max(people, key=lambda e: e.order)  # named, or only introduced ("We spoke to X about ...")
        who = Mention(last.speaker, self.ctx.roles.get(last.speaker.id, last.role))
        cue = Cue("say", 0, 0, "answered (interview)")
        return [Attribution([who], cue, "direct", clean(sent.text), False, -1, inferred=True)]

    def _voice_goes_on(self, sent: Sentence) -> bool:
        """A soundbite's words broken over short lines ("... the deployed forces would diminish" /
        "very quickly."): a line without a full stop after the caption, or after such a line, is
        still the speaker's, not a headline."""
        voice = self.voice
        if voice is None or SOUNDBITE.match(sent.text):
            return False
        if voice.paragraph < 0 or sent.paragraph == voice.paragraph:
            return True
        return bool(self.last_voice_line and not _TERMINAL_END.search(self.last_voice_line.text))

    def _soundbite(self, sent: Sentence) -> _Voice | None:
        m = SOUNDBITE.match(sent.text)
        if not m:
            return None
        mentions = self.resolver.resolve(m.group("name"), allow_coordination=False)
        if len(mentions) != 1:
            return None
        return _Voice(Mention(mentions[0].speaker, mentions[0].role or m.group("affiliation").strip()))

    def _covered_by(self, sent: Sentence, att: Attribution) -> tuple[Sentence, Attribution] | None:
        """A closing "according to X" also sources the unsourced, hedged sentence right before it."""
        last = self.last
        closing = att.kind == "according_to" and att.subject_start == att.cue.start and \
            sent.text[att.cue.end:].strip(" .").count(",") == 0
        if not (closing and last and last.paragraph == sent.paragraph and HEDGED_UNSOURCED.search(last.text)):
            return None
        mentions = [m.copy() for m in att.mentions]
        return last, Attribution(mentions, att.cue, "according_to", clean(last.text), False, att.cue.start,
                                 inferred=True)

    def _cut_short(self, sent: Sentence, att: Attribution) -> bool:
        """A claim of a few words where the text stops mid-sentence ("He said North Korea", "Ukraine
        has"): a page cut off by its site or a paywall, whose statement is not there to show."""
        return (sent.paragraph > 0 and sent.end >= len(self.doc.text.rstrip()) and len(att.text.split()) < CUT_WORDS
                and not re.search(r"[.!?…”\"’')\]]$", sent.text)
                and sent.text.rstrip(",;: ").endswith(att.text.rstrip(",;: ")))

    def _stated_for(self, att: Attribution) -> bool:
        """"This was stated by <person>" right after a sentence that gives a government or a body's
        position: the person is who stated it (the body's words are theirs too)."""
        if self.previous is None or len(att.mentions) != 1 or att.cue.lemma not in ("state", "say", "announce", "declare"):
            return False  # (one who "confirmed this information" vouches for the body's words, not voices them)
        prev_att = self.previous[1]
        person = att.mentions[0]
        return person.speaker.kind == "person" and not person.vague and bool(prev_att.text) and \
            all(m.speaker.kind != "person" and not m.vague for m in prev_att.mentions)

    def _joined(self, first: Sentence, second: Sentence) -> Sentence:
        text = self.doc.text[first.start:second.end]
        return Sentence(text, first.start, second.end, second.paragraph, find_quotes(text))

    # -- claims ---------------------------------------------------------------------------------
    def _claims_of(self, sent: Sentence, att: Attribution) -> Iterator[Claim]:
        if PHOTO_CREDIT.search(sent.text):
            return  # a photo's caption, however it was read (a heading, read again): not reporting
        if PLEASANTRY.fullmatch(att.text.strip(" .!,")):  # "Thank you, Ayesha": courtesy, not a claim, but
            for mention in att.mentions:  # the speaker is named all the same ("CHA:" is Victor Cha from now on)
                self.ctx.note(mention.speaker, mention.vague, mention.role)
            return
        medium = SPOKE_IN.search(sent.text.replace(att.text, " ") if att.text else sent.text)  # (not "said the
        # figures in the report may ...": the claim's own words)
        plural = len(att.mentions) == 1 and (att.mentions[0].vague and att.mentions[0].speaker.name.endswith("s") or
                                             _many(att.mentions[0].speaker.name))
        if len(att.mentions) > 1 or plural:  # "they" from now on ("officials said ... they added")
            self.ctx.last_group, self.ctx.group_sentence = [m.speaker for m in att.mentions], self.ctx.sentence_no
        for mention in att.mentions:
            self.ctx.note(mention.speaker, mention.vague, mention.role)
            if not mention.vague:
                self.ctx.spoken.append(mention.speaker)
            if not mention.vague and mention.speaker.kind == "person" and att.subject_start >= 0 and \
                    len(att.mentions) == 1:
                self.spoken = (mention, sent.paragraph)
            if medium:  # "in an intelligence update": later "according to the update" is theirs
                self.ctx.published(mention.speaker, medium.group(1))
            elif not mention.vague and (att.cue.lemma in ("report", "published report") or
                                        mention.speaker.kind == "outlet"):  # ("According to Axios, ...")
                self.ctx.published(mention.speaker, "report")  # "Reuters reported ... The report says": Reuters
            if not mention.role and self.ctx.roles.get(mention.speaker.id):  # "he added": the role given earlier
                mention = replace(mention, role=self.ctx.roles[mention.speaker.id])
            said = (mention.speaker.id, sent.text, att.text)  # (by the sentence's words: a caption a page
            # prints under each photo is one claim, and claim ids stay unique in the index)
            if said in self.said or (sent.start, att.cue.start) in self.cues_read and self.resolver.bare_names:
                continue  # read again with the whole text known: what was found the first time stays
            self.said.add(said)
            if not self.resolver.bare_names:
                self.cues_read.add((sent.start, att.cue.start))
            if self._cut_short(sent, att) or NO_ANSWER.fullmatch(att.text.strip()):
                continue  # (a source that did not answer is named all the same: "he" may be them next)
            claim = make_claim(self.doc, sent, att, mention, self.registry, self.seen_ids)
            self.seen_ids.add(claim.id)
            yield claim


def _hedges_on(prev: Sentence, att: Attribution, sent: Sentence) -> bool:
    """An unsourced sentence that hedges ("They are expected to be sent ...") right after, and in the
    paragraph of, one that gives a single named source's belief or estimate: the same source's."""
    if len(att.mentions) != 1 or att.mentions[0].vague or sent.quotes or OTHER_SOURCE.search(sent.text):
        return False  # ("The government is said to be discussing ...": someone else's account)
    hedged = HEDGED_UNSOURCED.search(sent.text) or MODAL_HEDGE.match(sent.text)
    if sent.paragraph == prev.paragraph:
        return bool(hedged) and bool(re.match(r"(?:They|It|He|She|These|Those|The)\b", sent.text))
    # the next paragraph only when its subject is a pronoun for what the source was speaking of
    return bool(hedged) and bool(re.match(r"(?:They|It)\b", sent.text))


_NOT_A_NAME_SUBJECT = frozenset("this such these those it its they their the a an in he she we".split())


def _goes_on(prev: Sentence, att: Attribution, sent: Sentence) -> bool:
    """An unsourced sentence that carries on one named source's account: in the same paragraph
    after a sentence attributed to it ("This violates UN resolutions ...", "Such attacks must
    cease"), or opening the next with "In addition," / "Additionally,"."""
    if len(att.mentions) != 1 or sent.quotes or sent.heading or BACK_REFERENCE_CLAUSE.match(sent.text) or \
            OTHER_SOURCE.search(sent.text):
        return False  # ("This information is also reported by X": who else passes it on, not more of it; "Russia
        # reportedly provided ...": someone else's account)
    named = att.mentions[0]  # (an unnamed spokesperson of a named body is a source too)
    if named.vague and not re.search(r"\b(?:of|for|from|at)\s+(?:the\s+)?[A-Z]", named.speaker.name):
        return False
    opening = GOES_ON.match(sent.text)
    if not opening:
        return False
    subject = opening_subject(sent.text)  # "Additionally, Ukrainian President X released footage": X's act, told
    names = {w.lower() for n in named.speaker.names() for w in n.split()}  # by the writer, not the source's account
    if subject[:1].isupper() and subject.split()[0].lower() not in _NOT_A_NAME_SUBJECT and \
            not re.match(r"In\s+(?:exchange|return)\b", sent.text) and \
            not names & {w.lower().strip("’'s") for w in subject.split()}:
        return False
    return sent.paragraph == prev.paragraph or not opening.group(0).startswith(("This", "Such"))


# An unnamed holder of an office one person holds: "A former chief of the ICC", "the head of the agency".
LEADER_OF = re.compile(r"(?:[Aa]|[Tt]he)\s+(?:former\s+)?(?:chief|head|director|president|chairman|chairwoman)\s+of\s+"
                       r"(?:the\s+)?[\w’'. -]{2,60}")


def _findings_by(text: str) -> str:
    """Whose findings a lead-in announces ("Here is what the harbour authority has assessed:"): the
    words before its first reporting verb."""
    lead = WHAT_FOLLOWS.match(text.strip())
    clause = lead.group("clause") if lead else ""
    for verb in re.finditer(r"\b(?:(?:has|have|had|also)\s+)*([a-z]+)\b", clause):
        if verb.start() and verb.group(1) in FORMS:
            return clause[:verb.start()].strip()
    return ""


def _quote_runs(text: str) -> dict[int, int]:
    """Paragraphs a "Quote:" paragraph's words run on into, printed without an opening mark, up to the
    one that closes them ('... killed and wounded."'), each mapped to the labelled paragraph; a label
    ("Details:", "Background:") or a new quotation before any closing mark, and nothing runs on."""
    lines = text.split("\n")
    runs: dict[int, int] = {}
    for i, line in enumerate(lines):
        if not (QUOTE_BARE.match(line) or QUOTE_FROM.match(line)):
            continue
        following = [j for j in range(i + 1, min(len(lines), i + 9)) if lines[j].strip()][:4]
        for k, j in enumerate(following):
            body = lines[j].strip()
            if PARAGRAPH_LABEL.match(body) or body[:1] in "“\"":
                break
            if _closes_only(body):
                runs.update({p: i for p in following[:k + 1]})
                break
    return runs


def _closes_only(text: str) -> bool:
    """Whether `text` ends with a quotation mark that closes what it never opened."""
    return text[-1:] in "”\"" and "“" not in text and text.count('"') % 2 == 1


def _subject_is_no_referent(text: str) -> bool:
    """Whether the sentence's opening subject is no one a later "he" or "it" may mean: it is inside what a
    closing "he said" reports ("One of them told him ..., he said"), or the name a gloss explains ("DPRK
    refers to ..."). (Cheap word checks first: most sentences are neither.)"""
    return bool((", he " in text or ", she " in text) and CLOSING_PRONOUN.search(text) or
                _GLOSS_WORDS.search(text) and GLOSS.match(text))


def _title_cased(name: str) -> str:
    """A name whose family name (or all of it) a label prints in capitals: "Joonkook HWANG",
    "SECRETARY BLINKEN" (initials such as "H.E." stay as printed)."""
    name = re.sub(r"\b((?:[A-Z]\.){1,3})(?=[A-Z][a-z])", r"\1 ", name)  # ("G.V.Zinoviev": initials run into the name)
    return " ".join(w.capitalize() if w.isupper() and w.isalpha() and len(w) > 2 else w for w in name.split())


def _countries_in(text: str) -> tuple[str, ...]:
    """The countries a sentence names, once each, in order ("Russia ... with North Korea")."""
    names = country_names()
    return tuple(dict.fromkeys(names[p.lower()] for p in find_places(text) if p.lower() in names))


def _hosts(sentences: list[Sentence]) -> set[str]:
    """The host of a programme whose labels give no role: the first voice, when its first turn
    introduces the show ("I'm Sam Hawley ... This is ABC News Daily"). Their lines are narration."""
    first = next((s.voice for s in sentences if s.voice), "")
    turn = [s for s in sentences if s.voice == first][:8]
    if first and ", " not in first and first.split()[0].lower().rstrip(".") not in TITLES and \
            any(HOST_OPENING.search(s.text) for s in turn):  # ("SECRETARY BLINKEN: ... Welcome to the State
        # Department": an official opening a press event, not a programme's host)
        return {first, first.split()[-1]}
    return set()


def _many(name: str) -> bool:
    """Names several people acting as one: "G7 foreign ministers", "the committee's lawmakers"."""
    return bool(name.split()) and name.split()[-1].lower() in GROUP_NOUNS


def _unread_name(sent: Sentence, found: list[tuple[Sentence, Attribution]]) -> bool:
    """A family name next to a reporting verb that no attribution of the sentence has read yet."""
    name = bare_name_speaks(sent.text)
    return bool(name) and not any(s is sent and att.subject_start <= name.start() + 2 <= att.cue.end + 2
                                  for s, att in found)


# Texts that speak for themselves: "Article 4 of the agreement states that ...".
TEXTS = STATEMENT_NOUNS | {"agreement", "treaty", "article", "law", "resolution", "charter", "pact", "accord", "constitution"}
_SUBJECT_WORD = re.compile(r"([A-Za-z][\w’'.-]*)\s+(?:(?:has|have|had|also|then|later|further|again)\s+)*$")


def _names_own_speaker(sent: Sentence) -> bool:
    """A sentence whose reporting verb has a subject of its own ("Sybiga said ... “...”", "The
    Ukrainian minister called ... “...”") is that subject's, even when it cannot be resolved: never
    the previous speaker's continued quotation."""
    for cue in find_cues(sent.text, lambda pos: not sent.in_quote(pos)):
        if cue.lemma in ("according to", "quoted as saying"):
            return True
        word = _SUBJECT_WORD.search(sent.text, 0, cue.start)
        subject = re.split(r"[’']", word.group(1))[0] if word else ""  # "They're expected": a pronoun, passive
        if subject and (subject[:1].isupper() or subject.lower() in PERSON_ROLES | ORG_WORDS | TEXTS) \
                and subject.lower() not in ("i", "we", "he", "she", "they", "it", "there", "this", "that") \
                or word is not None and word.group(1).lower() == "they":  # ("In the letters, they mentioned, “...”": not the words of the
            # one before; but "They're expected to ..." may go on with their account)
            return True
    return False


def _quotation_goes_on(sent: Sentence, following: Sentence | None) -> bool:
    """A paragraph that opens a quotation and ends without closing it, followed by a paragraph that
    opens with a quotation mark: by the convention of print, one quotation over several
    paragraphs, whose speaker is named where it finally closes."""
    if not (sent.quotes and sent.quotes[0].start == 0 and following and not following.heading):
        return False
    unclosed = sent.quotes[-1].end == len(sent.text) and sent.text.rstrip()[-1:] not in "”\""
    return unclosed and following.paragraph != sent.paragraph and following.text.startswith(("“", '"'))


def _left_open(text: str) -> bool:
    """Whether a quotation opened in `text` is still open at its end (it goes on in what follows)."""
    if "“" in text or "”" in text:
        return text.rfind("“") > text.rfind("”")
    return text.count('"') % 2 == 1 and text.lstrip().startswith('"')


def _closes(text: str) -> bool:
    """Whether `text` closes a quotation opened before it."""
    return "”" in text or text.count('"') % 2 == 1


def _continues(prev: Sentence, att: Attribution, sent: Sentence) -> bool:
    """A quotation with no attribution of its own, right after a sentence attributed to one
    speaker, goes on with that speaker's words: a sentence that is all quotation, in the same
    paragraph or opening the next one ("“...,” he said. “...”"), or a sentence that quotes at
    length ('Those who want "to bring peace closer ..." will be welcome.')."""
    if len(att.mentions) != 1 or sent.heading or att.mentions[0].vague and not (
            sent.is_pure_quote() and sent.paragraph == prev.paragraph and singular(att.mentions[0].speaker.name)):
        return False  # ("officials said" may be any of them; "a ministry official said" is one person)
    if sent.is_pure_quote():
        return sent.paragraph == prev.paragraph or att.kind == "direct" or sent.quotes[0].words() >= 8
    quoted = sum(q.words() for q in sent.quotes)
    return att.kind == "direct" and quoted >= 5 and (sent.paragraph == prev.paragraph or sent.text[:1].isupper())

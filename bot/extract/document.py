"""Attributed claims from one document: the document-level pass over its sentences.

Sentence-level attribution lives in `attribution.py`; this module carries what crosses sentence
boundaries (who "he" is, which quotation a bare quoted sentence continues) and turns each
attribution into a `Claim` with its numbers, places, date, stance and exact offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.extract.attribution import Attribution, SentenceAttributor
from bot.extract.complement import clean
from bot.extract.cues import LABEL_DENIAL, LABELLING, NEGATED_CLAUSE, NON_CONFIRMATION
from bot.extract.dates import resolve_date
from bot.extract.entities import DocContext
from bot.extract.introductions import introductions
from bot.claims.ids import claim_id
from bot.claims.model import Claim, Document
from bot.extract.numbers import find_numbers
from bot.extract.places import find_places
from bot.extract.sentences import Sentence, find_quotes, split_sentences
from bot.claims.speakers import Registry, normalize_name
from bot.extract.subjects import Mention, SubjectResolver, opening_subject

# Cues whose negated complement is a prediction or a warning, not a denial.
NOT_DENIAL_CUES = {"warn", "predict", "fear", "caution", "urge", "call", "estimate", "suggest", "speculate",
                   "suspect", "believe", "raised alarms", "express", "voice"}


def extract_claims(doc: Document, registry: Registry) -> list[Claim]:
    return list(iter_claims(doc, registry))


def iter_claims(doc: Document, registry: Registry) -> Iterator[Claim]:
    ctx = DocContext(registry)
    resolver = SubjectResolver(ctx)
    attributor = SentenceAttributor(resolver)
    previous: tuple[Sentence, Attribution] | None = None
    last: Sentence | None = None
    seen_ids: set[str] = set()
    for sent in split_sentences(doc.text):
        for intro in introductions(sent.text):  # "Foreign Ministry spokesperson Lee Jae-woong", "(GUR)"
            named = resolver.introduce(intro)
            if named:
                ctx.note(named.speaker, named.vague, named.role, salient=False)
                if intro.acronym:
                    ctx.alias(intro.acronym, named.speaker)
        subject = None if sent.text.startswith(("“", '"')) else resolver.subject(opening_subject(sent.text))
        if subject:  # "Zelenskyy has been outspoken. ... he warned": he is Zelenskyy
            ctx.note(subject.speaker, role=subject.role)
        found = attributor.attribute(sent)
        if not found and previous and _continues(previous[0], sent, previous[1]):
            prev = previous[1]
            text = sent.quotes[0].inner.strip() if sent.is_pure_quote() else clean(sent.text)
            found = [Attribution(prev.mentions, prev.cue, "direct", text, False, -1)]
        for att in found:
            if att.refers_back:  # "This figure was confirmed by X": the claim is the sentence before
                if not (last and last.paragraph == sent.paragraph):
                    continue
                att.text = clean(last.text)
                sent = Sentence(doc.text[last.start:sent.end], last.start, sent.end, sent.paragraph,
                                find_quotes(doc.text[last.start:sent.end]))
            medium = SPOKE_IN.search(sent.text)
            for mention in att.mentions:
                ctx.note(mention.speaker, mention.vague, mention.role)
                if medium:  # "in an intelligence update": later "according to the update" is theirs
                    ctx.published(mention.speaker, medium.group(1))
                if not mention.role and ctx.roles.get(mention.speaker.id):  # "he added": the role given earlier
                    mention = Mention(mention.speaker, ctx.roles[mention.speaker.id], mention.vague)
                claim = _claim(doc, sent, att, mention, registry, seen_ids)
                seen_ids.add(claim.id)
                yield claim
        previous = (sent, found[-1]) if found and not sent.heading else None
        last = sent


SPOKE_IN = re.compile(r"\b(?:in|via|through)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(update|report|"
                      r"statement|assessment|briefing|interview|post|analysis|address|letter|message)\b")


def _continues(prev: Sentence, sent: Sentence, att: Attribution) -> bool:
    """A quotation with no attribution of its own, right after a sentence attributed to one
    speaker, goes on with that speaker's words: a sentence that is all quotation, in the same
    paragraph or opening the next one ("“...,” he said. “...”"), or a sentence of the same
    paragraph that quotes at length ('Those who want "to bring peace closer ..." will be
    welcome.')."""
    if len(att.mentions) != 1 or sent.heading or att.mentions[0].vague:
        return False
    if sent.is_pure_quote():
        return sent.paragraph == prev.paragraph or att.kind == "direct" or sent.quotes[0].words() >= 8
    quoted = sum(q.words() for q in sent.quotes)
    return att.kind == "direct" and quoted >= 5 and (sent.paragraph == prev.paragraph or sent.text[:1].isupper())


def _stance(att: Attribution, sentence: str) -> str:
    """denies, hedged (not confirmed, refrained from confirming) or asserts."""
    head = " ".join(att.text.split()[:15])
    if NON_CONFIRMATION.search(att.cue.text) or NON_CONFIRMATION.search(head):
        return "hedged"
    if att.cue.denies or att.denies:
        return "hedged" if att.negated else "denies"
    if att.negated:
        return "hedged"
    if att.cue.lemma not in NOT_DENIAL_CUES and NEGATED_CLAUSE.search(" ".join(att.text.split()[:12])):
        return "denies"
    if att.cue.lemma in LABELLING and LABEL_DENIAL.search(att.text):
        return "denies"
    return "asserts"


def _attribution_part(sentence: str, text: str) -> str:
    """The sentence without the claim's own words, so "by November 1" inside a claim is not its date."""
    return sentence.replace(text, " ") if text and text in sentence else re.sub(r"“[^”]*”", " ", sentence)


def _claim(doc: Document, sent: Sentence, att: Attribution, mention: Mention, registry: Registry,
           seen_ids: set[str]) -> Claim:
    speaker = mention.speaker
    text = att.text or sent.text
    cid = claim_id(doc.doc_id, sent.text, text)
    if cid in seen_ids:  # "Russia and North Korea denied ...": one claim per speaker
        cid = claim_id(doc.doc_id, sent.text, text, salt=speaker.name)
    return Claim(
        id=cid,
        doc_id=doc.doc_id,
        speaker=speaker.name,
        speaker_id=speaker.id,
        speaker_role=_role(mention),
        cue=att.cue.text if att.subject_start >= 0 or att.kind != "direct" else f"{att.cue.text} (continued)",
        kind=att.kind,  # type: ignore[arg-type]
        stance=_stance(att, sent.text),  # type: ignore[arg-type]
        text=text,
        sentence=sent.text,
        start=sent.start,
        end=sent.end,
        numbers=find_numbers(text),
        places=find_places(text),
        date=resolve_date(_attribution_part(sent.text, text), doc.source.published),
        vague=mention.vague or speaker.kind == "vague",
        source=doc.source,
        mentions=tuple(sid for sid in _mentioned(registry, text) if sid != speaker.id),
    )


def _role(mention: Mention) -> str:
    role = re.sub(r"\s+", " ", mention.role).strip(" ,")
    role = re.sub(r"^(?:the|a|an|also)\s+", "", role, flags=re.I)
    return role or mention.speaker.role


@lru_cache(maxsize=8)
def _person_pattern(registry: Registry) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    names: dict[str, str] = {}
    for s in registry.all():
        if s.kind == "person" and not s.generated:
            for name in s.names():
                if len(name) > 3 and name[0].isupper():
                    names.setdefault(normalize_name(name), s.id)
    if not names:
        return None, names
    alternatives = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in alternatives) + r")\b"), names


def _mentioned(registry: Registry, text: str) -> list[str]:
    """Registry people named in the claim (Putin, Kim Jong Un): mentioned, not speaking."""
    pattern, names = _person_pattern(registry)
    if pattern is None:
        return []
    found: dict[str, None] = {}
    for m in pattern.finditer(normalize_name(text)):
        found.setdefault(names[m.group(0)], None)
    return list(found)

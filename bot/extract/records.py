"""One attribution in one sentence -> one `Claim`: its id, stance, numbers, places, date and the
registry people it mentions, with the evidence exactly as the document has it."""

from __future__ import annotations

import re

from bot.index.ids import claim_id
from bot.index.model import Claim, Document
from bot.index.speakers import Registry
from bot.extract.attributed import Attribution
from bot.extract.dates import resolve_date
from bot.extract.numbers import find_numbers
from bot.extract.places import find_places
from bot.extract.sentences import Sentence
from bot.extract.stance import stance_of
from bot.extract.subjects import Mention


def _attribution_part(sentence: str, text: str) -> str:
    """The sentence without the claim's own words, so "by November 1" inside a claim is not its date."""
    return sentence.replace(text, " ") if text and text in sentence else re.sub(r"“[^”]*”", " ", sentence)


def make_claim(doc: Document, sent: Sentence, att: Attribution, mention: Mention, registry: Registry,
           seen_ids: set[str]) -> Claim:
    speaker = mention.speaker
    text = att.text or sent.text
    stance = stance_of(att)
    cid = claim_id(doc.doc_id, sent.text, text)
    if cid in seen_ids:  # "Russia and North Korea denied ...": one claim per speaker
        cid = claim_id(doc.doc_id, sent.text, text, salt=speaker.name)
    return Claim(
        id=cid,
        doc_id=doc.doc_id,
        speaker=speaker.name,
        speaker_id=speaker.id,
        speaker_role=_role(mention),
        cue=_cue(att),
        kind=att.kind,  # type: ignore[arg-type]
        stance=stance,  # type: ignore[arg-type]
        text=text,
        sentence=sent.text,
        start=sent.start,
        end=sent.end,
        numbers=find_numbers(text + _running_total(sent.text, text), stance),
        places=find_places(text),
        date=resolve_date(_attribution_part(sent.text, text), doc.source.published),
        vague=mention.vague or speaker.kind == "vague",
        inferred=att.inferred or mention.inferred,
        source=doc.source,
        mentions=tuple(sid for sid in registry.people_named_in(text) if sid != speaker.id),  # mentioned, not speaking
    )


# ", bringing the total to about 13,000" after "X said": the claim's own running total, which the
# attribution separates from the claim's words.
_TOTAL_TAIL = re.compile(r",\s+(?:bringing|raising|taking|pushing|putting|lifting|increasing)\s+(?:the|its|their)\s+"
                         r"(?:total|number|tally|count|figure|overall)\b[^.;]*", re.I)


def _running_total(sentence: str, text: str) -> str:
    at = sentence.find(text) if text else -1
    tail = _TOTAL_TAIL.search(sentence, at + len(text)) if at >= 0 else None
    return tail.group(0) if tail and not _TOTAL_TAIL.search(text) else ""


def _cue(att: Attribution) -> str:
    """The reporting words as a reader would name them: "called ... as", not the sixteen words between."""
    words = att.cue.text.split()
    text = att.cue.text if len(words) <= 5 else f"{words[0]} … {words[-1]}"
    return text if att.subject_start >= 0 or att.kind != "direct" else f"{text} (continued)"


def _role(mention: Mention) -> str:
    role = re.sub(r"\s+", " ", mention.role).strip(" ,")
    role = re.sub(r"^(?:the|a|an|also)\s+", "", role, flags=re.I)
    return role or mention.speaker.role

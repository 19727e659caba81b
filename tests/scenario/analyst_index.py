"""The sample index and what a new analyst's questions need beyond it: governments that their
bodies and officials speak for, officials met only in new articles (generated speakers with no
registry entry), a denial that repeats none of the topic's words, one source's two figures of one
day, and one sentence that yields two claims. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from bot.index.model import Claim, IndexData, Number, Source, Speaker
from tests.scenario.sample_index import build_sample_index

SPEAKERS = [
    Speaker("south-korea", "South Korean government", ("South Korea", "Seoul"), "", "South Korea", "government"),
    Speaker("north-korea", "North Korean government", ("North Korea", "Pyongyang"), "", "North Korea", "government"),
    Speaker("japan", "Japanese government", ("Japan", "Tokyo", "Japanese government"), "", "Japan", "government"),
    Speaker("nato", "NATO", ("North Atlantic Treaty Organization",), "", "NATO", "institution"),
    Speaker("russia-mod", "Russian Ministry of Defence", ("Russia's defence ministry", "Russian defence ministry"),
            "", "Russia", "institution"),
    # as extraction makes them from articles nobody has curated
    Speaker("gen-a-nato-official", "A NATO official", kind="vague", generated=True),
    Speaker("gen-a-japanese-spokesman", "A Japanese spokesman", country="Japan", kind="vague", generated=True),
    Speaker("gen-defence-ministry", "Defence Ministry", country="Japan", kind="institution", generated=True),
    Speaker("gen-taro-sato", "Taro Sato", role="spokesman for Japan's Defence Ministry", country="Japan",
            generated=True, affiliation="Japan's Defence Ministry"),
    Speaker("gen-lena-berg", "Lena Berg", role="analyst at a Nordic institute", country="Japan", generated=True),
]

LETTER = Source("letter", "Harbour watch", "Coastal Letter", "", "2024-11-12", False, "https://example.org/letter")

# (id, speaker_id, stance, sentence, date, numbers, denies, quantity)
ROWS = [
    ("a-kcna", "north-korea", "denies",
     "The state news agency in Pyongyang called the accounts a fabrication spread by its enemies.",
     "2024-11-10", (), ("c-nis-12k",), ""),
    ("a-nis-11k", "nis", "asserts",
     "In a second briefing that Friday the agency put the figure at about 11,000 North Korean troops.",
     "2024-10-18", (Number(11000, "troops", "North Korean troops sent", "about", "about 11,000"),), (),
     "troops-sent"),
    ("a-nato-official", "gen-a-nato-official", "asserts",
     "A NATO official said allied radars had followed the transports for three nights.", "2024-11-08", (), (), ""),
    ("a-japan-spokesman", "gen-a-japanese-spokesman", "asserts",
     "A Japanese spokesman said Tokyo was watching the transfers with alarm.", "2024-11-09", (), (), ""),
    ("a-japan-mod", "gen-defence-ministry", "asserts",
     "Japan's Defence Ministry said it had tracked cargo ships leaving Vladivostok twice a week.",
     "2024-11-11", (), (), ""),
    ("a-sato", "gen-taro-sato", "asserts",
     "Taro Sato, a spokesman for Japan's Defence Ministry, said the ships sailed without lights.",
     "2024-11-11", (), (), ""),
    ("a-berg", "gen-lena-berg", "asserts",
     "Lena Berg, an analyst at a Nordic institute, said the ships looked like ordinary freighters.",
     "2024-11-11", (), (), ""),
    ("a-russia-mod", "russia-mod", "asserts",
     "The Russian defence ministry said its own exercises near the harbour were proceeding as planned.",
     "2024-11-11", (), (), ""),
]
# one sentence, two claims of the same denial by the same speaker
TWICE = "Moscow's presidential office brushed the reports aside and rejected the talk of foreign units outright."


def build_analyst_index() -> IndexData:
    base = build_sample_index()
    speakers = {**base.speakers, **{s.id: s for s in SPEAKERS}}
    text = "Preamble paragraph with no claims in it.\n"
    claims = []
    for cid, sid, stance, sentence, date, numbers, denies, quantity in ROWS:
        start = len(text)
        text += sentence + "\n"
        s = speakers[sid]
        claims.append(Claim(id=cid, doc_id="letter", speaker=s.name, speaker_id=sid, speaker_role=s.role, cue="said",
                            kind="indirect", stance=stance, text=sentence, sentence=sentence, start=start,
                            end=start + len(sentence), numbers=numbers, date=date, source=LETTER, denies=denies,
                            quantity=quantity, vague=s.kind == "vague"))
    start = len(text)
    text += TWICE + "\n"
    for cid, part in (("a-twice-1", "brushed the reports aside"), ("a-twice-2", "rejected the talk of foreign units")):
        claims.append(Claim(id=cid, doc_id="letter", speaker="Kremlin", speaker_id="kremlin", speaker_role="",
                            cue="rejected", kind="indirect", stance="denies", text=part, sentence=TWICE, start=start,
                            end=start + len(TWICE), date="2024-11-12", source=LETTER, denies=("c-nis-12k",)))
    groups = tuple(replace(g, claim_ids=(*g.claim_ids, "a-nis-11k")) if g.key == "troops-sent" else g
                   for g in base.groups)
    return replace(base, version="analyst1", speakers=speakers, claims=(*base.claims, *claims), groups=groups,
                   sources={**base.sources, "letter": LETTER}, texts={**base.texts, "letter": text})



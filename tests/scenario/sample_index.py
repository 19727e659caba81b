"""A small hand-written claim index, so bot tests do not depend on the extractor's output.

The sentences are written for these tests (not taken from the seed articles). Documents are
assembled from them so that every claim's `start`/`end` reproduce its evidence exactly.
"""

from __future__ import annotations

from bot.index.model import Claim, IndexData, Number, QuantityGroup, Source, Speaker

SPEAKERS = [
    Speaker("nis", "National Intelligence Service", ("NIS", "South Korean intelligence"),
            "South Korea's intelligence agency", "South Korea", "institution"),
    Speaker("volodymyr-zelenskyy", "Volodymyr Zelenskyy", ("Zelenskyy", "Zelensky"), "President of Ukraine", "Ukraine"),
    Speaker("us-state-department", "U.S. State Department", ("State Department",), "", "United States", "institution"),
    Speaker("kremlin", "Kremlin", ("the Kremlin",), "Russian presidency", "Russia", "institution"),
    Speaker("lloyd-austin", "Lloyd Austin", ("Austin", "Defense Secretary"), "U.S. Secretary of Defense",
            "United States"),
    Speaker("china", "Chinese government", ("China", "Beijing"), "", "China", "government"),
    Speaker("kim-jong-un", "Kim Jong Un", ("Kim Jong-un",), "Leader of North Korea", "North Korea"),
    Speaker("kim-yo-jong", "Kim Yo Jong", (), "Vice department director", "North Korea"),
    Speaker("vladimir-putin", "Vladimir Putin", ("Putin",), "President of Russia", "Russia"),
    Speaker("mark-rutte", "Mark Rutte", ("Rutte",), "NATO Secretary-General", "NATO"),
]

SOURCES = {
    "wire": Source("wire", "Allies weigh troop reports", "Example Wire", "A. Writer", "2024-11-06", False,
                   "https://example.org/news/nk-troops?id=1&lang=en"),
    "notes": Source("notes", "Analyst notes", "Field Notes", "", "2024-10-26", True, ""),
}

# (id, doc, speaker_id, stance, sentence, date, numbers, places, mentions, quantity)
ROWS = [
    ("c-nis-12k", "notes", "nis", "asserts",
     "South Korea's spy agency said on Friday that roughly 12,000 North Korean troops had been moved to Russian bases.",
     "2024-10-18", (Number(12000, "troops", "North Korean troops sent", "roughly", "roughly 12,000"),), (), (),
     "troops-sent"),
    ("c-zel-10k", "notes", "volodymyr-zelenskyy", "asserts",
     "Zelenskyy told reporters that about 10,000 North Korean soldiers were being readied for combat.",
     "2024-10-25", (Number(10000, "soldiers", "North Korean troops sent", "about", "about 10,000"),), (), (),
     "troops-sent"),
    ("c-state-kursk", "wire", "us-state-department", "asserts",
     "A State Department official said more than 10,000 North Korean troops were now in the Kursk region.",
     "2024-11-05", (Number(10000, "troops", "North Korean troops sent", "over", "more than 10,000"),), ("Kursk",),
     (), "troops-sent"),
    ("c-kremlin-deny", "notes", "kremlin", "denies",
     "The Kremlin dismissed the reports of North Korean soldiers at the front as fabrications.",
     "2024-10-24", (), (), (), ""),
    ("c-austin-fair", "wire", "lloyd-austin", "asserts",
     "Austin warned that if the troops entered combat they would be fair game for Ukrainian forces.",
     "2024-10-30", (), (), (), ""),
    ("c-austin-evidence", "wire", "lloyd-austin", "asserts",
     "Austin said Washington had evidence of North Korean troops in Russia.",
     "2024-10-23", (), ("Russia",), (), ""),
    ("c-china-aware", "notes", "china", "hedged",
     "A Chinese foreign ministry spokesperson said Beijing was not aware of the situation.",
     "2024-10-21", (), (), (), ""),
    ("c-nis-kim", "notes", "nis", "asserts",
     "The agency said Kim Jong Un had approved the deployment after talks with Putin.",
     "", (), (), ("kim-jong-un", "vladimir-putin"), ""),
    ("c-rutte-amp", "wire", "mark-rutte", "asserts",
     "Rutte said allies & partners would answer the deployment <together> and would not accept <!channel> escalation.",
     "2024-11-04", (), (), (), ""),
]


def build_sample_index() -> IndexData:
    texts: dict[str, str] = {}
    claims = []
    for cid, doc, sid, stance, sentence, date, numbers, places, mentions, quantity in ROWS:
        before = texts.get(doc, "Preamble paragraph with no claims in it.\n")
        start = len(before)
        texts[doc] = before + sentence + "\n"
        speaker = next(s for s in SPEAKERS if s.id == sid)
        claims.append(Claim(
            id=cid, doc_id=doc, speaker=speaker.name, speaker_id=sid, speaker_role=speaker.role, cue="said",
            kind="indirect", stance=stance, text=sentence, sentence=sentence, start=start, end=start + len(sentence),
            numbers=numbers, places=places, date=date, source=SOURCES[doc], mentions=mentions,
            denies=("c-nis-12k",) if stance == "denies" else (), quantity=quantity))
    groups = (QuantityGroup("troops-sent", "North Korean troops sent to Russia",
                            ("c-nis-12k", "c-zel-10k", "c-state-kursk"), True),)
    return IndexData(version="test0001", built_at="2024-11-07T00:00:00+00:00", sources=dict(SOURCES),
                     speakers={s.id: s for s in SPEAKERS}, claims=tuple(claims), groups=groups, texts=texts)


def build_large_index(n: int = 60, words: int = 140) -> IndexData:
    """Many long claims by one speaker, to push messages against Slack's limits."""
    base = build_sample_index()
    text = ""
    claims = []
    for i in range(n):
        sentence = f"Austin said claim number {i} " + " ".join(f"troops{j % 7}" for j in range(words)) + "."
        start = len(text)
        text += sentence + "\n"
        claims.append(Claim(
            id=f"big-{i:03d}", doc_id="big", speaker="Lloyd Austin", speaker_id="lloyd-austin",
            speaker_role="U.S. Secretary of Defense", cue="said", kind="indirect", stance="asserts",
            text=sentence, sentence=sentence, start=start, end=start + len(sentence),
            date=f"2024-10-{1 + i % 28:02d}", source=Source("big", "Long document", "Outlet", "", "2024-10-30")))
    return IndexData(version="big", built_at=base.built_at, sources={**base.sources, "big": claims[0].source},
                     speakers=base.speakers, claims=base.claims + tuple(claims), groups=base.groups,
                     texts={**base.texts, "big": text})

"""Synthetic corpora for the benchmarks: claim indexes built directly, and news-like documents.

Everything is seeded, so two runs measure the same data. Claims look like the real ones: thousands
of speakers (people with aliases and titles, institutions, governments), sentences mixing a
topic vocabulary with a long tail of rarer words, figures, places and dates, a share of denials,
and quantity groups. Documents are news-length articles whose attributed sentences use the
patterns the extractor reads (said / according to / quoted speech / denied / told reporters).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from bot.corpus.store import StoredDocument
from bot.index.model import Claim, Document, IndexData, Number, QuantityGroup, Source, Speaker

FIRST = ("Anna Boris Chen David Elena Farid Grace Hyun Igor James Kateryna Lee Maria Nikolai Olena Pavel "
         "Rachel Sergei Tomas Yulia Victor Walter Xavier Yoon Zara Ahmed Beatrix Carlos Dmitri Emma Fiona "
         "George Hana Ivan Jin Kevin Laura Min Nadia Oleg Petra Quentin Rosa Stefan Taras Uma Vera Wei Yuri "
         "Andriy Bohdan Daria Iryna Mykola Oksana Roman Svitlana Vitaliy Jae Seo Hye Dong Sang Kyung").split()
LAST = ("Kim Park Lee Choi Jung Kang Cho Yoon Jang Lim Han Shin Kovalenko Bondarenko Tkachenko Kravchenko "
        "Shevchenko Melnyk Boyko Koval Petrov Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Morozov Novikov "
        "Volkov Smith Johnson Brown Miller Davis Garcia Wilson Taylor Thomas Moore Martin Clark Lewis Walker "
        "Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips "
        "Evans Turner Torres Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper "
        "Reed Bailey Bell Gomez Kelly Howard Ward Cox Diaz Richardson Wood Watson Brooks Bennett Gray James").split()
TITLES = ("Defense Minister", "Foreign Minister", "General", "Colonel", "Senator", "Ambassador", "Spokesperson",
          "Analyst", "Professor", "Commander", "Deputy Minister", "Intelligence Chief", "Admiral", "Lawmaker")
ROLES = ("defence analyst at the {org}", "spokesperson for the {org}", "senior fellow at the {org}",
         "head of the {org}", "former officer of the {org}", "researcher at the {org}", "adviser to the {org}")
ORGS = ("Institute for the Study of War", "Korea Institute for National Unification", "RAND Corporation",
        "Royal United Services Institute", "Carnegie Endowment", "Ministry of Defence", "General Staff",
        "National Intelligence Service", "Defence Intelligence Directorate", "Pentagon", "NATO",
        "Stimson Center", "Asan Institute", "Chatham House", "Atlantic Council", "Sejong Institute")
COUNTRIES = ("South Korea", "Ukraine", "United States", "Russia", "North Korea", "Japan", "China",
             "United Kingdom", "Germany", "France", "Poland", "Estonia")
PLACES = ("Kursk", "Russia", "Ukraine", "Pyongyang", "Moscow", "Kyiv", "Seoul", "Vladivostok", "Donetsk",
          "Kharkiv", "Zaporizhzhia", "Belgorod", "Bryansk", "Primorsky Krai", "Khabarovsk", "Ussuriysk",
          "Sudzha", "Pokrovsk", "Kupiansk", "Luhansk", "Crimea", "Novosibirsk", "Rostov", "Washington",
          "Brussels", "Beijing", "Tokyo", "Wonsan", "Chongjin", "Rason")
UNITS = ("troops", "soldiers", "special forces", "military personnel", "workers", "engineers", "officers",
         "artillery shells", "missiles", "casualties", "brigades", "battalions")
VERBS = ("deployed", "sent", "moved", "stationed", "trained", "killed", "wounded", "captured", "shipped",
         "transferred", "fighting", "assigned")
CUES = ("said", "told reporters", "claimed", "reported", "estimated", "warned", "stated", "confirmed",
        "announced", "wrote", "noted", "added")
QUALIFIERS = ("", "", "about", "up to", "over", "at least", "more than", "nearly")
TOPIC = ("troops soldiers deployment combat front training uniforms casualties brigade artillery "
         "ammunition missiles drones logistics alliance sanctions treaty intelligence reinforcements "
         "offensive counteroffensive border exercise cooperation weapons shells evidence satellite "
         "imagery transport rail convoy barracks mercenaries volunteers conscripts").split()
FILLER = ("reportedly officially recently openly quietly directly largely already still again "
          "significant major limited growing serious new first second further direct").split()
SYLLABLES = "ka ri mo ta ne so lu pi ve da zo ha be ki mu ro sa te vi go na".split()
DENIALS = ("denied that any {u} had been {v} to {p}", "rejected reports of {u} in {p} as fabrications",
           "said there was no evidence of {u} in {p}")


# Quantity groups: one per (unit, place) for the main units and places, each showing its first
# GROUP_SIZE claims, so a topic briefing carries a couple of dozen key numbers as curated ones do.
GROUP_SIZE = 12


def _rare_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def make_speakers(n: int, rng: random.Random) -> list[Speaker]:
    """`n` speakers: mostly people (name, surname alias, titled alias), some institutions and
    governments. Surnames repeat, so a surname alone is often ambiguous, as in the real index."""
    speakers: list[Speaker] = []
    seen: set[str] = set()
    for i in range(n):
        roll = rng.random()
        if roll < 0.08:
            org = rng.choice(ORGS)
            country = rng.choice(COUNTRIES)
            name = f"{country} {org}" if i >= len(ORGS) else org
            kind = "institution"
            aliases: tuple[str, ...] = (org,) if name != org else ()
            role = ""
        elif roll < 0.1:
            country = rng.choice(COUNTRIES)
            name, kind, role = f"{country} government {i}", "government", ""
            aliases = (f"{country} officials {i}",)
        else:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            name = f"{first} {last}"
            if name in seen:
                name = f"{first} {chr(65 + rng.randrange(26))}. {last}"
            if name in seen:
                name = f"{name} {i}"
            title = rng.choice(TITLES)
            country = rng.choice(COUNTRIES)
            aliases = (last, f"{title} {last}")
            role, kind = rng.choice(ROLES).format(org=rng.choice(ORGS)), "person"
        seen.add(name)
        sid = f"s{i:06d}"
        speakers.append(Speaker(sid, name, aliases, role, country, kind))  # type: ignore[arg-type]
    return speakers


def _date(rng: random.Random) -> str:
    return f"{rng.choice((2024, 2025))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _claim_text(rng: random.Random, vocab: list[str]) -> tuple[str, tuple[Number, ...], tuple[str, ...], str]:
    unit, verb = rng.choice(UNITS), rng.choice(VERBS)
    place, other = rng.choice(PLACES), rng.choice(PLACES)
    value = rng.choice((100, 500, 1_000, 1_500, 3_000, 8_000, 10_000, 11_000, 12_000, 15_000, 100_000))
    value = value + rng.randrange(0, 50) * 100 if rng.random() < 0.3 else value
    qual = rng.choice(QUALIFIERS)
    figure = f"{qual} {value:,}".strip()
    extra = " ".join(rng.choice(vocab) for _ in range(rng.randint(4, 10)))
    stance = "denies" if rng.random() < 0.05 else ("hedged" if rng.random() < 0.1 else "asserts")
    if stance == "denies":
        text = rng.choice(DENIALS).format(u=unit, v=verb, p=place) + f", citing {extra}"
        numbers: tuple[Number, ...] = ()
    else:
        text = (f"{figure} North Korean {unit} had been {verb} {rng.choice(FILLER)} to {place} near {other}, "
                f"with {extra}")
        numbers = (Number(float(value), unit.split()[-1], unit, qual, figure + " " + unit),)
    return text, numbers, (place, other), stance


def make_index(n_claims: int, seed: int = 5, n_speakers: int | None = None, claims_per_doc: int = 10) -> IndexData:
    """An `IndexData` of `n_claims` claims, built directly (no extraction, no texts)."""
    rng = random.Random(seed)
    n_speakers = n_speakers or max(2_000, min(20_000, n_claims // 50))
    speakers = make_speakers(n_speakers, rng)
    # Speakers are quoted unevenly: a few very often, most rarely (as in the news).
    weights = [1.0 / (1 + i) ** 0.8 for i in range(len(speakers))]
    quoted = rng.choices(speakers, weights=weights, k=n_claims)
    vocab = TOPIC + FILLER + [_rare_word(rng) for _ in range(max(500, n_claims // 20))]
    sources: dict[str, Source] = {}
    claims: list[Claim] = []
    groups: dict[str, list[str]] = {}
    for i in range(n_claims):
        doc_id = f"d{i // claims_per_doc:07d}"
        source = sources.get(doc_id)
        if source is None:
            source = sources[doc_id] = Source(doc_id, f"Report {doc_id}", rng.choice(ORGS), "", _date(rng))
        sp = quoted[i]
        text, numbers, places, stance = _claim_text(rng, vocab)
        cue = rng.choice(CUES) if stance != "denies" else "denied"
        who = rng.choice(sp.names())
        sentence = f"{who} {cue} that {text}." if rng.random() < 0.6 else f"According to {who}, {text}."
        start = (i % claims_per_doc) * 400
        quantity = ""
        if numbers and numbers[0].counts in UNITS[:4] and places[0] in PLACES[:6]:
            quantity = f"{numbers[0].counts}-{places[0]}".lower().replace(" ", "-")
            groups.setdefault(quantity, []).append(f"c{i:011d}")
        mentions = (quoted[rng.randrange(n_claims)].id,) if rng.random() < 0.1 else ()
        claims.append(Claim(
            id=f"c{i:011d}", doc_id=doc_id, speaker=sp.name, speaker_id=sp.id, speaker_role=sp.role, cue=cue,
            kind="indirect", stance=stance, text=text, sentence=sentence, start=start,  # type: ignore[arg-type]
            end=start + len(sentence), numbers=numbers, places=places,
            date=_date(rng) if rng.random() < 0.5 else "", vague=False, source=source, mentions=mentions,
            quantity=quantity))
    qgroups = tuple(QuantityGroup(k, k.replace("-", " "), tuple(ids[:GROUP_SIZE]), len(ids) > 1)
                    for k, ids in sorted(groups.items()))
    return IndexData(version=f"synthetic-{n_claims}-{seed}", built_at="2025-01-01T00:00:00+00:00",
                     sources=sources, speakers={s.id: s for s in speakers}, claims=tuple(claims), groups=qgroups)


def make_additions(n_docs: int, seed: int = 9, published: str = "2026-06-01",
                   claims_per_doc: int = 10) -> list[StoredDocument]:
    """Documents added to a running bot, as the corpus store holds them: the claims of `make_index`
    under ids of their own, published after every document of the index."""
    made = make_index(n_docs * claims_per_doc, seed, n_speakers=200, claims_per_doc=claims_per_doc)
    now = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    out = []
    of_doc: dict[str, list] = {}
    for c in made.claims:
        of_doc.setdefault(c.doc_id, []).append(c)
    for seq, doc_id in enumerate(sorted(made.sources), start=1):
        source = replace(made.sources[doc_id], doc_id=f"added-{seed}-{doc_id}", published=published)
        claims = tuple({**c.export(), "id": f"added-{seed}-{c.id}", "doc_id": source.doc_id, "date": ""}
                       for c in of_doc.get(doc_id, ()))
        out.append(StoredDocument(seq, source, "", 0, claims, (), "bench", "bench", now))
    return out


# -- documents ----------------------------------------------------------------------------------
NARRATIVE = (
    "The {u} arrived by rail in {p} after a journey of several days, according to satellite imagery.",
    "Fighting around {p} intensified over the weekend as both sides brought up reinforcements.",
    "The deployment marks a significant escalation in military cooperation between Moscow and Pyongyang.",
    "Officials in {p} have not published casualty figures since the start of the offensive.",
    "The agreement signed in June commits each side to provide military assistance if the other is attacked.",
    "Images circulated online appear to show {u} receiving equipment at a base near {p}.",
)
ATTRIBUTED = (
    "{who}, {role}, said that {n} North Korean {u} had been {v} to {p}.",
    "According to {who}, about {n} {u} were {v} near {p} in {month}.",
    "“We have seen {n} {u} {v} to {p} so far,” {who} told reporters on {day}.",
    "{who} warned that the {u} in {p} could number as many as {n} by the end of the year.",
    "“There is no evidence of any {u} in {p},” {who} said.",
    "{who} denied that North Korean {u} were fighting in {p}.",
    "In a statement on {day}, {who} said {n} {u} had been {v} to {p} and more would follow.",
    "{who} estimated that {n} {u} had been killed or wounded near {p}.",
    "“The situation in {p} is changing quickly. The {u} are now at the front,” said {who}, {role}.",
)
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday".split()


@dataclass(frozen=True)
class DocCorpus:
    documents: tuple[Document, ...]
    speakers: tuple[Speaker, ...]


def make_documents(n_docs: int, seed: int = 7, target_chars: int = 7_000) -> DocCorpus:
    """`n_docs` articles of about `target_chars` characters: a headline, paragraphs of two to
    four sentences, about a third of them attributed in one of the extractor's patterns."""
    rng = random.Random(seed)
    speakers = make_speakers(400, rng)
    docs = []
    for d in range(n_docs):
        paragraphs = [f"{rng.choice(UNITS).title()} in {rng.choice(PLACES)}: what we know"]
        size = 0
        while size < target_chars:
            sents = []
            for _ in range(rng.randint(2, 4)):
                values = {"u": rng.choice(UNITS), "p": rng.choice(PLACES), "v": rng.choice(VERBS),
                          "n": f"{rng.choice(QUALIFIERS[2:] + ('',))} {rng.randint(1, 150) * 100:,}".strip(),
                          "month": rng.choice(MONTHS), "day": rng.choice(DAYS)}
                if rng.random() < 0.35:
                    sp = rng.choice(speakers)
                    values |= {"who": sp.name if rng.random() < 0.7 else f"{rng.choice(TITLES)} {sp.aliases[0]}"
                               if sp.aliases else sp.name, "role": sp.role or "an official"}
                    sents.append(rng.choice(ATTRIBUTED).format(**values))
                else:
                    sents.append(rng.choice(NARRATIVE).format(**values))
            paragraph = " ".join(sents)
            paragraphs.append(paragraph)
            size += len(paragraph) + 1
        text = "\n".join(paragraphs) + "\n"
        doc_id = f"{d:06d}_synthetic"
        docs.append(Document(doc_id, text, Source(doc_id, published=_date(rng))))
    return DocCorpus(tuple(docs), tuple(speakers))

"""The artifact a process opens answers every question exactly as the index it was written from,
while reading only the claims it returns."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from bot.bench.corpus import PLACES, TOPIC, UNITS, make_index
from bot.index.artifact import load_index, write_index
from bot.index.query import ClaimQuery
from bot.index.stored import StoredClaims
from bot.settings import ROOT
from bot.topics import load_catalogue
from tests.scenario.sample_index import build_sample_index

TOPICS = load_catalogue(ROOT / "briefings" / "topics.yaml").topics


def ids(claims) -> list[str]:
    return [c.id for c in claims]


def answers(q: ClaimQuery, rng: random.Random) -> list:
    """A fixed battery of questions, each answer reduced to what a reply shows."""
    index = q.index
    speakers = sorted(index.speakers)
    out: list = []
    for sid in rng.sample(speakers, min(25, len(speakers))):
        name = index.speakers[sid].name
        found = q.by_speaker(name)
        out.append((name, found.status, ids(found.claims), found.mentions, [m.id for m in found.members]))
        out.append(("denials", sid, ids(q.denials(sid))))
    words = [*TOPIC, *PLACES, *UNITS, "Austin", "Kremlin", "troops Kursk", "denied", "fair game", "12,000"]
    for _ in range(25):
        phrase = " ".join(rng.sample(words, rng.randint(1, 3)))
        out.append((phrase, [(h.claim.id, h.score) for h in q.search(phrase)], ids(q.found(phrase))))
        out.append(("timeline", phrase, ids(q.timeline(phrase, TOPICS).claims)))
    for key in TOPICS:
        for flt in ("", "Kursk", "troops Russia"):
            t = q.topic(key, flt)
            out.append((key, flt, ids(t.claims), ids(t.denials), [v.group.key for v in t.quantities]))
    tl = q.timeline()
    out += [("all", ids(tl.claims), tl.undated), ("denials", ids(q.denials())), ids(q.confirmations())]
    out += [(v.group.key, [(f.claim.id, f.figure, f.who, f.bound) for f in v.figures]) for v in q.quantities()]
    for doc_id in sorted(index.sources)[:20]:
        out.append((doc_id, ids(q.in_document(doc_id)), index.texts.get(doc_id)))
    for claim in rng.sample(list(index.claims), min(30, len(index.claims))):
        out.append((claim.id, ids(q.denied_by(claim)), [q.in_topic(claim, k) for k in TOPICS]))
    return out


@pytest.mark.parametrize("make", [build_sample_index, lambda: make_index(3_000, seed=11, n_speakers=300)],
                         ids=["sample", "synthetic"])
def test_an_opened_artifact_answers_as_the_index_in_memory(tmp_path, make):
    index = make()
    path = tmp_path / "index.sqlite"
    version = write_index(index, path)
    opened = load_index(path)
    assert isinstance(opened.claims, StoredClaims) and opened.version == version
    assert [c.export() for c in opened.claims] == [c.export() for c in index.claims]
    assert opened.claim(index.claims[-1].id) == index.claims[-1] and opened.claim("no-such-claim") is None
    assert dict(opened.texts) == dict(index.texts) and opened.groups == index.groups
    assert answers(ClaimQuery(opened, TOPICS), random.Random(3)) == answers(ClaimQuery(index, TOPICS), random.Random(3))


def test_the_version_is_the_content(tmp_path):
    index = build_sample_index()
    first = write_index(index, tmp_path / "a.sqlite")
    assert write_index(replace(index, built_at="2030-01-01T00:00:00+00:00"), tmp_path / "b.sqlite") == first
    changed = replace(index, claims=(replace(index.claims[0], text=index.claims[0].text + " Indeed."), *index.claims[1:]))
    assert write_index(changed, tmp_path / "c.sqlite") != first


def test_a_reply_reads_only_the_claims_it_shows(tmp_path):
    path = tmp_path / "index.sqlite"
    write_index(make_index(3_000, seed=4, n_speakers=300), path)
    q = ClaimQuery(load_index(path), TOPICS)
    claims = q.index.claims
    assert isinstance(claims, StoredClaims) and not claims._cache  # starting read none
    topic = q.topic(next(iter(TOPICS)))
    figures = {f.claim.id for v in topic.quantities for f in v.figures}
    assert len(topic.claims) > 1_000 and {c.id for c in claims._cache.values()} == figures  # and positions
    page = list(topic.claims[:8])
    assert len(page) == 8 and len(claims._cache) == len(figures | {c.id for c in page})


def test_a_long_answer_reads_a_window_and_counts_the_rest(tmp_path):
    """A topic of thousands of claims: the reply shows a page, says how many there are in all, and
    reads only the claims of the window it folds repeats in (plus the key numbers' figures)."""
    from bot.answer import PAGE_SIZE, WINDOW, Answerer, Ask
    from bot.blockkit import validate_message
    from bot.index.holder import IndexHolder
    from bot.render import Renderer
    from bot.textout import to_text

    path = tmp_path / "index.sqlite"
    write_index(make_index(3_000, seed=8, n_speakers=300), path)
    catalogue = load_catalogue(ROOT / "briefings" / "topics.yaml")
    holder = IndexHolder.load(path, catalogue.topics)
    answerer = Answerer(holder, Renderer(ROOT / "briefings" / "templates"), catalogue)
    briefing = holder.query.topic("troops")
    assert len(briefing.claims) > 10 * WINDOW
    for offset in (0, 2 * PAGE_SIZE):
        answer = answerer.answer(Ask(command="/nk-troops", offset=offset))
        validate_message(answer.message)
        shown_denials = len(briefing.denials[:3]) if offset == 0 else 0
        expected = f"of {len(briefing.claims) - shown_denials}"
        assert expected in to_text(answer.message), to_text(answer.message)[-300:]
    figures = {f.claim.id for v in briefing.quantities for f in v.figures}
    read = {c.id for c in holder.index.claims._cache.values()}
    assert len(read - figures) <= 2 * PAGE_SIZE + WINDOW + 3


def test_a_page_that_repeats_a_captioned_statement_builds_with_one_claim_for_it(tmp_path):
    from bot.index.build import build_to

    caption = "Latvia has decided on a large deployment to the port, the Latvian navy said Friday - Wire"
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "repeats.txt").write_text(
        f"Latvia sends divers, navy says\n\n{caption}\n{caption}\nTT\n\n{caption}\n\nThe port reopened.\n",
        encoding="utf-8")
    result, _version = build_to(tmp_path / "seeds", tmp_path / "index")
    said = [c for c in result.index.claims if c.text.startswith("Latvia has decided")]
    assert len(said) == 1 and said[0].speaker == "Latvian navy"
    assert len({c.id for c in result.index.claims}) == len(result.index.claims)
    assert load_index(tmp_path / "index").claims

"""Extraction across processes gives exactly what one process gives, generated speakers included."""

from bot.index.model import Document, Source
from bot.extract.parallel import extract_all
from bot.index.speakers import Registry

SENTENCES = ["Colonel Ana Ruiz, a spokesperson for the guard, said {n} boats were stopped.",
             "“We saw {n} drones,” Mayor Piet Hals told reporters.",
             "The Kremlin denied that {n} soldiers had crossed the river."]


def documents(n: int) -> list[Document]:
    return [Document(f"d{i:03}", " ".join(s.format(n=i + 2) for s in SENTENCES), Source(f"d{i:03}"))
            for i in range(n)]


def test_two_workers_match_one_process():
    docs = documents(70)
    serial_registry, parallel_registry = Registry(), Registry()
    serial = extract_all(docs, serial_registry, workers=1)
    parallel = extract_all(docs, parallel_registry, workers=2)
    assert [c.export() for c in parallel] == [c.export() for c in serial]
    assert {s.id for s in parallel_registry.all()} == {s.id for s in serial_registry.all()}
    assert {"gen-ana-ruiz", "gen-piet-hals"} <= {s.id for s in parallel_registry.all()}


def test_what_one_document_introduces_never_changes_how_another_is_read():
    """An acronym or a name one article introduces stays that article's: the other article reads the
    same whether or not it comes after it, and whichever worker reads it first."""
    introduces = Document("a", "Ties between Riga and the Harbour Defence Council of Latvia (HDC) deepened. The HDC "
                               "said the port was closed.", Source("a"))
    other = Document("b", "The HDC said on Monday that 40 divers had arrived.", Source("b"))
    alone = extract_all([other], Registry(), workers=1)
    after = extract_all([introduces, other], Registry(), workers=1)
    assert [c.export() for c in after if c.doc_id == "b"] == [c.export() for c in alone]
    many = [introduces, *documents(70), other]
    assert [c.export() for c in extract_all(many, Registry(), workers=2)] == \
        [c.export() for c in extract_all(many, Registry(), workers=1)]

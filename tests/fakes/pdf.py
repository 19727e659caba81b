"""PDF files written for the tests, byte by byte: pages of wrapped paragraphs in Helvetica, with a
running header and a page number on each page, as reports and statements are published.

Written by hand (a PDF is a few numbered objects and a table of their offsets) so the tests need
no PDF-writing library, and so what the reader gets is exactly what a typesetter produces: lines,
not paragraphs; words split by hyphens at line ends; furniture repeated on every page.
"""

from __future__ import annotations

import textwrap

WIDTH = 86  # characters a line, about a report's column


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _lines(paragraph: str, hyphenate: bool) -> list[str]:
    lines = textwrap.wrap(paragraph, WIDTH)
    if hyphenate and len(lines) > 1:  # split the first line's last word across the line end
        head, _, word = lines[0].rpartition(" ")
        if len(word) >= 8 and word.isalpha():
            lines[0] = f"{head} {word[:4]}-"
            lines[1] = f"{word[4:]} {lines[1]}"
    return lines


def make_pdf(pages: list[list[str]], title: str = "", author: str = "", created: str = "",
             header: str = "", hyphenate: bool = True) -> bytes:
    """`pages`: each page's paragraphs. `created`: "YYYYMMDD" for the document's creation date."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 2 * len(pages) + 1  # the page tree comes after every page and its content
    kids = []
    for number, paragraphs in enumerate(pages, start=1):
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 800 Td"]
        if header:
            ops += [f"({_escape(header)}) Tj", "T*", "T*"]
        for k, paragraph in enumerate(paragraphs):
            for line in _lines(paragraph, hyphenate and k % 2 == 0):
                ops += [f"({_escape(line)}) Tj", "T*"]
            ops.append("T*")  # the gap between paragraphs
        ops += ["ET", "BT", "/F1 9 Tf", f"290 40 Td ({number}) Tj", "ET"]
        stream = "\n".join(ops).encode("cp1252")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids),
                                                             len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info_fields = [(b"Title", title), (b"Author", author)]
    info = b" ".join(b"/%s (%s)" % (k, _escape(v).encode("cp1252")) for k, v in info_fields if v)
    if created:
        info += b" /CreationDate (D:%s000000Z)" % created.encode()
    info_id = add(b"<< " + info + b" >>")
    return _file(objects, b"/Root %d 0 R /Info %d 0 R" % (catalog, info_id))


def _file(objects: list[bytes], trailer: bytes) -> bytes:
    """The numbered objects, the table of their offsets and the trailer (`/Root ...`)."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def encrypted(pdf: bytes, password: str) -> bytes:
    """The same document, readable only with `password` (pypdf writes it: encryption by hand is
    not worth the tests' while)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def shared_stream_pdf(pages: int, content: bytes) -> bytes:
    """A hostile PDF: every page draws the same content stream, `content` compressed with
    FlateDecode. A few kilobytes then hold megabytes that a reader parses once a page (2 MB of
    "q Q" on 150 pages is 26 KB and minutes of pypdf); one page of 30 MB of blanks is a
    decompression bomb of 30 KB."""
    import zlib

    packed = zlib.compress(content, 9)
    objects = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"]
    tree = len(objects) + pages + 1  # the page tree's number, after every page
    objects += [b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents 2 0 R "
                b"/Resources << /Font << /F1 1 0 R >> >> >>" % tree] * pages
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + n) for n in range(pages)),
                                                                 pages))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    return _file(objects, b"/Root %d 0 R" % len(objects))

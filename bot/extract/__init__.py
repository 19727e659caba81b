"""Stage two of a document's path: attributed claims out of its text.

`document.extract_claims` walks one document; `parallel.extract_all` spreads a corpus over
processes. Everything here is pure: text and a speaker registry in, `Claim` records out.
"""

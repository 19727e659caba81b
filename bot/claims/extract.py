"""Attributed claims from one document. STUB: replaced by the rule-based extractor."""

from __future__ import annotations

from bot.claims.model import Claim, Document
from bot.claims.speakers import Registry


def extract_claims(doc: Document, registry: Registry) -> list[Claim]:
    return []

"""Grouping claims about one quantity across sources; linking denials to what they deny. STUB."""

from __future__ import annotations

from bot.claims.model import Claim, QuantityGroup


def link_denials(claims: list[Claim]) -> list[Claim]:
    return claims


def group_quantities(claims: list[Claim]) -> tuple[list[Claim], list[QuantityGroup]]:
    return claims, []

"""Who may make the bot fetch pages, and how often (`AddQuota`), and `/nk-add` enforcing it before
anything is fetched."""

from __future__ import annotations

import json

from bot.ingest.quota import AddQuota


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_member_gets_so_many_adds_per_window_then_waits():
    clock = Clock()
    quota = AddQuota(per_window=2, window_seconds=600, clock=clock)
    for _ in range(2):
        assert quota.take("U1") is None
    refused = quota.take("U1")
    assert refused is not None and "try again in 10 minutes" in refused.reason
    assert quota.take("U2") is None  # others are not held back
    clock.now += 300
    assert "try again in 5 minutes" in quota.take("U1").reason
    clock.now += 301
    assert quota.take("U1") is None  # the first add has left the window


def test_only_the_listed_members_may_add_when_a_list_is_set():
    quota = AddQuota(allowed=frozenset({"U7"}))
    assert "limited to some members" in quota.take("U1").reason
    assert quota.take("U7") is None


async def test_nk_add_refuses_in_the_acknowledgement_and_fetches_nothing(start_db_bot, site):
    bot = await start_db_bot(add_max_per_user=1)
    await bot.command("/nk-add", site.page("/news/ministers-dispute-convoy"), response="r1")
    await bot.fake.wait_for(lambda: any(r.method == "response/r1" for r in bot.fake.responses), 10)
    hits = sum(site.hits.values())
    resp = await bot.command("/nk-add", site.page("/news/harbour-envoy-warns"), response="r2")
    assert resp.status == 200 and "try again in 10 minutes" in json.loads(bot.last_body)["text"]
    assert sum(site.hits.values()) == hits

    listed = await start_db_bot(add_users="U7,U8")
    await listed.command("/nk-add", site.page("/news/harbour-envoy-warns"), response="r3")
    assert "limited to some members" in json.loads(listed.last_body)["text"]
    assert sum(site.hits.values()) == hits

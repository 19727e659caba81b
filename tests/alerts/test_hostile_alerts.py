"""The alert loop against an attacker's article: a huge title is cut, a refused alert gives way to a
short one, an alert that can never be sent is skipped once, and the loop stays alive throughout;
another channel's alert is never held up, and nothing is posted twice."""

from __future__ import annotations

import asyncio

from bot.alerts.store import Watches
from bot.blockkit import validate_message
from bot.corpus.follow import catch_up
from tests.alerts.test_alerts import NOW, alerter, posts
from tests.fakes.hostile import LONG_OUTLET, TITLE_NO_SPACES, TITLE_WITH_SPACES, shown
from tests.fakes.news_site import STORIES


async def add(ingestor, session, news, slug: str, like: str, **changes) -> None:
    news.stories[slug] = {**STORIES[like], **changes}
    await ingestor.add_url(news.page(f"/news/{slug}"), session)


async def test_a_huge_title_does_not_stop_another_channels_alert_nor_the_loop(store, site, session, ingestor,
                                                                                fake_slack):
    watches = Watches(store.engine)
    watches.add("T1", "CHARBOUR", "words", "harbour", "harbour", "U1", 0, NOW)
    watches.add("T1", "CCONVOY", "words", "convoy", "convoy", "U1", 0, NOW)
    bot = alerter(store, fake_slack)
    await add(ingestor, session, site, "huge-harbour", like="harbour-envoy-warns", title=TITLE_NO_SPACES, site=LONG_OUTLET)
    await add(ingestor, session, site, "huge-convoy", like="ministers-dispute-convoy", title=TITLE_WITH_SPACES)
    catch_up(store, bot.holder)
    task = asyncio.create_task(bot.run())
    try:
        await fake_slack.wait_for(lambda: posts(fake_slack, "CHARBOUR") and posts(fake_slack, "CCONVOY"), 10)
        await asyncio.sleep(0.3)  # several more ticks: nothing is posted again
        assert not task.done()
    finally:
        task.cancel()
    (harbour,), (convoy,) = posts(fake_slack, "CHARBOUR"), posts(fake_slack, "CCONVOY")
    for alert in (harbour, convoy):
        validate_message({"text": alert["text"], "blocks": alert["blocks"]})
    assert "Petra Osk" in shown(harbour) and "X" * 300 not in shown(harbour) and "X" * 150 in shown(harbour)
    assert "Mara Quell" in shown(convoy) and "_Envoy warns of new deployment at the harbour Envoy" in shown(convoy)


async def test_an_alert_slack_refuses_gives_way_to_a_short_one_posted_once(store, site, session, ingestor,
                                                                            fake_slack):
    Watches(store.engine).add("T1", "CREFUSED", "words", "harbour", "harbour", "U1", 0, NOW)
    bot = alerter(store, fake_slack)
    await add(ingestor, session, site, "refused", like="harbour-envoy-warns")
    catch_up(store, bot.holder)
    fake_slack.fail("chat.postMessage", error="invalid_blocks")  # a limit we do not know of
    assert await bot.tick() == 1
    full, short = posts(fake_slack, "CREFUSED")  # the fake records the refused post too
    assert "Petra Osk" in shown(full) and "Petra Osk" not in shown(short)
    assert short["text"].startswith("New on what this channel watches: ") and "`/nk-claims WORDS`" in shown(short)
    assert len(fake_slack.history.get("CREFUSED", [])) == 1
    assert await bot.tick() == 0 and len(posts(fake_slack, "CREFUSED")) == 2


async def test_an_alert_that_can_never_be_sent_is_skipped_once_and_the_others_go_on(store, site, session, ingestor,
                                                                                     fake_slack):
    watches = Watches(store.engine)
    watches.add("T1", "CNEVER", "words", "harbour", "harbour", "U1", 0, NOW)
    bot = alerter(store, fake_slack)
    await add(ingestor, session, site, "never", like="harbour-envoy-warns")
    catch_up(store, bot.holder)
    fake_slack.fail("chat.postMessage", error="invalid_blocks", times=2)  # the alert, then the short one
    assert await bot.tick() == 0
    assert len(posts(fake_slack, "CNEVER")) == 2 and not fake_slack.history.get("CNEVER")
    assert watches.status("CNEVER") == ("active", "")  # not paused: the next batch is alerted as usual
    assert await bot.tick() == 0 and len(posts(fake_slack, "CNEVER")) == 2  # not retried
    watches.add("T1", "COTHER", "words", "convoy", "convoy", "U1", bot.holder.served_seq, NOW)
    await add(ingestor, session, site, "later-harbour", like="ministers-dispute-convoy",
              paragraphs=STORIES["ministers-dispute-convoy"]["paragraphs"] + ["“The harbour is calm again,” Quell said on Friday."])
    catch_up(store, bot.holder)
    assert await bot.tick() == 2  # both channels: the skipped batch held nothing back
    assert len(posts(fake_slack, "CNEVER")) == 3 and len(posts(fake_slack, "COTHER")) == 1

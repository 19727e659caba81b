"""The link a reply gives for a document without a URL, opened in a real headless browser: the
page scrolls to the quoted passage and highlights exactly the evidence the bot quoted.

Chromium comes from Debian (`apt-get install chromium`; `.ci/run` installs it) and Playwright
drives it through `executable_path`, so no browser is downloaded.
"""

from __future__ import annotations

import os
import re
import shutil

import pytest

from tests.scenario.conftest import answered

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not CHROMIUM and not os.environ.get("CI"),
                                reason="no chromium on this machine (apt-get install chromium)")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


async def test_passage_link_scrolls_to_and_highlights_the_evidence(bot):
    from playwright.async_api import async_playwright

    message = await answered(bot, "/nk-troops")
    link = re.search(r"<(https://nkbot\.example/sources/[^|>]+)\|read the passage>", str(message["blocks"])).group(1)
    claim_id = link.split("#claim-", 1)[1]
    evidence = bot.runtime.holder.query.index.claim(claim_id).sentence
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = await browser.new_page(viewport={"width": 900, "height": 500})
            await page.goto(link.replace("https://nkbot.example", bot.url))
            target = page.locator(":target")
            assert await target.get_attribute("id") == f"claim-{claim_id}"
            assert await target.inner_text() == evidence
            background = await target.evaluate("e => getComputedStyle(e).backgroundColor")
            assert background == "rgb(255, 179, 71)"  # the :target highlight, not the plain one
            box = await target.bounding_box()
            assert box is not None and 0 <= box["y"] < 500  # scrolled into view
            assert await page.locator("mark.claim").count() >= 1
        finally:
            await browser.close()

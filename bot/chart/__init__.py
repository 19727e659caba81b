"""The key numbers as a picture: `series.py` shapes the quantity views a briefing shows into
dated series per source (pure, no plotting library), `draw.py` draws them as a PNG with
matplotlib, which it imports only when a chart is drawn, so the bot starts without it."""

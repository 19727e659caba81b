"""nkbot: a Slack briefing bot on who claimed what about North Korean troops in Russia."""

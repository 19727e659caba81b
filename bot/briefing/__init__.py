"""Daily briefings: subscriptions, scheduling in each channel's time zone, exactly-once delivery.

The path of one briefing: `runner` wakes on a tick -> `schedule` (pure) says which channels are due
-> `deliver` claims the (channel, local date) run in the database (`runs`), composes the message
through an injected callable, posts it tagged with message metadata, records every attempt.
"""

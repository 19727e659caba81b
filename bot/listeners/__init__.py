"""Thin bolt listeners: ack -> build an `Ask` -> `Answerer.answer` -> respond/say.

No listener builds Block Kit or touches the index directly; the answer core does both, so the
same code serves Slack, `nkbot ask` and the terminal console.
"""

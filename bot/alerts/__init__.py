"""Alerts: `/nk-watch NAME|TOPIC` in a channel posts the new claims by that speaker or on that
topic as documents arrive, one message per batch, exactly once across replicas, at most one per
`ALERT_MIN_SECONDS` per channel."""

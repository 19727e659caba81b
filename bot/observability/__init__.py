"""Seeing a running bot from outside: metrics, health, readiness, structured logs.

- `metrics`: one CollectorRegistry per app, the counters and histograms operators graph.
- `instrument`: the bolt middleware that gives each Slack request an id and records it.
- `context`: the request id, carried by a contextvar into listener tasks and log lines.
- `logs`: one JSON object per log line, secrets redacted before any handler sees them.
- `readiness`: is the index loaded, is the database reachable.
- `routes`: `/readyz` and `/metrics` beside `/slack/events` (`/healthz` is in `bot.source_page`).
- `heartbeat`: the Socket Mode health check, which has no HTTP port to probe.
"""

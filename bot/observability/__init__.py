"""Seeing a running bot from outside: metrics, health, readiness, structured logs.

- `metrics`: one CollectorRegistry per app, the counters and histograms operators graph.
- `instrument`: the bolt middleware that gives each Slack request an id and records it.
- `context`: the request id, carried by a contextvar into listener tasks and log lines.
- `logs`: one JSON object per log line, secrets redacted before any handler sees them.
- `readiness`: is the index loaded (and Slack connected, in Socket Mode); is the database up.
- `routes`: `/healthz`, `/readyz` and `/metrics`, beside `/slack/events` in HTTP mode, on a
  local port of their own (`OPS_PORT`) in Socket Mode.
- `heartbeat`: the Socket Mode health file and systemd's watchdog, for runners without probes.
"""

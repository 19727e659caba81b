"""The bot's Prometheus metrics, in a registry of their own per app instance.

A dedicated `CollectorRegistry` (not prometheus_client's global one) so that two apps in one
process, as in tests, never collide on metric names. Index size and version are read from the
`IndexHolder` at scrape time, so a SIGHUP reload shows up without anyone updating a gauge.

Briefing deliveries: the scheduler calls `metrics.briefing_delivered(outcome)` with the outcome
string `Deliverer.deliver` returns ("posted", "skipped", "released", "failed", ...).
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, InfoMetricFamily
from prometheus_client.registry import Collector

from bot.index.holder import IndexHolder

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# Slack wants an ack within 3 s: buckets are dense below that and sparse above.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0)


class IndexCollector(Collector):
    """`nkbot_index_claims` and `nkbot_index_info{version,built_at}` from the index in service."""

    def __init__(self, holder: IndexHolder) -> None:
        self.holder = holder

    def collect(self) -> Iterator[GaugeMetricFamily | InfoMetricFamily]:
        index = self.holder.index
        claims = GaugeMetricFamily("nkbot_index_claims", "Claims in the index in service")
        claims.add_metric([], index.count)
        yield claims
        info = InfoMetricFamily("nkbot_index", "The index in service")
        info.add_metric([], {"version": index.version, "built_at": index.built_at})
        yield info


class Metrics:
    def __init__(self, holder: IndexHolder | None = None) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "nkbot_slack_requests", "Slack requests handled, by kind, command and outcome",
            ["kind", "command", "outcome"], registry=self.registry)
        self.latency = Histogram(
            "nkbot_slack_request_seconds", "Time from receiving a Slack request to answering it (the ack)",
            ["kind", "command"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.listener_errors = Counter(
            "nkbot_listener_errors", "Listeners that raised, after or before their ack",
            ["kind", "command"], registry=self.registry)
        self.briefing_deliveries = Counter(
            "nkbot_briefing_deliveries", "Briefing delivery attempts by outcome (posted, skipped, failed, ...)",
            ["outcome"], registry=self.registry)
        self.feed_events = Counter(
            "nkbot_feed_events", "Feed polls and items by outcome (polled, not_modified, poll_failed, added, "
            "known, copy, item_failed, item_given_up)", ["outcome"], registry=self.registry)
        self.alert_events = Counter(
            "nkbot_alert_events", "Alert batches by outcome (posted, posted_short, nothing_new, found_posted, "
            "retry, paused, given_up, crashed, failed, tick_failed)",
            ["outcome"], registry=self.registry)
        if holder is not None:
            self.registry.register(IndexCollector(holder))

    def request_done(self, kind: str, command: str, outcome: str, seconds: float) -> None:
        self.requests.labels(kind, command, outcome).inc()
        self.latency.labels(kind, command).observe(seconds)

    def briefing_delivered(self, outcome: str) -> None:
        """For the briefing scheduler: count one `Deliverer.deliver` result."""
        self.briefing_deliveries.labels(outcome).inc()

    def feed_event(self, outcome: str) -> None:
        """For the feed poller: count one poll or item outcome."""
        self.feed_events.labels(outcome).inc()

    def alert_event(self, outcome: str) -> None:
        self.alert_events.labels(outcome).inc()

    def render(self) -> bytes:
        """The text exposition format, for `/metrics`."""
        return generate_latest(self.registry)

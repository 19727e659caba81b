"""The store on SQLite and PostgreSQL: migrations, subscriptions, and the run claim's rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.briefing.model import DONE, FAILED, PAUSED, RUNNING
from bot.briefing.runs import Runs
from bot.briefing.store import current_revision, make_engine, metadata, upgrade
from bot.briefing.subscriptions import Subscriptions
from bot.alerts import tables as alert_tables  # noqa: F401 - registers the alert tables in `metadata`
from bot.corpus import tables as corpus_tables  # noqa: F401 - registers the corpus tables in `metadata`
from bot.review import tables as review_tables  # noqa: F401 - registers the review tables in `metadata`

from .conftest import subscribe

T0 = datetime(2025, 3, 10, 6, 0, tzinfo=UTC)
DAY = date(2025, 3, 10)
LEASE = timedelta(seconds=60)


def test_migrations_build_exactly_the_tables_the_code_describes(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []
    assert current_revision(engine) == "0006"


def test_upgrade_is_idempotent_and_upgrades_an_empty_database(database_url):
    engine = make_engine(database_url)
    assert current_revision(engine) is None
    upgrade(engine)
    upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"briefing_subscriptions", "briefing_runs", "briefing_delivery_log"} <= tables
    engine.dispose()


def test_subscribe_update_resume_unsubscribe(engine):
    subs = Subscriptions(engine)
    created = subscribe(engine, "C1", "08:00", "Europe/Kyiv", since=T0)
    assert created.change == "created" and created.subscription.starts_at == T0
    assert subscribe(engine, "C1", "08:00", "Europe/Kyiv", since=T0 + LEASE).change == "unchanged"
    changed = subscribe(engine, "C1", "09:15", "Asia/Seoul", since=T0 + 2 * LEASE)
    assert changed.change == "updated" and changed.subscription.time_text == "09:15"
    assert changed.subscription.starts_at == T0 + 2 * LEASE and changed.previous.timezone == "Europe/Kyiv"
    subs.pause("C1", "not_in_channel", T0)
    assert subs.get("C1").status == PAUSED and subs.get("C1").paused_reason == "not_in_channel"
    assert subscribe(engine, "C1", "09:15", "Asia/Seoul").change == "resumed"
    assert subs.get("C1").active and subs.get("C1").paused_reason is None
    assert subs.unsubscribe("C1").channel_id == "C1"
    assert subs.get("C1") is None and subs.unsubscribe("C1") is None


def test_list_by_team_and_active_only(engine):
    subscribe(engine, "C1", "08:00", "UTC", team="TA")
    subscribe(engine, "C2", "08:00", "UTC", team="TB")
    Subscriptions(engine).pause("C2", "is_archived", T0)
    assert [s.channel_id for s in Subscriptions(engine).list()] == ["C1", "C2"]
    assert [s.channel_id for s in Subscriptions(engine).list("TB")] == ["C2"]
    assert [s.channel_id for s in Subscriptions(engine).list(active_only=True)] == ["C1"]


def test_only_one_claim_per_channel_and_day(engine):
    runs = Runs(engine)
    first = runs.claim("C1", DAY, "p1", T0, LEASE, max_rounds=3)
    assert first and not first.takeover and first.run.owner == "p1"
    assert runs.claim("C1", DAY, "p2", T0, LEASE, max_rounds=3) is None
    assert runs.claim("C1", DAY + timedelta(days=1), "p2", T0, LEASE, max_rounds=3) is not None
    assert runs.claim("C2", DAY, "p2", T0, LEASE, max_rounds=3) is not None


def test_an_expired_lease_is_taken_over_once_and_fences_the_old_owner(engine):
    runs = Runs(engine)
    runs.claim("C1", DAY, "p1", T0, LEASE, max_rounds=3)
    assert runs.claim("C1", DAY, "p2", T0 + LEASE, LEASE, max_rounds=3) is None  # not yet expired
    later = T0 + LEASE + timedelta(seconds=1)
    taken = runs.claim("C1", DAY, "p2", later, LEASE, max_rounds=3)
    assert taken.takeover and taken.run.owner == "p2" and taken.run.rounds == 2
    assert runs.claim("C1", DAY, "p3", later, LEASE, max_rounds=3) is None
    assert not runs.renew("C1", DAY, "p1", later, LEASE)  # the old owner can neither post...
    assert not runs.finish("C1", DAY, "p1", DONE, later, message_ts="1.0")  # ...nor record
    assert runs.renew("C1", DAY, "p2", later, LEASE)
    assert runs.finish("C1", DAY, "p2", DONE, later, message_ts="2.0")
    assert runs.get("C1", DAY).status == DONE and runs.get("C1", DAY).message_ts == "2.0"
    assert runs.claim("C1", DAY, "p3", later + 10 * LEASE, LEASE, max_rounds=3) is None  # done is done


def test_renew_refuses_an_expired_lease_even_to_its_owner(engine):
    runs = Runs(engine)
    runs.claim("C1", DAY, "p1", T0, LEASE, max_rounds=3)
    assert not runs.renew("C1", DAY, "p1", T0 + LEASE, LEASE)


def test_release_hands_the_run_on_until_rounds_run_out(engine):
    runs = Runs(engine)
    runs.claim("C1", DAY, "p1", T0, LEASE, max_rounds=2)
    assert runs.release("C1", DAY, "p1", T0, T0 + LEASE, "HTTP 503", max_rounds=2) == RUNNING
    assert runs.settled([("C1", DAY)], T0) == {("C1", DAY)}  # waiting for its retry time
    assert runs.settled([("C1", DAY)], T0 + 2 * LEASE) == set()  # free to retry
    runs.claim("C1", DAY, "p2", T0 + 2 * LEASE, LEASE, max_rounds=2)
    assert runs.release("C1", DAY, "p2", T0, T0 + LEASE, "HTTP 503", max_rounds=2) == FAILED
    assert runs.get("C1", DAY).status == FAILED and runs.get("C1", DAY).error == "HTTP 503"


def test_delivery_log_numbers_attempts_and_since_is_the_previous_briefing(engine):
    runs = Runs(engine)
    runs.claim("C1", DAY, "p1", T0, LEASE, max_rounds=3)
    assert runs.log("C1", DAY, "p1", "retry", T0, error="HTTP 503") == 1
    assert runs.log("C1", DAY, "p1", "posted", T0, message_ts="1.0") == 2
    runs.finish("C1", DAY, "p1", DONE, T0 + timedelta(seconds=3), message_ts="1.0")
    assert [(e.attempt, e.outcome) for e in runs.history("C1", DAY)] == [(1, "retry"), (2, "posted")]
    assert runs.last_briefing_at("C1", DAY) is None
    assert runs.last_briefing_at("C1", DAY + timedelta(days=1)) == T0 + timedelta(seconds=3)
    assert runs.latest(["C1", "C9"])["C1"].message_ts == "1.0"


def test_a_deployment_at_the_first_revision_upgrades_in_place(database_url):
    engine = make_engine(database_url)
    upgrade(engine, "0001")
    Subscriptions(engine).subscribe(team_id="T1", channel_id="C1", local_time="08:00", timezone="UTC",
                                    subscriber_id="U1", now=T0)
    upgrade(engine)
    assert current_revision(engine) == "0006"
    assert {"slack_events_seen", "slack_signatures_seen"} <= set(inspect(engine).get_table_names())
    assert Subscriptions(engine).get("C1") is not None  # nothing lost on the way

"""The briefing tables, the engine, and schema upgrades through Alembic.

One schema for SQLite (the default file) and PostgreSQL (`DATABASE_URL`,
`postgresql+psycopg://...`). Times are stored as naive UTC and handed back aware, so both
databases compare them the same way. The tables here document the current shape; the migrations
in `migrations/versions` are what create it, so a deployment upgrades in place.

Coordination between bot processes relies on two things only: the UNIQUE (channel_id,
local_date) key of `briefing_runs` (insert-or-fail) and single-statement conditional UPDATEs
(take over only an expired lease). Both are atomic on both databases without extra isolation.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.types import TypeDecorator

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_MIGRATION_LOCK = 0x6E6B626F74  # "nkbot": PostgreSQL advisory lock serialising concurrent upgrades


class UTCDateTime(TypeDecorator):
    """Aware UTC in Python, naive UTC in the database; a naive value is refused, never guessed."""
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the briefing store")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=UTC)


metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s"})

subscriptions = Table(
    "briefing_subscriptions", metadata,
    Column("id", Integer, primary_key=True),
    Column("team_id", String(32), nullable=False),
    Column("channel_id", String(32), nullable=False, unique=True),  # one briefing per channel
    Column("local_time", String(5), nullable=False),  # "HH:MM", wall time in `timezone`
    Column("timezone", String(64), nullable=False),  # IANA name
    Column("subscriber_id", String(32), nullable=False),  # who is told when delivery must pause
    Column("status", String(16), nullable=False),  # active | paused
    Column("paused_reason", Text),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

runs = Table(  # the claim: at most one row per channel and local date, held under a lease
    "briefing_runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("channel_id", String(32), nullable=False),
    Column("local_date", Date, nullable=False),
    Column("status", String(16), nullable=False),  # running | done | paused | failed
    Column("owner", String(128), nullable=False),
    Column("lease_expires", UTCDateTime, nullable=False),
    Column("rounds", Integer, nullable=False),  # 1 + takeovers
    Column("attempts", Integer, nullable=False),  # attempts logged so far, over all rounds
    Column("message_ts", String(32)),
    Column("error", Text),
    Column("claimed_at", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
    UniqueConstraint("channel_id", "local_date", name="uq_briefing_runs_channel_date"),
)

delivery_log = Table(
    "briefing_delivery_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("channel_id", String(32), nullable=False),
    Column("local_date", Date, nullable=False),
    Column("attempt", Integer, nullable=False),
    Column("owner", String(128), nullable=False),
    Column("outcome", String(32), nullable=False),
    Column("message_ts", String(32)),
    Column("error", Text),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_briefing_delivery_log_channel_date", "channel_id", "local_date"),
)

events_seen = Table(  # Slack event ids already answered by any replica: a retry is answered once
    "slack_events_seen", metadata,
    Column("event_id", String(64), primary_key=True),
    Column("seen_at", UTCDateTime, nullable=False),
    Index("ix_slack_events_seen_seen_at", "seen_at"),
)


signatures_seen = Table(  # Slack request signatures already accepted by any replica: a replay is refused
    "slack_signatures_seen", metadata,
    Column("signature", String(80), primary_key=True),
    Column("expires_at", UTCDateTime, nullable=False),
    Index("ix_slack_signatures_seen_expires_at", "expires_at"),
)


def make_engine(url: str, durable: bool = True) -> Engine:
    """An engine for `url`; SQLite gets the settings that make it safe for several processes.

    SQLite: WAL, a busy timeout, and BEGIN IMMEDIATE so a transaction takes the write lock up
    front instead of failing half-way with "database is locked" when two processes race.
    `durable=False` (the replicas' memory of requests already seen, written with every signed
    request): a commit does not wait for the disk (SQLite `synchronous=NORMAL`, PostgreSQL
    `synchronous_commit=off`); a crash may forget the last moments' keys, never corrupt anything.
    """
    if url.startswith(("postgres://", "postgresql://")):  # the usual DATABASE_URL: use psycopg 3
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":  # a server that does not answer fails a connect in 10 s, not never
        # the replicas' memory is asked with every request: no extra round trip to test the
        # connection first (a dropped one fails that group, which falls back on this process's memory)
        engine = create_engine(url, pool_pre_ping=durable, connect_args={"connect_timeout": 10})
        if not durable:
            event.listen(engine, "connect", _no_commit_wait)
        return engine
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA busy_timeout=30000")
        if not durable:
            dbapi_connection.execute("PRAGMA synchronous=NORMAL")

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _no_commit_wait(dbapi_connection, _record) -> None:  # noqa: ANN001
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    dbapi_connection.commit()


def serialize_migrations(connection) -> None:  # noqa: ANN001
    """Inside the migration transaction: make concurrent upgrades (three processes starting at
    once) wait for each other. SQLite's BEGIN IMMEDIATE already does; PostgreSQL needs a lock."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})


def alembic_config(engine: Engine):  # noqa: ANN201
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; safe to call at every start, from several processes."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


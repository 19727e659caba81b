"""Alembic environment for the briefing tables.

`nkbot db upgrade` (and every bot start) passes its engine in `config.attributes["engine"]`;
the bare `alembic` command (alembic.ini at the top level) falls back to the settings'
`database_url`. Migrations run in one transaction that concurrent upgraders wait on.
"""

from __future__ import annotations

from alembic import context

from bot.briefing.store import make_engine, metadata, serialize_migrations

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    from bot.settings import Settings

    engine = make_engine(config.get_main_option("sqlalchemy.url") or Settings().database_url)

if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run against a database")

with engine.connect() as connection, connection.begin():
    serialize_migrations(connection)
    context.configure(connection=connection, target_metadata=metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    context.run_migrations()

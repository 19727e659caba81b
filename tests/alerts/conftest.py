from tests.briefing.conftest import database_url, postgres_available  # noqa: F401 - fixtures, reused
from tests.ingest.conftest import bot, holder, ingestor, session, site, start_db_bot, store  # noqa: F401 - fixtures, reused

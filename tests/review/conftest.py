from tests.briefing.conftest import database_url, engine, postgres_available  # noqa: F401 - fixtures, reused
from tests.ingest.conftest import start_db_bot  # noqa: F401 - fixtures, reused

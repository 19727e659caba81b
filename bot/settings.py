"""The one configuration object, built at the entry point and passed down.

Read from the environment and `.env`. Secrets are `SecretStr`, so they never show in a repr, a
log line or an error. Tests build it with `Settings(_env_file=None, ...)` so a developer's `.env`
cannot leak in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"

    seeds_dir: Path = ROOT / "seeds"
    index_path: Path = ROOT / "var" / "index.sqlite"
    briefings_dir: Path = ROOT / "briefings"
    database_url: str = f"sqlite:///{ROOT / 'var' / 'nkbot.db'}"
    public_base_url: str = ""  # where HTTP mode is reachable, for /sources/<doc_id> links
    briefing_tick_seconds: float = 30.0  # how often each scheduler looks for due briefings
    briefing_lease_seconds: float = 120.0  # a crashed process's claim is taken over after this
    briefing_slack_timeout_seconds: float = 10.0  # per Slack call; keep well under the lease
    database_retry_seconds: float = 30.0  # while the database is down at start: retry at most this often
    briefing_scheduler: bool = True  # false: `nkbot serve` answers requests but posts no daily briefings
    # A slash-command answer ready within this many seconds rides in the acknowledgement itself
    # (Slack allows 3 s); a slower one follows via response_url. 0: always via response_url.
    answer_in_ack_seconds: float = 1.5
    answers_kept: int = 256  # slash-command answers kept for the index version in service (0: none)

    # The live corpus: documents added by `nkbot add`, `/nk-add` and feeds, shared through the database
    corpus_poll_seconds: float = 2.0  # how often each replica looks for documents another one added
    fetch_timeout_seconds: float = 15.0  # a page or feed that has not arrived whole by then is given up
    fetch_max_bytes: int = 5_000_000  # larger pages are refused ("too large")
    # Only public addresses are ever fetched; true lets pages on this machine (127.0.0.1, ::1) be added
    # too: tests and a laptop. Never in production, where it opens the bot's own ports to every member.
    fetch_allow_loopback: bool = False
    add_users: str = ""  # Slack user ids (comma-separated) who may /nk-add; empty: every member
    add_max_per_user: int = 10  # /nk-add: adds one member may start per window
    add_window_seconds: float = 600.0
    feeds: str = ""  # RSS/Atom URLs, comma-separated, polled for new articles
    feed_poll_seconds: float = 300.0
    feed_max_items: int = 50  # a feed's newest items read per poll; older ones are skipped (and logged)
    # Reading what was fetched (bot/ingest/pool.py): in worker processes apart from the requests, each
    # document bounded in time, pages and decompressed size; a worker that overruns is killed
    read_workers: int = 2  # documents read at once by this process
    read_queue: int = 8  # adds waiting for a worker beyond these are refused at once ("busy")
    read_timeout_seconds: float = 20.0  # a document not read by then is not added
    read_max_pages: int = 200  # a longer PDF is refused
    read_max_decoded_bytes: int = 20_000_000  # a PDF stream that decompresses beyond this is refused
    read_max_memory_bytes: int = 1_000_000_000  # a reading worker's address space; a document needing more is refused
    ready_max_lag_seconds: float = 1.0  # /readyz answers 503 while the event loop or its threads lag this much
    editors: str = ""  # Slack user ids (comma-separated) who may approve, reject, edit and merge claims
    alert_min_seconds: float = 300.0  # a channel gets at most one alert (/nk-watch) this often
    alert_tick_seconds: float = 5.0  # how often each process looks for alerts to post

    host: str = "0.0.0.0"
    port: int = 3000
    # Socket Mode opens no port for Slack; /healthz, /readyz and /metrics get a local one (0: any free port)
    ops_host: str = "127.0.0.1"
    ops_port: int = 3001
    log_level: str = "INFO"
    log_format: Literal["auto", "json", "text"] = "auto"  # auto: text on a terminal, JSON otherwise
    heartbeat_path: Path = ROOT / "var" / "heartbeat.json"  # Socket Mode health, for `nkbot health`
    heartbeat_seconds: float = 15.0  # `nkbot health` fails after 3 missed beats

    @property
    def feed_urls(self) -> list[str]:
        return list(dict.fromkeys(u.strip() for u in self.feeds.split(",") if u.strip()))

    @property
    def add_user_ids(self) -> frozenset[str]:
        return frozenset(u.strip() for u in self.add_users.split(",") if u.strip())

    @property
    def editor_ids(self) -> frozenset[str]:
        return frozenset(u.strip() for u in self.editors.split(",") if u.strip())

    @property
    def socket_mode_ready(self) -> bool:
        return bool(self.slack_bot_token and self.slack_app_token)

    @property
    def http_mode_ready(self) -> bool:
        return bool(self.slack_bot_token and self.slack_signing_secret)

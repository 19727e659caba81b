"""Where a document enters: fetched (`fetch.py`), read into text and metadata (`read.py`),
recognised when it is a copy of one already held (`fingerprint.py`), then extracted and stored
(`add.py`). Feeds (`feeds.py`, `poller.py`) are one more way in."""

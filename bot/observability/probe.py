"""`nkbot health --url`: probe an HTTP endpoint with the standard library.

The slim image has no curl or wget; the bot's own command line does the Docker HEALTHCHECK.
"""

from __future__ import annotations

import urllib.error
import urllib.request


def check_url(url: str, timeout: float = 5.0) -> tuple[bool, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - operator's URL
            return True, f"ok: {url} answered {response.status}"
    except urllib.error.HTTPError as exc:
        body = exc.read(500).decode("utf-8", "replace")
        return False, f"{url} answered {exc.code}: {body}"
    except (urllib.error.URLError, OSError) as exc:
        return False, f"{url} unreachable: {getattr(exc, 'reason', exc)}"

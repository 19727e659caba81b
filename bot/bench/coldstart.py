"""Cold start: from starting `nkbot serve --http` to its first answered slash command.

Measured with the seed corpus's index and with a synthetic index of a million claims written
as a real artifact (no document texts), so the figure includes interpreter start, imports,
opening the artifact and reading its lookups, and binding the port.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from bot.bench import server
from bot.bench.load import TimingSlack


async def measure(index_path: Path | None, label: str) -> dict[str, Any]:
    async with TimingSlack() as fake:
        srv = server.start("nkbot", fake.api_url, index_path)
        try:
            ready = await server.wait_ready(srv, fake.response_url("ready"))
        finally:
            srv.stop()
    size = index_path.stat().st_size if index_path and index_path.exists() else None
    return {"index": label, "ready_s": round(ready, 2),
            "artifact_mb": round(size / 1e6, 1) if size else None}


async def run(settings_index: Path, big_claims: int = 0) -> list[dict[str, Any]]:
    results = []
    if settings_index.exists():
        results.append(await measure(settings_index, "seed corpus"))
    if big_claims:
        from bot.bench.lookup import in_process, write_synthetic

        with tempfile.TemporaryDirectory(prefix="nkbot-bench-cold-") as tmp:
            path = Path(tmp) / "index.sqlite"
            written = in_process(write_synthetic, (big_claims, str(path)), 3600)
            row = await measure(path, f"{big_claims:,} synthetic claims")
            row["write_s"] = written["write_s"]
            results.append(row)
    return results

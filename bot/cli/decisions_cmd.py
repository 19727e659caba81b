"""`nkbot claims decide` and `nkbot claims decisions`: editors' decisions from a terminal, in the
same database (and with the same checks) as the Review queue in Slack."""

from __future__ import annotations

import argparse
import getpass
import sys

from bot.errors import UserError
from bot.index.curate import Decision
from bot.review.service import VERBS
from bot.settings import Settings

VERDICTS = ("approve", "reject")


def _review(settings: Settings):  # noqa: ANN202
    from bot.briefing.store import make_engine, upgrade
    from bot.review.service import ReviewService
    from bot.review.store import ReviewStore
    from bot.serve import load_runtime

    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
    except Exception as exc:  # noqa: BLE001 - any database failure is the same news to the person
        raise UserError(f"the database at {engine.url.render_as_string(hide_password=True)} cannot be used "
                        f"({type(exc).__name__}); nothing was recorded") from None
    runtime = load_runtime(settings, live=True)
    return ReviewService(ReviewStore(engine), runtime.holder)


def run_decide(args: argparse.Namespace, settings: Settings) -> int:
    if args.verdict not in VERDICTS:
        raise UserError("usage: nkbot claims decide CLAIM_ID approve|reject [--by NAME] [--note TEXT]")
    claim_id, verdict = args.claim_id, args.verdict
    service = _review(settings)
    recorded = service.decide(Decision(claim_id, verdict, note=args.note), args.by or _login())
    claim = service.holder.index.claim(claim_id)
    what = f" ({claim.speaker}: {' '.join(claim.text.split())[:80]})" if claim else ""
    print(f"{claim_id}{what} {VERBS[verdict]} by {recorded.author}; every running bot applies it within seconds")
    return 0


def run_decisions(args: argparse.Namespace, settings: Settings) -> int:
    from bot.review import yaml_io

    service = _review(settings)
    store = service.store
    if args.import_path:
        changed = yaml_io.differing(args.import_path, store.all_standing())
        for decision in changed:
            service.decide(decision, f"{args.import_path.name}")
        print(f"recorded {len(changed)} decision(s) from {args.import_path}")
        return 0
    if args.export:
        n = yaml_io.export(args.export, store.all_standing())
        print(f"wrote {n} decision(s) to {args.export}")
        return 0
    if getattr(args, "format", None) == "yaml":
        sys.stdout.write(yaml_io.render([r.decision for r in store.all_standing()]))
        return 0
    for r in store.history():
        d = r.decision
        extra = "".join(f" {k}={v}" for k, v in (("speaker", d.speaker), ("stance", d.stance),
                                                 ("tags", ",".join(d.tags)), ("duplicates", ",".join(d.duplicates)))
                        if v)
        note = f": {d.note}" if d.note else ""
        print(f"{r.decided_at:%Y-%m-%d %H:%M} UTC  {d.claim_id}  {d.action}{extra}  by {r.author}{note}")
    return 0


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"

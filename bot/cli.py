"""The `newsbot` command line: each subcommand wires the core to one entry point."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from bot.config import SettingsError, get_settings

log = logging.getLogger("newsbot")


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def cmd_ingest(args: argparse.Namespace) -> int:
    """Index files, folders and URLs; one line per failure, non-zero exit if any failed."""
    from bot.adapters.progress import IngestProgress
    from bot.bootstrap import bootstrap
    from bot.core.ingest import ingest_paths

    parts = bootstrap(seed=False)
    paths = [Path(p) for p in args.paths if not is_url(p)]
    urls = [u for u in args.paths if is_url(u)]
    with IngestProgress() as progress:
        results = ingest_paths(parts.engine, parts.settings, paths, on_result=progress.update)
        if urls:
            from bot.core.web_articles import ingest_url

            for url in urls:
                result = ingest_url(parts.engine, parts.settings, url)
                progress.update(result)
                results.append(result)
    failed = [r for r in results if r.outcome == "failed"]
    counts = {o: sum(r.outcome == o for r in results) for o in ("added", "updated", "unchanged", "failed")}
    print(", ".join(f"{n} {o}" for o, n in counts.items()), file=sys.stderr)
    return 1 if failed or not results else 0


def cmd_ask(args: argparse.Namespace) -> int:
    """The reply on stdout; a refused request (unknown command, bad argument) on stderr, exit code 1, so a script
    can tell an answer from an error."""
    from bot.adapters.console import ask_reply, render_text

    reply = ask_reply(" ".join(args.request))
    print(render_text(reply), file=sys.stderr if reply.is_error else sys.stdout)
    return 1 if reply.is_error else 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.adapters.console import chat

    chat()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from bot.bootstrap import bootstrap
    from bot.core.export import export

    json.dump(export(bootstrap().store), sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    from bot.adapters.digest_delivery import digest_command

    return digest_command(args.to or [], dry_run=args.dry_run)


def cmd_telegram(args: argparse.Namespace) -> int:
    from bot.adapters.telegram_bot import run

    run(webhook_url=args.webhook_url, listen=args.listen, port=args.port)
    return 0


def cmd_slack(args: argparse.Namespace) -> int:
    from bot.adapters.slack_app import run

    run(host=args.host, port=args.port)
    return 0


def cmd_feeds(args: argparse.Namespace) -> int:
    from bot.core.feeds import feeds_command

    return feeds_command(args.action, args.target, keywords=args.keywords)


def cmd_run(args: argparse.Namespace) -> int:
    from bot.adapters.runner import run_all

    return run_all()


def cmd_db(args: argparse.Namespace) -> int:
    from bot.migrations_runner import upgrade

    upgrade(get_settings().database_url)
    print("database is at the latest schema", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbot", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=func)
        return p

    add("ingest", cmd_ingest, "index article files, folders or URLs").add_argument("paths", nargs="+", metavar="PATH|URL")
    add("ask", cmd_ask, 'answer one request, e.g. newsbot ask "/trade 2025"').add_argument("request", nargs="+")
    add("chat", cmd_chat, "an interactive console")
    add("export", cmd_export, "print every article and fact as JSON")
    p = add("digest", cmd_digest, "print the digest, or post it now")
    p.add_argument("--to", action="append", metavar="CHANNEL", help="slack:C123 or telegram:456 (repeatable)")
    p.add_argument("--dry-run", action="store_true", help="print what would be posted, post nothing")
    p = add("telegram", cmd_telegram, "run the Telegram bot")
    p.add_argument("--webhook-url", help="receive updates by webhook at this public URL instead of polling")
    p.add_argument("--listen", default="0.0.0.0", help="webhook listen address")
    p.add_argument("--port", type=int, default=8443, help="webhook port")
    p = add("slack", cmd_slack, "run the Slack app")
    p.add_argument("--host", help="HTTP mode listen address (SLACK_APP_HOST)")
    p.add_argument("--port", type=int, help="HTTP mode port (SLACK_APP_PORT)")
    p = add("feeds", cmd_feeds, "manage RSS/Atom feeds")
    p.add_argument("action", choices=["add", "list", "remove", "poll"])
    p.add_argument("target", nargs="?", help="the feed URL (add, remove) or id (remove)")
    p.add_argument("--keywords", help="only index entries mentioning one of these comma-separated words")
    add("run", cmd_run, "run every configured adapter with the digest scheduler")
    add("db", cmd_db, "database schema").add_argument("action", choices=["upgrade"])
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        return int(args.func(args))
    except SettingsError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`newsbot export | head`): stop quietly, as Unix tools do, with stdout pointed at
        # /dev/null so that flushing it at exit raises nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141

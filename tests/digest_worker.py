"""A bot process for the digest tests: connect, wait for `go` on stdin, send the due Slack digests once.

Run by tests/digest_support.py; prints `ready`, then the JSON list of channels it posted to.
"""
from __future__ import annotations

import json
import sys
from datetime import datetime

from bot.adapters.slack_app import post_reply
from bot.bootstrap import bootstrap
from bot.config import Settings
from bot.core.digest import send_due_digests
from bot.reply import Reply


def main() -> None:
    options = json.loads(sys.argv[1])
    settings = Settings(_env_file=None, database_url=options["database_url"], auto_seed=False,  # type: ignore[call-arg]
                        slack_bot_token="xoxb-digest-worker", slack_api_url=options["api_url"])
    parts = bootstrap(settings, seed=False)

    def post(channel_id: str, reply: Reply) -> None:
        post_reply(settings, channel_id, reply)

    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        raise SystemExit("no go")
    sent = send_due_digests(parts, "slack", post, now=datetime.fromisoformat(options["now"]))
    print(json.dumps(sent), flush=True)


if __name__ == "__main__":
    main()

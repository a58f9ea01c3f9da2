"""Fixtures: the fake Slack Web API, and the app served over HTTP on 127.0.0.1 with a signed sender."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from bot.adapters.slack_app import build_app, make_http_server
from bot.bootstrap import Parts
from fake_slack_api import FakeSlackApi
from slack_requests import SlackSender, slack_settings


@pytest.fixture
def fake_slack() -> Iterator[FakeSlackApi]:
    with FakeSlackApi() as server:
        yield server


@pytest.fixture
def slack_parts(parts: Parts, fake_slack: FakeSlackApi) -> Parts:
    return slack_settings(parts, fake_slack)


@contextmanager
def served(parts: Parts, fake_slack: FakeSlackApi) -> Iterator[SlackSender]:
    """The app in HTTP mode on 127.0.0.1 (a free port), and a sender of signed requests to it."""
    server = make_http_server(build_app(parts), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    sender = SlackSender(f"http://127.0.0.1:{server.server_address[1]}/slack/events", fake_slack)
    try:
        yield sender
    finally:
        sender.http.close()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def slack(slack_parts: Parts, fake_slack: FakeSlackApi) -> Iterator[SlackSender]:
    """The app on the five seed articles."""
    with served(slack_parts, fake_slack) as sender:
        yield sender


@pytest.fixture
def bare_slack(empty_parts: Parts, fake_slack: FakeSlackApi) -> Iterator[SlackSender]:
    """The app on an empty index, for tests of the transport alone."""
    with served(slack_settings(empty_parts, fake_slack), fake_slack) as sender:
        yield sender

"""The Slack app: slash commands, mentions, DMs and Prev/Next buttons over the shared registry."""
from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from socketserver import ThreadingMixIn
from typing import Any
from urllib.error import URLError
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App, BoltResponse
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.error import BoltError
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler, RetryHandler
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from bot.adapters.slack_render import PAGE_ACTION_PREFIX, render_message
from bot.bootstrap import Parts, bootstrap
from bot.config import Settings, SettingsError, admin_ids, get_settings
from bot.registry import COMMANDS, dispatch, parse
from bot.reply import Reply, Request

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
DIGEST_INTERVAL_SECONDS = 60.0
APOLOGY = "Sorry, something went wrong while answering that. It has been logged."
MEMBER_COMMANDS = {"subscribe", "unsubscribe"}  # any channel member may manage the channel's digest
SHARE_WORD = "share"
SLASH_COMMAND = re.compile(rf"^/(?:newsbot[-_])?({'|'.join(COMMANDS)})$")
PAGE_ACTION = re.compile(rf"^{PAGE_ACTION_PREFIX}(prev|next)$")
USER_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def retry_handlers() -> list[RetryHandler]:
    """Wait out 429s (Retry-After), reconnect once or twice, retry a 500/503 once."""
    return [RateLimitErrorRetryHandler(max_retry_count=3), ConnectionErrorRetryHandler(max_retry_count=2),
            ServerErrorRetryHandler(max_retry_count=1)]


def check_token(settings: Settings) -> None:
    """One clear line for a missing or malformed bot token (enough for posting)."""
    if not settings.slack_bot_token:
        raise SettingsError("SLACK_BOT_TOKEN is not set: use the app's Bot User OAuth Token (xoxb-...)")
    if not settings.slack_bot_token.startswith("xoxb-"):
        raise SettingsError("SLACK_BOT_TOKEN must be the Bot User OAuth Token, which starts with xoxb-")


def check_settings(settings: Settings) -> None:
    """One clear line for a missing or malformed setting the app needs to receive requests."""
    check_token(settings)
    if settings.slack_app_token and not settings.slack_app_token.startswith("xapp-"):
        raise SettingsError("SLACK_APP_TOKEN must be an app-level token with connections:write (xapp-...)")
    if not settings.slack_app_token and not settings.slack_signing_secret:
        raise SettingsError("SLACK_SIGNING_SECRET is not set: copy it from the app's Basic Information page "
                            "(or set SLACK_APP_TOKEN to use Socket Mode)")


def web_client(settings: Settings) -> WebClient:
    """The Web API client: the bot token, SLACK_API_URL, and retries that respect rate limits."""
    return WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url,
                     retry_handlers=retry_handlers())


class Deliveries:
    """Event ids already received, so a delivery Slack retries is answered once."""

    def __init__(self, size: int = 2000) -> None:
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        with self._lock:
            if event_id in self._seen:
                return False
            self._seen[event_id] = None
            if len(self._seen) > self._size:
                self._seen.popitem(last=False)
            return True


def is_repeat(request: BoltRequest, deliveries: Deliveries) -> bool:
    """A retry of an event this app already has, or one Slack saw arrive but not acknowledged in time."""
    event_id = request.body.get("event_id") if isinstance(request.body, dict) else None
    if event_id and not deliveries.first_time(str(event_id)):
        return True
    retried = request.headers.get("x-slack-retry-num")
    return bool(retried) and request.headers.get("x-slack-retry-reason", [""])[0] == "http_timeout"


def split_share(text: str) -> tuple[str, bool]:
    """`2025 share` -> (`2025`, True): the word `share` posts the answer for the whole channel."""
    words = text.split()
    shared = any(word.lower() == SHARE_WORD for word in words)
    return " ".join(word for word in words if word.lower() != SHARE_WORD), shared


def context_for(text: str, settings: Settings, user_id: str | None, channel_id: str | None) -> dict[str, Any]:
    """Who asked and where; admin rights come from NEWSBOT_SLACK_ADMINS."""
    request = parse(text)
    command = request.command if isinstance(request, Request) else ""
    is_admin = (user_id or "") in admin_ids(settings, "slack") or command in MEMBER_COMMANDS
    return {"platform": "slack", "user_id": user_id, "channel": f"slack:{channel_id}" if channel_id else None,
            "is_admin": is_admin}


def answer(parts: Parts, text: str, user_id: str | None, channel_id: str | None) -> Reply:
    return dispatch(text, parts.store, **context_for(text, parts.settings, user_id, channel_id))


def send_to_response_url(url: str, message: dict[str, Any]) -> None:
    """Post to a response_url, waiting out a 429; a refused post is logged."""
    response = WebhookClient(url, retry_handlers=retry_handlers()).send_dict(message)
    if response.status_code != 200:
        log.warning("Slack refused a response_url post: %s %s", response.status_code, response.body)


def apologise(url: str | None) -> None:
    log.exception("Slack request failed")
    if url:
        try:
            send_to_response_url(url, {"response_type": "ephemeral", "text": APOLOGY})
        except (URLError, OSError):
            log.exception("could not send the apology")


def upload_chart(client: WebClient, channel_id: str, reply: Reply, thread_ts: str | None = None) -> str | None:
    """Post the reply's chart as a PNG; the Slack error code when Slack refuses it."""
    from bot.charts import render_png  # matplotlib loads only once a chart is asked for

    assert reply.chart is not None
    try:
        client.files_upload_v2(channel=channel_id, content=render_png(reply.chart), thread_ts=thread_ts,
                               filename=f"{reply.command or 'chart'}.png", title=reply.chart.title)
    except SlackApiError as exc:
        code = str(exc.response.get("error", "error"))
        log.warning("chart upload to %s failed: %s", channel_id, code)
        return code
    return None


def chart_refused(code: str) -> str:
    hint = " Invite the app to this channel first." if code in {"not_in_channel", "channel_not_found"} else ""
    return f"I could not post the chart here ({code}).{hint}"


def post_with_client(client: WebClient, channel_id: str, reply: Reply, thread_ts: str | None = None) -> str | None:
    """chat.postMessage of a rendered reply (raises on failure), then its chart; the chart's error code if refused."""
    client.chat_postMessage(channel=channel_id, thread_ts=thread_ts, unfurl_links=False,
                            **render_message(reply))
    if reply.chart is not None and not reply.is_error:
        return upload_chart(client, channel_id, reply, thread_ts)
    return None


def post_reply(settings: Settings, channel_id: str, reply: Reply) -> None:
    """Post a reply (the digest) to a channel; raises on failure so the digest run is released."""
    check_token(settings)
    post_with_client(web_client(settings), channel_id, reply)


def build_app(parts: Parts, client: WebClient | None = None) -> App:
    """The Bolt app with every listener; the same app serves HTTP and Socket Mode."""
    settings = parts.settings
    check_settings(settings)
    try:
        app = App(client=client or web_client(settings), signing_secret=settings.slack_signing_secret or "",
                  name="newsbot")
    except BoltError as exc:
        raise SettingsError(f"Slack rejected SLACK_BOT_TOKEN ({exc})") from None
    except (URLError, OSError) as exc:
        raise SettingsError(f"cannot reach the Slack Web API at {settings.slack_api_url} ({exc})") from None
    deliveries = Deliveries()

    @app.middleware
    def skip_retried_deliveries(request: BoltRequest, next: Callable[[], BoltResponse]) -> BoltResponse | None:
        """Acknowledge a retried delivery of an event already received, without running it again."""
        if is_repeat(request, deliveries):
            log.info("skipped a retried Slack delivery (%s)", request.headers.get("x-slack-retry-num"))
            return BoltResponse(status=200, body="")
        return next()

    @app.command(SLASH_COMMAND)
    def on_command(ack: Callable[..., None], command: dict[str, Any], client: WebClient) -> None:
        """Acknowledge at once, then answer through the response_url."""
        ack()
        url = command.get("response_url")
        try:
            name = SLASH_COMMAND.match(command["command"]).group(1)  # type: ignore[union-attr]
            text, shared = split_share(command.get("text", ""))
            reply = answer(parts, f"/{name} {text}", command.get("user_id"), command.get("channel_id"))
            message = render_message(reply)
            send_to_response_url(url, {"response_type": "in_channel" if shared else "ephemeral", **message})
            if reply.chart is not None and not reply.is_error:
                code = upload_chart(client, command["channel_id"], reply)
                if code:
                    send_to_response_url(url, {"response_type": "ephemeral", "replace_original": False,
                                               "text": chart_refused(code)})
        except Exception:  # noqa: BLE001 - the user gets an apology, the log the traceback
            apologise(url)

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], client: WebClient) -> None:
        """`@newsbot timeline 2025` in a channel: answer in the channel (or the thread)."""
        if str(event.get("channel", "")).startswith("D"):
            return  # direct messages are answered by on_message
        reply_in_conversation(parts, client, event)

    @app.event("message")
    def on_message(event: dict[str, Any], client: WebClient) -> None:
        """A direct message to the app is a command, with or without the slash."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        reply_in_conversation(parts, client, event)

    @app.action(PAGE_ACTION)
    def on_page(ack: Callable[..., None], action: dict[str, Any], body: dict[str, Any]) -> None:
        """Prev/Next: run the request for that page and put it in place of the message."""
        ack()
        url = body.get("response_url")
        try:
            channel_id = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
            reply = answer(parts, action["value"], (body.get("user") or {}).get("id"), channel_id)
            send_to_response_url(url, {"replace_original": True, **render_message(reply)})
        except Exception:  # noqa: BLE001
            apologise(url)

    return app


def reply_in_conversation(parts: Parts, client: WebClient, event: dict[str, Any]) -> None:
    """Answer a mention or a DM where it was written; a failure gets a short apology."""
    channel_id = event["channel"]
    text = USER_MENTION.sub(" ", event.get("text") or "").strip() or "/help"
    thread_ts = event.get("thread_ts")
    try:
        reply = answer(parts, text, event.get("user"), channel_id)
        code = post_with_client(client, channel_id, reply, thread_ts)
        if code:
            client.chat_postMessage(channel=channel_id, thread_ts=thread_ts, text=chart_refused(code))
    except Exception:  # noqa: BLE001
        log.exception("Slack %s failed", event.get("type"))
        try:
            client.chat_postMessage(channel=channel_id, thread_ts=thread_ts, text=APOLOGY)
        except (SlackApiError, URLError, OSError):
            log.exception("could not send the apology")


class DigestScheduler(threading.Thread):
    """Every minute, post the digests that are due to their Slack channels (exactly once per day)."""

    def __init__(self, parts: Parts, client: WebClient, interval: float = DIGEST_INTERVAL_SECONDS) -> None:
        super().__init__(name="slack-digest", daemon=True)
        self.parts, self.client, self.interval = parts, client, interval
        self.stopped = threading.Event()

    def post(self, channel_id: str, reply: Reply) -> None:
        post_with_client(self.client, channel_id, reply)  # a refused chart is logged: the digest is out

    def run_once(self, now: datetime | None = None) -> list[str]:
        from bot.core.digest import send_due_digests

        return send_due_digests(self.parts, "slack", self.post, now)

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                self.run_once()
            except Exception:  # noqa: BLE001 - a bad minute must not stop tomorrow's digest
                log.exception("Slack digest round failed")
            self.stopped.wait(self.interval)

    def stop(self) -> None:
        self.stopped.set()


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    """Request lines go to the debug log, not stderr."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        log.debug("%s " + format, self.address_string(), *args)


def make_http_server(app: App, host: str, port: int) -> WSGIServer:
    """Bolt's WSGI adapter on host:port (port 0: any free port), answering at /slack/events."""
    return make_server(host, port, SlackRequestHandler(app, EVENTS_PATH),
                       server_class=ThreadingWSGIServer, handler_class=QuietHandler)


def run(host: str | None = None, port: int | None = None) -> None:
    """`newsbot slack`: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on host:port; plus the digest."""
    settings = get_settings()
    check_settings(settings)
    parts = bootstrap(settings)
    app = build_app(parts)
    scheduler = DigestScheduler(parts, app.client)
    scheduler.start()
    try:
        if settings.slack_app_token:
            log.warning("Slack app connected over Socket Mode")
            SocketModeHandler(app, settings.slack_app_token).start()
        else:
            server = make_http_server(app, host or settings.slack_app_host, port or settings.slack_app_port)
            log.warning("Slack app listening on http://%s:%s%s", *server.server_address[:2], EVENTS_PATH)
            with server:
                server.serve_forever()
    finally:
        scheduler.stop()

"""The digest's content: the whole index first, then only what is new, contradictions and the standing picture."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.bootstrap import Parts
from bot.core.digest import MAX_ITEMS, build_digest, compose_digest, send_due_digests
from bot.core.ingest import ingest_raw
from bot.core.subscriptions import subscribe
from bot.reply import Reply, Section
from bot.store import Store
from digest_support import NEW_PUBLISHER, new_article

CHANNEL = "telegram:-1001234"
PICTURE = "Latest trade figure: USD 4.92 billion (Jan–Nov 2025), 49% of the USD 10 billion target for 2026"
TOMORROW_NOON = (datetime.now(timezone.utc) + timedelta(days=1)).replace(hour=12, minute=0)


def section(reply: Reply, prefix: str) -> Section:
    [found] = [s for s in reply.sections if (s.title or "").startswith(prefix)]
    return found


def texts(reply: Reply) -> str:
    return "\n".join(item.text for item in reply.items)


def send(parts: Parts, now: datetime = TOMORROW_NOON) -> list[tuple[str, Reply]]:
    posted: list[tuple[str, Reply]] = []
    send_due_digests(parts, "telegram", lambda chat, reply: posted.append((chat, reply)), now=now)
    return posted


def test_first_digest_covers_the_whole_index(parts: Parts) -> None:
    reply = compose_digest(parts.store, CHANNEL)
    assert reply.title == "Digest: everything indexed so far (5 articles)"
    assert len(section(reply, "New articles").items) == 5
    trade = texts(Reply("", (section(reply, "Trade figures"),)))
    assert "Total trade RM21.2 billion (Jan–Nov 2025)" in trade
    assert "Total trade RM24.15 billion (2024)" in trade
    assert "Trade target USD 10 billion by 2026" in trade
    agreements = texts(Reply("", (section(reply, "Agreements"),)))
    assert "in Ankara" in agreements and "7 Jan 2026" in agreements
    [picture] = section(reply, "Standing picture").items
    assert picture.text == PICTURE
    assert all(item.citations for item in reply.items), "every line cites its source"
    for counted in (part for part in reply.sections if (part.title or "").endswith(")")):
        name, _, total = (counted.title or "").rstrip(")").rpartition(" (")
        assert len(counted.items) == min(int(total), MAX_ITEMS), "long sections are cut, with a pointer to the rest"
        if int(total) > MAX_ITEMS:
            assert f"{name}: {int(total) - MAX_ITEMS} more with /" in " ".join(reply.notes)


def test_digest_after_a_new_article_shows_only_what_is_new(parts: Parts) -> None:
    subscribe(parts.engine, CHANNEL, "08:00", "Asia/Kuala_Lumpur")
    [(chat, first)] = send(parts)
    assert chat == "-1001234" and first.title.startswith("Digest: everything")
    article = new_article()
    assert ingest_raw(parts.engine, parts.settings, article.raw).outcome == "added"

    reply = compose_digest(parts.store, CHANNEL)
    assert reply.title.startswith("Digest: new since ") and "(Asia/Kuala_Lumpur)" in reply.title
    [new] = section(reply, "New articles").items
    assert new.text == article.raw.title
    assert new.detail and new.detail.startswith("Malaysia's trade with Türkiye from January to November 2025")
    assert [c.publisher for c in new.citations] == [NEW_PUBLISHER]

    [clash] = section(reply, "Contradicted by a newer source").items
    assert clash.text.startswith("Total trade (Jan–Nov 2025): sources disagree: RM21.9 billion (KL Business Times")
    assert "vs RM21.2 billion (" in clash.text

    trade = texts(Reply("", (section(reply, "New or changed trade figures"),)))
    assert "Total trade RM21.9 billion (Jan–Nov 2025)" in trade
    assert "RM24.15 billion" not in texts(reply), "old figures are not news"
    agreements = texts(Reply("", (section(reply, "New or changed agreements"),)))
    assert "in Putrajaya" in agreements and "Ankara" not in agreements
    events = texts(Reply("", (section(reply, "New or changed events"),)))
    assert "Kuala Lumpur" in events

    latest, upcoming = section(reply, "Standing picture").items
    assert latest.text == PICTURE
    assert NEW_PUBLISHER in {c.publisher for c in latest.citations}, "the new report of the target is cited too"
    meeting = article.meeting
    assert upcoming.text.startswith(f"Next: {meeting.day} {meeting:%b %Y}, Kuala Lumpur: The Malaysia-Türkiye Joint")
    assert upcoming.citations[0].publisher == NEW_PUBLISHER


def test_nothing_new_is_one_line(parts: Parts) -> None:
    subscribe(parts.engine, CHANNEL, "08:00", "UTC")
    send(parts)
    reply = compose_digest(parts.store, CHANNEL)
    assert reply.title.startswith("Nothing new since the last digest (")
    assert reply.sections == () and reply.notes == ()
    [(_chat, posted)] = send(parts, TOMORROW_NOON + timedelta(days=1))
    assert posted.title.startswith("Nothing new since the last digest")


def test_nothing_new_posts_nothing_when_empty_digests_are_skipped(parts: Parts) -> None:
    settings = parts.settings.model_copy(update={"digest_skip_empty": True})
    skipping = Parts(settings, parts.engine, Store(parts.engine, settings))
    subscribe(parts.engine, CHANNEL, "08:00", "UTC")
    assert len(send(skipping)) == 1, "the first digest has the whole index"
    assert send(skipping, TOMORROW_NOON + timedelta(days=1)) == []
    ingest_raw(parts.engine, parts.settings, new_article().raw)
    [(_chat, posted)] = send(skipping, TOMORROW_NOON + timedelta(days=2))
    assert len(section(posted, "New articles").items) == 1, "a skipped day does not swallow what came after"


def test_empty_index(empty_parts: Parts) -> None:
    assert compose_digest(empty_parts.store, CHANNEL).title == "Nothing is indexed yet."


def test_digest_preview_does_not_count_as_sent(parts: Parts) -> None:
    subscribe(parts.engine, CHANNEL, "08:00", "UTC")
    compose_digest(parts.store, CHANNEL)
    [(_chat, posted)] = send(parts)
    assert posted.title.startswith("Digest: everything")


def test_an_article_arriving_while_a_digest_is_built_waits_for_the_next(parts: Parts) -> None:
    before = datetime.now(timezone.utc)
    ingest_raw(parts.engine, parts.settings, new_article().raw)
    digest = build_digest(parts.store, CHANNEL, until=before)
    assert new_article().raw.title not in [item.text for item in digest.reply.items]

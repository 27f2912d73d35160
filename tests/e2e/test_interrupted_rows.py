"""An update whose handler was running each time the bot stopped is not retried forever
(issue 12): after MAX_INTERRUPTED_STARTS starts the officer gets the apology, and the rows
behind it are answered as usual."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.runtime import MAX_INTERRUPTED_STARTS
from bot.storage.db import Database
from bot.storage.models import InboxUpdate
from tests.e2e.harness import Harness


async def test_a_row_interrupted_at_every_start_is_given_up_with_an_apology(
    harness: Harness,
) -> None:
    assert harness.app is not None
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    await officer.say("/lich")
    await officer.expect("lịch")
    async with harness.app.db.session() as session:
        done = await session.scalar(select(InboxUpdate).order_by(InboxUpdate.id.desc()).limit(1))
        assert done is not None and done.status == "done"
        template = {c: getattr(done, c) for c in ("channel", "bot_key", "sender_key", "payload")}
    await harness.stop_app()

    # The head of the officer's queue was being handled when the bot stopped, at every start
    # but this one; the message behind it never started.
    db = Database(harness.db_url)
    async with db.session() as session:
        session.add(
            InboxUpdate(
                **template,
                update_key="stuck",
                status="pending",
                error=f"interrupted at start:{MAX_INTERRUPTED_STARTS - 1}",
            )
        )
        session.add(InboxUpdate(**template, update_key="next", status="pending"))
    await db.dispose()
    app = await harness.start_app()
    await officer.expect("Xin lỗi, hệ thống gặp sự cố")
    await officer.expect("lịch")  # the message behind it is answered as usual
    await app.runtime.idle()
    async with app.db.session() as session:
        rows = {
            r.update_key: r
            for r in await session.scalars(
                select(InboxUpdate).where(InboxUpdate.update_key.in_(["stuck", "next"]))
            )
        }
    assert rows["stuck"].status == "failed" and "interrupted" in (rows["stuck"].error or "")
    assert rows["next"].status == "done" and rows["next"].error is None


async def test_a_row_interrupted_once_is_still_handled(harness: Harness) -> None:
    assert harness.app is not None
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    await officer.say("/lich")
    await officer.expect("lịch")
    async with harness.app.db.session() as session:
        done = await session.scalar(select(InboxUpdate).order_by(InboxUpdate.id.desc()).limit(1))
        assert done is not None
        template = {c: getattr(done, c) for c in ("channel", "bot_key", "sender_key", "payload")}
    await harness.stop_app()
    db = Database(harness.db_url)
    async with db.session() as session:
        session.add(InboxUpdate(**template, update_key="again", status="pending"))
    await db.dispose()
    await harness.start_app()
    await officer.expect("lịch")

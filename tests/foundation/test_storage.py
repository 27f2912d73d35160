"""Storage behaviour on SQLite and on a real PostgreSQL server, with the same code."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, inspect, select

from bot.accounts import (
    AccountError,
    RedeemOutcome,
    create_invite,
    import_units_csv,
    redeem,
    subtree_units,
    unit_by_code,
)
from bot.channels.registry import ChannelRegistry
from bot.core.clock import FakeClock
from bot.core.messages import Choice, Reply
from bot.outbox.limiter import RateLimiter
from bot.outbox.outbox import Outbox
from bot.outbox.worker import OutboxWorker
from bot.storage.db import Database, insert_ignore
from bot.storage.media import LocalMediaStore
from bot.storage.models import (
    ChannelAccount,
    InboxUpdate,
    OutboxMessage,
    Priority,
    Role,
    UnitKind,
)

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
UNITS_CSV = """code,name,kind,parent_code
THON-1,Thôn Bản Mé,thôn,XA-CHIENG
XA-CHIENG,Xã Chiềng Mung,xã,TINH-SL
TINH-SL,Tỉnh Sơn La,tỉnh,
TRUONG-1,Trường Tiểu học Chiềng Mung,truong,XA-CHIENG
XA-KHAC,Xã Mường Bằng,xa,TINH-SL
"""


async def test_migrations_create_every_table(db: Database) -> None:
    async with db.engine.connect() as conn:
        tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert {"units", "users", "channel_accounts", "invites", "inbox", "outbox"} <= tables


async def test_unit_tree_import_orders_parents_and_builds_subtrees(db: Database) -> None:
    async with db.session() as session:
        result = await import_units_csv(session, UNITS_CSV)
        assert (result.created, result.updated) == (5, 0)
    async with db.session() as session:
        commune = await unit_by_code(session, "XA-CHIENG")
        assert commune is not None and commune.kind == UnitKind.XA
        names = [u.code for u in await subtree_units(session, commune)]
        assert names[0] == "XA-CHIENG"
        assert sorted(names[1:]) == ["THON-1", "TRUONG-1"]
        other = await unit_by_code(session, "XA-KHAC")
        assert other is not None and not commune.contains(other)
    # Re-running the import updates instead of duplicating.
    async with db.session() as session:
        again = await import_units_csv(session, UNITS_CSV.replace("Thôn Bản Mé", "Thôn Bản Mé 2"))
        assert (again.created, again.updated) == (0, 5)


async def test_unit_import_reports_a_missing_parent(db: Database) -> None:
    async with db.session() as session:
        with pytest.raises(AccountError, match="XA-MAT"):
            await import_units_csv(session, "code,name,kind,parent_code\nT1,Thôn,thon,XA-MAT\n")


async def test_invite_is_one_time_and_expires(db: Database) -> None:
    async with db.session() as session:
        await import_units_csv(session, UNITS_CSV)
        unit = await unit_by_code(session, "THON-1")
        invite = await create_invite(
            session, unit=unit, role=Role.OFFICER, now=NOW, ttl=timedelta(days=7)
        )
        old = await create_invite(
            session,
            unit=unit,
            role=Role.OFFICER,
            now=NOW - timedelta(days=8),
            ttl=timedelta(days=7),
        )
        first = ChannelAccount(channel="telegram", bot_key="1", external_id="501", chat_id="501")
        second = ChannelAccount(channel="telegram", bot_key="1", external_id="502", chat_id="502")
        session.add_all([first, second])
        await session.flush()
        # Typed in lower case with a space instead of the dash: still accepted.
        typed = f"{invite.code[:4].lower()} {invite.code[4:].lower()}"
        result = await redeem(session, typed=typed, account=first, now=NOW, full_name="Lò Văn An")
        assert result.outcome is RedeemOutcome.JOINED
        assert result.user.role == Role.OFFICER and result.unit.code == "THON-1"
        with pytest.raises(AccountError, match="đã được sử dụng"):
            await redeem(session, typed=invite.code, account=second, now=NOW, full_name="B")
        with pytest.raises(AccountError, match="hết hạn"):
            await redeem(session, typed=old.code, account=second, now=NOW, full_name="B")
        mistyped = invite.code[:-1] + ("A" if invite.code[-1] != "A" else "B")
        with pytest.raises(AccountError, match="Mã không đúng"):
            await redeem(session, typed=mistyped, account=second, now=NOW, full_name="B")


async def test_inbox_keeps_one_row_per_update(db: Database) -> None:
    values = {
        "channel": "telegram",
        "bot_key": "1",
        "update_key": "77",
        "sender_key": "telegram:1:9",
        "payload": {"text": "xin chào"},
        "status": "pending",
        "received_at": NOW,
    }
    async with db.session() as session:
        assert (
            await insert_ignore(session, InboxUpdate, values, ["channel", "bot_key", "update_key"])
            == 1
        )
    async with db.session() as session:
        assert (
            await insert_ignore(session, InboxUpdate, values, ["channel", "bot_key", "update_key"])
            == 0
        )
        assert await session.scalar(select(func.count()).select_from(InboxUpdate)) == 1


async def _account(db: Database, external: str) -> ChannelAccount:
    async with db.session() as session:
        account = ChannelAccount(
            channel="telegram", bot_key="1", external_id=external, chat_id=external
        )
        session.add(account)
    return account


async def test_outbox_dedupe_coalesce_and_claim_order(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(NOW)
    outbox = Outbox(ChannelRegistry(), LocalMediaStore(tmp_path / "media"), clock)
    alice, bob = await _account(db, "11"), await _account(db, "12")
    long_text = "\n".join(f"Dòng thứ {i} của một câu trả lời rất dài." for i in range(200))
    async with db.session() as session:
        # A bulk reminder queued twice with one key is queued once.
        for _ in range(2):
            await outbox.deliver(
                session, bob, Reply("Nhắc hạn"), priority=Priority.BULK, dedupe_key="r:1:12:7d"
            )
        # A long reply to Alice becomes several messages, in order.
        parts = await outbox.deliver(session, alice, Reply(long_text, [Choice("Có", "yes")]))
        assert parts > 1
        # Two acknowledgements with one coalesce key: only the last remains.
        await outbox.deliver(session, bob, Reply("Đã nhận 1 ảnh"), coalesce_key="album:x")
        await outbox.deliver(session, bob, Reply("Đã nhận 2 ảnh"), coalesce_key="album:x")
    async with db.session() as session:
        texts = (await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
        bob_texts = [m.payload["text"] for m in texts if m.chat_id == "12"]
        assert bob_texts == ["Nhắc hạn", "Đã nhận 2 ảnh"]

    worker = OutboxWorker(
        db, ChannelRegistry(), LocalMediaStore(tmp_path / "media"), clock, RateLimiter(30, 1, 3)
    )
    first = await worker.claim(10)
    # One row per chat at a time, people chatting (priority 0) before bulk reminders.
    assert [(r.chat_id, r.priority) for r in first] == [("11", 0), ("12", 10)]
    assert first[0].payload["text"].startswith("Dòng thứ 0")
    assert await worker.claim(10) == []  # the next parts wait until these are sent
    await worker._finish(first[0], "sent", None, "m1")  # type: ignore[arg-type]
    second = await worker.claim(10)
    assert [r.chat_id for r in second] == ["11"]
    assert second[0].payload["text"].startswith("Dòng thứ")
    assert second[0].id > first[0].id
    # A crashed sender's rows go back to pending and are claimed again.
    assert await worker.recover() == 2
    assert {r.chat_id for r in await worker.claim(10)} == {"11", "12"}


def test_migrations_form_one_chain() -> None:
    from alembic.script import ScriptDirectory

    from bot.storage.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1
    assert [r.revision for r in script.walk_revisions()][-1] == "0001_foundation"


async def test_migrated_schema_matches_the_models(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from bot.storage.models import Base

    def diff(connection: object) -> list[object]:
        context = MigrationContext.configure(connection)  # type: ignore[arg-type]
        return compare_metadata(context, Base.metadata)

    async with db.engine.connect() as conn:
        changes = await conn.run_sync(diff)
    assert changes == []

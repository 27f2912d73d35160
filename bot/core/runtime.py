"""The conversation runtime: a durable inbox, one sender at a time, state in the database.

Every update is written to the ``inbox`` table before the channel is acknowledged; the unique
(channel, bot, update key) drops duplicate deliveries. Each sender's updates are then processed
strictly in arrival order, one at a time, each in a single transaction that also holds the
handler's writes, the conversation state and the queued replies. So a crash loses nothing (the
row is still pending at the next start) and nothing is done twice (the row is marked done in the
same commit as its effects). A handler that raises is rolled back, the user gets an apology, and
everyone else is served as before.
"""

from __future__ import annotations

import asyncio
import logging
import re

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.context import Context
from bot.core.messages import Choice, Incoming, Reply
from bot.core.router import Route, Router
from bot.core.services import Services
from bot.core.text import fold, words_match
from bot.storage.db import insert_ignore, insert_ignore_many
from bot.storage.group_commit import GroupCommit
from bot.storage.models import ChannelAccount, Conversation, InboxUpdate, Unit, User

log = logging.getLogger(__name__)

#: "2", "2.", "so 2", "số 2": a numbered answer on channels without buttons.
_NUMBERED = re.compile(r"^\s*(?:so\s*)?(\d{1,2})\s*[.)]?\s*$")
#: A handler that takes longer than this is abandoned so the user's queue keeps moving.
HANDLER_TIMEOUT_S = 120.0
#: A row found at the head of its sender's queue at this many starts (its handler was running
#: each time the process died or was stopped) is not tried again: the user gets the apology,
#: and a file that kills the bot cannot do it at every restart.
MAX_INTERRUPTED_STARTS = 3
#: Updates handled at once (different senders; one sender's stay in order). Each handler holds
#: a pooled database connection for its whole transaction: with one per waiting sender, a burst
#: of officers took every connection and the webhook's inbox insert and the outbox sender queued
#: behind them for seconds (issue 16). The rest of the pool stays free for those short writes.
MAX_CONCURRENT_HANDLERS = 6
_INTERRUPTED = "interrupted at start:"
#: Updates stored by one inbox commit at most.
INBOX_BATCH = 100


class Runtime:
    def __init__(self, services: Services, router: Router) -> None:
        self.services = services
        self.router = router
        self._drainers: dict[str, asyncio.Task[None]] = {}
        self._dirty: set[str] = set()
        self._closing = False
        self._sweeper: asyncio.Task[None] | None = None
        self._idle = asyncio.Event()
        self._idle.set()
        self._handler_slots = asyncio.Semaphore(MAX_CONCURRENT_HANDLERS)
        #: Updates received, stored together by the next inbox commit (:meth:`receive`); the
        #: store is looked up at each write, so a test may stand in for it.
        self._arrivals: GroupCommit[Incoming, bool] = GroupCommit(
            lambda batch: self._store(batch), INBOX_BATCH
        )

    @property
    def db(self):  # type: ignore[no-untyped-def]
        return self.services.db

    # Intake -------------------------------------------------------------------------------
    async def receive(self, incoming: Incoming) -> bool:
        """Store ``incoming``; return False if it was already received. Processing follows.

        Returns once the row is committed. Updates that arrive while an earlier insert is being
        committed are inserted together by the next commit (a group commit: no wait added when
        calm): one insert and commit per update took the SQLite write gate 50 times a second
        at 50 updates a second, against the handlers' commits (issue 16).
        """
        inserted = await self._arrivals.submit(incoming)
        if not inserted:
            log.info("duplicate update %s/%s ignored", incoming.channel, incoming.update_key)
            return False
        self._kick(incoming.sender_key)
        return True

    async def _store(self, batch: list[Incoming]) -> list[bool]:
        """Insert the updates in one transaction; for each, whether it was new."""
        now = self.services.clock.now()
        rows = [
            {
                "channel": incoming.channel,
                "bot_key": incoming.bot_key,
                "update_key": incoming.update_key,
                "sender_key": incoming.sender_key,
                "payload": incoming.to_json(),
                "status": "pending",
                "received_at": now,
            }
            for incoming in batch
        ]
        key = ["channel", "bot_key", "update_key"]
        async with self.db.session() as session:
            if len(rows) == 1:  # the calm case: the plain statement
                return [bool(await insert_ignore(session, InboxUpdate, rows[0], key))]
            new = await insert_ignore_many(session, InboxUpdate, rows, key)
        result = []
        for incoming in batch:  # the same update twice in one batch: the first is new
            ident = (incoming.channel, incoming.bot_key, incoming.update_key)
            result.append(ident in new)
            new.discard(ident)
        return result

    async def start(self) -> None:
        """Resume whatever was received but not processed before the last stop."""
        self._closing = False
        await self._count_interruptions()
        await self._resume_pending()
        self._sweeper = asyncio.create_task(self._sweep_forever())

    async def stop(self) -> None:
        self._closing = True
        if self._sweeper:
            self._sweeper.cancel()
        tasks = list(self._drainers.values())
        if tasks:
            await asyncio.wait(tasks, timeout=10)
        for task in tasks:
            task.cancel()

    async def idle(self) -> None:
        """Wait until every received update has been processed (for tests and benchmarks)."""
        await self._idle.wait()

    async def _count_interruptions(self) -> None:
        """Mark the first pending row of each sender (the one that may have been running when
        the last process stopped); fail those marked too often. Start-up only: one query."""
        given_up: list[tuple[int, int]] = []
        async with self.db.session() as session:
            heads = (
                await session.scalars(
                    select(func.min(InboxUpdate.id))
                    .where(InboxUpdate.status == "pending")
                    .group_by(InboxUpdate.sender_key)
                )
            ).all()
            if not heads:
                return
            query = select(InboxUpdate).where(
                InboxUpdate.id.in_(heads), InboxUpdate.status == "pending"
            )
            if self.db.is_postgres:  # rows another live process is handling are not ours
                query = query.with_for_update(skip_locked=True)
            for row in (await session.scalars(query)).all():
                count = _interruptions(row.error) + 1
                row.error = f"{_INTERRUPTED}{count}"
                if count >= MAX_INTERRUPTED_STARTS:
                    given_up.append((row.id, count))
        for row_id, count in given_up:
            log.error("inbox row %s was interrupted %d times: given up", row_id, count)
            await self._record_failure(
                row_id, None, RuntimeError(f"interrupted at {count} starts; not retried")
            )

    async def _resume_pending(self) -> None:
        async with self.db.session() as session:
            senders = (
                await session.scalars(
                    select(InboxUpdate.sender_key)
                    .where(InboxUpdate.status == "pending")
                    .group_by(InboxUpdate.sender_key)
                )
            ).all()
        for sender in senders:
            self._kick(sender)

    async def _sweep_forever(self) -> None:
        # Safety net for updates left pending by a transient database failure.
        while not self._closing:
            await asyncio.sleep(30)
            try:
                await self._resume_pending()
            except Exception:
                log.exception("inbox sweep failed")

    def _kick(self, sender: str) -> None:
        if self._closing:
            return
        self._dirty.add(sender)
        self._idle.clear()
        if sender not in self._drainers:
            self._drainers[sender] = asyncio.create_task(self._drain(sender))

    async def _drain(self, sender: str) -> None:
        try:
            while sender in self._dirty and not self._closing:
                self._dirty.discard(sender)
                while not self._closing:
                    async with self._handler_slots:
                        found = await self._process_next(sender)
                    if found is None:
                        return  # the database is failing: the sweeper retries later
                    if found <= 1 and sender not in self._dirty:
                        # None left, or it was the last one and none came since (receive()
                        # kicks): no second look needed (one query less per update, issue 16).
                        break
        except Exception:
            log.exception("inbox drain for %s failed", sender)
        finally:
            self._drainers.pop(sender, None)
            if sender in self._dirty and not self._closing:
                self._kick(sender)
            elif not self._drainers:
                self._idle.set()

    # Processing ---------------------------------------------------------------------------
    async def _process_next(self, sender: str) -> int | None:
        """Handle ``sender``'s oldest pending row; how many pending rows the look-up saw (0, 1,
        or 2: more follow), None if even recording a failure failed.

        The look-up is the handler's own transaction (one transaction and one query less per
        update than looking up, then loading the row: issue 16); a row already handled
        elsewhere (PostgreSQL, another replica) is skipped after its lock.
        """
        incoming: Incoming | None = None
        row_id: int | None = None
        found = 0
        try:
            async with self.db.session() as session:
                rows = (
                    await session.scalars(
                        select(InboxUpdate)
                        .where(InboxUpdate.sender_key == sender, InboxUpdate.status == "pending")
                        .order_by(InboxUpdate.id)
                        .limit(2)
                    )
                ).all()
                found = len(rows)
                if not rows:
                    return 0
                row = rows[0]
                row_id = row.id
                if self.db.is_postgres:  # another replica may be handling it: wait, re-read
                    await self.db.lock_key(session, "inbox:" + row.sender_key)
                    await session.refresh(row, with_for_update=True)
                if row.status != "pending":
                    return found
                incoming = Incoming.from_json(row.payload)
                async with asyncio.timeout(HANDLER_TIMEOUT_S):
                    await self._dispatch(session, incoming)
                row.status = "done"
                row.error = None
                row.processed_at = self.services.clock.now()
            return found
        except Exception as error:
            if row_id is None:
                log.exception("inbox look-up for %s failed", sender)
                return None
            log.exception("handler failed for inbox row %s", row_id)
            return found if await self._record_failure(row_id, incoming, error) else None

    async def _record_failure(
        self, row_id: int, incoming: Incoming | None, error: BaseException
    ) -> bool:
        try:
            async with self.db.session() as session:
                row = await session.get(InboxUpdate, row_id)
                if row is None or row.status != "pending":
                    return True
                row.status = "failed"
                row.error = f"{type(error).__name__}: {error}"[:2000]
                row.processed_at = self.services.clock.now()
                incoming = incoming or Incoming.from_json(row.payload)
                account = await self._account(session, incoming)
                await self.services.outbox.deliver(
                    session, account, Reply(text=self.services.messages.render("core.error"))
                )
            return True
        except Exception:
            log.exception("could not record the failure of inbox row %s", row_id)
            return False

    async def _account(self, session: AsyncSession, incoming: Incoming) -> ChannelAccount:
        where = (
            ChannelAccount.channel == incoming.channel,
            ChannelAccount.bot_key == incoming.bot_key,
            ChannelAccount.external_id == incoming.user_id,
        )
        account = await session.scalar(select(ChannelAccount).where(*where))
        if account is None:
            await insert_ignore(
                session,
                ChannelAccount,
                {
                    "channel": incoming.channel,
                    "bot_key": incoming.bot_key,
                    "external_id": incoming.user_id,
                    "chat_id": incoming.chat_id,
                    "display_name": incoming.display_name,
                    "reachable": True,
                    "receives_reminders": False,
                    "created_at": self.services.clock.now(),
                },
                ["channel", "bot_key", "external_id"],
            )
            account = await session.scalar(select(ChannelAccount).where(*where))
            assert account is not None
        return account

    async def _who(
        self, session: AsyncSession, incoming: Incoming
    ) -> tuple[ChannelAccount, Conversation | None, User | None, Unit | None]:
        """The sender's account, conversation, user and unit in one query (four before)."""
        query = (
            select(ChannelAccount, Conversation, User, Unit)
            .outerjoin(Conversation, Conversation.account_id == ChannelAccount.id)
            .outerjoin(User, User.id == ChannelAccount.user_id)
            .outerjoin(Unit, Unit.id == User.unit_id)
            .where(
                ChannelAccount.channel == incoming.channel,
                ChannelAccount.bot_key == incoming.bot_key,
                ChannelAccount.external_id == incoming.user_id,
            )
        )
        found = (await session.execute(query)).first()
        if found is None:  # a first message: the account is created, then read like the rest
            await self._account(session, incoming)
            found = (await session.execute(query)).first()
            assert found is not None
        account, conversation, user, unit = found
        return account, conversation, user, unit

    async def _dispatch(self, session: AsyncSession, incoming: Incoming) -> None:
        account, conversation, user, unit = await self._who(session, incoming)
        new_conversation = conversation is None
        if conversation is None:
            # Added to the session only after the handler: added now, the next query's
            # autoflush would write it at once, and on SQLite the transaction would hold the
            # write lock (the write gate) for the whole handler instead of its last moments.
            conversation = Conversation(account_id=account.id, data={}, choices=[])
        if user is not None and not user.active:
            user = unit = None
        channel = self.services.channels.get(incoming.channel, incoming.bot_key)

        incoming, stale = await self._resolve_choice(session, incoming, conversation)
        ctx = Context(
            services=self.services,
            session=session,
            incoming=incoming,
            account=account,
            conversation=conversation,
            channel=channel,
            user=user,
            unit=unit,
        )
        if stale:
            await ctx.reply(ctx.t("core.stale_choice"))
        else:
            await self._route(ctx)
        if ctx.replies_sent == 0:
            # Never silence: whatever happened, the user hears something.
            await ctx.reply(ctx.t("core.not_understood"))

        if new_conversation:
            session.add(conversation)
        conversation.flow = ctx.state.flow
        conversation.step = ctx.state.step
        conversation.data = dict(ctx.state.data)
        if ctx.offered is not None:
            conversation.choices = [[c.label, c.payload] for c in ctx.offered]
        else:
            conversation.choices = []
        account.last_seen_at = self.services.clock.now()
        account.chat_id = incoming.chat_id
        account.reachable = True
        if incoming.display_name:
            account.display_name = incoming.display_name

    async def _resolve_choice(
        self, session: AsyncSession, incoming: Incoming, conversation: Conversation
    ) -> tuple[Incoming, bool]:
        """Turn a shortened token, a typed number or a choice's words into its payload."""
        if incoming.choice is not None:
            payload = await self.services.outbox.resolve_token(session, incoming.choice)
            if payload is None:
                return incoming.with_choice(None), True
            return incoming.with_choice(payload), False
        offered = [Choice(label, payload) for label, payload in (conversation.choices or [])]
        if not incoming.text or incoming.is_command:
            return incoming, False
        caps = self.services.channels.caps(incoming.channel, incoming.bot_key)
        numbered = _NUMBERED.match(fold(incoming.text))
        if numbered and offered and not caps.buttons:
            index = int(numbered.group(1)) - 1
            if 0 <= index < len(offered):
                return incoming.with_choice(offered[index].payload), False
        for choice in [*offered, *self.router.shortcuts]:
            if words_match(incoming.text, choice.label):
                return incoming.with_choice(choice.payload), False
        if conversation.flow is None:  # inside a form, the words are the answer
            for matches, payload in self.router.intents:
                if matches(incoming.text):
                    return incoming.with_choice(payload), False
        return incoming, False

    def _commands_for(self, ctx: Context) -> list[str]:
        """The commands this user may use, one name per command (aliases left out)."""
        seen: set[int] = set()
        names = []
        for name, route in self.router.commands.items():
            allowed = route.roles is None or ctx.role in route.roles
            if route.description and allowed and id(route) not in seen:
                seen.add(id(route))
                names.append(name)
        return names

    async def _route(self, ctx: Context) -> None:
        router = self.router
        incoming = ctx.incoming
        route: Route | None
        if ctx.user is None:
            route = router.anonymous
        elif (command := incoming.command()) is not None:
            name, args = command
            route = router.commands.get(name)
            if route is None:
                await ctx.reply(
                    ctx.t("core.unknown_command", command=name, commands=self._commands_for(ctx))
                )
                return
            ctx.args = args
        elif incoming.choice and (match := router.match_action(incoming.choice)):
            route, ctx.args = match
        elif ctx.state.flow and ctx.state.flow in router.flows:
            route = router.flows[ctx.state.flow]
        elif incoming.unsupported and router.unsupported:
            route = router.unsupported
        elif incoming.choice:
            await ctx.reply(ctx.t("core.stale_choice"))
            return
        else:
            route = router.fallback
        if route is None:
            return
        if route.roles is not None and ctx.role not in route.roles:
            await ctx.reply(ctx.t("core.forbidden"))
            return
        await route.handler(ctx)


def _interruptions(error: str | None) -> int:
    if error and error.startswith(_INTERRUPTED):
        tail = error[len(_INTERRUPTED) :]
        return int(tail) if tail.isascii() and tail.isdigit() else 0
    return 0

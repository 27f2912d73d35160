"""Reading accepted page photos in the background: OCR, the item they read as, a misfiling hint.

The officer's "Đã nhận" goes out first; this worker then picks pages not yet read (oldest first,
one at a time: OCR is a Tesseract child process that takes 2-6 s of one core), stores the text
and the class, and when a page reads clearly as another checklist item than the one it was sent
under, tells the officer and offers to move it (``hs:mv``) or leave it. Runs only where Tesseract
is installed (``bot.ocr.ocr_available``); elsewhere pages stay unread and the bot logs that.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.context import reminder_account
from bot.core.messages import Choice, Reply
from bot.core.templates import channel_buttons
from bot.ocr import PAGE_TIMEOUT, OcrError, ocr_available, ocr_image
from bot.ocr_worker import OcrWorker
from bot.offload import JobFailed, JobTimeout, run_limited
from bot.storage.models import Conversation
from bot.storage.models.dossier import Dossier, DossierPage
from bot.storage.models.outbox import Priority
from handlers.dossier import service
from handlers.dossier.classify import classify, keywords_at, names_subject
from handlers.dossier.files import PDF
from handlers.dossier.kinds import catalogue_at

if TYPE_CHECKING:
    from bot.app import Application

log = logging.getLogger(__name__)

#: Seconds between looks for unread pages when nobody pokes the reader.
POLL_S = 5.0
#: ``TDKT_DOSSIER_OCR=0`` turns the reader off (the tests do, except those about it: OCR costs
#: seconds of CPU per page).
ENV_SWITCH = "TDKT_DOSSIER_OCR"


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "1") != "0"


#: Address space of the OCR child (Pillow's clean-up of a 2480 px page plus Tesseract's
#: Vietnamese model, which the tesseract process inherits as its own limit).
OCR_MEMORY_MB = 1536


async def read_text(data: bytes, worker: OcrWorker | None = None) -> str:
    """OCR one page in a killable, niced child process: its image clean-up (Pillow filters) and
    Tesseract then yield the CPU to the bot's replies instead of competing with them. The
    reader's ``worker`` keeps one child for page after page (no process start per page)."""
    if worker is None:
        return await run_limited(
            ocr_image, data, timeout_s=PAGE_TIMEOUT + 30, memory_mb=OCR_MEMORY_MB
        )
    return await worker.run(ocr_image, data, timeout_s=PAGE_TIMEOUT + 30)


class PageReader:
    def __init__(self, app: Application) -> None:
        self.app = app
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.worker = OcrWorker(memory_mb=OCR_MEMORY_MB)

    def poke(self) -> None:
        """A page was added: look now rather than at the next poll."""
        self._wake.set()

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.worker.close()

    async def _run(self) -> None:
        while True:
            try:
                busy = await self.read_one()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("reading a dossier page failed")
                busy = False
            if not busy:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), POLL_S)
                self._wake.clear()

    async def read_one(self) -> bool:
        """Read the oldest unread page photo; False if there was none."""
        db = self.app.db
        async with db.session() as session:
            page = await session.scalar(
                select(DossierPage)
                .where(DossierPage.ocr_text.is_(None), DossierPage.mime_type != PDF)
                .order_by(DossierPage.id)
                .limit(1)
            )
            if page is None:
                return False
            page_id, media_key = page.id, page.media_key
        # No transaction open while Tesseract runs (SQLite would hold its lock).
        try:
            data = await self.app.services.media.get(media_key)
            text = await read_text(data, self.worker)
        except (OcrError, OSError, KeyError, JobTimeout, JobFailed) as error:
            log.warning("page %s not read: %s", page_id, error)
            text = ""
        content_dir = self.app.settings.content_dir
        found = classify(text, keywords_at(content_dir)) if text else None
        async with db.session() as session:
            page = await session.get(DossierPage, page_id)
            if page is None:  # deleted meanwhile
                return True
            page.ocr_text, page.ocr_class = text, found
            if page.unsorted:
                await self._file(session, page, found)
                return True
            if found is None or page.added_by is None:
                return True
            dossier = await session.get(Dossier, page.dossier_id)
            if dossier is None:
                return True
            if found == "bao_cao_thanh_tich" and not names_subject(text, dossier.subject_name):
                await self._tell(
                    session,
                    page.added_by,
                    "dossier.other_name",
                    [],
                    number=page.position,
                    subject=dossier.subject_name,
                )
            if found == page.document:
                return True
            kind = catalogue_at(content_dir).get(dossier.kind)
            if kind is None:
                return True
            sent_under, reads_as = kind.document(page.document), kind.document(found)
            if sent_under is None or reads_as is None:
                return True  # it reads as an item this award does not ask for: say nothing
            choices = [
                Choice(f"Chuyển sang «{reads_as.label}»", f"hs:mv:{dossier.id}:{page.id}:{found}"),
                Choice("Để nguyên", f"hs:keep:{dossier.id}:{page.document}"),
            ]
            await self._tell(
                session,
                page.added_by,
                "dossier.misfiled",
                choices,
                number=page.position,
                sent_under=sent_under.label,
                reads_as=reads_as.label,
            )
        return True

    async def _file(self, session: AsyncSession, page: DossierPage, found: str | None) -> None:
        """File a page sent without choosing an item under the item it reads as, and say
        where it went; when it reads as nothing clear, ask the officer."""
        page.unsorted = False
        dossier = await session.get(Dossier, page.dossier_id)
        if dossier is None or dossier.status not in service.EDITABLE:
            return
        kind = catalogue_at(self.app.settings.content_dir).get(dossier.kind)
        if kind is None:
            return
        target = kind.document(found) if found else None
        if target is not None:
            await service.move_page(session, dossier, page.id, target.key)
        if page.added_by is None:
            return
        if target is not None:
            pages = await service.pages_of(session, dossier)
            count = sum(p.page_count for p in pages if p.document == target.key)
            await self._tell(
                session,
                page.added_by,
                "dossier.auto_filed",
                [],
                label=target.label,
                pages=count,
                name=page.file_name or "",
            )
            return
        here = kind.document(page.document)
        choices = [
            Choice(f"«{d.label}»", f"hs:mv:{dossier.id}:{page.id}:{d.key}")
            for d in kind.documents
            if d.key != page.document
        ]
        choices.append(Choice("Để nguyên", f"hs:keep:{dossier.id}:{page.document}"))
        await self._tell(
            session,
            page.added_by,
            "dossier.auto_unclear",
            choices,
            label=here.label if here else page.document,
            name=page.file_name or "",
        )

    async def _tell(
        self,
        session: AsyncSession,
        user_id: int,
        template: str,
        choices: list[Choice],
        **context: Any,
    ) -> None:
        account = await reminder_account(session, user_id)
        if account is None:
            return
        caps = self.app.services.outbox.channels.caps(account.channel, account.bot_key)
        with channel_buttons(caps.buttons):
            text = self.app.services.messages.render(template, **context)
        await self.app.services.outbox.deliver(
            session, account, Reply(text, choices), priority=Priority.NOTIFY
        )
        if choices:
            # The hint is the last thing the officer sees: a typed "1" on Zalo must mean its
            # first choice even in the middle of sending pages.
            conversation = await session.get(Conversation, account.id)
            if conversation is not None:
                conversation.choices = [[c.label, c.payload] for c in choices]


def install(app: Application) -> PageReader | None:
    """Start the reader with the bot, if OCR is there; say so in the log if it is not."""
    from bot.app import Background

    if not enabled():
        return None
    if not ocr_available():
        log.warning(
            "Tesseract (tesseract-ocr, tesseract-ocr-vie) is not installed: dossier pages are "
            "kept but not read, and misfiled pages are not pointed out"
        )
        return None
    reader = PageReader(app)
    app.services.provide(reader)
    app.background.append(Background("dossier page reader", reader.start, reader.stop))
    return reader

"""Dossier storage and rules, independent of chat: drafts, pages, checklist, lifecycle, access.

Handlers call these inside the update's transaction and do the talking (replies, notifications,
audit) themselves, so everything here can be tested directly on both databases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import completion
from bot.core import codes
from bot.offload import run_limited
from bot.storage.db import insert_ignore
from bot.storage.media import MediaStore
from bot.storage.models import Unit, User
from bot.storage.models.dossier import Dossier, DossierEvent, DossierPage, DossierStatus
from handlers.dossier.kinds import DocumentSpec, DossierKind
from handlers.dossier.pdf_book import BookPart, Cover, CoverItem
from handlers.dossier.pdf_book import build as build_book
from handlers.dossier.pdf_cache import DossierPdfCache, pdf_version

S = DossierStatus

#: Allowed status changes. The officer makes the first and "đã bổ sung" (by submitting); the
#: reviewer makes the rest.
TRANSITIONS: dict[DossierStatus, frozenset[DossierStatus]] = {
    S.DRAFT: frozenset({S.SUBMITTED}),
    S.SUBMITTED: frozenset({S.REVIEWING, S.NEEDS_MORE, S.APPROVED, S.REJECTED}),
    S.REVIEWING: frozenset({S.NEEDS_MORE, S.APPROVED, S.REJECTED}),
    S.NEEDS_MORE: frozenset({S.RESUBMITTED, S.REJECTED}),
    S.RESUBMITTED: frozenset({S.REVIEWING, S.NEEDS_MORE, S.APPROVED, S.REJECTED}),
    S.APPROVED: frozenset({S.FORWARDED, S.DECIDED}),
    S.FORWARDED: frozenset({S.DECIDED, S.REJECTED}),
    S.DECIDED: frozenset(),
    S.REJECTED: frozenset(),
}
#: The reviewer must say why.
REASON_REQUIRED = frozenset({S.NEEDS_MORE, S.REJECTED})
#: Waiting for a reviewer (the queue).
AWAITING_REVIEW = (S.SUBMITTED, S.RESUBMITTED, S.REVIEWING)
#: The officer may add and remove pages.
EDITABLE = frozenset({S.DRAFT, S.NEEDS_MORE})


class DossierError(Exception):
    """A rule was broken; ``code`` names the message the user gets."""

    def __init__(self, code: str, **details: object) -> None:
        super().__init__(code)
        self.code = code
        self.details = details


# Creating -------------------------------------------------------------------------------------
async def new_code(session: AsyncSession) -> str:
    while True:
        code = codes.generate(codes.TRACKING_LENGTH)
        if await session.scalar(select(Dossier.id).where(Dossier.code == code)) is None:
            return code


async def create_draft(
    session: AsyncSession,
    *,
    unit_id: int,
    user_id: int,
    kind: DossierKind,
    subject_type: str,
    subject_name: str,
    year: int,
    period: str | None,
    note: str | None,
    now: datetime,
) -> Dossier:
    dossier = Dossier(
        code=await new_code(session),
        unit_id=unit_id,
        created_by=user_id,
        kind=kind.key,
        subject_type=subject_type,
        subject_name=subject_name.strip()[:255],
        year=year,
        period=(period or None),
        note=(note or None),
        status=S.DRAFT,
        status_at=now,
        created_at=now,
        revision=0,
    )
    session.add(dossier)
    await session.flush()
    session.add(
        DossierEvent(
            dossier_id=dossier.id,
            at=now,
            actor_user_id=user_id,
            from_status=None,
            to_status=S.DRAFT,
        )
    )
    return dossier


# Pages ----------------------------------------------------------------------------------------
async def pages_of(
    session: AsyncSession, dossier: Dossier, kind: DossierKind | None = None
) -> list[DossierPage]:
    """The pages in reading order: documents in the kind's order, then upload order."""
    rows = list(
        (
            await session.scalars(
                select(DossierPage)
                .where(DossierPage.dossier_id == dossier.id)
                .order_by(DossierPage.position, DossierPage.id)
            )
        ).all()
    )
    if kind is not None:
        order = {d.key: i for i, d in enumerate(kind.documents)}
        rows.sort(key=lambda p: (order.get(p.document, len(order)), p.position, p.id))
    return rows


@dataclass(frozen=True, slots=True)
class AddedPage:
    page: DossierPage
    #: False if the same content was already in the dossier (nothing was added).
    created: bool
    #: The 1-based number of the page within its document.
    number: int


async def add_page(
    session: AsyncSession,
    dossier: Dossier,
    *,
    document: str,
    media_key: str,
    file_kind: str,
    mime_type: str,
    size: int,
    user_id: int | None,
    now: datetime,
    file_name: str | None = None,
    width: int | None = None,
    height: int | None = None,
    page_count: int = 1,
    channel_file_id: str | None = None,
    unsorted: bool = False,
) -> AddedPage:
    if dossier.status not in EDITABLE:
        raise DossierError("locked", status=dossier.status)
    last = await session.scalar(
        select(func.max(DossierPage.position)).where(
            DossierPage.dossier_id == dossier.id, DossierPage.document == document
        )
    )
    inserted = await insert_ignore(
        session,
        DossierPage,
        {
            "dossier_id": dossier.id,
            "document": document,
            "position": (last or 0) + 1,
            "media_key": media_key,
            "file_kind": file_kind,
            "mime_type": mime_type,
            "file_name": (file_name or None) and file_name[:255],
            "size": size,
            "width": width,
            "height": height,
            "page_count": page_count,
            "channel_file_id": channel_file_id,
            "unsorted": unsorted,
            "added_by": user_id,
            "added_at": now,
        },
        ["dossier_id", "media_key"],
    )
    page = await session.scalar(
        select(DossierPage).where(
            DossierPage.dossier_id == dossier.id, DossierPage.media_key == media_key
        )
    )
    assert page is not None
    if inserted:
        dossier.revision += 1
    number = await session.scalar(
        select(func.count()).where(
            DossierPage.dossier_id == dossier.id,
            DossierPage.document == page.document,
            DossierPage.position <= page.position,
        )
    )
    return AddedPage(page, inserted > 0, int(number or 0))


async def remove_page(session: AsyncSession, dossier: Dossier, page_id: int) -> DossierPage | None:
    """Delete one page; the pages after it in its document move up. None if not found."""
    if dossier.status not in EDITABLE:
        raise DossierError("locked", status=dossier.status)
    page = await session.scalar(
        select(DossierPage).where(DossierPage.id == page_id, DossierPage.dossier_id == dossier.id)
    )
    if page is None:
        return None
    await session.execute(delete(DossierPage).where(DossierPage.id == page.id))
    later = (
        await session.scalars(
            select(DossierPage)
            .where(
                DossierPage.dossier_id == dossier.id,
                DossierPage.document == page.document,
                DossierPage.position > page.position,
            )
            .order_by(DossierPage.position)
        )
    ).all()
    for row in later:
        row.position -= 1
    dossier.revision += 1
    return page


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    document: DocumentSpec
    files: int
    pages: int

    @property
    def done(self) -> bool:
        return self.files > 0


def checklist(kind: DossierKind, pages: Sequence[DossierPage]) -> list[ChecklistItem]:
    items = []
    for spec in kind.documents:
        mine = [p for p in pages if p.document == spec.key]
        items.append(ChecklistItem(spec, len(mine), sum(p.page_count for p in mine)))
    return items


def missing_required(kind: DossierKind, pages: Sequence[DossierPage]) -> list[DocumentSpec]:
    present = {p.document for p in pages}
    return [d for d in kind.required if d.key not in present]


# Lifecycle ------------------------------------------------------------------------------------
async def change_status(
    session: AsyncSession,
    dossier: Dossier,
    to: DossierStatus,
    *,
    actor_id: int | None,
    now: datetime,
    reason: str | None = None,
    document: str | None = None,
) -> DossierEvent:
    """Move ``dossier`` to ``to`` and record who, when and why."""
    old = dossier.status
    if to not in TRANSITIONS[old]:
        raise DossierError("bad_transition", old=old, new=to)
    reason = (reason or "").strip() or None
    if to in REASON_REQUIRED and reason is None:
        raise DossierError("reason_required", new=to)
    dossier.status = to
    dossier.status_at = now
    event = DossierEvent(
        dossier_id=dossier.id,
        at=now,
        actor_user_id=actor_id,
        from_status=old,
        to_status=to,
        reason=reason,
        document=document,
    )
    session.add(event)
    await session.flush()
    return event


async def submit(
    session: AsyncSession,
    dossier: Dossier,
    kind: DossierKind,
    *,
    actor_id: int,
    now: datetime,
) -> DossierEvent:
    """Draft → đã nộp, or cần bổ sung → đã bổ sung; every required document must have a page.

    The first submission marks the matching plan deadlines complete for the unit.
    """
    if dossier.status == S.DRAFT:
        target = S.SUBMITTED
    elif dossier.status == S.NEEDS_MORE:
        target = S.RESUBMITTED
    else:
        raise DossierError("bad_transition", old=dossier.status, new=S.SUBMITTED)
    pages = await pages_of(session, dossier)
    unsorted = [p for p in pages if p.unsorted]
    if unsorted:
        # Their provisional item may be wrong: what is missing is known once they are filed.
        raise DossierError("sorting", pages=len(unsorted))
    missing = missing_required(kind, pages)
    if missing:
        raise DossierError("missing", documents=missing)
    event = await change_status(session, dossier, target, actor_id=actor_id, now=now)
    if target == S.SUBMITTED:
        dossier.submitted_at = now
        for action in (completion.dossier_action(kind.base or kind.key), completion.DOSSIER):
            await completion.mark_complete(
                session,
                unit_id=dossier.unit_id,
                action=action,
                year=dossier.year,
                at=now,
                source=f"dossier:{dossier.code}",
            )
    return event


async def history(session: AsyncSession, dossier: Dossier) -> list[tuple[DossierEvent, str]]:
    """Events oldest first, each with the actor's name."""
    rows = await session.execute(
        select(DossierEvent, User.full_name)
        .outerjoin(User, User.id == DossierEvent.actor_user_id)
        .where(DossierEvent.dossier_id == dossier.id)
        .order_by(DossierEvent.id)
    )
    return [(event, name or "") for event, name in rows.all()]


async def latest_event(
    session: AsyncSession, dossier: Dossier, status: DossierStatus | None = None
) -> DossierEvent | None:
    query = select(DossierEvent).where(DossierEvent.dossier_id == dossier.id)
    if status is not None:
        query = query.where(DossierEvent.to_status == status)
    return await session.scalar(query.order_by(DossierEvent.id.desc()).limit(1))


# Access ---------------------------------------------------------------------------------------
def can_see(user: User, user_unit: Unit, dossier: Dossier, dossier_unit: Unit) -> bool:
    """Officers: their own unit's dossiers. Reviewers: submitted dossiers in their subtree."""
    if dossier_unit.id == user_unit.id:
        return True
    if not user.role.reviews:
        return False
    return dossier.status != S.DRAFT and user_unit.contains(dossier_unit)


def can_review(user: User, user_unit: Unit, dossier: Dossier, dossier_unit: Unit) -> bool:
    return user.role.reviews and dossier.status != S.DRAFT and user_unit.contains(dossier_unit)


def can_edit(user: User, user_unit: Unit, dossier: Dossier) -> bool:
    return dossier.unit_id == user_unit.id and dossier.status in EDITABLE


async def visible(
    session: AsyncSession,
    user: User,
    user_unit: Unit,
    *,
    code: str | None = None,
    dossier_id: int | None = None,
) -> tuple[Dossier, Unit] | None:
    """The dossier if it exists and ``user`` may see it; None otherwise (the same answer)."""
    query = select(Dossier, Unit).join(Unit, Unit.id == Dossier.unit_id)
    if code is not None:
        query = query.where(Dossier.code == code)
    elif dossier_id is not None:
        query = query.where(Dossier.id == dossier_id)
    else:
        return None
    row = (await session.execute(query)).first()
    if row is None:
        return None
    dossier, unit = row
    return (dossier, unit) if can_see(user, user_unit, dossier, unit) else None


async def unit_dossiers(
    session: AsyncSession, unit_id: int, *, limit: int = 8, offset: int = 0
) -> list[Dossier]:
    """A unit's dossiers, most recently changed first."""
    rows = await session.scalars(
        select(Dossier)
        .where(Dossier.unit_id == unit_id)
        .order_by(Dossier.status_at.desc(), Dossier.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return list(rows.all())


async def open_drafts(session: AsyncSession, unit_id: int, user_id: int) -> list[Dossier]:
    """Dossiers the officer can still work on: drafts they started and ones sent back."""
    rows = await session.scalars(
        select(Dossier)
        .where(
            Dossier.unit_id == unit_id,
            ((Dossier.status == S.DRAFT) & (Dossier.created_by == user_id))
            | (Dossier.status == S.NEEDS_MORE),
        )
        .order_by(Dossier.status_at.desc())
        .limit(5)
    )
    return list(rows.all())


def _subtree(scope: Unit):  # type: ignore[no-untyped-def]
    return Unit.path.startswith(scope.path, autoescape=True)


async def review_queue(
    session: AsyncSession,
    scope: Unit,
    statuses: Sequence[DossierStatus] = AWAITING_REVIEW,
    *,
    limit: int = 8,
    offset: int = 0,
) -> list[tuple[Dossier, Unit]]:
    """Dossiers from units in ``scope``'s subtree with one of ``statuses``, oldest first."""
    rows = await session.execute(
        select(Dossier, Unit)
        .join(Unit, Unit.id == Dossier.unit_id)
        .where(_subtree(scope), Dossier.status.in_(list(statuses)))
        .order_by(Dossier.status_at, Dossier.id)
        .offset(offset)
        .limit(limit)
    )
    return [(d, u) for d, u in rows.all()]


async def status_counts(session: AsyncSession, scope: Unit) -> dict[DossierStatus, int]:
    rows = await session.execute(
        select(Dossier.status, func.count())
        .join(Unit, Unit.id == Dossier.unit_id)
        .where(_subtree(scope), Dossier.status != S.DRAFT)
        .group_by(Dossier.status)
    )
    return {status: int(count) for status, count in rows.all()}


async def reviewers_for(session: AsyncSession, unit: Unit) -> list[User]:
    """The reviewers of the nearest unit, from ``unit`` up, that has any."""
    ids = [int(part) for part in unit.path.strip("/").split("/") if part]
    if not ids:
        ids = [unit.id]
    rows = (
        await session.scalars(
            select(User).where(
                User.unit_id.in_(ids), User.role.in_(["reviewer", "admin"]), User.active.is_(True)
            )
        )
    ).all()
    for unit_id in reversed(ids):
        nearest = [u for u in rows if u.unit_id == unit_id]
        if nearest:
            return nearest
    return []


# The whole dossier as one PDF -----------------------------------------------------------------
#: The build decodes every page photo: a child process, killed past these limits.
PDF_BUILD_TIMEOUT_S = 240.0
PDF_BUILD_MEMORY_MB = 1536


def pdf_cover(
    dossier: Dossier, kind: DossierKind, pages: Sequence[DossierPage], unit: str, tz: tzinfo
) -> Cover:
    """What the cover page says, with the PDF page numbers of each item (the cover is page 1)."""
    spans: dict[str, list[int]] = {}
    number = 1
    for page in pages:
        first = number + 1
        number += page.page_count
        span = spans.setdefault(page.document, [first, number])
        span[1] = number
    items = [CoverItem(d.label, d.required, *spans.get(d.key, (0, 0))) for d in kind.documents]
    changed = max((p.added_at for p in pages), default=dossier.created_at)
    return Cover(
        code=codes.display(dossier.code),
        unit=unit,
        award=kind.label,
        subject=dossier.subject_name,
        period=dossier.period or str(dossier.year),
        version=dossier.revision,
        changed=changed.astimezone(tz).strftime("%d/%m/%Y"),
        items=items,
    )


async def dossier_pdf(
    media: MediaStore,
    dossier: Dossier,
    kind: DossierKind,
    pages: Sequence[DossierPage],
    *,
    unit: str = "",
    tz: tzinfo = UTC,
) -> bytes:
    parts: list[BookPart] = []
    for page in pages:
        spec = kind.document(page.document)
        parts.append(
            BookPart(
                page.mime_type,
                await media.get(page.media_key),
                spec.label if spec else page.document,
                page.ocr_text,
                page.page_count,
            )
        )
    cover = pdf_cover(dossier, kind, pages, unit, tz)
    return await run_limited(
        build_book,
        cover,
        parts,
        _pdf_title(dossier, kind),
        timeout_s=PDF_BUILD_TIMEOUT_S,
        memory_mb=PDF_BUILD_MEMORY_MB,
    )


def _pdf_title(dossier: Dossier, kind: DossierKind) -> str:
    return f"Hồ sơ {codes.display(dossier.code)} — {kind.label} — {dossier.subject_name}"


async def dossier_pdf_file(
    cache: DossierPdfCache,
    media: MediaStore,
    dossier: Dossier,
    kind: DossierKind,
    pages: Sequence[DossierPage],
    *,
    unit: str = "",
    tz: tzinfo = UTC,
) -> Path:
    """The whole-dossier PDF on disk, built only when the dossier changed since the last one.

    The version covers what the PDF shows: the cover (unit, revision) and every page's file,
    item and OCR text, so a page read after a first build gets its text layer in the next one.
    """
    version = pdf_version(
        f"{_pdf_title(dossier, kind)}\x00{unit}\x00{dossier.revision}",
        (
            (p.media_key, p.mime_type, f"{p.document}\x00{p.ocr_text is not None}{p.ocr_text}")
            for p in pages
        ),
    )
    return await cache.get(
        dossier.id,
        version,
        lambda: dossier_pdf(media, dossier, kind, pages, unit=unit, tz=tz),
    )


async def move_page(session: AsyncSession, dossier: Dossier, page_id: int, document: str) -> bool:
    """File a page under another document (last in its order); False if it is not there."""
    if dossier.status not in EDITABLE:
        raise DossierError("locked", status=dossier.status)
    page = await session.get(DossierPage, page_id)
    if page is None or page.dossier_id != dossier.id:
        return False
    page.unsorted = False
    if page.document == document:
        return True
    last = await session.scalar(
        select(func.max(DossierPage.position)).where(
            DossierPage.dossier_id == dossier.id, DossierPage.document == document
        )
    )
    page.document, page.position = document, (last or 0) + 1
    page.unsorted = False
    dossier.revision += 1
    await session.flush()
    return True

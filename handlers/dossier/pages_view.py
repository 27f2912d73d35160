"""The reviewer's page-through in chat: one page at a time, its item, what OCR read, new pages.

A reviewer opens a dossier and pages through the photos without downloading the whole PDF:
each step sends the page image with "Trang k/n — <item>", marks pages added by the last
supplement ("🆕 bổ sung") and says when OCR read the page as another item than the one it is
filed under. Navigation is a choice on both channels (numbered lines on Zalo). Only reviewers
of the dossier's subtree may page through (``service.can_review``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.context import Context
from bot.core.messages import Choice, OutFile, Reply
from bot.core.router import REVIEWERS, Router
from bot.storage.models.dossier import Dossier, DossierPage, DossierStatus
from handlers.dossier import service
from handlers.dossier.classify import fold, is_title, keywords_at
from handlers.dossier.common import kind_of, load_visible, parse_id, shown_code
from handlers.dossier.files import PDF
from handlers.dossier.kinds import DossierKind

router = Router()

#: Lines of the national motto every Vietnamese official document starts with: never the title.
MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "uy ban nhan dan")
#: A title read on a page is shown up to this many characters.
TITLE_CHARS = 60


async def supplement_since(ctx: Context, dossier: Dossier) -> datetime | None:
    """When the dossier was last sent back for more ("cần bổ sung"); pages added after that are
    the supplement. None if it never was."""
    event = await service.latest_event(ctx.session, dossier, DossierStatus.NEEDS_MORE)
    return event.at if event is not None else None


def is_new(page: DossierPage, since: datetime | None) -> bool:
    return since is not None and page.added_at > since


def read_title(text: str | None, keywords: Sequence[str] = ()) -> str | None:
    """The heading OCR read on a page (``BIÊN BẢN HỌP``): a line naming one of ``keywords``,
    else the first capitalised line that is not the national motto or the issuer."""
    if not text:
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    titles = [line for line in lines if is_title(line) and not fold(line).startswith(MOTTO)]
    folded = [fold(k) for k in keywords]
    for line in titles:
        if any(k in fold(line) for k in folded):
            return line[:TITLE_CHARS]
    return titles[0][:TITLE_CHARS] if titles else None


@dataclass(frozen=True, slots=True)
class ItemReading:
    """What OCR found for one checklist item, for the reviewer's checklist."""

    label: str
    pages: int
    #: Photos read so far, and how many of them read as this item.
    read: int
    matching: int
    unread: int
    #: Labels of other items some of its pages read as.
    others: tuple[str, ...]
    title: str | None


def ocr_checklist(
    kind: DossierKind, pages: Sequence[DossierPage], keywords: dict[str, tuple[str, ...]]
) -> list[ItemReading]:
    items = []
    for spec in kind.documents:
        mine = [p for p in pages if p.document == spec.key]
        if not mine:
            continue
        photos = [p for p in mine if p.mime_type != PDF]
        read = [p for p in photos if p.ocr_text]
        others = []
        for page in read:
            if page.ocr_class and page.ocr_class != spec.key:
                other = kind.document(page.ocr_class)
                label = other.label if other else page.ocr_class
                if label not in others:
                    others.append(label)
        title = next(
            (
                t
                for p in read
                if p.ocr_class == spec.key
                and (t := read_title(p.ocr_text, keywords.get(spec.key, ())))
            ),
            None,
        )
        items.append(
            ItemReading(
                label=spec.label,
                pages=sum(p.page_count for p in mine),
                read=len(read),
                matching=sum(1 for p in read if p.ocr_class == spec.key),
                unread=sum(1 for p in photos if p.ocr_text is None),
                others=tuple(others),
                title=title,
            )
        )
    return items


def ocr_checklist_text(ctx: Context, kind: DossierKind, pages: Sequence[DossierPage]) -> str:
    """The reviewer's "what OCR found" block; empty where no page was read (OCR not installed)."""
    if not any(p.ocr_text is not None for p in pages):
        return ""
    keywords = keywords_at(ctx.services.settings.content_dir)
    return ctx.t("dossier.ocr_checklist", items=ocr_checklist(kind, pages, keywords))


async def reviewable(ctx: Context, dossier_id: int | None) -> Dossier | None:
    loaded = await load_visible(ctx, dossier_id)
    assert ctx.user is not None and ctx.unit is not None
    if loaded is None or not service.can_review(ctx.user, ctx.unit, *loaded):
        ctx.end()
        await ctx.reply(ctx.t("core.stale_choice"))
        return None
    return loaded[0]


def page_through_choices(
    dossier: Dossier, pages: Sequence[DossierPage], since: datetime | None
) -> list[Choice]:
    """The entries to the page-through offered on the reviewer's dossier view."""
    if not pages:
        return []
    choices = [Choice("Xem từng trang", f"hs:pg:{dossier.id}:1")]
    new = [n for n, p in enumerate(pages, 1) if is_new(p, since)]
    if new:
        label = f"Xem trang mới bổ sung ({len(new)})"
        choices.append(Choice(label, f"hs:pg:{dossier.id}:{new[0]}"))
    return choices


@router.action("hs:pg", roles=REVIEWERS)
async def show_page(ctx: Context) -> None:
    dossier = await reviewable(ctx, parse_id(ctx.args))
    if dossier is None:
        return
    kind = kind_of(ctx, dossier)
    pages = await service.pages_of(ctx.session, dossier, kind)
    if not pages:
        await ctx.reply(ctx.t("dossier.pdf_empty", code=shown_code(dossier)))
        return
    number = parse_id(ctx.args.partition(":")[2]) or 1
    number = min(max(number, 1), len(pages))
    page = pages[number - 1]
    spec = kind.document(page.document)
    label = spec.label if spec else page.document
    within = [p for p in pages if p.document == page.document]
    reads_as = None
    if page.ocr_class and page.ocr_class != page.document:
        other = kind.document(page.ocr_class)
        reads_as = other.label if other else None
    since = await supplement_since(ctx, dossier)
    caption = ctx.t(
        "dossier.page_caption",
        code=shown_code(dossier),
        number=number,
        total=len(pages),
        label=label,
        index=within.index(page) + 1,
        of=len(within),
        new=is_new(page, since),
        reads_as=reads_as,
        pdf_pages=page.page_count if page.mime_type == PDF else 0,
        title=read_title(page.ocr_text) if page.ocr_class == page.document else None,
    )
    i = dossier.id
    choices = []
    if number > 1:
        choices.append(Choice("◀ Trang trước", f"hs:pg:{i}:{number - 1}"))
    if number < len(pages):
        choices.append(Choice("Trang sau ▶", f"hs:pg:{i}:{number + 1}"))
    if page.mime_type == PDF:
        choices.append(Choice("Tải PDF hồ sơ", f"hs:pdf:{i}"))
    choices.append(Choice("Về hồ sơ", f"hs:view:{i}"))
    await ctx.audit("dossier.page_view", "dossier", i, page=page.id)
    if page.mime_type == PDF:
        # A PDF's pages are not rendered to images here (no permissive PDF renderer is a
        # dependency): the reviewer reads them in the whole-dossier PDF.
        await ctx.reply(caption, choices, columns=2)
        return
    data = await ctx.services.media.get(page.media_key)
    name = f"hoso-{dossier.code}-trang-{number}.jpg"
    # The image first, then the caption with the choices: on both channels the choices are
    # then the last thing offered (typed numbers on Zalo refer to them).
    short = f"Trang {number}/{len(pages)} — {label}"
    photo = OutFile("photo", name, page.mime_type, data=data, caption=short)
    await ctx.reply(Reply("", files=[photo]))
    await ctx.reply(caption, choices, columns=2)

"""Helpers shared by the officer's and the reviewer's side of the dossier feature."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.core import codes
from bot.core.context import Context
from bot.core.numbers import parse_id as parse_db_id
from bot.core.templates import vn_datetime
from bot.storage.models import Unit
from bot.storage.models.dossier import Dossier, DossierPage, DossierStatus
from handlers.dossier import service
from handlers.dossier.kinds import Catalogue, DossierKind, catalogue_at


def catalogue(ctx: Context) -> Catalogue:
    return catalogue_at(ctx.services.settings.content_dir)


def kind_of(ctx: Context, dossier: Dossier) -> DossierKind:
    kind = catalogue(ctx).get(dossier.kind)
    if kind is None:
        raise LookupError(f"dossier kind {dossier.kind!r} is not in content/forms/dossiers.yaml")
    return kind


def shown_code(dossier: Dossier) -> str:
    return codes.display(dossier.code)


def status_label(ctx: Context, status: DossierStatus | str) -> str:
    return ctx.t("dossier.status", s=str(status))


def title(ctx: Context, dossier: Dossier, *, with_code: bool = True) -> str:
    kind = catalogue(ctx).get(dossier.kind)
    return ctx.t(
        "dossier.title",
        code=shown_code(dossier) if with_code else "",
        kind=kind.label if kind else dossier.kind,
        subject=dossier.subject_name,
        year=dossier.year,
        period=dossier.period or "",
    )


def checklist_text(
    ctx: Context, kind: DossierKind, pages: Sequence[DossierPage], current: str = ""
) -> str:
    return ctx.t("dossier.checklist", items=service.checklist(kind, pages), current=current)


def local_time(ctx: Context, at: datetime) -> str:
    return vn_datetime(at.astimezone(ctx.services.settings.tz))


def parse_id(text: str) -> int | None:
    head = text.split(":", 1)[0]
    return parse_db_id(head)


async def load_visible(ctx: Context, dossier_id: int | None) -> tuple[Dossier, Unit] | None:
    if dossier_id is None or ctx.user is None or ctx.unit is None:
        return None
    return await service.visible(ctx.session, ctx.user, ctx.unit, dossier_id=dossier_id)
